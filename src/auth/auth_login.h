/*
 * auth_login.h: checking a username and password, with throttling and the
 * audit trail, apart from HTTP so that it can be tested on its own.
 *
 * No user enumeration: an unknown, inactive or password-less account is
 * verified against a dummy hash (same time) and answered exactly like a
 * wrong password, and is throttled the same way.
 */
#ifndef KOERS_AUTH_LOGIN_H
#define KOERS_AUTH_LOGIN_H

#include <stdint.h>

struct db;

enum auth_login_res {
	AUTH_LOGIN_OK,
	AUTH_LOGIN_FAILED,	/* wrong name or password (counted) */
	AUTH_LOGIN_THROTTLED,	/* refused unchecked: *wait seconds to go */
	AUTH_LOGIN_ERROR	/* the database failed */
};

enum auth_login_res auth_login(struct db *, const char *username,
		    const char *password, const char *client, int64_t now,
		    int64_t *user_id, int64_t *wait);

#endif
