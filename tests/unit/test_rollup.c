/*
 * test_rollup.c: value aggregation, year-to-date, finance totals and
 * trends.  Every expected value is computed by hand in the comment beside
 * it; the permutation tests run every order of their inputs.
 */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "model.h"
#include "status.h"
#include "rollup.h"

#define VAL(v, p)	{ .has_value = 1, .value = (v), .period_index = (p) }
#define MISSING(p)	{ .has_value = 0, .value = 999, .weight = 1, \
			  .numerator = 1, .denominator = 1, .period_index = (p) }
#define WVAL(v, w, p)	{ .has_value = 1, .value = (v), .weight = (w), \
			  .period_index = (p) }
#define RAT(n, d, p)	{ .has_ratio = 1, .numerator = (n), \
			  .denominator = (d), .period_index = (p) }
#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* aggregation, decimals, weighted, ratio_factor, cumulative */
static const struct rollup_rule SUM = { AGG_SUM, 0, 0, 1, 0 };
static const struct rollup_rule CUMSUM = { AGG_SUM, 0, 0, 1, 1 };
static const struct rollup_rule WMEAN = { AGG_MEAN, 1, 1, 1, 0 };
static const struct rollup_rule MEAN = { AGG_MEAN, 0, 0, 1, 0 };
static const struct rollup_rule LAST = { AGG_LAST, 0, 0, 1, 0 };
static const struct rollup_rule PCT1 = { AGG_RATIO, 1, 0, 100, 0 };
static const struct rollup_rule PCT0 = { AGG_RATIO, 0, 0, 100, 0 };

/* Roll up, expect ROLLUP_OK, return the value struct. */
static struct rollup_value
ok(const struct rollup_rule *r, const struct rollup_input *in, size_t n)
{
	struct rollup_value	 v;

	assert_int_equal(rollup_value(r, in, n, &v), ROLLUP_OK);
	return v;
}

static void
assert_no_data(const struct rollup_value *v)
{
	assert_int_equal(v->has_value, 0);
	assert_int_equal(v->value, 0);
}

static void
assert_same(const struct rollup_value *a, const struct rollup_value *b)
{
	assert_int_equal(a->has_value, b->has_value);
	assert_true(a->value == b->value);
	assert_int_equal(a->n, b->n);
	assert_int_equal(a->skipped, b->skipped);
	assert_true(a->num == b->num && a->den == b->den);
	assert_true(a->weight_sum == b->weight_sum);
	assert_int_equal(a->last_period, b->last_period);
}

static void
assert_finance_equal(const struct finance *a, const struct finance *b)
{
	assert_true(a->budget == b->budget);
	assert_true(a->year_budget == b->year_budget);
	assert_int_equal(a->has_realised, b->has_realised);
	assert_true(a->realised == b->realised);
	assert_true(a->budget_realised == b->budget_realised);
	assert_int_equal(a->has_forecast, b->has_forecast);
	assert_true(a->forecast == b->forecast);
	assert_true(a->year_budget_forecast == b->year_budget_forecast);
	assert_int_equal(a->n, b->n);
	assert_int_equal(a->n_realised, b->n_realised);
	assert_int_equal(a->n_forecast, b->n_forecast);
}

static void
sum_adds_the_values_present(void **state)
{
	struct rollup_input	 in[] = { VAL(10, 1), VAL(20, 1), VAL(-5, 1) };
	struct rollup_value	 v = ok(&SUM, in, NELEM(in));

	(void)state;
	assert_int_equal(v.has_value, 1);
	assert_int_equal(v.value, 25);
	assert_int_equal(v.n, 3);
	assert_int_equal(v.skipped, 0);
}

static void
sum_skips_missing_values_never_zero(void **state)
{
	struct rollup_input	 in[] = { VAL(10, 1), MISSING(1), VAL(20, 1) };
	struct rollup_value	 v = ok(&SUM, in, NELEM(in));

	(void)state;
	assert_int_equal(v.value, 30);	/* not 30 + 999 */
	assert_int_equal(v.n, 2);
}

static void
no_figures_with_data_is_no_data_for_every_aggregation(void **state)
{
	struct rollup_input	 in[] = { MISSING(1), MISSING(2) };
	const struct rollup_rule *rules[] = { &SUM, &WMEAN, &MEAN, &LAST };
	struct rollup_value	 v;
	size_t			 i;

	(void)state;
	for (i = 0; i < NELEM(rules); i++) {
		v = ok(rules[i], in, NELEM(in));
		assert_no_data(&v);
		assert_int_equal(v.n, 0);
		v = ok(rules[i], NULL, 0);
		assert_no_data(&v);
	}
	v = ok(&PCT1, NULL, 0);
	assert_no_data(&v);
}

static void
sum_of_negative_values_is_signed(void **state)
{
	struct rollup_input	 in[] = { VAL(-150, 1), VAL(50, 1) };
	struct rollup_value	 v = ok(&SUM, in, NELEM(in));

	(void)state;
	assert_true(v.value == -100);	/* saldi add up */
}

