/*
 * auth.c: identity and permission.  auth_check() finds the user from the
 * session cookie or a Bearer token and applies the route table's roles;
 * auth_csrf_ok() checks the per-session token on state changes;
 * auth_scope() is the one test of a user's reach over an org unit.
 */
#include <openssl/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "auth.h"
#include "db_org.h"
#include "db_session.h"
#include "db_token.h"
#include "db_user.h"
#include "log.h"
#include "pw.h"
#include "role.h"
#include "router.h"
#include "sha256.h"
#include "url.h"
#include "user.h"

/* The SHA-256 of secret as 64 hex digits.  1 on success. */
int
auth_hash(const char *secret, char out[65])
{
	return sha256_hex(secret, strlen(secret), out);
}

/* 1 when a and b are equal, in time that does not depend on where they differ. */
int
auth_equal(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	if (la != lb || la == 0)
		return 0;
	return CRYPTO_memcmp(a, b, la) == 0;
}

static int
auth_is_hex(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return s[len] == '\0';
}

static int64_t
auth_idle(const struct req *q)
{
	return q->app != NULL && q->app->session_idle > 0 ?
	    (int64_t)q->app->session_idle : AUTH_IDLE_DEFAULT;
}

static int64_t
auth_absolute(const struct req *q)
{
	return q->app != NULL && q->app->session_absolute > 0 ?
	    (int64_t)q->app->session_absolute : AUTH_ABSOLUTE_DEFAULT;
}

/*
 * The Set-Cookie value for the session cookie; value "" with Max-Age=0
 * removes it.
 */
static void
auth_cookie(const struct req *q, struct resp *r, const char *value)
{
	char c[256];

	snprintf(c, sizeof(c), "%s=%s; Path=/; HttpOnly; SameSite=Lax%s%s",
	    AUTH_COOKIE, value, q->app != NULL && q->app->secure_cookies ?
	    "; Secure" : "", value[0] == '\0' ? "; Max-Age=0" : "");
	resp_header(r, "Set-Cookie", c);
}

/*
 * The user of a Bearer token.  Returns 1 with q->user set, 0 when the token
 * is not valid, -1 on error.
 */
static int
auth_bearer(struct req *q, const char *token)
{
	struct token_use	 use;
	char			 hash[65];

	if (strlen(token) != SECRET_TOKEN_LEN ||
	    strncmp(token, SECRET_TOKEN_PREFIX, 6) != 0 ||
	    !auth_is_hex(token + 6, SECRET_HEX))
		return 0;
	if (!auth_hash(token, hash))
		return -1;
	switch (db_token_user(q->db, hash, &use)) {
	case DB_OK:
		break;
	case DB_NOTFOUND:
		return 0;
	default:
		return -1;
	}
	if ((q->user = db_user_load(q->db, use.user_id)) == NULL)
		return -1;
	q->via_token = 1;
	(void)db_token_touch(q->db, &use);
	return 1;
}

/*
 * The user of the session cookie, if it is alive.  Returns 1 with q->user,
 * q->session_id and q->csrf set, 0 when there is no live session, -1 on
 * error.  An expired session is deleted.
 */
static int
auth_session(struct req *q)
{
	struct session_row	 s;
	char			 id[SECRET_HEX + 2], hash[65];
	int64_t			 now = (int64_t)time(NULL), every;
	int			 ret = 0;

	if (!url_cookie(q->cookie, AUTH_COOKIE, id, sizeof(id)) ||
	    strlen(id) != SECRET_HEX || !auth_is_hex(id, SECRET_HEX))
		goto out;
	if (!auth_hash(id, hash)) {
		ret = -1;
		goto out;
	}
	switch (db_session_get(q->db, hash, &s)) {
	case DB_OK:
		break;
	case DB_NOTFOUND:
		goto out;
	default:
		ret = -1;
		goto out;
	}
	if (now - s.seen_at > auth_idle(q) ||
	    now - s.created_at > auth_absolute(q)) {
		(void)db_session_delete(q->db, hash);
		goto out;
	}
	/* Writes are costly: note the use at most once a minute. */
	every = auth_idle(q) / 4 < 60 ? auth_idle(q) / 4 : 60;
	if (now - s.seen_at >= every)
		(void)db_session_touch(q->db, hash, now);
	if ((q->user = db_user_load(q->db, s.user_id)) == NULL ||
	    (q->session_id = strdup(id)) == NULL ||
	    (q->csrf = strdup(s.csrf)) == NULL) {
		ret = -1;
		goto out;
	}
	ret = 1;
out:
	pw_wipe(id, sizeof(id));
	pw_wipe(&s, sizeof(s));
	return ret;
}

