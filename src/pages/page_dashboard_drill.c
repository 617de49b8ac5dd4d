/*
 * page_dashboard_drill.c: the figures behind one indicator's rolled-up
 * number in a period.  The whole is read from the materialised rollup;
 * the units in between (an afdeling over its teams) are recomputed here
 * with the same pure function (rollup_calc) over their reporting units'
 * figures, and so is the whole, so the page shows how they combine.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "dashboard.h"
#include "entry.h"
#include "db_drill.h"
#include "db_indicator.h"
#include "db_rollup.h"
#include "handlers.h"
#include "i18n.h"
#include "page.h"
#include "page_uom.h"
#include "tmpl.h"
#include "utf8.h"

#define DRILL_MAX	512

struct drill_node {
	int64_t		 id;
	const char	*name;
	int		 kind;
	const char	*path[4];	/* names of its ancestors by kind */
};

/* Is unit below (or equal to) ancestor? */
static int
page_dashboard_drill_within(const struct drill_path_list *p, int64_t unit,
    int64_t ancestor)
{
	size_t	i;

	for (i = 0; i < p->n; i++)
		if (p->v[i].unit_id == unit && p->v[i].ancestor_id == ancestor)
			return 1;
	return 0;
}

static int
page_dashboard_drill_cmp(const void *a, const void *b)
{
	const struct drill_node	*x = a, *y = b;
	int			 k, c;

	for (k = 0; k < 4; k++) {
		if (x->path[k] == NULL || y->path[k] == NULL) {
			if (x->path[k] != y->path[k])
				return x->path[k] == NULL ? -1 : 1;
			continue;
		}
		if ((c = strcmp(x->path[k], y->path[k])) != 0)
			return c;
	}
	return 0;
}

/* The distinct ancestors of the reporting units, in tree order. */
static size_t
page_dashboard_drill_nodes(const struct drill_path_list *p,
    struct drill_node *nodes, size_t max)
{
	size_t	i, j, k, n = 0;

	for (i = 0; i < p->n; i++) {
		for (j = 0; j < n; j++)
			if (nodes[j].id == p->v[i].ancestor_id)
				break;
		if (j < n || n == max)
			continue;
		memset(&nodes[n], 0, sizeof(nodes[n]));
		nodes[n].id = p->v[i].ancestor_id;
		nodes[n].name = p->v[i].ancestor_name;
		nodes[n].kind = p->v[i].ancestor_kind;
		/* Its path: the ancestors of the same unit up to its kind. */
		for (k = 0; k < p->n; k++)
			if (p->v[k].unit_id == p->v[i].unit_id &&
			    p->v[k].ancestor_kind <= nodes[n].kind &&
			    p->v[k].ancestor_kind >= 0 &&
			    p->v[k].ancestor_kind < 4)
				nodes[n].path[p->v[k].ancestor_kind] =
				    p->v[k].ancestor_name;
		n++;
	}
	qsort(nodes, n, sizeof(*nodes), page_dashboard_drill_cmp);
	return n;
}

static void
page_dashboard_drill_row(struct tmpl *s, const struct req *q,
    const struct indicator *ind, const struct rollup_row *row)
{
	dash_num(s, "VALUE", q, row->units > 0 && row->v.has_value,
	    row->v.value, ind->decimals);
	tmpl_set_int(s, "VALUE_RAW", (long long)row->v.value);
	dash_num(s, "TARGET", q, row->has_target, row->target, ind->decimals);
	dash_status(s, "ST", q, row->status);
	tmpl_set_int(s, "N_USED", (long long)row->v.n);
	tmpl_set_int(s, "N_UNITS", (long long)row->units);
	if (ind->aggregation == AGG_RATIO) {
		dash_num(s, "NUM", q, 1, row->v.num, ind->decimals);
		dash_num(s, "DEN", q, 1, row->v.den, ind->decimals);
		tmpl_show(s, "IS_RATIO_ROW");
	}
}

