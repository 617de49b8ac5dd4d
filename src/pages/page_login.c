/*
 * page_login.c: logging in and out.
 *
 * The login form is protected against login CSRF with a double-submit
 * token: GET /login sets a random koers_login cookie (HttpOnly,
 * SameSite=Strict, Path=/login) and puts the same value in the form's csrf
 * field; POST /login accepts only when both arrive and match.  A site
 * that cannot read or set our cookies cannot produce the pair.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit.h"
#include "auth.h"
#include "auth_login.h"
#include "handlers.h"
#include "i18n.h"
#include "page.h"
#include "pw.h"
#include "router.h"
#include "tmpl.h"
#include "url.h"
#include "user.h"

#define LOGIN_COOKIE	"koers_login"

/*
 * Render the login form with a fresh form token, keeping the name typed
 * (never the password), with msg (or none) and status.
 */
static void
page_login_form(struct req *q, struct resp *r, int status, const char *msg,
    const char *username, const char *next)
{
	struct tmpl	*t, *s;
	char		 tok[SECRET_HEX + 1], c[200];

	if (!secret_new(tok)) {
		r->status = 500;
		return;
	}
	snprintf(c, sizeof(c), "%s=%s; Path=/login; HttpOnly; SameSite=Strict%s",
	    LOGIN_COOKIE, tok, q->app != NULL && q->app->secure_cookies ?
	    "; Secure" : "");
	if ((t = page_new(q)) == NULL) {
		r->status = 500;
		return;
	}
	tmpl_set(t, "LOGIN_TOKEN", tok);
	tmpl_set(t, "NEXT", auth_next_ok(next) ? next : "/");
	tmpl_set(t, "USERNAME", username != NULL ? username : "");
	if (msg != NULL && (s = tmpl_section(t, "LOGIN_ERROR")) != NULL)
		tmpl_set(s, "MESSAGE", msg);
	page_render(q, r, t, "login.tpl", i18n(q->lang, "T_LOGIN_TITLE"),
	    NAV_NONE);
	if (r->status < 500) {
		r->status = status;
		resp_header(r, "Set-Cookie", c);
	}
	pw_wipe(tok, sizeof(tok));
}

/* GET /login: the form.  ?next= is where to go afterwards.  Raises 500. */
void
page_login(struct req *q, struct resp *r)
{
	page_login_form(q, r, 200, NULL, NULL, req_query(q, "next"));
}

/*
 * POST /login: check the form token, then the name and password (see
 * auth_login()).  Success: a new session and 303 to next.  Raises 401
 * (wrong name or password, the form again), 403 (form token missing or
 * wrong, the form again), 429 (throttled, with Retry-After), 500.
 */
void
page_login_post(struct req *q, struct resp *r)
{
	const char		*user = req_form(q, "username");
	const char		*next = req_form(q, "next");
	const struct kv		*pw = req_form_kv(q, "password");
	const char		*tok = req_form(q, "csrf");
	char			 cookie[SECRET_HEX + 2], msg[256];
	char			 loc[1024];
	int64_t			 uid = 0, wait = 0;

	if (next == NULL || !auth_next_ok(next))
		next = "/";
	if (user == NULL)
		user = "";
	if (tok == NULL || !url_cookie(q->cookie, LOGIN_COOKIE, cookie,
	    sizeof(cookie)) || !auth_equal(tok, cookie)) {
		page_login_form(q, r, 403, i18n(q->lang, "T_LOGIN_EXPIRED"),
		    user, next);
		goto out;
	}
	switch (auth_login(q->db, user, pw != NULL ? pw->val : "", q->client,
	    (int64_t)time(NULL), &uid, &wait)) {
	case AUTH_LOGIN_OK:
		break;
	case AUTH_LOGIN_FAILED:
		page_login_form(q, r, 401, i18n(q->lang, "T_LOGIN_FAILED"),
		    user, next);
		goto out;
	case AUTH_LOGIN_THROTTLED:
		snprintf(msg, sizeof(msg), "%s %lld %s",
		    i18n(q->lang, "T_LOGIN_THROTTLED"), (long long)wait,
		    i18n(q->lang, "T_LOGIN_SECONDS"));
		page_login_form(q, r, 429, msg, user, next);
		snprintf(msg, sizeof(msg), "%lld", (long long)wait);
		resp_header(r, "Retry-After", msg);
		goto out;
	default:
		r->status = 503;
		goto out;
	}
	if (!auth_session_start(q, r, uid)) {
		r->status = 503;
		goto out;
	}
	resp_header(r, "Set-Cookie", LOGIN_COOKIE "=; Path=/login; Max-Age=0");
	snprintf(loc, sizeof(loc), "%s", next);
	resp_redirect(r, 303, loc);
out:
	if (pw != NULL)
		pw_wipe(pw->val, pw->vallen);
	pw_wipe(cookie, sizeof(cookie));
}

/* GET /logout: a page with the logout button (a GET changes nothing). */
void
page_logout_confirm(struct req *q, struct resp *r)
{
	page_render(q, r, page_new(q), "logout.tpl",
	    i18n(q->lang, "T_LOGOUT_TITLE"), NAV_NONE);
}

/*
 * POST /logout: end the session on the server, remove the cookie, and go
 * to the login page.  Raises nothing (the router checked login and CSRF).
 */
void
page_logout(struct req *q, struct resp *r)
{
	struct audit_entry e;

	memset(&e, 0, sizeof(e));
	e.user_id = q->user->id;
	e.username = q->user->username;
	e.client = q->client;
	e.action = q->via_token ? "logout.token" : "logout";
	e.entity = "user";
	e.entity_id = "";
	e.old_value = "";
	e.new_value = "";
	(void)audit_append(q->db, &e);
	auth_session_end(q, r);
	resp_redirect(r, 303, "/login");
}
