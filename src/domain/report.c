/*
 * report.c: the pure parts of the report document: an indicator's figures
 * for the period, the summaries up the goal tree, the flat figure list, and
 * freeing.  No I/O.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "rollup_calc.h"
#include "text.h"

char *
report_strdup(const char *s)
{
	return strdup(s != NULL ? s : "");
}

/*
 * A version number as the pages and the API take it ("?version=N", the
 * {n} of /reports/{id}/versions/{n}): 1 to REPORT_VERSION_MAX, plain
 * digits, no leading zero.  1 with *v set, 0 otherwise.
 */
int
report_version_parse(const char *s, int *v)
{
	char	*end;
	long	 n;

	if (s == NULL || s[0] < '1' || s[0] > '9' || strlen(s) > 7)
		return 0;
	n = strtol(s, &end, 10);
	if (*end != '\0' || n > REPORT_VERSION_MAX)
		return 0;
	*v = (int)n;
	return 1;
}

static int
report_rule(const struct indicator *ind, struct rollup_rule *r)
{
	memset(r, 0, sizeof(*r));
	r->aggregation = ind->aggregation;
	r->decimals = ind->decimals;
	r->weighted = ind->weight_name != NULL && ind->weight_name[0] != '\0';
	r->ratio_factor = strcmp(ind->unit, "%") == 0 ? 100 : 1;
	r->cumulative = ind->cumulative;
	return 1;
}

/* Append "unit: text" as a line to *acc.  Returns 0 when memory runs out. */
static int
report_append_line(char **acc, const char *unit, const char *text)
{
	size_t	 have, ul, tl;
	char	*n;

	if (text == NULL || text[0] == '\0')
		return 1;
	have = *acc != NULL ? strlen(*acc) : 0;
	ul = unit != NULL ? strlen(unit) : 0;
	tl = strlen(text);
	if ((n = realloc(*acc, have + ul + tl + 4)) == NULL)
		return 0;
	if (have > 0)
		n[have++] = '\n';
	if (ul > 0) {
		memcpy(n + have, unit, ul);
		have += ul;
		memcpy(n + have, ": ", 2);
		have += 2;
	}
	memcpy(n + have, text, tl);
	n[have + tl] = '\0';
	*acc = n;
	return 1;
}

/*
 * Fill ri with ind's figures for quarter of year.  figs are the figures of
 * ind in year for every unit, quarters 1..quarter (later ones are
 * ignored).  Value, target and status are rollup_calc()'s, the one rule
 * the dashboards and the rollup API use (docs/rollup-rules.md): only the
 * units that entered the quarter count, and the quarter target and the
 * year target are both rolled up over exactly those units (no unit
 * counts: no value, no target, "—").  The forecast combines the counting
 * units' year-end forecasts of this quarter (summed, or their mean,
 * weighted by the figures' weights or denominators).  Returns 1, or 0 when
 * memory runs out or a sum overflows.
 */
