/*
 * router.c: matching a request to its route and deciding, before any handler
 * runs, what the route table says: 400 for malformed input, 404 for no such
 * path, 405 for a wrong method, 401/403 for who may not call it, 403 for a
 * missing CSRF token.  Error answers are pages in the site's layout (or JSON
 * under /api) that never echo the request back.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "auth.h"
#include "db.h"
#include "handlers.h"
#include "http.h"
#include "i18n.h"
#include "multipart.h"
#include "period.h"
#include "router.h"
#include "url.h"

/* The capture kinds, by the name a pattern gives them. */
static const struct {
	const char	*name;
	enum route_cap	 kind;
} router_caps[] = {
	{ "{id}",	 CAP_ID },
	{ "{indicator}", CAP_ID },
	{ "{year}",	 CAP_ID },	/* a budget year: the handler checks
					 * 2000..2100 (404 outside) */
	{ "{period}",	 CAP_PERIOD },
	{ "{v}",	 CAP_VERSION },
	{ "{action}",	 CAP_WORD },
	{ "{*}",	 CAP_REST },
};

/* What a pattern's segment of len bytes is: a literal or a capture kind. */
enum route_cap
router_cap(const char *seg, size_t len)
{
	size_t	i;

	if (len < 2 || seg[0] != '{' || seg[len - 1] != '}')
		return CAP_LITERAL;
	for (i = 0; i < sizeof(router_caps) / sizeof(router_caps[0]); i++)
		if (strlen(router_caps[i].name) == len &&
		    strncmp(router_caps[i].name, seg, len) == 0)
			return router_caps[i].kind;
	return CAP_UNKNOWN;
}

/*
 * 1 when every capture of the pattern is known, {*} comes last, and the
 * captures fit struct req: at most REQ_MAXARGS ids and strings, one period,
 * one version.  The unit test runs it over the whole route table.
 */
int
router_pattern_ok(const char *pat)
{
	const char	*e;
	size_t		 ids = 0, strs = 0, periods = 0, versions = 0;

	if (*pat != '/')
		return 0;
	while (*pat == '/') {
		pat++;
		e = strchrnul(pat, '/');
		switch (router_cap(pat, (size_t)(e - pat))) {
		case CAP_LITERAL:
			if (e == pat && *e != '\0')
				return 0;	/* "//" */
			break;
		case CAP_ID:
			ids++;
			break;
		case CAP_PERIOD:
			periods++;
			break;
		case CAP_VERSION:
			versions++;
			break;
		case CAP_REST:
			if (*e != '\0')
				return 0;
			/* FALLTHROUGH */
		case CAP_WORD:
			strs++;
			break;
		case CAP_UNKNOWN:
			return 0;
		}
		pat = e;
	}
	return *pat == '\0' && ids <= REQ_MAXARGS && strs <= REQ_MAXARGS &&
	    periods <= 1 && versions <= 1;
}

/* The captures of one match, kept aside until the whole path matched. */
struct router_got {
	int64_t			 id[REQ_MAXARGS];
	size_t			 idn;
	struct req_period	 period;
	int			 version;
	const char		*arg[REQ_MAXARGS];
	size_t			 argl[REQ_MAXARGS];
	size_t			 argn;
};

/* Check the len bytes at s as a capture of kind k; 1 and noted in g if so. */
static int
router_capture(enum route_cap k, const char *s, size_t len,
    struct router_got *g)
{
	char	 buf[24];
	int64_t	 v;
	size_t	 i;

