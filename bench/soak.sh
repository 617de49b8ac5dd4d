#!/bin/sh
# bench/soak.sh (make soak SOAK_SECONDS=N): wrk against a rotating mix of
# pages and API calls for N seconds (default 60) on one server, after a
# warm-up.  Fails (exit 1) on any answer outside 2xx/3xx, on socket
# errors, when the server exits, or when its resident memory grows by
# more than SOAK_RSS_MB (default 16 MB) between the end of the warm-up and
# the end of the run: a leak of a few hundred bytes a request shows.
#
#   SOAK_SECONDS=60  SOAK_SCALE=1 (data set, as in bench/run.sh)
#   SOAK_RSS_MB=16   SOAK_CONNECTIONS=16
#
# Then bench/attack.sh against the same server: slowloris, slow body and
# anonymous 8 MB bodies (issue 17), with /healthz checked to answer within
# 100 ms throughout and VmRSS to stay within 48 MB of where it was
# (ATTACK_SECONDS=30 per attack, ATTACK_PROBE_MS, ATTACK_RSS_MB).
#
# Saves run beside the reads (bench/save_read.lua: two connections, each
# saving its own figure of the open period and reading the overview); a
# 409 on a save's first try only teaches it the version and is not counted.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh

SECONDS_=${SOAK_SECONDS:-60}
SCALE=${SOAK_SCALE:-1}
BOUND=${SOAK_RSS_MB:-16}
CONNS=${SOAK_CONNECTIONS:-16}
WARM=$((SECONDS_ / 6 > 5 ? SECONDS_ / 6 : 5))
trap bench_stop EXIT
trap 'exit 130' INT TERM

bench_dataset "$SCALE"
bench_start "$DB"
bench_login
api="Authorization: Bearer $TOKEN"
prog=$(curl -s -H "$api" "$BASE/api/v1/rollup/programmes?period=$PERIOD" |
    sed -n 's/^{"period":"[^"]*","programmes":\[{"id":\([0-9]*\).*/\1/p')
unit=$(curl -s -H "$api" "$BASE/api/v1/org-units" |
    sed -n 's/^[^0-9]*\([0-9]*\).*/\1/p' | head -1)
ind=$(sqlite3 "$DB" "SELECT min(id) FROM indicator")
[ -n "$prog" ] && [ -n "$unit" ] || { echo "soak: no programme or unit"; exit 1; }
# Every path answers 2xx/3xx for a cmt session (the cookie serves the API
# too); the pages that do not exist yet are left out rather than counted.
paths="/healthz / /programmes /programmes/$prog /org /org/$unit
/indicators/$ind /api/v1/programmes?year=2014 /api/v1/rollup/programmes?period=$PERIOD
/api/v1/rollup/programmes/$prog?period=$PERIOD
/api/v1/rollup/org-units/$unit?period=$PERIOD"
for p in /dashboard "/dashboard/programmes/$prog"; do
	[ "$(bench_status "$p")" = 404 ] || paths="$paths $p"
done
for p in $paths; do
	s=$(bench_status "$p")
	case $s in
	2??|3??) ;;
	*) echo "soak: $p answers $s before the run"; exit 1 ;;
	esac
done
# Saves beside the reads: a second wrk, one connection per thread, each
# saving its own figure and reading the overview (bench/save_read.lua).
figs=""
if "$K" routes --json | grep -q '"/api/v1/figures/{indicator}'; then
	figs=$(bench_figures "$DB")
fi
BENCH_PATHS=$(echo $paths)
BENCH_FIGURES=$figs BENCH_AUTH="Bearer $TOKEN"
BENCH_READ=$(echo $paths | tr ' ' '\n' | grep -x /dashboard || echo /)
export BENCH_PATHS BENCH_FIGURES BENCH_AUTH BENCH_READ

run() {
	sv=$OUT/soak-saves.out
	rm -f "$sv"
	if [ -n "$figs" ]; then
		wrk -t2 -c2 -d"$1"s -s bench/save_read.lua \
		    -H "Cookie: $COOKIE" "$BASE/" >"$sv" 2>&1 &
	fi
	wrk -t2 -c"$CONNS" -d"$1"s -s bench/report.lua -H "Cookie: $COOKIE" \
	    "$BASE/" 2>&1 | grep '^RESULT' || echo "RESULT wrk failed"
	wait
	if [ -n "$figs" ]; then
		grep '^RESULT' "$sv" | sed 's/^RESULT/SAVES/' ||
		    echo "SAVES wrk failed"
	fi
}
echo "soak: $(echo $paths | wc -w) paths, $CONNS connections, warm-up" \
    "${WARM}s, then ${SECONDS_}s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
w=$(run "$WARM")
kill -0 "$SRV_PID" 2>/dev/null || { echo "soak: FAIL: server died in warm-up"; exit 1; }
rss0=$(bench_mem "$SRV_PID" VmRSS)
r=$(run "$SECONDS_")
if ! kill -0 "$SRV_PID" 2>/dev/null; then
	echo "soak: FAIL: the server exited"; tail -5 "$OUT/serve.log"; exit 1
fi
rss1=$(bench_mem "$SRV_PID" VmRSS)
hwm=$(bench_mem "$SRV_PID" VmHWM)
echo "soak: warm-up $w" | sed '2,$s/^/              /'
echo "soak: run     $r" | sed '2,$s/^/              /'
echo "soak: VmRSS ${rss0} MB after warm-up, ${rss1} MB at the end" \
    "(bound +$BOUND MB), VmHWM ${hwm} MB"
fail=0
for res in $(printf '%s\n%s\n' "$w" "$r" | tr ' ' '_'); do
	case $res in
	*"wrk_failed"*) echo "soak: FAIL: wrk failed"; fail=1 ;;
	*"_bad=0_errors=0"*) ;;
	*) echo "soak: FAIL: answers outside 2xx/3xx or socket errors"; fail=1 ;;
	esac
done
if [ -n "$figs" ]; then
	case $r in
	*SAVES*saves=0*|*"SAVES wrk failed"*)
		echo "soak: FAIL: no save went through"; fail=1 ;;
	esac
fi
if awk -v a="$rss0" -v b="$rss1" -v m="$BOUND" 'BEGIN { exit !(b - a > m) }'; then
	echo "soak: FAIL: memory grew by more than $BOUND MB"
	fail=1
fi
ATTACK_PORT=${BASE##*:} ATTACK_PID=$SRV_PID ATTACK_OUT=$OUT \
    bench/attack.sh || fail=1
[ $fail = 0 ] && echo "soak: OK"
exit $fail
