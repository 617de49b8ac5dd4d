/*
 * rollup_store_rb.c: the finance and node part of the rollup rebuild
 * (src/rollup_store_rebuild.c): every cost row into its effect, programme
 * and owning units, then the node rows compared with the stored ones and
 * only the differing ones written.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "log.h"
#include "rollup_store_rb.h"

/* Grow the array *v (*cap elements of sz bytes) to hold n.  0: no memory. */
int
rollup_store_rb_grow(void *v, size_t *cap, size_t n, size_t sz)
{
	void	*nv;
	size_t	 c = *cap ? *cap : 1024;

	if (n <= *cap)
		return 1;
	while (c < n)
		c *= 2;
	if ((nv = reallocarray(*(void **)v, c, sz)) == NULL)
		return 0;
	*(void **)v = nv;
	*cap = c;
	return 1;
}

/*
 * Every cost line into its effect, programme and owning units, read on db
 * (the rebuild's connection or a reader's): every performance in every
 * quarter of its programme's year, with its cost row when there is one (a
 * line without has not reported; its year budget still counts, as in
 * rs_sql_fin_effect of rollup_store.c).  Only this task touches the
 * finance of the nodes.  1, or 0 (logged).
 */
int
rollup_store_rb_costs(struct rb *b, struct db *db)
{
	sqlite3_stmt	*st;
	struct finance	 part;
	int64_t		 perf, pid, eff, prog, u;
	int		 rc, q;

	if ((st = db_stmt(db, "SELECT pf.id, p.id, "
	    "coalesce(c.budget_cents, 0), c.realised_cents, c.forecast_cents "
	    "FROM performance pf JOIN effect e ON e.id = pf.effect_id "
	    "JOIN programme g ON g.id = e.programme_id "
	    "JOIN period p ON p.year = g.year LEFT JOIN cost c "
	    "ON c.performance_id = pf.id AND c.period_id = p.id")) == NULL)
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

/*
 * Where an indicator of effect_id or of performance_id (the other 0)
 * hangs: its effect, programme, year and owner, into ind.  Returns 1, or
 * 0 when it hangs nowhere (dangling: cannot happen with foreign keys).
 */
int
rollup_store_rb_place(const struct rb *b, int64_t effect_id,
    int64_t performance_id, struct rollup_ind *ind)
{
	if (effect_id > 0 && effect_id <= b->maxeff) {
		ind->performance_id = 0;
		ind->effect_id = effect_id;
		ind->programme_id = b->e_prog[effect_id];
		ind->owner_id = b->g_dir[ind->programme_id];
	} else if (effect_id <= 0 && performance_id > 0 &&
	    performance_id <= b->maxperf) {
		ind->performance_id = performance_id;
		ind->effect_id = b->f_eff[performance_id];
		ind->programme_id = b->e_prog[ind->effect_id];
		ind->owner_id = b->f_owner[performance_id];
	} else
		return 0;
	ind->year = b->g_year[ind->programme_id];
	return ind->effect_id != 0 && ind->programme_id != 0;
}

/*
 * The number of indicators under every node, of every budget year, read
 * on db from the two narrow indexes on indicator.  Only this task touches
 * the nodes' indicator counts.  1, or 0 (logged).
 */
int
rollup_store_rb_counts(struct rb *b, struct db *db)
{
	static const char *const sql[2] = {
		"SELECT effect_id FROM indicator WHERE effect_id > 0",
		"SELECT performance_id FROM indicator WHERE performance_id > 0",
	};
	sqlite3_stmt		*st;
	struct rollup_ind	 ind;
	int64_t			 ref, u;
	int			 rc = SQLITE_DONE, q, y, k;

	for (k = 0; k < 2 && rc == SQLITE_DONE; k++) {
		if ((st = db_stmt(db, sql[k])) == NULL)
			return 0;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			ref = sqlite3_column_int64(st, 0);
			if (!rollup_store_rb_place(b, k == 0 ? ref : 0,
			    k == 1 ? ref : 0, &ind) ||
			    (y = ind.year - 2000) < 0 || y >= RB_YEARS)
				continue;
			for (q = 1; q <= 4; q++) {
				b->n_prog[ind.programme_id * 5 + q].n_ind++;
				b->n_eff[ind.effect_id * 5 + q].n_ind++;
			}
			for (u = ind.owner_id; u > 0; u = b->parent[u])
				b->n_unit_ind[u * RB_YEARS + y]++;
		}
		sqlite3_reset(st);
	}
	if (rc != SQLITE_DONE)
		log_err("rollup: rebuild: indicators: %s", db_errmsg(db));
	return rc == SQLITE_DONE;
}