static void
page_dashboard_drill_trend(struct tmpl *t, const struct req *q,
    const struct indicator *ind, const struct rollup_ind_list *h, int year)
{
	struct chart_axis	 ax;
	struct tmpl		*s;
	int64_t			 v[8];
	int			 has[8], x;
	size_t			 i, n = 0;
	char			 label[16];
	const struct rollup_ind_row *r[4];

	for (i = 0; i < 4; i++) {
		size_t	k;

		r[i] = NULL;
		for (k = 0; k < h->n; k++)
			if (h->v[k].year == year && h->v[k].quarter == (int)i + 1)
				r[i] = &h->v[k];
		v[n] = r[i] != NULL ? r[i]->v.value : 0;
		has[n++] = r[i] != NULL && r[i]->v.has_value;
		v[n] = r[i] != NULL ? r[i]->target : 0;
		has[n++] = r[i] != NULL && r[i]->has_target;
	}
	chart_axis_fit(&ax, v, has, n, 190, 20);
	for (i = 0; i < 4; i++) {
		x = chart_step(i, 4, 80, 580) + 60;
		utf8_snprintf(label, sizeof(label), "%d-Q%d", year, (int)i + 1);
		if ((s = tmpl_section(t, "TREND_Q")) != NULL) {
			tmpl_set(s, "QUARTER", label);
			tmpl_set_int(s, "X", x);
			dash_num(s, "VALUE", q, has[i * 2], v[i * 2],
			    ind->decimals);
			dash_num(s, "TARGET", q, has[i * 2 + 1], v[i * 2 + 1],
			    ind->decimals);
			dash_status(s, "ST", q, r[i] != NULL ? r[i]->status :
			    STATUS_NO_DATA);
		}
		if (has[i * 2] && (s = tmpl_section(t, "VALUE_PT")) != NULL) {
			tmpl_set_int(s, "X", x);
			tmpl_set_int(s, "Y", chart_pos(&ax, v[i * 2]));
		}
		if (has[i * 2 + 1] &&
		    (s = tmpl_section(t, "TARGET_PT")) != NULL) {
			tmpl_set_int(s, "X", x);
			tmpl_set_int(s, "Y", chart_pos(&ax, v[i * 2 + 1]));
		}
	}
	dash_num(t, "AXIS_HI", q, 1, ax.hi, ind->decimals);
	dash_num(t, "AXIS_LO", q, 1, ax.lo, ind->decimals);
}

static void
page_dashboard_drill_figures(struct tmpl *t, const struct req *q,
    const struct indicator *ind, const struct drill_fig_list *figs,
    const struct rollup_tgt *tg, size_t tn, int quarter)
{
	struct tmpl	*s;
	size_t		 i, k;
	int		 lo = ind->cumulative ? 1 : quarter;

	for (i = 0; i < figs->n; i++) {
		const struct drill_fig *f = &figs->v[i];

		if (f->in.period_index < lo || f->in.period_index > quarter)
			continue;
		if ((s = tmpl_section(t, "FIGURE")) == NULL)
			return;
		tmpl_set(s, "UNIT_NAME", f->unit_name);
		tmpl_set_int(s, "UNIT_ID", f->unit_id);
		tmpl_set_int(s, "QUARTER", f->in.period_index);
		dash_num(s, "VALUE", q, f->in.has_value, f->in.value,
		    ind->decimals);
		tmpl_set(s, "VALUE_RAW", "");
		if (f->in.has_value)
			tmpl_set_int(s, "VALUE_RAW", (long long)f->in.value);
		dash_num(s, "NUM", q, f->in.has_ratio, f->in.numerator,
		    entry_num_decimals(FIG_NUMERATOR, ind->decimals));
		dash_num(s, "DEN", q, f->in.has_ratio, f->in.denominator,
		    entry_num_decimals(FIG_DENOMINATOR, ind->decimals));
		dash_num(s, "WEIGHT", q, f->has_weight, f->in.weight, 0);
		dash_num(s, "FORECAST", q, f->has_forecast, f->forecast,
		    ind->decimals);
		tmpl_set(s, "TARGET", "\xe2\x80\x94");
		for (k = 0; k < tn; k++)
			if (tg[k].unit == f->unit_id &&
			    tg[k].quarter == f->in.period_index)
				dash_num(s, "TARGET", q, 1, tg[k].value,
				    ind->decimals);
		tmpl_set(s, "EXPLANATION", f->explanation);
		tmpl_set(s, "MEASURE", f->measure);
	}
}

/*
 * GET /dashboard/indicators/{id}?period=: the figures behind an
 * indicator's rolled-up number.  Raises 404, 500.
 */
