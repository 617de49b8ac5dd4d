/* db_user.c: accounts and their role assignments. */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db_memo.h"
#include "db_user.h"
#include "role.h"

/* The grants of u, read from role_assignment.  Returns 1 on success. */
static int
db_user_grants(struct db *db, struct user *u)
{
	static const char sql[] =
	    "SELECT role, org_unit_id FROM role_assignment WHERE user_id = ?"
	    " ORDER BY role, org_unit_id";
	sqlite3_stmt		*st;
	size_t			 cap = 0;
	unsigned		 bit;
	int			 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, u->id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		bit = role_bit((const char *)sqlite3_column_text(st, 0));
		if (bit == 0)
			continue;
		if (!db_grow(&u->grants, &cap, u->grantn, sizeof(*u->grants))) {
			sqlite3_reset(st);
			return 0;
		}
		u->grants[u->grantn].role = bit;
		u->grants[u->grantn].org_unit_id = sqlite3_column_int64(st, 1);
		u->grantn++;
		u->roles |= bit;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE || db_res_of(db, rc) == DB_OK;
}

/*
 * Keep u in the connection's memo as one flat copy: the struct, its
 * grants, then its two names.
 */
static void
db_user_memo_put(struct db *db, const struct user *u)
{
	size_t	 gsz = u->grantn * sizeof(*u->grants);
	size_t	 ul = strlen(u->username) + 1, dl = strlen(u->display_name) + 1;
	char	*b;

	if ((b = malloc(sizeof(*u) + gsz + ul + dl)) == NULL)
		return;
	memcpy(b, u, sizeof(*u));
	if (gsz > 0)
		memcpy(b + sizeof(*u), u->grants, gsz);
	memcpy(b + sizeof(*u) + gsz, u->username, ul);
	memcpy(b + sizeof(*u) + gsz + ul, u->display_name, dl);
	db_memo_put(db, MEMO_USER, u->id, NULL, b, sizeof(*u) + gsz + ul + dl);
	free(b);
}

/* A new user from the memo's flat copy of user id, or NULL. */
static struct user *
db_user_memo_get(struct db *db, int64_t id)
{
	const char	*b;
	struct user	*u;
	size_t		 gsz;

	if ((b = db_memo_get(db, MEMO_USER, id, NULL, NULL)) == NULL ||
	    (u = malloc(sizeof(*u))) == NULL)
		return NULL;
	memcpy(u, b, sizeof(*u));
	gsz = u->grantn * sizeof(*u->grants);
	u->grants = NULL;
	u->username = strdup(b + sizeof(*u) + gsz);
	u->display_name = u->username == NULL ? NULL :
	    strdup(b + sizeof(*u) + gsz + strlen(u->username) + 1);
	if (gsz > 0 && (u->grants = malloc(gsz)) != NULL)
		memcpy(u->grants, b + sizeof(*u), gsz);
	if (u->username == NULL || u->display_name == NULL ||
	    (gsz > 0 && u->grants == NULL)) {
		user_free(u);
		return NULL;
	}
	return u;
}

/*
 * The user with id and its grants, active or not (the caller decides what
 * inactive means).  NULL when absent or on error.
 */
struct user *
db_user_load(struct db *db, int64_t id)
{
	static const char sql[] =
	    "SELECT id, username, display_name, lang, active FROM user"
	    " WHERE id = ?";
	sqlite3_stmt	*st;
	struct user	*u = NULL;
	const unsigned char *lang;

	if ((u = db_user_memo_get(db, id)) != NULL)
		return u;
	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW)
		goto out;
	if ((u = calloc(1, sizeof(*u))) == NULL)
		goto out;
	u->id = sqlite3_column_int64(st, 0);
	u->username = db_col_text(st, 1);
	u->display_name = db_col_text(st, 2);
	lang = sqlite3_column_text(st, 3);
	u->lang = lang != NULL && strcmp((const char *)lang, "en") == 0 ?
	    LANG_EN : LANG_NL;
	u->active = sqlite3_column_int(st, 4);
	if (u->username == NULL || u->display_name == NULL) {
		user_free(u);
		u = NULL;
	}
out:
	sqlite3_reset(st);
	if (u != NULL && !db_user_grants(db, u)) {
		user_free(u);
		u = NULL;
	}
	if (u != NULL)
		db_user_memo_put(db, u);
	return u;
}

/*
 * Look up username (case-insensitive).  On DB_OK *id, *active and (when
 * password_hash is not NULL) a malloc'd copy of the stored hash ("" when the
 * account has no password) are set.  DB_NOTFOUND or DB_ERROR otherwise.
 */
enum db_res
db_user_find(struct db *db, const char *username, int64_t *id,
    char **password_hash, int *active)
{
	static const char sql[] =
	    "SELECT id, coalesce(password_hash, ''), active FROM user"
	    " WHERE username = ?";
	sqlite3_stmt	*st;
	enum db_res	 res;
	int		 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_text(st, 1, username, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		*active = sqlite3_column_int(st, 2);
		res = DB_OK;
		if (password_hash != NULL &&
		    (*password_hash = db_col_text(st, 1)) == NULL)
			res = DB_ERROR;
	} else if (rc == SQLITE_DONE)
		res = DB_NOTFOUND;
	else
		res = db_res_of(db, rc);
	sqlite3_reset(st);
	return res;
}

