/*
 * page_dashboard.c: the CMT overview for a period: every programme with
 * its status, counts, finance and trend; the largest deviations in
 * performance and finance; the units that have not submitted.
 */
#include <stdio.h>
#include <string.h>

#include "chart.h"
#include "dashboard.h"
#include "db_rollup.h"
#include "db_submission_missing.h"
#include "handlers.h"
#include "i18n.h"
#include "page.h"
#include "page_budget.h"
#include "page_uom.h"
#include "rollup_approval.h"
#include "rollup_store.h"
#include "tmpl.h"
#include "url.h"
#include "utf8.h"

#define DASH_TREND_QUARTERS	4
#define DASH_TOP		5

/* The status strip: programmes down, the last quarters across. */
static void
page_dashboard_strip(struct tmpl *t, const struct req *q,
    const struct dash_period *d, const struct rollup_node_list *l,
    const struct rollup_hist_list *h)
{
	struct tmpl	*row, *cell, *hd;
	size_t		 i, j, k;
	int		 year, quarter, x;
	enum status	 st;
	char		 label[16];

	for (j = 0; j < DASH_TREND_QUARTERS; j++) {
		/* Quarter j of the strip, oldest first. */
		k = (size_t)(d->cur.year * 4 + d->cur.quarter - 1) -
		    (DASH_TREND_QUARTERS - 1) + j;
		year = (int)(k / 4);
		quarter = (int)(k % 4) + 1;
		utf8_snprintf(label, sizeof(label), "%d-Q%d", year, quarter);
		if ((hd = tmpl_section(t, "STRIP_HEAD")) != NULL) {
			tmpl_set(hd, "QUARTER", label);
			tmpl_set_int(hd, "X", chart_step(j, DASH_TREND_QUARTERS,
			    80, 560) + 60);
		}
	}
	for (i = 0; i < l->n; i++) {
		if ((row = tmpl_section(t, "STRIP_ROW")) == NULL)
			return;
		tmpl_set_int(row, "NUMBER", l->v[i].number);
		tmpl_set(row, "NAME", l->v[i].name);
		tmpl_set_int(row, "Y", 30 + (long long)i * 28);
		tmpl_set_int(row, "TY", 48 + (long long)i * 28);
		for (j = 0; j < DASH_TREND_QUARTERS; j++) {
			k = (size_t)(d->cur.year * 4 + d->cur.quarter - 1) -
			    (DASH_TREND_QUARTERS - 1) + j;
			year = (int)(k / 4);
			quarter = (int)(k % 4) + 1;
			st = STATUS_NO_DATA;
			for (k = 0; k < h->n; k++)
				if (h->v[k].number == l->v[i].number &&
				    h->v[k].year == year &&
				    h->v[k].quarter == quarter)
					st = h->v[k].status;
			if ((cell = tmpl_section(row, "STRIP_CELL")) == NULL)
				continue;
			x = chart_step(j, DASH_TREND_QUARTERS, 80, 560);
			tmpl_set_int(cell, "X", x);
			tmpl_set_int(cell, "CX", x + 60);
			utf8_snprintf(label, sizeof(label), "%d-Q%d", year,
			    quarter);
			tmpl_set(cell, "QUARTER", label);
			dash_status(cell, "ST", q, st);
		}
	}
	tmpl_set_int(t, "STRIP_H", 40 + (long long)l->n * 28);
}

/* Bars of budget and realised per programme (horizontal). */
static void
page_dashboard_bars(struct tmpl *t, const struct rollup_node_list *l)
{
	struct tmpl	*b;
	int64_t		 max = 0;
	size_t		 i;

	for (i = 0; i < l->n; i++) {
		if (l->v[i].fin.budget > max)
			max = l->v[i].fin.budget;
		if (l->v[i].fin.has_realised && l->v[i].fin.realised > max)
			max = l->v[i].fin.realised;
	}
	for (i = 0; i < l->n; i++) {
		if ((b = tmpl_section(t, "BAR")) == NULL)
			return;
		tmpl_set_int(b, "NUMBER", l->v[i].number);
		tmpl_set_int(b, "Y", 10 + (long long)i * 36);
		tmpl_set_int(b, "Y2", 22 + (long long)i * 36);
		tmpl_set_int(b, "TY", 26 + (long long)i * 36);
		tmpl_set_int(b, "W_BUDGET", chart_len(l->v[i].fin.budget, max,
		    520));
		tmpl_set_int(b, "W_REALISED", l->v[i].fin.has_realised ?
		    chart_len(l->v[i].fin.realised, max, 520) : 0);
	}
	tmpl_set_int(t, "BARS_H", 20 + (long long)l->n * 36);
}

