/*
 * page_dashboard_programme.c: one programme in a period by the three
 * W-questions, with live status: its effects and performances, each
 * indicator with target, realised, forecast, explanation and measure and a
 * link to the figures behind it; the finance per performance.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "dashboard.h"
#include "rollup_store.h"
#include "db_drill.h"
#include "db_programme.h"
#include "db_rollup.h"
#include "handlers.h"
#include "i18n.h"
#include "page.h"
#include "page_budget.h"
#include "page_uom.h"
#include "tmpl.h"
#include "url.h"
#include "utf8.h"

struct pdash {
	struct req			*q;
	const struct dash_period	*d;
	const struct rollup_ind_list	*ri;
	const struct drill_fig_list	*figs;
};

/* The units' texts of one indicator, joined as "Unit: text | ...". */
static void
page_dashboard_programme_texts(struct tmpl *s, const struct pdash *p,
    int64_t indicator_id)
{
	char	 ex[2048], me[2048];
	size_t	 i;
	int	 a, b;

	ex[0] = me[0] = '\0';
	for (i = 0; i < p->figs->n; i++) {
		const struct drill_fig *f = &p->figs->v[i];

		if (f->indicator_id != indicator_id)
			continue;
		a = (int)strlen(ex);
		b = (int)strlen(me);
		if (f->explanation[0] != '\0' && (size_t)a < sizeof(ex))
			utf8_snprintf(ex + a, sizeof(ex) - (size_t)a,
			    "%s%s: %s",
			    a ? " | " : "", f->unit_name, f->explanation);
		if (f->measure[0] != '\0' && (size_t)b < sizeof(me))
			utf8_snprintf(me + b, sizeof(me) - (size_t)b,
			    "%s%s: %s",
			    b ? " | " : "", f->unit_name, f->measure);
	}
	tmpl_set(s, "EXPLANATION", ex);
	tmpl_set(s, "MEASURE", me);
}

static void
page_dashboard_programme_ind(struct tmpl *parent, const char *section,
    const struct pdash *p, const struct indicator *v, size_t n)
{
	const struct rollup_ind_row	*r;
	struct tmpl			*s;
	int64_t				 fc;
	size_t				 i, k, units = 0;
	int				 has_fc;

	for (i = 0; i < n; i++) {
		if ((s = tmpl_section(parent, section)) == NULL)
			return;
		r = db_rollup_ind_find(p->ri, v[i].id, p->d->cur.id);
		tmpl_set_int(s, "IND_ID", v[i].id);
		tmpl_set(s, "CODE", v[i].code);
		tmpl_set(s, "IND_NAME", v[i].name);
		page_uom_name(s, "UNIT", p->q, v[i].unit);
		dash_num(s, "VALUE", p->q, r != NULL && r->v.has_value,
		    r != NULL ? r->v.value : 0, v[i].decimals);
		dash_num(s, "TARGET", p->q, r != NULL && r->has_target,
		    r != NULL ? r->target : 0, v[i].decimals);
		fc = 0;
		has_fc = dash_forecast(&v[i], p->figs->v, p->figs->n, &fc);
		dash_num(s, "FORECAST", p->q, has_fc, fc, v[i].decimals);
		dash_status(s, "ST", p->q, r != NULL ? r->status :
		    STATUS_NO_DATA);
		for (units = 0, k = 0; k < p->figs->n; k++)
			if (p->figs->v[k].indicator_id == v[i].id)
				units++;
		tmpl_set_int(s, "UNITS", (long long)units);
		tmpl_set(s, "UNITS_WORD", i18n(p->q->lang, units == 1 ?
		    "T_PDASH_UNIT_ONE" : "T_PDASH_UNITS"));
		page_dashboard_programme_texts(s, p, v[i].id);
	}
}

