/*
 * rollup_store_rb_rows.c: many rows of integers at once, for the rollup
 * rebuild (src/rollup_store_rebuild.c).
 *
 * The rebuild reads about four million rows.  Stepping a statement row by
 * row costs, beyond reading the row, a return from SQLite's virtual
 * machine and a call per column: some 500 instructions a row, a fifth of
 * the rebuild.  Here the select list is one call of the aggregate
 * rb_rows(?3, c1, ..., cn): SQLite calls it for every row inside a single
 * sqlite3_step, and it appends the row's n integers (and, when asked, a
 * mask of the NULL ones) to the caller's array.  ?3 is the array, bound
 * with sqlite3_bind_pointer() under its own type name, so the function
 * does nothing with anything else; it is registered SQLITE_DIRECTONLY, so
 * no trigger or view can call it.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "log.h"
#include "rollup_store_rb.h"

#define RB_ROWS_TYPE	"koers_rb_rows"

static void
rb_rows_step(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	struct rb_rows	**rp, *r;
	int64_t		*row, mask = 0;
	size_t		 w;
	int		 i;

	/*
	 * The array, from ?3 on the first row only: sqlite3_value_pointer()
	 * compares the type name on every call.
	 */
	if ((rp = sqlite3_aggregate_context(cx, sizeof(*rp))) == NULL) {
		sqlite3_result_error_nomem(cx);
		return;
	}
	if (*rp == NULL)
		*rp = sqlite3_value_pointer(argv[0], RB_ROWS_TYPE);
	r = *rp;
	if (r == NULL || argc != r->ncol + 1) {
		sqlite3_result_error(cx, "rb_rows: not the rebuild's call", -1);
		return;
	}
	w = (size_t)r->ncol + (r->nulls ? 1 : 0);
	if (r->n == r->cap && !rollup_store_rb_grow(&r->v, &r->cap, r->n + 1,
	    w * sizeof(int64_t))) {
		sqlite3_result_error_nomem(cx);
		return;
	}
	row = (int64_t *)r->v + r->n * w;
	for (i = 0; i < r->ncol; i++) {
		if (r->nulls && sqlite3_value_type(argv[i + 1]) == SQLITE_NULL)
			mask |= (int64_t)1 << i;
		row[i] = sqlite3_value_int64(argv[i + 1]);
	}
	if (r->nulls)
		row[r->ncol] = mask;
	r->n++;
}

static void
rb_rows_final(sqlite3_context *cx)
{
	sqlite3_result_null(cx);
}

/*
 * Make rb_rows() known on db, once per connection (registering it again
 * would expire every prepared statement of the connection).  1, or 0.
 */
int
rollup_store_rb_rows_register(struct db *db)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (sqlite3_prepare_v2(db->sql, "SELECT rb_rows(NULL)", -1, &st,
	    NULL) == SQLITE_OK) {
		sqlite3_finalize(st);
		return 1;
	}
	rc = sqlite3_create_function_v2(db->sql, "rb_rows", -1,
	    SQLITE_UTF8 | SQLITE_DIRECTONLY, NULL, NULL, rb_rows_step,
	    rb_rows_final, NULL);
	if (rc != SQLITE_OK)
		log_err("rollup: rebuild: rb_rows: %s", db_errmsg(db));
	return rc == SQLITE_OK;
}

/*
 * Run sql, whose select list is rb_rows(?3, ...) with r->ncol columns,
 * with ?1 = a and ?2 = b: r->v holds r->n rows of r->ncol integers (NULL
 * as 0), each followed by its NULL mask (bit i: column i) when r->nulls.
 * The array is reused: r->n starts at 0.  Returns 1, or 0 (logged).
 */
int
rollup_store_rb_rows_read(struct db *db, const char *sql, int64_t a,
    int64_t b, struct rb_rows *r)
{
	sqlite3_stmt	*st;
	int		 rc;

	r->n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, a);
	rc |= sqlite3_bind_int64(st, 2, b);
	rc |= sqlite3_bind_pointer(st, 3, r, RB_ROWS_TYPE, NULL);
	if (rc != SQLITE_OK) {
		sqlite3_reset(st);
		return 0;
	}
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	(void)sqlite3_bind_null(st, 3);	/* no pointer to r left behind */
	if (rc != SQLITE_ROW) {
		log_err("rollup: rebuild: %s", db_errmsg(db));
		return 0;
	}
	return 1;
}

/* The key columns of the rows being sorted, per thread (qsort has no
 * argument for them). */
static _Thread_local int	rb_rows_keys;

static int
rb_rows_cmp(const void *a, const void *b)
{
	const int64_t	*x = a, *y = b;
	int		 i;

	for (i = 0; i < rb_rows_keys; i++)
		if (x[i] != y[i])
			return x[i] < y[i] ? -1 : 1;
	return 0;
}

/*
 * Put the rows in the order of their first keys columns.  SQLite feeds
 * rb_rows() in the order of the index it reads, which is that order for
 * every query of the rebuild; this makes sure of it (one pass) and sorts
 * only when a plan ever reads otherwise.
 */
void
rollup_store_rb_rows_order(struct rb_rows *r, int keys)
{
	const int64_t	*v = r->v;
	size_t		 w = (size_t)r->ncol + (r->nulls ? 1 : 0), i;

	rb_rows_keys = keys;
	for (i = 1; i < r->n; i++)
		if (rb_rows_cmp(v + (i - 1) * w, v + i * w) > 0)
			break;
	if (i < r->n)
		qsort(r->v, r->n, w * sizeof(int64_t), rb_rows_cmp);
}
