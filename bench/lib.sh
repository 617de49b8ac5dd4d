# bench/lib.sh: shared by bench/run.sh and bench/soak.sh (sourced, POSIX sh).
# The data sets are cached in bench/out/scaleN.db with a bench account
# (benchcmt: cmt, and manager of the gemeente for saves) and an API token; a set is rebuilt when the binary's
# schema changed: PRAGMA user_version below the newest migration, or the
# migration files differ from the ones the set was built with.

K=${KOERS_BIN:-build/koers}
OUT=bench/out
BENCH_USER=benchcmt
# A throwaway account on a throwaway data set, never on a real database.
BENCH_PW=bench-cmt-wachtwoord-2014
PERIOD=${BENCH_PERIOD:-2014-Q2}
CORES=$(nproc 2>/dev/null || echo 2)
SRV_PID=

# The newest migration's number, and a stamp of all migration files.
bench_level() {
	ls migrations/*.sql | sed 's|.*/||' | sort | tail -1 | cut -c1-4 |
	    sed 's/^0*//'
}
bench_stamp() {
	cat migrations/*.sql | cksum | cut -d' ' -f1
}

# Build (or reuse) the data set of scale $1; sets DB and TOKEN.
bench_dataset() {
	DB=$OUT/scale$1.db
	want="$(bench_level) $(bench_stamp)"
	have=$(cat "$OUT/scale$1.stamp" 2>/dev/null || true)
	level=$(sqlite3 "$DB" 'PRAGMA user_version' 2>/dev/null || echo -1)
	if [ ! -f "$DB" ] || [ "$have" != "$want" ] ||
	    [ "$level" != "$(bench_level)" ]; then
		echo "bench: building the scale-$1 data set (cached in $DB)"
		mkdir -p "$OUT"
		rm -f "$DB" "$DB-wal" "$DB-shm" "$DB.audit-anchor" \
		    "$OUT/scale$1.stamp"
		"$K" demo --scale "$1" --db "$DB" >/dev/null 2>"$OUT/demo$1.log" ||
		    { cat "$OUT/demo$1.log"; return 1; }
		echo "$BENCH_PW" | "$K" user add --db "$DB" "$BENCH_USER" \
		    --role cmt >/dev/null
		# Manager of the whole gemeente too, for the save in (e).
		"$K" user role --db "$DB" "$BENCH_USER" --add manager --scope \
		    "$(sqlite3 "$DB" 'SELECT id FROM org_unit WHERE parent_id IS NULL')" \
		    >/dev/null
		"$K" token create --db "$DB" "$BENCH_USER" >"$OUT/scale$1.token"
		echo "$want" >"$OUT/scale$1.stamp"
	fi
	TOKEN=$(cat "$OUT/scale$1.token")
}

# Start koers on a free port with threads = cores; sets SRV_PID and BASE.
bench_start() {
	log=$OUT/serve.log
	rm -f "$log"	# the background shell truncates it too late to tell
	"$K" serve --db "$1" --listen 127.0.0.1:0 --threads "$CORES" \
	    --no-access-log >"$log" 2>&1 &
	SRV_PID=$!
	i=0
	while [ $i -lt 100 ]; do
		port=$(sed -n 's/.*(port \([0-9]*\),.*/\1/p' "$log" 2>/dev/null |
		    head -1)
		[ -n "$port" ] && break
		kill -0 "$SRV_PID" 2>/dev/null || { cat "$log"; return 1; }
		sleep 0.1
		i=$((i + 1))
	done
	[ -n "$port" ] || { echo "bench: server did not start" >&2; return 1; }
	BASE=http://127.0.0.1:$port
}

bench_stop() {
	if [ -n "$SRV_PID" ]; then
		kill "$SRV_PID" 2>/dev/null || true
		wait "$SRV_PID" 2>/dev/null || true
		SRV_PID=
	fi
}

# Log in through the form; sets COOKIE ("koers_session=...").
bench_login() {
	jar=$OUT/cookies
	rm -f "$jar"
	csrf=$(curl -s -c "$jar" "$BASE/login" |
	    sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -1)
	curl -s -b "$jar" -c "$jar" -o /dev/null \
	    --data-urlencode "username=$BENCH_USER" \
	    --data-urlencode "password=$BENCH_PW" \
	    --data-urlencode "csrf=$csrf" --data-urlencode "next=/" \
	    "$BASE/login"
	COOKIE=$(awk '$6 == "koers_session" { print $6 "=" $7 }' "$jar")
	[ -n "$COOKIE" ] || { echo "bench: login failed" >&2; return 1; }
}

# HTTP status of GET $1 with the session.
bench_status() {
	curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$1"
}

# A value from /proc/PID/status in MB (VmHWM, VmRSS).
bench_mem() {
	awk -v k="$2:" '$1 == k { printf "%.1f", $2 / 1024 }' \
	    "/proc/$1/status" 2>/dev/null
}

# Two figures of the open period that a manager may still save (their
# unit's submission is a draft), as API paths, for save_read.lua.
bench_figures() {
	sqlite3 "$1" "SELECT '/api/v1/figures/' || f.indicator_id || '/' ||
	    f.org_unit_id || '/' || p.year || '-Q' || p.quarter FROM figure f
	    JOIN period p ON p.id = f.period_id JOIN indicator i
	    ON i.id = f.indicator_id LEFT JOIN submission s
	    ON s.org_unit_id = f.org_unit_id AND s.period_id = f.period_id
	    WHERE p.state = 'open' AND i.decimals = 0
	    AND i.aggregation IN ('sum', 'mean', 'last')
	    AND coalesce(s.state, 'draft') IN ('draft', 'returned')
	    ORDER BY f.indicator_id LIMIT 2" | tr '\n' ' '
}

# bench_uncached PATH FIGURE: BENCH_RENDERS (default 100) times a save of
# FIGURE (PUT /api/v1/figures/..., which moves the data generation, so the
# page cache is stale) followed by one GET of PATH, which renders the page
# anew.  Sets P50, P99 and MAX: the GET's time in ms (curl's time_total,
# one connection each, nothing else running).  The first save learns the
# figure's version from the 409 answer.  1 when the saves keep failing.
bench_uncached() {
	n=${BENCH_RENDERS:-100}
	ver=0
	i=0
	tries=0
	out=$OUT/uncached.times
	: >"$out"
	P50=- P99=- MAX=-
	while [ "$i" -lt "$n" ]; do
		tries=$((tries + 1))
		[ "$tries" -le $((2 * n + 2)) ] || return 1	# saves fail
		body=$(curl -s -X PUT -H "Authorization: Bearer $TOKEN" \
		    -H 'Content-Type: application/json' \
		    -d "{\"version\": $ver, \"value\": \"$((10 + i % 7))\"}" \
		    "$BASE$2")
		v=$(echo "$body" | grep -o '"version": *[0-9]*' | head -1 |
		    sed 's/[^0-9]//g')
		[ -n "$v" ] && ver=$v
		case $body in
		*'"current"'*) continue ;;	# 409: again with its version
		esac
		curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $COOKIE" \
		    "$BASE$1" >>"$out"
		i=$((i + 1))
	done
	P50=$(sort -n "$out" | awk -v n="$n" \
	    'NR == int((n + 1) / 2) { printf "%.2f", $1 * 1000 }')
	P99=$(sort -n "$out" | awk -v n="$n" \
	    'NR == int(n * 0.99 + 0.5) { printf "%.2f", $1 * 1000 }')
	MAX=$(sort -n "$out" | tail -1 | awk '{ printf "%.2f", $1 * 1000 }')
}
