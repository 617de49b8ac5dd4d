/*
 * page_admin_user.c: the administrator's user management: list and create
 * users, reset passwords, assign and remove roles with their scope, and
 * deactivate and reactivate.  The route table admits administrators only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "account.h"
#include "db_org.h"
#include "db_period.h"
#include "db_user.h"
#include "handlers.h"
#include "i18n.h"
#include "model.h"
#include "page.h"
#include "page_account.h"
#include "pw.h"
#include "role.h"
#include "router.h"
#include "tmpl.h"
#include "url.h"
#include "user.h"
#include "utf8.h"

static const unsigned page_admin_roles[] = {
	ROLE_ADMINISTRATOR, ROLE_CMT, ROLE_CONTROL, ROLE_DIRECTOR, ROLE_MANAGER,
	ROLE_COUNCIL
};

/* Role and scope choices for a form; selected role and unit kept. */
static int
page_admin_choices(struct req *q, struct tmpl *t, const char *role,
    int64_t scope)
{
	struct org_list	*ol;
	struct period	 cur;
	struct tmpl	*s;
	size_t		 i;
	char		 indent[64];
	int		 d, year;

	for (i = 0; i < sizeof(page_admin_roles) / sizeof(page_admin_roles[0]);
	    i++) {
		if ((s = tmpl_section(t, "ROLE_OPTION")) == NULL)
			return 0;
		tmpl_set(s, "VALUE", role_name(page_admin_roles[i]));
		tmpl_set(s, "TEXT", i18n(q->lang,
		    role_key(page_admin_roles[i])));
		if (role != NULL &&
		    strcmp(role, role_name(page_admin_roles[i])) == 0)
			tmpl_show(s, "SELECTED");
	}
	if ((ol = db_org_list(q->db)) == NULL)
		return 0;
	year = db_period_current(q->db, &cur) ? cur.year : 0;
	for (i = 0; i < ol->n; i++) {
		/* A unit that ended before the current year is no scope to give
		 * (its successor is); one that begins later is. */
		if (ol->v[i].last_year != 0 && ol->v[i].last_year < year &&
		    ol->v[i].id != scope)
			continue;
		if ((s = tmpl_section(t, "UNIT_OPTION")) == NULL)
			break;
		tmpl_set_int(s, "VALUE", (long long)ol->v[i].id);
		/* Depth shown with non-breaking spaces: text, not markup. */
		indent[0] = '\0';
		for (d = 0; d < ol->v[i].depth && d < 8; d++)
			strcat(indent, "\xc2\xa0\xc2\xa0");
		tmpl_set(s, "INDENT", indent);
		tmpl_set(s, "TEXT", ol->v[i].name);
		if (ol->v[i].id == scope)
			tmpl_show(s, "SELECTED");
	}
	db_org_list_free(ol);
	return 1;
}

static int64_t
page_admin_scope(const struct req *q)
{
	const char	*s = req_form(q, "scope");
	int64_t		 id = 0;

	if (s == NULL || s[0] == '\0' || !url_id(s, &id))
		return 0;
	return id;
}

/*
 * The list with the create form; err_key a message at the form, the typed
 * values kept (never the password).
 */
/*
 * The grants of db_user_list() ("role<TAB>unit name" lines) in words:
 * "manager van Publiekszaken, directeur van Dienstverlening".
 */
static void
page_admin_grants(char *buf, size_t sz, const struct req *q,
    const char *grants)
{
	const char	*p = grants, *tab, *nl;
	char		 role[32];
	size_t		 len = 0, rl;
	int		 n;

	buf[0] = '\0';
	while (p != NULL && *p != '\0' && len + 1 < sz) {
		nl = strchr(p, '\n');
		if ((tab = strchr(p, '\t')) == NULL || (nl != NULL && tab > nl))
			break;
		rl = (size_t)(tab - p) < sizeof(role) - 1 ?
		    (size_t)(tab - p) : sizeof(role) - 1;
		memcpy(role, p, rl);
		role[rl] = '\0';
		n = utf8_snprintf(buf + len, sz - len, "%s%s %s %.*s",
		    len > 0 ? ", " : "", i18n(q->lang, role_key(role_bit(role))),
		    i18n(q->lang, "T_ROLE_OF"),
		    (int)(nl != NULL ? (size_t)(nl - tab - 1) : strlen(tab + 1)),
		    tab + 1);
		if (n < 0)
			break;
		len = strlen(buf);
		p = nl != NULL ? nl + 1 : NULL;
	}
}

/*
 * The end of both admin pages: the role and scope choices of the form, the
 * form's error (or, with notice, "done" after a change), then render t
 * with status (500 wins).
 */