/* One rollup_node row as stored, columns in table order; all int64. */
struct rb_nrow {
	int64_t	kind, node_id, period_id, n_ind, on, risk, off, budget,
		year_budget, n_parts, n_realised, realised, budget_realised,
		n_forecast, forecast, year_budget_forecast;
};
#define RB_NROW_COLS	16

struct rb_nodes {
	struct rb_nrow	*v;
	size_t		 n, cap;
};

static int
rb_node_add(struct rb_nodes *l, int kind, int64_t id, int64_t pid,
    int64_t n_ind, const struct rb_node *n)
{
	struct rb_nrow	*r;

	if (!rollup_store_rb_grow(&l->v, &l->cap, l->n + 1, sizeof(*l->v)))
		return 0;
	r = &l->v[l->n++];
	r->kind = kind;
	r->node_id = id;
	r->period_id = pid;
	r->n_ind = n_ind;
	r->on = (int64_t)n->c.n[STATUS_ON_TRACK];
	r->risk = (int64_t)n->c.n[STATUS_AT_RISK];
	r->off = (int64_t)n->c.n[STATUS_OFF_TRACK];
	r->budget = n->f.budget;
	r->year_budget = n->f.year_budget;
	r->n_parts = (int64_t)n->f.n;
	r->n_realised = (int64_t)n->f.n_realised;
	r->realised = n->f.realised;
	r->budget_realised = n->f.budget_realised;
	r->n_forecast = (int64_t)n->f.n_forecast;
	r->forecast = n->f.forecast;
	r->year_budget_forecast = n->f.year_budget_forecast;
	return 1;
}

static int
rb_nrow_cmp(const void *a, const void *b)
{
	const struct rb_nrow	*x = a, *y = b;

	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if (x->node_id != y->node_id)
		return x->node_id < y->node_id ? -1 : 1;
	if (x->period_id != y->period_id)
		return x->period_id < y->period_id ? -1 : 1;
	return 0;
}

static int
rb_nrow_put(struct db *db, const struct rb_nrow *r)
{
	struct status_counts	c;
	struct finance		f;

	memset(&c, 0, sizeof(c));
	memset(&f, 0, sizeof(f));
	c.n[STATUS_ON_TRACK] = (size_t)r->on;
	c.n[STATUS_AT_RISK] = (size_t)r->risk;
	c.n[STATUS_OFF_TRACK] = (size_t)r->off;
	f.budget = r->budget;
	f.year_budget = r->year_budget;
	f.n = (size_t)r->n_parts;
	f.n_realised = (size_t)r->n_realised;
	f.realised = r->realised;
	f.budget_realised = r->budget_realised;
	f.n_forecast = (size_t)r->n_forecast;
	f.forecast = r->forecast;
	f.year_budget_forecast = r->year_budget_forecast;
	return rollup_store_node_put(db, (int)r->kind, r->node_id,
	    r->period_id, r->n_ind, &c, &f);
}

static int
rb_nrow_delete(struct db *db, const struct rb_nrow *r)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((st = db_stmt(db, "DELETE FROM rollup_node WHERE kind = ?1 AND "
	    "node_id = ?2 AND period_id = ?3")) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, r->kind);
	rc |= sqlite3_bind_int64(st, 2, r->node_id);
	rc |= sqlite3_bind_int64(st, 3, r->period_id);
	if (rc != SQLITE_OK)
		return 0;
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE;
}

/*
 * Add what the units' subtrees report beyond what they own
 * (rollup_unit_reported, just rebuilt) to the units' counts.  1, or 0.
 */
