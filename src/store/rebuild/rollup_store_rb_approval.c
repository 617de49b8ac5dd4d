/*
 * rollup_store_rb_approval.c: the approval counts of one chunk of
 * indicators in the rollup rebuild (src/rollup_store_rebuild.c;
 * migrations/0007-rollup-approval.sql, docs/rollup-rules.md "Approval").
 *
 * The chunk has read its figures already (src/rollup_store_rb_chunk.c),
 * every one of them, grouped by indicator.  A figure is approved when the
 * submission of its unit and period is (b->approved, read once).  Per
 * indicator and period with figures of its own, the row counts the
 * period's figures, and for a cumulative indicator those of the earlier
 * quarters of its year too, and how many of them are not approved: what
 * RA_INSERT of src/rollup_approval.c counts for the hooks.  The stored
 * rows of the chunk are read in the table's key order (period, indicator)
 * and only the rows that differ become writes, which the main thread
 * carries out with the chunk's other writes (rollup_store_rb_write).
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "log.h"
#include "rollup_store_rb.h"

/* The stored rows are read as rows of integers straight into arows. */
_Static_assert(sizeof(struct rb_arow) == RB_AROW_COLS * sizeof(int64_t),
    "rb_arow: integers only");

/*
 * The stored rows of the chunk, in key order: the periods one by one
 * (rowid order of period), each a range of the primary key.  Rows of a
 * period that is gone are removed before the chunks
 * (rollup_store_rebuild.c).
 */
static const char rb_sql_approval_old[] =
	"SELECT rb_rows(?3, period_id, indicator_id, n_figures, n_unapproved) "
	"FROM rollup_approval WHERE period_id IN (SELECT id FROM period) "
	"AND indicator_id BETWEEN ?1 AND ?2";

static int
rb_aop_add(struct rb_task *t, const struct rb_arow *r, int del)
{
	if (!rollup_store_rb_grow(&t->aops, &t->aopcap, t->naops + 1,
	    sizeof(*t->aops)))
		return 0;
	t->aops[t->naops].row = *r;
	t->aops[t->naops].del = del;
	t->naops++;
	return 1;
}

/* Whether the submission of unit in period pid is approved. */
static int
rb_approved(const struct rb *b, int64_t unit, int64_t pid)
{
	return unit >= 0 && unit <= b->maxsubunit &&
	    b->approved[unit * (b->maxperiod + 1) + pid];
}

/*
 * The rows of indicator id from its figures r[0..n): per period of its
 * own figures, appended to c->anow (periods in the order first seen).
 * 1, or 0 (no memory).
 */
static int
rb_approval_indicator(struct rb *b, struct rb_chunk *c, int64_t id,
    int cumulative, const int64_t *r, size_t n)
{
	struct rb_arow	*a;
	int64_t		 pid, p, q;
	size_t		 k, nt = 0, i, j;

	for (k = 0; k < n; k++, r += RF_NCOL + 1) {
		pid = r[RF_PERIOD];
		if (pid < 1 || pid > b->maxperiod || b->p_quarter[pid] == 0)
			continue;	/* no such period: not counted */
		if (c->pn[pid]++ == 0)
			c->touched[nt++] = pid;
		if (!rb_approved(b, r[RF_UNIT], pid))
			c->pu[pid]++;
	}
	if (!rollup_store_rb_grow(&c->anow, &c->anowcap, c->nanow + nt,
	    sizeof(*c->anow)))
		return 0;
	for (i = 0; i < nt; i++) {
		p = c->touched[i];
		a = &c->anow[c->nanow++];
		a->period_id = p;
		a->indicator_id = id;
		a->n_figures = c->pn[p];
		a->n_unapproved = c->pu[p];
		if (!cumulative)
			continue;
		/* Year to date: the earlier quarters of the same year. */
		for (j = 0; j < nt; j++) {
			q = c->touched[j];
			if (b->p_year[q] == b->p_year[p] &&
			    b->p_quarter[q] < b->p_quarter[p]) {
				a->n_figures += c->pn[q];
				a->n_unapproved += c->pu[q];
			}
		}
	}
	for (i = 0; i < nt; i++)
		c->pn[c->touched[i]] = c->pu[c->touched[i]] = 0;
	return 1;
}

/*
 * The new rows of the chunk in key order (period, indicator): counted per
 * indicator, then placed by period (a counting sort: the order of the
 * indicators within a period stays ascending).
 */
