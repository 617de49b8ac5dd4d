#!/bin/sh
# bench/run.sh (make bench): throughput and latency of koers under wrk, on
# the demo data set (scale 1) and the large one (scale 50, a million
# figures), with the rollup rebuild time and the server's peak memory.
#
#   BENCH_SCALE="1 50"   data sets to run (default both)
#   BENCH_DURATION=10s   per wrk run;  BENCH_CONNECTIONS=64
#   BENCH_RENDERS=100    saves and uncached reads in (f) and (g)
#
# Per data set: (a) /healthz, the ceiling; (b) the CMT overview
# /dashboard and (c) a programme dashboard, each asked as a browser asks
# (Accept-Encoding: gzip) and plain; (d) the rollup API; (e) a figure
# save followed by a read of the overview it made stale (two connections,
# one figure each: saves of one figure serialize on its version); (f) and
# (g) the latency of that uncached read alone, of the overview and of a
# programme dashboard (saves and reads one at a time); (h) figure saves
# alone, each acknowledged only once it is on disk (saves/s = req/s).  Targets (reported,
# not asserted): overview >= 50 % of the ceiling at scale 1 and >= 25 % at
# scale 50, p99 < 20 ms at 64 connections, peak memory < 64 MB at scale
# 50, rebuild < 2 s at scale 50.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh

SCALES=${BENCH_SCALE:-"1 50"}
DURATION=${BENCH_DURATION:-10s}
CONNS=${BENCH_CONNECTIONS:-64}
BROWSER_AE="Accept-Encoding: gzip, deflate, br"
trap bench_stop EXIT
trap 'exit 130' INT TERM

load() { cut -d' ' -f1-3 /proc/loadavg; }

row() {
	printf '  %-44s %9s %8s %8s %8s  %s\n' "$@"
}

# bench_wrk NAME PATH HEADER [SCRIPT [CONNECTIONS [HEADER2]]]: one wrk
# run, one row; sets RPS.
bench_wrk() {
	res=$(wrk -t2 -c"${5:-$CONNS}" -d"$DURATION" \
	    -s "${4:-bench/report.lua}" -H "$3" -H "${6:-X-Bench: 1}" \
	    "$BASE$2" 2>&1 | grep '^RESULT' || true)
	if [ -z "$res" ]; then
		row "$1" "-" "-" "-" "-" "wrk failed"
		RPS=0
		return
	fi
	RPS=$(echo "$res" | sed 's/.*rps=\([0-9]*\).*/\1/')
	p50=$(echo "$res" | sed 's/.*p50=\([0-9.]*\).*/\1/')
	p99=$(echo "$res" | sed 's/.*p99=\([0-9.]*\).*/\1/')
	bad=$(echo "$res" | sed 's/.*bad=\([0-9]*\).*/\1/')
	err=$(echo "$res" | sed 's/.*errors=\([0-9]*\).*/\1/')
	pct=$(awk -v a="$RPS" -v c="${CEIL:-0}" \
	    'BEGIN { if (c > 0) printf "%.0f%%", 100 * a / c; else print "-" }')
	note=""
	case $res in
	*saves=*) note="$(echo "$res" | sed 's/.*saves=\([0-9]*\).*/\1/') saves, 2 connections " ;;
	esac
	[ "$bad" = 0 ] || note="$note$bad answers outside 2xx/3xx"
	[ "$err" = 0 ] || note="$note $err socket errors"
	row "$1" "$RPS" "$p50" "$p99" "$pct" "$note"
}

echo "koers bench: $(nproc) cores, wrk -t2 -c$CONNS -d$DURATION," \
    "server threads $CORES, load average $(load) at start"
for scale in $SCALES; do
	bench_dataset "$scale"
	echo
	echo "== scale $scale ($DB)"
	times=""
	for i in 1 2 3; do
		t=$("$K" rollup rebuild --db "$DB" |
		    sed -n 's/.*rebuilt in \([0-9.]*\) s.*/\1/p')
		times="$times ${t}s"
	done
	echo "  rollup rebuild (koers rollup rebuild, 3 runs):$times"
	bench_start "$DB"
	bench_login
	row "" "req/s" "p50 ms" "p99 ms" "ceiling" ""
	CEIL=
	bench_wrk "(a) /healthz (ceiling)" /healthz "X-Bench: 1"
	CEIL=$RPS
	# Browsers ask for gzip; the cached pages answer it (src/http/gzip.h).
	bench_wrk "(b) CMT overview /dashboard, gzip" /dashboard \
	    "Cookie: $COOKIE" "" "" "$BROWSER_AE"
	bench_wrk "(b) CMT overview /dashboard, plain" /dashboard \
	    "Cookie: $COOKIE"
	prog=$(curl -s -H "Authorization: Bearer $TOKEN" \
	    "$BASE/api/v1/rollup/programmes?period=$PERIOD" |
	    sed -n 's/^{"period":"[^"]*","programmes":\[{"id":\([0-9]*\).*/\1/p')
	bench_wrk "(c) programme /dashboard/programmes/$prog, gzip" \
	    "/dashboard/programmes/$prog" "Cookie: $COOKIE" "" "" "$BROWSER_AE"
	bench_wrk "(c) programme /dashboard/programmes/$prog, plain" \
	    "/dashboard/programmes/$prog" "Cookie: $COOKIE"
	bench_wrk "(d) API /api/v1/rollup/programmes" \
	    "/api/v1/rollup/programmes?period=$PERIOD" \
	    "Authorization: Bearer $TOKEN"
	figs=$(bench_figures "$DB")
	if [ -n "$figs" ]; then
		# One connection per wrk thread, each saving its own figure.
		BENCH_FIGURES=$figs BENCH_AUTH="Bearer $TOKEN"
		BENCH_READ=/dashboard
		export BENCH_FIGURES BENCH_AUTH BENCH_READ
		bench_wrk "(e) figure save + /dashboard read" / \
		    "Cookie: $COOKIE" bench/save_read.lua 2
		# Saves alone: each commit waits for fsync (synchronous=FULL).
		BENCH_SAVE_ONLY=1
		export BENCH_SAVE_ONLY
		bench_wrk "(h) figure saves alone, durable" / \
		    "Cookie: $COOKIE" bench/save_read.lua 2
		unset BENCH_SAVE_ONLY
	else
		row "(e) figure save + dashboard read" "" "" "" "" \
		    "no figure of an open period to save"
	fi
	# The uncached render a save leaves behind, alone: its latency.
	if [ -n "$figs" ] && [ "$(bench_status /dashboard)" != 404 ]; then
		fig=${figs%% *}
		fper=${fig##*/}
		if bench_uncached "/dashboard?period=$fper" "$fig"; then
			row "(f) save, then /dashboard?period=$fper" "-" \
			    "$P50" "$P99" "-" "uncached, 1 connection, max $MAX ms"
		else
			row "(f) save, then /dashboard" "" "" "" "" "saves fail"
		fi
		if [ -n "$prog" ] && bench_uncached \
		    "/dashboard/programmes/$prog?period=$fper" "$fig"; then
			row "(g) save, then programme $prog" "-" "$P50" \
			    "$P99" "-" "uncached, 1 connection, max $MAX ms"
		fi
	fi
	echo "  server peak memory (VmHWM): $(bench_mem "$SRV_PID" VmHWM) MB," \
	    "now (VmRSS) $(bench_mem "$SRV_PID" VmRSS) MB"
	bench_stop
done
echo
echo "load average $(load) at the end (other work on this machine lowers" \
    "the numbers)"