/* A performance's row in the finance table and its bars. */
static void
page_dashboard_programme_budget(struct tmpl *t, const struct pdash *p,
    int effect_number, const struct performance *pf,
    const struct rollup_perf_row *pr, int64_t max, size_t nb)
{
	struct tmpl	*b;

	if ((b = tmpl_section(t, "BUDGET_ROW")) == NULL)
		return;
	tmpl_set_int(b, "EFFECT_NUMBER", effect_number);
	tmpl_set_int(b, "PERF_NUMBER", pf->number);
	tmpl_set(b, "PERF_NAME", pf->name);
	tmpl_set(b, "EXPLANATION", pr->explanation);
	tmpl_set(b, "MEASURE", pr->measure);
	tmpl_set_int(b, "PERF_ID", pf->id);
	/* Every performance is a line of the total, with or without costs. */
	dash_finance(b, "FIN", p->q, p->d, &pr->fin);
	tmpl_set_int(b, "Y", 10 + (long long)nb * 36);
	tmpl_set_int(b, "Y2", 22 + (long long)nb * 36);
	tmpl_set_int(b, "TY", 26 + (long long)nb * 36);
	tmpl_set_int(b, "W_BUDGET", chart_len(pr->fin.budget, max, 500));
	tmpl_set_int(b, "W_REALISED", pr->fin.has_realised ?
	    chart_len(pr->fin.realised, max, 500) : 0);
}

/*
 * One performance of the page with its indicators, read for it alone.
 * Returns 0 on a database error.
 */
static int
page_dashboard_programme_one(struct tmpl *t, const struct pdash *p,
    int effect_number, const struct performance *pf,
    const struct rollup_perf_row *pr)
{
	struct pdash	 pp = *p;
	struct indicator *ind;
	struct tmpl	*f;
	size_t		 nind = 0;
	int		 ok = 0;

	if ((f = tmpl_section(t, "PERFORMANCE")) == NULL)
		return 0;
	pp.ri = NULL;
	pp.figs = NULL;
	if ((ind = db_performance_indicators(p->q->db, pf->id,
	    &nind)) == NULL ||
	    (pp.ri = db_rollup_indicators_of_performance(p->q->db, pf->id,
	    p->d->cur.id)) == NULL ||
	    (pp.figs = db_drill_performance_figures(p->q->db, pf->id,
	    p->d->cur.id)) == NULL)
		goto out;
	tmpl_set_int(f, "PERF_ID", pf->id);
	tmpl_set_int(f, "EFFECT_NUMBER", effect_number);
	tmpl_set_int(f, "PERF_NUMBER", pf->number);
	tmpl_set(f, "PERF_NAME", pf->name);
	tmpl_set_int(f, "OWNER_ID", pf->org_unit_id);
	tmpl_set(f, "OWNER", pf->org_unit_name);
	dash_status(f, "ST", p->q, pr != NULL ? pr->status : STATUS_NO_DATA);
	if (nind > 0)
		tmpl_show(f, "HAS_PERF_INDICATORS");
	page_dashboard_programme_ind(f, "PERF_INDICATOR", &pp, ind, nind);
	ok = 1;
out:
	db_indicator_array_free(ind, nind);
	db_rollup_ind_list_free((struct rollup_ind_list *)pp.ri);
	db_drill_fig_list_free((struct drill_fig_list *)pp.figs);
	return ok;
}

/*
 * The effects with their effect indicators (all of them: a programme has
 * a handful), then the performances of the page (of every effect, or of
 * effect_id alone when it is not 0) with their indicators and finance,
 * each read for itself.  Returns 0 on a database error.
 */