/* The programme rows.  Returns 1, or 0 when a read fails. */
static int
page_dashboard_programmes(struct tmpl *t, struct req *q,
    const struct dash_period *d, const struct rollup_node_list *l,
    const struct rollup_node_list *prev)
{
	struct tmpl	*s;
	size_t		 i, j;
	int		 found;

	for (i = 0; i < l->n; i++) {
		if ((s = tmpl_section(t, "PROGRAMME")) == NULL)
			return 1;
		tmpl_set_int(s, "ID", l->v[i].id);
		tmpl_set_int(s, "NUMBER", l->v[i].number);
		tmpl_set(s, "NAME", l->v[i].name);
		tmpl_set(s, "PERIOD_Q", d->cur.name);
		dash_status(s, "ST", q, l->v[i].status);
		dash_counts(s, &l->v[i].counts);
		dash_finance(s, "FIN", q, d, &l->v[i].fin);
		if (!dash_approval(s, "APPROVAL", q, ROLLUP_PROGRAMME,
		    l->v[i].id, d->cur.id))
			return 0;
		found = 0;
		if (d->has_prev)	/* sections do not inherit sections */
			tmpl_show(s, "HAS_PREV");
		for (j = 0; prev != NULL && j < prev->n; j++)
			if (prev->v[j].number == l->v[i].number) {
				dash_status(s, "ST_PREV", q, prev->v[j].status);
				dash_finance(s, "FIN_PREV", q, d,
				    &prev->v[j].fin);
				found = 1;
			}
		if (!found)
			tmpl_show(s, "NO_PREV_ROW");
	}
	return 1;
}

static void
page_dashboard_worst(struct tmpl *t, struct req *q,
    const struct dash_period *d, const struct rollup_worst_list *w)
{
	struct tmpl	*s;
	size_t		 i;

	for (i = 0; i < w->n; i++) {
		if ((s = tmpl_section(t, "WORST")) == NULL)
			return;
		tmpl_set_int(s, "IND_ID", w->v[i].r.indicator_id);
		tmpl_set(s, "PERIOD_Q", d->cur.name);
		tmpl_set(s, "CODE", w->v[i].code);
		tmpl_set(s, "IND_NAME", w->v[i].name);
		page_uom_after(s, "UNIT", q, w->v[i].unit,
		    w->v[i].r.v.has_value, w->v[i].r.v.value,
		    w->v[i].decimals);
		page_uom_after(s, "TARGET_UNIT", q, w->v[i].unit,
		    w->v[i].r.has_target, w->v[i].r.target,
		    w->v[i].decimals);
		tmpl_set_int(s, "PROGRAMME_NUMBER", w->v[i].programme_number);
		tmpl_set_int(s, "PROGRAMME_ID", w->v[i].r.programme_id);
		tmpl_set(s, "PROGRAMME_NAME", w->v[i].programme_name);
		dash_num(s, "VALUE", q, w->v[i].r.v.has_value,
		    w->v[i].r.v.value, w->v[i].decimals);
		dash_num(s, "TARGET", q, w->v[i].r.has_target,
		    w->v[i].r.target, w->v[i].decimals);
		page_set_num(s, "SHORTFALL", q, w->v[i].r.shortfall_bp / 100, 0);
		dash_status(s, "ST", q, w->v[i].r.status);
		tmpl_set(s, "EXPLANATION", w->v[i].explanation);
		tmpl_set(s, "MEASURE", w->v[i].measure);
	}
	tmpl_show(t, w->n > 0 ? "HAS_WORST" : "NO_WORST");
}

static void
page_dashboard_costs(struct tmpl *t, struct req *q,
    const struct dash_period *d, const struct rollup_perf_list *c)
{
	struct tmpl	*s;
	size_t		 i;

	for (i = 0; i < c->n; i++) {
		if ((s = tmpl_section(t, "COST")) == NULL)
			return;
		tmpl_set_int(s, "PROGRAMME_ID", c->v[i].programme_id);
		tmpl_set_int(s, "PROGRAMME_NUMBER", c->v[i].programme_number);
		tmpl_set(s, "PROGRAMME_NAME", c->v[i].programme_name);
		tmpl_set_int(s, "EFFECT_NUMBER", c->v[i].effect_number);
		tmpl_set_int(s, "PERF_NUMBER", c->v[i].number);
		tmpl_set(s, "PERF_NAME", c->v[i].name);
		tmpl_set(s, "PERIOD_Q", d->cur.name);
		dash_finance(s, "FIN", q, d, &c->v[i].fin);
		tmpl_set(s, "EXPLANATION", c->v[i].explanation);
		tmpl_set(s, "MEASURE", c->v[i].measure);
	}
	tmpl_show(t, c->n > 0 ? "HAS_COSTS" : "NO_COSTS");
}

