/*
 * page_orgtree.c: maintaining the org tree as of a budget year
 * (/begroting/org): create, rename, move, merge and end units.  The rules
 * are orgtree_check()'s (domain/orgtree.c), the same for the API; the
 * write and its audit entry db_orgtree_apply()'s.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "db_org.h"
#include "db_orgtree.h"
#include "db_period.h"
#include "handlers.h"
#include "i18n.h"
#include "orgtree.h"
#include "page.h"
#include "tmpl.h"
#include "url.h"
#include "year.h"

/* The form fields each action has, for the typed values kept. */
static const char *const page_orgtree_fields[] = {
	"unit", "parent", "other", "kind", "code", "name"
};

/*
 * The year to show: ?year= (or the posted year) when it is a budget
 * year, else the first concept year, else the current period's, else 0.
 */
static int
page_orgtree_year(struct req *q)
{
	struct year_list	*l;
	struct period		 cur;
	const char		*s = req_form(q, "year");
	int64_t			 v;
	size_t			 i;
	int			 y = 0;

	if (s == NULL)
		s = req_query(q, "year");
	if (s != NULL && url_id(s, &v) && v >= 2000 && v <= 2100)
		return (int)v;
	if ((l = db_year_list(q->db)) != NULL)
		for (i = 0; i < l->n && y == 0; i++)
			if (year_editable(l->v[i].state))
				y = l->v[i].year;
	db_year_list_free(l);
	if (y == 0 && db_period_current(q->db, &cur))
		y = cur.year;
	return y;
}

static const char *
page_orgtree_kind(const struct req *q, enum org_kind k)
{
	static const char *const keys[ORG__MAX] = {
		"T_KIND_GEMEENTE", "T_KIND_DIRECTIE", "T_KIND_AFDELING",
		"T_KIND_TEAM"
	};

	return i18n(q->lang, keys[(unsigned)k < ORG__MAX ? k : ORG_TEAM]);
}

/* The field an error is about, for the summary's link. */
static void
page_orgtree_field(char *buf, size_t sz, enum orgtree_action a,
    enum orgtree_res res)
{
	const char *f = "unit";

	switch (res) {
	case ORGTREE_PARENT_INVALID:
	case ORGTREE_CYCLE:
		f = "parent";
		break;
	case ORGTREE_KIND:
		f = a == ORGTREE_CREATE ? "kind" : a == ORGTREE_MERGE ?
		    "other" : "parent";
		break;
	case ORGTREE_UNKNOWN:
		f = a == ORGTREE_CREATE ? "parent" : "unit";
		break;
	case ORGTREE_SAME:
		f = a == ORGTREE_MERGE ? "other" : "parent";
		break;
	case ORGTREE_BAD_NAME:
		f = "name";
		break;
	case ORGTREE_BAD_CODE:
	case ORGTREE_CODE_TAKEN:
		f = "code";
		break;
	case ORGTREE_YEAR_FIXED:
	case ORGTREE_NO_YEAR:
		snprintf(buf, sz, "org-year");
		return;
	default:
		break;
	}
	snprintf(buf, sz, "%s-%s", orgtree_action_name(a), f);
}

/* Options of a unit select: the units of the year, indented. */
static void
page_orgtree_options(struct tmpl *t, const char *section,
    const struct org_list *l, int64_t selected)
{
	struct tmpl	*s;
	char		 text[512];
	size_t		 i, k, n;
	int		 d;

	for (i = 0; i < l->n; i++) {
		if ((s = tmpl_section(t, section)) == NULL)
			return;
		n = 0;
		for (d = 0; d < l->v[i].depth && d < 8; d++)
			for (k = 0; k < 2; k++) {
				memcpy(text + n, "\xc2\xa0", 2);
				n += 2;
			}
		snprintf(text + n, sizeof(text) - n, "%s (%s)", l->v[i].name,
		    l->v[i].code);
		tmpl_set_int(s, "VALUE", (long long)l->v[i].id);
		tmpl_set(s, "TEXT", text);
		if (l->v[i].id == selected)
			tmpl_show(s, "SELECTED");
	}
}