	if (len == 0)
		return 0;
	switch (k) {
	case CAP_ID:
	case CAP_VERSION:
		if (len >= sizeof(buf))
			return 0;
		memcpy(buf, s, len);
		buf[len] = '\0';
		if (!url_id(buf, &v))
			return 0;
		if (k == CAP_VERSION) {
			if (v > ROUTE_VERSION_MAX)
				return 0;
			g->version = (int)v;
			return 1;
		}
		if (g->idn == REQ_MAXARGS)
			return 0;
		g->id[g->idn++] = v;
		return 1;
	case CAP_PERIOD:
		if (!period_parse(s, len, &g->period.year, &g->period.quarter))
			return 0;
		memcpy(g->period.name, s, len);
		g->period.name[len] = '\0';
		return 1;
	case CAP_WORD:
		if (len > ROUTE_WORD_MAX)
			return 0;
		for (i = 0; i < len; i++)
			if ((s[i] < 'a' || s[i] > 'z') && s[i] != '_')
				return 0;
		/* FALLTHROUGH */
	case CAP_REST:
		if (g->argn == REQ_MAXARGS)
			return 0;
		g->arg[g->argn] = s;
		g->argl[g->argn++] = len;
		return 1;
	case CAP_LITERAL:
	case CAP_UNKNOWN:
		break;
	}
	return 0;
}

/*
 * Match path against pattern, every capture checked against its kind.  On
 * a match the typed values go to q (ids, period, version; strings in
 * q->args, freed by the caller) and 1 is returned; otherwise q holds no
 * capture.  With q NULL only tests.
 */
int
router_match(const char *pat, const char *path, struct req *q)
{
	struct router_got	 g;
	const char		*pe, *se;
	size_t			 pl, sl, i;
	enum route_cap		 k;

	if (q != NULL) {
		q->argn = 0;
		q->idn = 0;
	}
	memset(&g, 0, sizeof(g));
	for (;;) {
		if (*pat != '/' || *path != '/')
			return 0;
		pat++;
		path++;
		pe = strchrnul(pat, '/');
		se = strchrnul(path, '/');
		pl = (size_t)(pe - pat);
		if ((k = router_cap(pat, pl)) == CAP_REST)
			se = path + strlen(path);
		sl = (size_t)(se - path);
		if (k == CAP_LITERAL) {
			if (pl != sl || strncmp(pat, path, pl) != 0)
				return 0;
		} else if (!router_capture(k, path, sl, &g))
			return 0;
		pat = pe;
		path = se;
		if (*pat == '\0' && *path == '\0')
			break;
		if (*pat == '\0' || *path == '\0')
			return 0;
	}
	if (q == NULL)
		return 1;
	for (i = 0; i < g.argn; i++)
		if ((q->args[i] = strndup(g.arg[i], g.argl[i])) == NULL) {
			while (i > 0)
				free(q->args[--i]);
			return 0;
		}
	q->argn = g.argn;
	memcpy(q->id, g.id, sizeof(q->id));
	q->idn = g.idn;
	q->period = g.period;
	q->version = g.version;
	return 1;
}

static int
router_is_api(const struct req *q)
{
	if (q->route != NULL)
		return (q->route->flags & RF_API) != 0;
	return q->path != NULL && strncmp(q->path, "/api/", 5) == 0;
}

static const char *
router_error_code(int status)
{
	switch (status) {
	case 400: return "bad_request";
	case 401: return "unauthorized";
	case 403: return "forbidden";
	case 404: return "not_found";
	case 405: return "method_not_allowed";
	case 409: return "conflict";
	case 413: return "payload_too_large";
	case 431: return "header_fields_too_large";
	case 422: return "unprocessable";
	case 501: return "not_implemented";
	case 503: return "unavailable";
	case 507: return "insufficient_storage";
	default: return "internal_error";
	}
}

static const char *
router_error_key(int status)
{
	switch (status) {
	case 400: case 422: return "T_ERR_400";
	case 401: return "T_ERR_401";
	case 403: return "T_ERR_403";
	case 404: return "T_ERR_404";
	case 405: return "T_ERR_405";
	case 409: return "T_ERR_409";
	case 413: case 431: return "T_ERR_413";
	case 501: return "T_ERR_501";
	case 503: return "T_ERR_503";
	case 507: return "T_ERR_STORAGE";
	default: return "T_ERR_500";
	}
}

/*
 * Answer status with the error page (HTML) or error object (API).  The text
 * comes from the catalogue only: nothing of the request is repeated.
 */
