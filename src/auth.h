/*
 * auth.h: who is asking, and may they.  The router calls auth_check() for
 * every request before the handler runs; it is the one place where the route
 * table's roles are enforced.  Handlers that touch a unit's data call
 * auth_scope() as well.
 */
#ifndef KOERS_AUTH_H
#define KOERS_AUTH_H

#include <stdint.h>

#include "http.h"

enum auth_res {
	AUTH_OK,
	AUTH_LOGIN,		/* not logged in: r holds the redirect or 401 */
	AUTH_FORBIDDEN,		/* logged in, but this role may not */
	AUTH_ERROR		/* the session store failed */
};

enum auth_res	auth_check(struct req *, struct resp *);
int		auth_csrf_ok(const struct req *);
int		auth_scope(const struct req *, unsigned roles, int64_t org_unit_id);
void		auth_req_free(struct req *);

#endif