int
report_indicator_compute(struct report_indicator *ri,
    const struct indicator *ind, int year, int quarter,
    const struct report_figure *figs, size_t n)
{
	struct rollup_ind	 rind;
	struct rollup_rule	 frule;
	struct rollup_fig	*rf = NULL;
	struct rollup_tgt	*qt = NULL, *yt = NULL;
	struct rollup_input	*scratch = NULL, *fin = NULL;
	struct rollup_row	 row, yrow;
	struct rollup_value	 fv;
	size_t			 i, j, m = 0, fn = 0, qn = 0, yn = 0;
	int			 ok = 0, counts;

	memset(ri, 0, sizeof(*ri));
	ri->code = report_strdup(ind->code);
	ri->name = report_strdup(ind->name);
	ri->unit = report_strdup(ind->unit);
	ri->explanation = report_strdup("");
	ri->measure = report_strdup("");
	if (ri->code == NULL || ri->name == NULL || ri->unit == NULL ||
	    ri->explanation == NULL || ri->measure == NULL)
		return 0;
	ri->decimals = ind->decimals;
	ri->direction = ind->direction;
	ri->is_policy = ind->is_policy;
	ri->cumulative = ind->cumulative;
	memset(&rind, 0, sizeof(rind));
	report_rule(ind, &rind.rule);
	rind.year = year;
	rind.direction = ind->direction;
	rind.tolerance_bp = ind->tolerance_bp;
	rf = calloc(n + 1, sizeof(*rf));
	scratch = calloc(n + 1, sizeof(*scratch));
	fin = calloc(n + 1, sizeof(*fin));
	qt = calloc(ind->targetn + 1, sizeof(*qt));
	yt = calloc(ind->targetn + 1, sizeof(*yt));
	if (rf == NULL || scratch == NULL || fin == NULL || qt == NULL ||
	    yt == NULL)
		goto out;
	for (i = 0; i < n; i++) {
		if (figs[i].quarter < 1 || figs[i].quarter > quarter)
			continue;
		rf[m].unit = figs[i].org_unit_id;
		rf[m].in.has_value = figs[i].has_value;
		rf[m].in.value = figs[i].value;
		rf[m].in.weight = figs[i].weight;
		rf[m].in.has_ratio = figs[i].has_ratio;
		rf[m].in.numerator = figs[i].numerator;
		rf[m].in.denominator = figs[i].denominator;
		rf[m].in.period_index = figs[i].quarter;
		m++;
	}
	/* The quarter's targets and the year's, both as quarter `quarter`. */
	for (i = 0; i < ind->targetn; i++) {
		if (ind->targets[i].year != year)
			continue;
		if (ind->targets[i].quarter == quarter) {
			qt[qn].unit = ind->targets[i].org_unit_id;
			qt[qn].quarter = quarter;
			qt[qn++].value = ind->targets[i].value;
		} else if (ind->targets[i].quarter == 0) {
			yt[yn].unit = ind->targets[i].org_unit_id;
			yt[yn].quarter = quarter;
			yt[yn++].value = ind->targets[i].value;
		}
	}
	if (!rollup_calc(&rind, rf, m, qt, qn, quarter, scratch, &row) ||
	    !rollup_calc(&rind, rf, m, yt, yn, quarter, scratch, &yrow))
		goto out;
	ri->has_value = row.v.has_value;
	ri->value = row.v.value;
	ri->has_target = row.has_target;
	ri->target = row.target;
	ri->has_year_target = yrow.has_target;
	ri->year_target = yrow.target;
	ri->status = row.status;
	/* Forecasts and texts of the units that count in this quarter. */
	for (i = 0; i < n; i++) {
		if (figs[i].quarter != quarter)
			continue;
		counts = ind->aggregation == AGG_RATIO ?
		    figs[i].has_ratio || figs[i].has_value : figs[i].has_value;
		if (!counts)
			continue;
		if (figs[i].has_forecast) {
			fin[fn].has_value = 1;
			fin[fn].value = figs[i].forecast;
			fin[fn].weight = ind->aggregation == AGG_RATIO ?
			    (figs[i].has_ratio ? figs[i].denominator : 0) :
			    rind.rule.weighted ? figs[i].weight : 1;
			fin[fn].period_index = quarter;
			fn++;
		}
		if (!report_append_line(&ri->explanation, figs[i].unit_name,
		    figs[i].explanation) ||
		    !report_append_line(&ri->measure, figs[i].unit_name,
		    figs[i].measure))
			goto out;
	}
	frule = rind.rule;
	frule.cumulative = 0;
	if (ind->aggregation == AGG_LAST)
		frule.aggregation = AGG_SUM;
	else if (ind->aggregation == AGG_RATIO) {
		frule.aggregation = AGG_MEAN;
		frule.weighted = 1;
	}
	if (ind->aggregation == AGG_MEAN && !rind.rule.weighted)
		for (j = 0; j < fn; j++)
			fin[j].weight = 1;
	if (rollup_value(&frule, fin, fn, &fv) != ROLLUP_OK)
		goto out;
	ri->has_forecast = fv.has_value;
	ri->forecast = fv.value;
	ok = 1;
out:
	free(rf);
	free(scratch);
	free(fin);
	free(qt);
	free(yt);
	return ok;
}

