#!/bin/sh
# layers.sh: the include rule.  Every #include "x.h" in src/ must name a
# header of the file's own layer or of a layer that the table in
# docs/architecture.md ("Which layer may include which") allows.  Prints each
# forbidden include as file:line and exits 1 if there is one.
#   tools/layers.sh [SRC_DIR [ARCH_DOC]]
set -eu
src=${1:-src}
doc=${2:-docs/architecture.md}

[ -d "$src" ] || { echo "layers.sh: no folder $src" >&2; exit 2; }
[ -f "$doc" ] || { echo "layers.sh: no $doc" >&2; exit 2; }

# Each header and the layer (folder below src/) that holds it.
headers=$(cd "$src" && find . -name '*.h' | sed 's#^\./##' |
	awk -F/ '{ f = $NF; l = $0; sub("/" f "$", "", l); print f, l }')
# The rule: "| `layer` | `a`, `b` |" rows between the heading and a blank line.
rules=$(awk '/^## Which layer may include which/ { on = 1; next }
	on && /^\| *`/ { gsub(/`/, ""); split($0, c, "|");
		l = c[2]; gsub(/ /, "", l); a = c[3]; gsub(/ /, "", a);
		print l, a }
	on && /^## / { on = 0 }' "$doc")
[ -n "$rules" ] || { echo "layers.sh: no rule table in $doc" >&2; exit 2; }

bad=$(cd "$src" && find . -name '*.c' -o -name '*.h' -o -name '*.cc' |
	sed 's#^\./##' | sort | while read -r file; do
		grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$file" |
		sed 's/:.*"\(.*\)".*/ \1/' | sed "s#^#$file #"
	done | awk -v H="$headers" -v R="$rules" '
	BEGIN {
		n = split(H, h, "\n"); for (i = 1; i <= n; i++) {
			split(h[i], p, " "); layer[p[1]] = p[2] }
		n = split(R, r, "\n"); for (i = 1; i <= n; i++) {
			split(r[i], p, " "); known[p[1]] = 1
			m = split(p[2], a, ","); for (j = 1; j <= m; j++)
				ok[p[1], a[j]] = 1 }
	}
	{
		file = $1; line = $2; inc = $3
		from = file; sub("/[^/]*$", "", from)
		if (!(from in known)) { print file ": layer " from " is not in the table"; next }
		if (!(inc in layer)) next		# generated, e.g. build/
		to = layer[inc]
		if (to == from || ok[from, to]) next
		print file ":" line ": " from " may not include " inc " (" to ")"
	}')
if [ -n "$bad" ]; then
	echo "$bad"
	echo "layers.sh: $(echo "$bad" | wc -l) forbidden include(s); the rule is in $doc" >&2
	exit 1
fi
echo "layers.sh: every include in $src keeps the rule of $doc"
