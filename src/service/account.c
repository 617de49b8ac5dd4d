/* account.c: account changes with their audit entries, in one transaction. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "account.h"
#include "audit.h"
#include "db.h"
#include "db_org.h"
#include "db_session.h"
#include "db_token.h"
#include "db_user.h"
#include "model.h"
#include "pw.h"
#include "user.h"

/* Length rules for a new password. */
enum account_res
account_password_check(const char *pw)
{
	size_t n = pw != NULL ? strlen(pw) : 0;

	if (n < PW_MIN_LEN)
		return ACCOUNT_PW_SHORT;
	if (n > PW_MAX_LEN)
		return ACCOUNT_PW_LONG;
	return ACCOUNT_OK;
}

static int
account_name_ok(const char *s)
{
	size_t i, n = strlen(s);

	if (n == 0 || n > 64)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' &&
		    s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') ||
		    s[i] == '.' || s[i] == '-' || s[i] == '_' || s[i] == '@'))
			return 0;
	return 1;
}

static int
account_audit(struct db *db, const struct account_actor *a,
    const char *action, const char *entity, int64_t entity_id,
    const char *old_value, const char *new_value)
{
	struct audit_entry	e;
	char			id[24];

	snprintf(id, sizeof(id), "%lld", (long long)entity_id);
	memset(&e, 0, sizeof(e));
	e.user_id = a->user_id;
	e.username = a->username != NULL ? a->username : "";
	e.client = a->client != NULL ? a->client : "";
	e.action = action;
	e.entity = entity;
	e.entity_id = id;
	e.old_value = old_value != NULL ? old_value : "";
	e.new_value = new_value != NULL ? new_value : "";
	return audit_append(db, &e);
}

static enum account_res
account_of(enum db_res r)
{
	switch (r) {
	case DB_OK: return ACCOUNT_OK;
	case DB_NOTFOUND: return ACCOUNT_NOT_FOUND;
	case DB_CONSTRAINT: return ACCOUNT_HELD;
	default: return ACCOUNT_ERROR;
	}
}

static enum account_res
account_end(struct db *db, enum account_res res)
{
	if (res == ACCOUNT_OK && !db_commit(db))
		res = ACCOUNT_ERROR;
	if (res != ACCOUNT_OK)
		db_rollback(db);
	return res;
}

/*
 * Check role and scope, and settle the scope: municipality-wide roles take
 * the gemeente (scope 0 means "default"), director and manager need a unit.
 */
static enum account_res
account_scope(struct db *db, const char *role, int64_t *scope)
{
	unsigned	 bit = role_bit(role);
	int64_t		 root = db_org_root(db);
	struct org_unit	*u;

	if (bit == 0)
		return ACCOUNT_BAD_ROLE;
	if (root == 0)
		return ACCOUNT_NO_GEMEENTE;
	if (!role_needs_scope(bit)) {
		if (*scope == 0)
			*scope = root;
		return *scope == root ? ACCOUNT_OK : ACCOUNT_BAD_SCOPE;
	}
	if (*scope == 0)
		return ACCOUNT_NEED_SCOPE;
	if ((u = db_org_get(db, *scope)) == NULL)
		return ACCOUNT_BAD_SCOPE;
	db_org_free(u);
	return ACCOUNT_OK;
}

/*
 * A new account with one role.  scope 0: the default (the gemeente for
 * municipality-wide roles).  *id receives the new user's id.
 */
enum account_res
account_create(struct db *db, const struct account_actor *a,
    const char *username, const char *display_name, const char *password,
    const char *role, int64_t scope, int64_t *id)
{
	enum account_res	 res;
	char			*hash = NULL, grant[96];

	if (!account_name_ok(username))
		return ACCOUNT_BAD_NAME;
	if (!user_display_name_ok(display_name))
		return ACCOUNT_BAD_DISPLAY_NAME;
	if ((res = account_password_check(password)) != ACCOUNT_OK)
		return res;
	if (!db_begin_immediate(db))
		return ACCOUNT_ERROR;
	if ((res = account_scope(db, role, &scope)) != ACCOUNT_OK)
		goto out;
	if ((hash = pw_hash(password)) == NULL) {
		res = ACCOUNT_ERROR;
		goto out;
	}
	switch (db_user_insert(db, username, display_name, hash, id)) {
	case DB_OK:
		break;
	case DB_CONSTRAINT:
		res = ACCOUNT_TAKEN;
		goto out;
	default:
		res = ACCOUNT_ERROR;
		goto out;
	}
	if ((res = account_of(db_user_role_add(db, *id, role, scope))) !=
	    ACCOUNT_OK)
		goto out;
	snprintf(grant, sizeof(grant), "%s@%lld", role, (long long)scope);
	if (!account_audit(db, a, "user.create", "user", *id, "", username) ||
	    !account_audit(db, a, "role.add", "user", *id, "", grant))
		res = ACCOUNT_ERROR;
out:
	free(hash);
	return account_end(db, res);
}

