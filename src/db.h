/*
 * db.h: one SQLite connection and its prepared statements.
 *
 * Every thread that touches the database owns one struct db.  Statements are
 * prepared once per connection and kept: db_stmt() looks a statement up by the
 * address of its SQL text, so the SQL must be a string literal or a static
 * const array (never a string built at run time).  The data layer
 * (db_<table>_*.c) is the only code that contains SQL.
 */
#ifndef KOERS_DB_H
#define KOERS_DB_H

#include <stdint.h>
#include <stddef.h>

struct sqlite3;
struct sqlite3_stmt;

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
};

struct db	*db_open(const char *path, int readonly);
void		 db_close(struct db *);

struct sqlite3_stmt *db_stmt(struct db *, const char *sql);
enum db_res	 db_res_of(struct db *, int rc);
int		 db_exec(struct db *, const char *sql);
int		 db_begin(struct db *);
int		 db_begin_immediate(struct db *);
int		 db_commit(struct db *);
void		 db_rollback(struct db *);
int64_t		 db_last_id(struct db *);
const char	*db_errmsg(struct db *);

/* Column helpers: NULL text becomes "" (never NULL); strdup'd copies. */
char		*db_col_text(struct sqlite3_stmt *, int col);
int		 db_col_isnull(struct sqlite3_stmt *, int col);

int		 db_grow(void *vp, size_t *cap, size_t n, size_t elemsz);

/* Current time as ISO 8601 UTC text, into buf of at least 21 bytes. */
void		 db_now(char *buf, size_t sz);

#endif
