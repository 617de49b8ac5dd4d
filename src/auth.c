/*
 * auth.c: identity and permission.  Until accounts exist every route is
 * public: auth_check() admits only routes marked ROLE_PUBLIC.
 */
#include <stdlib.h>

#include "auth.h"
#include "router.h"

enum auth_res
auth_check(struct req *q, struct resp *r)
{
	(void)r;
	return q->route->roles == ROLE_PUBLIC ? AUTH_OK : AUTH_FORBIDDEN;
}

int
auth_csrf_ok(const struct req *q)
{
	(void)q;
	return 0;
}

int
auth_scope(const struct req *q, unsigned roles, int64_t org_unit_id)
{
	(void)q;
	(void)roles;
	(void)org_unit_id;
	return 0;
}

void
auth_req_free(struct req *q)
{
	free(q->session_id);
	free(q->csrf);
	q->session_id = q->csrf = NULL;
}