static int
page_dashboard_programme_fill(struct tmpl *t, const struct pdash *p,
    const struct programme *g, const struct rollup_node_list *eff,
    int64_t effect_id, const struct dash_pager *pg)
{
	struct rollup_perf_list		*pl[DASH_PER_PAGE];
	struct performance		*pf = NULL;
	int				 en[DASH_PER_PAGE];
	const struct rollup_perf_row	*pr;
	struct tmpl			*e;
	int64_t				 max = 0;
	size_t				 i, k, n = 0, npf = 0, nb = 0;
	int				 ok = 0;

	for (i = 0; i < g->effectn; i++) {
		if ((e = tmpl_section(t, "EFFECT")) == NULL)
			return 0;
		tmpl_set_int(e, "EFFECT_ID", g->effects[i].id);
		tmpl_set_int(e, "EFFECT_NUMBER", g->effects[i].number);
		tmpl_set(e, "EFFECT_NAME", g->effects[i].name);
		tmpl_set_int(e, "N_PERFORMANCES",
		    (long long)g->effects[i].performancen);
		for (k = 0; k < eff->n; k++)
			if (eff->v[k].id == g->effects[i].id) {
				dash_status(e, "ST", p->q, eff->v[k].status);
				dash_counts(e, &eff->v[k].counts);
			}
		if (g->effects[i].indicatorn > 0)
			tmpl_show(e, "HAS_EFFECT_INDICATORS");
		page_dashboard_programme_ind(e, "EFFECT_INDICATOR", p,
		    g->effects[i].indicators, g->effects[i].indicatorn);
	}
	/* The page's performances, in effect and performance order. */
	if ((pf = db_performance_page(p->q->db, g->id, effect_id, pg->first,
	    pg->end - pg->first, &npf)) == NULL)
		return 0;
	for (i = 0; i < npf && n < DASH_PER_PAGE; i++) {
		en[n] = 0;
		for (k = 0; k < g->effectn; k++)
			if (g->effects[k].id == pf[i].effect_id)
				en[n] = g->effects[k].number;
		if ((pl[n] = db_rollup_performance(p->q->db, pf[i].id,
		    p->d->cur.id)) == NULL)
			goto out;
		n++;
	}
	for (i = 0; i < n; i++) {
		if (pl[i]->n == 0)
			continue;
		pr = &pl[i]->v[0];
		if (pr->fin.budget > max)
			max = pr->fin.budget;
		if (pr->fin.has_realised && pr->fin.realised > max)
			max = pr->fin.realised;
	}
	for (i = 0; i < n; i++) {
		pr = pl[i]->n > 0 ? &pl[i]->v[0] : NULL;
		if (!page_dashboard_programme_one(t, p, en[i], &pf[i], pr))
			goto out;
		if (pr == NULL)
			continue;
		page_dashboard_programme_budget(t, p, en[i], &pf[i], pr, max,
		    nb);
		nb++;
	}
	tmpl_set_int(t, "BARS_H", 20 + (long long)nb * 36);
	ok = 1;
out:
	for (i = 0; i < n; i++)
		db_rollup_perf_list_free(pl[i]);
	db_performance_list_free(pf, npf);
	return ok;
}

/*
 * ?effect=: 0 for every effect, else the id of an effect of g (1), or 0
 * returned when it is not one of g's.  *n: the performances shown.
 */
static int
page_dashboard_programme_effect(const struct req *q,
    const struct programme *g, int64_t *effect_id, size_t *n)
{
	const char	*s = req_query(q, "effect");
	size_t		 i;

	*effect_id = 0;
	*n = 0;
	if (s == NULL || *s == '\0') {
		for (i = 0; i < g->effectn; i++)
			*n += g->effects[i].performancen;
		return 1;
	}
	if (!url_id(s, effect_id))
		return 0;
	for (i = 0; i < g->effectn; i++)
		if (g->effects[i].id == *effect_id) {
			*n = g->effects[i].performancen;
			return 1;
		}
	return 0;
}

/* 303 to the programme with the same number in the period's year, or 404. */
static void
page_dashboard_programme_other_year(struct req *q, struct resp *r,
    int number, const struct dash_period *d)
{
	struct programme_list	*l;
	size_t			 i;
	char			 loc[128];

	r->status = 404;
	if ((l = db_programme_list(q->db, d->cur.year)) == NULL) {
		r->status = 500;
		return;
	}
	for (i = 0; i < l->n; i++)
		if (l->v[i].number == number) {
			utf8_snprintf(loc, sizeof(loc),
			    "/dashboard/programmes/%lld?period=%s",
			    (long long)l->v[i].id, d->cur.name);
			resp_redirect(r, 303, loc);
		}
	db_programme_list_free(l);
}

/*
 * GET /dashboard/programmes/{id}?period=: the programme dashboard.
 * A programme of another year than the period redirects (303) to the
 * programme with the same number in the period's year.  Raises 404 (no
 * such programme or period), 500.
 */
