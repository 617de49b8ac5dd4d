/* db_throttle.c: failed-login counters per account and per address. */
#include <sqlite3.h>
#include <string.h>

#include "db_throttle.h"

/* The counters of key; all zero (DB_OK) when there are none. */
enum db_res
db_throttle_get(struct db *db, const char *key, struct throttle *t)
{
	static const char sql[] =
	    "SELECT failures, last_failure, locked_until FROM login_throttle"
	    " WHERE key = ?";
	sqlite3_stmt	*st;
	int		 rc;

	memset(t, 0, sizeof(*t));
	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		t->failures = sqlite3_column_int64(st, 0);
		t->last_failure = sqlite3_column_int64(st, 1);
		t->locked_until = sqlite3_column_int64(st, 2);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? DB_OK :
	    db_res_of(db, rc);
}

/* Store the counters of key. */
enum db_res
db_throttle_put(struct db *db, const char *key, const struct throttle *t)
{
	static const char sql[] =
	    "INSERT OR REPLACE INTO login_throttle(key, failures, last_failure,"
	    " locked_until) VALUES (?, ?, ?, ?)";
	sqlite3_stmt	*st;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, t->failures);
	sqlite3_bind_int64(st, 3, t->last_failure);
	sqlite3_bind_int64(st, 4, t->locked_until);
	return db_write(db, st);
}

/* Forget key (after a successful login). */
enum db_res
db_throttle_clear(struct db *db, const char *key)
{
	static const char sql[] = "DELETE FROM login_throttle WHERE key = ?";
	sqlite3_stmt	*st;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	return db_write(db, st);
}

/* Drop counters untouched since before and not locked, so the table stays small. */
enum db_res
db_throttle_prune(struct db *db, int64_t before)
{
	static const char sql[] =
	    "DELETE FROM login_throttle WHERE last_failure < ?1"
	    " AND locked_until < ?1";
	sqlite3_stmt	*st;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_int64(st, 1, before);
	return db_write(db, st);
}