/*
 * Set user_id's password (administrator reset, CLI).  Ends their sessions
 * and revokes every API token: a reset answers a compromise, and a token
 * would outlive it.
 */
enum account_res
account_set_password(struct db *db, const struct account_actor *a,
    int64_t user_id, const char *password)
{
	enum account_res	 res;
	char			*hash;

	if ((res = account_password_check(password)) != ACCOUNT_OK)
		return res;
	if ((hash = pw_hash(password)) == NULL)
		return ACCOUNT_ERROR;
	if (!db_begin_immediate(db)) {
		free(hash);
		return ACCOUNT_ERROR;
	}
	res = account_of(db_user_set_password(db, user_id, hash));
	if (res == ACCOUNT_OK &&
	    (db_session_delete_user(db, user_id, NULL) != DB_OK ||
	    db_token_revoke_all(db, user_id) != DB_OK ||
	    !account_audit(db, a, "user.password", "user", user_id, "",
	    "tokens revoked")))
		res = ACCOUNT_ERROR;
	free(hash);
	return account_end(db, res);
}

/*
 * The actor changes their own password, proving the current one.  Their
 * other sessions end; keep_session_hash (the current one) stays.  With
 * revoke_tokens every API token of theirs is revoked too.
 */
enum account_res
account_change_password(struct db *db, const struct account_actor *a,
    const char *current, const char *password, const char *keep_session_hash,
    int revoke_tokens)
{
	enum account_res	 res;
	char			*old = NULL, *hash = NULL;
	int64_t			 id;
	int			 active;

	if ((res = account_password_check(password)) != ACCOUNT_OK)
		return res;
	if (db_user_find(db, a->username, &id, &old, &active) != DB_OK ||
	    id != a->user_id)
		res = ACCOUNT_ERROR;
	else if (!pw_verify(old, current))
		res = ACCOUNT_PW_WRONG;
	else if ((hash = pw_hash(password)) == NULL)
		res = ACCOUNT_ERROR;
	free(old);
	if (res != ACCOUNT_OK) {
		free(hash);
		return res;
	}
	if (!db_begin_immediate(db)) {
		free(hash);
		return ACCOUNT_ERROR;
	}
	res = account_of(db_user_set_password(db, id, hash));
	if (res == ACCOUNT_OK &&
	    (db_session_delete_user(db, id, keep_session_hash) != DB_OK ||
	    (revoke_tokens && db_token_revoke_all(db, id) != DB_OK) ||
	    !account_audit(db, a, "user.password", "user", id, "",
	    revoke_tokens ? "tokens revoked" : "")))
		res = ACCOUNT_ERROR;
	free(hash);
	return account_end(db, res);
}

enum account_res
account_verify_password(struct db *db, const struct account_actor *a,
    const char *password)
{
	enum account_res	 res = ACCOUNT_OK;
	char			*hash = NULL;
	int64_t			 id;
	int			 active;

	if (strlen(password) > PW_MAX_LEN)
		res = ACCOUNT_PW_WRONG;
	else if (db_user_find(db, a->username, &id, &hash, &active) != DB_OK ||
	    id != a->user_id)
		res = ACCOUNT_ERROR;
	else if (!active || !pw_verify(hash, password))
		res = ACCOUNT_PW_WRONG;
	free(hash);
	return res;
}

/* Add (add 1) or remove (add 0) a role grant.  scope 0: the default. */
enum account_res
account_role(struct db *db, const struct account_actor *a, int64_t user_id,
    int add, const char *role, int64_t scope)
{
	enum account_res	 res;
	struct user		*u;
	char			 grant[96];

	/* Another administrator (or the command line) must do that. */
	if (!add && a->user_id != 0 && a->user_id == user_id &&
	    strcmp(role, "administrator") == 0)
		return ACCOUNT_SELF;
	if (!db_begin_immediate(db))
		return ACCOUNT_ERROR;
	if ((u = db_user_load(db, user_id)) == NULL) {
		res = ACCOUNT_NOT_FOUND;
		goto out;
	}
	user_free(u);
	if ((res = account_scope(db, role, &scope)) != ACCOUNT_OK) {
		/* Removing a grant whose scope is no longer valid must work. */
		if (add || res == ACCOUNT_BAD_ROLE || scope == 0)
			goto out;
		res = ACCOUNT_OK;
	}
	res = account_of(add ? db_user_role_add(db, user_id, role, scope) :
	    db_user_role_remove(db, user_id, role, scope));
	if (res != ACCOUNT_OK)
		goto out;
	snprintf(grant, sizeof(grant), "%s@%lld", role, (long long)scope);
	if (!account_audit(db, a, add ? "role.add" : "role.remove", "user",
	    user_id, add ? "" : grant, add ? grant : ""))
		res = ACCOUNT_ERROR;
out:
	return account_end(db, res);
}