/*
 * The page for year; after a refused change (err_key) the message about
 * field, and the posted action's typed values kept.  Raises 500.
 */
static void
page_orgtree_render(struct req *q, struct resp *r, int status, int year,
    enum orgtree_action act, const char *err_key, const char *field)
{
	static const char *const sections[ORGTREE__MAX] = {
		"F_CREATE", "F_RENAME", "F_MOVE", "F_MERGE", "F_END"
	};
	struct org_list		*l = NULL;
	struct year_list	*yl = NULL;
	struct tmpl		*t, *s, *e, *f[ORGTREE__MAX];
	const char		*v;
	char			 name[32];
	int64_t			 id;
	size_t			 i, k;
	int			 a;

	if ((l = db_org_list_year(q->db, year)) == NULL ||
	    (yl = db_year_list(q->db)) == NULL || (t = page_new(q)) == NULL) {
		db_org_list_free(l);
		db_year_list_free(yl);
		r->status = 500;
		return;
	}
	tmpl_set_int(t, "YEAR", year);
	for (i = 0; i < yl->n; i++) {
		if ((s = tmpl_section(t, "YEAR_OPTION")) == NULL)
			break;
		tmpl_set_int(s, "VALUE", yl->v[i].year);
		tmpl_set(s, "STATE", i18n(q->lang, year_state_key(
		    year_state_of(yl->v[i].state))));
		if (yl->v[i].year == year)
			tmpl_show(s, "SELECTED");
	}
	db_year_list_free(yl);
	for (i = 0; i < l->n; i++) {
		if ((s = tmpl_section(t, "UNIT_ROW")) == NULL)
			break;
		tmpl_set_int(s, "ID", (long long)l->v[i].id);
		{
			/* Depth as non-breaking spaces: text, not markup. */
			char	indent[40];
			int	d;

			indent[0] = '\0';
			for (d = 0; d < l->v[i].depth && d < 8; d++)
				strcat(indent, "\xc2\xa0\xc2\xa0");
			tmpl_set(s, "INDENT", indent);
		}
		tmpl_set(s, "NAME", l->v[i].name);
		tmpl_set(s, "CODE", l->v[i].code);
		tmpl_set(s, "KIND", page_orgtree_kind(q, l->v[i].kind));
		if (l->v[i].first_year == 0 && l->v[i].last_year == 0)
			tmpl_set(s, "VALID", i18n(q->lang, "T_ORGTREE_ALWAYS"));
		else {
			char valid[96];

			valid[0] = '\0';
			if (l->v[i].first_year != 0)
				snprintf(valid, sizeof(valid), "%s %d",
				    i18n(q->lang, "T_ORGTREE_FROM"),
				    l->v[i].first_year);
			if (l->v[i].last_year != 0)
				snprintf(valid + strlen(valid), sizeof(valid) -
				    strlen(valid), "%s%s %d", valid[0] ? " " :
				    "", i18n(q->lang, "T_ORGTREE_UNTIL"),
				    l->v[i].last_year);
			tmpl_set(s, "VALID", valid);
		}
	}
	for (a = 0; a < ORGTREE__MAX; a++) {
		if ((f[a] = tmpl_section(t, sections[a])) == NULL)
			continue;
		tmpl_set_int(f[a], "YEAR", year);
		id = 0;
		if (a == (int)act && err_key != NULL &&
		    (v = req_form(q, "unit")) != NULL && !url_id(v, &id))
			id = 0;
		page_orgtree_options(f[a], "UNIT_OPTION", l, id);
		id = 0;
		if (a == (int)act && err_key != NULL &&
		    (v = req_form(q, "parent")) != NULL && !url_id(v, &id))
			id = 0;
		page_orgtree_options(f[a], "PARENT_OPTION", l, id);
		id = 0;
		if (a == (int)act && err_key != NULL &&
		    (v = req_form(q, "other")) != NULL && !url_id(v, &id))
			id = 0;
		page_orgtree_options(f[a], "OTHER_OPTION", l, id);
		for (k = 3; k < sizeof(page_orgtree_fields) /
		    sizeof(page_orgtree_fields[0]); k++) {
			v = a == (int)act && err_key != NULL ?
			    req_form(q, page_orgtree_fields[k]) : NULL;
			snprintf(name, sizeof(name), "V_%s",
			    page_orgtree_fields[k]);
			for (i = 2; name[i] != '\0'; i++)
				if (name[i] >= 'a' && name[i] <= 'z')
					name[i] = (char)(name[i] - 'a' + 'A');
			tmpl_set(f[a], name, v != NULL && strlen(v) <= 400 ?
			    v : "");
		}
		if (a == (int)act && err_key != NULL) {
			v = req_form(q, "kind");
			if (v != NULL && orgtree_kind_of(v) < ORGTREE_KIND__MAX) {
				snprintf(name, sizeof(name), "KIND_%s", v);
				for (i = 5; name[i] != '\0'; i++)
					name[i] = (char)(name[i] - 'a' + 'A');
				tmpl_show(f[a], name);
			}
		}
	}
	db_org_list_free(l);
	if (err_key != NULL && (s = tmpl_section(t, "ERRORS")) != NULL &&
	    (e = tmpl_section(s, "ERROR")) != NULL) {
		tmpl_set(e, "FIELD", field);
		tmpl_set(e, "MESSAGE", i18n(q->lang, err_key));
	} else if (err_key == NULL && req_query(q, "done") != NULL &&
	    (s = tmpl_section(t, "NOTICE")) != NULL)
		tmpl_set(s, "MESSAGE", i18n(q->lang, "T_YEAR_DONE"));
	page_render(q, r, t, "begroting_org.tpl",
	    i18n(q->lang, "T_ORGTREE_TITLE"), NAV_YEARS);
	if (r->status < 500)
		r->status = status;
}

