/*
 * db.h: one SQLite connection and its prepared statements.
 *
 * Every thread that touches the database owns one struct db.  Statements are
 * prepared once per connection and kept: db_stmt() looks a statement up by the
 * address of its SQL text, so the SQL must be a string literal or a static
 * const array (never a string built at run time).  All SQL lives in
 * src/store/: the data layer (db_<table>.c), the audit log (audit.c), the
 * migrations (migrate.c) and the materialised rollups (rollup_store.c, with
 * the rebuild in store/rebuild/); the demo generator (src/demo/) alone
 * writes its bulk rows directly.  No handler, domain or report code does.
 */
#ifndef KOERS_DB_H
#define KOERS_DB_H

#include <stdint.h>
#include <stddef.h>

struct sqlite3;
struct sqlite3_stmt;
struct db_memo;

/* Result of a data-layer call that can fail for the user's reason or ours. */
enum db_res {
	DB_OK = 0,
	DB_NOTFOUND,      /* the row does not exist */
	DB_CONSTRAINT,    /* the user's fault: unique, check or foreign key */
	DB_CONFLICT,      /* stale version: somebody else saved first */
	DB_READONLY,      /* the database cannot be written (read-only file) */
	DB_FULL,          /* the disk is full */
	DB_ERROR          /* a system failure; logged */
};

struct db {
	struct sqlite3	*sql;
	char		*path;
	struct db_cache	*cache;
	int		 snapshot;	/* db_read_begin(): open at first use */
	int		 reading;	/* the read snapshot is open */
	int		 memo_ok;	/* asked, not opened: the memo is current */
	struct db_memo	*memo;		/* db_memo.h */
	/*
	 * Run once after the open transaction commits (db_commit), dropped
	 * when it rolls back: the audit log anchors its new entries so.
	 */
	void		(*after_commit)(struct db *);
};

struct db	*db_open(const char *path, int readonly);
void		 db_close(struct db *);

struct sqlite3_stmt *db_stmt(struct db *, const char *sql);
enum db_res	 db_res_of(struct db *, int rc);
int		 db_exec(struct db *, const char *sql);
/*
 * One read snapshot for a whole request: every query until db_read_end()
 * shares one read transaction instead of taking and dropping the locks for
 * each.  A write (db_write*, db_begin*) ends the snapshot first, so writes
 * never run on a stale snapshot.
 */
void		 db_read_begin(struct db *);
void		 db_read_end(struct db *);
/* Whether a read snapshot is open (one asked for is opened now). */
int		 db_reading(struct db *);
/* Whether the caller holds a transaction (a read snapshot is ended). */
int		 db_in_txn(struct db *);
int		 db_begin(struct db *);
int		 db_begin_immediate(struct db *);
int		 db_commit(struct db *);
/* As db_commit(), the failure told as db_res_of() tells it. */
enum db_res	 db_commit_res(struct db *);
void		 db_rollback(struct db *);
int64_t		 db_last_id(struct db *);
/*
 * Step a bound INSERT, UPDATE or DELETE once and reset it (the bindings
 * stay).  Returns DB_OK or the failure, as db_res_of() tells it.
 */
enum db_res	 db_write(struct db *, struct sqlite3_stmt *);
/* As db_write(), but DB_NOTFOUND when the statement changed no row. */
enum db_res	 db_write_one(struct db *, struct sqlite3_stmt *);
/* As db_write_one() for a versioned save: DB_CONFLICT for no row. */
enum db_res	 db_write_versioned(struct db *, struct sqlite3_stmt *);
const char	*db_errmsg(struct db *);

/* Column helpers: NULL text becomes "" (never NULL); strdup'd copies. */
char		*db_col_text(struct sqlite3_stmt *, int col);
int		 db_col_isnull(struct sqlite3_stmt *, int col);
/* An optional integer column: its value and *has = 1, or 0 and *has = 0. */
int64_t		 db_col_opt(struct sqlite3_stmt *, int col, int *has);

int		 db_grow(void *vp, size_t *cap, size_t n, size_t elemsz);
/* Fills one list element from the current row; 0 on error. */
typedef int	(*db_fill_fn)(struct sqlite3_stmt *, void *elem);
int		 db_rows(struct db *, struct sqlite3_stmt *, size_t elemsz,
		    db_fill_fn, void *vp, size_t *n);

/* Current time as ISO 8601 UTC text, into buf of at least 21 bytes. */
void		 db_now(char *buf, size_t sz);

#endif
