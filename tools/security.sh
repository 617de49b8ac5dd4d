#!/usr/bin/env bash
# security.sh: the scanners attackers use, against a throwaway Koers.
#
# Starts `koers serve` on a free loopback port with a fresh demo database in
# a temporary folder, then runs, as an anonymous visitor and (once /login
# exists) as each role in SECURITY_ROLES:
#   - sqlmap: one page of every shape found by the crawl of the tests
#     (tools/security-targets.mjs: sqlmap's own --crawl takes ~50 minutes over
#     ~80 near-identical pages), the forms on them, and the JSON API; level 3,
#     risk 3, batch mode with answers that keep it testing after a finding;
#   - wapiti: modules sql, blindsql, xss, exec, file, crlf, redirect;
# and, once /login exists, tools/security-scope.mjs: a manager's session
# (with its CSRF token) and a manager's API token try to write another
# unit's data (entry form, figure API, submission API, import); every
# attempt must be refused and the database must show no change.
# Both tools exit 0 whatever they find, so this script reads their reports
# (sqlmap's per-target `log` files and results CSV, wapiti's JSON report)
# and exits 1 on any finding or a failed scope check.  Reports stay in
# security/out/.
#
#   KOERS_BIN=build/koers tools/security.sh
#   SECURITY_ROLES="manager council administrator" ...   roles for the
#                                          logged-in passes (default manager council)
#   SECURITY_MINUTES=10 ...                per-tool time bound, per pass
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${KOERS_BIN:-build/koers}
ROLES=${SECURITY_ROLES-manager council}
MINUTES=${SECURITY_MINUTES:-10}
OUT=security/out

declare -A ACCOUNT=(
	[administrator]="beheerder koers-beheerder-2014"
	[cmt]="cmt koers-cmt-2014-zoetermeer"
	[director]="directeur koers-directeur-2014"
	[manager]="manager koers-manager-2014"
	[council]="griffie koers-griffie-2014"
)

tmp=$(mktemp -d)
pid=
cleanup() {
	if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
	rm -rf "$tmp"
}
trap cleanup EXIT

rm -rf "$OUT"
mkdir -p "$OUT"
"$BIN" demo --db "$tmp/koers.db" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
"$BIN" serve --db "$tmp/koers.db" --listen "127.0.0.1:$port" --no-access-log \
	>"$OUT/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do
	curl -fsS "$base/healthz" >/dev/null 2>&1 && break
	sleep 0.1
done
curl -fsS "$base/healthz" >/dev/null

# Log in as role through the form; print the koers_session value.
login() {
	local user pass jar csrf
	read -r user pass <<<"${ACCOUNT[$1]}"
	jar="$tmp/jar-$1"
	csrf=$(curl -fsS -c "$jar" -b "$jar" "$base/login" |
	    sed -n 's/.*name="csrf"[^>]*value="\([^"]*\)".*/\1/p; s/.*value="\([^"]*\)"[^>]*name="csrf".*/\1/p' | head -1)
	curl -sS -o /dev/null -c "$jar" -b "$jar" \
	    --data-urlencode "username=$user" --data-urlencode "password=$pass" \
	    --data-urlencode "csrf=$csrf" "$base/login"
	awk '$6 == "koers_session" { print $7 }' "$jar"
}

# One pass of both scanners; label names the output, cookie may be empty.
scan() {
	local label=$1 cookie=$2 t0 targets=$OUT/targets-$1.txt
	# wapiti 3.0.4's --max-scan-time bounds only its crawl, and
	# --max-attack-time each of the 7 modules: a third of the budget to the
	# crawl, the rest shared by the modules, so it ends (and writes its
	# report) before the outer timeout.  With 600 s of crawl plus 7 x 120 s
	# of attacks the logged-in passes ran into the timeout, and the kill
	# left no report.
	local crawl_s=$((MINUTES * 20)) attack_s=$((MINUTES * 40 / 7))
	node tools/security-targets.mjs "$base" "$cookie" >"$targets"
	local sq=(sqlmap -m "$targets" --batch --forms
	    --level=3 --risk=3 --time-sec=2 --timeout=10 --retries=1 --threads=4
	    --disable-coloring --output-dir="$OUT/sqlmap-$label"
	    --answers='keep testing=Y,skip further tests=N,other (potential)=Y,custom injection=Y,quit=N'
	    --skip-waf --flush-session)
	local wa=(tools/wapiti.py -u "$base/" --scope folder
	    -m sql,blindsql,xss,exec,file,crlf,redirect
	    -d 3 --max-links-per-page 40 --max-scan-time "$crawl_s"
	    --max-attack-time "$attack_s" -x "$base/logout" --flush-session
	    --store-session "$OUT/wapiti-$label.session"
	    -f json -o "$OUT/wapiti-$label.json")
	local u
	for u in $(grep '/api/' "$targets" | tr -d '*'); do wa+=(-s "$u"); done
	if [ -n "$cookie" ]; then
		# The csrf field is per session: the forms sqlmap reads carry it.
		sq+=(--cookie="koers_session=$cookie")
		wa+=(-H "Cookie: koers_session=$cookie")
	fi
	echo "== $(wc -l <"$targets") targets ($label): $targets"
	t0=$(date +%s)
	echo "== sqlmap ($label)"
	timeout $((MINUTES * 60)) "${sq[@]}" >"$OUT/sqlmap-$label.txt" 2>&1 ||
	    echo "sqlmap ($label): stopped after ${MINUTES} min or failed, see $OUT/sqlmap-$label.txt"
	echo "   $(($(date +%s) - t0)) s"
	t0=$(date +%s)
	echo "== wapiti ($label)"
	PYTHONUNBUFFERED=1 timeout $((MINUTES * 60 + 180)) "${wa[@]}" >"$OUT/wapiti-$label.txt" 2>&1 ||
	    echo "wapiti ($label): stopped or failed, see $OUT/wapiti-$label.txt"
	echo "   $(($(date +%s) - t0)) s"
}

scope=0
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/login")" != 404 ]; then
	# First, on the untouched demo data: the scanners write junk into it.
	echo "== scope: a manager writing another unit's data"
	node tools/security-scope.mjs "$base" "$tmp/koers.db" "$BIN" 2>&1 |
	    tee "$OUT/scope.txt" || scope=1
fi

scan anonymous ""
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/login")" = 404 ]; then
	echo "== no /login yet: logged-in passes skipped"
else
	for role in $ROLES; do
		cookie=$(login "$role")
		if [ -z "$cookie" ]; then
			echo "security: login as $role failed" >&2
			exit 1
		fi
		scan "$role" "$cookie"
	done
fi

# The verdict, from the report files alone, and the scope check's.
verdict=0
node tools/security-verdict.mjs "$OUT" || verdict=1
if [ "$scope" != 0 ]; then
	echo "security: FAIL: a manager could touch another unit's data, see $OUT/scope.txt" >&2
	exit 1
fi
exit "$verdict"