static void
sum_is_exact_when_partial_sums_leave_int64(void **state)
{
	struct rollup_input	 in[] = { VAL(INT64_MAX, 1), VAL(INT64_MAX, 1),
				    VAL(INT64_MIN, 1) };
	struct rollup_value	 v = ok(&SUM, in, NELEM(in));

	(void)state;
	/* 2(2^63 - 1) - 2^63 = 2^63 - 2 */
	assert_true(v.value == INT64_MAX - 1);
}

static void
sum_outside_int64_is_erange(void **state)
{
	struct rollup_input	 up[] = { VAL(INT64_MAX, 1), VAL(1, 1) };
	struct rollup_input	 down[] = { VAL(INT64_MIN, 1), VAL(-1, 1) };
	struct rollup_value	 v;

	(void)state;
	assert_int_equal(rollup_value(&SUM, up, 2, &v), ROLLUP_ERANGE);
	assert_int_equal(v.has_value, 0);
	assert_int_equal(v.n, 0);
	assert_int_equal(rollup_value(&SUM, down, 2, &v), ROLLUP_ERANGE);
}

static void
mean_is_weighted_by_the_named_weight(void **state)
{
	/* 10.0 % for 1000 inhabitants, 20.0 % for 3000 (decimals 1):
	 * (100*1000 + 200*3000) / 4000 = 175, i.e. 17.5 %. */
	struct rollup_input	 in[] = { WVAL(100, 1000, 1), WVAL(200, 3000, 1) };
	struct rollup_value	 v = ok(&WMEAN, in, NELEM(in));

	(void)state;
	assert_int_equal(v.value, 175);
	assert_int_equal(v.weight_sum, 4000);
	assert_int_equal(v.n, 2);
}

static void
mean_rounds_half_away_from_zero(void **state)
{
	struct rollup_input	 a[] = { VAL(1, 1), VAL(2, 1) };
	struct rollup_input	 b[] = { VAL(-1, 1), VAL(-2, 1) };
	struct rollup_input	 c[] = { VAL(1, 1), VAL(1, 1), VAL(2, 1) };
	struct rollup_input	 d[] = { VAL(1, 1), VAL(2, 1), VAL(2, 1) };

	(void)state;
	assert_int_equal(ok(&MEAN, a, 2).value, 2);		/* 1.5 */
	assert_true(ok(&MEAN, b, 2).value == -2);		/* -1.5 */
	assert_int_equal(ok(&MEAN, c, 3).value, 1);		/* 1.33 */
	assert_int_equal(ok(&MEAN, d, 3).value, 2);		/* 1.67 */
}

static void
mean_skips_figures_without_a_usable_weight(void **state)
{
	struct rollup_input	 in[] = { WVAL(100, 10, 1), WVAL(500, 0, 1),
				    WVAL(900, -3, 1), WVAL(300, 10, 1) };
	struct rollup_value	 v = ok(&WMEAN, in, NELEM(in));

	(void)state;
	assert_int_equal(v.value, 200);		/* (1000 + 3000) / 20 */
	assert_int_equal(v.n, 2);
	assert_int_equal(v.skipped, 2);
}

static void
mean_with_no_usable_weight_is_no_data_not_a_plain_mean(void **state)
{
	struct rollup_input	 in[] = { WVAL(100, 0, 1), WVAL(200, 0, 1),
				    MISSING(1) };
	struct rollup_value	 v = ok(&WMEAN, in, NELEM(in));

	(void)state;
	assert_no_data(&v);
	assert_int_equal(v.skipped, 2);
}

static void
unweighted_mean_ignores_the_weights(void **state)
{
	struct rollup_input	 in[] = { WVAL(100, 0, 1), WVAL(200, 99, 1),
				    MISSING(1) };
	struct rollup_value	 v = ok(&MEAN, in, NELEM(in));

	(void)state;
	assert_int_equal(v.value, 150);
	assert_int_equal(v.weight_sum, 2);
	assert_int_equal(v.skipped, 0);
}

static void
mean_of_extreme_values_and_weights_is_exact(void **state)
{
	/* (M(M-1) - 2^63) / M = M - 2 - 1/M, M = INT64_MAX: rounds to M - 2. */
	struct rollup_input	 a[] = { WVAL(INT64_MAX, INT64_MAX - 1, 1),
				    WVAL(INT64_MIN, 1, 1) };
	/* (2^61 (2^63 - 1) - 2^61 2^63) / 2^62 = -0.5: rounds to -1. */
	struct rollup_input	 b[] = { WVAL(INT64_MAX, 1LL << 61, 1),
				    WVAL(INT64_MIN, 1LL << 61, 1) };
	struct rollup_input	 c[] = { WVAL(INT64_MIN, INT64_MAX, 1) };

	(void)state;
	assert_true(ok(&WMEAN, a, 2).value == INT64_MAX - 2);
	assert_true(ok(&WMEAN, a, 2).weight_sum == INT64_MAX);
	assert_true(ok(&WMEAN, b, 2).value == -1);
	assert_true(ok(&WMEAN, c, 1).value == INT64_MIN);
}

