#!/bin/sh
# test_layers.sh: tools/layers.sh passes on this tree and fails, naming the
# file, on a bad include planted in a copy of it.  Run from the top folder
# (make test-layers).
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0

# expect RC FILE-TO-NAME: run layers.sh on the copy, check exit code and
# that the report names the file (and its line).
expect() {
	rc=0
	out=$(tools/layers.sh "$tmp/src" "$tmp/docs/architecture.md" 2>&1) || rc=$?
	if [ "$rc" -ne "$1" ]; then
		echo "FAIL: $2: layers.sh exited $rc, want $1"; echo "$out"; fail=1
	elif [ -n "${3:-}" ] && ! echo "$out" | grep -q "^$3:[0-9][0-9]*: "; then
		echo "FAIL: $2: the report does not name $3"; echo "$out"; fail=1
	else
		echo "ok: $2"
	fi
}

# plant FILE LINE: a fresh copy of src/ and the table, with LINE added to
# FILE (below src/).
plant() {
	rm -rf "$tmp/src" "$tmp/docs"
	mkdir -p "$tmp/docs"
	cp -R src "$tmp/src"
	cp docs/architecture.md "$tmp/docs/"
	[ -n "$1" ] && printf '%s\n' "$2" >>"$tmp/src/$1"
	return 0
}

if tools/layers.sh >/dev/null; then
	echo "ok: this tree keeps the rule"
else
	echo "FAIL: this tree breaks the rule:"; tools/layers.sh; fail=1
fi
plant "" ""
expect 0 "a clean copy passes"
plant domain/num.c '#include "http.h"'
expect 1 "domain including http.h fails" domain/num.c
plant store/db_user.c '#include "router.h"'
expect 1 "store including router.h fails" store/db_user.c
plant api/api.c '#include "page.h"'
expect 1 "api including a page header fails" api/api.c
plant domain/status.h '  #  include "tmpl.h"'
expect 1 "an indented include in a header fails" domain/status.h
plant domain/num.c '#include <stdio.h>'
expect 0 "a system header is not a layer"
exit $fail
