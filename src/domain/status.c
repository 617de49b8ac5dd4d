/*
 * status.c: a figure against its target, a cost against its budget, and the
 * summary of many statuses.  All comparisons are exact in integers: a
 * tolerance is never divided out, it is compared by cross-multiplying in
 * 128 bits (__int128, a GCC/Clang extension), where a product of two int64
 * values and a factor up to 10^4 cannot overflow.
 */
#include <stdint.h>
#include <string.h>

#include "model.h"
#include "status.h"

typedef __int128		i128;
typedef unsigned __int128	u128;

static const char *const status_names[STATUS__MAX] = {
	"no_data",
	"on_track",
	"at_risk",
	"off_track",
};

static const struct status_look status_looks[STATUS__MAX] = {
	{ "\xe2\x97\x8b", "T_STATUS_NO_DATA", "status-no_data" },	/* ○ */
	{ "\xe2\x97\x8f", "T_STATUS_ON_TRACK", "status-on_track" },	/* ● */
	{ "\xe2\x96\xb2", "T_STATUS_AT_RISK", "status-at_risk" },	/* ▲ */
	{ "\xe2\x9c\x96", "T_STATUS_OFF_TRACK", "status-off_track" },	/* ✖ */
};

/* |v| without overflow, also for the most negative value. */
static u128
status_mag(i128 v)
{
	return v < 0 ? (u128)0 - (u128)v : (u128)v;
}

/*
 * Divide num by den and round half away from zero, exactly.  Shared with
 * rollup.c: the one place where Koers divides.  Returns 1 with *out set when
 * den is not 0 and the rounded quotient fits in int64; 0 otherwise, with
 * *out saturated to INT64_MIN/INT64_MAX (0 when den is 0).
 */
int
status_round_div(i128 num, i128 den, int64_t *out)
{
	u128	 un, ud, q, r;
	int	 neg;

	*out = 0;
	if (den == 0)
		return 0;
	neg = (num < 0) != (den < 0);
	un = status_mag(num);
	ud = status_mag(den);
	q = un / ud;
	r = un % ud;
	if (r >= ud - r)	/* 2r >= ud without computing 2r */
		q++;
	if (q == 0)
		neg = 0;
	if (neg) {
		if (q > (u128)INT64_MAX + 1) {
			*out = INT64_MIN;
			return 0;
		}
		*out = (int64_t)((i128)0 - (i128)q);
	} else {
		if (q > (u128)INT64_MAX) {
			*out = INT64_MAX;
			return 0;
		}
		*out = (int64_t)q;
	}
	return 1;
}

/*
 * The stable API key of a status: "no_data", "on_track", "at_risk",
 * "off_track".  Returns NULL for a value outside the enum.
 */
const char *
status_name(enum status s)
{
	if ((unsigned)s >= STATUS__MAX)
		return NULL;
	return status_names[s];
}

/*
 * How s shows: icon, catalogue key of its word, CSS class.  A value out
 * of range shows as no data.  Never NULL.
 */
const struct status_look *
status_look(enum status s)
{
	return &status_looks[(unsigned)s < STATUS__MAX ? (unsigned)s :
	    STATUS_NO_DATA];
}

/*
 * Parse an API key back into a status.  Returns 1 with *out set, 0 when
 * name is NULL or not one of the four keys (*out untouched).
 */
int
status_from_name(const char *name, enum status *out)
{
	size_t	 i;

	if (name == NULL)
		return 0;
	for (i = 0; i < STATUS__MAX; i++)
		if (strcmp(name, status_names[i]) == 0) {
			*out = (enum status)i;
			return 1;
		}
	return 0;
}

/*
 * Judge a value against its target.  No value or no target: no data.  On
 * the good side of the target, or equal to it: on track.  On the wrong side
 * by at most tolerance_bp basis points of |target|: at risk; further: off
 * track.  Exact: |value - target| * 10000 <= |target| * tolerance_bp.
 * With target 0 the allowance is 0, so any wrong-side value is off track.
 * A negative tolerance counts as 0; an unknown direction gives no data.
 * Returns the status.
 */
enum status
status_of(int64_t value, int has_value, int64_t target, int has_target,
    enum direction dir, int tolerance_bp)
{
	i128	 wrong;