static void
mean_whose_weights_leave_int64_is_erange(void **state)
{
	struct rollup_input	 in[] = { WVAL(5, INT64_MAX, 1), WVAL(5, 1, 1) };
	struct rollup_value	 v;

	(void)state;
	assert_int_equal(rollup_value(&WMEAN, in, 2, &v), ROLLUP_ERANGE);
	assert_int_equal(v.has_value, 0);
}

static void
last_takes_the_latest_period(void **state)
{
	struct rollup_input	 in[] = { VAL(100, 1), VAL(130, 3), VAL(120, 2) };
	struct rollup_value	 v = ok(&LAST, in, NELEM(in));

	(void)state;
	assert_int_equal(v.value, 130);
	assert_int_equal(v.last_period, 3);
	assert_int_equal(v.n, 1);
	assert_int_equal(v.skipped, 2);
}

static void
last_sums_the_units_at_the_latest_period(void **state)
{
	/* Housing stock: units A and B reported Q3, C only Q2. */
	struct rollup_input	 in[] = { VAL(100, 3), VAL(50, 3), VAL(70, 2) };
	struct rollup_value	 v = ok(&LAST, in, NELEM(in));

	(void)state;
	assert_int_equal(v.value, 150);		/* C's Q2 is not carried on */
	assert_int_equal(v.n, 2);
	assert_int_equal(v.skipped, 1);
	assert_int_equal(v.last_period, 3);
}

static void
last_ignores_a_later_period_without_value(void **state)
{
	struct rollup_input	 in[] = { MISSING(4), VAL(-80, 3) };
	struct rollup_value	 v = ok(&LAST, in, NELEM(in));

	(void)state;
	assert_true(v.value == -80);
	assert_int_equal(v.last_period, 3);
}

static void
ratio_is_the_ratio_of_sums_not_the_mean_of_ratios(void **state)
{
	/* 1/4 and 30/40: mean of ratios 50 %, ratio of sums 31/44 =
	 * 70.4545 %, to 1 decimal 705. */
	struct rollup_input	 in[] = { RAT(1, 4, 1), RAT(30, 40, 1) };
	struct rollup_value	 v = ok(&PCT1, in, NELEM(in));

	(void)state;
	assert_int_equal(v.value, 705);
	assert_int_equal(v.num, 31);
	assert_int_equal(v.den, 44);
	assert_int_equal(v.n, 2);
}

static void
ratio_is_scaled_by_factor_and_decimals_and_rounded(void **state)
{
	static const struct rollup_rule frac4 = { AGG_RATIO, 4, 0, 1, 0 };
	struct rollup_input	 third[] = { RAT(1, 3, 1) };
	struct rollup_input	 two[] = { RAT(2, 3, 1) };
	struct rollup_input	 eighth[] = { RAT(1, 8, 1) };
	struct rollup_input	 neg[] = { RAT(-1, 8, 1) };

	(void)state;
	assert_int_equal(ok(&PCT1, third, 1).value, 333);	/* 33.33 % */
	assert_int_equal(ok(&PCT1, two, 1).value, 667);	/* 66.67 % */
	assert_int_equal(ok(&PCT0, eighth, 1).value, 13);	/* 12.5 % */
	assert_true(ok(&PCT0, neg, 1).value == -13);		/* -12.5 % */
	assert_int_equal(ok(&frac4, third, 1).value, 3333);	/* 0.3333 */
}

static void
ratio_components_in_the_same_scale_cancel(void **state)
{
	/* 1.5 of 3.0 (decimals 1: 15 and 30) is 50.0 %. */
	struct rollup_input	 in[] = { RAT(15, 30, 1) };

	(void)state;
	assert_int_equal(ok(&PCT1, in, 1).value, 500);
}

static void
ratio_with_zero_denominator_is_no_data(void **state)
{
	struct rollup_input	 a[] = { RAT(0, 0, 1) };
	struct rollup_input	 b[] = { RAT(5, 0, 1) };
	struct rollup_input	 c[] = { RAT(3, 2, 1), RAT(-3, -2, 1) };
	struct rollup_value	 v;

	(void)state;
	v = ok(&PCT1, a, 1);
	assert_no_data(&v);
	assert_int_equal(v.n, 1);
	v = ok(&PCT1, b, 1);
	assert_no_data(&v);
	assert_int_equal(v.num, 5);
	v = ok(&PCT1, c, 2);
	assert_no_data(&v);
	assert_int_equal(v.den, 0);
}