static void
report_money_of(struct report_money *m, const struct finance *f,
    int threshold_bp, int64_t threshold_cents)
{
	struct cost_status cs;

	m->year_budget = f->year_budget;
	m->budget = f->budget;
	m->has_realised = f->has_realised;
	m->realised = f->realised;
	m->has_forecast = f->has_forecast;
	m->forecast = f->forecast;
	m->has_deviation = rollup_finance_deviation(f, threshold_bp,
	    threshold_cents, &cs);
	m->deviation = cs.deviation_cents;
	m->has_deviation_bp = m->has_deviation && cs.has_bp;
	m->deviation_bp = cs.deviation_bp;
	m->needs_explanation = cs.needs_explanation;
	m->lines = f->n;
	m->lines_reported = f->n_realised;
}

static void
report_count(struct status_counts *c, const struct report_indicator *v,
    size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		(void)status_counts_add(c, v[i].status);
}

/*
 * Compute every summary of doc from its indicators and performance costs:
 * status counts and summary status of each performance, effect, programme
 * and the whole report (by status_summary()), and the cost totals with
 * their deviations (by rollup_finance_*()).  Returns 1, or 0 when a sum
 * overflows.
 */
int
report_summarise(struct report_doc *doc)
{
	struct finance		 ft, fp, part;
	struct report_programme	*p;
	struct report_effect	*e;
	struct report_performance *f;
	size_t			 i, j, k;

	memset(&ft, 0, sizeof(ft));
	memset(&doc->counts, 0, sizeof(doc->counts));
	for (i = 0; i < doc->programmen; i++) {
		p = &doc->programmes[i];
		memset(&fp, 0, sizeof(fp));
		memset(&p->counts, 0, sizeof(p->counts));
		for (j = 0; j < p->effectn; j++) {
			e = &p->effects[j];
			memset(&e->counts, 0, sizeof(e->counts));
			report_count(&e->counts, e->indicators, e->indicatorn);
			for (k = 0; k < e->performancen; k++) {
				f = &e->performances[k];
				memset(&f->counts, 0, sizeof(f->counts));
				report_count(&f->counts, f->indicators,
				    f->indicatorn);
				f->status = status_summary(&f->counts);
				status_counts_merge(&e->counts, &f->counts);
				part = rollup_finance_part(f->money.budget,
				    f->money.year_budget, f->money.has_realised,
				    f->money.realised, f->money.has_forecast,
				    f->money.forecast);
				report_money_of(&f->money, &part,
				    doc->threshold_bp, doc->threshold_cents);
				/*
				 * Every performance is a cost line, as in the
				 * rollups: without a cost row it has not
				 * reported, and its year budget counts.
				 */
				if (rollup_finance_add(&fp, &part) != ROLLUP_OK)
					return 0;
			}
			e->status = status_summary(&e->counts);
			status_counts_merge(&p->counts, &e->counts);
		}
		p->status = status_summary(&p->counts);
		status_counts_merge(&doc->counts, &p->counts);
		report_money_of(&p->money, &fp, doc->threshold_bp,
		    doc->threshold_cents);
		p->money.has_cost = fp.n > 0;
		if (rollup_finance_add(&ft, &fp) != ROLLUP_OK)
			return 0;
	}
	doc->status = status_summary(&doc->counts);
	report_money_of(&doc->money, &ft, doc->threshold_bp,
	    doc->threshold_cents);
	doc->money.has_cost = ft.n > 0;
	return 1;
}

const char *
report_row_kind_name(enum report_row_kind k)
{
	switch (k) {
	case REPORT_ROW_EFFECT_INDICATOR:
		return "effect_indicator";
	case REPORT_ROW_PERFORMANCE_INDICATOR:
		return "performance_indicator";
	default:
		return "cost";
	}
}

static int
report_rows_add(struct report_rows *l, size_t *cap, enum report_row_kind k,
    const struct report_programme *p, const struct report_effect *e,
    const struct report_performance *f, const struct report_indicator *ind)
{
	struct report_row	*nv;
	size_t			 ncap;

	if (l->n == *cap) {
		ncap = *cap ? *cap * 2 : 64;
		if ((nv = reallocarray(l->v, ncap, sizeof(*nv))) == NULL)
			return 0;
		l->v = nv;
		*cap = ncap;
	}
	l->v[l->n].kind = k;
	l->v[l->n].programme = p;
	l->v[l->n].effect = e;
	l->v[l->n].performance = f;
	l->v[l->n].indicator = ind;
	l->n++;
	return 1;
}

