/*
 * rollup_calc.c: one indicator in one quarter over all its reporting units.
 *
 * The rules beyond docs/rollup-rules.md (README, "Rollup rules"):
 *   - A reporting unit counts in quarter q only when it has entered q (a
 *     value, or for a ratio both components or a value).  A unit that has
 *     not entered q is no data in q, also for a cumulative indicator: its
 *     year-to-date would be incomplete, and a missing figure is never zero.
 *   - The target of the whole is rolled up from the targets of the units
 *     that count, like the values: summed for sum and last; for mean and
 *     ratio the mean of the units' targets weighted by the weights (mean)
 *     or denominators (ratio) of the figures used, rounded half away from
 *     zero (a plain mean when those add up to 0).  When a unit that counts
 *     has no target, the whole has no target: no data.
 */
#include <string.h>

#include "rollup_calc.h"

typedef __int128 i128;

static int
rollup_calc_has_data(const struct rollup_ind *ind, const struct rollup_input *in)
{
	if (ind->rule.aggregation == AGG_RATIO)
		return in->has_ratio || in->has_value;
	return in->has_value;
}

/* Did unit enter quarter q? */
static int
rollup_calc_counts(const struct rollup_ind *ind, const struct rollup_fig *f,
    size_t n, int64_t unit, int q)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (f[i].unit == unit && f[i].in.period_index == q &&
		    rollup_calc_has_data(ind, &f[i].in))
			return 1;
	return 0;
}

static const struct rollup_tgt *
rollup_calc_target_of(const struct rollup_tgt *t, size_t n, int64_t unit, int q)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (t[i].unit == unit && t[i].quarter == q)
			return &t[i];
	return NULL;
}

/* The weight a unit's target carries: what its figures weigh in the value. */
static i128
rollup_calc_unit_weight(const struct rollup_ind *ind, const struct rollup_fig *f,
    size_t n, int64_t unit, int q)
{
	i128	w = 0;
	size_t	i;
	int	lo = ind->rule.cumulative ? 1 : q;

	for (i = 0; i < n; i++) {
		if (f[i].unit != unit || f[i].in.period_index < lo ||
		    f[i].in.period_index > q)
			continue;
		if (ind->rule.aggregation == AGG_RATIO) {
			if (f[i].in.has_ratio)
				w += f[i].in.denominator;
		} else if (f[i].in.has_value) {
			if (!ind->rule.weighted)
				w += 1;
			else if (f[i].in.weight > 0)
				w += f[i].in.weight;
		}
	}
	return w;
}

static int
rollup_calc_target(const struct rollup_ind *ind, const struct rollup_fig *f,
    size_t n, const struct rollup_tgt *t, size_t tn, int q,
    struct rollup_row *out)
{
	const struct rollup_tgt	*tg;
	i128			 sum = 0, wsum = 0, plain = 0, w;
	size_t			 i, j, units = 0;
	int			 seen;

	for (i = 0; i < n; i++) {
		if (f[i].in.period_index != q ||
		    !rollup_calc_has_data(ind, &f[i].in))
			continue;
		/* Each unit once: skip a unit already seen at q. */
		for (seen = 0, j = 0; j < i; j++)
			if (f[j].unit == f[i].unit && f[j].in.period_index == q &&
			    rollup_calc_has_data(ind, &f[j].in))
				seen = 1;
		if (seen)
			continue;
		if ((tg = rollup_calc_target_of(t, tn, f[i].unit, q)) == NULL)
			return 1;	/* no target for the whole */
		units++;
		plain += tg->value;
		w = rollup_calc_unit_weight(ind, f, n, f[i].unit, q);
		sum += (i128)tg->value * w;
		wsum += w;
	}
	if (units == 0)
		return 1;
	switch (ind->rule.aggregation) {
	case AGG_SUM:
	case AGG_LAST:
		if (plain > INT64_MAX || plain < INT64_MIN)
			return 0;
		out->target = (int64_t)plain;
		break;
	default:
		if (wsum > 0) {
			if (!status_round_div(sum, wsum, &out->target))
				return 0;
		} else if (!status_round_div(plain, (i128)units, &out->target))
			return 0;
		break;
	}
	out->has_target = 1;
	return 1;
}

/*
 * Roll indicator ind up over its figures f (all units, all quarters of its
 * year) for quarter q, with the units' targets t.  scratch holds n inputs.
 * Returns 1 with *out filled (out->units == 0: nobody entered q, no data),
 * 0 when a sum leaves the int64 range.
 */
int
rollup_calc(const struct rollup_ind *ind, const struct rollup_fig *f,
    size_t n, const struct rollup_tgt *t, size_t tn, int q,
    struct rollup_input *scratch, struct rollup_row *out)
{
	size_t		 i, j, k = 0;
	int		 seen;
	i128		 s, mag;
	enum rollup_err	 er;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < n; i++) {
		if (f[i].in.period_index == q &&
		    rollup_calc_has_data(ind, &f[i].in)) {
			for (seen = 0, j = 0; j < i; j++)
				if (f[j].unit == f[i].unit &&
				    f[j].in.period_index == q &&
				    rollup_calc_has_data(ind, &f[j].in))
					seen = 1;
			if (!seen)
				out->units++;
		}
		if (f[i].in.period_index > q || (!ind->rule.cumulative &&
		    f[i].in.period_index != q))
			continue;
		if (!rollup_calc_counts(ind, f, n, f[i].unit, q))
			continue;
		scratch[k++] = f[i].in;
	}
	if (out->units == 0)
		return 1;
	er = rollup_period_value(&ind->rule, scratch, k, q, &out->v);
	if (er != ROLLUP_OK)
		return 0;
	if (!rollup_calc_target(ind, f, n, t, tn, q, out))
		return 0;
	out->status = status_of(out->v.value, out->v.has_value, out->target,
	    out->has_target, ind->direction, ind->tolerance_bp);
	if (out->status >= STATUS_AT_RISK) {
		s = ind->direction == DIR_UP ?
		    (i128)out->target - out->v.value :
		    (i128)out->v.value - out->target;
		mag = out->target < 0 ? -(i128)out->target : out->target;
		if (mag == 0 || s * 10000 / mag > ROLLUP_SHORTFALL_MAX)
			out->shortfall_bp = ROLLUP_SHORTFALL_MAX;
		else
			out->shortfall_bp = (int64_t)(s * 10000 / mag);
	}
	return 1;
}
