/*
 * db_memo.h: per-connection copies of small reads that nearly every request
 * repeats (its session or token, its user, the periods, the settings, the
 * data generation), kept while the database has not changed.
 *
 * When the request's read snapshot opens (db_read_begin(), at the first
 * query) it compares PRAGMA data_version (changes by any other connection
 * or process) and sqlite3_total_changes64() (changes by this one) with
 * what it saw last; on any change it moves the epoch on, and every memo of
 * an older epoch is dead.  It also keeps the WAL mark (db_wal.h) read just
 * before: while the mark has not moved, nothing was committed anywhere, and
 * a request that the memo answers whole needs no snapshot at all.
 *
 * Memos are read and written only in a request (between db_read_begin()
 * and db_read_end(), before any write): outside it (the command line,
 * after a write) db_memo_get() finds nothing and db_memo_put() keeps
 * nothing, so callers simply run their query.  Values are copied in and
 * out: a later put may free what an earlier get returned.
 */
#ifndef KOERS_DB_MEMO_H
#define KOERS_DB_MEMO_H

#include <stddef.h>
#include <stdint.h>

struct db;

enum db_memo_kind {
	MEMO_SESSION,		/* key: id hash */
	MEMO_TOKEN,		/* key: token hash */
	MEMO_USER,		/* key: user id */
	MEMO_PERIOD_CURRENT,
	MEMO_PERIOD_NAME,	/* key: "2014-Q3" */
	MEMO_THRESHOLDS,
	MEMO_GENERATION,
	MEMO__MAX
};

struct db_memo;

/* The value kept for (kind, ikey, skey) in this epoch, or NULL. */
const void	*db_memo_get(struct db *, enum db_memo_kind, int64_t ikey,
		    const char *skey, size_t *sz);
/* Keep a copy of the sz bytes at val for (kind, ikey, skey). */
void		 db_memo_put(struct db *, enum db_memo_kind, int64_t ikey,
		    const char *skey, const void *val, size_t sz);
/* Called when the read snapshot opens: db_memo_mark() before its BEGIN,
 * db_memo_check() after, which moves the epoch on if the data changed. */
void		 db_memo_mark(struct db *);
void		 db_memo_check(struct db *);
/* Whether nothing was committed since the epoch's mark (no snapshot). */
int		 db_memo_current(struct db *);
void		 db_memo_free(struct db_memo *);

#endif
