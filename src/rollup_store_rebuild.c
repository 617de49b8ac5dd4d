/*
 * rollup_store_rebuild.c: recompute every materialised rollup from the
 * figures, targets and costs, in one sequential pass in C.
 *
 * At scale 50 (a million figures) the set-based SQL join of figures with
 * the org tree costs seconds; here every table is read once in its own
 * storage order into arrays indexed by id, figures are bucketed by
 * indicator (a counting sort), targets are merged in primary-key order,
 * and the rows are appended in primary-key order.  rollup_calc() decides
 * every number, as in the incremental hooks.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "log.h"
#include "rollup_store.h"

#define RB_YEARS	128	/* budget years 2000..2100 fit */

struct rb_node {
	int64_t			 n_ind;
	struct status_counts	 c;
	struct finance		 f;
};

struct rb {
	struct db		*db;
	int64_t			 maxunit, maxperiod, maxprog, maxeff, maxperf,
				 maxind;
	int64_t			*parent;	/* [unit] */
	int			*p_year, *p_quarter;	/* [period] */
	int64_t			 pid[RB_YEARS][5];	/* [year-2000][q] */
	int			*g_year;	/* [programme] */
	int64_t			*g_dir;
	int64_t			*e_prog;	/* [effect] */
	int64_t			*f_eff, *f_owner, *f_budget; /* [perf] */
	struct rollup_ind	*ind;		/* [indicator]; id 0: none */
	struct rb_node		*n_prog, *n_eff; /* [id * 5 + q] */
	struct rb_node		*n_unit;	/* [unit * nper + period] */
	int64_t			*n_unit_ind;	/* [unit * RB_YEARS + y] */
};

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

