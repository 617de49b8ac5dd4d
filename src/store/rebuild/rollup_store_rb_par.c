/*
 * rollup_store_rb_par.c: the reading part of the rollup rebuild
 * (src/rollup_store_rebuild.c) on several threads.
 *
 * The work is a list of tasks: the costs, the indicator counts, then the
 * indicators in chunks of b->chunk ids.  Every reader takes the next task
 * until none is left: the main thread on the rebuild's own connection, the
 * other threads each on a read-only connection of their own.  A chunk only reads and computes; the
 * writes it needs are kept with the task, and the main thread carries them
 * out on its connection, chunk after chunk in key order, between its own
 * tasks and after the others are joined.  Status counts go into each
 * reader's own arrays and are summed at the end.
 *
 * Why the other connections see the right data: the rebuild runs them only
 * in its own BEGIN IMMEDIATE transaction on a WAL database
 * (rollup_store_rebuild_threads).  Nobody else can commit while it holds
 * the write lock, so every snapshot they take is the state the transaction
 * started from; WAL keeps the main connection's uncommitted writes from
 * them, and those writes touch only chunks that are already read.  So the
 * numbers are the same as on one thread, whatever the number of threads
 * and whichever thread took which task.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "log.h"
#include "rollup_store_rb.h"

/* The next task to run, in *k; 0 when none is left or a reader failed. */
static int
rb_take(struct rb *b, size_t *k)
{
	int	ok;

	pthread_mutex_lock(&b->mu);
	ok = !b->failed && b->next < b->ntask;
	if (ok)
		*k = b->next++;
	pthread_mutex_unlock(&b->mu);
	return ok;
}

static void
rb_done(struct rb *b, size_t k, int ok)
{
	pthread_mutex_lock(&b->mu);
	b->task[k].done = 1;
	if (!ok)
		b->failed = 1;
	pthread_mutex_unlock(&b->mu);
}

static int
rb_task_run(struct rb_worker *w, size_t k)
{
	struct rb	*b = w->b;
	int64_t		 lo, hi;

	if (k == RB_TASK_COSTS)
		return rollup_store_rb_costs(b, w->db);
	if (k == RB_TASK_COUNTS)
		return rollup_store_rb_counts(b, w->db);
	lo = 1 + (int64_t)(k - RB_TASK_CHUNK0) * b->chunk;
	hi = lo + b->chunk - 1 < b->last ? lo + b->chunk - 1 : b->last;
	return rollup_store_rb_chunk(w, lo, hi, &b->task[k]);
}

static void *
rb_thread(void *arg)
{
	struct rb_worker	*w = arg;
	size_t			 k;

	while (rb_take(w->b, &k))
		rb_done(w->b, k, rb_task_run(w, k));
	return NULL;
}

/* Main thread: write the finished chunks that are next in key order. */
static int
rb_write_ready(struct rb *b)
{
	size_t	k;
	int	done;

	for (;;) {
		k = RB_TASK_CHUNK0 + b->written;
		pthread_mutex_lock(&b->mu);
		done = k < b->ntask && b->task[k].done && !b->failed;
		pthread_mutex_unlock(&b->mu);
		if (!done)
			return 1;
		if (!rollup_store_rb_write(b, &b->task[k]))
			return 0;
		b->written++;
	}
}

static int
rb_worker_init(struct rb *b, struct rb_worker *w, struct db *db)
{
	size_t	nunit = (size_t)((b->maxunit + 1) * (b->maxperiod + 1));

	memset(w, 0, sizeof(*w));
	w->b = b;
	w->db = db;
	return (w->cprog = calloc((size_t)(b->maxprog + 1) * 5,
	    sizeof(*w->cprog))) != NULL &&
	    (w->ceff = calloc((size_t)(b->maxeff + 1) * 5,
	    sizeof(*w->ceff))) != NULL &&
	    (w->cunit = calloc(nunit, sizeof(*w->cunit))) != NULL;
}

