/*
 * rollup.c: figures of several org units and periods into one value; costs
 * into totals; trends for the dashboard arrows.
 *
 * Exactness.  Sums are kept in __int128 (a GCC/Clang extension).  An array
 * of struct rollup_input has fewer than 2^59 elements (each is at least 32
 * bytes), so a sum of its int64 fields stays below 2^122 whatever the
 * order: every sum is exact and order independent, and whether it fits in
 * int64 is checked once, at the end.  The one sum that could pass 2^127 is
 * the weighted mean's sum of value x weight.  It is bounded by 2^63 times
 * the sum of the weights, which only grows, so the weights are checked to
 * stay within int64 as they are added: the products then stay below 2^126,
 * and the verdict does not depend on the order.  Division happens once, at
 * the end, in status_round_div(): rounded half away from zero.
 */
#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "model.h"
#include "status.h"
#include "rollup.h"

typedef __int128		i128;

static const char *const trend_names[TREND__MAX] = {
	"none",
	"same",
	"better",
	"worse",
};

static const int64_t rollup_pow10[] = { 1, 10, 100, 1000, 10000 };

/* Store a sum into an int64 field; 0 when it does not fit. */
static int
rollup_fit(i128 v, int64_t *out)
{
	if (v > INT64_MAX || v < INT64_MIN)
		return 0;
	*out = (int64_t)v;
	return 1;
}

static enum rollup_err
rollup_sum(const struct rollup_input *in, size_t n, int lo, int hi,
    struct rollup_value *out)
{
	i128	 s = 0;
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (!in[i].has_value || in[i].period_index < lo ||
		    in[i].period_index > hi)
			continue;
		s += in[i].value;
		out->n++;
	}
	if (out->n == 0)
		return ROLLUP_OK;
	if (!rollup_fit(s, &out->value))
		return ROLLUP_ERANGE;
	out->has_value = 1;
	return ROLLUP_OK;
}

static enum rollup_err
rollup_mean(const struct rollup_rule *r, const struct rollup_input *in,
    size_t n, int lo, int hi, struct rollup_value *out)
{
	i128	 s = 0, w = 0;
	int64_t	 wi;
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (!in[i].has_value || in[i].period_index < lo ||
		    in[i].period_index > hi)
			continue;
		wi = r->weighted ? in[i].weight : 1;
		if (wi <= 0) {
			out->skipped++;
			continue;
		}
		w += wi;
		if (w > INT64_MAX)	/* only grows: order independent */
			return ROLLUP_ERANGE;
		/* |s| <= 2^63 * w < 2^126: exact. */
		s += (i128)in[i].value * wi;
		out->n++;
	}
	if (out->n == 0)
		return ROLLUP_OK;
	out->weight_sum = (int64_t)w;
	/* A weighted mean lies between the smallest and largest value. */
	(void)status_round_div(s, w, &out->value);
	out->has_value = 1;
	return ROLLUP_OK;
}

static enum rollup_err
rollup_last(const struct rollup_input *in, size_t n, int lo, int hi,
    struct rollup_value *out)
{
	i128	 s = 0;
	size_t	 i, with = 0;
	int	 last = INT_MIN;

	for (i = 0; i < n; i++) {
		if (!in[i].has_value || in[i].period_index < lo ||
		    in[i].period_index > hi)
			continue;
		with++;
		if (in[i].period_index > last)
			last = in[i].period_index;
	}
	if (with == 0)
		return ROLLUP_OK;
	for (i = 0; i < n; i++) {
		if (!in[i].has_value || in[i].period_index != last)
			continue;
		s += in[i].value;
		out->n++;
	}
	out->skipped = with - out->n;
	out->last_period = last;
	if (!rollup_fit(s, &out->value))
		return ROLLUP_ERANGE;
	out->has_value = 1;
	return ROLLUP_OK;
}

static enum rollup_err
rollup_ratio(const struct rollup_rule *r, const struct rollup_input *in,
    size_t n, int lo, int hi, struct rollup_value *out)
{
	i128	 num = 0, den = 0, scaled;
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (in[i].period_index < lo || in[i].period_index > hi)
			continue;
		if (!in[i].has_ratio) {
			if (in[i].has_value)
				out->skipped++;
			continue;
		}
		num += in[i].numerator;
		den += in[i].denominator;
		out->n++;
	}
	if (out->n == 0)
		return ROLLUP_OK;
	if (!rollup_fit(num, &out->num) || !rollup_fit(den, &out->den))
		return ROLLUP_ERANGE;
	if (den == 0)
		return ROLLUP_OK;	/* no data: nothing to divide by */
	if (__builtin_mul_overflow(num, (i128)r->ratio_factor *
	    rollup_pow10[r->decimals], &scaled))
		return ROLLUP_ERANGE;
	if (!status_round_div(scaled, den, &out->value))
		return ROLLUP_ERANGE;
	out->has_value = 1;
	return ROLLUP_OK;
}

