/* db_session.c: server-side sessions, stored by the hash of their id. */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "db_memo.h"
#include "db_session.h"

/* Store a new session.  DB_CONSTRAINT if the hash exists (never, by chance). */
enum db_res
db_session_insert(struct db *db, const char *id_hash, int64_t user_id,
    const char *csrf, int64_t now, const char *client)
{
	static const char sql[] =
	    "INSERT INTO session(id_hash, user_id, csrf_token, created_at,"
	    " seen_at, client) VALUES (?, ?, ?, ?, ?, ?)";
	sqlite3_stmt	*st;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_text(st, 1, id_hash, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, user_id);
	sqlite3_bind_text(st, 3, csrf, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, now);
	sqlite3_bind_int64(st, 5, now);
	sqlite3_bind_text(st, 6, client, -1, SQLITE_STATIC);
	return db_write(db, st);
}

/*
 * The session with id_hash whose user is active.  DB_NOTFOUND when there is
 * none (or its user was deactivated), DB_ERROR on failure.
 */
enum db_res
db_session_get(struct db *db, const char *id_hash, struct session_row *s)
{
	static const char sql[] =
	    "SELECT s.user_id, s.csrf_token, s.created_at, s.seen_at"
	    " FROM session s JOIN user u ON u.id = s.user_id"
	    " WHERE s.id_hash = ? AND u.active = 1";
	sqlite3_stmt		*st;
	const unsigned char	*csrf;
	const struct session_row *m;
	enum db_res		 res;
	int			 rc;

	if ((m = db_memo_get(db, MEMO_SESSION, 0, id_hash, NULL)) != NULL) {
		*s = *m;
		return DB_OK;
	}
	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_text(st, 1, id_hash, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		s->user_id = sqlite3_column_int64(st, 0);
		csrf = sqlite3_column_text(st, 1);
		snprintf(s->csrf, sizeof(s->csrf), "%s",
		    csrf != NULL ? (const char *)csrf : "");
		s->created_at = sqlite3_column_int64(st, 2);
		s->seen_at = sqlite3_column_int64(st, 3);
		res = DB_OK;
	} else if (rc == SQLITE_DONE)
		res = DB_NOTFOUND;
	else
		res = db_res_of(db, rc);
	sqlite3_reset(st);
	if (res == DB_OK)
		db_memo_put(db, MEMO_SESSION, 0, id_hash, s, sizeof(*s));
	return res;
}

/* Record that the session was used at now. */
enum db_res
db_session_touch(struct db *db, const char *id_hash, int64_t now)
{
	static const char sql[] =
	    "UPDATE session SET seen_at = ? WHERE id_hash = ?";
	sqlite3_stmt	*st;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_int64(st, 1, now);
	sqlite3_bind_text(st, 2, id_hash, -1, SQLITE_STATIC);
	return db_write(db, st);
}

/* End one session. */
enum db_res
db_session_delete(struct db *db, const char *id_hash)
{
	static const char sql[] = "DELETE FROM session WHERE id_hash = ?";
	sqlite3_stmt	*st;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_text(st, 1, id_hash, -1, SQLITE_STATIC);
	return db_write(db, st);
}

/* End every session of user_id except keep_hash (NULL: all of them). */
enum db_res
db_session_delete_user(struct db *db, int64_t user_id, const char *keep_hash)
{
	static const char sql[] =
	    "DELETE FROM session WHERE user_id = ? AND id_hash IS NOT ?";
	sqlite3_stmt	*st;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_int64(st, 1, user_id);
	if (keep_hash != NULL)
		sqlite3_bind_text(st, 2, keep_hash, -1, SQLITE_STATIC);
	return db_write(db, st);
}