/* Send the anonymous caller of a protected route to the login page, or 401. */
static void
auth_to_login(struct req *q, struct resp *r)
{
	char	 target[1024], enc[3200], loc[3300];
	size_t	 i, n;
	int	 ok = 1;

	if (q->route->flags & RF_API) {
		router_error(q, r, 401);
		resp_header(r, "WWW-Authenticate", "Bearer realm=\"koers\"");
		return;
	}
	n = (size_t)snprintf(target, sizeof(target), "%s", q->path);
	for (i = 0; i < q->query.n && ok; i++) {
		char k[256], v[512];

		/* Too long to come back to exactly: the path alone. */
		if (url_encode(q->query.v[i].key, k, sizeof(k)) >= sizeof(k) ||
		    url_encode(q->query.v[i].val, v, sizeof(v)) >= sizeof(v)) {
			ok = 0;
			break;
		}
		n += (size_t)snprintf(target + (n < sizeof(target) ? n : 0),
		    n < sizeof(target) ? sizeof(target) - n : 0, "%c%s=%s",
		    i == 0 ? '?' : '&', k, v);
		ok = n < sizeof(target);
	}
	if (!ok)
		snprintf(target, sizeof(target), "%s", q->path);
	if (!auth_next_ok(target))
		snprintf(target, sizeof(target), "/");
	url_encode(target, enc, sizeof(enc));
	snprintf(loc, sizeof(loc), "/login?next=%s", enc);
	resp_free(r);
	resp_redirect(r, 303, loc);
}

/*
 * Identify the caller (Bearer token first, then the session cookie) and
 * apply the route's roles.  Public routes are open to all; the others need
 * a user holding one of the route's roles.  Fills q->user, q->csrf and
 * q->session_id.  See enum auth_res.
 */
enum auth_res
auth_check(struct req *q, struct resp *r)
{
	const struct route	*rt = q->route;
	int			 who = 0;

	if (rt->roles == ROLE_PUBLIC && (rt->flags & RF_NOLANG))
		return AUTH_OK;	/* static files, health: nobody to show */
	if (strncasecmp(q->authz, "Bearer ", 7) == 0) {
		if ((who = auth_bearer(q, q->authz + 7)) < 0)
			return AUTH_ERROR;
		if (who == 0 && rt->roles != ROLE_PUBLIC) {
			/* A wrong token is refused, never retried as a cookie. */
			router_error(q, r, 401);
			resp_header(r, "WWW-Authenticate",
			    "Bearer realm=\"koers\", error=\"invalid_token\"");
			return AUTH_LOGIN;
		}
	} else if ((who = auth_session(q)) < 0)
		return AUTH_ERROR;
	if (rt->roles == ROLE_PUBLIC)
		return AUTH_OK;
	if (q->user == NULL) {
		auth_to_login(q, r);
		return AUTH_LOGIN;
	}
	return (q->user->roles & rt->roles) != 0 ? AUTH_OK : AUTH_FORBIDDEN;
}

/*
 * The csrf field of a multipart/form-data body, copied into out.  Returns 1
 * when found.  Only what the check needs: the part's name and its value.
 */
static int
auth_multipart_csrf(const struct req *q, char *out, size_t outsz)
{
	const char	*b, *p, *end, *v, *ve;
	char		 delim[80];
	size_t		 dl;

	if ((b = strstr(q->ctype, "boundary=")) == NULL)
		return 0;
	b += 9;
	if (*b == '"')
		b++;
	dl = strcspn(b, "\";");
	if (dl == 0 || dl > 70)
		return 0;
	snprintf(delim, sizeof(delim), "--%.*s", (int)dl, b);
	end = q->body + q->bodysz;
	for (p = q->body; p != NULL && p < end; ) {
		p = memmem(p, (size_t)(end - p), delim, strlen(delim));
		if (p == NULL)
			return 0;
		p += strlen(delim);
		if ((v = memmem(p, (size_t)(end - p), "\r\n\r\n", 4)) == NULL)
			return 0;
		if (memmem(p, (size_t)(v - p), "name=\"csrf\"", 11) != NULL) {
			v += 4;
			ve = memmem(v, (size_t)(end - v), "\r\n", 2);
			if (ve == NULL || (size_t)(ve - v) >= outsz)
				return 0;
			memcpy(out, v, (size_t)(ve - v));
			out[ve - v] = '\0';
			return 1;
		}
		p = v;
	}
	return 0;
}

/*
 * 1 when a state-changing request carries its session's CSRF token: the
 * form field "csrf" (urlencoded or multipart) or the X-CSRF-Token header.
 * Requests made with an API token need none: nothing ambient authenticates
 * them.  0 otherwise, and always 0 without a session.
 */