void
page_dashboard_programme(struct req *q, struct resp *r)
{
	struct dash_period	 d;
	struct pdash		 p;
	struct programme	*g = NULL;
	struct rollup_node_row	 n;
	struct rollup_node_list	*eff = NULL, *prev = NULL;
	struct rollup_ind_list	*ri = NULL;
	struct drill_fig_list	*figs = NULL;
	struct tmpl		*t = NULL, *s;
	struct dash_pager	 pg;
	int64_t			 id, effect_id, want;
	size_t			 i, nperf;
	char			 title[256], key[256], base[200];
	int64_t			 gen;
	const char		*arg;

	memset(&n, 0, sizeof(n));
	id = q->id[0];
	if (!dash_period(q, &d)) {
		r->status = 404;
		return;
	}
	gen = db_rollup_generation(q->db);
	dash_cache_key(base, sizeof(base), q, &d);
	/* The page and effect as parsed: what the content depends on. */
	want = effect_id = 0;
	if ((arg = req_query(q, "page")) != NULL && !url_id(arg, &want))
		want = 0;
	if ((arg = req_query(q, "effect")) != NULL && *arg != '\0' &&
	    !url_id(arg, &effect_id))
		effect_id = -1;
	utf8_snprintf(key, sizeof(key), "%s|e=%lld", base,
	    (long long)effect_id);
	if (dash_cache_serve(q, r, key, gen, NAV_DASHBOARD))
		return;
	if ((g = db_programme_get_outline(q->db, id)) == NULL) {
		r->status = 404;
		return;
	}
	if (g->year != d.cur.year) {
		/* A programme belongs to one budget year: go to its namesake. */
		page_dashboard_programme_other_year(q, r, g->number, &d);
		goto out;
	}
	if (!page_dashboard_programme_effect(q, g, &effect_id, &nperf)) {
		r->status = 404;
		goto out;
	}
	dash_pager(&pg, q, nperf, DASH_PER_PAGE);
	if (!db_rollup_programme(q->db, id, d.cur.id, &n) ||
	    (eff = db_rollup_effects(q->db, id, d.cur.id)) == NULL ||
	    (ri = db_rollup_indicators_of_effects(q->db, id,
	    d.cur.id)) == NULL ||
	    (figs = db_drill_effect_figures(q->db, id, d.cur.id)) == NULL ||
	    (d.has_prev && (prev = db_rollup_programmes(q->db,
	    d.prev.id)) == NULL) ||
	    (t = page_new(q)) == NULL) {
		r->status = 500;
		goto out;
	}
	p.q = q;
	p.d = &d;
	p.ri = ri;
	p.figs = figs;
	dash_period_form(t, q, &d);
	if (!dash_approval(t, "APPROVAL_ALL", q, ROLLUP_PROGRAMME, g->id,
	    d.cur.id) || !page_budget_saldo(q, t, d.cur.year, g->id)) {
		r->status = 500;
		goto out;
	}
	tmpl_set_int(t, "ID", g->id);
	tmpl_set_int(t, "NUMBER", g->number);
	tmpl_set(t, "NAME", g->name);
	tmpl_set(t, "PORTFOLIO_HOLDER", g->portfolio_holder);
	tmpl_set(t, "AMBITION", g->ambition);
	dash_status(t, "ST", q, n.status);
	dash_counts(t, &n.counts);
	dash_finance(t, "FIN", q, &d, &n.fin);
	for (i = 0; prev != NULL && i < prev->n; i++)
		if (prev->v[i].number == g->number) {
			dash_status(t, "ST_PREV", q, prev->v[i].status);
			dash_finance(t, "FIN_PREV", q, &d, &prev->v[i].fin);
		}
	if (effect_id != 0 && (s = tmpl_section(t, "EFFECT_FILTER")) != NULL) {
		tmpl_set_int(s, "FILTER_ID", effect_id);
		for (i = 0; i < g->effectn; i++)
			if (g->effects[i].id == effect_id) {
				tmpl_set_int(s, "FILTER_NUMBER",
				    g->effects[i].number);
				tmpl_set(s, "FILTER_NAME", g->effects[i].name);
			}
	}
	dash_pager_fill(t, &pg);
	if (effect_id != 0)
		utf8_snprintf(base, sizeof(base),
		    "/dashboard/programmes/%lld?period=%s&effect=%lld",
		    (long long)g->id, d.cur.name, (long long)effect_id);
	else
		utf8_snprintf(base, sizeof(base),
		    "/dashboard/programmes/%lld?period=%s", (long long)g->id,
		    d.cur.name);
	tmpl_set(t, "PAGER_BASE", base);
	if (!page_dashboard_programme_fill(t, &p, g, eff, effect_id, &pg)) {
		r->status = 500;
		goto out;
	}
	utf8_snprintf(title, sizeof(title), "%s %d. %s %s",
	    i18n(q->lang, "T_PDASH_TITLE"), g->number, g->name, d.cur.name);
	dash_cache_render(q, r, t, "dashboard_programme.tpl", key, gen, title,
	    NAV_DASHBOARD);
	t = NULL;
out:
	tmpl_free(t);
	free(n.name);
	db_programme_free(g);
	db_rollup_node_list_free(eff);
	db_rollup_node_list_free(prev);
	db_rollup_ind_list_free(ri);
	db_drill_fig_list_free(figs);
}