static enum rollup_err
rollup_range(const struct rollup_rule *r, const struct rollup_input *in,
    size_t n, int lo, int hi, struct rollup_value *out)
{
	enum rollup_err	 er;

	if (out == NULL)
		return ROLLUP_EINVAL;
	memset(out, 0, sizeof(*out));
	if (r == NULL || (in == NULL && n > 0) ||
	    r->decimals < 0 || r->decimals > 4)
		return ROLLUP_EINVAL;
	switch (r->aggregation) {
	case AGG_SUM:
		er = rollup_sum(in, n, lo, hi, out);
		break;
	case AGG_MEAN:
		er = rollup_mean(r, in, n, lo, hi, out);
		break;
	case AGG_LAST:
		er = rollup_last(in, n, lo, hi, out);
		break;
	case AGG_RATIO:
		if (r->ratio_factor <= 0)
			return ROLLUP_EINVAL;
		er = rollup_ratio(r, in, n, lo, hi, out);
		break;
	default:
		return ROLLUP_EINVAL;
	}
	if (er != ROLLUP_OK) {
		memset(out, 0, sizeof(*out));
		return er;
	}
	if (!out->has_value)
		out->value = 0;
	return ROLLUP_OK;
}

/*
 * Combine figures (of child units, periods, or both) into one value by the
 * indicator's aggregation:
 *   sum    the sum of the values present;
 *   mean   sum(value x weight) / sum(weight) over the figures with a value
 *          and a weight > 0 (others are skipped, counted in skipped; no
 *          fallback to an unweighted mean); when the rule is not weighted
 *          every weight is 1;
 *   last   the values at the latest period_index that has any value,
 *          summed across units (stocks of units add up); values of earlier
 *          periods are skipped, never carried forward;
 *   ratio  sum(numerator) x ratio_factor x 10^decimals / sum(denominator)
 *          over the figures with both components; a zero sum of
 *          denominators is no data.
 * Figures without data are ignored, never read as zero; none used: no data.
 * Returns ROLLUP_OK with *out filled, ROLLUP_EINVAL for a bad rule, or
 * ROLLUP_ERANGE when the value or a reported sum does not fit in int64; on
 * error *out is all zero.
 */
enum rollup_err
rollup_value(const struct rollup_rule *r, const struct rollup_input *in,
    size_t n, struct rollup_value *out)
{
	return rollup_range(r, in, n, INT_MIN, INT_MAX, out);
}

/*
 * The year-to-date value through period: rollup_value() over the figures
 * with period_index <= period.  Per aggregation that is the sum of Q1..q,
 * the ratio of the summed components of Q1..q, the weighted mean over all
 * figures of Q1..q, or the latest value up to q.  Returns as rollup_value().
 */
enum rollup_err
rollup_ytd(const struct rollup_rule *r, const struct rollup_input *in,
    size_t n, int period, struct rollup_value *out)
{
	return rollup_range(r, in, n, INT_MIN, period, out);
}

/*
 * The value to hold against the target of period: year-to-date for a
 * cumulative indicator (its targets are year-to-date), otherwise only the
 * figures of that period.  Returns as rollup_value().
 */
enum rollup_err
rollup_period_value(const struct rollup_rule *r, const struct rollup_input *in,
    size_t n, int period, struct rollup_value *out)
{
	if (r != NULL && r->cumulative)
		return rollup_range(r, in, n, INT_MIN, period, out);
	return rollup_range(r, in, n, period, period, out);
}

/*
 * The costs of one performance (a cost line) as a part of a total.
 * Realised and forecast count only when their has_ flag is set.  Like is
 * compared with like (docs/rollup-rules.md, "Rolling up costs"): the
 * budget through the period counts only for a line that reported its
 * realisation, so a total's budget, realised and deviation are all over
 * the same lines; the year budget counts for every line, and the
 * forecast is held against the year budget of the lines with a forecast.
 * A performance without a cost row is a line that has not reported
 * (pass budget 0, has_realised 0).  Returns the part.
 */
