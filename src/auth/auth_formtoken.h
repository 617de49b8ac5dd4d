/*
 * auth_formtoken.h: the login form's token, issued by the server.
 *
 * Before login there is no session to bind a CSRF token to, so the login
 * form uses a double-submit token (cookie and form field).  A value the
 * client chose would do for both, so the server issues it and signs it:
 * 64 hex digits of nonce (8 bytes), issue time (8 bytes, big-endian unix
 * seconds) and the first 16 bytes of HMAC-SHA256 over those under a
 * server secret (db_secret "login_form_key", in the 0600 database).  A
 * token is good for AUTH_FORMTOKEN_TTL seconds.
 */
#ifndef KOERS_AUTH_FORMTOKEN_H
#define KOERS_AUTH_FORMTOKEN_H

#include <stdint.h>

struct db;

#define AUTH_FORMTOKEN_HEX	64
#define AUTH_FORMTOKEN_TTL	(12 * 60 * 60)

/* A fresh token issued at now into out.  1, or 0 on failure (logged). */
int	auth_formtoken_new(struct db *, int64_t now,
	    char out[AUTH_FORMTOKEN_HEX + 1]);
/*
 * 1 when tok is a token this server issued, at most AUTH_FORMTOKEN_TTL
 * seconds before now (and not after it); 0 otherwise or on failure.
 */
int	auth_formtoken_ok(struct db *, const char *tok, int64_t now);

#endif
