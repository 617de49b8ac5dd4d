/*
 * db.c: opening connections, pragmas, the per-connection statement cache
 * and transactions.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "db.h"
#include "db_memo.h"
#include "log.h"

/* Open addressing over the SQL text's address; grows when half full. */
struct db_cache {
	size_t		 cap;
	size_t		 len;
	const char	**keys;
	sqlite3_stmt	**stmts;
};

static void	db_read_open(struct db *);

static struct db_cache *
db_cache_new(size_t cap)
{
	struct db_cache *c;

	if ((c = calloc(1, sizeof(*c))) == NULL)
		return NULL;
	c->cap = cap;
	c->keys = calloc(cap, sizeof(*c->keys));
	c->stmts = calloc(cap, sizeof(*c->stmts));
	if (c->keys == NULL || c->stmts == NULL) {
		free(c->keys);
		free(c->stmts);
		free(c);
		return NULL;
	}
	return c;
}

static void
db_cache_free(struct db_cache *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->cap; i++)
		if (c->stmts[i] != NULL)
			sqlite3_finalize(c->stmts[i]);
	free(c->keys);
	free(c->stmts);
	free(c);
}

static size_t
db_cache_slot(const struct db_cache *c, const char *key)
{
	size_t h = (size_t)(uintptr_t)key;

	h ^= h >> 17;
	h *= 0x9E3779B97F4A7C15ULL;
	h ^= h >> 29;
	h &= c->cap - 1;
	while (c->keys[h] != NULL && c->keys[h] != key)
		h = (h + 1) & (c->cap - 1);
	return h;
}

static int
db_cache_grow(struct db_cache *c)
{
	struct db_cache	*n;
	size_t		 i, s;

	if ((n = db_cache_new(c->cap * 2)) == NULL)
		return 0;
	for (i = 0; i < c->cap; i++) {
		if (c->keys[i] == NULL)
			continue;
		s = db_cache_slot(n, c->keys[i]);
		n->keys[s] = c->keys[i];
		n->stmts[s] = c->stmts[i];
		n->len++;
	}
	free(c->keys);
	free(c->stmts);
	*c = *n;
	free(n);
	return 1;
}

/*
 * A new database at path: an audit anchor left beside it belongs to a
 * database that is gone (audit_anchor.h), and would make the new log look
 * rewritten.  It is moved aside, not removed: it is evidence.
 */
static void
db_orphan_anchor(const char *path)
{
	char	old[4200], aside[4300];

	if ((size_t)snprintf(old, sizeof(old), "%s.audit-anchor", path) >=
	    sizeof(old) ||
	    (size_t)snprintf(aside, sizeof(aside), "%s.orphaned-%lld", old,
	    (long long)time(NULL)) >= sizeof(aside))
		return;
	if (rename(old, aside) == 0)
		log_warn("db: %s is new; the audit anchor beside it was moved "
		    "to %s", path, aside);
}

/*
 * The database holds password hashes, session tokens and unpublished
 * figures: nobody but its owner (and at most the owner's group, reading)
 * may read it.  Create the file 0600 before SQLite does, whatever the
 * umask: SQLite gives the -wal, -shm and -journal files it creates the
 * mode of the database file (os_unix.c, findCreateFileMode), so they are
 * 0600 too.  An existing file, or a -wal or -shm left by an older version,
 * wider than 0640 is narrowed (a warning when it cannot be).  Returns 1,
 * or 0 when the file can neither be created nor found (logged).
 */
static int
db_private(const char *path)
{
	static const char *const sfx[] = { "", "-wal", "-shm", "-journal" };
	struct stat	 st;
	char		 aux[4096];
	size_t		 i;
	int		 fd;

	/*
	 * Never open() and close() a database this process may have open:
	 * closing any descriptor of a file drops every POSIX lock the
	 * process holds on it, the locks of SQLite's own connections
	 * included.  Only a file that does not exist yet is made here.
	 */
	if (stat(path, &st) == -1) {
		if (errno != ENOENT)
			goto fail;
		if ((fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC,
		    0600)) != -1) {
			close(fd);
			db_orphan_anchor(path);
		} else if (errno != EEXIST)
			goto fail;
	}
	for (i = 0; i < sizeof(sfx) / sizeof(sfx[0]); i++) {
		if ((size_t)snprintf(aux, sizeof(aux), "%s%s", path, sfx[i]) >=
		    sizeof(aux))
			return 0;
		if (stat(aux, &st) == -1 || (st.st_mode & 0137) == 0)
			continue;
		if (chmod(aux, st.st_mode & 0640) == -1)
			log_warn("db: %s is readable by others and cannot be "
			    "narrowed: %s", aux, strerror(errno));
	}
	return 1;