static void
page_admin_finish(struct req *q, struct resp *r, struct tmpl *t,
    const char *tpl, int status, const char *err_key, int notice)
{
	struct tmpl	*s;

	if (!page_admin_choices(q, t, req_form(q, "role"), page_admin_scope(q))) {
		tmpl_free(t);
		r->status = 500;
		return;
	}
	if (err_key != NULL && (s = tmpl_section(t, "FORM_ERROR")) != NULL)
		tmpl_set(s, "MESSAGE", i18n(q->lang, err_key));
	else if (notice && req_query(q, "done") != NULL &&
	    (s = tmpl_section(t, "NOTICE")) != NULL)
		tmpl_set(s, "MESSAGE", i18n(q->lang, "T_USERS_DONE"));
	page_render(q, r, t, tpl, i18n(q->lang, "T_USERS_TITLE"), NAV_ADMIN);
	if (r->status < 500)
		r->status = status;
}

static void
page_admin_list_render(struct req *q, struct resp *r, int status,
    const char *err_key)
{
	struct user_list	*l;
	struct tmpl		*t, *s;
	const char		*v;
	char			 grants[1024];
	size_t			 i;

	if ((l = db_user_list(q->db)) == NULL || (t = page_new(q)) == NULL) {
		db_user_list_free(l);
		r->status = 500;
		return;
	}
	for (i = 0; i < l->n; i++) {
		if ((s = tmpl_section(t, "USER_ROW")) == NULL)
			break;
		tmpl_set_int(s, "ID", (long long)l->v[i].id);
		tmpl_set(s, "USERNAME", l->v[i].username);
		tmpl_set(s, "DISPLAY_NAME", l->v[i].display_name);
		page_admin_grants(grants, sizeof(grants), q,
		    l->v[i].grants_named);
		tmpl_set(s, "GRANTS", grants);
		tmpl_set(s, "ACTIVE", i18n(q->lang, l->v[i].active ?
		    "T_USERS_YES" : "T_USERS_NO"));
	}
	db_user_list_free(l);
	tmpl_set(t, "NEW_USERNAME", (v = req_form(q, "username")) ? v : "");
	tmpl_set(t, "NEW_DISPLAY_NAME",
	    (v = req_form(q, "display_name")) ? v : "");
	page_admin_finish(q, r, t, "admin_users.tpl", status, err_key, 0);
}

/* GET /admin/users: every account and the form for a new one.  Raises 500. */
void
page_admin_users(struct req *q, struct resp *r)
{
	page_admin_list_render(q, r, 200, NULL);
}

/*
 * POST /admin/users: username, display_name, password, role, scope.
 * 303 to the new user's page; 422 with the message at the form.  Raises 500.
 */
void
page_admin_user_create(struct req *q, struct resp *r)
{
	const char		*name = req_form(q, "username");
	const char		*disp = req_form(q, "display_name");
	const char		*role = req_form(q, "role");
	const struct kv		*pw = req_form_kv(q, "password");
	struct account_actor	 a = page_account_actor(q);
	enum account_res	 res;
	int64_t			 id = 0;
	char			 loc[64];

	res = account_create(q->db, &a, name != NULL ? name : "",
	    disp != NULL ? disp : "", pw != NULL ? pw->val : "",
	    role != NULL ? role : "", page_admin_scope(q), &id);
	if (pw != NULL)
		pw_wipe(pw->val, pw->vallen);
	if (res == ACCOUNT_ERROR) {
		r->status = 500;
		return;
	}
	if (res != ACCOUNT_OK) {
		page_admin_list_render(q, r, 422, account_res_key(res));
		return;
	}
	snprintf(loc, sizeof(loc), "/admin/users/%lld?done=1", (long long)id);
	resp_redirect(r, 303, loc);
}

