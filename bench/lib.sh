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
		rm -f "$DB" "$DB-wal" "$DB-shm" "$OUT/scale$1.stamp"
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
