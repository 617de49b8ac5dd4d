/*
 * rollup_store_rebuild.c: recompute every materialised rollup from the
 * figures, targets and costs, in C, and write only what differs.
 *
 * At scale 50 (a million figures, 840,000 indicator rows) a set-based SQL
 * join costs seconds and rewriting every row is disk-bound.  Here the
 * small tables are read once into arrays indexed by id; then indicators
 * go by in chunks of ids: their stored rows, figures (covering index) and
 * targets are read in key order, rollup_calc() decides every number as in
 * the incremental hooks, and only rows that differ from the stored ones
 * are written (none when the hooks kept the store current).  Node rows
 * (programme, effect, org unit) are compared and written the same way.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
 * Where every indicator hangs (effect or performance, programme, year,
 * owner) and the indicator counts of every node.  Read from the two narrow
 * indexes on indicator alone; the rules (unit, direction, aggregation...)
 * are read per chunk, only for indicators with figures (rb_chunk_read).
 */
static int
rb_load_indicators(struct rb *b)
{
	static const char *const sql[2] = {
		"SELECT id, effect_id FROM indicator WHERE effect_id > 0",
		"SELECT id, performance_id FROM indicator "
		"WHERE performance_id > 0",
	};
	sqlite3_stmt		*st;
	struct rollup_ind	*ind;
	int64_t			 id, ref, u;
	int			 rc, q, y, k;

	for (k = 0; k < 2; k++) {
		if ((st = db_stmt(b->db, sql[k])) == NULL)
			return 0;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			id = sqlite3_column_int64(st, 0);
			ref = sqlite3_column_int64(st, 1);
			if (id < 1 || id > b->maxind)
				continue;
			if (k == 1 && (ref > b->maxperf || b->ind[id].id != 0))
				continue;	/* dangling, or seen */
			if (k == 0 && ref > b->maxeff)
				continue;
			ind = &b->ind[id];
			ind->performance_id = k == 1 ? ref : 0;
			ind->effect_id = k == 1 ? b->f_eff[ref] : ref;
			ind->programme_id = b->e_prog[ind->effect_id];
			ind->year = b->g_year[ind->programme_id];
			ind->owner_id = k == 1 ? b->f_owner[ref] :
			    b->g_dir[ind->programme_id];
			if (ind->effect_id == 0 || ind->programme_id == 0)
				continue;	/* cannot happen with FKs */
			y = ind->year - 2000;
			if (y < 0 || y >= RB_YEARS)
				continue;
			ind->id = id;
			for (q = 1; q <= 4; q++) {
				b->n_prog[ind->programme_id * 5 + q].n_ind++;
				b->n_eff[ind->effect_id * 5 + q].n_ind++;
			}
			for (u = ind->owner_id; u > 0; u = b->parent[u])
				b->n_unit_ind[u * RB_YEARS + y]++;
		}
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return 0;
	}
	return 1;
}

/* The rules of the indicators lo..hi. */
static int
rb_load_rules(struct rb *b, int64_t lo, int64_t hi)
{
	sqlite3_stmt	*st;
	int64_t		 id;
	int		 rc;

	if ((st = db_stmt(b->db, "SELECT id, unit, direction, aggregation, "
	    "weight_name <> '', cumulative, decimals, tolerance_bp "
	    "FROM indicator WHERE id BETWEEN ?1 AND ?2")) == NULL ||
	    sqlite3_bind_int64(st, 1, lo) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, hi) != SQLITE_OK)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		if (id < 1 || id > b->maxind || b->ind[id].id == 0)
			continue;
		rollup_store_ind_rule(&b->ind[id],
		    (const char *)sqlite3_column_text(st, 1),
		    (const char *)sqlite3_column_text(st, 2),
		    (const char *)sqlite3_column_text(st, 3),
		    sqlite3_column_int(st, 4), sqlite3_column_int(st, 5),
		    sqlite3_column_int(st, 6), sqlite3_column_int(st, 7));
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE;
}

/* Count one indicator-period status into its nodes. */
static void
rb_count(struct rb *b, const struct rollup_ind *ind, int q, int64_t pid,
    enum status s)
{
	int64_t	u;