void
router_error(struct req *q, struct resp *r, int status)
{
	json_t	*j;
	char	*s;

	resp_free(r);
	r->status = status;
	if (router_is_api(q)) {
		j = json_pack("{s:{s:s,s:s}}", "error", "code",
		    router_error_code(status), "message",
		    i18n(q->lang, router_error_key(status)));
		s = j != NULL ? json_dumps(j, JSON_COMPACT) : NULL;
		json_decref(j);
		if (s != NULL)
			resp_set_body(r, "application/json", s, strlen(s));
		else
			resp_static(r, "application/json",
			    "{\"error\":{\"code\":\"internal_error\"}}");
		return;
	}
	page_error(q, r, status, i18n(q->lang, router_error_key(status)));
}

/* Language: ?lang= (remembered in a cookie), else the cookie, else Dutch. */
static void
router_lang(struct req *q, struct resp *r)
{
	const char	*l = req_query(q, "lang");
	char		 c[8];

	q->lang = LANG_NL;
	if (l != NULL && (strcmp(l, "en") == 0 || strcmp(l, "nl") == 0)) {
		q->lang = l[0] == 'e' ? LANG_EN : LANG_NL;
		q->lang_chosen = 1;
		resp_header(r, "Set-Cookie", q->lang == LANG_EN ?
		    "lang=en; Path=/; Max-Age=31536000; SameSite=Lax" :
		    "lang=nl; Path=/; Max-Age=31536000; SameSite=Lax");
	} else if (url_cookie(q->cookie, "lang", c, sizeof(c))) {
		q->lang = strcmp(c, "en") == 0 ? LANG_EN : LANG_NL;
		q->lang_chosen = 1;
	}
}

static void	router_run(struct req *, struct resp *, const struct route *);

static int
router_state_changing(enum http_method m)
{
	return m == HTTP_POST || m == HTTP_PUT || m == HTTP_PATCH ||
	    m == HTTP_DELETE;
}

/*
 * The route for q's path and method, its captures in q->args; NULL with
 * the 404 or 405 (and Allow) in r.
 */
static const struct route *
router_find(struct req *q, struct resp *r)
{
	const struct route	*rt;
	size_t			 i;
	int			 path_seen = 0;
	enum http_method	 m = q->method == HTTP_HEAD ? HTTP_GET : q->method;
	char			 allow[64] = "";

	for (i = 0; i < routes_len; i++) {
		rt = &routes[i];
		if (!router_match(rt->pattern, q->path, q))
			continue;
		path_seen = 1;
		if (rt->method == m)
			return rt;
		if (strlen(allow) + 8 < sizeof(allow)) {
			if (allow[0] != '\0')
				strcat(allow, ", ");
			strcat(allow, rt->method == HTTP_GET ? "GET, HEAD" :
			    rt->method == HTTP_POST ? "POST" :
			    rt->method == HTTP_PUT ? "PUT" :
			    rt->method == HTTP_PATCH ? "PATCH" : "DELETE");
		}
		while (q->argn > 0)
			free(q->args[--q->argn]);
	}
	router_error(q, r, path_seen ? 405 : 404);
	if (path_seen)
		resp_header(r, "Allow", allow);
	return NULL;
}

/*
 * Find the route, check method, identity, role and CSRF token, parse the
 * form body, then run the handler.  Raises 400, 401 (API) or a redirect to
 * the login page, 403, 404, 405; the handler raises the rest.
 */
void
router_dispatch(struct req *q, struct resp *r)
{
	const struct route	*found;

	r->status = 200;
	router_lang(q, r);
	if ((found = router_find(q, r)) == NULL)
		return;
	q->route = found;
	/* One read snapshot for the whole request; writes end it first. */
	db_read_begin(q->db);
	router_run(q, r, found);
	db_read_end(q->db);
}

/* 403 for a request that shows on its head that another site sent it. */
static int
router_csrf_head_ok(const struct req *q)
{
	if (q->via_token || q->csrf == NULL)
		return 1;	/* no session: the body's check refuses it */
	/* Browsers set Sec-Fetch-Site themselves; pages cannot forge it. */
	if (strcasecmp(q->fetch_site, "cross-site") == 0)
		return 0;
	if (q->csrf_header[0] != '\0' && !auth_equal(q->csrf_header, q->csrf))
		return 0;
	return 1;
}

