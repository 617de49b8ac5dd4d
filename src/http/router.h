/*
 * router.h: the route table is the map of the application.
 *
 * Each route names its method, its path pattern, its handler, the roles that
 * may call it and its flags.  router_dispatch() decides 400/401/403/404/405
 * and checks the CSRF token before any handler runs; handlers only see
 * requests they are allowed to serve.
 *
 * Patterns: literal segments, "{}" captures one segment into req->args[],
 * "{*}" as the last segment captures the rest of the path.
 */
#ifndef KOERS_ROUTER_H
#define KOERS_ROUTER_H

#include "http.h"
#include "role.h"


enum route_flag {
	RF_API		= 1u << 0,	/* JSON answers and errors */
	RF_NOCSRF	= 1u << 1,	/* state change that carries no session (login) */
	RF_NOLANG	= 1u << 2,	/* no language negotiation needed (static, healthz) */
	RF_UPLOAD	= 1u << 3	/* takes a file upload: a body up to
					 * app->max_body, kept in a file */
};

/*
 * The largest body a route takes, decided on the head (router_admit):
 * public routes (the login form) a small form, other routes a form, upload
 * routes app->max_body.
 */
#define ROUTER_BODY_PUBLIC	(16u * 1024)
#define ROUTER_BODY_FORM	(2u * 1024 * 1024)

/*
 * A handler fills r and returns nothing; when it leaves r->status at 4xx/5xx
 * with no body, the router renders the error page (HTML or JSON).
 */
typedef void (*route_fn)(struct req *, struct resp *);

struct route {
	enum http_method method;
	const char	*pattern;
	route_fn	 fn;
	unsigned	 roles;		/* ROLE_PUBLIC or a mask of enum role */
	unsigned	 flags;
};

extern const struct route	routes[];
extern const size_t		routes_len;

size_t	router_admit(struct req *, struct resp *);
void	router_dispatch(struct req *, struct resp *);
void	router_error(struct req *, struct resp *, int status);
void	router_req_free(struct req *);
int	router_match(const char *pattern, const char *path, struct req *);

#endif
