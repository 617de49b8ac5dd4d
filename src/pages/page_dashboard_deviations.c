/*
 * page_dashboard_deviations.c: the deviation register of a period: every
 * cost deviation above the thresholds (setting table, status_cost) with
 * its explanation and measure, grouped by programme (budgetteringsbeleid:
 * deviations made transparent and solved at programme level).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dashboard.h"
#include "rollup_approval.h"
#include "db_rollup.h"
#include "handlers.h"
#include "i18n.h"
#include "num.h"
#include "page.h"
#include "tmpl.h"
#include "url.h"
#include "utf8.h"

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

/* One programme's line of the summary, this year and last. */
struct dev_sum {
	int64_t		 id;		/* this year's programme, or 0 */
	int		 number;
	const char	*name;
	size_t		 n, first;	/* first: index among this year's */
	int64_t		 net;		/* sum of the deviations, cents */
	size_t		 prev_n;
	int64_t		 prev_net;
};

/*
 * Whether row r is a deviation above the thresholds of d (status_cost),
 * and its amount into *cents.
 */
static int
page_dashboard_deviations_is(const struct rollup_perf_row *r,
    const struct dash_period *d, int64_t *cents)
{
	struct cost_status cs;

	cs = status_cost(r->fin.budget_realised, r->fin.realised, d->bp,
	    d->cents);
	*cents = cs.deviation_cents;
	return r->fin.has_realised && cs.needs_explanation;
}

/*
 * The deviations of list l above the thresholds of d, as indexes into
 * l->v (calloc'd, *n of them); NULL when memory runs out.
 */
static size_t *
page_dashboard_deviations_pick(const struct rollup_perf_list *l,
    const struct dash_period *d, size_t *n)
{
	size_t	*dev, i;
	int64_t	 cents;

	*n = 0;
	if ((dev = calloc(l->n + 1, sizeof(*dev))) == NULL)
		return NULL;
	for (i = 0; i < l->n; i++)
		if (page_dashboard_deviations_is(&l->v[i], d, &cents))
			dev[(*n)++] = i;
	return dev;
}

/* The summary line of programme number in v[0..*n), added when absent. */
static struct dev_sum *
page_dashboard_deviations_line(struct dev_sum *v, size_t *n, size_t cap,
    int number)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (v[i].number == number)
			return &v[i];
	if (*n == cap)
		return NULL;
	memset(&v[*n], 0, sizeof(v[*n]));
	v[*n].number = number;
	return &v[(*n)++];
}

static int
page_dashboard_deviations_cmp(const void *a, const void *b)
{
	const struct dev_sum *x = a, *y = b;

	return (x->number > y->number) - (x->number < y->number);
}

/*
 * Add the deviations dev[0..n) of list l to the summary: to this year's
 * columns, or to last year's (prev).  Programmes are matched by number,
 * as on the overview.
 */
static void
page_dashboard_deviations_add(struct dev_sum *v, size_t *nv, size_t cap,
    const struct rollup_perf_list *l, const size_t *dev, size_t n,
    const struct dash_period *d, int prev)
{
	struct dev_sum	*s;
	size_t		 i;
	int64_t		 cents;

	for (i = 0; i < n; i++) {
		const struct rollup_perf_row *r = &l->v[dev[i]];

		if ((s = page_dashboard_deviations_line(v, nv, cap,
		    r->programme_number)) == NULL)
			continue;
		(void)page_dashboard_deviations_is(r, d, &cents);
		if (prev) {
			s->prev_n++;
			s->prev_net += cents;
			if (s->name == NULL)
				s->name = r->programme_name;
			continue;
		}
		if (s->n++ == 0)
			s->first = i;
		s->net += cents;
		s->id = r->programme_id;
		s->name = r->programme_name;
	}
}

/* COUNT and NET (a dash when there are none) into t. */
static void
page_dashboard_deviations_net(struct tmpl *t, const struct req *q, size_t n,
    int64_t net)
{
	tmpl_set_int(t, "COUNT", (long long)n);
	if (n == 0) {
		tmpl_set(t, "NET", "\xe2\x80\x94");
		tmpl_set(t, "NET_CENTS", "");
		return;
	}
	page_set_money(t, "NET", q, net);
	tmpl_set_int(t, "NET_CENTS", (long long)net);
}

/*
 * Per programme the number of deviations and their net amount, beside the
 * same quarter last year (at today's thresholds), and the page its first
 * one is on when the register has more than one (section
 * PROGRAMME_SUMMARY).  Returns 0 when memory runs out.
 */