int
auth_csrf_ok(const struct req *q)
{
	const char	*f;
	char		 part[SECRET_HEX + 2];

	if (q->via_token && q->user != NULL)
		return 1;
	if (q->csrf == NULL || q->csrf[0] == '\0')
		return 0;
	if (q->csrf_header[0] != '\0')
		return auth_equal(q->csrf_header, q->csrf);
	if ((f = req_form(q, "csrf")) != NULL)
		return auth_equal(f, q->csrf);
	if (strncasecmp(q->ctype, "multipart/form-data", 19) == 0 &&
	    auth_multipart_csrf(q, part, sizeof(part)))
		return auth_equal(part, q->csrf);
	return 0;
}

/*
 * 1 when u holds one of roles with a scope that contains org_unit_id (the
 * unit itself or one above it), 0 otherwise or on error.
 */
int
auth_user_scope(const struct user *u, struct db *db, unsigned roles,
    int64_t org_unit_id)
{
	size_t i;

	if (u == NULL || org_unit_id <= 0)
		return 0;
	for (i = 0; i < u->grantn; i++)
		if ((u->grants[i].role & roles) &&
		    db_org_is_within(db, org_unit_id, u->grants[i].org_unit_id))
			return 1;
	return 0;
}

/*
 * 1 when the request's user may act on org_unit_id in one of roles: they
 * hold such a role scoped to that unit or one above it.  The one check
 * every handler that writes a unit's data makes (403 when it fails).
 */
int
auth_scope(const struct req *q, unsigned roles, int64_t org_unit_id)
{
	return auth_user_scope(q->user, q->db, roles, org_unit_id);
}

/*
 * The enum role bits the request's user holds with a scope containing
 * org_unit_id: what the entry pages and the entry API may do there.
 */
unsigned
auth_roles_in(const struct req *q, int64_t org_unit_id)
{
	unsigned	 roles = 0, bit;
	size_t		 i;

	if (q->user == NULL)
		return 0;
	for (i = 0; i < ROLE_COUNT; i++)
		if (auth_scope(q, (bit = role_at((unsigned)i)), org_unit_id))
			roles |= bit;
	return roles;
}

/* Who is making a change, for the audit: the user and where they are. */
void
auth_who(const struct req *q, struct db_who *w)
{
	w->user_id = q->user != NULL ? q->user->id : 0;
	w->username = q->user != NULL ? q->user->username : "";
	w->client = q->client;
}

/* 1 when the request's user composes reports and so sees drafts. */
int
auth_composer(const struct req *q)
{
	return q->user != NULL && (q->user->roles & ROLE_COMPOSER) != 0;
}

/*
 * Log user_id in: a new session with a fresh id and CSRF token, whatever
 * session cookie came with the request (no fixation; a live one is ended).
 * Sets the cookie on r and q->csrf/q->session_id.  1 on success.
 */
int
auth_session_start(struct req *q, struct resp *r, int64_t user_id)
{
	char	id[SECRET_HEX + 1], csrf[SECRET_HEX + 1], hash[65];
	char	old[SECRET_HEX + 2];
	int	ok = 0;

	if (url_cookie(q->cookie, AUTH_COOKIE, old, sizeof(old)) &&
	    strlen(old) == SECRET_HEX && auth_hash(old, hash))
		(void)db_session_delete(q->db, hash);
	pw_wipe(old, sizeof(old));
	if (!secret_new(id) || !secret_new(csrf) ||
	    !auth_hash(id, hash))
		goto out;
	if (db_session_insert(q->db, hash, user_id, csrf, (int64_t)time(NULL),
	    q->client) != DB_OK)
		goto out;
	free(q->session_id);
	free(q->csrf);
	q->session_id = strdup(id);
	q->csrf = strdup(csrf);
	auth_cookie(q, r, id);
	ok = 1;
out:
	pw_wipe(id, sizeof(id));
	pw_wipe(csrf, sizeof(csrf));
	return ok;
}

/* End the request's session on the server and remove the cookie. */
void
auth_session_end(struct req *q, struct resp *r)
{
	char hash[65];

	if (q->session_id != NULL && auth_hash(q->session_id, hash))
		(void)db_session_delete(q->db, hash);
	auth_cookie(q, r, "");
}

/*
 * 1 when next is a safe place to return to after login: a path on this
 * site ("/..." but not "//..." or "/\..."), printable ASCII, no backslash.
 */
int
auth_next_ok(const char *next)
{
	const unsigned char *p;

	if (next == NULL || next[0] != '/' || next[1] == '/' ||
	    next[1] == '\\' || strlen(next) > 1000)
		return 0;
	for (p = (const unsigned char *)next; *p != '\0'; p++)
		if (*p <= 0x20 || *p >= 0x7f || *p == '\\')
			return 0;
	return 1;
}

/* Wipe and free what authentication attached to q. */
void
auth_req_free(struct req *q)
{
	if (q->session_id != NULL)
		pw_wipe(q->session_id, strlen(q->session_id));
	free(q->session_id);
	free(q->csrf);
	user_free(q->user);
	q->session_id = q->csrf = NULL;
	q->user = NULL;
}
