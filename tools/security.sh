#!/usr/bin/env bash
# security.sh: the scanners attackers use, against a throwaway Koers.
#
# Starts `koers serve` on a free loopback port with a fresh demo database in
# a temporary folder (access log on: the verdict reads it), then:
#   - tools/security-scope.mjs (once /login exists), on the untouched demo
#     data: a manager's session (with its CSRF token) and a manager's API
#     token try to write another unit's data (entry form, figure API,
#     submission API, import); every attempt must be refused and the
#     database must show no change;
#   - a pass as the anonymous visitor and (once /login exists) one logged in
#     as each role in SECURITY_ROLES.  A pass is:
#       sqlmap, once per target of tools/security-targets.mjs (one page of
#       every shape with its path and query marked, each form field, the
#       JSON API; headers only in the anonymous pass), level 3, risk 3,
#       batch answers that keep it testing after a finding, the targets
#       sharing the pass's time budget (tools/security-sqlmap.mjs);
#       wapiti (tools/wapiti.py: one resource per shape), modules sql,
#       blindsql, xss, exec, file, crlf, redirect.
#     Logged in, each tool gets a session of its own, logged in just before
#     it starts (sessions end after 30 idle minutes or 10 hours; a tool's
#     own requests keep its session in use), never visits /logout, /login
#     or /account/password (see tools/security-targets.mjs for why), and
#     after it the session must still answer 200.
# Both tools exit 0 whatever they find, so tools/security-verdict.mjs reads
# their reports and the server's access log and exits 1 on any finding, on
# any target or module not finished, or on a logged-in pass that ran without
# its session.  Reports stay in security/out/.
#
#   KOERS_BIN=build/koers tools/security.sh
# Knobs (environment):
#   SECURITY_ROLES="manager council"   roles of the logged-in passes
#                  ("" for the anonymous pass only; administrator, cmt and
#                  director on request)
#   SECURITY_MINUTES=15   per tool, per pass: sqlmap's budget, shared by
#                  its targets; wapiti's bound (a third to the crawl, the
#                  rest shared by its 7 modules) and, plus 3 minutes, its
#                  timeout.  A bound, not the time taken: the manager's
#                  sqlmap took 6.6 minutes on a quiet machine and 10.5
#                  with browser tests alongside (the 14 fields of the
#                  entry form take 20-90 s each), so 10 left no room
#   SECURITY_JOBS=2       sqlmap runs at a time (each keeps one core busy)
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${KOERS_BIN:-build/koers}
ROLES=${SECURITY_ROLES-manager council}
MINUTES=${SECURITY_MINUTES:-15}
JOBS=${SECURITY_JOBS:-2}
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

t_all=$(date +%s)
rm -rf "$OUT"
mkdir -p "$OUT"
"$BIN" demo --db "$tmp/koers.db" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
# The access log (stderr) shows how the server answered each tool.
"$BIN" serve --db "$tmp/koers.db" --listen "127.0.0.1:$port" \
	>"$OUT/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do
	curl -fsS "$base/healthz" >/dev/null 2>&1 && break
	sleep 0.1
done
curl -fsS "$base/healthz" >/dev/null

# Log in as role through the form; print the koers_session value once
# GET /account answers 200 with it.  The login throttle counts failures
# per client address, and the scanners fail many logins from 127.0.0.1:
# a refused attempt is tried again for up to two minutes (the address
# delay is at most 60 s).
login() {
	local user pass jar csrf cookie try
	read -r user pass <<<"${ACCOUNT[$1]}"
	jar="$tmp/jar-$1"
	for try in 1 2 3 4 5; do
		rm -f "$jar"
		csrf=$(curl -fsS -c "$jar" -b "$jar" "$base/login" |
		    sed -n 's/.*name="csrf"[^>]*value="\([^"]*\)".*/\1/p; s/.*value="\([^"]*\)"[^>]*name="csrf".*/\1/p' | head -1)
		curl -sS -o /dev/null -c "$jar" -b "$jar" \
		    --data-urlencode "username=$user" --data-urlencode "password=$pass" \
		    --data-urlencode "csrf=$csrf" "$base/login"
		cookie=$(awk '$6 == "koers_session" { print $7 }' "$jar")
		if [ -n "$cookie" ] && [ "$(session_status "$cookie")" = 200 ]; then
			echo "$cookie"
			return 0
		fi
		[ "$try" = 5 ] || sleep 30
	done
	return 1
}

# What GET /account answers the session cookie: 200 while it is valid.
session_status() {
	curl -s -o /dev/null -w '%{http_code}' -H "Cookie: koers_session=$1" "$base/account"
}

# The access log's lines from line $1 + 1 on, into file $2.
access_since() {
	tail -n +"$(($1 + 1))" "$OUT/server.log" | grep -a '^access ' >"$2" || true
}