	if (s == STATUS_NO_DATA)
		return;
	b->n_prog[ind->programme_id * 5 + q].c.n[s]++;
	b->n_eff[ind->effect_id * 5 + q].c.n[s]++;
	for (u = ind->owner_id; u > 0; u = b->parent[u])
		b->n_unit[u * (b->maxperiod + 1) + pid].c.n[s]++;
}

/* Indicators per chunk: the old rows and targets of a chunk fit in memory. */
#define RB_CHUNK	8192

struct rb_chunk {
	struct rollup_irow	*old, *now;
	size_t			 nold, nnow, oldcap, nowcap;
	struct rollup_tgt	*tgt;
	size_t			 ntgt, tgtcap;
	size_t			*tstart;	/* [RB_CHUNK + 1] */
	struct rollup_fig	*fig;
	size_t			 nfig, figcap;
	size_t			*fstart;	/* [RB_CHUNK + 1] */
};

/*
 * The stored rows, the figures and the targets of indicators lo..hi, in
 * key order.  The figures come from the covering index figure_rollup
 * (migrations/0002-rollup.sql), already grouped by indicator.  Only the
 * quarters of the indicator's own year count; quarter 0 (the year target)
 * is skipped: rollup_calc() judges quarters.
 */
static int
rb_chunk_read(struct rb *b, struct rb_chunk *c, int64_t lo, int64_t hi)
{
	sqlite3_stmt		*st;
	struct rollup_fig	*f;
	int64_t			*col, id, pid, fmin = 0, fmax = 0;
	size_t			 k;
	int			 rc, i;

	c->nold = c->nnow = c->ntgt = c->nfig = 0;
	if ((st = db_stmt(b->db, "SELECT indicator_id, period_id, has_value, "
	    "value, units, has_target, target, status, shortfall_bp "
	    "FROM rollup_indicator "
	    "WHERE indicator_id BETWEEN ?1 AND ?2 "
	    "ORDER BY indicator_id, period_id")) == NULL ||
	    sqlite3_bind_int64(st, 1, lo) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, hi) != SQLITE_OK)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!rollup_store_rb_grow(&c->old, &c->oldcap, c->nold + 1, sizeof(*c->old)))
			goto oom;
		col = &c->old[c->nold++].indicator_id;
		for (i = 0; i < ROLLUP_IROW_COLS; i++)
			col[i] = sqlite3_column_int64(st, i);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return 0;
	if ((st = db_stmt(b->db, "SELECT indicator_id, period_id, "
	    "org_unit_id, value, numerator, denominator, weight FROM figure "
	    "WHERE indicator_id BETWEEN ?1 AND ?2 ORDER BY indicator_id")) == NULL ||
	    sqlite3_bind_int64(st, 1, lo) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, hi) != SQLITE_OK)
		return 0;
	memset(c->fstart, 0, (RB_CHUNK + 1) * sizeof(*c->fstart));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		pid = sqlite3_column_int64(st, 1);
		if (id < lo || id > hi || id > b->maxind ||
		    b->ind[id].id == 0 || pid < 1 ||
		    pid > b->maxperiod || b->p_year[pid] != b->ind[id].year)
			continue;	/* not a quarter of its year */
		if (!rollup_store_rb_grow(&c->fig, &c->figcap, c->nfig + 1, sizeof(*c->fig)))
			goto oom;
		f = &c->fig[c->nfig++];
		c->fstart[id - lo + 1]++;
		f->unit = sqlite3_column_int64(st, 2);
		memset(&f->in, 0, sizeof(f->in));
		f->in.period_index = b->p_quarter[pid];
		if (sqlite3_column_type(st, 3) != SQLITE_NULL) {
			f->in.has_value = 1;
			f->in.value = sqlite3_column_int64(st, 3);
		}
		if (sqlite3_column_type(st, 4) != SQLITE_NULL &&
		    sqlite3_column_type(st, 5) != SQLITE_NULL) {
			f->in.has_ratio = 1;
			f->in.numerator = sqlite3_column_int64(st, 4);
			f->in.denominator = sqlite3_column_int64(st, 5);
		}
		if (sqlite3_column_type(st, 6) != SQLITE_NULL)
			f->in.weight = sqlite3_column_int64(st, 6);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return 0;
	for (k = 1; k <= RB_CHUNK; k++) {
		if (c->fstart[k] > 0) {		/* id lo + k - 1 has some */
			if (fmin == 0)
				fmin = lo + (int64_t)k - 1;
			fmax = lo + (int64_t)k - 1;
		}
		c->fstart[k] += c->fstart[k - 1];
	}
	memset(c->tstart, 0, (RB_CHUNK + 1) * sizeof(*c->tstart));
	/*
	 * Targets only where there are figures: the later budget years have
	 * targets but no figures yet, and no figures means no rows.
	 */
	if (fmin == 0)
		return 1;
	if (!rb_load_rules(b, fmin, fmax))
		return 0;
	if ((st = db_stmt(b->db, "SELECT indicator_id, org_unit_id, year, "
	    "quarter, value FROM target WHERE indicator_id BETWEEN ?1 AND ?2 "
	    "AND quarter > 0 ORDER BY indicator_id")) == NULL ||
	    sqlite3_bind_int64(st, 1, fmin) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, fmax) != SQLITE_OK)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		if (id < lo || id > hi || id > b->maxind ||
		    sqlite3_column_int(st, 2) != b->ind[id].year)
			continue;
		if (!rollup_store_rb_grow(&c->tgt, &c->tgtcap, c->ntgt + 1, sizeof(*c->tgt)))
			goto oom;
		c->tgt[c->ntgt].unit = sqlite3_column_int64(st, 1);
		c->tgt[c->ntgt].quarter = sqlite3_column_int(st, 3);
		c->tgt[c->ntgt].value = sqlite3_column_int64(st, 4);
		c->ntgt++;
		c->tstart[id - lo + 1]++;
	}
	sqlite3_reset(st);
	for (k = 1; k <= RB_CHUNK; k++)
		c->tstart[k] += c->tstart[k - 1];
	return rc == SQLITE_DONE;
