/*
 * rollup_store_rb.h: the state of one rollup rebuild, shared by
 * src/rollup_store_rebuild.c (structure, orchestration),
 * src/rollup_store_rb_chunk.c (indicator chunks), src/rollup_store_rb_par.c
 * (the threads), src/rollup_store_rb_rows.c (bulk reads) and
 * src/rollup_store_rb.c (costs and node rows),
 * src/rollup_store_rb_approval.c (the approval counts of a chunk) and
 * src/rollup_store_rb_unitrep.c (what units report beyond what they own,
 * of a chunk).  Private to those seven.
 */
#ifndef KOERS_ROLLUP_STORE_RB_H
#define KOERS_ROLLUP_STORE_RB_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "rollup_store.h"
#include "rollup_unit_rep.h"

#define RB_YEARS	128	/* budget years 2000..2100 fit */

/*
 * Indicators per chunk (by default): the old rows and targets of a chunk
 * fit in memory, and a few dozen chunks at scale 50 keep the threads
 * equally busy to the end.
 */
#define RB_CHUNK	8192

/* At most this many threads read at once (each with its own connection). */
#define RB_MAXTHREADS	8

/*
 * The rebuild reads a few hundred megabytes once: through a memory map
 * rather than copied page by page into each connection's cache.
 */
#define RB_MMAP		"PRAGMA mmap_size = 2147418112"

struct rb_node {
	int64_t			 n_ind;
	struct status_counts	 c;
	struct finance		 f;
};

/*
 * Rows of integers read in one go (src/rollup_store_rb_rows.c): n rows of
 * ncol values, each followed by a mask of its NULL columns when nulls.
 */
struct rb_rows {
	void		*v;
	size_t		 n, cap;
	int		 ncol;
	int		 nulls;
};

/* Columns of the figures of a chunk as read (rb_rows, with NULL mask). */
enum { RF_IND, RF_PERIOD, RF_UNIT, RF_VALUE, RF_NUM, RF_DEN, RF_WEIGHT,
    RF_NCOL };

/* One write a chunk needs: put row, or delete its key. */
struct rb_op {
	struct rollup_irow	 row;
	int			 del;
};

/*
 * One rollup_approval row, its key first in the table's key order, as it
 * is read (rb_rows) and compared (memcmp).  All int64.
 */
struct rb_arow {
	int64_t	period_id, indicator_id, n_figures, n_unapproved;
};
#define RB_AROW_COLS	4

/* One write of approval counts: put row, or delete its key. */
struct rb_aop {
	struct rb_arow	row;
	int		del;
};

/* One write of rollup_unit_reported: a move of indicator_id's rows. */
struct rb_rop {
	int64_t			indicator_id;
	struct rollup_rep_move	mv;
};

/* Tasks: the costs, the indicator counts, then the indicator chunks. */
#define RB_TASK_COSTS	0
#define RB_TASK_COUNTS	1
#define RB_TASK_CHUNK0	2

struct rb_task {
	struct rb_op		*ops;	/* chunks: writes, in key order */
	size_t			 nops, opcap;
	struct rb_aop		*aops;	/* and of rollup_approval */
	size_t			 naops, aopcap;
	struct rb_rop		*rops;	/* and of rollup_unit_reported */
	size_t			 nrops, ropcap;
	int			 done;
};

/* What one chunk reads and computes; reused from chunk to chunk. */
struct rb_chunk {
	struct rb_rows		 old;		/* struct rollup_irow */
	struct rb_rows		 fraw, traw;	/* figures, targets as read */
	struct rollup_irow	*now;
	size_t			 nnow, nowcap;
	struct rollup_tgt	*tgt;
	size_t			 ntgt, tgtcap;
	size_t			*tstart;	/* [chunk + 1] */
	struct rollup_fig	*fig;
	size_t			 nfig, figcap;
	size_t			*fstart;	/* [chunk + 1] */
	struct rollup_input	*scratch;
	size_t			 scap;

	/* The approval counts (src/rollup_store_rb_approval.c). */
	unsigned char		*ikind;		/* [id - lo]: RB_IND_* */
	struct rb_rows		 aold;		/* struct rb_arow */
	struct rb_arow		*anow, *asort;
	size_t			 nanow, anowcap, asortcap;
	int64_t			*pn, *pu;	/* [period]: figures, unapproved */
	int64_t			*touched;	/* periods with pn > 0 */
	size_t			*pstart;	/* [maxperiod + 2] */

	/* Units reporting (src/rollup_store_rb_unitrep.c): [id - lo]. */
	unsigned char		*urep;
};

/* What rb_chunk_indicators() found of an id (rb_chunk.ikind). */
#define RB_IND_NONE		0	/* no such indicator */
#define RB_IND_PLAIN		1
#define RB_IND_CUMULATIVE	2

/*
 * One reader: the main thread (on the rebuild's own connection) or a
 * worker thread with a read-only connection of its own.  Status counts go
 * into the reader's own arrays and are summed after the threads are
 * joined: sums of integers, the same whatever thread counted what.
 */
struct rb_worker {
	struct rb		*b;
	struct db		*db;
	pthread_t		 tid;
	int			 started;
	struct rb_chunk		 c;
	struct status_counts	*cprog, *ceff;	/* [id * 5 + q] */
	struct status_counts	*cunit;	/* [unit * (maxperiod + 1) + period] */
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
	/* Submission approved: [unit * (maxperiod + 1) + period]. */
	unsigned char		*approved;
	int64_t			 maxsubunit;	/* highest unit in it */

	/* The tasks, shared by the readers under mu. */
	int64_t			 chunk;		/* ids per chunk */
	pthread_mutex_t		 mu;
	int64_t			 last;		/* highest indicator id */
	struct rb_task		*task;		/* [ntask] */
	size_t			 ntask, next;	/* next task to take */
	size_t			 written;	/* chunks written (main only) */
	int			 failed;
	int64_t			 changed;	/* rows written */
};

int	rollup_store_rb_grow(void *, size_t *, size_t, size_t);
int	rollup_store_rb_costs(struct rb *, struct db *);
int	rollup_store_rb_counts(struct rb *, struct db *);
int	rollup_store_rb_place(const struct rb *, int64_t effect_id,
	    int64_t performance_id, struct rollup_ind *);
int	rollup_store_rb_reported(struct rb *);
int	rollup_store_rb_nodes(struct rb *, int64_t *changed);
int	rollup_store_rb_chunk(struct rb_worker *, int64_t lo, int64_t hi,
	    struct rb_task *);
void	rollup_store_rb_chunk_free(struct rb_chunk *);
int	rollup_store_rb_write(struct rb *, struct rb_task *);
int	rollup_store_rb_approval(struct rb_worker *, int64_t lo, int64_t hi,
	    struct rb_task *);
void	rollup_store_rb_approval_free(struct rb_chunk *);
int	rollup_store_rb_unitrep(struct rb_worker *, int64_t lo, int64_t hi,
	    struct rb_task *);
int	rollup_store_rb_run(struct rb *, int threads);
int	rollup_store_rb_rows_register(struct db *);
int	rollup_store_rb_rows_read(struct db *, const char *sql, int64_t,
	    int64_t, struct rb_rows *);
void	rollup_store_rb_rows_order(struct rb_rows *, int keys);

#endif
