/*
 * dashboard.c: the parts every dashboard page fills the same way.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dashboard.h"
#include "db_period.h"
#include "db_drill.h"
#include "db_rollup.h"
#include "gzip.h"
#include "i18n.h"
#include "num.h"
#include "page.h"
#include "pagecache.h"
#include "rollup_approval.h"
#include "tmpl.h"
#include "url.h"

/*
 * ?period=YYYY-Qn, else the current period (the open one, else the latest
 * closed one); and the same quarter a year earlier.  Returns 0 when there
 * is no such period (the handler raises 404).
 */
int
dash_period(struct req *q, struct dash_period *d)
{
	const char	*s = req_query(q, "period");
	char		 name[16];

	memset(d, 0, sizeof(*d));
	if (s != NULL && *s != '\0') {
		if (!db_period_get_by_name(q->db, s, &d->cur))
			return 0;
	} else if (!db_period_current(q->db, &d->cur))
		return 0;
	snprintf(name, sizeof(name), "%d-Q%d", d->cur.year - 1,
	    d->cur.quarter);
	d->has_prev = db_period_get_by_name(q->db, name, &d->prev);
	db_rollup_thresholds(q->db, &d->bp, &d->cents);
	return 1;
}

/*
 * The period selector (a GET form of every period that is not planned)
 * and the names PERIOD and PREV_PERIOD; section HAS_PREV when last year's
 * quarter exists.
 */
void
dash_period_form(struct tmpl *t, struct req *q, const struct dash_period *d)
{
	struct period_list	*l;
	struct tmpl		*s;
	size_t			 i;

	tmpl_set(t, "PERIOD", d->cur.name);
	tmpl_set(t, "PERIOD_Q", d->cur.name);
	if (d->has_prev) {
		tmpl_set(t, "PREV_PERIOD", d->prev.name);
		tmpl_show(t, "HAS_PREV");
	} else
		tmpl_show(t, "NO_PREV");
	if ((l = db_period_list_all(q->db)) == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		if (l->v[i].state == PERIOD_PLANNED &&
		    l->v[i].id != d->cur.id)
			continue;
		if ((s = tmpl_section(t, "PERIOD_OPTION")) == NULL)
			break;
		tmpl_set(s, "OPTION", l->v[i].name);
		if (l->v[i].id == d->cur.id)
			tmpl_show(s, "SELECTED");
	}
	db_period_list_free(l);
}

/* Section `section` of t with how st shows (page_status()). */
void
dash_status(struct tmpl *t, const char *section, const struct req *q,
    enum status st)
{
	struct tmpl *s;

	if ((s = tmpl_section(t, section)) != NULL)
		page_status(s, q, st);
}

/* N_ON_TRACK, N_AT_RISK, N_OFF_TRACK, N_NO_DATA. */
void
dash_counts(struct tmpl *t, const struct status_counts *c)
{
	tmpl_set_int(t, "N_ON_TRACK", (long long)c->n[STATUS_ON_TRACK]);
	tmpl_set_int(t, "N_AT_RISK", (long long)c->n[STATUS_AT_RISK]);
	tmpl_set_int(t, "N_OFF_TRACK", (long long)c->n[STATUS_OFF_TRACK]);
	tmpl_set_int(t, "N_NO_DATA", (long long)c->n[STATUS_NO_DATA]);
}

/*
 * The approval of the figures behind node's numbers in period_id (kind of
 * rollup_approval_get(), or DASH_APPROVAL_INDICATOR for one indicator) as
 * section: PROVISIONAL with how many figures
 * are not approved ("voorlopig: 3 van 12 cijfers niet goedgekeurd"), or
 * APPROVED when all are; nothing without figures.  Returns 1, or 0 when
 * the read fails.
 */
int
dash_approval(struct tmpl *t, const char *section, const struct req *q,
    int kind, int64_t node_id, int64_t period_id)
{
	struct approval	 a;
	struct tmpl	*s, *p;

	if (kind == DASH_APPROVAL_INDICATOR) {
		if (!rollup_approval_indicator(q->db, node_id, period_id, &a))
			return 0;
	} else if (!rollup_approval_get(q->db, kind, node_id, period_id, &a))
		return 0;
	if (a.n_figures <= 0 || (s = tmpl_section(t, section)) == NULL)
		return 1;
	if ((p = tmpl_section(s, a.n_unapproved > 0 ? "PROVISIONAL" :
	    "APPROVED")) == NULL)
		return 1;
	page_set_num(p, "N_UNAPPROVED", q, a.n_unapproved, 0);
	page_set_num(p, "N_FIGURES", q, a.n_figures, 0);
	tmpl_set_int(p, "DATA_UNAPPROVED", (long long)a.n_unapproved);
	tmpl_set_int(p, "DATA_FIGURES", (long long)a.n_figures);
	return 1;
}