fail:
	log_err("db: cannot create %s: %s", path, strerror(errno));
	return 0;
}

/*
 * Open the database at path with the pragmas every connection needs.
 * Returns NULL on failure (logged).
 */
struct db *
db_open(const char *path, int readonly)
{
	struct db	*db;
	int		 flags, rc;

	if ((db = calloc(1, sizeof(*db))) == NULL)
		return NULL;
	if ((db->path = strdup(path)) == NULL)
		goto fail;
	if ((db->cache = db_cache_new(64)) == NULL)
		goto fail;
	if (!readonly && strcmp(path, ":memory:") != 0 && !db_private(path))
		goto fail;
	flags = readonly ? SQLITE_OPEN_READONLY :
	    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	flags |= SQLITE_OPEN_NOMUTEX;
	rc = sqlite3_open_v2(path, &db->sql, flags, NULL);
	if (rc != SQLITE_OK) {
		log_err("db: cannot open %s: %s", path,
		    db->sql ? sqlite3_errmsg(db->sql) : sqlite3_errstr(rc));
		goto fail;
	}
	sqlite3_extended_result_codes(db->sql, 1);
	sqlite3_busy_timeout(db->sql, 5000);
	/*
	 * synchronous = FULL: in WAL mode every commit syncs the WAL before
	 * COMMIT returns, so a save the user was told about survives a power
	 * loss (NORMAL syncs only at checkpoints and can lose the last
	 * acknowledged commits).  Read-only connections never commit.
	 */
	if (!db_exec(db, "PRAGMA foreign_keys = ON") ||
	    !db_exec(db, readonly ? "PRAGMA synchronous = NORMAL" :
	    "PRAGMA synchronous = FULL") ||
	    !db_exec(db, "PRAGMA temp_store = MEMORY"))
		goto fail;
	if (!readonly && !db_exec(db, "PRAGMA journal_mode = WAL")) {
		/* A read-only directory cannot hold the WAL: keep going, writes fail later. */
		log_warn("db: %s: WAL not available", path);
	}
	return db;
fail:
	db_close(db);
	return NULL;
}

/* Close the connection and every kept statement.  Accepts NULL. */
void
db_close(struct db *db)
{
	if (db == NULL)
		return;
	db_cache_free(db->cache);
	db_memo_free(db->memo);
	if (db->sql != NULL)
		sqlite3_close(db->sql);
	free(db->path);
	free(db);
}

/*
 * The prepared statement for sql, reset and with bindings cleared.
 * sql must be a literal: it is the cache key.  NULL on error (logged).
 */
sqlite3_stmt *
db_stmt(struct db *db, const char *sql)
{
	struct db_cache	*c = db->cache;
	sqlite3_stmt	*st;
	size_t		 s;

	if (db->snapshot)
		db_read_open(db);
	s = db_cache_slot(c, sql);
	if (c->keys[s] == sql) {
		st = c->stmts[s];
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
		return st;
	}
	if (sqlite3_prepare_v3(db->sql, sql, -1, SQLITE_PREPARE_PERSISTENT,
	    &st, NULL) != SQLITE_OK) {
		log_err("db: prepare: %s: %s", sqlite3_errmsg(db->sql), sql);
		return NULL;
	}
	if ((c->len + 1) * 2 > c->cap) {
		if (!db_cache_grow(c)) {
			sqlite3_finalize(st);
			return NULL;
		}
		s = db_cache_slot(c, sql);
	}
	c->keys[s] = sql;
	c->stmts[s] = st;
	c->len++;
	return st;
}