void
page_dashboard_drill(struct req *q, struct resp *r)
{
	static const char *const aggs[AGG__MAX] = { "T_AGG_SUM", "T_AGG_MEAN",
	    "T_AGG_LAST", "T_AGG_RATIO" };
	static const char *const kinds[4] = { "T_KIND_GEMEENTE",
	    "T_KIND_DIRECTIE", "T_KIND_AFDELING", "T_KIND_TEAM" };
	struct dash_period	 d;
	struct indicator	*ind = NULL;
	struct drill_fig_list	*figs = NULL;
	struct drill_path_list	*paths = NULL;
	struct rollup_ind_list	*h = NULL;
	struct rollup_tgt	*tg = NULL, *sub_t = NULL;
	struct rollup_fig	*sub_f = NULL;
	struct rollup_input	*scratch = NULL;
	struct drill_node	*nodes = NULL;
	struct rollup_ind	 ri;
	struct rollup_row	 row;
	const struct rollup_ind_row *whole;
	struct tmpl		*t = NULL, *s;
	size_t			 tn = 0, nn, i, k, nf, nt;
	int64_t			 id;
	char			 title[256];

	id = q->id[0];
	if (!dash_period(q, &d) ||
	    (ind = db_indicator_get(q->db, id)) == NULL) {
		r->status = 404;
		return;
	}
	if ((figs = db_drill_figures(q->db, id, d.cur.year)) == NULL ||
	    (paths = db_drill_paths(q->db, id)) == NULL ||
	    (h = db_rollup_indicator_history(q->db, id)) == NULL ||
	    !db_drill_targets(q->db, id, d.cur.year, &tg, &tn) ||
	    (nodes = calloc(DRILL_MAX, sizeof(*nodes))) == NULL ||
	    (sub_f = calloc(figs->n + 1, sizeof(*sub_f))) == NULL ||
	    (sub_t = calloc(tn + 1, sizeof(*sub_t))) == NULL ||
	    (scratch = calloc(figs->n + 1, sizeof(*scratch))) == NULL ||
	    (t = page_new(q)) == NULL) {
		r->status = 500;
		goto out;
	}
	memset(&ri, 0, sizeof(ri));
	ri.id = id;
	ri.year = d.cur.year;
	dash_rule(&ri.rule, ind);
	ri.direction = ind->direction;
	ri.tolerance_bp = ind->tolerance_bp;
	dash_period_form(t, q, &d);
	if (!dash_approval(t, "APPROVAL_ALL", q, DASH_APPROVAL_INDICATOR, id,
	    d.cur.id)) {
		r->status = 500;
		goto out;
	}
	tmpl_set_int(t, "IND_ID", id);
	tmpl_set(t, "CODE", ind->code);
	tmpl_set(t, "IND_NAME", ind->name);
	page_uom_name(t, "UNIT", q, ind->unit);
	tmpl_set(t, "AGGREGATION", i18n(q->lang, aggs[ind->aggregation]));
	if (ind->cumulative)
		tmpl_show(t, "CUMULATIVE");
	if (ind->aggregation == AGG_RATIO)
		tmpl_show(t, "IS_RATIO");
	whole = db_rollup_ind_find(h, id, d.cur.id);
	if ((s = tmpl_section(t, "WHOLE")) != NULL) {
		memset(&row, 0, sizeof(row));
		if (whole != NULL) {
			row.v = whole->v;
			row.units = (size_t)whole->units;
			row.has_target = whole->has_target;
			row.target = whole->target;
			row.status = whole->status;
		}
		page_dashboard_drill_row(s, q, ind, &row);
	}
	nn = page_dashboard_drill_nodes(paths, nodes, DRILL_MAX);
	for (i = 0; i < nn; i++) {
		for (nf = 0, k = 0; k < figs->n; k++)
			if (page_dashboard_drill_within(paths,
			    figs->v[k].unit_id, nodes[i].id)) {
				sub_f[nf].unit = figs->v[k].unit_id;
				sub_f[nf++].in = figs->v[k].in;
			}
		for (nt = 0, k = 0; k < tn; k++)
			if (page_dashboard_drill_within(paths, tg[k].unit,
			    nodes[i].id))
				sub_t[nt++] = tg[k];
		if (!rollup_calc(&ri, sub_f, nf, sub_t, nt, d.cur.quarter,
		    scratch, &row))
			memset(&row, 0, sizeof(row));
		if ((s = tmpl_section(t, "NODE")) == NULL)
			break;
		tmpl_set_int(s, "NODE_ID", nodes[i].id);
		tmpl_set(s, "NODE_NAME", nodes[i].name);
		tmpl_set_int(s, "DEPTH", nodes[i].kind);
		tmpl_set(s, "KIND", i18n(q->lang, kinds[nodes[i].kind & 3]));
		page_dashboard_drill_row(s, q, ind, &row);
	}
	page_dashboard_drill_figures(t, q, ind, figs, tg, tn, d.cur.quarter);
	page_dashboard_drill_trend(t, q, ind, h, d.cur.year);
	utf8_snprintf(title, sizeof(title), "%s: %s %s %s",
	    i18n(q->lang, "T_DRILL_TITLE"), ind->code, ind->name, d.cur.name);
	page_render(q, r, t, "dashboard_drill.tpl", title, NAV_DASHBOARD);
	t = NULL;
out:
	tmpl_free(t);
	db_indicator_free(ind);
	db_drill_fig_list_free(figs);
	db_drill_path_list_free(paths);
	db_rollup_ind_list_free(h);
	free(tg);
	free(sub_t);
	free(sub_f);
	free(scratch);
	free(nodes);
}