static int
rb_approval_new(struct rb *b, struct rb_chunk *c, int64_t lo, int64_t hi)
{
	const int64_t	*r = c->fraw.v, *s;
	int64_t		 id;
	size_t		 k, e, p;

	c->nanow = 0;
	for (k = 0; k < c->fraw.n; k = e) {
		s = r + k * (RF_NCOL + 1);
		id = s[RF_IND];
		for (e = k + 1; e < c->fraw.n &&
		    r[e * (RF_NCOL + 1) + RF_IND] == id; e++)
			;
		if (id < lo || id > hi || c->ikind[id - lo] == RB_IND_NONE)
			continue;	/* no such indicator: not counted */
		if (!rb_approval_indicator(b, c, id,
		    c->ikind[id - lo] == RB_IND_CUMULATIVE, s, e - k))
			return 0;
	}
	if (!rollup_store_rb_grow(&c->asort, &c->asortcap, c->nanow,
	    sizeof(*c->asort)))
		return 0;
	memset(c->pstart, 0, (size_t)(b->maxperiod + 2) * sizeof(*c->pstart));
	for (k = 0; k < c->nanow; k++)
		c->pstart[c->anow[k].period_id + 1]++;
	for (p = 1; p <= (size_t)b->maxperiod + 1; p++)
		c->pstart[p] += c->pstart[p - 1];
	for (k = 0; k < c->nanow; k++)
		c->asort[c->pstart[c->anow[k].period_id]++] = c->anow[k];
	return 1;
}

/* The writes that turn the stored rows into the new ones, in key order. */
static int
rb_approval_diff(const struct rb_chunk *c, struct rb_task *t)
{
	const struct rb_arow	*old = c->aold.v, *o, *n;
	size_t			 i = 0, j = 0;
	int			 cmp;

	while (i < c->aold.n || j < c->nanow) {
		o = i < c->aold.n ? &old[i] : NULL;
		n = j < c->nanow ? &c->asort[j] : NULL;
		if (o == NULL)
			cmp = 1;
		else if (n == NULL)
			cmp = -1;
		else if (o->period_id != n->period_id)
			cmp = o->period_id < n->period_id ? -1 : 1;
		else if (o->indicator_id != n->indicator_id)
			cmp = o->indicator_id < n->indicator_id ? -1 : 1;
		else
			cmp = 0;
		if (cmp < 0) {		/* stored, no longer there */
			if (!rb_aop_add(t, o, 1))
				return 0;
			i++;
		} else if (cmp > 0) {	/* new */
			if (!rb_aop_add(t, n, 0))
				return 0;
			j++;
		} else {
			if (memcmp(o, n, sizeof(*o)) != 0 && !rb_aop_add(t, n, 0))
				return 0;
			i++;
			j++;
		}
	}
	return 1;
}

/*
 * The approval counts of indicators lo..hi, whose figures and kinds
 * rollup_store_rb_chunk() has just read on w's connection: read the stored
 * rows and add to t the writes that make them equal the counted ones.
 * Returns 1, or 0 (logged).
 */
int
rollup_store_rb_approval(struct rb_worker *w, int64_t lo, int64_t hi,
    struct rb_task *t)
{
	struct rb	*b = w->b;
	struct rb_chunk	*c = &w->c;
	size_t		 np = (size_t)b->maxperiod + 2;

	if (c->pn == NULL &&
	    ((c->pn = calloc(np, sizeof(*c->pn))) == NULL ||
	    (c->pu = calloc(np, sizeof(*c->pu))) == NULL ||
	    (c->touched = calloc(np, sizeof(*c->touched))) == NULL ||
	    (c->pstart = calloc(np, sizeof(*c->pstart))) == NULL))
		goto oom;
	c->aold.ncol = RB_AROW_COLS;
	if (!rollup_store_rb_rows_read(w->db, rb_sql_approval_old, lo, hi,
	    &c->aold))
		return 0;
	rollup_store_rb_rows_order(&c->aold, 2);
	if (!rb_approval_new(b, c, lo, hi) || !rb_approval_diff(c, t))
		goto oom;
	return 1;
oom:
	log_err("rollup: rebuild: out of memory");
	return 0;
}

/* Free the approval buffers of a chunk reader.  Accepts a zeroed one. */
void
rollup_store_rb_approval_free(struct rb_chunk *c)
{
	free(c->aold.v);
	free(c->anow);
	free(c->asort);
	free(c->pn);
	free(c->pu);
	free(c->touched);
	free(c->pstart);
	c->aold.v = NULL;
	c->anow = c->asort = NULL;
	c->pn = c->pu = c->touched = NULL;
	c->pstart = NULL;
}
