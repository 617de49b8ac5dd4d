#!/bin/sh
# bench/attack.sh: the availability attacks of issue 17 against a running
# koers on 127.0.0.1, while /healthz is asked from another loopback address
# (127.0.0.2, a client that is not the attacker) four times a second:
#
#   1. slowloris: slowhttptest -H, 1100 connections trickling header lines
#      (-c 1100 -r 300 -i 10, as in the review);
#   2. slow body: slowhttptest -B to the public login form (-s 8000);
#   3. anonymous bodies: bench/anonbody.mjs, 100 connections each sending
#      8 MB but the last byte to /import and /login.
#
# Fails (exit 1) when one /healthz answer is not 200 or takes longer than
# ATTACK_PROBE_MS (100) ms, or when the server's VmRSS rises more than
# ATTACK_RSS_MB (48) MB above what it was before the attacks, or the server
# dies.  Every loop is bounded in time (ATTACK_SECONDS, 30, per attack) and
# count; every target is 127.0.0.1.  The attackers run at nice 19: on one
# machine their own CPU use must not count against the server (a real
# attacker's does not).  slowhttptest's own probe comes from the attacking
# address and is refused by --max-per-address: its "service available: NO"
# is expected; the probe that counts is ours, from 127.0.0.2.
#
# From bench/soak.sh: ATTACK_PORT and ATTACK_PID name the running server.
# Alone (bench/attack.sh): starts KOERS_BIN (build/koers) on a fresh demo
# database with its default limits.
set -eu
cd "$(dirname "$0")/.."

SECS=${ATTACK_SECONDS:-30}
PROBE_MS=${ATTACK_PROBE_MS:-100}
RSS_MB=${ATTACK_RSS_MB:-48}
K=${KOERS_BIN:-build/koers}
OUT=${ATTACK_OUT:-bench/out}
mkdir -p "$OUT"
own=
cleanup() {
	[ -n "${SLOW_PID:-}" ] && kill "$SLOW_PID" 2>/dev/null || true
	if [ -n "$own" ]; then
		kill "$ATTACK_PID" 2>/dev/null || true
		wait "$ATTACK_PID" 2>/dev/null || true
		rm -rf "$own"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${ATTACK_PORT:-}" ]; then
	own=$(mktemp -d)
	"$K" demo --db "$own/k.db" >/dev/null 2>&1
	"$K" serve --db "$own/k.db" --listen 127.0.0.1:0 --no-access-log \
	    >"$own/serve.log" 2>&1 &
	ATTACK_PID=$!
	i=0
	while [ $i -lt 100 ]; do
		ATTACK_PORT=$(sed -n 's/.*(port \([0-9]*\),.*/\1/p' \
		    "$own/serve.log" | head -1)
		[ -n "$ATTACK_PORT" ] && break
		sleep 0.1
		i=$((i + 1))
	done
	[ -n "$ATTACK_PORT" ] || { cat "$own/serve.log"; exit 1; }
fi
URL=http://127.0.0.1:$ATTACK_PORT

mem() {
	awk '$1 == "VmRSS:" { printf "%d", $2 / 1024 }' \
	    "/proc/$ATTACK_PID/status" 2>/dev/null || echo 0
}

# Probe /healthz from 127.0.0.2 for $1 seconds; prints
# "probes=N slow=N bad=N max_ms=N rss_max=N".
probe() {
	n=$(($1 * 4))
	i=0; slow=0; bad=0; max=0; rmax=0
	while [ $i -lt "$n" ]; do
		r=$(curl -s -o /dev/null --interface 127.0.0.2 -m 2 \
		    -w '%{http_code} %{time_total} %{time_connect} %{time_starttransfer}' \
		    "$URL/healthz" || true)
		code=$(echo "$r" | cut -d' ' -f1)
		ms=$(echo "$r" | awk '{ printf "%d", $2 * 1000 }')
		[ "$code" = 200 ] || bad=$((bad + 1))
		if [ "$ms" -gt "$PROBE_MS" ]; then
			slow=$((slow + 1))
			# code, total, connected, first byte (seconds)
			echo "slow probe: $r" >>"$OUT/attack-slow.log"
		fi
		[ "$ms" -le "$max" ] || max=$ms
		m=$(mem)
		[ "$m" -le "$rmax" ] || rmax=$m
		kill -0 "$ATTACK_PID" 2>/dev/null || { bad=$((bad + 1)); break; }
		i=$((i + 1))
		sleep 0.25
	done
	echo "probes=$i slow=$slow bad=$bad max_ms=$max rss_max=$rmax"
}

command -v slowhttptest >/dev/null ||
    { echo "attack: slowhttptest is missing (tools/deps.sh bench)"; exit 1; }
rss0=$(mem)
fail=0
check() {	# $1 name, $2 probe line
	echo "attack: $1: $2"
	slow=$(echo "$2" | sed 's/.*slow=\([0-9]*\).*/\1/')
	bad=$(echo "$2" | sed 's/.*bad=\([0-9]*\).*/\1/')
	rmax=$(echo "$2" | sed 's/.*rss_max=\([0-9]*\).*/\1/')
	[ "$slow" = 0 ] && [ "$bad" = 0 ] ||
	    { echo "attack: FAIL: $1: /healthz slower than ${PROBE_MS} ms or not 200"; fail=1; }
	[ "$rmax" -le $((rss0 + RSS_MB)) ] ||
	    { echo "attack: FAIL: $1: VmRSS $rmax MB, over ${rss0} + ${RSS_MB} MB"; fail=1; }
}

echo "attack: server pid $ATTACK_PID on $URL, VmRSS ${rss0} MB;" \
    "${SECS}s per attack; load average $(cut -d' ' -f1-3 /proc/loadavg)"

nice -n 19 slowhttptest -H -c 1100 -r 300 -i 10 -l "$SECS" -p 3 -u "$URL/" \
    >"$OUT/attack-slowloris.log" 2>&1 &
SLOW_PID=$!
sleep 3
check slowloris "$(probe $((SECS - 4)))"
wait "$SLOW_PID" 2>/dev/null || true
SLOW_PID=

nice -n 19 slowhttptest -B -c 1100 -r 300 -i 10 -s 8000 -l "$SECS" -p 3 \
    -u "$URL/login" >"$OUT/attack-slowbody.log" 2>&1 &
SLOW_PID=$!
sleep 3
check slow-body "$(probe $((SECS - 4)))"
wait "$SLOW_PID" 2>/dev/null || true
SLOW_PID=

nice -n 19 node bench/anonbody.mjs "$ATTACK_PORT" "$SECS" 100 \
    >"$OUT/attack-anonbody.log" 2>&1 &
SLOW_PID=$!
sleep 2
check anonymous-body "$(probe $((SECS - 3)))"
wait "$SLOW_PID" 2>/dev/null || true
SLOW_PID=
cat "$OUT/attack-anonbody.log"
grep -h "service available" "$OUT/attack-slowloris.log" \
    "$OUT/attack-slowbody.log" | tail -2 | sed 's/^/attack: slowhttptest: /'

if ! kill -0 "$ATTACK_PID" 2>/dev/null; then
	echo "attack: FAIL: the server exited"; fail=1
fi
echo "attack: VmRSS ${rss0} MB before, $(mem) MB after" \
    "(bound +${RSS_MB} MB during)"
[ $fail = 0 ] && echo "attack: OK"
exit $fail