static void
ratio_skips_figures_without_both_components(void **state)
{
	struct rollup_input	 in[] = { VAL(5000, 1), RAT(1, 2, 1), MISSING(1) };
	struct rollup_value	 v = ok(&PCT1, in, NELEM(in));

	(void)state;
	assert_int_equal(v.value, 500);
	assert_int_equal(v.n, 1);
	assert_int_equal(v.skipped, 1);
}

static void
ratio_near_int64_limits_is_exact_or_erange(void **state)
{
	static const struct rollup_rule pct4 = { AGG_RATIO, 4, 0, 100, 0 };
	struct rollup_input	 same[] = { RAT(INT64_MAX, INT64_MAX, 1) };
	struct rollup_input	 big[] = { RAT(INT64_MAX, 1, 1) };
	struct rollup_input	 sum[] = { RAT(INT64_MAX, 1, 1), RAT(1, 1, 1) };
	struct rollup_value	 v;

	(void)state;
	/* M * 100 * 10^4 / M = 10^6: the product passes int64 exactly. */
	assert_int_equal(ok(&pct4, same, 1).value, 1000000);
	assert_int_equal(rollup_value(&PCT1, big, 1, &v), ROLLUP_ERANGE);
	assert_int_equal(rollup_value(&PCT1, sum, 2, &v), ROLLUP_ERANGE);
}

static void
bad_rules_and_arguments_are_einval(void **state)
{
	struct rollup_input	 in[] = { VAL(1, 1) };
	struct rollup_rule	 r;
	struct rollup_value	 v;

	(void)state;
	r = SUM, r.decimals = 5;
	assert_int_equal(rollup_value(&r, in, 1, &v), ROLLUP_EINVAL);
	r = SUM, r.decimals = -1;
	assert_int_equal(rollup_value(&r, in, 1, &v), ROLLUP_EINVAL);
	r = SUM, r.aggregation = AGG__MAX;
	assert_int_equal(rollup_value(&r, in, 1, &v), ROLLUP_EINVAL);
	r = PCT1, r.ratio_factor = 0;
	assert_int_equal(rollup_value(&r, in, 1, &v), ROLLUP_EINVAL);
	r = PCT1, r.ratio_factor = -100;
	assert_int_equal(rollup_value(&r, in, 1, &v), ROLLUP_EINVAL);
	r = SUM, r.ratio_factor = 0;	/* only a ratio needs a factor */
	assert_int_equal(rollup_value(&r, in, 1, &v), ROLLUP_OK);
	assert_int_equal(rollup_value(NULL, in, 1, &v), ROLLUP_EINVAL);
	assert_int_equal(rollup_value(&SUM, NULL, 1, &v), ROLLUP_EINVAL);
	assert_int_equal(rollup_value(&SUM, in, 1, NULL), ROLLUP_EINVAL);
}

/* Every order of in (n <= 6, by Heap's algorithm) gives want. */
static void
every_order(const struct rollup_rule *r, const struct rollup_input *in,
    size_t n, enum rollup_err want_err, const struct rollup_value *want)
{
	struct rollup_input	 a[6], t;
	struct rollup_value	 v;
	size_t			 c[6] = { 0 }, i = 1, j, orders = 1, fact = 1;

	assert_true(n <= 6);
	memcpy(a, in, n * sizeof(a[0]));
	assert_int_equal(rollup_value(r, a, n, &v), want_err);
	assert_same(&v, want);
	while (i < n) {
		if (c[i] < i) {
			j = i % 2 ? c[i] : 0;
			t = a[j], a[j] = a[i], a[i] = t;
			assert_int_equal(rollup_value(r, a, n, &v), want_err);
			assert_same(&v, want);
			c[i]++, i = 1, orders++;
		} else
			c[i++] = 0;
	}
	for (i = 2; i <= n; i++)
		fact *= i;
	assert_int_equal(orders, fact);
}

static void
every_aggregation_is_independent_of_input_order(void **state)
{
	struct rollup_input	 in[] = { WVAL(10, 2, 2), WVAL(-4, 1, 3),
				    MISSING(3), WVAL(7, 0, 3), WVAL(30, 5, 1),
				    RAT(3, 8, 3) };
	struct rollup_input	 rat[] = { RAT(1, 4, 1), RAT(30, 40, 2),
				    VAL(9, 1), MISSING(2), RAT(-2, 0, 1),
				    RAT(5, 9, 2) };
	struct rollup_value	 v;

	(void)state;
	/* sum: 10 - 4 + 7 + 30 (RAT has no value) */
	memset(&v, 0, sizeof(v));
	v.has_value = 1, v.value = 43, v.n = 4;
	every_order(&SUM, in, 6, ROLLUP_OK, &v);
	/* weighted: (20 - 4 + 150) / 8 = 20.75 -> 21; 7 (weight 0) skipped */
	v.value = 21, v.n = 3, v.skipped = 1, v.weight_sum = 8;
	every_order(&WMEAN, in, 6, ROLLUP_OK, &v);
	/* last: period 3 holds -4 and 7; 10 (Q2) and 30 (Q1) skipped */
	memset(&v, 0, sizeof(v));
	v.has_value = 1, v.value = 3, v.n = 2, v.skipped = 2;
	v.last_period = 3;
	every_order(&LAST, in, 6, ROLLUP_OK, &v);
	/* ratio: 34/53 = 64.15.. % -> 642; the value 9 skipped */
	memset(&v, 0, sizeof(v));
	v.has_value = 1, v.value = 642, v.n = 4, v.skipped = 1;
	v.num = 34, v.den = 53;
	every_order(&PCT1, rat, 6, ROLLUP_OK, &v);
}

