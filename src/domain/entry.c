/*
 * entry.c: validation of one figure or cost line at the source.  The rules
 * in words are in entry.h and in the README's "Quarterly figures".
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "entry.h"
#include "num.h"
#include "text.h"

static void
entry_msg_add(struct entry_msgs *m, const char *field, const char *key,
    const char *understood, const char *limit)
{
	struct entry_msg *e;

	if (m->n >= ENTRY_MSG_MAX)
		return;
	e = &m->v[m->n++];
	e->field = field;
	e->key = key;
	snprintf(e->understood, sizeof(e->understood), "%s",
	    understood != NULL ? understood : "");
	snprintf(e->limit, sizeof(e->limit), "%s", limit != NULL ? limit : "");
}

static const char *
entry_num_key(enum num_err e)
{
	switch (e) {
	case NUM_AMBIGUOUS:
		return "T_ENTRY_NUM_AMBIGUOUS";
	case NUM_TOO_MANY_DECIMALS:
		return "T_ENTRY_NUM_DECIMALS";
	case NUM_RANGE:
		return "T_ENTRY_NUM_RANGE";
	default:
		return "T_ENTRY_NUM_SYNTAX";
	}
}

/*
 * Parse one number field.  Returns 1 with *has set when the field holds a
 * number or is empty (*has 0); 0 with a message when it cannot be read or
 * lies beyond ENTRY_NUM_MAX.
 */
static int
entry_num(struct entry_msgs *m, const char *field, const char *s,
    int decimals, int *has, int64_t *v)
{
	struct num_parse	 p;
	enum num_err		 e;
	int64_t			 max;
	int			 i;

	*has = 0;
	*v = 0;
	e = num_parse(s, decimals, &p);
	if (e == NUM_EMPTY)
		return 1;
	if (e != NUM_OK) {
		entry_msg_add(m, field, entry_num_key(e), p.understood, NULL);
		return 0;
	}
	for (i = 0, max = ENTRY_NUM_MAX; i < decimals && i < NUM_DECIMALS_MAX;
	    i++)
		max *= 10;
	if (p.value > max || p.value < -max) {
		entry_msg_add(m, field, "T_ENTRY_NUM_RANGE", p.understood,
		    ENTRY_NUM_MAX_TEXT);
		return 0;
	}
	*has = 1;
	*v = p.value;
	return 1;
}

/* The range check of an indicator value; a message when outside. */
static void
entry_range(struct entry_msgs *m, const struct entry_rule *r,
    const char *field, int64_t v)
{
	char	got[32], lim[32];

	if (r->has_min && v < r->min_value) {
		num_format_plain(got, sizeof(got), v, r->decimals, 1);
		num_format_plain(lim, sizeof(lim), r->min_value, r->decimals, 1);
		entry_msg_add(m, field, "T_ENTRY_BELOW_MIN", got, lim);
	} else if (r->has_max && v > r->max_value) {
		num_format_plain(got, sizeof(got), v, r->decimals, 1);
		num_format_plain(lim, sizeof(lim), r->max_value, r->decimals, 1);
		entry_msg_add(m, field, "T_ENTRY_ABOVE_MAX", got, lim);
	}
}

/*
 * 1 when s is valid UTF-8 and has no control characters but tab, CR and
 * LF (text.c's rule for a text of several lines).  NULL is "".
 */
int
entry_text_ok(const char *s)
{
	return text_check(s, SIZE_MAX, TEXT_LINES, 0) == TEXT_OK;
}

/* Explanation and measure: length and encoding. */
static const char *
entry_text_field(struct entry_msgs *m, const char *field, const char *s)
{
	if (s == NULL)
		return "";
	if (strlen(s) > ENTRY_TEXT_MAX)
		entry_msg_add(m, field, "T_ENTRY_TOO_LONG", NULL, "4000");
	else if (!entry_text_ok(s))
		entry_msg_add(m, field, "T_ENTRY_BAD_TEXT", NULL, NULL);
	return s;
}

/* 1 when s holds anything but white space. */
static int
entry_filled(const char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return 1;
	return 0;
}

const char *const fig_num_names[FIG__NUMS] = {
	"value", "forecast", "numerator", "denominator", "weight"
};

const char **
entry_text_num(struct entry_text *t, enum fig_num k)
{
	const char	**at[FIG__NUMS] = {
		&t->value, &t->forecast, &t->numerator, &t->denominator,
		&t->weight
	};

	return at[k];
}