static int
page_dashboard_deviations_summary(struct tmpl *t, const struct req *q,
    const struct dash_period *d, const struct rollup_perf_list *l,
    const size_t *dev, size_t n, const struct rollup_perf_list *lp,
    const size_t *devp, size_t np, const struct dash_pager *pg)
{
	struct dev_sum	*v;
	struct tmpl	*s, *row, *x;
	size_t		 nv = 0, cap = n + np, i;

	if (cap == 0)
		return 1;
	if ((v = calloc(cap, sizeof(*v))) == NULL)
		return 0;
	page_dashboard_deviations_add(v, &nv, cap, l, dev, n, d, 0);
	if (lp != NULL)
		page_dashboard_deviations_add(v, &nv, cap, lp, devp, np, d, 1);
	qsort(v, nv, sizeof(*v), page_dashboard_deviations_cmp);
	if ((s = tmpl_section(t, "PROGRAMME_SUMMARY")) == NULL)
		goto out;
	if (pg->pages > 1)
		tmpl_show(s, "PAGED");
	for (i = 0; i < nv; i++) {
		if ((row = tmpl_section(s, "SUMMARY_ROW")) == NULL)
			break;
		tmpl_set_int(row, "PROGRAMME_NUMBER", v[i].number);
		tmpl_set(row, "PROGRAMME_NAME", v[i].name);
		page_dashboard_deviations_net(row, q, v[i].n, v[i].net);
		if (d->has_prev && (x = tmpl_section(row, "PREV")) != NULL)
			page_dashboard_deviations_net(x, q, v[i].prev_n,
			    v[i].prev_net);
		if (pg->pages < 2)
			continue;
		if (v[i].n > 0 && (x = tmpl_section(row, "FIRST")) != NULL) {
			tmpl_set_int(x, "PROGRAMME_ID", v[i].id);
			tmpl_set_int(x, "FIRST_PAGE",
			    (long long)(v[i].first / pg->per) + 1);
		} else if (v[i].n == 0)
			tmpl_show(row, "NO_FIRST");
	}
out:
	free(v);
	return 1;
}

/*
 * GET /dashboard/deviations?period=&page=: the deviation register, 50
 * deviations a page, grouped by programme, with per programme the count
 * and net amount beside last year's and the page it starts on.  Raises
 * 404 (no such period), 500.
 */
void
page_dashboard_deviations(struct req *q, struct resp *r)
{
	struct dash_period	 d;
	struct dash_pager	 pg;
	struct rollup_perf_list	*l = NULL, *lp = NULL;
	struct tmpl		*t = NULL, *g = NULL;
	size_t			 i, n = 0, np = 0, *dev = NULL, *devp = NULL;
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
	    (dev = page_dashboard_deviations_pick(l, &d, &n)) == NULL ||
	    (d.has_prev && ((lp = db_rollup_costs_of_period(q->db, d.prev.id,
	    d.cents)) == NULL ||
	    (devp = page_dashboard_deviations_pick(lp, &d, &np)) == NULL)) ||
	    (t = page_new(q)) == NULL)
		goto fail;
	dash_pager(&pg, q, n, DASH_ROWS_PER_PAGE);
	dash_pager_fill(t, &pg);
	utf8_snprintf(base, sizeof(base), "/dashboard/deviations?period=%s",
	    d.cur.name);
	tmpl_set(t, "PAGER_BASE", base);
	dash_period_form(t, q, &d);
	if (!dash_approval(t, "APPROVAL_ALL", q, APPROVAL_ALL, 0, d.cur.id))
		goto fail;
	num_format_bp(buf, sizeof(buf), d.bp, q->lang == LANG_EN);
	tmpl_set(t, "THRESHOLD_PCT", buf[0] == '+' ? buf + 1 : buf);
	page_set_money(t, "THRESHOLD_MONEY", q, d.cents);
	if (!page_dashboard_deviations_summary(t, q, &d, l, dev, n, lp, devp,
	    np, &pg))
		goto fail;
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
	page_set_num(t, "N_DEVIATIONS_SHOWN", q, (int64_t)n, 0);
	tmpl_show(t, n > 0 ? "HAS_DEVIATIONS" : "NO_DEVIATIONS");
	if (d.has_prev)
		tmpl_set_int(t, "N_PREV_DEVIATIONS", (long long)np);
	db_rollup_perf_list_free(l);
	db_rollup_perf_list_free(lp);
	free(dev);
	free(devp);
	utf8_snprintf(title, sizeof(title), "%s %s", i18n(q->lang,
	    "T_DEV_TITLE"),
	    d.cur.name);
	dash_cache_render(q, r, t, "dashboard_deviations.tpl", key, gen, title,
	    NAV_DASHBOARD);
	return;
fail:
	tmpl_free(t);
	db_rollup_perf_list_free(l);
	db_rollup_perf_list_free(lp);
	free(dev);
	free(devp);
	r->status = 500;
}
