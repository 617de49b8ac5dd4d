/*
 * page_account.c: the user's own page: their roles, their API tokens
 * (created here and shown once, revoked here) and their password.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "account.h"
#include "auth.h"
#include "db_org.h"
#include "db_token.h"
#include "handlers.h"
#include "i18n.h"
#include "page.h"
#include "page_account.h"
#include "pw.h"
#include "router.h"
#include "tmpl.h"
#include "user.h"

struct account_actor
page_account_actor(const struct req *q)
{
	struct account_actor a;

	a.user_id = q->user->id;
	a.username = q->user->username;
	a.client = q->client;
	return a;
}

/*
 * The account page.  err_field names the form ("password", "token") whose
 * message err_key is; token is a just-created token to show once.
 */
static void
page_account_render(struct req *q, struct resp *r, int status,
    const char *err_field, const char *err_key, const char *token)
{
	struct tmpl		*t, *s;
	struct token_list	*tl;
	struct org_unit		*u;
	const char		*done = req_query(q, "done");
	size_t			 i;

	if ((tl = db_token_list(q->db, q->user->id)) == NULL ||
	    (t = page_new(q)) == NULL) {
		db_token_list_free(tl);
		r->status = 500;
		return;
	}
	tmpl_set(t, "USERNAME", q->user->username);
	tmpl_set(t, "DISPLAY_NAME", q->user->display_name);
	for (i = 0; i < q->user->grantn; i++) {
		if ((s = tmpl_section(t, "GRANT")) == NULL)
			break;
		tmpl_set(s, "ROLE", i18n(q->lang,
		    role_key(q->user->grants[i].role)));
		u = db_org_get(q->db, q->user->grants[i].org_unit_id);
		tmpl_set(s, "SCOPE", u != NULL ? u->name : "");
		db_org_free(u);
	}
	for (i = 0; i < tl->n; i++) {
		if ((s = tmpl_section(t, "TOKEN")) == NULL)
			break;
		tmpl_set_int(s, "ID", (long long)tl->v[i].id);
		tmpl_set(s, "LABEL", tl->v[i].label);
		page_set_when(s, "CREATED", q, tl->v[i].created_at);
		page_set_when(s, "USED", q, tl->v[i].last_used);
		if (tl->v[i].revoked_at[0] == '\0')
			tmpl_show(s, "TOKEN_ACTIVE");
		else
			tmpl_show(s, "TOKEN_REVOKED");
	}
	if (tl->n == 0)
		tmpl_show(t, "NO_TOKENS");
	else
		tmpl_show(t, "HAS_TOKENS");
	db_token_list_free(tl);
	if (token != NULL && (s = tmpl_section(t, "NEW_TOKEN")) != NULL)
		tmpl_set(s, "TOKEN", token);
	if (err_key != NULL && err_field != NULL) {
		s = tmpl_section(t, strcmp(err_field, "token") == 0 ?
		    "TOKEN_ERROR" : "PASSWORD_ERROR");
		if (s != NULL)
			tmpl_set(s, "MESSAGE", i18n(q->lang, err_key));
	}
	/* Notices come from a fixed list: nothing of the query is shown. */
	if (done != NULL && (strcmp(done, "password") == 0 ||
	    strcmp(done, "revoked") == 0) &&
	    (s = tmpl_section(t, "NOTICE")) != NULL)
		tmpl_set(s, "MESSAGE", i18n(q->lang, done[0] == 'p' ?
		    "T_ACCOUNT_DONE_PASSWORD" : "T_ACCOUNT_DONE_REVOKED"));
	page_render(q, r, t, "account.tpl", i18n(q->lang, "T_ACCOUNT_TITLE"),
	    NAV_NONE);
	if (r->status < 500)
		r->status = status;
	/* A page with a token on it must not be kept anywhere. */
	r->no_store = 1;
}

/* GET /account: the user's own page.  Raises 500. */
void
page_account(struct req *q, struct resp *r)
{
	page_account_render(q, r, 200, NULL, NULL, NULL);
}