static void
overflow_verdict_is_independent_of_input_order(void **state)
{
	struct rollup_input	 fits[] = { VAL(INT64_MAX, 1), VAL(INT64_MAX, 1),
				    VAL(INT64_MIN, 1), VAL(INT64_MIN, 1),
				    VAL(5, 1) };
	struct rollup_input	 over[] = { VAL(INT64_MAX, 1), VAL(INT64_MAX, 1),
				    VAL(INT64_MIN, 1), VAL(2, 1) };
	struct rollup_input	 weights[] = { WVAL(1, INT64_MAX, 1),
				    WVAL(1, 1, 1), WVAL(1, -INT64_MAX, 1) };
	struct rollup_value	 v, none;

	(void)state;
	memset(&v, 0, sizeof(v));
	memset(&none, 0, sizeof(none));
	/* -2 + 5 = 3, through partial sums far outside int64 */
	v.has_value = 1, v.value = 3, v.n = 5;
	every_order(&SUM, fits, 5, ROLLUP_OK, &v);
	/* 2^63 - 2 + 2 = 2^63: one past INT64_MAX */
	every_order(&SUM, over, 4, ROLLUP_ERANGE, &none);
	/* the negative weight is skipped, never offsets the sum */
	every_order(&WMEAN, weights, 3, ROLLUP_ERANGE, &none);
}

static void
ytd_sums_the_periods_through_the_quarter(void **state)
{
	struct rollup_input	 in[] = { VAL(10, 1), VAL(20, 2), VAL(30, 3),
				    VAL(40, 4) };
	struct rollup_value	 v;

	(void)state;
	assert_int_equal(rollup_ytd(&SUM, in, 4, 1, &v), ROLLUP_OK);
	assert_int_equal(v.value, 10);
	assert_int_equal(rollup_ytd(&SUM, in, 4, 3, &v), ROLLUP_OK);
	assert_int_equal(v.value, 60);
	assert_int_equal(v.n, 3);
	assert_int_equal(rollup_ytd(&SUM, in, 4, 4, &v), ROLLUP_OK);
	assert_int_equal(v.value, 100);
}

static void
ytd_with_a_missing_quarter_sums_what_is_there(void **state)
{
	struct rollup_input	 in[] = { VAL(10, 1), MISSING(2), VAL(30, 3) };
	struct rollup_value	 v;

	(void)state;
	assert_int_equal(rollup_ytd(&SUM, in, 3, 3, &v), ROLLUP_OK);
	assert_int_equal(v.value, 40);
	assert_int_equal(v.n, 2);
	assert_int_equal(rollup_ytd(&SUM, in, 3, 0, &v), ROLLUP_OK);
	assert_no_data(&v);
}

static void
ytd_of_ratio_mean_and_last(void **state)
{
	struct rollup_input	 rat[] = { RAT(1, 10, 1), RAT(4, 10, 2),
				    RAT(10, 10, 3) };
	struct rollup_input	 mean[] = { WVAL(100, 1, 1), WVAL(200, 3, 2),
				    WVAL(900, 9, 3) };
	struct rollup_input	 last[] = { VAL(5, 1), VAL(7, 2), VAL(9, 4) };
	struct rollup_value	 v;

	(void)state;
	/* (1 + 4) / (10 + 10) = 25 %, not the mean of 10 % and 40 % */
	assert_int_equal(rollup_ytd(&PCT0, rat, 3, 2, &v), ROLLUP_OK);
	assert_int_equal(v.value, 25);
	/* (100 + 600) / 4 = 175 */
	assert_int_equal(rollup_ytd(&WMEAN, mean, 3, 2, &v), ROLLUP_OK);
	assert_int_equal(v.value, 175);
	/* the latest value through Q3 is Q2's */
	assert_int_equal(rollup_ytd(&LAST, last, 3, 3, &v), ROLLUP_OK);
	assert_int_equal(v.value, 7);
	assert_int_equal(v.last_period, 2);
}