/*
 * Deactivate user_id: they cannot log in, every session ends and every API
 * token is revoked now (so that a reactivation does not bring old tokens
 * back to life).
 */
enum account_res
account_deactivate(struct db *db, const struct account_actor *a,
    int64_t user_id)
{
	enum account_res res;

	/* Another administrator (or the command line) must do that. */
	if (a->user_id != 0 && a->user_id == user_id)
		return ACCOUNT_SELF;
	if (!db_begin_immediate(db))
		return ACCOUNT_ERROR;
	res = account_of(db_user_set_active(db, user_id, 0));
	if (res == ACCOUNT_OK &&
	    (db_session_delete_user(db, user_id, NULL) != DB_OK ||
	    db_token_revoke_all(db, user_id) != DB_OK ||
	    !account_audit(db, a, "user.deactivate", "user", user_id, "1",
	    "0")))
		res = ACCOUNT_ERROR;
	return account_end(db, res);
}

/*
 * Reactivate user_id: they can log in again with their password (an
 * administrator may set a new one).  Roles are as they were; tokens
 * revoked at the deactivation stay revoked.
 */
enum account_res
account_activate(struct db *db, const struct account_actor *a,
    int64_t user_id)
{
	enum account_res res;

	if (!db_begin_immediate(db))
		return ACCOUNT_ERROR;
	res = account_of(db_user_set_active(db, user_id, 1));
	if (res == ACCOUNT_OK && !account_audit(db, a, "user.activate", "user",
	    user_id, "0", "1"))
		res = ACCOUNT_ERROR;
	return account_end(db, res);
}

/* A new API token for user_id, into token (shown once, stored hashed). */
enum account_res
account_token_create(struct db *db, const struct account_actor *a,
    int64_t user_id, const char *label, char token[SECRET_TOKEN_LEN + 1])
{
	enum account_res	res;
	char			hash[65];
	int64_t			id;

	if (!secret_token_new(token, hash))
		return ACCOUNT_ERROR;
	if (!db_begin_immediate(db))
		return ACCOUNT_ERROR;
	res = account_of(db_token_insert(db, user_id, hash, label, &id));
	if (res == ACCOUNT_HELD)
		res = ACCOUNT_NOT_FOUND;	/* no such user */
	if (res == ACCOUNT_OK && !account_audit(db, a, "token.create",
	    "api_token", id, "", label))
		res = ACCOUNT_ERROR;
	res = account_end(db, res);
	if (res != ACCOUNT_OK)
		pw_wipe(token, SECRET_TOKEN_LEN + 1);
	return res;
}

/* Revoke user_id's token token_id; from now on it answers 401. */
enum account_res
account_token_revoke(struct db *db, const struct account_actor *a,
    int64_t user_id, int64_t token_id)
{
	enum account_res res;

	if (!db_begin_immediate(db))
		return ACCOUNT_ERROR;
	res = account_of(db_token_revoke(db, user_id, token_id));
	if (res == ACCOUNT_OK && !account_audit(db, a, "token.revoke",
	    "api_token", token_id, "", ""))
		res = ACCOUNT_ERROR;
	return account_end(db, res);
}

/* The catalogue key of a result's message. */
const char *
account_res_key(enum account_res r)
{
	switch (r) {
	case ACCOUNT_OK: return "T_ACCOUNT_SAVED";
	case ACCOUNT_BAD_NAME: return "T_ACCOUNT_BAD_NAME";
	case ACCOUNT_BAD_DISPLAY_NAME: return "T_ACCOUNT_BAD_DISPLAY_NAME";
	case ACCOUNT_TAKEN: return "T_ACCOUNT_TAKEN";
	case ACCOUNT_PW_SHORT: return "T_ACCOUNT_PW_SHORT";
	case ACCOUNT_PW_LONG: return "T_ACCOUNT_PW_LONG";
	case ACCOUNT_PW_WRONG: return "T_ACCOUNT_PW_WRONG";
	case ACCOUNT_BAD_ROLE: return "T_ACCOUNT_BAD_ROLE";
	case ACCOUNT_NEED_SCOPE: return "T_ACCOUNT_NEED_SCOPE";
	case ACCOUNT_BAD_SCOPE: return "T_ACCOUNT_BAD_SCOPE";
	case ACCOUNT_NO_GEMEENTE: return "T_ACCOUNT_NO_GEMEENTE";
	case ACCOUNT_HELD: return "T_ACCOUNT_HELD";
	case ACCOUNT_NOT_FOUND: return "T_ACCOUNT_NOT_FOUND";
	case ACCOUNT_SELF: return "T_ACCOUNT_SELF";
	default: return "T_ERR_500";
	}
}