/* One user's page; err_key a message at the forms.  Raises 404, 500. */
static void
page_admin_user_render(struct req *q, struct resp *r, int status,
    int64_t id, const char *err_key)
{
	struct user	*u;
	struct tmpl	*t, *s;
	struct org_unit	*o;
	size_t		 i;

	if ((u = db_user_load(q->db, id)) == NULL) {
		r->status = 404;
		return;
	}
	if ((t = page_new(q)) == NULL) {
		user_free(u);
		r->status = 500;
		return;
	}
	tmpl_set_int(t, "USER_ID", (long long)u->id);
	tmpl_set(t, "USERNAME", u->username);
	tmpl_set(t, "DISPLAY_NAME", u->display_name);
	tmpl_set(t, "ACTIVE", i18n(q->lang, u->active ? "T_USERS_YES" :
	    "T_USERS_NO"));
	if (u->active)
		tmpl_show(t, "IS_ACTIVE");
	else
		tmpl_show(t, "IS_INACTIVE");
	for (i = 0; i < u->grantn; i++) {
		if ((s = tmpl_section(t, "GRANT")) == NULL)
			break;
		tmpl_set_int(s, "USER_ID", (long long)u->id);
		tmpl_set(s, "ROLE", role_name(u->grants[i].role));
		tmpl_set(s, "ROLE_TEXT", i18n(q->lang,
		    role_key(u->grants[i].role)));
		tmpl_set_int(s, "SCOPE", (long long)u->grants[i].org_unit_id);
		o = db_org_get(q->db, u->grants[i].org_unit_id);
		tmpl_set(s, "SCOPE_TEXT", o != NULL ? o->name : "");
		db_org_free(o);
	}
	if (u->grantn == 0)
		tmpl_show(t, "NO_GRANTS");
	else
		tmpl_show(t, "HAS_GRANTS");
	user_free(u);
	page_admin_finish(q, r, t, "admin_user.tpl", status, err_key, 1);
}

/* GET /admin/users/{id}.  Raises 404, 500. */
void
page_admin_user(struct req *q, struct resp *r)
{
	int64_t id;

	id = q->id[0];
	page_admin_user_render(q, r, 200, id, NULL);
}

/* After a change: 303 back to the page, or the page with the message. */
static void
page_admin_after(struct req *q, struct resp *r, int64_t id,
    enum account_res res)
{
	char loc[64];

	switch (res) {
	case ACCOUNT_OK:
		snprintf(loc, sizeof(loc), "/admin/users/%lld?done=1",
		    (long long)id);
		resp_redirect(r, 303, loc);
		break;
	case ACCOUNT_ERROR:
		r->status = 500;
		break;
	default:
		page_admin_user_render(q, r, 422, id, account_res_key(res));
		break;
	}
}

static int
page_admin_id(struct req *q, struct resp *r, int64_t *id)
{
	struct user *u;

	*id = q->id[0];
	if ((u = db_user_load(q->db, *id)) == NULL) {
		r->status = 404;
		return 0;
	}
	user_free(u);
	return 1;
}

/* Grant (add) or withdraw the posted role and scope. */
static void
page_admin_role(struct req *q, struct resp *r, int add)
{
	struct account_actor	a = page_account_actor(q);
	const char		*role = req_form(q, "role");
	int64_t			id;

	if (!page_admin_id(q, r, &id))
		return;
	page_admin_after(q, r, id, account_role(q->db, &a, id, add,
	    role != NULL ? role : "", page_admin_scope(q)));
}

/* POST /admin/users/{id}/roles: role, scope.  Raises 404, 422, 500. */
void
page_admin_user_role_add(struct req *q, struct resp *r)
{
	page_admin_role(q, r, 1);
}

/* POST /admin/users/{id}/roles/remove: role, scope.  Raises 404, 422, 500. */
void
page_admin_user_role_remove(struct req *q, struct resp *r)
{
	page_admin_role(q, r, 0);
}

/*
 * POST /admin/users/{id}/password: password.  Their sessions end.
 * Raises 404, 422, 500.
 */
void
page_admin_user_password(struct req *q, struct resp *r)
{
	struct account_actor	 a = page_account_actor(q);
	const struct kv		*pw = req_form_kv(q, "password");
	enum account_res	 res;
	int64_t			 id;

	if (!page_admin_id(q, r, &id))
		goto out;
	res = account_set_password(q->db, &a, id, pw != NULL ? pw->val : "");
	page_admin_after(q, r, id, res);
out:
	if (pw != NULL)
		pw_wipe(pw->val, pw->vallen);
}

/* Apply act (account_deactivate or account_activate) to the user {id}. */
static void
page_admin_user_set_active(struct req *q, struct resp *r,
    enum account_res (*act)(struct db *, const struct account_actor *,
    int64_t))
{
	struct account_actor	a = page_account_actor(q);
	int64_t			id;

	if (!page_admin_id(q, r, &id))
		return;
	page_admin_after(q, r, id, act(q->db, &a, id));
}

/*
 * POST /admin/users/{id}/deactivate: the user can no longer log in; their
 * sessions end and their tokens are revoked at once.  Raises 404, 422
 * (their own account), 500.
 */
void
page_admin_user_deactivate(struct req *q, struct resp *r)
{
	page_admin_user_set_active(q, r, account_deactivate);
}

/*
 * POST /admin/users/{id}/activate: a deactivated user can log in again;
 * their old sessions and tokens stay ended.  Raises 404, 500.
 */
void
page_admin_user_activate(struct req *q, struct resp *r)
{
	page_admin_user_set_active(q, r, account_activate);
}
