/* audit.c: appending to and verifying the hash-chained audit log. */
#include <openssl/evp.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "log.h"
#include "sha256.h"

static void
audit_field(EVP_MD_CTX *ctx, const char *s)
{
	char	len[24];

	if (s == NULL)
		s = "";
	snprintf(len, sizeof(len), "%zu:", strlen(s));
	EVP_DigestUpdate(ctx, len, strlen(len));
	EVP_DigestUpdate(ctx, s, strlen(s));
	EVP_DigestUpdate(ctx, "\n", 1);
}

/*
 * The hex SHA-256 of an entry chained to prev_hash, into out.
 * Returns 1 on success.
 */
int
audit_hash(const char *prev_hash, int64_t id, const char *at,
    const struct audit_entry *e, char out[65])
{
	EVP_MD_CTX	*ctx;
	unsigned char	 md[EVP_MAX_MD_SIZE];
	unsigned int	 mdlen = 0;
	char		 num[48];
	int		 ok;

	if ((ctx = EVP_MD_CTX_new()) == NULL)
		return 0;
	ok = EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1;
	if (ok) {
		audit_field(ctx, prev_hash);
		snprintf(num, sizeof(num), "%lld", (long long)id);
		audit_field(ctx, num);
		audit_field(ctx, at);
		snprintf(num, sizeof(num), "%lld", (long long)e->user_id);
		audit_field(ctx, num);
		audit_field(ctx, e->username);
		audit_field(ctx, e->client);
		audit_field(ctx, e->action);
		audit_field(ctx, e->entity);
		audit_field(ctx, e->entity_id);
		audit_field(ctx, e->old_value);
		audit_field(ctx, e->new_value);
		ok = EVP_DigestFinal_ex(ctx, md, &mdlen) == 1 && mdlen == 32;
	}
	EVP_MD_CTX_free(ctx);
	if (!ok)
		return 0;
	sha256_hex_bytes(md, mdlen, out);
	return 1;
}

/*
 * Append e to the log.  Inside the caller's transaction when there is one
 * (so the entry commits or rolls back with the change it records),
 * otherwise in its own.  Returns 1 on success, 0 on failure (logged).
 */
int
audit_append(struct db *db, const struct audit_entry *e)
{
	static const char last_sql[] =
	    "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1";
	static const char ins_sql[] =
	    "INSERT INTO audit(id, at, user_id, username, client, action,"
	    " entity, entity_id, old_value, new_value, prev_hash, hash)"
	    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
	sqlite3_stmt	*st;
	char		 prev[65] = "", hash[65], at[32];
	int64_t		 id = 1;
	int		 own, ok = 0, rc;
	const unsigned char *h;

	own = !db_in_txn(db);
	if (own && !db_begin_immediate(db))
		return 0;
	if ((st = db_stmt(db, last_sql)) == NULL)
		goto out;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0) + 1;
		h = sqlite3_column_text(st, 1);
		snprintf(prev, sizeof(prev), "%s", h ? (const char *)h : "");
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		(void)db_res_of(db, rc);
		goto out;
	}
	db_now(at, sizeof(at));
	if (!audit_hash(prev, id, at, e, hash))
		goto out;
	if ((st = db_stmt(db, ins_sql)) == NULL)
		goto out;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, at, -1, SQLITE_TRANSIENT);
	if (e->user_id != 0)
		sqlite3_bind_int64(st, 3, e->user_id);
	sqlite3_bind_text(st, 4, e->username ? e->username : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, e->client ? e->client : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, e->action, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, e->entity ? e->entity : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, e->entity_id ? e->entity_id : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, e->old_value ? e->old_value : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, e->new_value ? e->new_value : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 11, prev, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 12, hash, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE) {
		(void)db_res_of(db, rc);
		goto out;
	}
	ok = 1;
out:
	if (own) {
		if (ok && !db_commit(db))
			ok = 0;
		if (!ok)
			db_rollback(db);
	}
	return ok;
}

/*
 * Append the entry of who's action on entity entity_id, from old_value to
 * new_value, as audit_append does.  Returns 1, or 0 on failure (logged).
 */
int
audit_append_by(struct db *db, const struct db_who *who, const char *action,
    const char *entity, const char *entity_id, const char *old_value,
    const char *new_value)
{
	struct audit_entry	e;

	memset(&e, 0, sizeof(e));
	e.user_id = who->user_id;
	e.username = who->username;
	e.client = who->client;
	e.action = action;
	e.entity = entity;
	e.entity_id = entity_id;
	e.old_value = old_value;
	e.new_value = new_value;
	return audit_append(db, &e);
}

/*
 * Walk the whole log in order and recompute every hash.  AUDIT_BROKEN
 * names the first entry whose stored hash or link does not match.
 */
enum audit_check
audit_verify(struct db *db, int64_t *bad_id, int64_t *count)
{
	static const char sql[] =
	    "SELECT id, at, coalesce(user_id, 0), username, client, action,"
	    " entity, entity_id, old_value, new_value, prev_hash, hash"
	    " FROM audit ORDER BY id";
	sqlite3_stmt		*st;
	struct audit_entry	 e;
	char			 prev[65] = "", hash[65];
	int64_t			 id, n = 0;
	int			 rc;
	enum audit_check	 res = AUDIT_INTACT;

	*bad_id = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return AUDIT_CHECK_ERROR;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		e.user_id = sqlite3_column_int64(st, 2);
		e.username = (const char *)sqlite3_column_text(st, 3);
		e.client = (const char *)sqlite3_column_text(st, 4);
		e.action = (const char *)sqlite3_column_text(st, 5);
		e.entity = (const char *)sqlite3_column_text(st, 6);
		e.entity_id = (const char *)sqlite3_column_text(st, 7);
		e.old_value = (const char *)sqlite3_column_text(st, 8);
		e.new_value = (const char *)sqlite3_column_text(st, 9);
		n++;
		if (strcmp(prev, (const char *)sqlite3_column_text(st, 10)) != 0 ||
		    !audit_hash(prev, id, (const char *)sqlite3_column_text(st, 1),
		    &e, hash) ||
		    strcmp(hash, (const char *)sqlite3_column_text(st, 11)) != 0) {
			*bad_id = id;
			res = AUDIT_BROKEN;
			break;
		}
		memcpy(prev, hash, sizeof(prev));
	}
	sqlite3_reset(st);
	if (res == AUDIT_INTACT && rc != SQLITE_DONE)
		res = AUDIT_CHECK_ERROR;
	if (count != NULL)
		*count = n;
	return res;
}