/* A scaled value as text, or the "no data" dash. */
void
dash_num(struct tmpl *t, const char *name, const struct req *q, int has,
    int64_t v, int decimals)
{
	if (has)
		page_set_num(t, name, q, v, decimals);
	else
		tmpl_set(t, name, "\xe2\x80\x94");	/* — */
}

/*
 * Section `section` of t with a finance total: BUDGET, YEAR_BUDGET,
 * REALISED, FORECAST, DEV, DEV_PCT (as text, "—" when missing) and the
 * same in cents as *_CENTS for machine reading (data- attributes), FC_DEV
 * (forecast against the year budget of the lines with a forecast), plus
 * section NEEDS_EXPLANATION.  Like with like (docs/rollup-rules.md):
 * BUDGET is the budget through the period of the lines that reported, so
 * it is "—" when none did; section PARTIAL ("n of m lines reported", with
 * N_REPORTED and N_LINES) when some lines have not reported, section
 * NOT_REPORTED when none has.
 */
void
dash_finance(struct tmpl *t, const char *section, const struct req *q,
    const struct dash_period *d, const struct finance *f)
{
	struct cost_status	 cs;
	struct tmpl		*s;
	char			 buf[64];

	if ((s = tmpl_section(t, section)) == NULL)
		return;
	if (f->has_realised)
		page_set_money(s, "BUDGET", q, f->budget);
	else
		tmpl_set(s, "BUDGET", "\xe2\x80\x94");
	tmpl_set_int(s, "BUDGET_CENTS", (long long)f->budget);
	page_set_money(s, "YEAR_BUDGET", q, f->year_budget);
	tmpl_set_int(s, "YEAR_BUDGET_CENTS", (long long)f->year_budget);
	tmpl_set_int(s, "N_LINES", (long long)f->n);
	tmpl_set_int(s, "N_REPORTED", (long long)f->n_realised);
	if (f->n_realised < f->n)
		tmpl_show(s, f->n_realised == 0 ? "NOT_REPORTED" : "PARTIAL");
	if (f->has_realised) {
		page_set_money(s, "REALISED", q, f->realised);
		tmpl_set_int(s, "REALISED_CENTS", (long long)f->realised);
	} else {
		tmpl_set(s, "REALISED", "\xe2\x80\x94");
		tmpl_set(s, "REALISED_CENTS", "");
	}
	if (f->has_forecast) {
		page_set_money(s, "FORECAST", q, f->forecast);
		tmpl_set_int(s, "FORECAST_CENTS", (long long)f->forecast);
	} else {
		tmpl_set(s, "FORECAST", "\xe2\x80\x94");
		tmpl_set(s, "FORECAST_CENTS", "");
	}
	tmpl_set(s, "DEV", "\xe2\x80\x94");
	tmpl_set(s, "DEV_CENTS", "");
	tmpl_set(s, "DEV_PCT", "\xe2\x80\x94");
	tmpl_set(s, "DEV_BP", "");
	/* The forecast against the year budget of the lines with one. */
	tmpl_set(s, "FC_DEV", "\xe2\x80\x94");
	tmpl_set(s, "FC_DEV_CENTS", "");
	if (rollup_finance_forecast_deviation(f, d->bp, d->cents, &cs)) {
		page_set_money(s, "FC_DEV", q, cs.deviation_cents);
		tmpl_set_int(s, "FC_DEV_CENTS", (long long)cs.deviation_cents);
	}
	if (rollup_finance_deviation(f, d->bp, d->cents, &cs)) {
		page_set_money(s, "DEV", q, cs.deviation_cents);
		tmpl_set_int(s, "DEV_CENTS", (long long)cs.deviation_cents);
		if (cs.has_bp) {
			num_format_bp(buf, sizeof(buf), cs.deviation_bp,
			    q->lang == LANG_EN);
			tmpl_set(s, "DEV_PCT", buf);
			tmpl_set_int(s, "DEV_BP", (long long)cs.deviation_bp);
		}
		if (cs.needs_explanation)
			tmpl_show(s, "NEEDS_EXPLANATION");
	}
}

