/*
 * rollup_store_rebuild.c: recompute every materialised rollup from the
 * figures, targets and costs, in C, and write only what differs.
 *
 * At scale 50 (a million figures, 840,000 indicator rows) a set-based SQL
 * join costs seconds and rewriting every row is disk-bound.  Here the
 * small tables are read once into arrays indexed by id; then indicators
 * go by in chunks of ids, on as many threads as there are processors
 * (src/rollup_store_rb_par.c): their stored rows, figures (covering index)
 * and targets are read in key order, rollup_calc() decides every number as
 * in the incremental hooks, and only rows that differ from the stored ones
 * are written (none when the hooks kept the store current;
 * src/rollup_store_rb_chunk.c).  What units report beyond what they own
 * (src/rollup_store_rb_unitrep.c) and the approval counts
 * (src/rollup_store_rb_approval.c) of the same figures are compared and
 * written in the same chunks.  Node rows (programme, effect, org unit)
 * are compared and written the same way (src/rollup_store_rb.c).
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "log.h"
#include "rollup_store.h"

#include "rollup_store_rb.h"

static int64_t
rb_max(struct db *db, const char *sql)
{
	sqlite3_stmt	*st;
	int64_t		 v = -1;

	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return v;
}

static void *
rb_calloc(int64_t n, size_t sz)
{
	return calloc((size_t)(n + 1), sz);
}

static int
rb_load_structure(struct rb *b)
{
	sqlite3_stmt	*st;
	int64_t		 id;
	int		 rc, y, q;

	if ((b->maxunit = rb_max(b->db, "SELECT coalesce(max(id), 0) FROM org_unit")) < 0 ||
	    (b->maxperiod = rb_max(b->db, "SELECT coalesce(max(id), 0) FROM period")) < 0 ||
	    (b->maxprog = rb_max(b->db, "SELECT coalesce(max(id), 0) FROM programme")) < 0 ||
	    (b->maxeff = rb_max(b->db, "SELECT coalesce(max(id), 0) FROM effect")) < 0 ||
	    (b->maxperf = rb_max(b->db, "SELECT coalesce(max(id), 0) FROM performance")) < 0 ||
	    (b->maxind = rb_max(b->db, "SELECT coalesce(max(id), 0) FROM indicator")) < 0)
		return 0;
	if ((b->parent = rb_calloc(b->maxunit, sizeof(int64_t))) == NULL ||
	    (b->p_year = rb_calloc(b->maxperiod, sizeof(int))) == NULL ||
	    (b->p_quarter = rb_calloc(b->maxperiod, sizeof(int))) == NULL ||
	    (b->g_year = rb_calloc(b->maxprog, sizeof(int))) == NULL ||
	    (b->g_dir = rb_calloc(b->maxprog, sizeof(int64_t))) == NULL ||
	    (b->e_prog = rb_calloc(b->maxeff, sizeof(int64_t))) == NULL ||
	    (b->f_eff = rb_calloc(b->maxperf, sizeof(int64_t))) == NULL ||
	    (b->f_owner = rb_calloc(b->maxperf, sizeof(int64_t))) == NULL ||
	    (b->f_budget = rb_calloc(b->maxperf, sizeof(int64_t))) == NULL ||
	    (b->ind = rb_calloc(b->maxind, sizeof(struct rollup_ind))) == NULL ||
	    (b->n_prog = rb_calloc((b->maxprog + 1) * 5, sizeof(struct rb_node))) == NULL ||
	    (b->n_eff = rb_calloc((b->maxeff + 1) * 5, sizeof(struct rb_node))) == NULL ||
	    (b->n_unit = rb_calloc((b->maxunit + 1) * (b->maxperiod + 1),
	    sizeof(struct rb_node))) == NULL ||
	    (b->n_unit_ind = rb_calloc((b->maxunit + 1) * RB_YEARS,
	    sizeof(int64_t))) == NULL) {
		log_err("rollup: rebuild: out of memory");
		return 0;
	}
	for (id = 0; id <= b->maxunit; id++)
		b->parent[id] = -1;	/* no such unit */
	if ((st = db_stmt(b->db, "SELECT id, coalesce(parent_id, 0) FROM org_unit")) == NULL)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		b->parent[sqlite3_column_int64(st, 0)] = sqlite3_column_int64(st, 1);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE ||
	    (st = db_stmt(b->db, "SELECT id, year, quarter FROM period")) == NULL)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		y = sqlite3_column_int(st, 1);
		q = sqlite3_column_int(st, 2);
		b->p_year[id] = y;
		b->p_quarter[id] = q;
		if (y >= 2000 && y < 2000 + RB_YEARS && q >= 1 && q <= 4)
			b->pid[y - 2000][q] = id;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE ||
	    (st = db_stmt(b->db, "SELECT id, year, directie_id FROM programme")) == NULL)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		b->g_year[id] = sqlite3_column_int(st, 1);
		b->g_dir[id] = sqlite3_column_int64(st, 2);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE ||
	    (st = db_stmt(b->db, "SELECT id, programme_id FROM effect")) == NULL)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		b->e_prog[sqlite3_column_int64(st, 0)] = sqlite3_column_int64(st, 1);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE || (st = db_stmt(b->db,
	    "SELECT id, effect_id, org_unit_id, budget_cents FROM performance")) == NULL)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		b->f_eff[id] = sqlite3_column_int64(st, 1);
		b->f_owner[id] = sqlite3_column_int64(st, 2);
		b->f_budget[id] = sqlite3_column_int64(st, 3);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE;
}