/* A new active account.  DB_CONSTRAINT when the name is taken. */
enum db_res
db_user_insert(struct db *db, const char *username, const char *display_name,
    const char *password_hash, int64_t *id)
{
	static const char sql[] =
	    "INSERT INTO user(username, display_name, password_hash, created_at)"
	    " VALUES (?, ?, ?, ?)";
	sqlite3_stmt	*st;
	char		 now[32];
	enum db_res	 res;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	db_now(now, sizeof(now));
	sqlite3_bind_text(st, 1, username, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, display_name, -1, SQLITE_STATIC);
	if (password_hash != NULL)
		sqlite3_bind_text(st, 3, password_hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, now, -1, SQLITE_STATIC);
	if ((res = db_write(db, st)) != DB_OK)
		return res;
	*id = db_last_id(db);
	return DB_OK;
}

/* Replace the password hash.  DB_NOTFOUND when no such user. */
enum db_res
db_user_set_password(struct db *db, int64_t id, const char *hash)
{
	static const char sql[] =
	    "UPDATE user SET password_hash = ? WHERE id = ?";
	sqlite3_stmt	*st;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, id);
	return db_write_one(db, st);
}

/* Activate or deactivate.  DB_NOTFOUND when no such user. */
enum db_res
db_user_set_active(struct db *db, int64_t id, int active)
{
	static const char sql[] = "UPDATE user SET active = ? WHERE id = ?";
	sqlite3_stmt	*st;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_int(st, 1, active ? 1 : 0);
	sqlite3_bind_int64(st, 2, id);
	return db_write_one(db, st);
}

/* One row of db_user_list(). */
static int
db_user_row_fill(sqlite3_stmt *st, void *p)
{
	struct user_row	*w = p;

	w->id = sqlite3_column_int64(st, 0);
	w->username = db_col_text(st, 1);
	w->display_name = db_col_text(st, 2);
	w->active = sqlite3_column_int(st, 3);
	w->has_password = sqlite3_column_int(st, 4);
	w->grants = db_col_text(st, 5);
	w->grants_named = db_col_text(st, 6);
	return w->username != NULL && w->display_name != NULL &&
	    w->grants != NULL && w->grants_named != NULL;
}

/*
 * Every account by name, with its grants as "role@UNITCODE" text (for the
 * command line, which takes codes) and as lines of "role<TAB>unit name"
 * (for the page to put in words).
 */
struct user_list *
db_user_list(struct db *db)
{
	static const char sql[] =
	    "SELECT u.id, u.username, u.display_name, u.active,"
	    " u.password_hash IS NOT NULL AND u.password_hash <> '',"
	    " coalesce((SELECT group_concat(r.role || '@' || o.code, ', ')"
	    "  FROM (SELECT * FROM role_assignment ORDER BY role) r"
	    "  JOIN org_unit o ON o.id = r.org_unit_id"
	    "  WHERE r.user_id = u.id), ''),"
	    " coalesce((SELECT group_concat(r.role || char(9) || o.name,"
	    "  char(10))"
	    "  FROM (SELECT * FROM role_assignment ORDER BY role) r"
	    "  JOIN org_unit o ON o.id = r.org_unit_id"
	    "  WHERE r.user_id = u.id), '')"
	    " FROM user u ORDER BY u.username";
	sqlite3_stmt		*st;
	struct user_list	*l;

	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	if (!db_rows(db, st, sizeof(*l->v), db_user_row_fill, &l->v, &l->n)) {
		db_user_list_free(l);
		return NULL;
	}
	return l;
}

/* Free the list of db_user_list(); NULL is fine. */
void
db_user_list_free(struct user_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].username);
		free(l->v[i].display_name);
		free(l->v[i].grants);
		free(l->v[i].grants_named);
	}
	free(l->v);
	free(l);
}

/* Grant role over org_unit_id.  DB_CONSTRAINT when held already or bad unit. */
enum db_res
db_user_role_add(struct db *db, int64_t id, const char *role,
    int64_t org_unit_id)
{
	static const char sql[] =
	    "INSERT INTO role_assignment(user_id, role, org_unit_id)"
	    " VALUES (?, ?, ?)";
	sqlite3_stmt	*st;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, role, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, org_unit_id);
	return db_write(db, st);
}

/* Withdraw a grant.  DB_NOTFOUND when it was not held. */
enum db_res
db_user_role_remove(struct db *db, int64_t id, const char *role,
    int64_t org_unit_id)
{
	static const char sql[] =
	    "DELETE FROM role_assignment WHERE user_id = ? AND role = ?"
	    " AND org_unit_id = ?";
	sqlite3_stmt	*st;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, role, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, org_unit_id);
	return db_write_one(db, st);
}
