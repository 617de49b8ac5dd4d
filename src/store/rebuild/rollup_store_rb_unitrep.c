/*
 * rollup_store_rb_unitrep.c: what org units report beyond what they own
 * (migrations/0009-rollup-unit-reported.sql), for one chunk of indicators
 * of the rollup rebuild (src/rollup_store_rebuild.c).
 *
 * The chunk has read its indicators, figures and targets already
 * (src/rollup_store_rb_chunk.c): the rows of an indicator are decided by
 * rollup_unit_rep_diff(), as in the figure hook, on the figures and
 * targets of its year and the org tree as they are in memory, the stored
 * rows read on the reader's own connection; the moves become the chunk's writes, which the main thread
 * carries out (rollup_store_rb_write).  An indicator has rows to decide
 * when a unit other than its owner has a figure of it (in any year, as
 * the hook's choice of indicators had it), or when it has stored rows
 * (perhaps stale, of a removed indicator: they are deleted).  After every
 * chunk, rollup_store_rb_reported() adds the rows to the units' counts.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "log.h"
#include "rollup_store_rb.h"

/* Bit of c->urep: a unit other than the owner has a figure. */
#define RB_UREP_FOREIGN	1
/* Bit of c->urep: there are stored rows. */
#define RB_UREP_STORED	2

static const char rb_sql_unitrep_stored[] =
	"SELECT DISTINCT indicator_id FROM rollup_unit_reported "
	"WHERE indicator_id BETWEEN ?1 AND ?2";

/* Mark the indicators of lo..hi that have rows to decide. */
static int
rb_unitrep_mark(struct rb_worker *w, int64_t lo, int64_t hi)
{
	struct rb	*b = w->b;
	struct rb_chunk	*c = &w->c;
	sqlite3_stmt	*st;
	const int64_t	*r = c->fraw.v;
	int64_t		 id;
	size_t		 k;
	int		 rc;

	memset(c->urep, 0, (size_t)b->chunk);
	for (k = 0; k < c->fraw.n; k++, r += RF_NCOL + 1) {
		id = r[RF_IND];
		if (id >= lo && id <= hi && id <= b->maxind &&
		    b->ind[id].id != 0 && r[RF_UNIT] != b->ind[id].owner_id)
			c->urep[id - lo] |= RB_UREP_FOREIGN;
	}
	if ((st = db_stmt(w->db, rb_sql_unitrep_stored)) == NULL ||
	    sqlite3_bind_int64(st, 1, lo) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, hi) != SQLITE_OK)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		if (id >= lo && id <= hi)
			c->urep[id - lo] |= RB_UREP_STORED;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		log_err("rollup: rebuild: reported: %s", db_errmsg(w->db));
	return rc == SQLITE_DONE;
}

/*
 * The rows of indicators lo..hi, whose figures and targets
 * rollup_store_rb_chunk() has just read on w's connection, that differ
 * from the stored ones: their moves added to t.  Returns 1, or 0 (logged).
 */
int
rollup_store_rb_unitrep(struct rb_worker *w, int64_t lo, int64_t hi,
    struct rb_task *t)
{
	struct rb		*b = w->b;
	struct rb_chunk		*c = &w->c;
	struct rollup_rep_move	*mv = NULL;
	struct rollup_ind	 gone;
	struct rollup_rep_tree	 tree;
	const struct rollup_ind	*ind;
	const int64_t		*pids;
	static const int64_t	 nopids[5];
	size_t			 nmv, f0, nf, t0, nt, i;
	int64_t			 id;

	if (!rb_unitrep_mark(w, lo, hi))
		return 0;
	tree.parent = b->parent;	/* read once by the rebuild */
	tree.maxunit = b->maxunit;
	for (id = lo; id <= hi; id++) {
		if (c->urep[id - lo] == 0)
			continue;
		if (id <= b->maxind && b->ind[id].id != 0) {
			ind = &b->ind[id];
			pids = b->pid[ind->year - 2000];
			f0 = c->fstart[id - lo];
			nf = c->fstart[id - lo + 1] - f0;
			t0 = c->tstart[id - lo];
			nt = c->tstart[id - lo + 1] - t0;
		} else {	/* removed: no rows */
			memset(&gone, 0, sizeof(gone));
			gone.id = id;
			ind = &gone;
			pids = nopids;
			f0 = nf = t0 = nt = 0;
		}
		if (!rollup_unit_rep_diff(w->db, &tree, ind, pids,
		    nf > 0 ? c->fig + f0 : NULL, nf,
		    nt > 0 ? c->tgt + t0 : NULL, nt, &mv, &nmv))
			return 0;
		if (!rollup_store_rb_grow(&t->rops, &t->ropcap, t->nrops + nmv,
		    sizeof(*t->rops))) {
			free(mv);
			log_err("rollup: rebuild: out of memory");
			return 0;
		}
		for (i = 0; i < nmv; i++) {
			t->rops[t->nrops].indicator_id = id;
			t->rops[t->nrops].mv = mv[i];
			t->nrops++;
		}
		free(mv);
		mv = NULL;
	}
	return 1;
}
