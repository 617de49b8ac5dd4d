/* db_token.c: API tokens. */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

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
	int		 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	db_now(now, sizeof(now));
	sqlite3_bind_int64(st, 1, user_id);
	sqlite3_bind_text(st, 2, token_hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, label, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, now, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_res_of(db, rc);
	*id = db_last_id(db);
	return DB_OK;
}

/*
 * The owner of an unrevoked token whose account is active.  DB_NOTFOUND
 * otherwise.
 */
enum db_res
db_token_user(struct db *db, const char *token_hash, int64_t *user_id,
    int64_t *token_id)
{
	static const char sql[] =
	    "SELECT t.user_id, t.id FROM api_token t JOIN user u"
	    " ON u.id = t.user_id WHERE t.token_hash = ?"
	    " AND t.revoked_at IS NULL AND u.active = 1";
	sqlite3_stmt	*st;
	enum db_res	 res;
	int		 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_text(st, 1, token_hash, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*user_id = sqlite3_column_int64(st, 0);
		*token_id = sqlite3_column_int64(st, 1);
		res = DB_OK;
	} else
		res = rc == SQLITE_DONE ? DB_NOTFOUND : db_res_of(db, rc);
	sqlite3_reset(st);
	return res;
}

/*
 * Note the token's use, to the minute: most requests in the same minute
 * change nothing and so write nothing.
 */
enum db_res
db_token_touch(struct db *db, int64_t token_id)
{
	static const char sql[] =
	    "UPDATE api_token SET last_used = ?1 WHERE id = ?2"
	    " AND last_used IS NOT ?1";
	sqlite3_stmt	*st;
	char		 now[32];
	int		 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	db_now(now, sizeof(now));
	if (strlen(now) == 20)
		memcpy(now + 17, "00Z", 4);	/* ...T12:34:00Z */
	sqlite3_bind_text(st, 1, now, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, token_id);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? DB_OK : db_res_of(db, rc);
}

/* Revoke user_id's token.  DB_NOTFOUND when not theirs or revoked already. */
enum db_res
db_token_revoke(struct db *db, int64_t user_id, int64_t token_id)
{
	static const char sql[] =
	    "UPDATE api_token SET revoked_at = ? WHERE id = ? AND user_id = ?"
	    " AND revoked_at IS NULL";
	sqlite3_stmt	*st;
	char		 now[32];
	int		 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	db_now(now, sizeof(now));
	sqlite3_bind_text(st, 1, now, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, token_id);
	sqlite3_bind_int64(st, 3, user_id);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_res_of(db, rc);
	return sqlite3_changes(db->sql) == 1 ? DB_OK : DB_NOTFOUND;
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
	struct token_row	*nv, *w;
	size_t			 cap = 0;
	int			 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, user_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (l->n == cap) {
			cap = cap ? cap * 2 : 8;
			if ((nv = realloc(l->v, cap * sizeof(*nv))) == NULL)
				goto fail;
			l->v = nv;
		}
		w = &l->v[l->n++];
		memset(w, 0, sizeof(*w));
		w->id = sqlite3_column_int64(st, 0);
		w->label = db_col_text(st, 1);
		w->created_at = db_col_text(st, 2);
		w->last_used = db_col_text(st, 3);
		w->revoked_at = db_col_text(st, 4);
		if (w->label == NULL || w->created_at == NULL ||
		    w->last_used == NULL || w->revoked_at == NULL)
			goto fail;
	}
	if (rc != SQLITE_DONE) {
		(void)db_res_of(db, rc);
		goto fail;
	}
	sqlite3_reset(st);
	return l;
fail:
	sqlite3_reset(st);
	db_token_list_free(l);
	return NULL;
}

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