oom:
	sqlite3_reset(st);
	log_err("rollup: rebuild: out of memory");
	return 0;
}

/* Write what differs between the stored rows and the new ones. */
static int
rb_chunk_write(struct rb *b, struct rb_chunk *c, int64_t *changed)
{
	const struct rollup_irow	*o, *n;
	size_t				 i = 0, j = 0;
	int				 cmp;

	while (i < c->nold || j < c->nnow) {
		o = i < c->nold ? &c->old[i] : NULL;
		n = j < c->nnow ? &c->now[j] : NULL;
		if (o == NULL)
			cmp = 1;
		else if (n == NULL)
			cmp = -1;
		else if (o->indicator_id != n->indicator_id)
			cmp = o->indicator_id < n->indicator_id ? -1 : 1;
		else if (o->period_id != n->period_id)
			cmp = o->period_id < n->period_id ? -1 : 1;
		else
			cmp = 0;
		if (cmp < 0) {		/* stored, no longer there */
			if (!rollup_store_irow_delete(b->db, o->indicator_id,
			    o->period_id))
				return 0;
			(*changed)++;
			i++;
		} else if (cmp > 0) {	/* new */
			if (!rollup_store_irow_put(b->db, n))
				return 0;
			(*changed)++;
			j++;
		} else {
			if (memcmp(o, n, sizeof(*o)) != 0) {
				if (!rollup_store_irow_put(b->db, n))
					return 0;
				(*changed)++;
			}
			i++;
			j++;
		}
	}
	return 1;
}

/*
 * Every indicator, chunk by chunk: read the stored rows and the targets,
 * compute the quarters from the figures, write only what differs.  A
 * rebuild of a consistent store writes nothing; one of an empty store
 * appends in key order.  No statement is open while the chunk is written.
 */