int
rollup_store_rb_reported(struct rb *b)
{
	struct rb_node	*n;
	sqlite3_stmt	*st;
	int64_t		 unit, pid;
	int		 rc, s;

	/* In key order: no sort. */
	if ((st = db_stmt(b->db, "SELECT unit_id, period_id, count(*), "
	    "sum(status = 1), sum(status = 2), sum(status = 3) "
	    "FROM rollup_unit_reported GROUP BY unit_id, period_id")) == NULL)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		unit = sqlite3_column_int64(st, 0);
		pid = sqlite3_column_int64(st, 1);
		if (unit < 1 || unit > b->maxunit || pid < 1 ||
		    pid > b->maxperiod)
			continue;
		n = &b->n_unit[unit * (b->maxperiod + 1) + pid];
		n->n_ind += sqlite3_column_int64(st, 2);
		for (s = STATUS_ON_TRACK; s <= STATUS_OFF_TRACK; s++)
			n->c.n[s] += (size_t)sqlite3_column_int64(st,
			    2 + s - STATUS_NO_DATA);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		log_err("rollup: rebuild: reported: %s", db_errmsg(b->db));
	return rc == SQLITE_DONE;
}

/* The new node rows, sorted by key. */
static int
rb_nodes_new(struct rb *b, struct rb_nodes *l)
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
			if (!rb_node_add(l, ROLLUP_PROGRAMME, id, pid, n->n_ind, n))
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
			if (!rb_node_add(l, ROLLUP_EFFECT, id, pid, n->n_ind, n))
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
			if (!rb_node_add(l, ROLLUP_UNIT, id, pid,
			    b->n_unit_ind[id * RB_YEARS + y] + n->n_ind, n))
				return 0;
		}
	}
	if (l->n > 0)		/* no rows, no array: qsort wants one */
		qsort(l->v, l->n, sizeof(*l->v), rb_nrow_cmp);
	return 1;
}

/*
 * Write the node rows (programme, effect, org unit in a period) that
 * differ from the stored ones; *changed counts them.  1, or 0 (logged).
 */
int
rollup_store_rb_nodes(struct rb *b, int64_t *changed)
{
	struct rb_nodes		 now, old;
	sqlite3_stmt		*st;
	const struct rb_nrow	*o, *n;
	int64_t			*col;
	size_t			 i = 0, j = 0;
	int			 rc, c, ok = 0;

	memset(&now, 0, sizeof(now));
	memset(&old, 0, sizeof(old));
	if (!rb_nodes_new(b, &now) || (st = db_stmt(b->db, "SELECT kind, "
	    "node_id, period_id, n_indicators, n_on_track, n_at_risk, "
	    "n_off_track, budget, year_budget, n_parts, n_realised, realised, "
	    "budget_realised, n_forecast, forecast, year_budget_forecast "
	    "FROM rollup_node ORDER BY kind, node_id, period_id")) == NULL)
		goto out;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!rollup_store_rb_grow(&old.v, &old.cap, old.n + 1, sizeof(*old.v))) {
			sqlite3_reset(st);
			goto out;
		}
		col = &old.v[old.n++].kind;
		for (c = 0; c < RB_NROW_COLS; c++)
			col[c] = sqlite3_column_int64(st, c);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		goto out;
	while (i < old.n || j < now.n) {
		o = i < old.n ? &old.v[i] : NULL;
		n = j < now.n ? &now.v[j] : NULL;
		c = o == NULL ? 1 : n == NULL ? -1 : rb_nrow_cmp(o, n);
		if (c < 0 && !rb_nrow_delete(b->db, o))
			goto out;
		if (c > 0 && !rb_nrow_put(b->db, n))
			goto out;
		if (c == 0 && memcmp(o, n, sizeof(*o)) != 0 &&
		    !rb_nrow_put(b->db, n))
			goto out;
		if (c != 0 || memcmp(o, n, sizeof(*o)) != 0)
			(*changed)++;
		if (c <= 0)
			i++;
		if (c >= 0)
			j++;
	}
	ok = 1;
out:
	if (!ok)
		log_err("rollup: rebuild: nodes: %s", db_errmsg(b->db));
	free(now.v);
	free(old.v);
	return ok;
}