	if (!has_value || !has_target)
		return STATUS_NO_DATA;
	if (dir == DIR_UP)
		wrong = (i128)target - (i128)value;
	else if (dir == DIR_DOWN)
		wrong = (i128)value - (i128)target;
	else
		return STATUS_NO_DATA;
	if (wrong <= 0)
		return STATUS_ON_TRACK;
	if (tolerance_bp < 0)
		tolerance_bp = 0;
	/* wrong < 2^64, so wrong * 10^4 < 2^78; |target| * bp < 2^95. */
	if ((u128)wrong * 10000 <= status_mag(target) * (u128)tolerance_bp)
		return STATUS_AT_RISK;
	return STATUS_OFF_TRACK;
}

/*
 * Judge realised cost against budget.  The deviation is realised - budget:
 * positive is overspending, negative underspending, and both count.  It
 * needs an explanation when it is not zero, is more than threshold_bp of
 * |budget| (strictly above: exactly on the percentage is within budget
 * discipline) and at least threshold_cents in size, matching the settings
 * "above 10 %" and "at least EUR 25,000".  With a zero budget there is no
 * percentage (has_bp 0) and any deviation counts as above the percentage.
 * Negative thresholds count as 0.  The decision is exact; the reported
 * cents and basis points saturate at the int64 range, reachable only with
 * amounts beyond EUR 10^16.  Returns the judgement.
 */
struct cost_status
status_cost(int64_t budget_cents, int64_t realised_cents, int threshold_bp,
    int64_t threshold_cents)
{
	struct cost_status	 cs;
	i128			 dev;
	u128			 adev, abudget;
	int			 over_pct, over_amount;

	memset(&cs, 0, sizeof(cs));
	if (threshold_bp < 0)
		threshold_bp = 0;
	if (threshold_cents < 0)
		threshold_cents = 0;
	dev = (i128)realised_cents - (i128)budget_cents;
	adev = status_mag(dev);
	abudget = status_mag(budget_cents);
	if (dev > INT64_MAX)
		cs.deviation_cents = INT64_MAX;
	else if (dev < INT64_MIN)
		cs.deviation_cents = INT64_MIN;
	else
		cs.deviation_cents = (int64_t)dev;
	if (budget_cents != 0) {
		cs.has_bp = 1;
		(void)status_round_div(dev * 10000, (i128)abudget,
		    &cs.deviation_bp);
		over_pct = adev * 10000 > abudget * (u128)threshold_bp;
	} else
		over_pct = 1;
	over_amount = adev >= (u128)threshold_cents;
	cs.needs_explanation = adev != 0 && over_pct && over_amount;
	return cs;
}

/*
 * Count one more indicator with status s.  Returns 1, or 0 (and counts
 * nothing) when s is outside the enum.
 */
int
status_counts_add(struct status_counts *c, enum status s)
{
	if ((unsigned)s >= STATUS__MAX)
		return 0;
	c->n[s]++;
	return 1;
}

/* Add the counts of src to dst: a parent's counts are its children's. */
void
status_counts_merge(struct status_counts *dst, const struct status_counts *src)
{
	size_t	 i;

	for (i = 0; i < STATUS__MAX; i++)
		dst->n[i] += src->n[i];
}

/* Returns how many indicators have data: on track + at risk + off track. */
size_t
status_counts_with_data(const struct status_counts *c)
{
	return c->n[STATUS_ON_TRACK] + c->n[STATUS_AT_RISK] +
	    c->n[STATUS_OFF_TRACK];
}

/*
 * The summary status of a set of indicators (a performance, an effect, a
 * programme, an org unit, a whole report): the worst status of the
 * indicators with data under it.  The one rule for every summary on every
 * page, the API and every export (docs/rollup-rules.md): it is the same
 * however the indicators are grouped (goal tree or organisation tree), so
 * a summary is never better than any item shown under it, and the counts
 * beside it say how many are off.  No indicator with data: no data.
 * Returns the status.
 */
enum status
status_summary(const struct status_counts *c)
{
	if (c->n[STATUS_OFF_TRACK] > 0)
		return STATUS_OFF_TRACK;
	if (c->n[STATUS_AT_RISK] > 0)
		return STATUS_AT_RISK;
	if (c->n[STATUS_ON_TRACK] > 0)
		return STATUS_ON_TRACK;
	return STATUS_NO_DATA;
}