/*
 * The flat figure list in document order: per programme, per effect its
 * effect indicators, then per performance its indicators and its cost.
 * NULL when memory runs out.
 */
struct report_rows *
report_rows(const struct report_doc *doc)
{
	struct report_rows		*l;
	const struct report_programme	*p;
	const struct report_effect	*e;
	const struct report_performance	*f;
	size_t				 cap = 0, i, j, k, m;

	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	for (i = 0; i < doc->programmen; i++) {
		p = &doc->programmes[i];
		for (j = 0; j < p->effectn; j++) {
			e = &p->effects[j];
			for (m = 0; m < e->indicatorn; m++)
				if (!report_rows_add(l, &cap,
				    REPORT_ROW_EFFECT_INDICATOR, p, e, NULL,
				    &e->indicators[m]))
					goto fail;
			for (k = 0; k < e->performancen; k++) {
				f = &e->performances[k];
				for (m = 0; m < f->indicatorn; m++)
					if (!report_rows_add(l, &cap,
					    REPORT_ROW_PERFORMANCE_INDICATOR,
					    p, e, f, &f->indicators[m]))
						goto fail;
				if (!report_rows_add(l, &cap, REPORT_ROW_COST,
				    p, e, f, NULL))
					goto fail;
			}
		}
	}
	return l;
fail:
	report_rows_free(l);
	return NULL;
}

void
report_rows_free(struct report_rows *l)
{
	if (l == NULL)
		return;
	free(l->v);
	free(l);
}

/* Free what ri owns, not ri itself. */
void
report_indicator_clear(struct report_indicator *ri)
{
	free(ri->code);
	free(ri->name);
	free(ri->unit);
	free(ri->explanation);
	free(ri->measure);
	memset(ri, 0, sizeof(*ri));
}

static void
report_indicators_free(struct report_indicator *v, size_t n)
{
	size_t i;

	for (i = 0; i < n && v != NULL; i++)
		report_indicator_clear(&v[i]);
	free(v);
}

void
report_doc_free(struct report_doc *doc)
{
	struct report_programme	*p;
	struct report_effect	*e;
	struct report_performance *f;
	size_t			 i, j, k;

	if (doc == NULL)
		return;
	for (i = 0; i < doc->programmen; i++) {
		p = &doc->programmes[i];
		for (j = 0; j < p->effectn; j++) {
			e = &p->effects[j];
			for (k = 0; k < e->performancen; k++) {
				f = &e->performances[k];
				free(f->name);
				free(f->owner);
				free(f->explanation);
				free(f->measure);
				report_indicators_free(f->indicators,
				    f->indicatorn);
			}
			free(e->performances);
			free(e->name);
			free(e->description);
			report_indicators_free(e->indicators, e->indicatorn);
		}
		free(p->effects);
		free(p->name);
		free(p->portfolio_holder);
		free(p->directie);
		free(p->ambition);
		free(p->intro);
	}
	free(doc->programmes);
	free(doc->title);
	free(doc->kind);
	free(doc->period);
	free(doc->intro);
	free(doc);
}

/*
 * The one check of a report's title (required, one line, at most
 * REPORT_TITLE_MAX bytes) for every way in.  NULL when fine, else the
 * catalogue key of the problem.
 */
const char *
report_title_check(const char *s)
{
	switch (text_check(s, REPORT_TITLE_MAX, TEXT_LINE, 1)) {
	case TEXT_OK:
		return NULL;
	case TEXT_CONTROL:
		return "T_TEXT_CONTROL_LINE";
	default:
		return "T_REPORT_ERR_TITLE";
	}
}

/*
 * An introduction (the report's or a programme's): several lines, at most
 * REPORT_TEXT_MAX bytes, may be empty.  Returns as report_title_check.
 */
const char *
report_intro_check(const char *s)
{
	switch (text_check(s, REPORT_TEXT_MAX, TEXT_LINES, 0)) {
	case TEXT_OK:
		return NULL;
	case TEXT_CONTROL:
		return "T_TEXT_CONTROL";
	default:
		return "T_REPORT_ERR_TOO_LONG";
	}
}
