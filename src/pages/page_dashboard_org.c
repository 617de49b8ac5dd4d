/*
 * page_dashboard_org.c: the scorecard of an org unit in a period: the
 * rollup of everything it and the units below it answer for, its own
 * performances, and its child units side by side.
 */
#include <stdio.h>
#include <stdlib.h>

#include "dashboard.h"
#include "rollup_store.h"
#include "db_org.h"
#include "db_rollup.h"
#include "handlers.h"
#include "i18n.h"
#include "page.h"
#include "tmpl.h"
#include "utf8.h"

static void
page_dashboard_org_node(struct tmpl *s, const struct req *q,
    const struct dash_period *d, const struct rollup_node_row *n)
{
	tmpl_set_int(s, "NODE_ID", n->id);
	tmpl_set(s, "NODE_NAME", n->name);
	tmpl_set_int(s, "N_INDICATORS", (long long)n->n_indicators);
	dash_status(s, "ST", q, n->status);
	dash_counts(s, &n->counts);
	dash_finance(s, "FIN", q, d, &n->fin);
}

/*
 * GET /dashboard/org/{id}?period=: an org unit's scorecard.  Raises 404,
 * 500.
 */
void
page_dashboard_org(struct req *q, struct resp *r)
{
	struct dash_period	 d;
	struct org_unit		*u = NULL;
	struct rollup_node_list	*self = NULL, *kids = NULL, *prev = NULL;
	struct rollup_perf_list	*own = NULL;
	struct tmpl		*t = NULL, *s;
	int64_t			 id;
	size_t			 i;
	char			 title[256];

	id = q->id[0];
	if (!dash_period(q, &d) ||
	    (u = db_org_get(q->db, id)) == NULL) {
		r->status = 404;
		return;
	}
	if ((self = db_rollup_unit(q->db, id, d.cur.id)) == NULL ||
	    (kids = db_rollup_unit_children(q->db, id, d.cur.id)) == NULL ||
	    (own = db_rollup_performances_of_unit(q->db, id,
	    d.cur.id)) == NULL ||
	    (d.has_prev && (prev = db_rollup_unit(q->db, id,
	    d.prev.id)) == NULL) ||
	    (t = page_new(q)) == NULL) {
		r->status = 500;
		goto out;
	}
	dash_period_form(t, q, &d);
	if (!dash_approval(t, "APPROVAL_ALL", q, ROLLUP_UNIT, u->id,
	    d.cur.id)) {
		r->status = 500;
		goto out;
	}
	tmpl_set_int(t, "ID", u->id);
	tmpl_set(t, "NAME", u->name);
	tmpl_set(t, "KIND", db_org_kind_name(u->kind));
	if (self->n == 1 && (s = tmpl_section(t, "TOTAL")) != NULL)
		page_dashboard_org_node(s, q, &d, &self->v[0]);
	else
		tmpl_show(t, "NO_TOTAL");
	if (prev != NULL && prev->n == 1 &&
	    (s = tmpl_section(t, "TOTAL_PREV")) != NULL)
		page_dashboard_org_node(s, q, &d, &prev->v[0]);
	for (i = 0; i < own->n; i++) {
		if ((s = tmpl_section(t, "OWN")) == NULL)
			break;
		tmpl_set_int(s, "PROGRAMME_ID", own->v[i].programme_id);
		tmpl_set_int(s, "PROGRAMME_NUMBER", own->v[i].programme_number);
		tmpl_set_int(s, "EFFECT_NUMBER", own->v[i].effect_number);
		tmpl_set_int(s, "PERF_NUMBER", own->v[i].number);
		tmpl_set(s, "PERF_NAME", own->v[i].name);
		tmpl_set_int(s, "N_INDICATORS", (long long)own->v[i].n_indicators);
		dash_status(s, "ST", q, own->v[i].status);
		dash_counts(s, &own->v[i].counts);
		if (own->v[i].has_cost)
			dash_finance(s, "FIN", q, &d, &own->v[i].fin);
		else
			tmpl_show(s, "NO_COST");
	}
	tmpl_show(t, own->n > 0 ? "HAS_OWN" : "NO_OWN");
	for (i = 0; i < kids->n; i++)
		if ((s = tmpl_section(t, "CHILD")) != NULL)
			page_dashboard_org_node(s, q, &d, &kids->v[i]);
	tmpl_show(t, kids->n > 0 ? "HAS_CHILDREN" : "NO_CHILDREN");
	utf8_snprintf(title, sizeof(title), "%s %s %s",
	    i18n(q->lang, "T_ORGDASH_TITLE"), u->name, d.cur.name);
	page_render(q, r, t, "dashboard_org.tpl", title, NAV_DASHBOARD);
	t = NULL;
out:
	tmpl_free(t);
	db_org_free(u);
	db_rollup_node_list_free(self);
	db_rollup_node_list_free(kids);
	db_rollup_node_list_free(prev);
	db_rollup_perf_list_free(own);
}