/* The rollup rule of an indicator as the model describes it. */
void
dash_rule(struct rollup_rule *r, const struct indicator *ind)
{
	memset(r, 0, sizeof(*r));
	r->aggregation = ind->aggregation;
	r->decimals = ind->decimals;
	r->weighted = ind->weight_name != NULL && ind->weight_name[0] != '\0';
	r->ratio_factor = ind->unit != NULL && strcmp(ind->unit, "%") == 0 ?
	    100 : 1;
	r->cumulative = ind->cumulative;
}

/*
 * The year-end forecast of the whole from the units' forecasts of one
 * period (f: that indicator's figures of the period): summed for sums and
 * stocks, for a mean weighted like the values, for a ratio weighted by
 * each unit's denominator.  Returns 1 with *out, 0 when no unit has one.
 */
int
dash_forecast(const struct indicator *ind, const struct drill_fig *f,
    size_t n, int64_t *out)
{
	struct rollup_input	 in[64];
	struct rollup_rule	 r;
	struct rollup_value	 v;
	size_t			 i, k = 0;

	dash_rule(&r, ind);
	r.cumulative = 0;
	if (r.aggregation == AGG_LAST)
		r.aggregation = AGG_SUM;	/* one period: the units' sum */
	else if (r.aggregation == AGG_RATIO) {
		r.aggregation = AGG_MEAN;
		r.weighted = 1;
	}
	for (i = 0; i < n && k < 64; i++) {
		if (f[i].indicator_id != ind->id || !f[i].has_forecast)
			continue;
		memset(&in[k], 0, sizeof(in[k]));
		in[k].has_value = 1;
		in[k].value = f[i].forecast;
		in[k].period_index = 1;
		in[k].weight = ind->aggregation == AGG_RATIO ?
		    f[i].in.denominator : f[i].in.weight;
		k++;
	}
	if (k == 0 || rollup_value(&r, in, k, &v) != ROLLUP_OK ||
	    !v.has_value)
		return 0;
	*out = v.value;
	return 1;
}

/*
 * The page cache key of a dashboard: its path, the period it shows (after
 * the default is resolved, so opening a period cannot serve a stale
 * default), the language and ?page= as parsed (0 when absent or not a
 * number).  Every role sees the same content.
 */
void
dash_cache_key(char *key, size_t sz, const struct req *q,
    const struct dash_period *d)
{
	const char	*arg;
	int64_t		 page = 0;

	if ((arg = req_query(q, "page")) != NULL && !url_id(arg, &page))
		page = 0;
	snprintf(key, sz, "%s|%s|%s|p=%lld", q->path, d->cur.name,
	    i18n_code(q->lang), (long long)page);
}

/*
 * Serve the content cached under key at generation inside a freshly
 * rendered layout (user name, CSRF token).  Returns 1 when served.
 */
int
dash_cache_serve(struct req *q, struct resp *r, const char *key,
    int64_t generation, enum nav nav)
{
	const struct pagecache_page *p;

	if ((p = pagecache_hold(key, generation)) == NULL)
		return 0;
	/* The same URL answers gzip or plain, as the client accepts. */
	resp_header(r, "Vary", "Accept-Encoding");
	if (p->gz.data != NULL && gz_accepted(q->accept_enc))
		page_render_gz(q, r, &p->gz, p->title, nav);
	else
		page_render_content(q, r, p->content, p->len, p->title, nav);
	pagecache_release(p);
	return 1;
}

/*
 * Render content template tpl from t, keep it in the page cache under key
 * at generation, and send it inside the layout; frees t.  Raises 500.
 */
void
dash_cache_render(struct req *q, struct resp *r, struct tmpl *t,
    const char *tpl, const char *key, int64_t generation,
    const char *title, enum nav nav)
{
	char	*content;
	size_t	 len;

	content = tmpl_render(tpl, t, (int)q->lang, &len);
	tmpl_free(t);
	if (content == NULL) {
		r->status = 500;
		return;
	}
	pagecache_put(key, generation, content, len, title);
	resp_header(r, "Vary", "Accept-Encoding");
	page_render_content(q, r, content, len, title, nav);
	free(content);
}