/*
 * Which submissions are approved, into b->approved: every figure's
 * workflow state (no submission: draft) for the approval counts.
 */
static int
rb_load_approved(struct rb *b)
{
	sqlite3_stmt	*st;
	int64_t		 unit, pid;
	int		 rc;

	if ((b->maxsubunit = rb_max(b->db, "SELECT coalesce(max(org_unit_id), "
	    "0) FROM submission")) < 0)
		return 0;
	if (b->maxsubunit < b->maxunit)
		b->maxsubunit = b->maxunit;
	if ((b->approved = calloc((size_t)(b->maxsubunit + 1) *
	    (size_t)(b->maxperiod + 1), 1)) == NULL) {
		log_err("rollup: rebuild: out of memory");
		return 0;
	}
	if ((st = db_stmt(b->db, "SELECT org_unit_id, period_id FROM "
	    "submission WHERE state = 'approved'")) == NULL)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		unit = sqlite3_column_int64(st, 0);
		pid = sqlite3_column_int64(st, 1);
		if (unit >= 0 && unit <= b->maxsubunit && pid >= 1 &&
		    pid <= b->maxperiod)
			b->approved[unit * (b->maxperiod + 1) + pid] = 1;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE;
}

/*
 * The periods that have approval rows, one seek each: the rows of a
 * period that is gone are removed (the chunks read only existing
 * periods), and b->last is raised to the highest indicator with rows, so
 * that the chunks cover stale rows of removed indicators.  1, or 0.
 */
static int
rb_approval_periods(struct rb *b)
{
	sqlite3_stmt	*st;
	int64_t		 pid = INT64_MIN, next, hi;
	int		 rc;

	for (;;) {
		if ((st = db_stmt(b->db, "SELECT period_id FROM rollup_approval "
		    "WHERE period_id > ?1 ORDER BY period_id LIMIT 1")) == NULL ||
		    sqlite3_bind_int64(st, 1, pid) != SQLITE_OK)
			return 0;
		rc = sqlite3_step(st);
		next = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
		if (rc == SQLITE_DONE)
			return 1;
		if (rc != SQLITE_ROW || next <= pid)	/* not an integer */
			break;
		pid = next;
		if (pid < 1 || pid > b->maxperiod || b->p_quarter[pid] == 0) {
			if ((st = db_stmt(b->db, "DELETE FROM rollup_approval "
			    "WHERE period_id = ?1")) == NULL ||
			    sqlite3_bind_int64(st, 1, pid) != SQLITE_OK)
				return 0;
			rc = sqlite3_step(st);
			sqlite3_reset(st);
			if (rc != SQLITE_DONE)
				break;
			b->changed += sqlite3_changes(b->db->sql);
			continue;
		}
		if ((st = db_stmt(b->db, "SELECT max(indicator_id) FROM "
		    "rollup_approval WHERE period_id = ?1")) == NULL ||
		    sqlite3_bind_int64(st, 1, pid) != SQLITE_OK)
			return 0;
		rc = sqlite3_step(st);
		hi = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
		if (rc != SQLITE_ROW)
			break;
		if (hi > b->last)
			b->last = hi;
	}
	log_err("rollup: rebuild: approval: %s", db_errmsg(b->db));
	return 0;
}

/*
 * Readers the rebuild may use: one per processor, but more than one only
 * in its own transaction (own) on a WAL database file, where connections
 * of its own read exactly what its transaction started from
 * (src/rollup_store_rb_par.c).
 */