/*
 * Decide on the request head alone, before any of its body is read,
 * whether the body may come: the route exists for this method, the caller
 * is logged in with a role the route allows, and nothing on the head
 * shows a cross-site request (the CSRF token in a form body is checked
 * again by router_dispatch() once the body is in).  Returns the largest
 * body the route takes (ROUTER_BODY_PUBLIC, ROUTER_BODY_FORM, or
 * app->max_body for RF_UPLOAD routes); 0 with the refusal in r: 404, 405,
 * 401 or the login redirect, 403, 503.  The caller frees what q holds.
 */
size_t
router_admit(struct req *q, struct resp *r)
{
	const struct route	*found;
	enum auth_res		 res;

	r->status = 200;
	router_lang(q, r);
	if ((found = router_find(q, r)) == NULL)
		return 0;
	q->route = found;
	db_read_begin(q->db);
	res = auth_check(q, r);
	db_read_end(q->db);
	switch (res) {
	case AUTH_OK:
		break;
	case AUTH_LOGIN:	/* redirect or 401 already in r */
		return 0;
	case AUTH_FORBIDDEN:
		router_error(q, r, 403);
		return 0;
	case AUTH_ERROR:
		router_error(q, r, 503);
		return 0;
	}
	if (router_state_changing(q->method) && !(found->flags & RF_NOCSRF) &&
	    !router_csrf_head_ok(q)) {
		if (router_is_api(q))
			router_error(q, r, 403);
		else {
			resp_free(r);
			page_error(q, r, 403, i18n(q->lang, "T_ERR_CSRF"));
		}
		return 0;
	}
	if (found->flags & RF_UPLOAD)
		return q->app->max_body;
	return found->roles == ROLE_PUBLIC ? ROUTER_BODY_PUBLIC :
	    ROUTER_BODY_FORM;
}

/* Identity, role, form and CSRF checks, then the route's handler. */
static void
router_run(struct req *q, struct resp *r, const struct route *found)
{
	switch (auth_check(q, r)) {
	case AUTH_OK:
		break;
	case AUTH_LOGIN:	/* redirect or 401 already in r */
		return;
	case AUTH_FORBIDDEN:
		router_error(q, r, 403);
		return;
	case AUTH_ERROR:
		router_error(q, r, 503);
		return;
	}
	/* The form first (its size was bounded when the body was read), so
	 * that the CSRF check can read the token among its fields. */
	if (router_state_changing(q->method) &&
	    strncmp(q->ctype, "application/x-www-form-urlencoded", 33) == 0 &&
	    !url_form(q->body, q->bodysz, &q->form)) {
		router_error(q, r, 400);
		return;
	}
	/* File uploads (the import) carry their csrf field the same way. */
	if (router_state_changing(q->method) &&
	    strncasecmp(q->ctype, "multipart/form-data", 19) == 0 &&
	    (q->body == NULL || !multipart_parse(q->body, q->bodysz, q->ctype,
	    &q->form))) {
		router_error(q, r, 400);
		return;
	}
	/* What a leaked token must not do: mint more, change the password. */
	if ((found->flags & RF_SESSION) && q->via_token) {
		router_error(q, r, 403);
		return;
	}
	if (router_state_changing(q->method) && !(found->flags & RF_NOCSRF) &&
	    !auth_csrf_ok(q)) {
		if (router_is_api(q))
			router_error(q, r, 403);
		else {
			resp_free(r);
			page_error(q, r, 403, i18n(q->lang, "T_ERR_CSRF"));
		}
		return;
	}
	found->fn(q, r);
	if (r->status >= 400 && r->body == NULL)
		router_error(q, r, r->status);
}

/* Free what the router and authentication attached to q. */
void
router_req_free(struct req *q)
{
	auth_req_free(q);
}