/* Classify an SQLite result code; logs system errors. */
enum db_res
db_res_of(struct db *db, int rc)
{
	switch (rc & 0xff) {
	case SQLITE_OK:
	case SQLITE_DONE:
	case SQLITE_ROW:
		return DB_OK;
	case SQLITE_CONSTRAINT:
		return DB_CONSTRAINT;
	case SQLITE_READONLY:
		log_warn("db: read-only: %s", sqlite3_errmsg(db->sql));
		return DB_READONLY;
	case SQLITE_IOERR:
		/* The storage refuses writes (read-only medium, immutable
		 * file): to the user the same as a read-only database. */
		if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC ||
		    rc == SQLITE_IOERR_TRUNCATE || rc == SQLITE_IOERR_DIR_FSYNC) {
			log_warn("db: cannot write: %s (%d)",
			    sqlite3_errmsg(db->sql), rc);
			return DB_READONLY;
		}
		log_err("db: %s (%d)", sqlite3_errmsg(db->sql), rc);
		return DB_ERROR;
	case SQLITE_FULL:
		log_err("db: disk full: %s", sqlite3_errmsg(db->sql));
		return DB_FULL;
	default:
		log_err("db: %s (%d)", sqlite3_errmsg(db->sql), rc);
		return DB_ERROR;
	}
}

/* Run sql that returns no rows we need.  Returns 1 on success. */
int
db_exec(struct db *db, const char *sql)
{
	char *err = NULL;

	if (sqlite3_exec(db->sql, sql, NULL, NULL, &err) != SQLITE_OK) {
		log_err("db: %s: %s", err ? err : "error", sql);
		sqlite3_free(err);
		return 0;
	}
	return 1;
}

/*
 * Ask for a read snapshot for what follows: it opens with the first query
 * (db_stmt), so a request that reads nothing (/healthz, static files) costs
 * nothing.  Does nothing inside a transaction.
 */
void
db_read_begin(struct db *db)
{
	db->memo_ok = 0;
	if (!db->reading && sqlite3_get_autocommit(db->sql))
		db->snapshot = 1;
}

/* Open the snapshot asked for: BEGIN, then see whether the data changed. */
static void
db_read_open(struct db *db)
{
	static const char	 sql[] = "BEGIN";
	sqlite3_stmt		*st;

	db->snapshot = 0;	/* before db_stmt(), which calls us */
	db->memo_ok = 0;
	if (!sqlite3_get_autocommit(db->sql) ||
	    (st = db_stmt(db, sql)) == NULL)
		return;
	db_memo_mark(db);
	if (sqlite3_step(st) == SQLITE_DONE)
		db->reading = 1;
	sqlite3_reset(st);
	if (db->reading)
		db_memo_check(db);
}

/*
 * End the read snapshot of db_read_begin(), if it is open.  A write that
 * bypassed db_write*() would have been committed with it: that is logged,
 * since such a write could fail on a stale snapshot.
 */
void
db_read_end(struct db *db)
{
	static const char	 sql[] = "COMMIT";
	sqlite3_stmt		*st;
	int			 rc = SQLITE_ERROR;

	db->snapshot = 0;
	db->memo_ok = 0;
	if (!db->reading)
		return;
	db->reading = 0;
	if (sqlite3_get_autocommit(db->sql))
		return;
	if (sqlite3_txn_state(db->sql, "main") == SQLITE_TXN_WRITE)
		log_warn("db: a write inside a read snapshot");
	if ((st = db_stmt(db, sql)) != NULL) {
		rc = sqlite3_step(st);
		sqlite3_reset(st);
	}
	if (rc != SQLITE_DONE) {
		log_err("db: end of read snapshot: %s",
		    sqlite3_errmsg(db->sql));
		(void)sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
	}
}

int
db_reading(struct db *db)
{
	if (db->snapshot)
		db_read_open(db);
	return db->reading;
}

/*
 * Whether a transaction of the caller's is open, so that a write joins it.
 * The request's read snapshot does not count: it is ended here.
 */
int
db_in_txn(struct db *db)
{
	db_read_end(db);
	return !sqlite3_get_autocommit(db->sql);
}

/* Begin a deferred transaction.  Returns 1, or 0 (logged). */
int
db_begin(struct db *db)
{
	db_read_end(db);
	return db_exec(db, "BEGIN");
}

/* A write transaction that takes the write lock now, not at the first write. */
int
db_begin_immediate(struct db *db)
{
	db_read_end(db);
	return db_exec(db, "BEGIN IMMEDIATE");
}

/* What was asked to run after the commit, run now. */
static void
db_committed(struct db *db)
{
	void	(*fn)(struct db *) = db->after_commit;

	db->after_commit = NULL;
	if (fn != NULL && sqlite3_get_autocommit(db->sql))
		fn(db);
}

