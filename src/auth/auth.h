/*
 * auth.h: who is asking, and may they.  The router calls auth_check() for
 * every request before the handler runs; it is the one place where the route
 * table's roles are enforced.  Handlers that touch a unit's data call
 * auth_scope() as well.
 *
 * Sessions: a 256-bit id from getrandom(2), sent as the koers_session cookie
 * (HttpOnly, SameSite=Lax, Path=/, Secure with --secure-cookies) and stored
 * only as its SHA-256 hex.  A session ends after app->session_idle seconds
 * without use or app->session_absolute seconds after login, at logout, and
 * when its user is deactivated.  API tokens ("Authorization: Bearer ...")
 * are stored the same way and carry the same roles and scopes.
 */
#ifndef KOERS_AUTH_H
#define KOERS_AUTH_H

#include <stdint.h>

#include "db_who.h"
#include "http.h"
#include "secret.h"

enum auth_res {
	AUTH_OK,
	AUTH_LOGIN,		/* not logged in: r holds the redirect or 401 */
	AUTH_FORBIDDEN,		/* logged in, but this role may not */
	AUTH_ERROR		/* the session store failed */
};

#define AUTH_COOKIE		"koers_session"
#define AUTH_IDLE_DEFAULT	(30 * 60)
#define AUTH_ABSOLUTE_DEFAULT	(10 * 60 * 60)

enum auth_res	auth_check(struct req *, struct resp *);
int		auth_csrf_ok(const struct req *);
int		auth_scope(const struct req *, unsigned roles, int64_t org_unit_id);
void		auth_req_free(struct req *);
unsigned	auth_roles_in(const struct req *, int64_t org_unit_id);
void		auth_who(const struct req *, struct db_who *);
int		auth_composer(const struct req *);

int		auth_session_start(struct req *, struct resp *, int64_t user_id);
void		auth_session_end(struct req *, struct resp *);
int		auth_next_ok(const char *next);

int		auth_hash(const char *secret, char out[65]);
int		auth_equal(const char *a, const char *b);
int		auth_user_scope(const struct user *, struct db *, unsigned roles,
		    int64_t org_unit_id);

#endif
