/*
 * page_dashboard_deviations.c: the deviation register of a period: every
 * cost deviation above the thresholds (setting table, status_cost) with
 * its explanation and measure, grouped by programme (budgetteringsbeleid:
 * deviations made transparent and solved at programme level).
 */
#include <stdio.h>

#include "dashboard.h"
#include "db_rollup.h"
#include "handlers.h"
#include "i18n.h"
#include "num.h"
#include "page.h"
#include "tmpl.h"

/*
 * GET /dashboard/deviations?period=: the deviation register.  Raises 404
 * (no such period), 500.
 */
void
page_dashboard_deviations(struct req *q, struct resp *r)
{
	struct dash_period	 d;
	struct rollup_perf_list	*l;
	struct cost_status	 cs;
	struct tmpl		*t, *g = NULL, *s;
	size_t			 i, n = 0;
	int			 last = -1;
	char			 buf[64], title[128];

	if (!dash_period(q, &d)) {
		r->status = 404;
		return;
	}
	if ((l = db_rollup_costs_of_period(q->db, d.cur.id)) == NULL ||
	    (t = page_new(q)) == NULL) {
		db_rollup_perf_list_free(l);
		r->status = 500;
		return;
	}
	dash_period_form(t, q, &d);
	num_format_bp(buf, sizeof(buf), d.bp, q->lang == LANG_EN);
	tmpl_set(t, "THRESHOLD_PCT", buf[0] == '+' ? buf + 1 : buf);
	page_set_money(t, "THRESHOLD_MONEY", q, d.cents);
	for (i = 0; i < l->n; i++) {
		cs = status_cost(l->v[i].fin.budget_realised,
		    l->v[i].fin.realised, d.bp, d.cents);
		if (!l->v[i].fin.has_realised || !cs.needs_explanation)
			continue;
		if (l->v[i].programme_number != last) {
			if ((g = tmpl_section(t, "GROUP")) == NULL)
				break;
			last = l->v[i].programme_number;
			tmpl_set_int(g, "PROGRAMME_ID", l->v[i].programme_id);
			tmpl_set_int(g, "PROGRAMME_NUMBER", last);
			tmpl_set(g, "PROGRAMME_NAME", l->v[i].programme_name);
		}
		if ((s = tmpl_section(g, "DEVIATION")) == NULL)
			break;
		tmpl_set_int(s, "PERF_ID", l->v[i].id);
		tmpl_set_int(s, "EFFECT_NUMBER", l->v[i].effect_number);
		tmpl_set_int(s, "PERF_NUMBER", l->v[i].number);
		tmpl_set(s, "PERF_NAME", l->v[i].name);
		tmpl_set_int(s, "OWNER_ID", l->v[i].owner_id);
		tmpl_set(s, "OWNER", l->v[i].owner_name);
		dash_finance(s, "FIN", q, &d, &l->v[i].fin);
		tmpl_set(s, "EXPLANATION", l->v[i].explanation);
		tmpl_set(s, "MEASURE", l->v[i].measure);
		if (l->v[i].explanation[0] == '\0')
			tmpl_show(s, "NO_EXPLANATION");
		if (l->v[i].measure[0] == '\0')
			tmpl_show(s, "NO_MEASURE");
		n++;
	}
	tmpl_set_int(t, "N_DEVIATIONS", (long long)n);
	tmpl_show(t, n > 0 ? "HAS_DEVIATIONS" : "NO_DEVIATIONS");
	db_rollup_perf_list_free(l);
	snprintf(title, sizeof(title), "%s %s", i18n(q->lang, "T_DEV_TITLE"),
	    d.cur.name);
	page_render(q, r, t, "dashboard_deviations.tpl", title, NAV_DASHBOARD);
}