struct finance
rollup_finance_part(int64_t budget, int64_t year_budget, int has_realised,
    int64_t realised, int has_forecast, int64_t forecast)
{
	struct finance	 f;

	memset(&f, 0, sizeof(f));
	f.n = 1;
	f.year_budget = year_budget;
	if (has_realised) {
		f.has_realised = 1;
		f.realised = realised;
		f.budget = budget;
		f.budget_realised = budget;
		f.n_realised = 1;
	}
	if (has_forecast) {
		f.has_forecast = 1;
		f.forecast = forecast;
		f.year_budget_forecast = year_budget;
		f.n_forecast = 1;
	}
	return f;
}

/*
 * Add a part (or another total) to total.  Returns ROLLUP_OK, or
 * ROLLUP_ERANGE when an amount would leave the int64 range, in which case
 * total is unchanged.
 */
enum rollup_err
rollup_finance_add(struct finance *total, const struct finance *part)
{
	struct finance	 t = *total;

	if (__builtin_add_overflow(t.budget, part->budget, &t.budget) ||
	    __builtin_add_overflow(t.year_budget, part->year_budget,
	    &t.year_budget) ||
	    __builtin_add_overflow(t.realised, part->realised, &t.realised) ||
	    __builtin_add_overflow(t.budget_realised, part->budget_realised,
	    &t.budget_realised) ||
	    __builtin_add_overflow(t.forecast, part->forecast, &t.forecast) ||
	    __builtin_add_overflow(t.year_budget_forecast,
	    part->year_budget_forecast, &t.year_budget_forecast))
		return ROLLUP_ERANGE;
	t.n += part->n;
	t.n_realised += part->n_realised;
	t.n_forecast += part->n_forecast;
	t.has_realised = t.n_realised > 0;
	t.has_forecast = t.n_forecast > 0;
	*total = t;
	return ROLLUP_OK;
}

/*
 * The deviation of realised from budget, over the parts that have a
 * realised amount (their budget against their realisation), judged by
 * status_cost().  Returns 1 with *out filled, 0 when no part has a
 * realised amount (*out all zero).
 */
int
rollup_finance_deviation(const struct finance *f, int threshold_bp,
    int64_t threshold_cents, struct cost_status *out)
{
	memset(out, 0, sizeof(*out));
	if (f->n_realised == 0)
		return 0;
	*out = status_cost(f->budget_realised, f->realised, threshold_bp,
	    threshold_cents);
	return 1;
}

/*
 * The deviation of the year-end forecast from the year budget, over the
 * parts that have a forecast, judged by status_cost().  Returns 1 with *out
 * filled, 0 when no part has a forecast (*out all zero).
 */
int
rollup_finance_forecast_deviation(const struct finance *f, int threshold_bp,
    int64_t threshold_cents, struct cost_status *out)
{
	memset(out, 0, sizeof(*out));
	if (f->n_forecast == 0)
		return 0;
	*out = status_cost(f->year_budget_forecast, f->forecast, threshold_bp,
	    threshold_cents);
	return 1;
}

/*
 * Which way a status moved between two periods: to a higher (worse)
 * status is worse.  Returns TREND_NONE when either side has no data or is
 * not a status.
 */
enum trend
rollup_trend_status(enum status before, enum status now)
{
	if (before == STATUS_NO_DATA || now == STATUS_NO_DATA ||
	    (unsigned)before >= STATUS__MAX || (unsigned)now >= STATUS__MAX)
		return TREND_NONE;
	if (now == before)
		return TREND_SAME;
	return now > before ? TREND_WORSE : TREND_BETTER;
}

/*
 * Which way a value moved, by the indicator's direction: up for DIR_UP is
 * better, up for DIR_DOWN worse.  Compare like with like (per-period values,
 * or year-to-date with year-to-date).  Returns TREND_NONE when a side is
 * missing or the direction unknown.
 */
enum trend
rollup_trend_value(int64_t before, int has_before, int64_t now, int has_now,
    enum direction dir)
{
	if (!has_before || !has_now || (dir != DIR_UP && dir != DIR_DOWN))
		return TREND_NONE;
	if (now == before)
		return TREND_SAME;
	if ((now > before) == (dir == DIR_UP))
		return TREND_BETTER;
	return TREND_WORSE;
}

/*
 * The stable API key of a trend: "none", "same", "better", "worse".
 * Returns NULL for a value outside the enum.
 */
const char *
rollup_trend_name(enum trend t)
{
	if ((unsigned)t >= TREND__MAX)
		return NULL;
	return trend_names[t];
}