static int
rb_indicators(struct rb *b, int64_t *changed)
{
	struct rollup_input	*scratch = NULL;
	struct rollup_row	 row;
	struct rollup_irow	 tmp;
	struct rb_chunk		 c;
	const struct rollup_ind	*ind;
	size_t			 scap = 0, k, f0, t0, a, z;
	int64_t			 id, lo, hi, pid, last;
	int			 q, ok = 0;

	memset(&c, 0, sizeof(c));
	if ((c.tstart = calloc(RB_CHUNK + 1, sizeof(*c.tstart))) == NULL ||
	    (c.fstart = calloc(RB_CHUNK + 1, sizeof(*c.fstart))) == NULL)
		goto oom;
	/* Stored rows of indicators removed since count as well. */
	if ((last = rb_max(b->db, "SELECT coalesce(max(indicator_id), 0) "
	    "FROM rollup_indicator")) < 0)
		goto out;
	if (last < b->maxind)
		last = b->maxind;
	for (lo = 1; lo <= last; lo += RB_CHUNK) {
		hi = lo + RB_CHUNK - 1 < last ? lo + RB_CHUNK - 1 : last;
		if (!rb_chunk_read(b, &c, lo, hi))
			goto out;
		for (id = lo; id <= hi; id++) {
			f0 = c.fstart[id - lo];
			if ((k = c.fstart[id - lo + 1] - f0) == 0)
				continue;
			if (!rollup_store_rb_grow(&scratch, &scap, k, sizeof(*scratch)))
				goto oom;
			ind = &b->ind[id];
			t0 = c.tstart[id - lo];
			a = c.nnow;
			for (q = 1; q <= 4; q++) {
				if ((pid = b->pid[ind->year - 2000][q]) == 0)
					continue;
				if (!rollup_calc(ind, &c.fig[f0], k, &c.tgt[t0],
				    c.tstart[id - lo + 1] - t0, q, scratch,
				    &row)) {
					log_err("rollup: indicator %lld: out of "
					    "range", (long long)id);
					goto out;
				}
				if (row.units == 0)
					continue;
				if (!rollup_store_rb_grow(&c.now, &c.nowcap, c.nnow + 1,
				    sizeof(*c.now)))
					goto oom;
				rollup_store_irow(ind, pid, &row, &c.now[c.nnow++]);
				rb_count(b, ind, q, pid, row.status);
			}
			/* Key order: the quarters' period ids ascending. */
			for (z = a + 1; z < c.nnow; z++)
				for (k = z; k > a && c.now[k - 1].period_id >
				    c.now[k].period_id; k--) {
					tmp = c.now[k];
					c.now[k] = c.now[k - 1];
					c.now[k - 1] = tmp;
				}
		}
		if (!rb_chunk_write(b, &c, changed))
			goto out;
	}
	ok = 1;
	goto out;
oom:
	log_err("rollup: rebuild: out of memory");
out:
	free(scratch);
	free(c.old);
	free(c.now);
	free(c.tgt);
	free(c.tstart);
	free(c.fig);
	free(c.fstart);
	return ok;
}

/*
 * Recompute every materialised rollup from figures, targets and costs and
 * write the rows that differ from what is stored (*changed of them; the
 * hooks keep the store current, so normally none).  Joins the caller's
 * transaction, or runs in its own.  Returns 1, or 0 (logged; nothing
 * changed when it ran its own transaction).
 *
 * No pragma is relaxed: the database stays in WAL with synchronous=NORMAL,
 * so the commit does not wait for fsync anyway, and a crash or power loss
 * at any point leaves the previous rollups (the transaction rolls back).
 * The page cache is raised for the run and put back afterwards.
 */
int
rollup_store_rebuild_count(struct db *db, int64_t *changed)
{
	struct rb	 b;
	sqlite3_stmt	*st;
	int64_t		 cache = -2000;
	int		 own = 0, ok = 0;

	memset(&b, 0, sizeof(b));
	b.db = db;
	*changed = 0;
	if ((st = db_stmt(db, "PRAGMA cache_size")) == NULL)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		cache = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (sqlite3_get_autocommit(db->sql)) {
		if (!db_begin_immediate(db))
			return 0;
		own = 1;
	}
	if (!db_exec(db, "PRAGMA cache_size = -65536") ||
	    !rb_load_structure(&b) ||
	    !rb_load_indicators(&b) ||
	    !rb_indicators(&b, changed) ||
	    !rollup_store_rb_costs(&b) ||
	    !rollup_store_rb_nodes(&b, changed))
		goto out;
	if (own && !db_commit(db))
		goto out;
	own = 0;
	ok = 1;
out:
	if (own)
		db_rollback(db);
	if (cache >= INT32_MIN && cache <= INT32_MAX) {
		char	sql[64];

		snprintf(sql, sizeof(sql), "PRAGMA cache_size = %lld",
		    (long long)cache);
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
	return ok;
}

/* rollup_store_rebuild_count() without the count.  Returns 1, or 0. */
int
rollup_store_rebuild(struct db *db)
{
	int64_t	changed;

	return rollup_store_rebuild_count(db, &changed);
}
