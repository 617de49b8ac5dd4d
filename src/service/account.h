/*
 * account.h: managing accounts, the same way from the administrator's pages,
 * the user's own page and the command line.  Each call validates, writes in
 * one transaction and appends its audit entry (who, from where) to it.
 * Passwords are taken in clear, hashed here, and never stored or logged.
 */
#ifndef KOERS_ACCOUNT_H
#define KOERS_ACCOUNT_H

#include <stdint.h>

#include "secret.h"

struct db;

enum account_res {
	ACCOUNT_OK,
	ACCOUNT_BAD_NAME,	/* username empty, too long or odd characters */
	ACCOUNT_BAD_DISPLAY_NAME, /* control characters, or too long */
	ACCOUNT_TAKEN,		/* username exists */
	ACCOUNT_PW_SHORT,	/* fewer than PW_MIN_LEN characters */
	ACCOUNT_PW_LONG,	/* more than PW_MAX_LEN */
	ACCOUNT_PW_WRONG,	/* the current password does not match */
	ACCOUNT_BAD_ROLE,	/* no such role */
	ACCOUNT_NEED_SCOPE,	/* director and manager need an org unit */
	ACCOUNT_BAD_SCOPE,	/* no such unit, or not the gemeente for a
				 * municipality-wide role */
	ACCOUNT_NO_GEMEENTE,	/* the org tree is empty: run koers init */
	ACCOUNT_HELD,		/* the role is held already */
	ACCOUNT_NOT_FOUND,	/* no such user, grant or token */
	ACCOUNT_SELF,		/* an administrator locking themselves out */
	ACCOUNT_ERROR		/* the database failed; logged */
};

/* Who acts: a logged-in user, or the command line (id 0, client "cli"). */
struct account_actor {
	int64_t		 user_id;
	const char	*username;
	const char	*client;
};

enum account_res account_password_check(const char *password);
enum account_res account_create(struct db *, const struct account_actor *,
		    const char *username, const char *display_name,
		    const char *password, const char *role, int64_t scope,
		    int64_t *id);
enum account_res account_set_password(struct db *,
		    const struct account_actor *, int64_t user_id,
		    const char *password);
enum account_res account_change_password(struct db *,
		    const struct account_actor *, const char *current,
		    const char *password, const char *keep_session_hash,
		    int revoke_tokens);
/* ACCOUNT_OK when password is the actor's own, else ACCOUNT_PW_WRONG. */
enum account_res account_verify_password(struct db *,
		    const struct account_actor *, const char *password);
enum account_res account_role(struct db *, const struct account_actor *,
		    int64_t user_id, int add, const char *role, int64_t scope);
enum account_res account_deactivate(struct db *,
		    const struct account_actor *, int64_t user_id);
enum account_res account_activate(struct db *,
		    const struct account_actor *, int64_t user_id);
enum account_res account_token_create(struct db *,
		    const struct account_actor *, int64_t user_id,
		    const char *label, char token[SECRET_TOKEN_LEN + 1]);
enum account_res account_token_revoke(struct db *,
		    const struct account_actor *, int64_t user_id,
		    int64_t token_id);
const char	*account_res_key(enum account_res);

#endif
