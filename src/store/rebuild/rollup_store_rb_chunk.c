/*
 * rollup_store_rb_chunk.c: one chunk of indicators of the rollup rebuild
 * (src/rollup_store_rebuild.c).  The stored rows, the figures and the
 * targets of the chunk are read in key order on the reader's connection,
 * each in one go (src/rollup_store_rb_rows.c); rollup_calc() decides every
 * number as in the incremental hooks, and the rows that differ from the
 * stored ones become the chunk's writes, which only the main thread
 * carries out (rollup_store_rb_write).  What units report beyond what they
 * own (src/rollup_store_rb_unitrep.c) and the approval counts
 * (src/rollup_store_rb_approval.c) of the same figures are compared and
 * kept the same way.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "log.h"
#include "rollup_approval.h"
#include "rollup_store_rb.h"

/*
 * Where the indicators lo..hi hang (effect or performance, programme,
 * year, owner) and their rules: only for the ids that have figures, so
 * the budget years without figures are not read.  The indicator counts of
 * the nodes come from all indicators (rollup_store_rb_counts).  Which ids
 * exist and which are cumulative go into c->ikind (indexed from base, the
 * chunk's first id), placed or not: the approval counts take every figure
 * of an indicator.
 */
static int
rb_chunk_indicators(struct rb_worker *w, int64_t base, int64_t lo,
    int64_t hi)
{
	struct rb		*b = w->b;
	sqlite3_stmt		*st;
	struct rollup_ind	*ind;
	int64_t			 id, eff, perf;
	int			 rc, y;

	if ((st = db_stmt(w->db, "SELECT id, effect_id, performance_id, "
	    "unit, direction, aggregation, weight_name <> '', cumulative, "
	    "decimals, tolerance_bp FROM indicator "
	    "WHERE id BETWEEN ?1 AND ?2")) == NULL ||
	    sqlite3_bind_int64(st, 1, lo) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, hi) != SQLITE_OK)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		eff = sqlite3_column_int64(st, 1);	/* NULL: 0 */
		perf = sqlite3_column_int64(st, 2);
		if (id < lo || id > hi || id > b->maxind)
			continue;
		w->c.ikind[id - base] = sqlite3_column_int(st, 7) == 1 ?
		    RB_IND_CUMULATIVE : RB_IND_PLAIN;
		ind = &b->ind[id];
		memset(ind, 0, sizeof(*ind));
		if (!rollup_store_rb_place(b, eff, perf, ind) ||
		    (y = ind->year - 2000) < 0 || y >= RB_YEARS)
			continue;
		ind->id = id;
		rollup_store_ind_rule(ind,
		    (const char *)sqlite3_column_text(st, 3),
		    (const char *)sqlite3_column_text(st, 4),
		    (const char *)sqlite3_column_text(st, 5),
		    sqlite3_column_int(st, 6), sqlite3_column_int(st, 7),
		    sqlite3_column_int(st, 8), sqlite3_column_int(st, 9));
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE;
}

/* The stored rows are read as rows of integers straight into irows. */
_Static_assert(sizeof(struct rollup_irow) ==
    ROLLUP_IROW_COLS * sizeof(int64_t), "rollup_irow: integers only");

/* Columns of the targets as read (rb_rows); the figures: RF_*. */
enum { RT_IND, RT_UNIT, RT_YEAR, RT_QUARTER, RT_VALUE, RT_NCOL };

/*
 * The indicators lo..hi, their stored rows, figures and targets, in key
 * order, each read in one go (src/rollup_store_rb_rows.c).  The figures
 * come from the covering index figure_rollup (migrations/0002-rollup.sql),
 * already grouped by indicator.  Only the quarters of the indicator's own
 * year count; quarter 0 (the year target) is skipped: rollup_calc()
 * judges quarters.
 */