/* Every indicator's metadata, and the indicator counts of every node. */
static int
rb_load_indicators(struct rb *b)
{
	sqlite3_stmt		*st;
	struct rollup_ind	*ind;
	int64_t			 id, eff, perf, u;
	int			 rc, q, y;

	if ((st = db_stmt(b->db, "SELECT id, coalesce(effect_id, 0), "
	    "coalesce(performance_id, 0), unit, direction, aggregation, "
	    "weight_name <> '', cumulative, decimals, tolerance_bp "
	    "FROM indicator")) == NULL)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		eff = sqlite3_column_int64(st, 1);
		perf = sqlite3_column_int64(st, 2);
		ind = &b->ind[id];
		rollup_store_ind_rule(ind,
		    (const char *)sqlite3_column_text(st, 3),
		    (const char *)sqlite3_column_text(st, 4),
		    (const char *)sqlite3_column_text(st, 5),
		    sqlite3_column_int(st, 6), sqlite3_column_int(st, 7),
		    sqlite3_column_int(st, 8), sqlite3_column_int(st, 9));
		ind->performance_id = perf;
		ind->effect_id = perf != 0 ? b->f_eff[perf] : eff;
		ind->programme_id = b->e_prog[ind->effect_id];
		ind->year = b->g_year[ind->programme_id];
		ind->owner_id = perf != 0 ? b->f_owner[perf] :
		    b->g_dir[ind->programme_id];
		if (ind->effect_id == 0 || ind->programme_id == 0)
			continue;	/* dangling: cannot happen with FKs */
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

/* Figures bucketed by indicator, then targets merged, rows written. */
static int
rb_indicators(struct rb *b)
{
	sqlite3_stmt		*st;
	struct rollup_fig	*fig = NULL, *f;
	struct rollup_tgt	*tgt = NULL;
	struct rollup_input	*scratch = NULL;
	struct rollup_row	 row;
	const struct rollup_ind	*ind;
	size_t			*start = NULL, nfig = 0, cap = 0, i, nt, tcap = 0,
				 maxn = 0, k;
	int64_t			 id, pid, minid = 0, maxid = 0;
	int64_t			*fi = NULL;
	int			 rc, q, ok = 0, tq, have_t = 0;
	int64_t			 t_ind = 0, t_unit = 0, t_val = 0;
	struct rollup_fig	*sorted = NULL;

	/* Figures in storage order; unit, indicator, quarter. */
	if ((st = db_stmt(b->db, "SELECT indicator_id, org_unit_id, "
	    "period_id, value, numerator, denominator, weight FROM figure")) == NULL)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (nfig == cap) {
			void *n1, *n2;

			cap = cap ? cap * 2 : 65536;
			n1 = reallocarray(fig, cap, sizeof(*fig));
			if (n1 != NULL)
				fig = n1;
			n2 = reallocarray(fi, cap, sizeof(*fi));
			if (n2 != NULL)
				fi = n2;
			if (n1 == NULL || n2 == NULL)
				goto oom;
		}
		id = sqlite3_column_int64(st, 0);
		pid = sqlite3_column_int64(st, 2);
		if (id < 1 || id > b->maxind || pid < 1 || pid > b->maxperiod ||
		    b->ind[id].id == 0 || b->p_year[pid] != b->ind[id].year)
			continue;	/* not a quarter of its year */
		f = &fig[nfig];
		f->unit = sqlite3_column_int64(st, 1);
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
		fi[nfig++] = id;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		goto out;
	/* Counting sort by indicator id. */
	if ((start = calloc((size_t)b->maxind + 2, sizeof(*start))) == NULL ||
	    (sorted = calloc(nfig + 1, sizeof(*sorted))) == NULL)
		goto oom;
	for (i = 0; i < nfig; i++)
		start[fi[i] + 1]++;
	for (id = 1; id <= b->maxind + 1; id++)
		start[id] += start[id - 1];
	for (i = 0; i < nfig; i++)
		sorted[start[fi[i]]++] = fig[i];
	/* start[id] now is the end of id's bucket; rebuild the starts. */
	for (id = b->maxind + 1; id > 0; id--)
		start[id] = start[id - 1];
	start[0] = 0;
	free(fig);
	fig = NULL;
	free(fi);
	fi = NULL;
	for (id = 1; id <= b->maxind; id++) {
		k = start[id + 1] - start[id];
		if (k > maxn)
			maxn = k;
		if (k > 0) {
			if (minid == 0)
				minid = id;
			maxid = id;
		}
	}
	if ((scratch = calloc(maxn + 1, sizeof(*scratch))) == NULL)
		goto oom;
	/* Targets in primary-key order, merged indicator by indicator. */
	if ((st = db_stmt(b->db, "SELECT indicator_id, org_unit_id, year, "
	    "quarter, value FROM target WHERE indicator_id BETWEEN ?1 AND ?2 "
	    "ORDER BY indicator_id")) == NULL)
		goto out;
	if (sqlite3_bind_int64(st, 1, minid) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, maxid) != SQLITE_OK)
		goto out;
	rc = SQLITE_DONE;
	if (minid > 0 && (rc = sqlite3_step(st)) == SQLITE_ROW)
		have_t = 1;
	for (id = minid; minid > 0 && id <= maxid; id++) {
		nt = 0;
		while (have_t && (t_ind = sqlite3_column_int64(st, 0)) <= id) {
			t_unit = sqlite3_column_int64(st, 1);
			tq = sqlite3_column_int(st, 3);
			t_val = sqlite3_column_int64(st, 4);
			if (t_ind == id &&
			    sqlite3_column_int(st, 2) == b->ind[id].year) {
				if (nt == tcap) {
					void *n = reallocarray(tgt, tcap ?
					    tcap * 2 : 64, sizeof(*tgt));

					if (n == NULL)
						goto oom;
					tgt = n;
					tcap = tcap ? tcap * 2 : 64;
				}
				tgt[nt].unit = t_unit;
				tgt[nt].quarter = tq;
				tgt[nt].value = t_val;
				nt++;
			}
			if ((rc = sqlite3_step(st)) != SQLITE_ROW)
				have_t = 0;
		}
		k = start[id + 1] - start[id];
		if (k == 0)
			continue;
		ind = &b->ind[id];
		for (q = 1; q <= 4; q++) {
			if ((pid = b->pid[ind->year - 2000][q]) == 0)
				continue;
			if (!rollup_calc(ind, &sorted[start[id]], k, tgt, nt, q,
			    scratch, &row)) {
				log_err("rollup: indicator %lld: out of range",
				    (long long)id);
				goto out;
			}
			if (row.units == 0)
				continue;
			if (!rollup_store_row_put(b->db, ind, pid, &row))
				goto out;
			rb_count(b, ind, q, pid, row.status);
		}
	}
	sqlite3_reset(st);
	if (have_t == 0 && rc != SQLITE_DONE && rc != SQLITE_ROW)
		goto out;
	ok = 1;
	goto out;
oom:
	log_err("rollup: rebuild: out of memory");
out:
	free(fig);
	free(fi);
	free(sorted);
	free(start);
	free(tgt);
	free(scratch);
	return ok;
}

