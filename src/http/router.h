/*
 * router.h: the route table is the map of the application.
 *
 * Each route names its method, its path pattern, its handler, the roles that
 * may call it and its flags.  router_dispatch() decides 400/401/403/404/405
 * and checks the CSRF token before any handler runs; handlers only see
 * requests they are allowed to serve.
 *
 * Patterns: literal segments and typed captures (enum route_cap).  A
 * capture whose segment is not of its kind makes the path not match, so a
 * request for /dashboard/programmes/abc or /api/v1/figures/1/2/2014-Q9 is
 * answered 404 by the router and no handler ever parses a path.
 */
#ifndef KOERS_ROUTER_H
#define KOERS_ROUTER_H

#include "http.h"
#include "role.h"


/*
 * What a capture accepts, and where the handler finds the value.  The name
 * in braces is the kind; {indicator} is an id like {id}, named for the
 * reader of the route table.
 */
enum route_cap {
	CAP_LITERAL,	/* not a capture: the segment as written */
	CAP_ID,		/* {id}, {indicator}, {year}: 1..2^53, digits only, no leading
			 * zero; req->id[] in the order of the pattern */
	CAP_PERIOD,	/* {period}: "2014-Q3", year 2000..2100, quarter 1..4;
			 * req->period */
	CAP_VERSION,	/* {v}: 1..ROUTE_VERSION_MAX; req->version */
	CAP_WORD,	/* {action}: 1..ROUTE_WORD_MAX of a-z and '_'; req->args[] */
	CAP_REST,	/* {*}, last only: the rest of the path; req->args[] */
	CAP_UNKNOWN	/* braces the router does not know: never matches */
};
#define ROUTE_VERSION_MAX	1000000
#define ROUTE_WORD_MAX		32

enum route_flag {
	RF_API		= 1u << 0,	/* JSON answers and errors */
	RF_NOCSRF	= 1u << 1,	/* state change that carries no session (login) */
	RF_NOLANG	= 1u << 2,	/* no language negotiation needed (static, healthz) */
	RF_SESSION	= 1u << 3,	/* a browser session only: an API token gets 403 */
	RF_UPLOAD	= 1u << 4	/* takes a file upload: a body up to
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
enum route_cap	router_cap(const char *segment, size_t len);
int	router_pattern_ok(const char *pattern);

#endif