static int
rb_threads(struct db *db, int own, int want)
{
	sqlite3_stmt	*st;
	const char	*fn;
	long		 n;
	int		 wal = 0;

	if (!own || (fn = sqlite3_db_filename(db->sql, "main")) == NULL ||
	    *fn == '\0' || (st = db_stmt(db, "PRAGMA journal_mode")) == NULL)
		return 1;
	if (sqlite3_step(st) == SQLITE_ROW)
		wal = strcmp((const char *)sqlite3_column_text(st, 0), "wal") == 0;
	sqlite3_reset(st);
	if (!wal)
		return 1;
	if (want > 0)
		return want;
	n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > RB_MAXTHREADS ? RB_MAXTHREADS : (int)n;
}

/*
 * Recompute every materialised rollup from figures, targets and costs and
 * write the rows that differ from what is stored (*changed of them; the
 * hooks keep the store current, so normally none), reading on up to
 * threads connections at once (0: one per processor), chunk indicator ids
 * at a time (0: RB_CHUNK; tests take small chunks to have many).  The
 * numbers do not depend on either.  Joins the caller's transaction
 * (then on one thread), or runs in its own.  Returns 1, or 0 (logged;
 * nothing changed when it ran its own transaction).
 *
 * No pragma is relaxed: the database stays in WAL with synchronous=NORMAL,
 * so the commit does not wait for fsync anyway, and a crash or power loss
 * at any point leaves the previous rollups (the transaction rolls back).
 * The page cache is raised for the run, and the reads go through a memory
 * map (no copy of every page read, no page faults on a large cache); both
 * are put back afterwards.
 */
int
rollup_store_rebuild_threads(struct db *db, int threads, int chunk,
    int64_t *changed)
{
	struct rb	 b;
	sqlite3_stmt	*st;
	int64_t		 cache = -2000, mmap = 0, last;
	int		 own = 0, ok = 0;

	memset(&b, 0, sizeof(b));
	b.db = db;
	b.chunk = chunk > 0 ? chunk : RB_CHUNK;
	*changed = 0;
	if ((st = db_stmt(db, "PRAGMA cache_size")) == NULL)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		cache = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if ((st = db_stmt(db, "PRAGMA mmap_size")) == NULL)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		mmap = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (!db_in_txn(db)) {	/* a request's read snapshot is not one */
		if (!db_begin_immediate(db))
			return 0;
		own = 1;
	}
	if (!db_exec(db, "PRAGMA cache_size = -65536") ||
	    !db_exec(db, RB_MMAP) ||
	    !rollup_store_rb_rows_register(db) ||
	    !rb_load_structure(&b) ||
	    !rb_load_approved(&b))
		goto out;
	/* Stored rows of indicators removed since count as well. */
	if ((b.last = rb_max(db, "SELECT coalesce(max(indicator_id), 0) "
	    "FROM rollup_indicator")) < 0 ||
	    (last = rb_max(db, "SELECT coalesce(max(indicator_id), 0) "
	    "FROM rollup_unit_reported")) < 0)
		goto out;
	if (b.last < last)
		b.last = last;
	if (b.last < b.maxind)
		b.last = b.maxind;
	if (!rb_approval_periods(&b) ||
	    !rollup_store_rb_run(&b, rb_threads(db, own, threads)) ||
	    !rollup_store_rb_reported(&b) ||
	    !rollup_store_rb_nodes(&b, &b.changed))
		goto out;
	if (own && !db_commit(db))
		goto out;
	own = 0;
	ok = 1;
	*changed = b.changed;
out:
	if (own)
		db_rollback(db);
	if (cache >= INT32_MIN && cache <= INT32_MAX) {
		char	sql[64];

		snprintf(sql, sizeof(sql), "PRAGMA cache_size = %lld",
		    (long long)cache);
		(void)db_exec(db, sql);
	}
	{
		char	sql[64];

		snprintf(sql, sizeof(sql), "PRAGMA mmap_size = %lld",
		    (long long)mmap);
		(void)db_exec(db, sql);
	}
	free(b.parent);
	free(b.p_year);
	free(b.p_quarter);
	free(b.g_year);
	free(b.g_dir);
	free(b.e_prog);
	free(b.f_eff);
	free(b.f_owner);
	free(b.f_budget);
	free(b.ind);
	free(b.n_prog);
	free(b.n_eff);
	free(b.n_unit);
	free(b.n_unit_ind);
	free(b.approved);
	return ok;
}

/* rollup_store_rebuild_threads() on one reader per processor.  1 or 0. */
int
rollup_store_rebuild_count(struct db *db, int64_t *changed)
{
	return rollup_store_rebuild_threads(db, 0, 0, changed);
}

/* rollup_store_rebuild_count() without the count.  Returns 1, or 0. */
int
rollup_store_rebuild(struct db *db)
{
	int64_t	changed;

	return rollup_store_rebuild_count(db, &changed);
}