/* Every cost row into its effect, programme and owning units. */
static int
rb_costs(struct rb *b)
{
	sqlite3_stmt	*st;
	struct finance	 part;
	int64_t		 perf, pid, eff, prog, u;
	int		 rc, q;

	if ((st = db_stmt(b->db, "SELECT performance_id, period_id, "
	    "budget_cents, realised_cents, forecast_cents FROM cost")) == NULL)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		perf = sqlite3_column_int64(st, 0);
		pid = sqlite3_column_int64(st, 1);
		if (perf < 1 || perf > b->maxperf || pid < 1 ||
		    pid > b->maxperiod || (eff = b->f_eff[perf]) == 0)
			continue;
		prog = b->e_prog[eff];
		q = b->p_quarter[pid];
		part = rollup_finance_part(sqlite3_column_int64(st, 2),
		    b->f_budget[perf], sqlite3_column_type(st, 3) != SQLITE_NULL,
		    sqlite3_column_int64(st, 3),
		    sqlite3_column_type(st, 4) != SQLITE_NULL,
		    sqlite3_column_int64(st, 4));
		/* Only the quarters of the programme's own year count. */
		if (b->p_year[pid] != b->g_year[prog] || q < 1 || q > 4)
			continue;
		if (rollup_finance_add(&b->n_eff[eff * 5 + q].f, &part) ||
		    rollup_finance_add(&b->n_prog[prog * 5 + q].f, &part))
			break;
		for (u = b->f_owner[perf]; u > 0; u = b->parent[u])
			if (rollup_finance_add(&b->n_unit[u *
			    (b->maxperiod + 1) + pid].f, &part))
				break;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		log_err("rollup: rebuild: costs out of range or unreadable");
	return rc == SQLITE_DONE;
}

static int
rb_write_nodes(struct rb *b)
{
	const struct rb_node	*n;
	int64_t			 id, pid;
	int			 q, y;

	for (id = 1; id <= b->maxprog; id++) {
		if ((y = b->g_year[id] - 2000) < 0 || y >= RB_YEARS)
			continue;
		for (q = 1; q <= 4; q++) {
			if ((pid = b->pid[y][q]) == 0)
				continue;
			n = &b->n_prog[id * 5 + q];
			if (!rollup_store_node_put(b->db, ROLLUP_PROGRAMME, id,
			    pid, n->n_ind, &n->c, &n->f))
				return 0;
		}
	}
	for (id = 1; id <= b->maxeff; id++) {
		if (b->e_prog[id] == 0 ||
		    (y = b->g_year[b->e_prog[id]] - 2000) < 0 || y >= RB_YEARS)
			continue;
		for (q = 1; q <= 4; q++) {
			if ((pid = b->pid[y][q]) == 0)
				continue;
			n = &b->n_eff[id * 5 + q];
			if (!rollup_store_node_put(b->db, ROLLUP_EFFECT, id, pid,
			    n->n_ind, &n->c, &n->f))
				return 0;
		}
	}
	for (id = 1; id <= b->maxunit; id++) {
		if (b->parent[id] < 0)
			continue;	/* no such unit */
		for (pid = 1; pid <= b->maxperiod; pid++) {
			if ((y = b->p_year[pid] - 2000) < 0 || y >= RB_YEARS)
				continue;
			n = &b->n_unit[id * (b->maxperiod + 1) + pid];
			if (!rollup_store_node_put(b->db, ROLLUP_UNIT, id, pid,
			    b->n_unit_ind[id * RB_YEARS + y], &n->c, &n->f))
				return 0;
		}
	}
	return 1;
}

/*
 * Recompute every materialised rollup from figures, targets and costs.
 * Joins the caller's transaction, or runs in its own.  Returns 1, or 0
 * (logged; nothing changed when it ran its own transaction).
 */
int
rollup_store_rebuild(struct db *db)
{
	struct rb	 b;
	int		 own = 0, ok = 0;

	memset(&b, 0, sizeof(b));
	b.db = db;
	if (sqlite3_get_autocommit(db->sql)) {
		if (!db_begin_immediate(db))
			return 0;
		own = 1;
	}
	/*
	 * Appending 800,000 rows is cheaper without the partial index; one
	 * CREATE INDEX afterwards sorts once.  A larger page cache keeps the
	 * B-tree pages being filled in memory.
	 */
	if (!db_exec(db, "PRAGMA cache_size = -65536") ||
	    !db_exec(db, "DROP INDEX IF EXISTS rollup_indicator_worst") ||
	    !db_exec(db, "DELETE FROM rollup_indicator") ||
	    !db_exec(db, "DELETE FROM rollup_node") ||
	    !rb_load_structure(&b) ||
	    !rb_load_indicators(&b) ||
	    !rb_indicators(&b) ||
	    !rb_costs(&b) ||
	    !rb_write_nodes(&b) ||
	    !db_exec(db, "CREATE INDEX rollup_indicator_worst ON "
	    "rollup_indicator(period_id, shortfall_bp) WHERE status >= 2"))
		goto out;
	if (own && !db_commit(db))
		goto out;
	own = 0;
	ok = 1;
out:
	if (own)
		db_rollback(db);
	(void)db_exec(db, "PRAGMA cache_size = -2000");
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