static void
cumulative_indicator_is_judged_year_to_date(void **state)
{
	struct rollup_input	 in[] = { VAL(10, 1), VAL(20, 2), VAL(30, 3) };
	struct rollup_value	 v;

	(void)state;
	/* YTD Q3 = 60; YTD target 70 at 10 %: allowance 7, 10 short. */
	assert_int_equal(rollup_period_value(&CUMSUM, in, 3, 3, &v),
	    ROLLUP_OK);
	assert_int_equal(v.value, 60);
	assert_int_equal(status_of(v.value, v.has_value, 70, 1, DIR_UP, 1000),
	    STATUS_OFF_TRACK);
	/* YTD target 65: allowance 6.5, 5 short. */
	assert_int_equal(status_of(v.value, v.has_value, 65, 1, DIR_UP, 1000),
	    STATUS_AT_RISK);
	/* Per period: Q3 alone is 30 against its own target 30. */
	assert_int_equal(rollup_period_value(&SUM, in, 3, 3, &v), ROLLUP_OK);
	assert_int_equal(v.value, 30);
	assert_int_equal(v.n, 1);
	assert_int_equal(status_of(v.value, v.has_value, 30, 1, DIR_UP, 1000),
	    STATUS_ON_TRACK);
}

static void
per_period_value_does_not_fall_back_to_earlier_periods(void **state)
{
	struct rollup_input	 in[] = { VAL(5, 1), VAL(7, 2) };
	struct rollup_value	 v;

	(void)state;
	assert_int_equal(rollup_period_value(&LAST, in, 2, 3, &v), ROLLUP_OK);
	assert_no_data(&v);
	assert_int_equal(rollup_period_value(&LAST, in, 2, 1, &v), ROLLUP_OK);
	assert_int_equal(v.value, 5);
}

static void
finance_part_counts_only_the_amounts_present(void **state)
{
	struct finance	 f = rollup_finance_part(100, 400, 0, 999, 1, 380);

	(void)state;
	assert_int_equal(f.n, 1);
	assert_int_equal(f.has_realised, 0);
	assert_int_equal(f.realised, 0);
	assert_int_equal(f.budget_realised, 0);
	assert_int_equal(f.has_forecast, 1);
	assert_int_equal(f.forecast, 380);
	assert_int_equal(f.year_budget_forecast, 400);
}

static void
finance_missing_realised_is_not_zero_spent(void **state)
{
	struct finance		 t = { 0 }, a, b;
	struct cost_status	 c;

	(void)state;
	a = rollup_finance_part(100000, 400000, 1, 120000, 0, 0);
	b = rollup_finance_part(100000, 400000, 0, 0, 0, 0);
	assert_int_equal(rollup_finance_add(&t, &a), ROLLUP_OK);
	assert_int_equal(rollup_finance_add(&t, &b), ROLLUP_OK);
	assert_int_equal(t.budget, 100000);	/* A's alone: like with like */
	assert_int_equal(t.year_budget, 800000);
	assert_int_equal(t.n, 2);
	assert_int_equal(t.n_realised, 1);
	/* A's budget against A's realisation: +20,000 (+20 %), not -80,000. */
	assert_int_equal(rollup_finance_deviation(&t, 1000, 0, &c), 1);
	assert_int_equal(c.deviation_cents, 20000);
	assert_int_equal(c.deviation_bp, 2000);
	assert_int_equal(c.needs_explanation, 1);
	/* No forecast anywhere: no forecast deviation. */
	assert_int_equal(rollup_finance_forecast_deviation(&t, 0, 0, &c), 0);
	assert_int_equal(c.deviation_cents, 0);
}

static void
finance_forecast_is_judged_against_the_year_budget(void **state)
{
	struct finance		 t = { 0 }, p;
	struct cost_status	 c;

	(void)state;
	/* Q1: budget so far EUR 250,000 of EUR 1,000,000 for the year. */
	p = rollup_finance_part(25000000, 100000000, 0, 0, 1, 110000000);
	assert_int_equal(rollup_finance_add(&t, &p), ROLLUP_OK);
	assert_int_equal(rollup_finance_deviation(&t, 1000, 2500000, &c), 0);
	assert_int_equal(rollup_finance_forecast_deviation(&t, 1000, 2500000,
	    &c), 1);
	assert_int_equal(c.deviation_cents, 10000000);	/* not 85,000,000 */
	assert_int_equal(c.deviation_bp, 1000);
	assert_int_equal(c.needs_explanation, 0);	/* exactly 10 % */
	p = rollup_finance_part(0, 0, 0, 0, 1, 1);	/* one cent more */
	assert_int_equal(rollup_finance_add(&t, &p), ROLLUP_OK);
	assert_int_equal(rollup_finance_forecast_deviation(&t, 1000, 2500000,
	    &c), 1);
	assert_int_equal(c.needs_explanation, 1);
}

