/*
 * page_dashboard_deviations.c: the deviation register of a period: every
 * cost deviation above the thresholds (setting table, status_cost) with
 * its explanation and measure, grouped by programme (budgetteringsbeleid:
 * deviations made transparent and solved at programme level).
 */
#include <stdio.h>
#include <stdlib.h>

#include "dashboard.h"
#include "db_rollup.h"
#include "handlers.h"
#include "i18n.h"
#include "num.h"
#include "page.h"
#include "tmpl.h"
#include "url.h"

/* One deviation of the register into group g. */
static void
page_dashboard_deviations_row(struct tmpl *g, const struct req *q,
    const struct dash_period *d, const struct rollup_perf_row *v)
{
	struct tmpl	*s;

	if ((s = tmpl_section(g, "DEVIATION")) == NULL)
		return;
	tmpl_set_int(s, "PERF_ID", v->id);
	tmpl_set_int(s, "EFFECT_NUMBER", v->effect_number);
	tmpl_set_int(s, "PERF_NUMBER", v->number);
	tmpl_set(s, "PERF_NAME", v->name);
	tmpl_set_int(s, "OWNER_ID", v->owner_id);
	tmpl_set(s, "OWNER", v->owner_name);
	dash_finance(s, "FIN", q, d, &v->fin);
	tmpl_set(s, "EXPLANATION", v->explanation);
	tmpl_set(s, "MEASURE", v->measure);
	if (v->explanation[0] == '\0')
		tmpl_show(s, "NO_EXPLANATION");
	if (v->measure[0] == '\0')
		tmpl_show(s, "NO_MEASURE");
}

/*
 * Per programme the number of deviations and the page its first one is
 * on (section PROGRAMME_SUMMARY, when there is more than one page).
 */
static void
page_dashboard_deviations_summary(struct tmpl *t,
    const struct rollup_perf_list *l, const size_t *dev, size_t n,
    const struct dash_pager *pg)
{
	struct tmpl	*s = NULL, *row = NULL;
	size_t		 i, count = 0;
	int		 last = -1;

	if (pg->pages < 2 || (s = tmpl_section(t, "PROGRAMME_SUMMARY")) == NULL)
		return;
	for (i = 0; i < n; i++) {
		const struct rollup_perf_row *v = &l->v[dev[i]];

		if (v->programme_number != last) {
			if (row != NULL)
				tmpl_set_int(row, "COUNT", (long long)count);
			if ((row = tmpl_section(s, "SUMMARY_ROW")) == NULL)
				return;
			last = v->programme_number;
			count = 0;
			tmpl_set_int(row, "PROGRAMME_ID", v->programme_id);
			tmpl_set_int(row, "PROGRAMME_NUMBER", last);
			tmpl_set(row, "PROGRAMME_NAME", v->programme_name);
			tmpl_set_int(row, "FIRST_PAGE",
			    (long long)(i / pg->per) + 1);
		}
		count++;
	}
	if (row != NULL)
		tmpl_set_int(row, "COUNT", (long long)count);
}

/*
 * GET /dashboard/deviations?period=&page=: the deviation register, 50
 * deviations a page, grouped by programme, with per programme the count
 * and the page it starts on.  Raises 404 (no such period), 500.
 */
void
page_dashboard_deviations(struct req *q, struct resp *r)
{
	struct dash_period	 d;
	struct dash_pager	 pg;
	struct rollup_perf_list	*l;
	struct cost_status	 cs;
	struct tmpl		*t, *g = NULL;
	size_t			 i, n = 0, *dev = NULL;
	int			 last = -1;
	char			 buf[64], title[128], base[64], key[256];
	int64_t			 gen;

	if (!dash_period(q, &d)) {
		r->status = 404;
		return;
	}
	gen = db_rollup_generation(q->db);
	dash_cache_key(key, sizeof(key), q, &d);
	if (dash_cache_serve(q, r, key, gen, NAV_DASHBOARD))
		return;
	if ((l = db_rollup_costs_of_period(q->db, d.cur.id, d.cents)) == NULL ||
	    (dev = calloc(l->n + 1, sizeof(*dev))) == NULL ||
	    (t = page_new(q)) == NULL) {
		db_rollup_perf_list_free(l);
		free(dev);
		r->status = 500;
		return;
	}
	for (i = 0; i < l->n; i++) {
		cs = status_cost(l->v[i].fin.budget_realised,
		    l->v[i].fin.realised, d.bp, d.cents);
		if (l->v[i].fin.has_realised && cs.needs_explanation)
			dev[n++] = i;
	}
	dash_pager(&pg, q, n, DASH_ROWS_PER_PAGE);
	dash_pager_fill(t, &pg);
	snprintf(base, sizeof(base), "/dashboard/deviations?period=%s",
	    d.cur.name);
	tmpl_set(t, "PAGER_BASE", base);
	dash_period_form(t, q, &d);
	num_format_bp(buf, sizeof(buf), d.bp, q->lang == LANG_EN);
	tmpl_set(t, "THRESHOLD_PCT", buf[0] == '+' ? buf + 1 : buf);
	page_set_money(t, "THRESHOLD_MONEY", q, d.cents);
	page_dashboard_deviations_summary(t, l, dev, n, &pg);
	for (i = pg.first; i < pg.end; i++) {
		const struct rollup_perf_row *v = &l->v[dev[i]];

		if (v->programme_number != last) {
			if ((g = tmpl_section(t, "GROUP")) == NULL)
				break;
			last = v->programme_number;
			tmpl_set_int(g, "PROGRAMME_ID", v->programme_id);
			tmpl_set_int(g, "PROGRAMME_NUMBER", last);
			tmpl_set(g, "PROGRAMME_NAME", v->programme_name);
		}
		page_dashboard_deviations_row(g, q, &d, v);
	}
	tmpl_set_int(t, "N_DEVIATIONS", (long long)n);
	tmpl_show(t, n > 0 ? "HAS_DEVIATIONS" : "NO_DEVIATIONS");
	db_rollup_perf_list_free(l);
	free(dev);
	snprintf(title, sizeof(title), "%s %s", i18n(q->lang, "T_DEV_TITLE"),
	    d.cur.name);
	dash_cache_render(q, r, t, "dashboard_deviations.tpl", key, gen, title,
	    NAV_DASHBOARD);
}