/*
 * GET /begroting/org?year=Y: the tree of year Y with the forms for each
 * change.  Raises 500.
 */
void
page_orgtree(struct req *q, struct resp *r)
{
	page_orgtree_render(q, r, 200, page_orgtree_year(q), ORGTREE__MAX,
	    NULL, NULL);
}

/* A posted id, 0 when absent or not an id. */
static int64_t
page_orgtree_id(const struct req *q, const char *key)
{
	const char	*s = req_form(q, key);
	int64_t		 v;

	return s != NULL && url_id(s, &v) ? v : 0;
}

/*
 * POST /begroting/org/{action}: year, and per action unit, parent, other,
 * kind, code, name.  303 back to the year's tree; 422 with the message
 * linked to its field.  Raises 400 (unknown action), 422, 500.
 */
void
page_orgtree_change(struct req *q, struct resp *r)
{
	struct db_orgtree_req	 req;
	struct db_who		 who;
	enum orgtree_res	 res;
	char			 loc[64], field[32];
	int64_t			 nid;

	memset(&req, 0, sizeof(req));
	if (q->argn < 1 ||
	    (req.action = orgtree_action_of(q->args[0])) >= ORGTREE__MAX) {
		r->status = 400;
		return;
	}
	req.year = page_orgtree_year(q);
	req.unit_id = page_orgtree_id(q, "unit");
	req.parent_id = page_orgtree_id(q, "parent");
	req.other_id = page_orgtree_id(q, "other");
	req.kind = req_form(q, "kind");
	req.code = req_form(q, "code");
	req.name = req_form(q, "name");
	if (req.action != ORGTREE_CREATE && req.action != ORGTREE_MERGE)
		req.code = NULL;
	if (req.action == ORGTREE_MOVE || req.action == ORGTREE_END)
		req.name = NULL;
	auth_who(q, &who);
	res = db_orgtree_apply(q->db, &req, &who, &nid);
	if (res == ORGTREE_ERROR) {
		r->status = 500;
		return;
	}
	if (res != ORGTREE_OK) {
		page_orgtree_field(field, sizeof(field), req.action, res);
		page_orgtree_render(q, r, 422, req.year, req.action,
		    orgtree_res_key(res), field);
		return;
	}
	snprintf(loc, sizeof(loc), "/begroting/org?year=%d&done=1", req.year);
	resp_redirect(r, 303, loc);
}
