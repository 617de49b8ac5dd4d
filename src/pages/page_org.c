/* page_org.c: the organisation tree and the page of one org unit. */
#include <stdio.h>
#include <stdlib.h>

#include "db_org.h"
#include "db_period.h"
#include "db_programme.h"
#include "handlers.h"
#include "i18n.h"
#include "page.h"
#include "tmpl.h"
#include "url.h"

static const char *
page_org_kind(const struct req *q, enum org_kind k)
{
	static const char *const keys[ORG__MAX] = {
		"T_KIND_GEMEENTE", "T_KIND_DIRECTIE", "T_KIND_AFDELING",
		"T_KIND_TEAM"
	};

	return i18n(q->lang, keys[(unsigned)k < ORG__MAX ? k : ORG_TEAM]);
}

/*
 * Fill NODE sections that, with org.tpl, nest as <ul><li> lists: each node
 * says how many lists close before it (UP), whether the previous item closes
 * (SIBLING) or a list opens inside it (DOWN).
 */
static void
page_org_nodes(struct tmpl *t, const struct req *q, const struct org_list *l)
{
	struct tmpl	*s;
	size_t		 i;
	int		 prev = -1, d, k;

	for (i = 0; i < l->n; i++) {
		if ((s = tmpl_section(t, "NODE")) == NULL)
			return;
		d = l->v[i].depth;
		if (prev >= 0 && d > prev)
			tmpl_show(s, "DOWN");
		else if (prev >= 0) {
			tmpl_show(s, "SIBLING");
			for (k = d; k < prev; k++)
				(void)tmpl_section(s, "UP");
		}
		tmpl_set_int(s, "ID", l->v[i].id);
		tmpl_set(s, "NAME", l->v[i].name);
		tmpl_set(s, "KIND", page_org_kind(q, l->v[i].kind));
		tmpl_set(s, "MANAGER", l->v[i].manager_name);
		prev = d;
	}
	for (k = 0; k < prev; k++)
		(void)tmpl_section(t, "UP_END");
	if (prev >= 0)
		tmpl_show(t, "HAS_NODES");
}

/*
 * The budget year looked at: ?year=Y, or the year of ?period=, or the
 * current period's; 0 when there are no periods (every unit).
 */
static int
page_org_year(const struct req *q)
{
	struct period	 p;
	const char	*s = req_query(q, "year");
	int64_t		 v;

	if (s != NULL && url_id(s, &v) && v >= 2000 && v <= 2100)
		return (int)v;
	if ((s = req_query(q, "period")) != NULL &&
	    db_period_get_by_name(q->db, s, &p))
		return p.year;
	return db_period_current(q->db, &p) ? p.year : 0;
}

/* The year choice of /org: every budget year, year selected. */
static void
page_org_years(struct tmpl *t, const struct req *q, int year)
{
	struct year_list	*yl;
	struct tmpl		*s;
	size_t			 i;

	if ((yl = db_year_list(q->db)) == NULL)
		return;
	for (i = 0; i < yl->n; i++) {
		if ((s = tmpl_section(t, "YEAR_OPTION")) == NULL)
			break;
		tmpl_set_int(s, "VALUE", yl->v[i].year);
		if (yl->v[i].year == year)
			tmpl_show(s, "SELECTED");
	}
	if (yl->n > 0)
		tmpl_show(t, "HAS_YEARS");
	db_year_list_free(yl);
}

/*
 * GET /org[?year=Y]: the tree of that budget year (default: the current
 * period's) as nested lists.  Raises 500.
 */
void
page_org_tree(struct req *q, struct resp *r)
{
	struct org_list	*l;
	struct tmpl	*t;
	int		 year = page_org_year(q);

	if ((l = db_org_list_year(q->db, year)) == NULL) {
		r->status = 500;
		return;
	}
	if ((t = page_new(q)) != NULL) {
		page_org_nodes(t, q, l);
		tmpl_set_int(t, "YEAR", year);
		page_org_years(t, q, year);
	}
	db_org_list_free(l);
	page_render(q, r, t, "org.tpl", i18n(q->lang, "T_ORG_TITLE"), NAV_ORG);
}

/*
 * GET /org/{id}: a unit, where it sits, the units below it and the
 * performances it owns in the current budget year.  Raises 404, 500.
 */
void
page_org_show(struct req *q, struct resp *r)
{
	struct org_unit		*u, *parent = NULL;
	struct org_list		*kids;
	struct performance	*perf;
	struct tmpl		*t, *s;
	int64_t			 id;
	size_t			 i, n = 0;
	int			 year;

	id = q->id[0];
	if ((u = db_org_get(q->db, id)) == NULL) {
		r->status = 404;
		return;
	}
	year = page_org_year(q);
	if (u->parent_id != 0)
		parent = db_org_get(q->db, u->parent_id);
	kids = db_org_children_year(q->db, u->id, year);
	perf = db_performance_list_by_unit(q->db, u->id, year, &n);
	if (kids == NULL || perf == NULL || (t = page_new(q)) == NULL) {
		r->status = 500;
		goto out;
	}
	tmpl_set_int(t, "ID", u->id);
	tmpl_set(t, "NAME", u->name);
	tmpl_set(t, "CODE", u->code);
	tmpl_set(t, "KIND", page_org_kind(q, u->kind));
	tmpl_set(t, "MANAGER", u->manager_name);
	tmpl_set_int(t, "YEAR", year);
	if (parent != NULL && (s = tmpl_section(t, "PARENT")) != NULL) {
		tmpl_set_int(s, "PARENT_ID", parent->id);
		tmpl_set(s, "PARENT_NAME", parent->name);
	}
	if (kids->n > 0)
		tmpl_show(t, "HAS_KIDS");
	for (i = 0; i < kids->n; i++) {
		if ((s = tmpl_section(t, "KID")) == NULL)
			break;
		tmpl_set_int(s, "KID_ID", kids->v[i].id);
		tmpl_set(s, "KID_NAME", kids->v[i].name);
		tmpl_set(s, "KID_KIND", page_org_kind(q, kids->v[i].kind));
	}
	tmpl_show(t, n > 0 ? "HAS_PERFORMANCES" : "NO_PERFORMANCES");
	for (i = 0; i < n; i++) {
		if ((s = tmpl_section(t, "PERFORMANCE")) == NULL)
			break;
		tmpl_set_int(s, "PERF_ID", perf[i].id);
		tmpl_set(s, "PERF_NAME", perf[i].name);
		tmpl_set(s, "PROGRAMME", perf[i].org_unit_name);
		page_set_money(s, "BUDGET", q, perf[i].budget_cents);
	}
	page_render(q, r, t, "org_unit.tpl", u->name, NAV_ORG);
out:
	db_performance_list_free(perf, n);
	db_org_list_free(kids);
	db_org_free(parent);
	db_org_free(u);
}