int
entry_figure_num(const struct entry_figure *f, enum fig_num k, int64_t *v)
{
	const int	*has[FIG__NUMS] = {
		&f->has_value, &f->has_forecast, &f->has_numerator,
		&f->has_denominator, &f->has_weight
	};
	const int64_t	*val[FIG__NUMS] = {
		&f->value, &f->forecast, &f->numerator, &f->denominator,
		&f->weight
	};

	*v = *val[k];
	return *has[k];
}

int
entry_num_decimals(enum fig_num k, int decimals)
{
	return k == FIG_NUMERATOR || k == FIG_DENOMINATOR || k == FIG_WEIGHT ?
	    0 : decimals;
}

/* The ratio factor: a percentage is a ratio times 100. */
int64_t
entry_ratio_factor(const char *unit)
{
	return unit != NULL && strcmp(unit, "%") == 0 ? 100 : 1;
}

/* The value held against the target, and the status it gives. */
static void
entry_judge(const struct entry_rule *r, struct entry_figure *f)
{
	struct rollup_input	 in[8];
	struct rollup_rule	 rr;
	struct rollup_value	 v;
	size_t			 n = 0, i;

	f->status = STATUS_NO_DATA;
	if (!f->has_value)
		return;
	memset(in, 0, sizeof(in));
	memset(&rr, 0, sizeof(rr));
	rr.aggregation = r->aggregation;
	rr.decimals = r->decimals;
	rr.weighted = r->weighted;
	rr.ratio_factor = r->ratio_factor > 0 ? r->ratio_factor : 1;
	rr.cumulative = r->cumulative;
	for (i = 0; r->cumulative && i < r->earliern && n < 7; i++)
		if (r->earlier[i].period_index < r->quarter)
			in[n++] = r->earlier[i];
	in[n].has_value = 1;
	in[n].value = f->value;
	in[n].weight = r->weighted ? (f->has_weight ? f->weight : 0) : 1;
	in[n].has_ratio = f->has_numerator && f->has_denominator;
	in[n].numerator = f->numerator;
	in[n].denominator = f->denominator;
	in[n].period_index = r->quarter;
	n++;
	if (r->aggregation == AGG_MEAN && r->weighted && !f->has_weight) {
		/* Without its weight the figure cannot be weighed: judge it alone. */
		f->has_judged = 1;
		f->judged = f->value;
	} else if (rollup_period_value(&rr, in, n, r->quarter, &v) ==
	    ROLLUP_OK && v.has_value) {
		f->has_judged = 1;
		f->judged = v.value;
	} else
		return;
	f->status = status_of(f->judged, 1, r->target, r->has_target,
	    r->direction, r->tolerance_bp);
}

/*
 * Check one figure as typed against its indicator.  Fills *out and returns
 * 1 when there are no messages.
 */
int
entry_check_figure(const struct entry_rule *r, const struct entry_text *t,
    enum entry_mode mode, struct entry_figure *f)
{
	struct entry_msgs	*m = &f->msgs;
	int			 ratio = r->aggregation == AGG_RATIO, ok_n, ok_d;
	int64_t			 scale = 1;
	int			 i;