static int
rb_chunk_read(struct rb_worker *w, int64_t lo, int64_t hi)
{
	struct rb		*b = w->b;
	struct rb_chunk		*c = &w->c;
	struct rollup_fig	*f;
	const int64_t		*r;
	int64_t			 id, pid, m;
	size_t			 k;

	c->nnow = c->ntgt = c->nfig = 0;
	c->old.ncol = ROLLUP_IROW_COLS;
	c->fraw.ncol = RF_NCOL;
	c->fraw.nulls = 1;
	c->traw.ncol = RT_NCOL;
	memset(c->fstart, 0, (size_t)(b->chunk + 1) * sizeof(*c->fstart));
	memset(c->tstart, 0, (size_t)(b->chunk + 1) * sizeof(*c->tstart));
	memset(c->ikind, 0, (size_t)b->chunk);
	if (!rollup_store_rb_rows_read(w->db, "SELECT rb_rows(?3, "
	    "indicator_id, period_id, has_value, value, units, has_target, "
	    "target, status, shortfall_bp) FROM rollup_indicator "
	    "WHERE indicator_id BETWEEN ?1 AND ?2", lo, hi, &c->old) ||
	    !rollup_store_rb_rows_read(w->db, "SELECT rb_rows(?3, "
	    "indicator_id, period_id, org_unit_id, value, numerator, "
	    "denominator, weight) FROM figure "
	    "WHERE indicator_id BETWEEN ?1 AND ?2", lo, hi, &c->fraw))
		return 0;
	/* Key order: the stored rows by key, the figures by indicator. */
	rollup_store_rb_rows_order(&c->old, 2);
	rollup_store_rb_rows_order(&c->fraw, 1);
	/*
	 * Indicators, targets and rules only where there are figures: the
	 * later budget years have them but no figures yet, and no figures
	 * means no rows.
	 */
	if (c->fraw.n == 0)
		return 1;
	r = c->fraw.v;
	if (!rb_chunk_indicators(w, lo, r[RF_IND],
	    r[(c->fraw.n - 1) * (RF_NCOL + 1) + RF_IND]))
		return 0;
	/* The figures of the quarters of their indicator's year. */
	if (!rollup_store_rb_grow(&c->fig, &c->figcap, c->fraw.n,
	    sizeof(*c->fig)))
		goto oom;
	for (k = 0; k < c->fraw.n; k++, r += RF_NCOL + 1) {
		id = r[RF_IND];
		pid = r[RF_PERIOD];
		if (id < lo || id > hi || id > b->maxind || b->ind[id].id == 0 ||
		    pid < 1 || pid > b->maxperiod ||
		    b->p_year[pid] != b->ind[id].year)
			continue;
		m = r[RF_NCOL];		/* the NULL mask */
		f = &c->fig[c->nfig++];
		c->fstart[id - lo + 1]++;
		memset(f, 0, sizeof(*f));
		f->unit = r[RF_UNIT];
		f->in.period_index = b->p_quarter[pid];
		if (!(m & (1 << RF_VALUE))) {
			f->in.has_value = 1;
			f->in.value = r[RF_VALUE];
		}
		if (!(m & (1 << RF_NUM | 1 << RF_DEN))) {
			f->in.has_ratio = 1;
			f->in.numerator = r[RF_NUM];
			f->in.denominator = r[RF_DEN];
		}
		f->in.weight = r[RF_WEIGHT];	/* NULL: 0 */
	}
	for (k = 1; k <= (size_t)b->chunk; k++)
		c->fstart[k] += c->fstart[k - 1];
	r = c->fraw.v;
	if (!rollup_store_rb_rows_read(w->db, "SELECT rb_rows(?3, "
	    "indicator_id, org_unit_id, year, quarter, value) FROM target "
	    "WHERE indicator_id BETWEEN ?1 AND ?2 AND quarter > 0", r[RF_IND],
	    r[(c->fraw.n - 1) * (RF_NCOL + 1) + RF_IND], &c->traw))
		return 0;
	rollup_store_rb_rows_order(&c->traw, 1);
	if (!rollup_store_rb_grow(&c->tgt, &c->tgtcap, c->traw.n,
	    sizeof(*c->tgt)))
		goto oom;
	for (k = 0, r = c->traw.v; k < c->traw.n; k++, r += RT_NCOL) {
		id = r[RT_IND];
		if (id < lo || id > hi || id > b->maxind ||
		    r[RT_YEAR] != b->ind[id].year)
			continue;
		c->tgt[c->ntgt].unit = r[RT_UNIT];
		c->tgt[c->ntgt].quarter = (int)r[RT_QUARTER];
		c->tgt[c->ntgt].value = r[RT_VALUE];
		c->ntgt++;
		c->tstart[id - lo + 1]++;
	}
	for (k = 1; k <= (size_t)b->chunk; k++)
		c->tstart[k] += c->tstart[k - 1];
	return 1;
oom:
	log_err("rollup: rebuild: out of memory");
	return 0;
}