# One pass of both scanners as role $1 (anonymous: no login).
scan() {
	local label=$1 cookie="" t0 mark targets=$OUT/targets-$1.json rc
	: >"$OUT/time-$label.txt"

	if [ "$label" != anonymous ]; then
		cookie=$(login "$label") || { echo "security: login as $label failed" >&2; exit 1; }
	fi
	node tools/security-targets.mjs "$base" "$cookie" >"$targets"
	echo "== sqlmap ($label): $(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).length)' "$targets") targets, $MINUTES min, $JOBS at a time"
	t0=$(date +%s)
	mark=$(wc -l <"$OUT/server.log")
	node tools/security-sqlmap.mjs "$targets" "$OUT/sqlmap-$label" $((MINUTES * 60)) "$JOBS" "$cookie" |
	    tee "$OUT/sqlmap-$label.txt"
	access_since "$mark" "$OUT/access-$label-sqlmap.log"
	echo "sqlmap $(($(date +%s) - t0))" >>"$OUT/time-$label.txt"
	echo "   $(($(date +%s) - t0)) s"

	# wapiti 3.0.4's --max-scan-time bounds only its crawl, and
	# --max-attack-time each of the 7 modules (checked between resources):
	# a third of the budget to the crawl, the rest shared by the modules,
	# so it ends (and writes its report) before the outer timeout.  A
	# crawl or module stopped at its bound is not finished (the verdict
	# reads wapiti's log).  --per-shape 1 (tools/wapiti.py) keeps one
	# resource of each shape: logged in, all ~80 pages and their forms
	# took it past any bound, and the kill left no report.
	local crawl_s=$((MINUTES * 20)) attack_s=$((MINUTES * 40 / 7))
	local wa=(tools/wapiti.py -u "$base/" --scope folder
	    -m sql,blindsql,xss,exec,file,crlf,redirect
	    -d 8 --max-links-per-page 40 --per-shape 1 --max-scan-time "$crawl_s"
	    --max-attack-time "$attack_s" --flush-session
	    --store-session "$OUT/wapiti-$label.session"
	    -f json -o "$OUT/wapiti-$label.json")
	# wapiti starts on the pages sqlmap got (and those of its forms): the
	# crawl finds the rest, one per shape.  It does not find the API.
	local u
	for u in $(node -e 'for (const t of JSON.parse(require("fs").readFileSync(process.argv[1])))
	    if (t.method === "GET" || t.page) console.log(t.method === "GET" ? t.url.replace(/\*/g, "") : t.page)' "$targets" | sort -u); do
		wa+=(-s "$u")
	done
	if [ "$label" != anonymous ]; then
		cookie=$(login "$label") || { echo "security: login as $label failed" >&2; exit 1; }
		# The same pages left out as for sqlmap (tools/security-targets.mjs);
		# csrf is the session's token: attacking it only earns 403s.
		wa+=(-H "Cookie: koers_session=$cookie" -x "$base/logout" -x "$base/login*"
		    -x "$base/account/password" --skip csrf)
	fi
	echo "== wapiti ($label)"
	t0=$(date +%s)
	mark=$(wc -l <"$OUT/server.log")
	rc=0
	PYTHONUNBUFFERED=1 timeout $((MINUTES * 60 + 180)) "${wa[@]}" >"$OUT/wapiti-$label.txt" 2>&1 || rc=$?
	access_since "$mark" "$OUT/access-$label-wapiti.log"
	echo "# koers end: exit=$rc seconds=$(($(date +%s) - t0)) session=$([ -n "$cookie" ] && session_status "$cookie" || echo -)" \
	    >"$OUT/wapiti-$label.end"
	[ "$rc" = 0 ] || echo "wapiti ($label): stopped (exit $rc) or failed, see $OUT/wapiti-$label.txt"
	echo "wapiti $(($(date +%s) - t0))" >>"$OUT/time-$label.txt"
	echo "   $(($(date +%s) - t0)) s"
}

passes=anonymous
scope=0
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/login")" != 404 ]; then
	# First, on the untouched demo data: the scanners write junk into it.
	echo "== scope: a manager writing another unit's data"
	node tools/security-scope.mjs "$base" "$tmp/koers.db" "$BIN" 2>&1 |
	    tee "$OUT/scope.txt" || scope=1
	passes="anonymous $ROLES"
else
	echo "== no /login yet: logged-in passes skipped"
fi

for label in $passes; do
	scan "$label"
done

# The verdict, from the report files alone, and the scope check's.
echo "== verdict ($(( ($(date +%s) - t_all) / 60 )) min $(( ($(date +%s) - t_all) % 60 )) s in all)"
verdict=0
# shellcheck disable=SC2086
node tools/security-verdict.mjs "$OUT" $passes || verdict=1
if [ "$scope" != 0 ]; then
	echo "security: FAIL: a manager could touch another unit's data, see $OUT/scope.txt" >&2
	exit 1
fi
exit "$verdict"