static void
finance_totals_merge_like_parts(void **state)
{
	struct finance	 p[3], flat = { 0 }, sub = { 0 }, tree = { 0 };
	size_t		 i;

	(void)state;
	p[0] = rollup_finance_part(10, 40, 1, 12, 1, 45);
	p[1] = rollup_finance_part(20, 80, 0, 0, 1, 70);
	p[2] = rollup_finance_part(-5, -20, 1, -6, 0, 0);
	for (i = 0; i < 3; i++)
		assert_int_equal(rollup_finance_add(&flat, &p[i]), ROLLUP_OK);
	/* Team totals into a department, then the department on. */
	rollup_finance_add(&sub, &p[0]);
	rollup_finance_add(&sub, &p[1]);
	rollup_finance_add(&tree, &p[2]);
	rollup_finance_add(&tree, &sub);
	assert_finance_equal(&flat, &tree);
	assert_int_equal(flat.budget, 5);	/* p[1] has not reported */
	assert_int_equal(flat.realised, 6);
	assert_int_equal(flat.budget_realised, 5);
	assert_int_equal(flat.forecast, 115);
	assert_int_equal(flat.year_budget_forecast, 120);
	assert_int_equal(flat.n, 3);
	assert_int_equal(flat.n_forecast, 2);
}

/*
 * Programme 4 in 2014-Q3 of the demo: seven lines, three reported.  The
 * total's budget was the budget of all seven (EUR 49.98 M) beside the
 * realisation of three (EUR 3.41 M): a massive "underspend" that was not
 * there.  Budget, realised and deviation are over the same three lines;
 * the year budget is over all seven; a line without a cost row counts as
 * a line that has not reported.
 */
static void
finance_total_compares_reported_lines_only(void **state)
{
	struct finance		 t = { 0 }, p;
	struct cost_status	 c;
	static const int64_t	 unrep[][2] = {
		{ 478950000, 638600000 }, { 3708000000, 4944000000 },
		{ 401700000, 535600000 }, { 69525000, 92700000 } };
	size_t			 i;

	(void)state;
	for (i = 0; i < 4; i++) {
		p = rollup_finance_part(unrep[i][0], unrep[i][1], 0, 0, 0, 0);
		assert_int_equal(p.budget, 0);
		assert_int_equal(rollup_finance_add(&t, &p), ROLLUP_OK);
	}
	p = rollup_finance_part(200850000, 267800000, 1, 201773910, 1,
	    268764080);
	assert_int_equal(rollup_finance_add(&t, &p), ROLLUP_OK);
	p = rollup_finance_part(54075000, 72100000, 1, 56221778, 1, 74385570);
	assert_int_equal(rollup_finance_add(&t, &p), ROLLUP_OK);
	p = rollup_finance_part(84975000, 113300000, 1, 82578705, 1,
	    110750750);
	assert_int_equal(rollup_finance_add(&t, &p), ROLLUP_OK);
	/* No cost row at all: only its year budget. */
	p = rollup_finance_part(0, 100000000, 0, 0, 0, 0);
	assert_int_equal(rollup_finance_add(&t, &p), ROLLUP_OK);
	assert_int_equal(t.n, 8);
	assert_int_equal(t.n_realised, 3);
	assert_int_equal(t.budget, 339900000);
	assert_int_equal(t.budget, t.budget_realised);
	assert_int_equal(t.realised, 340574393);
	assert_int_equal(t.year_budget, 6764100000);
	assert_int_equal(rollup_finance_deviation(&t, 1000, 2500000, &c), 1);
	assert_int_equal(c.deviation_cents, 340574393 - 339900000);
	assert_int_equal(c.deviation_bp, 20);		/* +0.2 % */
	/* The forecast against the year budget of the same three lines. */
	assert_int_equal(t.year_budget_forecast, 453200000);
	assert_int_equal(rollup_finance_forecast_deviation(&t, 1000, 2500000,
	    &c), 1);
	assert_int_equal(c.deviation_cents, 453900400 - 453200000);
}

static void
finance_overflow_is_erange_and_leaves_the_total(void **state)
{
	struct finance	 t = { 0 }, before, p;

	(void)state;
	p = rollup_finance_part(INT64_MAX, 0, 1, 1, 0, 0);
	assert_int_equal(rollup_finance_add(&t, &p), ROLLUP_OK);
	before = t;
	p = rollup_finance_part(0, 0, 1, INT64_MAX, 0, 0);
	assert_int_equal(rollup_finance_add(&t, &p), ROLLUP_ERANGE);
	assert_finance_equal(&t, &before);
	p = rollup_finance_part(1, 0, 1, 0, 0, 0);
	assert_int_equal(rollup_finance_add(&t, &p), ROLLUP_ERANGE);
	assert_finance_equal(&t, &before);
	assert_int_equal(t.n, 1);
}

static void
trend_of_statuses_worse_is_higher(void **state)
{
	(void)state;
	assert_int_equal(rollup_trend_status(STATUS_ON_TRACK, STATUS_AT_RISK),
	    TREND_WORSE);
	assert_int_equal(rollup_trend_status(STATUS_OFF_TRACK,
	    STATUS_ON_TRACK), TREND_BETTER);
	assert_int_equal(rollup_trend_status(STATUS_AT_RISK, STATUS_AT_RISK),
	    TREND_SAME);
	assert_int_equal(rollup_trend_status(STATUS_NO_DATA, STATUS_ON_TRACK),
	    TREND_NONE);
	assert_int_equal(rollup_trend_status(STATUS_OFF_TRACK,
	    STATUS_NO_DATA), TREND_NONE);
	assert_int_equal(rollup_trend_status(STATUS_ON_TRACK, STATUS__MAX),
	    TREND_NONE);
}