/*
 * POST /account/password: current, password, password2.  303 to the page
 * with a notice; 422 with the message at the form.  Raises 500.
 */
void
page_account_password(struct req *q, struct resp *r)
{
	const struct kv		*cur = req_form_kv(q, "current");
	const struct kv		*pw = req_form_kv(q, "password");
	const struct kv		*pw2 = req_form_kv(q, "password2");
	struct account_actor	 a = page_account_actor(q);
	enum account_res	 res;
	char			 hash[65];

	if (cur == NULL || pw == NULL || pw2 == NULL ||
	    strcmp(pw->val, pw2->val) != 0) {
		page_account_render(q, r, 422, "password",
		    "T_ACCOUNT_PW_MISMATCH", NULL);
		goto out;
	}
	if (q->session_id == NULL || !auth_hash(q->session_id, hash))
		hash[0] = '\0';
	/* The form's box is ticked by default: unticked, nothing is sent. */
	res = account_change_password(q->db, &a, cur->val, pw->val,
	    hash[0] != '\0' ? hash : NULL,
	    req_form(q, "revoke_tokens") != NULL);
	if (res == ACCOUNT_ERROR)
		r->status = 500;
	else if (res != ACCOUNT_OK)
		page_account_render(q, r, 422, "password",
		    account_res_key(res), NULL);
	else
		resp_redirect(r, 303, "/account?done=password");
out:
	if (cur != NULL)
		pw_wipe(cur->val, cur->vallen);
	if (pw != NULL)
		pw_wipe(pw->val, pw->vallen);
	if (pw2 != NULL)
		pw_wipe(pw2->val, pw2->vallen);
}

/*
 * POST /account/tokens: label and password, from a browser session (the
 * route is RF_SESSION: never with an API token, so a leaked token cannot
 * mint more).  Answers the page itself (200) with the new token shown
 * once; 422 when the label is too long or the password is not the
 * user's.  Raises 500.
 */
void
page_account_token_create(struct req *q, struct resp *r)
{
	const char		*label = req_form(q, "label");
	const struct kv		*pw = req_form_kv(q, "password");
	struct account_actor	 a = page_account_actor(q);
	char			 token[SECRET_TOKEN_LEN + 1];
	enum account_res	 res;

	if (label == NULL)
		label = "";
	if (strlen(label) > 100) {
		page_account_render(q, r, 422, "token", "T_ACCOUNT_LABEL_LONG",
		    NULL);
		goto out;
	}
	res = pw == NULL ? ACCOUNT_PW_WRONG :
	    account_verify_password(q->db, &a, pw->val);
	if (res != ACCOUNT_OK) {
		if (res == ACCOUNT_PW_WRONG)
			page_account_render(q, r, 422, "token",
			    "T_ACCOUNT_TOKEN_PW_WRONG", NULL);
		else
			r->status = 500;
		goto out;
	}
	if (account_token_create(q->db, &a, q->user->id, label, token) !=
	    ACCOUNT_OK) {
		r->status = 500;
		goto out;
	}
	page_account_render(q, r, 200, NULL, NULL, token);
	pw_wipe(token, sizeof(token));
out:
	if (pw != NULL)
		pw_wipe(pw->val, pw->vallen);
}

/*
 * POST /account/tokens/{id}/revoke: revoke one of the user's own tokens.
 * 303 to the page.  Raises 404 (not theirs, or revoked already), 500.
 */
void
page_account_token_revoke(struct req *q, struct resp *r)
{
	struct account_actor	a = page_account_actor(q);
	int64_t			id;

	id = q->id[0];
	switch (account_token_revoke(q->db, &a, q->user->id, id)) {
	case ACCOUNT_OK:
		resp_redirect(r, 303, "/account?done=revoked");
		break;
	case ACCOUNT_NOT_FOUND:
		r->status = 404;
		break;
	default:
		r->status = 500;
		break;
	}
}
