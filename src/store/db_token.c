/* db_token.c: API tokens. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_memo.h"
#include "db_token.h"

/* Store a new token for user_id; *id receives its row id. */
enum db_res
db_token_insert(struct db *db, int64_t user_id, const char *token_hash,
    const char *label, int64_t *id)
{
	static const char sql[] =
	    "INSERT INTO api_token(user_id, token_hash, label, created_at)"
	    " VALUES (?, ?, ?, ?)";
	sqlite3_stmt	*st;
	char		 now[32];
	enum db_res	 res;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	db_now(now, sizeof(now));
	sqlite3_bind_int64(st, 1, user_id);
	sqlite3_bind_text(st, 2, token_hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, label, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, now, -1, SQLITE_STATIC);
	if ((res = db_write(db, st)) != DB_OK)
		return res;
	*id = db_last_id(db);
	return DB_OK;
}

/*
 * The owner of an unrevoked token whose account is active, and when the
 * token was last used.  DB_NOTFOUND otherwise.
 */
enum db_res
db_token_user(struct db *db, const char *token_hash, struct token_use *u)
{
	static const char sql[] =
	    "SELECT t.user_id, t.id, t.last_used FROM api_token t JOIN user u"
	    " ON u.id = t.user_id WHERE t.token_hash = ?"
	    " AND t.revoked_at IS NULL AND u.active = 1";
	sqlite3_stmt		*st;
	const struct token_use	*m;
	const unsigned char	*last;
	enum db_res		 res;
	int			 rc;

	if ((m = db_memo_get(db, MEMO_TOKEN, 0, token_hash, NULL)) != NULL) {
		*u = *m;
		return DB_OK;
	}
	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_text(st, 1, token_hash, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		u->user_id = sqlite3_column_int64(st, 0);
		u->token_id = sqlite3_column_int64(st, 1);
		last = sqlite3_column_text(st, 2);
		snprintf(u->last_used, sizeof(u->last_used), "%s",
		    last != NULL ? (const char *)last : "");
		res = DB_OK;
	} else
		res = rc == SQLITE_DONE ? DB_NOTFOUND : db_res_of(db, rc);
	sqlite3_reset(st);
	if (res == DB_OK)
		db_memo_put(db, MEMO_TOKEN, 0, token_hash, u, sizeof(*u));
	return res;
}

/*
 * Note the token's use, to the minute: most requests in the same minute
 * change nothing and so write nothing.  Which minute was noted last comes
 * with the token (db_token_user(), from the memo): an UPDATE takes the
 * database's write lock even when it matches no row, and under load every
 * API request then queued behind the others (p99 200 ms at 64
 * connections; bench/run.sh).
 */
enum db_res
db_token_touch(struct db *db, const struct token_use *u)
{
	static const char sql[] =
	    "UPDATE api_token SET last_used = ?1 WHERE id = ?2"
	    " AND last_used IS NOT ?1";
	sqlite3_stmt	*st;
	char		 now[32];

	db_now(now, sizeof(now));
	if (strlen(now) == 20)
		memcpy(now + 17, "00Z", 4);	/* ...T12:34:00Z */
	if (strcmp(now, u->last_used) == 0)
		return DB_OK;		/* noted this minute already */
	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_text(st, 1, now, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, u->token_id);
	return db_write(db, st);
}

/*
 * The revocation, bound, of user_id's token token_id, or of every token of
 * theirs still in use when token_id is 0.  NULL on error.
 */
static sqlite3_stmt *
db_token_revoking(struct db *db, int64_t user_id, int64_t token_id)
{
	static const char sql[] =
	    "UPDATE api_token SET revoked_at = ?1 WHERE user_id = ?2"
	    " AND (?3 = 0 OR id = ?3) AND revoked_at IS NULL";
	sqlite3_stmt	*st;
	char		 now[32];

	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	db_now(now, sizeof(now));
	sqlite3_bind_text(st, 1, now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, user_id);
	sqlite3_bind_int64(st, 3, token_id);
	return st;
}

/* Revoke user_id's token.  DB_NOTFOUND when not theirs or revoked already. */
enum db_res
db_token_revoke(struct db *db, int64_t user_id, int64_t token_id)
{
	sqlite3_stmt *st;

	if (token_id == 0 ||
	    (st = db_token_revoking(db, user_id, token_id)) == NULL)
		return token_id == 0 ? DB_NOTFOUND : DB_ERROR;
	return db_write_one(db, st);
}

/* Revoke every token of user_id still in use (none is fine). */
enum db_res
db_token_revoke_all(struct db *db, int64_t user_id)
{
	sqlite3_stmt *st;

	if ((st = db_token_revoking(db, user_id, 0)) == NULL)
		return DB_ERROR;
	return db_write(db, st);
}

/* One row of db_token_list(). */
static int
db_token_row_fill(sqlite3_stmt *st, void *p)
{
	struct token_row	*w = p;

	w->id = sqlite3_column_int64(st, 0);
	w->label = db_col_text(st, 1);
	w->created_at = db_col_text(st, 2);
	w->last_used = db_col_text(st, 3);
	w->revoked_at = db_col_text(st, 4);
	return w->label != NULL && w->created_at != NULL &&
	    w->last_used != NULL && w->revoked_at != NULL;
}

/* user_id's tokens, newest first.  NULL on error. */
struct token_list *
db_token_list(struct db *db, int64_t user_id)
{
	static const char sql[] =
	    "SELECT id, label, created_at, coalesce(last_used, ''),"
	    " coalesce(revoked_at, '') FROM api_token WHERE user_id = ?"
	    " ORDER BY id DESC";
	sqlite3_stmt		*st;
	struct token_list	*l;

	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, user_id);
	if (!db_rows(db, st, sizeof(*l->v), db_token_row_fill, &l->v, &l->n)) {
		db_token_list_free(l);
		return NULL;
	}
	return l;
}

/* Free the list of db_token_list(); NULL is fine. */
void
db_token_list_free(struct token_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].label);
		free(l->v[i].created_at);
		free(l->v[i].last_used);
		free(l->v[i].revoked_at);
	}
	free(l->v);
	free(l);
}