/* Commit the open transaction.  Returns 1, or 0 (logged). */
int
db_commit(struct db *db)
{
	if (!db_exec(db, "COMMIT"))
		return 0;
	db_committed(db);
	return 1;
}

enum db_res
db_commit_res(struct db *db)
{
	enum db_res res;

	res = db_res_of(db, sqlite3_exec(db->sql, "COMMIT", NULL, NULL, NULL));
	if (res == DB_OK)
		db_committed(db);
	return res;
}

/* Roll back the open transaction, if there is one. */
void
db_rollback(struct db *db)
{
	db->after_commit = NULL;
	if (!sqlite3_get_autocommit(db->sql))
		(void)sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
}

/* The row id of the connection's last successful INSERT. */
int64_t
db_last_id(struct db *db)
{
	return sqlite3_last_insert_rowid(db->sql);
}

const char *
db_errmsg(struct db *db)
{
	return sqlite3_errmsg(db->sql);
}

char *
db_col_text(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);

	return strdup(t != NULL ? (const char *)t : "");
}

int
db_col_isnull(sqlite3_stmt *st, int col)
{
	return sqlite3_column_type(st, col) == SQLITE_NULL;
}

enum db_res
db_write(struct db *db, sqlite3_stmt *st)
{
	int rc;

	db_read_end(db);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return db_res_of(db, rc);
}

enum db_res
db_write_one(struct db *db, sqlite3_stmt *st)
{
	enum db_res res;

	if ((res = db_write(db, st)) != DB_OK)
		return res;
	return sqlite3_changes(db->sql) == 1 ? DB_OK : DB_NOTFOUND;
}

/*
 * Step a bound versioned write (an UPDATE guarded by "AND version = ?" or
 * the INSERT of a first version), reset it and clear its bindings (they
 * may point into the caller's memory).  Returns DB_OK, DB_CONFLICT when it
 * changed no row (somebody else saved first), or the failure.
 */
enum db_res
db_write_versioned(struct db *db, sqlite3_stmt *st)
{
	enum db_res	res;
	int		rc;

	db_read_end(db);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if ((res = db_res_of(db, rc)) != DB_OK)
		return res;
	return sqlite3_changes(db->sql) == 1 ? DB_OK : DB_CONFLICT;
}

int64_t
db_col_opt(sqlite3_stmt *st, int col, int *has)
{
	*has = sqlite3_column_type(st, col) != SQLITE_NULL;
	return *has ? sqlite3_column_int64(st, col) : 0;
}

/*
 * Make room in the array *vp (of elements of elemsz bytes, cap of them)
 * for element n, doubling as needed; new room is zeroed.  Returns 0 when
 * memory runs out (the array is unchanged).
 */
int
db_grow(void *vp, size_t *cap, size_t n, size_t elemsz)
{
	void	**v = vp;
	void	 *nv;
	size_t	  ncap;

	if (n < *cap)
		return 1;
	ncap = *cap ? *cap * 2 : 16;
	if ((nv = realloc(*v, ncap * elemsz)) == NULL)
		return 0;
	memset((char *)nv + *cap * elemsz, 0, (ncap - *cap) * elemsz);
	*v = nv;
	*cap = ncap;
	return 1;
}

/*
 * Step the bound statement st to its end, filling one element of elemsz
 * bytes per row into the growing array *vp (count in *n) with fill().
 * The statement is reset either way.  Returns 1, or 0 on error (logged);
 * the elements filled so far, a half-filled one included, stay in *vp for
 * the caller's free.
 */
int
db_rows(struct db *db, sqlite3_stmt *st, size_t elemsz, db_fill_fn fill,
    void *vp, size_t *n)
{
	char	**v = vp;
	size_t	  cap = 0;
	int	  rc;

	*n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!db_grow(v, &cap, *n, elemsz))
			goto fail;
		if (!fill(st, *v + *n * elemsz)) {
			(*n)++;	/* half filled: the caller frees it too */
			goto fail;
		}
		(*n)++;
	}
	if (rc != SQLITE_DONE) {
		(void)db_res_of(db, rc);
		goto fail;
	}
	sqlite3_reset(st);
	return 1;
fail:
	sqlite3_reset(st);
	return 0;
}

void
db_now(char *buf, size_t sz)
{
	time_t		now = time(NULL);
	struct tm	tm;

	gmtime_r(&now, &tm);
	strftime(buf, sz, "%Y-%m-%dT%H:%M:%SZ", &tm);
}