/* Count one indicator-period status into the reader's node counts. */
static void
rb_count(struct rb_worker *w, const struct rollup_ind *ind, int q,
    int64_t pid, enum status s)
{
	struct rb	*b = w->b;
	int64_t		 u;

	if (s == STATUS_NO_DATA)
		return;
	w->cprog[ind->programme_id * 5 + q].n[s]++;
	w->ceff[ind->effect_id * 5 + q].n[s]++;
	for (u = ind->owner_id; u > 0; u = b->parent[u])
		w->cunit[u * (b->maxperiod + 1) + pid].n[s]++;
}

static int
rb_op_add(struct rb_task *t, const struct rollup_irow *r, int del)
{
	if (!rollup_store_rb_grow(&t->ops, &t->opcap, t->nops + 1,
	    sizeof(*t->ops)))
		return 0;
	t->ops[t->nops].row = *r;
	t->ops[t->nops].del = del;
	t->nops++;
	return 1;
}

/* The writes that turn the stored rows into the new ones, in key order. */
static int
rb_chunk_diff(const struct rb_chunk *c, struct rb_task *t)
{
	const struct rollup_irow	*old = c->old.v, *o, *n;
	size_t				 i = 0, j = 0;
	int				 cmp;

	while (i < c->old.n || j < c->nnow) {
		o = i < c->old.n ? &old[i] : NULL;
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
			if (!rb_op_add(t, o, 1))
				return 0;
			i++;
		} else if (cmp > 0) {	/* new */
			if (!rb_op_add(t, n, 0))
				return 0;
			j++;
		} else {
			if (memcmp(o, n, sizeof(*o)) != 0 && !rb_op_add(t, n, 0))
				return 0;
			i++;
			j++;
		}
	}
	return 1;
}

/*
 * Indicators lo..hi on w's connection: read the stored rows and the
 * targets, compute the quarters from the figures, count their statuses
 * into w, and leave in t the writes that make the stored rows equal the
 * computed ones (none when the hooks kept the store current).  Returns 1,
 * or 0 (logged).
 */
int
rollup_store_rb_chunk(struct rb_worker *w, int64_t lo, int64_t hi,
    struct rb_task *t)
{
	struct rb		*b = w->b;
	struct rb_chunk		*c = &w->c;
	struct rollup_row	 row;
	struct rollup_irow	 tmp;
	const struct rollup_ind	*ind;
	size_t			 k, f0, t0, a, z;
	int64_t			 id, pid;
	int			 q;

