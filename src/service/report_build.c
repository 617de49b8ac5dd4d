/*
 * report_build.c: a report draft from the live database: the programme
 * budget of the period's year, the materialised rollups of the period (the
 * very numbers of the dashboards and the rollup API), the figures for
 * forecasts and explanations, the period's costs, and the report's own
 * texts.  Summaries follow the pure rules in report.c (status.h, rollup.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_cost.h"
#include "db_period.h"
#include "rollup_approval.h"
#include "rollup_store.h"
#include "db_programme.h"
#include "db_report.h"
#include "db_report_data.h"
#include "log.h"
#include "db_budget.h"
#include "report_build.h"
#include "utf8.h"

struct report_src {
	int			 year, quarter;
	struct db_report_fig	*figs;
	size_t			 fign;
	struct db_report_cost	*costs;
	size_t			 costn;
	struct report_figure	*buf;	/* one indicator's figures */
	struct db_report_rollup	*roll;	/* the rollups of the period */
	size_t			 rolln;
};

static const struct db_report_cost *
report_build_cost(const struct report_src *s, int64_t performance_id)
{
	size_t lo = 0, hi = s->costn, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (s->costs[mid].performance_id < performance_id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < s->costn && s->costs[lo].performance_id == performance_id ?
	    &s->costs[lo] : NULL;
}

/*
 * Take value, target and status from the materialised rollup, the numbers
 * the dashboards and the rollup API show (no row there: no data).  The
 * forecast, the year target and the units' explanations come from the
 * figures (report_indicator_compute()).
 */
static void
report_build_rollup(const struct report_src *s, int64_t id,
    struct report_indicator *ri)
{
	size_t lo = 0, hi = s->rolln, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (s->roll[mid].indicator_id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < s->rolln && s->roll[lo].indicator_id == id) {
		ri->has_value = s->roll[lo].has_value;
		ri->value = s->roll[lo].value;
		ri->has_target = s->roll[lo].has_target;
		ri->target = s->roll[lo].target;
		ri->status = s->roll[lo].status;
	} else {
		ri->has_value = 0;
		ri->value = 0;
		ri->status = STATUS_NO_DATA;
	}
}

static int
report_build_indicators(struct report_src *s, const struct indicator *in,
    size_t n, struct report_indicator **out, size_t *outn)
{
	size_t	i, lo, hi, mid, m;

	*outn = 0;
	if ((*out = calloc(n + 1, sizeof(**out))) == NULL)
		return 0;
	for (i = 0; i < n; i++) {
		lo = 0;
		hi = s->fign;
		while (lo < hi) {
			mid = lo + (hi - lo) / 2;
			if (s->figs[mid].indicator_id < in[i].id)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (m = 0; lo + m < s->fign &&
		    s->figs[lo + m].indicator_id == in[i].id; m++)
			s->buf[m] = s->figs[lo + m].f;
		(*outn)++;
		if (!report_indicator_compute(&(*out)[i], &in[i], s->year,
		    s->quarter, s->buf, m))
			return 0;
		report_build_rollup(s, in[i].id, &(*out)[i]);
	}
	return 1;
}

static int
report_build_programme(struct report_src *s, const struct programme *src,
    const char *intro, struct report_programme *p)
{
	const struct performance	*pf;
	const struct db_report_cost	*c;
	struct report_effect		*e;
	struct report_performance	*f;
	size_t				 i, j;

	p->id = src->id;
	p->number = src->number;
	p->name = report_strdup(src->name);
	p->portfolio_holder = report_strdup(src->portfolio_holder);
	p->directie = report_strdup(src->directie_name);
	p->ambition = report_strdup(src->ambition);
	p->intro = report_strdup(intro);
	if (p->name == NULL || p->portfolio_holder == NULL ||
	    p->directie == NULL || p->ambition == NULL || p->intro == NULL)
		return 0;
	if ((p->effects = calloc(src->effectn + 1, sizeof(*p->effects))) == NULL)
		return 0;
	for (i = 0; i < src->effectn; i++) {
		e = &p->effects[p->effectn++];
		e->number = src->effects[i].number;
		e->name = report_strdup(src->effects[i].name);
		e->description = report_strdup(src->effects[i].description);
		if (e->name == NULL || e->description == NULL ||
		    !report_build_indicators(s, src->effects[i].indicators,
		    src->effects[i].indicatorn, &e->indicators, &e->indicatorn))
			return 0;
		if ((e->performances = calloc(src->effects[i].performancen + 1,
		    sizeof(*e->performances))) == NULL)
			return 0;
		for (j = 0; j < src->effects[i].performancen; j++) {
			pf = &src->effects[i].performances[j];
			f = &e->performances[e->performancen++];
			f->number = pf->number;
			f->name = report_strdup(pf->name);
			f->owner = report_strdup(pf->org_unit_name);
			c = report_build_cost(s, pf->id);
			f->explanation = report_strdup(c ? c->explanation : "");
			f->measure = report_strdup(c ? c->measure : "");
			if (f->name == NULL || f->owner == NULL ||
			    f->explanation == NULL || f->measure == NULL)
				return 0;
			f->money.year_budget = pf->budget_cents;
			if (c != NULL) {
				f->money.has_cost = 1;
				f->money.budget = c->budget;
				f->money.has_realised = c->has_realised;
				f->money.realised = c->realised;
				f->money.has_forecast = c->has_forecast;
				f->money.forecast = c->forecast;
			}
			if (!report_build_indicators(s, pf->indicators,
			    pf->indicatorn, &f->indicators, &f->indicatorn))
				return 0;
		}
	}
	return 1;
}

/*
 * Per programme the figures of its own indicators and how many of them are
 * not approved, as the programme dashboard counts them, so that a
 * programme's "voorlopig" in the report is about that programme.
 * Returns 1, or 0 on error.
 */
static int
report_build_approval(struct db *db, int64_t period_id,
    struct report_doc *doc)
{
	struct approval	a;
	size_t		i;

	for (i = 0; i < doc->programmen; i++) {
		if (!rollup_approval_get(db, ROLLUP_PROGRAMME,
		    doc->programmes[i].id, period_id, &a))
			return 0;
		doc->programmes[i].n_figures = a.n_figures;
		doc->programmes[i].n_unapproved = a.n_unapproved;
	}
	return 1;
}

/*
 * The budget of every programme of doc's year and of the whole begroting
 * (issue 14), from the budget lines.  Returns 1, or 0 on a read failure.
 */
static int
report_build_budget(struct db *db, struct report_doc *doc)
{
	struct budget_totals	*t = NULL;
	struct report_budget	*b;
	size_t			 n = 0, i, k, lines = 0;

	if (!db_budget_totals(db, doc->year, &t, &n))
		return 0;
	for (i = 0; i < n; i++)
		lines += t[i].n_lines;
	for (i = 0; lines > 0 && i < n; i++) {
		for (k = 0; k < doc->programmen; k++) {
			if (doc->programmes[k].id != t[i].programme_id)
				continue;
			b = &doc->programmes[k].budget;
			b->has = 1;
			b->lasten_primitief = t[i].lasten_primitief;
			b->lasten_actueel = t[i].lasten_actueel;
			b->baten_primitief = t[i].baten_primitief;
			b->baten_actueel = t[i].baten_actueel;
		}
		doc->budget.has = 1;
		doc->budget.lasten_primitief += t[i].lasten_primitief;
		doc->budget.lasten_actueel += t[i].lasten_actueel;
		doc->budget.baten_primitief += t[i].baten_primitief;
		doc->budget.baten_actueel += t[i].baten_actueel;
	}
	free(t);
	return 1;
}

/*
 * Build the document for a period: the report's texts when report_id is
 * not 0, else a default title and no texts.  NULL when the period or the
 * report does not exist or on error (logged).
 */
struct report_doc *
report_build(struct db *db, int64_t period_id, int64_t report_id)
{
	struct report_src	 s;
	struct period		 per;
	struct report_meta	*meta = NULL;
	struct report_text	*texts = NULL;
	struct programme_list	*pl = NULL;
	struct programme	*prog;
	struct report_doc	*doc = NULL;
	size_t			 textn = 0, i, j, maxfig = 0, run;
	const char		*intro;
	char			 title[64];
	int			 ok = 0;

	memset(&s, 0, sizeof(s));
	if (!db_period_get(db, period_id, &per))
		return NULL;
	if (report_id != 0 && ((meta = db_report_get(db, report_id)) == NULL ||
	    meta->period_id != period_id))
		goto out;
	s.year = per.year;
	s.quarter = per.quarter;
	if ((doc = calloc(1, sizeof(*doc))) == NULL)
		goto out;
	doc->report_id = report_id;
	doc->year = per.year;
	doc->quarter = per.quarter;
	utf8_snprintf(title, sizeof(title), "Voortgangsrapportage %s",
	    per.name);
	doc->title = report_strdup(meta ? meta->title : title);
	doc->kind = report_strdup(meta ? meta->kind : "voortgangsrapportage");
	doc->period = report_strdup(per.name);
	doc->intro = report_strdup(meta ? meta->intro : "");
	{
		struct approval	a;

		if (!rollup_approval_get(db, APPROVAL_ALL, 0, period_id, &a))
			goto out;
		doc->provisional = per.state != PERIOD_CLOSED;
		doc->n_figures = a.n_figures;
		doc->n_unapproved = a.n_unapproved;
	}
	if (doc->title == NULL || doc->kind == NULL || doc->period == NULL ||
	    doc->intro == NULL)
		goto out;
	if (!db_cost_thresholds(db, &doc->threshold_bp,
	    &doc->threshold_cents))
		goto out;
	if (report_id != 0 &&
	    (texts = db_report_texts(db, report_id, &textn)) == NULL)
		goto out;
	if ((s.figs = db_report_data_figures(db, per.year, per.quarter,
	    &s.fign)) == NULL ||
	    (s.costs = db_report_data_costs(db, period_id, &s.costn)) == NULL ||
	    (s.roll = db_report_data_rollup(db, period_id, &s.rolln)) == NULL)
		goto out;
	for (i = 0, run = 0; i < s.fign; i++) {
		run = i > 0 && s.figs[i].indicator_id ==
		    s.figs[i - 1].indicator_id ? run + 1 : 1;
		if (run > maxfig)
			maxfig = run;
	}
	if ((s.buf = calloc(maxfig + 1, sizeof(*s.buf))) == NULL)
		goto out;
	if ((pl = db_programme_list(db, per.year)) == NULL)
		goto out;
	if ((doc->programmes = calloc(pl->n + 1, sizeof(*doc->programmes))) ==
	    NULL)
		goto out;
	for (i = 0; i < pl->n; i++) {
		if ((prog = db_programme_get(db, pl->v[i].id)) == NULL)
			goto out;
		intro = "";
		for (j = 0; j < textn; j++)
			if (texts[j].programme_id == prog->id)
				intro = texts[j].intro;
		doc->programmen++;
		if (!report_build_programme(&s, prog, intro,
		    &doc->programmes[doc->programmen - 1])) {
			db_programme_free(prog);
			goto out;
		}
		db_programme_free(prog);
	}
	if (!report_build_approval(db, period_id, doc))
		goto out;
	ok = report_summarise(doc) && report_build_budget(db, doc);
out:
	if (!ok) {
		log_err("report: cannot build the report for period %lld",
		    (long long)period_id);
		report_doc_free(doc);
		doc = NULL;
	}
	free(s.buf);
	free(s.roll);
	db_report_data_figures_free(s.figs, s.fign);
	db_report_data_costs_free(s.costs, s.costn);
	db_programme_list_free(pl);
	db_report_texts_free(texts, textn);
	db_report_meta_free(meta);
	return doc;
}