/* Add a reader's status counts to the nodes. */
static void
rb_worker_merge(struct rb *b, const struct rb_worker *w)
{
	size_t	i, nunit = (size_t)((b->maxunit + 1) * (b->maxperiod + 1));
	int	s;

	for (s = 0; s < STATUS__MAX; s++) {
		for (i = 0; i < (size_t)(b->maxprog + 1) * 5; i++)
			b->n_prog[i].c.n[s] += w->cprog[i].n[s];
		for (i = 0; i < (size_t)(b->maxeff + 1) * 5; i++)
			b->n_eff[i].c.n[s] += w->ceff[i].n[s];
		for (i = 0; i < nunit; i++)
			b->n_unit[i].c.n[s] += w->cunit[i].n[s];
	}
}

static void
rb_worker_free(struct rb_worker *w)
{
	rollup_store_rb_chunk_free(&w->c);
	free(w->cprog);
	free(w->ceff);
	free(w->cunit);
	if (w->db != w->b->db)
		db_close(w->db);
}

/*
 * Run the costs and every indicator chunk on up to threads readers (1:
 * the main thread alone), writing every chunk's differences on the
 * rebuild's connection (b->changed counts them) and adding the status
 * counts to the nodes.  threads > 1 only inside the rebuild's own write
 * transaction on a WAL database (see above).  Returns 1, or 0 (logged).
 */
int
rollup_store_rb_run(struct rb *b, int threads)
{
	struct rb_worker	 w[RB_MAXTHREADS];
	struct db		*db;
	size_t			 k, nw = 0, i;
	int			 ok = 0, rc;

	if (threads < 1)
		threads = 1;
	if (threads > RB_MAXTHREADS)
		threads = RB_MAXTHREADS;
	b->ntask = RB_TASK_CHUNK0 + (size_t)((b->last + b->chunk - 1) /
	    b->chunk);
	if ((b->task = calloc(b->ntask, sizeof(*b->task))) == NULL) {
		log_err("rollup: rebuild: out of memory");
		return 0;
	}
	if ((rc = pthread_mutex_init(&b->mu, NULL)) != 0) {
		log_err("rollup: rebuild: mutex: %s", strerror(rc));
		free(b->task);
		b->task = NULL;
		return 0;
	}
	if (!rb_worker_init(b, &w[nw++], b->db))
		goto oom;
	while (nw < (size_t)threads) {
		if ((db = db_open(b->db->path, 1)) == NULL)
			break;		/* fewer readers: slower, same numbers */
		(void)db_exec(db, RB_MMAP);	/* without: slower */
		if (!rollup_store_rb_rows_register(db)) {
			db_close(db);
			break;
		}
		if (!rb_worker_init(b, &w[nw++], db))
			goto oom;
		if ((rc = pthread_create(&w[nw - 1].tid, NULL, rb_thread,
		    &w[nw - 1])) != 0) {
			log_warn("rollup: rebuild: thread: %s", strerror(rc));
			break;
		}
		w[nw - 1].started = 1;
	}
	while (rb_take(b, &k)) {
		rc = rb_task_run(&w[0], k);
		rb_done(b, k, rc);
		if (rc && !rb_write_ready(b))
			rb_done(b, k, 0);	/* the others stop */
	}
	ok = 1;
	goto join;
oom:
	log_err("rollup: rebuild: out of memory");
	pthread_mutex_lock(&b->mu);
	b->failed = 1;
	pthread_mutex_unlock(&b->mu);
join:
	for (i = 1; i < nw; i++)
		if (w[i].started)
			pthread_join(w[i].tid, NULL);
	if (ok && !b->failed && rb_write_ready(b) &&
	    RB_TASK_CHUNK0 + b->written == b->ntask)
		for (i = 0; i < nw; i++)
			rb_worker_merge(b, &w[i]);
	else
		ok = 0;
	for (i = 0; i < nw; i++)
		rb_worker_free(&w[i]);
	for (k = 0; k < b->ntask; k++) {
		free(b->task[k].ops);
		free(b->task[k].aops);
		free(b->task[k].rops);
	}
	free(b->task);
	b->task = NULL;
	pthread_mutex_destroy(&b->mu);
	return ok;
}