	memset(f, 0, sizeof(*f));
	for (i = 0; i < r->decimals && i < NUM_DECIMALS_MAX; i++)
		scale *= 10;
	if (ratio) {
		ok_n = entry_num(m, "numerator", t->numerator,
		    entry_num_decimals(FIG_NUMERATOR, r->decimals),
		    &f->has_numerator, &f->numerator);
		ok_d = entry_num(m, "denominator", t->denominator,
		    entry_num_decimals(FIG_DENOMINATOR, r->decimals),
		    &f->has_denominator, &f->denominator);
		if (ok_n && f->has_numerator && f->numerator < 0)
			entry_msg_add(m, "numerator", "T_ENTRY_NEGATIVE",
			    NULL, "0");
		if (ok_d && f->has_denominator && f->denominator <= 0)
			entry_msg_add(m, "denominator",
			    "T_ENTRY_DENOMINATOR_POSITIVE", NULL, "0");
		if (f->has_numerator && f->has_denominator &&
		    f->numerator >= 0 && f->denominator > 0) {
			if (num_mul_div(f->numerator,
			    (r->ratio_factor > 0 ? r->ratio_factor : 1) * scale,
			    f->denominator, &f->value)) {
				f->has_value = 1;
				entry_range(m, r, "numerator", f->value);
			} else
				entry_msg_add(m, "numerator",
				    "T_ENTRY_NUM_RANGE", NULL, NULL);
		}
	} else if (entry_num(m, "value", t->value, r->decimals,
	    &f->has_value, &f->value) && f->has_value)
		entry_range(m, r, "value", f->value);
	if (r->aggregation == AGG_MEAN && r->weighted &&
	    entry_num(m, "weight", t->weight,
	    entry_num_decimals(FIG_WEIGHT, r->decimals), &f->has_weight,
	    &f->weight) && f->has_weight && f->weight <= 0)
		entry_msg_add(m, "weight", "T_ENTRY_WEIGHT_POSITIVE", NULL, "0");
	if (entry_num(m, "forecast", t->forecast, r->decimals,
	    &f->has_forecast, &f->forecast) && f->has_forecast)
		entry_range(m, r, "forecast", f->forecast);
	f->explanation = entry_text_field(m, "explanation", t->explanation);
	f->measure = entry_text_field(m, "measure", t->measure);
	entry_judge(r, f);
	if (mode == ENTRY_SUBMIT || mode == ENTRY_IMPORT) {
		if (ratio) {
			if (!f->has_numerator && entry_filled(t->numerator) == 0)
				entry_msg_add(m, "numerator", "T_ENTRY_REQUIRED",
				    NULL, NULL);
			if (!f->has_denominator &&
			    entry_filled(t->denominator) == 0)
				entry_msg_add(m, "denominator",
				    "T_ENTRY_REQUIRED", NULL, NULL);
		} else if (!f->has_value && !entry_filled(t->value))
			entry_msg_add(m, "value", "T_ENTRY_REQUIRED", NULL, NULL);
		if (mode == ENTRY_SUBMIT && r->aggregation == AGG_MEAN &&
		    r->weighted && !f->has_weight && !entry_filled(t->weight))
			entry_msg_add(m, "weight", "T_ENTRY_REQUIRED", NULL, NULL);
		if (mode == ENTRY_SUBMIT && !f->has_forecast &&
		    !entry_filled(t->forecast))
			entry_msg_add(m, "forecast", "T_ENTRY_REQUIRED",
			    NULL, NULL);
		if ((f->status == STATUS_AT_RISK ||
		    f->status == STATUS_OFF_TRACK) &&
		    !entry_filled(f->explanation))
			entry_msg_add(m, "explanation",
			    f->status == STATUS_AT_RISK ?
			    "T_ENTRY_EXPLAIN_AT_RISK" :
			    "T_ENTRY_EXPLAIN_OFF_TRACK", NULL, NULL);
		if (f->status == STATUS_OFF_TRACK && !entry_filled(f->measure))
			entry_msg_add(m, "measure", "T_ENTRY_MEASURE_REQUIRED",
			    NULL, NULL);
	}
	return m->n == 0;
}

/*
 * Check one cost line as typed.  Amounts are euro with at most two
 * decimals.  Fills *out and returns 1 when there are no messages.
 */
int
entry_check_cost(int64_t budget_cents, int threshold_bp,
    int64_t threshold_cents, const struct entry_cost_text *t,
    enum entry_mode mode, struct entry_cost *c)
{
	struct entry_msgs *m = &c->msgs;

	memset(c, 0, sizeof(*c));
	(void)entry_num(m, "realised", t->realised, 2, &c->has_realised,
	    &c->realised);
	(void)entry_num(m, "cost_forecast", t->forecast, 2, &c->has_forecast,
	    &c->forecast);
	c->explanation = entry_text_field(m, "cost_explanation", t->explanation);
	c->measure = entry_text_field(m, "cost_measure", t->measure);
	if (c->has_realised)
		c->dev = status_cost(budget_cents, c->realised, threshold_bp,
		    threshold_cents);
	if (mode == ENTRY_SUBMIT) {
		if (!c->has_realised && !entry_filled(t->realised))
			entry_msg_add(m, "realised", "T_ENTRY_REQUIRED", NULL, NULL);
		if (!c->has_forecast && !entry_filled(t->forecast))
			entry_msg_add(m, "cost_forecast", "T_ENTRY_REQUIRED",
			    NULL, NULL);
		if (c->has_realised && c->dev.needs_explanation &&
		    !entry_filled(c->explanation))
			entry_msg_add(m, "cost_explanation",
			    "T_ENTRY_EXPLAIN_COST", NULL, NULL);
	}
	return m->n == 0;
}