static void
trend_of_values_follows_the_direction(void **state)
{
	(void)state;
	assert_int_equal(rollup_trend_value(10, 1, 12, 1, DIR_UP), TREND_BETTER);
	assert_int_equal(rollup_trend_value(10, 1, 12, 1, DIR_DOWN),
	    TREND_WORSE);
	assert_int_equal(rollup_trend_value(12, 1, 10, 1, DIR_DOWN),
	    TREND_BETTER);
	assert_int_equal(rollup_trend_value(-5, 1, -3, 1, DIR_UP), TREND_BETTER);
	assert_int_equal(rollup_trend_value(7, 1, 7, 1, DIR_UP), TREND_SAME);
	assert_int_equal(rollup_trend_value(0, 0, 7, 1, DIR_UP), TREND_NONE);
	assert_int_equal(rollup_trend_value(7, 1, 0, 0, DIR_UP), TREND_NONE);
	assert_int_equal(rollup_trend_value(1, 1, 2, 1, (enum direction)9),
	    TREND_NONE);
}

static void
trend_names_are_the_stable_api_keys(void **state)
{
	(void)state;
	assert_string_equal(rollup_trend_name(TREND_NONE), "none");
	assert_string_equal(rollup_trend_name(TREND_SAME), "same");
	assert_string_equal(rollup_trend_name(TREND_BETTER), "better");
	assert_string_equal(rollup_trend_name(TREND_WORSE), "worse");
	assert_null(rollup_trend_name(TREND__MAX));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sum_adds_the_values_present),
		cmocka_unit_test(sum_skips_missing_values_never_zero),
		cmocka_unit_test(no_figures_with_data_is_no_data_for_every_aggregation),
		cmocka_unit_test(sum_of_negative_values_is_signed),
		cmocka_unit_test(sum_is_exact_when_partial_sums_leave_int64),
		cmocka_unit_test(sum_outside_int64_is_erange),
		cmocka_unit_test(mean_is_weighted_by_the_named_weight),
		cmocka_unit_test(mean_rounds_half_away_from_zero),
		cmocka_unit_test(mean_skips_figures_without_a_usable_weight),
		cmocka_unit_test(mean_with_no_usable_weight_is_no_data_not_a_plain_mean),
		cmocka_unit_test(unweighted_mean_ignores_the_weights),
		cmocka_unit_test(mean_of_extreme_values_and_weights_is_exact),
		cmocka_unit_test(mean_whose_weights_leave_int64_is_erange),
		cmocka_unit_test(last_takes_the_latest_period),
		cmocka_unit_test(last_sums_the_units_at_the_latest_period),
		cmocka_unit_test(last_ignores_a_later_period_without_value),
		cmocka_unit_test(ratio_is_the_ratio_of_sums_not_the_mean_of_ratios),
		cmocka_unit_test(ratio_is_scaled_by_factor_and_decimals_and_rounded),
		cmocka_unit_test(ratio_components_in_the_same_scale_cancel),
		cmocka_unit_test(ratio_with_zero_denominator_is_no_data),
		cmocka_unit_test(ratio_skips_figures_without_both_components),
		cmocka_unit_test(ratio_near_int64_limits_is_exact_or_erange),
		cmocka_unit_test(bad_rules_and_arguments_are_einval),
		cmocka_unit_test(every_aggregation_is_independent_of_input_order),
		cmocka_unit_test(overflow_verdict_is_independent_of_input_order),
		cmocka_unit_test(ytd_sums_the_periods_through_the_quarter),
		cmocka_unit_test(ytd_with_a_missing_quarter_sums_what_is_there),
		cmocka_unit_test(ytd_of_ratio_mean_and_last),
		cmocka_unit_test(cumulative_indicator_is_judged_year_to_date),
		cmocka_unit_test(per_period_value_does_not_fall_back_to_earlier_periods),
		cmocka_unit_test(finance_part_counts_only_the_amounts_present),
		cmocka_unit_test(finance_missing_realised_is_not_zero_spent),
		cmocka_unit_test(finance_forecast_is_judged_against_the_year_budget),
		cmocka_unit_test(finance_totals_merge_like_parts),
		cmocka_unit_test(finance_total_compares_reported_lines_only),
		cmocka_unit_test(finance_overflow_is_erange_and_leaves_the_total),
		cmocka_unit_test(trend_of_statuses_worse_is_higher),
		cmocka_unit_test(trend_of_values_follows_the_direction),
		cmocka_unit_test(trend_names_are_the_stable_api_keys),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
