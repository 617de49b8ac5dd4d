/* db_versioned.c: the versioned, audited save of one row (db_versioned.h). */
#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>

#include "audit_diff.h"
#include "db_versioned.h"

/* The changed columns of s into jo (old) and jn (new); 1 when any changed. */
static int
db_versioned_diff(const struct db_vsave *s, json_t *jo, json_t *jn)
{
	const struct db_vcol	*c;
	size_t			 i;
	int			 changed = 0;

	for (i = 0; i < s->coln; i++) {
		c = &s->col[i];
		if (c->is_text)
			changed |= audit_diff_text(jo, jn, c->name,
			    c->text_old, c->text_new);
		else
			changed |= audit_diff_num(jo, jn, c->name,
			    c->decimals, c->has_old, c->num_old, c->has_new,
			    c->num_new);
	}
	return changed;
}

/* Bind keys, new column values, who and when, and the version or extra. */
static void
db_versioned_bind(sqlite3_stmt *st, const struct db_vsave *s, int found,
    int64_t expect_version, const struct db_who *who, const char *at)
{
	const struct db_vcol	*c;
	size_t			 i;
	int			 n = 1;

	for (i = 0; i < s->keyn; i++)
		sqlite3_bind_int64(st, n++, s->key[i]);
	for (i = 0; i < s->coln; i++, n++) {
		c = &s->col[i];
		if (c->is_text)
			sqlite3_bind_text(st, n, c->text_new != NULL ?
			    c->text_new : "", -1, SQLITE_STATIC);
		else if (c->has_new)
			sqlite3_bind_int64(st, n, c->num_new);
	}
	if (who->user_id != 0)
		sqlite3_bind_int64(st, n, who->user_id);
	n++;
	sqlite3_bind_text(st, n++, at, -1, SQLITE_TRANSIENT);
	if (found)
		sqlite3_bind_int64(st, n, expect_version);
	else if (s->has_ins_extra)
		sqlite3_bind_int64(st, n + 1, s->ins_extra);
}

/*
 * Save the row s describes when its stored version (found: a row exists)
 * is still expect_version (0: no row yet).  An unchanged row writes
 * nothing (*written 0).  A change writes the row and appends one audit
 * entry, "<entity>.create" or "<entity>.update", with the changed fields
 * old and new (*written 1); the caller then tells the rollups.  Returns
 * DB_OK with *new_version set, DB_CONFLICT (with the stored version) when
 * the version moved on, or the failure.
 */
enum db_res
db_versioned_save(struct db *db, const struct db_vsave *s, int found,
    int64_t stored_version, int64_t expect_version, const struct db_who *who,
    int64_t *new_version, int *written)
{
	sqlite3_stmt	*st;
	json_t		*jo = NULL, *jn = NULL;
	char		 at[32], action[64];
	enum db_res	 res = DB_ERROR;

	*written = 0;
	*new_version = stored_version;
	if (stored_version != expect_version)
		return DB_CONFLICT;
	if ((jo = json_object()) == NULL || (jn = json_object()) == NULL)
		goto out;
	if (!db_versioned_diff(s, jo, jn)) {
		res = DB_OK;
		goto out;
	}
	db_now(at, sizeof(at));
	if ((st = db_stmt(db, found ? s->upd_sql : s->ins_sql)) == NULL)
		goto out;
	db_versioned_bind(st, s, found, expect_version, who, at);
	if ((res = db_write_versioned(db, st)) != DB_OK)
		goto out;
	res = DB_ERROR;
	snprintf(action, sizeof(action), "%s.%s", s->entity,
	    found ? "update" : "create");
	if (!audit_diff_append(db, who, action, s->entity, s->entity_id, jo,
	    jn))
		goto out;
	*new_version = expect_version + 1;
	*written = 1;
	res = DB_OK;
out:
	json_decref(jo);
	json_decref(jn);
	return res;
}