	if (c->tstart == NULL &&
	    ((c->tstart = calloc((size_t)b->chunk + 1, sizeof(*c->tstart))) == NULL ||
	    (c->fstart = calloc((size_t)b->chunk + 1, sizeof(*c->fstart))) == NULL ||
	    (c->ikind = calloc((size_t)b->chunk, 1)) == NULL ||
	    (c->urep = calloc((size_t)b->chunk, 1)) == NULL))
		goto oom;
	if (!rb_chunk_read(w, lo, hi)) {
		log_err("rollup: rebuild: %s", db_errmsg(w->db));
		return 0;
	}
	for (id = lo; id <= hi; id++) {
		f0 = c->fstart[id - lo];
		if ((k = c->fstart[id - lo + 1] - f0) == 0)
			continue;
		if (!rollup_store_rb_grow(&c->scratch, &c->scap, k,
		    sizeof(*c->scratch)))
			goto oom;
		ind = &b->ind[id];
		t0 = c->tstart[id - lo];
		a = c->nnow;
		for (q = 1; q <= 4; q++) {
			if ((pid = b->pid[ind->year - 2000][q]) == 0)
				continue;
			if (!rollup_calc(ind, &c->fig[f0], k, &c->tgt[t0],
			    c->tstart[id - lo + 1] - t0, q, c->scratch, &row)) {
				log_err("rollup: indicator %lld: out of range",
				    (long long)id);
				return 0;
			}
			if (row.units == 0)
				continue;
			if (!rollup_store_rb_grow(&c->now, &c->nowcap,
			    c->nnow + 1, sizeof(*c->now)))
				goto oom;
			rollup_store_irow(ind, pid, &row, &c->now[c->nnow++]);
			rb_count(w, ind, q, pid, row.status);
		}
		/* Key order: the quarters' period ids ascending. */
		for (z = a + 1; z < c->nnow; z++)
			for (k = z; k > a && c->now[k - 1].period_id >
			    c->now[k].period_id; k--) {
				tmp = c->now[k];
				c->now[k] = c->now[k - 1];
				c->now[k - 1] = tmp;
			}
	}
	if (!rb_chunk_diff(c, t))
		goto oom;
	/* What units report beyond what they own, and the approval counts,
	 * of the same figures. */
	return rollup_store_rb_unitrep(w, lo, hi, t) &&
	    rollup_store_rb_approval(w, lo, hi, t);
oom:
	log_err("rollup: rebuild: out of memory");
	return 0;
}

/* Free the buffers of a chunk reader.  Accepts a zeroed one. */
void
rollup_store_rb_chunk_free(struct rb_chunk *c)
{
	free(c->old.v);
	free(c->fraw.v);
	free(c->traw.v);
	free(c->now);
	free(c->tgt);
	free(c->tstart);
	free(c->fig);
	free(c->fstart);
	free(c->scratch);
	free(c->ikind);
	free(c->urep);
	rollup_store_rb_approval_free(c);
	memset(c, 0, sizeof(*c));
}

/*
 * Carry out the writes of a finished chunk task on the rebuild's own
 * connection (main thread only), count them, and free them.  1, or 0.
 */
int
rollup_store_rb_write(struct rb *b, struct rb_task *t)
{
	const struct rb_op	*op;
	const struct rb_aop	*ao;
	const struct rb_rop	*ro;
	size_t			 i;
	int			 ok = 1;

	for (i = 0; i < t->nops && ok; i++) {
		op = &t->ops[i];
		ok = op->del ? rollup_store_irow_delete(b->db,
		    op->row.indicator_id, op->row.period_id) :
		    rollup_store_irow_put(b->db, &op->row);
		b->changed++;
	}
	for (i = 0; i < t->naops && ok; i++) {
		ao = &t->aops[i];
		ok = ao->del ? rollup_approval_delete(b->db,
		    ao->row.indicator_id, ao->row.period_id) :
		    rollup_approval_put(b->db, ao->row.indicator_id,
		    ao->row.period_id, ao->row.n_figures, ao->row.n_unapproved);
		b->changed++;
	}
	for (i = 0; i < t->nrops && ok; i++) {
		ro = &t->rops[i];
		ok = rollup_unit_rep_write(b->db, ro->indicator_id, &ro->mv, 1);
		b->changed++;
	}
	free(t->ops);
	t->ops = NULL;
	t->nops = t->opcap = 0;
	free(t->rops);
	t->rops = NULL;
	t->nrops = t->ropcap = 0;
	free(t->aops);
	t->aops = NULL;
	t->naops = t->aopcap = 0;
	return ok;
}
