/*
 * rollup_unit_rep.c: what an org unit's units report beyond what it
 * answers for (migrations/0009-rollup-unit-reported.sql).  A unit's
 * scorecard counts every indicator it owns (through its performances and
 * its programmes' effects) at the indicator's overall status, and every
 * other indicator that a unit in its subtree reports, rolled up by the
 * same rollup_calc() over the subtree's own figures and targets: what the
 * drill-down page shows on the unit's row.  The figure hook
 * (rollup_store.c) diffs and writes the rows of one indicator and moves
 * the units' counts; the rebuild diffs the indicators chunk by chunk on
 * its threads (src/store/rebuild/rollup_store_rb_unitrep.c), writes the
 * rows and adds them to the units' counts.  Both compute with
 * rollup_unit_rep_diff.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "log.h"
#include "rollup_store.h"
#include "rollup_unit_rep.h"

#define RR_MAXANC	32	/* depth of the org tree */
#define RR_MAXUNITS	512	/* reporting units of one indicator */
#define RR_MAXROWS	4096	/* rows of one indicator */

static const char rr_sql_ancestors[] =
	"SELECT ancestor_id FROM org_unit_tree WHERE descendant_id = ?1";
static const char rr_sql_old[] =
	"SELECT unit_id, period_id, status FROM rollup_unit_reported "
	"WHERE indicator_id = ?1";
static const char rr_sql_put[] =
	"INSERT OR REPLACE INTO rollup_unit_reported(unit_id, period_id, "
	"indicator_id, status) VALUES (?1, ?2, ?3, ?4)";
static const char rr_sql_delete[] =
	"DELETE FROM rollup_unit_reported WHERE unit_id = ?1 "
	"AND period_id = ?2 AND indicator_id = ?3";

struct rr_unit {
	int64_t	id;
	int64_t	anc[RR_MAXANC];
	size_t	nanc;
};

/*
 * The ancestors of unit (itself included) into u, nearest first: from
 * tree when there is one (the same units as org_unit_tree, which the
 * triggers of org_unit keep), else read.  1, or 0 (logged).
 */
static int
rr_ancestors(struct db *db, const struct rollup_rep_tree *tree,
    int64_t unit, struct rr_unit *u)
{
	sqlite3_stmt	*st;
	int64_t		 a;
	int		 rc;

	u->id = unit;
	u->nanc = 0;
	if (tree != NULL) {
		for (a = unit; a >= 1 && a <= tree->maxunit &&
		    tree->parent[a] >= 0 && u->nanc < RR_MAXANC;
		    a = tree->parent[a])
			u->anc[u->nanc++] = a;
		return 1;
	}
	if ((st = db_stmt(db, rr_sql_ancestors)) == NULL ||
	    sqlite3_bind_int64(st, 1, unit) != SQLITE_OK)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (u->nanc < RR_MAXANC)
			u->anc[u->nanc++] = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		log_err("rollup: reported: %s", db_errmsg(db));
		return 0;
	}
	return 1;
}

static int
rr_has(const struct rr_unit *u, int64_t a)
{
	size_t	i;

	for (i = 0; i < u->nanc; i++)
		if (u->anc[i] == a)
			return 1;
	return 0;
}

static const struct rr_unit *
rr_find(const struct rr_unit *v, size_t n, int64_t id)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (v[i].id == id)
			return &v[i];
	return NULL;
}

static int
rr_move_add(struct rollup_rep_move *mv, size_t *n, int64_t unit,
    int64_t period, int old, int now)
{
	if (*n >= RR_MAXROWS) {
		log_err("rollup: reported: more than %d rows", RR_MAXROWS);
		return 0;
	}
	mv[*n].unit_id = unit;
	mv[*n].period_id = period;
	mv[*n].old = old;
	mv[*n].now = now;
	(*n)++;
	return 1;
}

/*
 * The rows of ind (figures f, targets t of its year; pids[q] its
 * quarters) that differ from the stored ones, as moves in *out (*nout of
 * them, to free), the org tree from tree (NULL: read).  Nothing is
 * written.  1, or 0 (logged).
 */