/*
 * The units that have not submitted, 50 a page (?page=: a large city has
 * hundreds of them in an open quarter), with their number.
 */
static void
page_dashboard_missing(struct tmpl *t, struct req *q,
    const struct dash_period *d, const struct submission_missing_list *m)
{
	struct dash_pager	 pg;
	struct tmpl		*s;
	size_t			 i;
	const char		*key;
	char			 base[64];

	dash_pager(&pg, q, m->n, DASH_ROWS_PER_PAGE);
	dash_pager_fill(t, &pg);
	utf8_snprintf(base, sizeof(base), "/dashboard?period=%s", d->cur.name);
	tmpl_set(t, "PAGER_BASE", base);
	for (i = pg.first; i < pg.end; i++) {
		if ((s = tmpl_section(t, "MISSING")) == NULL)
			return;
		tmpl_set_int(s, "UNIT_ID", m->v[i].unit_id);
		tmpl_set(s, "UNIT_NAME", m->v[i].unit_name);
		tmpl_set(s, "PERIOD_Q", d->cur.name);
		if (strcmp(m->v[i].state, "draft") == 0)
			key = "T_SUB_DRAFT";
		else if (strcmp(m->v[i].state, "returned") == 0)
			key = "T_SUB_RETURNED";
		else
			key = "T_SUB_NONE";
		tmpl_set(s, "SUB_STATE", i18n(q->lang, key));
	}
	tmpl_show(t, m->n > 0 ? "HAS_MISSING" : "NO_MISSING");
}

/*
 * GET /dashboard?period=YYYY-Qn: the CMT overview, from the page cache
 * while the data generation has not moved.  Raises 404 (no such period),
 * 500.
 */
void
page_dashboard(struct req *q, struct resp *r)
{
	struct dash_period		 d;
	struct rollup_node_list		*l = NULL, *prev = NULL;
	struct rollup_hist_list		*h = NULL;
	struct rollup_worst_list	*w = NULL;
	struct rollup_perf_list		*c = NULL;
	struct submission_missing_list	*m = NULL;
	struct tmpl			*t = NULL;
	char				 title[128], key[256];
	int64_t				 gen;

	if (!dash_period(q, &d)) {
		r->status = 404;
		return;
	}
	/* Read before building: a save meanwhile makes the entry stale. */
	gen = db_rollup_generation(q->db);
	dash_cache_key(key, sizeof(key), q, &d);
	if (dash_cache_serve(q, r, key, gen, NAV_DASHBOARD))
		return;
	if ((l = db_rollup_programmes(q->db, d.cur.id)) == NULL ||
	    (d.has_prev && (prev = db_rollup_programmes(q->db,
	    d.prev.id)) == NULL) ||
	    (h = db_rollup_programme_history(q->db, d.cur.year, d.cur.quarter,
	    DASH_TREND_QUARTERS)) == NULL ||
	    (w = db_rollup_worst(q->db, d.cur.id, DASH_TOP)) == NULL ||
	    (c = db_rollup_costs_largest(q->db, d.cur.id, DASH_TOP)) == NULL ||
	    (m = db_submission_missing(q->db, d.cur.id)) == NULL ||
	    (t = page_new(q)) == NULL) {
		r->status = 500;
		goto out;
	}
	dash_period_form(t, q, &d);
	page_status_looks(t, "STATUS_COL", q);
	if (!page_dashboard_programmes(t, q, &d, l, prev) ||
	    !dash_approval(t, "APPROVAL_ALL", q, APPROVAL_ALL, 0, d.cur.id) ||
	    !page_budget_saldo(q, t, d.cur.year, 0)) {
		r->status = 500;
		goto out;
	}
	page_dashboard_strip(t, q, &d, l, h);
	page_dashboard_bars(t, l);
	page_dashboard_worst(t, q, &d, w);
	page_dashboard_costs(t, q, &d, c);
	page_dashboard_missing(t, q, &d, m);
	tmpl_show(t, l->n > 0 ? "HAS_PROGRAMMES" : "NO_PROGRAMMES");
	utf8_snprintf(title, sizeof(title), "%s %s",
	    i18n(q->lang, "T_DASH_TITLE"), d.cur.name);
	dash_cache_render(q, r, t, "dashboard.tpl", key, gen, title,
	    NAV_DASHBOARD);
	t = NULL;
out:
	tmpl_free(t);
	db_rollup_node_list_free(l);
	db_rollup_node_list_free(prev);
	db_rollup_hist_list_free(h);
	db_rollup_worst_list_free(w);
	db_rollup_perf_list_free(c);
	db_submission_missing_list_free(m);
}