int
rollup_unit_rep_diff(struct db *db, const struct rollup_rep_tree *tree,
    const struct rollup_ind *ind,
    const int64_t pids[5], const struct rollup_fig *f, size_t nf,
    const struct rollup_tgt *t, size_t nt, struct rollup_rep_move **out,
    size_t *nout)
{
	struct rr_unit		*units = NULL, owner;
	struct rollup_fig	*fs = NULL;
	struct rollup_tgt	*ts = NULL;
	struct rollup_input	*scratch = NULL;
	struct rollup_rep_move	*now = NULL, *mv = NULL;
	struct rollup_row	 row;
	const struct rr_unit	*u;
	sqlite3_stmt		*st;
	int64_t			 cand[RR_MAXUNITS];
	size_t			 nu = 0, nc = 0, nnow = 0, nmv = 0, nfs, nts,
				 i, j, k;
	int			 q, rc, ok = 0, st_old;
	int64_t			 unit, period;

	*out = NULL;
	*nout = 0;
	if ((units = calloc(nf < RR_MAXUNITS ? nf + 1 : RR_MAXUNITS,
	    sizeof(*units))) == NULL ||
	    (fs = calloc(nf + 1, sizeof(*fs))) == NULL ||
	    (ts = calloc(nt + 1, sizeof(*ts))) == NULL ||
	    (scratch = calloc(nf + 1, sizeof(*scratch))) == NULL ||
	    (now = malloc(RR_MAXROWS * sizeof(*now))) == NULL ||
	    (mv = malloc(RR_MAXROWS * sizeof(*mv))) == NULL) {
		log_err("rollup: reported: out of memory");
		goto out;
	}
	if (!rr_ancestors(db, tree, ind->owner_id, &owner))
		goto out;
	/* The reporting units, and their ancestors that do not own ind. */
	for (i = 0; i < nf; i++) {
		if (rr_find(units, nu, f[i].unit) != NULL)
			continue;
		if (nu >= RR_MAXUNITS || nu > nf) {
			log_err("rollup: reported: indicator %lld: too many "
			    "units", (long long)ind->id);
			goto out;
		}
		if (!rr_ancestors(db, tree, f[i].unit, &units[nu]))
			goto out;
		for (j = 0; j < units[nu].nanc; j++) {
			unit = units[nu].anc[j];
			if (rr_has(&owner, unit))
				continue;
			for (k = 0; k < nc && cand[k] != unit; k++)
				;
			if (k == nc) {
				if (nc >= RR_MAXUNITS)
					goto out;
				cand[nc++] = unit;
			}
		}
		nu++;
	}
	/* Each such unit: ind over its subtree's figures and targets. */
	for (k = 0; k < nc; k++) {
		for (i = nfs = 0; i < nf; i++)
			if ((u = rr_find(units, nu, f[i].unit)) != NULL &&
			    rr_has(u, cand[k]))
				fs[nfs++] = f[i];
		for (i = nts = 0; i < nt; i++)
			if ((u = rr_find(units, nu, t[i].unit)) != NULL &&
			    rr_has(u, cand[k]))
				ts[nts++] = t[i];
		for (q = 1; q <= 4; q++) {
			if (pids[q] == 0)
				continue;
			if (!rollup_calc(ind, fs, nfs, ts, nts, q, scratch,
			    &row)) {
				log_err("rollup: reported: indicator %lld: out "
				    "of range", (long long)ind->id);
				goto out;
			}
			if (!rr_move_add(now, &nnow, cand[k], pids[q], -1,
			    (int)row.status))
				goto out;
		}
	}
	/* Against the stored rows. */
	if ((st = db_stmt(db, rr_sql_old)) == NULL ||
	    sqlite3_bind_int64(st, 1, ind->id) != SQLITE_OK)
		goto out;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		unit = sqlite3_column_int64(st, 0);
		period = sqlite3_column_int64(st, 1);
		st_old = sqlite3_column_int(st, 2);
		for (i = 0; i < nnow; i++)
			if (now[i].unit_id == unit && now[i].period_id == period)
				break;
		if (i < nnow)
			now[i].old = st_old;
		else if (!rr_move_add(mv, &nmv, unit, period, st_old, -1)) {
			sqlite3_reset(st);
			goto out;
		}
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		log_err("rollup: reported: %s", db_errmsg(db));
		goto out;
	}
	for (i = 0; i < nnow; i++)
		if (now[i].old != now[i].now &&
		    !rr_move_add(mv, &nmv, now[i].unit_id, now[i].period_id,
		    now[i].old, now[i].now))
			goto out;
	*out = mv;
	*nout = nmv;
	mv = NULL;
	ok = 1;
out:
	free(units);
	free(fs);
	free(ts);
	free(scratch);
	free(now);
	free(mv);
	return ok;
}

/* Write the moves of indicator_id (put now, or delete).  1, or 0. */
int
rollup_unit_rep_write(struct db *db, int64_t indicator_id,
    const struct rollup_rep_move *mv, size_t n)
{
	sqlite3_stmt	*st;
	size_t		 i;
	int		 rc;

	for (i = 0; i < n; i++) {
		if ((st = db_stmt(db, mv[i].now < 0 ? rr_sql_delete :
		    rr_sql_put)) == NULL)
			return 0;
		rc = sqlite3_bind_int64(st, 1, mv[i].unit_id);
		rc |= sqlite3_bind_int64(st, 2, mv[i].period_id);
		rc |= sqlite3_bind_int64(st, 3, indicator_id);
		if (mv[i].now >= 0)
			rc |= sqlite3_bind_int(st, 4, mv[i].now);
		if (rc != SQLITE_OK)
			return 0;
		rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE) {
			log_err("rollup: reported: %s", db_errmsg(db));
			return 0;
		}
	}
	return 1;
}
