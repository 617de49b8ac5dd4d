/*
 * test_status.c: a figure against its target, a cost against its budget,
 * the rounding division, and the summary of many statuses.  Every expected
 * value is computed by hand in the comment beside it.
 */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "model.h"
#include "status.h"

#define UP	DIR_UP
#define DOWN	DIR_DOWN
#define ON	STATUS_ON_TRACK
#define RISK	STATUS_AT_RISK
#define OFF	STATUS_OFF_TRACK
#define NODATA	STATUS_NO_DATA

/* Judge a present value against a present target. */
static enum status
judge(int64_t value, int64_t target, enum direction dir, int bp)
{
	return status_of(value, 1, target, 1, dir, bp);
}

/* One look per status, decided in status.c: shape, word key, class. */
static void
each_status_has_one_look_shape_word_and_class(void **state)
{
	static const char *const icons[STATUS__MAX] = {
		"\xe2\x97\x8b", "\xe2\x97\x8f", "\xe2\x96\xb2", "\xe2\x9c\x96"
	};	/* ○ ● ▲ ✖: never ■ for off track */
	static const char *const keys[STATUS__MAX] = {
		"T_STATUS_NO_DATA", "T_STATUS_ON_TRACK", "T_STATUS_AT_RISK",
		"T_STATUS_OFF_TRACK"
	};
	char	css[32];
	int	s;

	(void)state;
	for (s = 0; s < STATUS__MAX; s++) {
		const struct status_look *l = status_look((enum status)s);

		assert_string_equal(l->icon, icons[s]);
		assert_string_equal(l->key, keys[s]);
		snprintf(css, sizeof(css), "status-%s", status_name((enum status)s));
		assert_string_equal(l->css, css);
	}
	assert_ptr_equal(status_look(STATUS__MAX), status_look(STATUS_NO_DATA));
	assert_ptr_equal(status_look((enum status)-1), status_look(STATUS_NO_DATA));
}

static void
status_names_are_the_stable_api_keys(void **state)
{
	(void)state;
	assert_string_equal(status_name(STATUS_NO_DATA), "no_data");
	assert_string_equal(status_name(STATUS_ON_TRACK), "on_track");
	assert_string_equal(status_name(STATUS_AT_RISK), "at_risk");
	assert_string_equal(status_name(STATUS_OFF_TRACK), "off_track");
	assert_null(status_name(STATUS__MAX));
	assert_null(status_name((enum status)-1));
}

static void
status_from_name_parses_every_key_and_refuses_others(void **state)
{
	enum status	 s, i;

	(void)state;
	for (i = STATUS_NO_DATA; i < STATUS__MAX; i++) {
		s = STATUS__MAX;
		assert_int_equal(status_from_name(status_name(i), &s), 1);
		assert_int_equal(s, i);
	}
	s = STATUS_AT_RISK;
	assert_int_equal(status_from_name("On_track", &s), 0);
	assert_int_equal(status_from_name("off_track ", &s), 0);
	assert_int_equal(status_from_name("", &s), 0);
	assert_int_equal(status_from_name(NULL, &s), 0);
	assert_int_equal(s, STATUS_AT_RISK);
}

static void
worse_status_compares_higher_and_no_data_lowest(void **state)
{
	(void)state;
	assert_true(STATUS_NO_DATA < STATUS_ON_TRACK);
	assert_true(STATUS_ON_TRACK < STATUS_AT_RISK);
	assert_true(STATUS_AT_RISK < STATUS_OFF_TRACK);
	assert_int_equal(STATUS__MAX, 4);
}

static void
missing_value_or_target_is_no_data_never_zero(void **state)
{
	(void)state;
	/* 0 against target 0 would be on track: missing must not be 0. */
	assert_int_equal(status_of(0, 0, 0, 1, UP, 1000), NODATA);
	assert_int_equal(status_of(0, 1, 0, 0, UP, 1000), NODATA);
	assert_int_equal(status_of(0, 0, 0, 0, DOWN, 1000), NODATA);
	assert_int_equal(status_of(5, 0, 100, 1, DOWN, 1000), NODATA);
	assert_int_equal(status_of(5, 1, 100, 0, DOWN, 1000), NODATA);
}

static void
up_on_or_above_target_is_on_track(void **state)
{
	(void)state;
	assert_int_equal(judge(1000, 1000, UP, 1000), ON);
	assert_int_equal(judge(1001, 1000, UP, 1000), ON);
	assert_int_equal(judge(INT64_MAX, 1000, UP, 0), ON);
}

static void
up_below_target_within_tolerance_is_at_risk_beyond_off_track(void **state)
{
	(void)state;
	/* Target 1000, 10 %: allowance 100. */
	assert_int_equal(judge(999, 1000, UP, 1000), RISK);
	assert_int_equal(judge(900, 1000, UP, 1000), RISK);	/* exactly */
	assert_int_equal(judge(899, 1000, UP, 1000), OFF);	/* one beyond */
}

static void
down_on_or_below_target_is_on_track_above_is_judged(void **state)
{
	(void)state;
	/* Lower is better, target 1000, 10 %: allowance 100. */
	assert_int_equal(judge(1000, 1000, DOWN, 1000), ON);
	assert_int_equal(judge(900, 1000, DOWN, 1000), ON);
	assert_int_equal(judge(1001, 1000, DOWN, 1000), RISK);
	assert_int_equal(judge(1100, 1000, DOWN, 1000), RISK);	/* exactly */
	assert_int_equal(judge(1101, 1000, DOWN, 1000), OFF);	/* one beyond */
}

static void
fractional_allowance_is_compared_exactly_not_rounded(void **state)
{
	(void)state;
	/* Target 12.55 (decimals 2), 10 %: allowance 125.5 scaled units.
	 * Deviation 125 is within, 126 beyond: an allowance rounded to 126
	 * would wrongly call 126 at risk. */
	assert_int_equal(judge(1130, 1255, UP, 1000), RISK);
	assert_int_equal(judge(1129, 1255, UP, 1000), OFF);
	assert_int_equal(judge(1380, 1255, DOWN, 1000), RISK);
	assert_int_equal(judge(1381, 1255, DOWN, 1000), OFF);
	/* 3 % of 50: allowance 1.5; rounded to 2 it would pass 48. */
	assert_int_equal(judge(49, 50, UP, 300), RISK);
	assert_int_equal(judge(48, 50, UP, 300), OFF);
}

static void
zero_tolerance_makes_any_wrong_side_value_off_track(void **state)
{
	(void)state;
	assert_int_equal(judge(1000, 1000, UP, 0), ON);
	assert_int_equal(judge(999, 1000, UP, 0), OFF);
	assert_int_equal(judge(1001, 1000, DOWN, 0), OFF);
}

static void
negative_tolerance_counts_as_zero(void **state)
{
	(void)state;
	assert_int_equal(judge(999, 1000, UP, -5), OFF);
	assert_int_equal(judge(1000, 1000, UP, -5), ON);
}

static void
full_tolerance_allows_the_whole_target(void **state)
{
	(void)state;
	/* 100 %: allowance 1000. */
	assert_int_equal(judge(0, 1000, UP, 10000), RISK);
	assert_int_equal(judge(-1, 1000, UP, 10000), OFF);
	assert_int_equal(judge(2000, 1000, DOWN, 10000), RISK);
	assert_int_equal(judge(2001, 1000, DOWN, 10000), OFF);
}

static void
target_zero_any_wrong_side_deviation_is_off_track(void **state)
{
	(void)state;
	/* Allowance is 0 % of 0 = 0, whatever the tolerance. */
	assert_int_equal(judge(0, 0, UP, 10000), ON);
	assert_int_equal(judge(1, 0, UP, 10000), ON);
	assert_int_equal(judge(-1, 0, UP, 10000), OFF);
	assert_int_equal(judge(0, 0, DOWN, 10000), ON);
	assert_int_equal(judge(-5, 0, DOWN, 10000), ON);
	assert_int_equal(judge(1, 0, DOWN, 10000), OFF);
}

static void
negative_target_takes_tolerance_of_its_magnitude(void **state)
{
	(void)state;
	/* A saldo: target -10.00 (decimals 2), higher is better, 10 %:
	 * allowance 10 % of |-1000| = 100. */
	assert_int_equal(judge(-1000, -1000, UP, 1000), ON);
	assert_int_equal(judge(-500, -1000, UP, 1000), ON);
	assert_int_equal(judge(500, -1000, UP, 1000), ON);
	assert_int_equal(judge(-1100, -1000, UP, 1000), RISK);
	assert_int_equal(judge(-1101, -1000, UP, 1000), OFF);
	/* Lower is better: -900 is 100 on the wrong side. */
	assert_int_equal(judge(-2000, -1000, DOWN, 1000), ON);
	assert_int_equal(judge(-900, -1000, DOWN, 1000), RISK);
	assert_int_equal(judge(-899, -1000, DOWN, 1000), OFF);
}

static void
negative_value_against_positive_target(void **state)
{
	(void)state;
	/* Target 100, 100 %: allowance 100, so 0 is within, -1 not. */
	assert_int_equal(judge(0, 100, UP, 10000), RISK);
	assert_int_equal(judge(-1, 100, UP, 10000), OFF);
}

static void
extreme_values_are_judged_without_overflow(void **state)
{
	(void)state;
	/* Deviation 2^64 - 1 does not fit int64; allowance INT64_MAX. */
	assert_int_equal(judge(INT64_MIN, INT64_MAX, UP, 10000), OFF);
	/* Deviation exactly INT64_MAX = allowance: at risk; one more: off. */
	assert_int_equal(judge(0, INT64_MAX, UP, 10000), RISK);
	assert_int_equal(judge(-1, INT64_MAX, UP, 10000), OFF);
	/* |INT64_MIN| = 2^63 is the allowance; deviation 2^63 is within. */
	assert_int_equal(judge(0, INT64_MIN, DOWN, 10000), RISK);
	assert_int_equal(judge(1, INT64_MIN, DOWN, 10000), OFF);
	assert_int_equal(judge(INT64_MAX, INT64_MIN, DOWN, 10000), OFF);
	assert_int_equal(judge(INT64_MIN, INT64_MIN, DOWN, 0), ON);
	assert_int_equal(judge(INT64_MAX, INT64_MIN, UP, 0), ON);
	/* Tolerance above 100 % still multiplies exactly. */
	assert_int_equal(judge(INT64_MIN, INT64_MAX, UP, INT_MAX), RISK);
}

static void
unknown_direction_is_no_data(void **state)
{
	(void)state;
	assert_int_equal(judge(5, 10, (enum direction)7, 1000), NODATA);
}

static void
round_div_rounds_half_away_from_zero(void **state)
{
	int64_t	 q;

	(void)state;
	assert_int_equal(status_round_div(5, 2, &q), 1);
	assert_int_equal(q, 3);				/* 2.5 */
	assert_int_equal(status_round_div(-5, 2, &q), 1);
	assert_int_equal(q, -3);			/* -2.5 */
	assert_int_equal(status_round_div(5, -2, &q), 1);
	assert_int_equal(q, -3);
	assert_int_equal(status_round_div(-5, -2, &q), 1);
	assert_int_equal(q, 3);
	assert_int_equal(status_round_div(7, 3, &q), 1);
	assert_int_equal(q, 2);				/* 2.33 */
	assert_int_equal(status_round_div(-8, 3, &q), 1);
	assert_int_equal(q, -3);			/* -2.67 */
	assert_int_equal(status_round_div(-1, 3, &q), 1);
	assert_int_equal(q, 0);				/* -0.33 */
	assert_int_equal(status_round_div(0, -5, &q), 1);
	assert_int_equal(q, 0);
}

static void
round_div_refuses_zero_and_saturates_outside_int64(void **state)
{
	int64_t	 q;

	(void)state;
	q = 42;
	assert_int_equal(status_round_div(7, 0, &q), 0);
	assert_int_equal(q, 0);
	assert_int_equal(status_round_div(INT64_MIN, 1, &q), 1);
	assert_true(q == INT64_MIN);
	assert_int_equal(status_round_div((__int128)INT64_MAX + 1, 1, &q), 0);
	assert_true(q == INT64_MAX);
	assert_int_equal(status_round_div((__int128)INT64_MIN - 1, 1, &q), 0);
	assert_true(q == INT64_MIN);
	/* (2^64 - 1) / 2 = 2^63 - 0.5 rounds to 2^63: too big ... */
	assert_int_equal(status_round_div(((__int128)1 << 64) - 1, 2, &q), 0);
	assert_true(q == INT64_MAX);
	/* ... but its negative rounds to -2^63, which fits. */
	assert_int_equal(status_round_div(1 - ((__int128)1 << 64), 2, &q), 1);
	assert_true(q == INT64_MIN);
}

static void
cost_on_budget_needs_no_explanation(void **state)
{
	struct cost_status	 c;

	(void)state;
	c = status_cost(100000000, 100000000, 0, 0);
	assert_int_equal(c.deviation_cents, 0);
	assert_int_equal(c.has_bp, 1);
	assert_int_equal(c.deviation_bp, 0);
	assert_int_equal(c.needs_explanation, 0);
}

static void
cost_over_and_under_spending_over_both_thresholds_need_explanation(void **state)
{
	struct cost_status	 c;

	(void)state;
	/* Budget EUR 1,000,000; EUR 110,000 over: 11 %. */
	c = status_cost(100000000, 111000000, 1000, 2500000);
	assert_int_equal(c.deviation_cents, 11000000);
	assert_int_equal(c.deviation_bp, 1100);
	assert_int_equal(c.needs_explanation, 1);
	/* EUR 110,000 under: -11 %, needs it as well. */
	c = status_cost(100000000, 89000000, 1000, 2500000);
	assert_true(c.deviation_cents == -11000000);
	assert_true(c.deviation_bp == -1100);
	assert_int_equal(c.needs_explanation, 1);
}

static void
cost_percentage_threshold_is_strictly_above_and_exact(void **state)
{
	struct cost_status	 c;

	(void)state;
	/* Exactly 10.00 %: not above, no explanation. */
	c = status_cost(100000000, 110000000, 1000, 2500000);
	assert_int_equal(c.deviation_bp, 1000);
	assert_int_equal(c.needs_explanation, 0);
	/* One cent more is 10.000001 %: shown as 1000 bp, but above. */
	c = status_cost(100000000, 110000001, 1000, 2500000);
	assert_int_equal(c.deviation_bp, 1000);
	assert_int_equal(c.needs_explanation, 1);
	c = status_cost(100000000, 89999999, 1000, 2500000);
	assert_int_equal(c.needs_explanation, 1);
}

static void
cost_amount_threshold_is_at_least(void **state)
{
	struct cost_status	 c;

	(void)state;
	/* Budget EUR 100,000: 25 % over, but one cent under EUR 25,000. */
	c = status_cost(10000000, 12499999, 1000, 2500000);
	assert_int_equal(c.deviation_bp, 2500);		/* 2499.999 */
	assert_int_equal(c.needs_explanation, 0);
	c = status_cost(10000000, 12500000, 1000, 2500000);
	assert_int_equal(c.needs_explanation, 1);
	c = status_cost(10000000, 7500000, 1000, 2500000);
	assert_int_equal(c.needs_explanation, 1);
	c = status_cost(10000000, 7500001, 1000, 2500000);
	assert_int_equal(c.needs_explanation, 0);
}

static void
cost_with_zero_budget_has_no_percentage(void **state)
{
	struct cost_status	 c;

	(void)state;
	c = status_cost(0, 5000000, 1000, 2500000);
	assert_int_equal(c.has_bp, 0);
	assert_int_equal(c.deviation_bp, 0);
	assert_int_equal(c.deviation_cents, 5000000);
	assert_int_equal(c.needs_explanation, 1);
	c = status_cost(0, 100, 1000, 2500000);		/* under the amount */
	assert_int_equal(c.needs_explanation, 0);
	c = status_cost(0, 0, 0, 0);
	assert_int_equal(c.has_bp, 0);
	assert_int_equal(c.needs_explanation, 0);
}

static void
cost_deviation_bp_rounds_half_away_from_zero(void **state)
{
	(void)state;
	/* 1 cent of 200 euro is 0.5 bp. */
	assert_int_equal(status_cost(20000, 20001, 0, 0).deviation_bp, 1);
	assert_true(status_cost(20000, 19999, 0, 0).deviation_bp == -1);
	/* 1/3 = 3333.33 bp, 2/3 = 6666.67 bp. */
	assert_int_equal(status_cost(3, 4, 0, 0).deviation_bp, 3333);
	assert_int_equal(status_cost(3, 5, 0, 0).deviation_bp, 6667);
	assert_true(status_cost(3, 1, 0, 0).deviation_bp == -6667);
}

static void
cost_negative_budget_takes_percentage_of_its_magnitude(void **state)
{
	struct cost_status	 c;

	(void)state;
	/* Income (baten) entered negative: -12,000 against -10,000. */
	c = status_cost(-1000000, -1200000, 1000, 0);
	assert_true(c.deviation_cents == -200000);
	assert_true(c.deviation_bp == -2000);
	assert_int_equal(c.needs_explanation, 1);
}

static void
cost_negative_thresholds_count_as_zero(void **state)
{
	(void)state;
	assert_int_equal(status_cost(100, 101, -5, -5).needs_explanation, 1);
	assert_int_equal(status_cost(100, 100, -5, -5).needs_explanation, 0);
}

static void
cost_extremes_decide_exactly_and_saturate_the_report(void **state)
{
	struct cost_status	 c;

	(void)state;
	/* Deviation 2^64 - 1; bp (2^64-1)*10^4/2^63 = 19999.99.. -> 20000. */
	c = status_cost(INT64_MIN, INT64_MAX, 10000, INT64_MAX);
	assert_true(c.deviation_cents == INT64_MAX);
	assert_int_equal(c.deviation_bp, 20000);
	assert_int_equal(c.needs_explanation, 1);
	/* -(2^64-1)*10^4/(2^63-1) = -20000.000.. */
	c = status_cost(INT64_MAX, INT64_MIN, 10000, INT64_MAX);
	assert_true(c.deviation_cents == INT64_MIN);
	assert_true(c.deviation_bp == -20000);
	/* 1 cent budget, INT64_MAX over: bp far outside int64. */
	c = status_cost(1, INT64_MAX, 0, 0);
	assert_true(c.deviation_cents == INT64_MAX - 1);
	assert_true(c.deviation_bp == INT64_MAX);
	assert_int_equal(c.needs_explanation, 1);
}

static void
counts_add_counts_each_status_and_refuses_unknown(void **state)
{
	struct status_counts	 c = { { 0 } };

	(void)state;
	assert_int_equal(status_counts_add(&c, NODATA), 1);
	assert_int_equal(status_counts_add(&c, OFF), 1);
	assert_int_equal(status_counts_add(&c, OFF), 1);
	assert_int_equal(status_counts_add(&c, RISK), 1);
	assert_int_equal(status_counts_add(&c, STATUS__MAX), 0);
	assert_int_equal(status_counts_add(&c, (enum status)-1), 0);
	assert_int_equal(c.n[NODATA], 1);
	assert_int_equal(c.n[ON], 0);
	assert_int_equal(c.n[RISK], 1);
	assert_int_equal(c.n[OFF], 2);
	assert_int_equal(status_counts_with_data(&c), 3);
}

static void
counts_merge_adds_the_children(void **state)
{
	struct status_counts	 a = { { 1, 2, 3, 4 } }, b = { { 10, 20, 30, 40 } };

	(void)state;
	status_counts_merge(&a, &b);
	assert_int_equal(a.n[NODATA], 11);
	assert_int_equal(a.n[ON], 22);
	assert_int_equal(a.n[RISK], 33);
	assert_int_equal(a.n[OFF], 44);
	assert_int_equal(b.n[OFF], 40);
}

/* Summary of on/at risk/off track counts, with no_data beside them. */
static enum status
summary(size_t nodata, size_t on, size_t risk, size_t off)
{
	struct status_counts	 c = { { nodata, on, risk, off } };

	return status_summary(&c);
}

static void
summary_without_indicators_with_data_is_no_data(void **state)
{
	(void)state;
	assert_int_equal(summary(0, 0, 0, 0), NODATA);
	assert_int_equal(summary(7, 0, 0, 0), NODATA);
}

static void
summary_does_not_count_indicators_without_data(void **state)
{
	(void)state;
	assert_int_equal(summary(5, 1, 0, 0), ON);
	assert_int_equal(summary(5, 0, 0, 1), OFF);
	assert_int_equal(summary(2, 2, 1, 0), RISK);
}

/* Issue 13: one off-track indicator makes its summary off track. */
static void
summary_one_off_track_indicator_makes_it_off_track(void **state)
{
	(void)state;
	assert_int_equal(summary(0, 2, 0, 1), OFF);
	assert_int_equal(summary(0, 3, 0, 1), OFF);	/* 1 of 4: was on track */
	assert_int_equal(summary(0, 7, 1, 2), OFF);	/* was on track */
	assert_int_equal(summary(0, 100, 50, 1), OFF);
}

/* At risk when nothing is off track and anything is at risk. */
static void
summary_one_at_risk_indicator_makes_it_at_risk(void **state)
{
	(void)state;
	assert_int_equal(summary(0, 3, 1, 0), RISK);	/* was on track */
	assert_int_equal(summary(0, 0, 5, 0), RISK);
	assert_int_equal(summary(3, 1000, 1, 0), RISK);
}

static void
summary_all_on_track_is_on_track(void **state)
{
	(void)state;
	assert_int_equal(summary(0, 1, 0, 0), ON);
	assert_int_equal(summary(9, 8, 0, 0), ON);
}

static void
summary_huge_counts_do_not_overflow(void **state)
{
	(void)state;
	assert_int_equal(summary(0, SIZE_MAX / 2, 0, SIZE_MAX / 2), OFF);
	assert_int_equal(summary(SIZE_MAX, SIZE_MAX, 0, 0), ON);
	assert_int_equal(summary(SIZE_MAX, SIZE_MAX, SIZE_MAX, 0), RISK);
}

/*
 * The summary does not depend on how the indicators are grouped: the goal
 * tree (performances under an effect) and the organisation tree give the
 * same status for the same indicators, and no summary is better than a
 * child shown under it (issue 13: Publiekszaken "op koers" over two
 * performances "uit koers").
 */
static void
summary_up_the_tree_is_never_better_than_a_child(void **state)
{
	struct status_counts	 perf_a = { { 0 } }, perf_b = { { 0 } };
	struct status_counts	 effect = { { 0 } };
	int			 i;

	(void)state;
	status_counts_add(&perf_a, ON);
	status_counts_add(&perf_a, ON);
	status_counts_add(&perf_a, OFF);
	assert_int_equal(status_summary(&perf_a), OFF);
	for (i = 0; i < 6; i++)
		status_counts_add(&perf_b, ON);
	assert_int_equal(status_summary(&perf_b), ON);
	status_counts_add(&effect, RISK);
	status_counts_merge(&effect, &perf_a);
	status_counts_merge(&effect, &perf_b);
	assert_int_equal(status_counts_with_data(&effect), 10);
	assert_true(status_summary(&effect) >= status_summary(&perf_a));
	assert_int_equal(status_summary(&effect), OFF);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(status_names_are_the_stable_api_keys),
		cmocka_unit_test(each_status_has_one_look_shape_word_and_class),
		cmocka_unit_test(status_from_name_parses_every_key_and_refuses_others),
		cmocka_unit_test(worse_status_compares_higher_and_no_data_lowest),
		cmocka_unit_test(missing_value_or_target_is_no_data_never_zero),
		cmocka_unit_test(up_on_or_above_target_is_on_track),
		cmocka_unit_test(up_below_target_within_tolerance_is_at_risk_beyond_off_track),
		cmocka_unit_test(down_on_or_below_target_is_on_track_above_is_judged),
		cmocka_unit_test(fractional_allowance_is_compared_exactly_not_rounded),
		cmocka_unit_test(zero_tolerance_makes_any_wrong_side_value_off_track),
		cmocka_unit_test(negative_tolerance_counts_as_zero),
		cmocka_unit_test(full_tolerance_allows_the_whole_target),
		cmocka_unit_test(target_zero_any_wrong_side_deviation_is_off_track),
		cmocka_unit_test(negative_target_takes_tolerance_of_its_magnitude),
		cmocka_unit_test(negative_value_against_positive_target),
		cmocka_unit_test(extreme_values_are_judged_without_overflow),
		cmocka_unit_test(unknown_direction_is_no_data),
		cmocka_unit_test(round_div_rounds_half_away_from_zero),
		cmocka_unit_test(round_div_refuses_zero_and_saturates_outside_int64),
		cmocka_unit_test(cost_on_budget_needs_no_explanation),
		cmocka_unit_test(cost_over_and_under_spending_over_both_thresholds_need_explanation),
		cmocka_unit_test(cost_percentage_threshold_is_strictly_above_and_exact),
		cmocka_unit_test(cost_amount_threshold_is_at_least),
		cmocka_unit_test(cost_with_zero_budget_has_no_percentage),
		cmocka_unit_test(cost_deviation_bp_rounds_half_away_from_zero),
		cmocka_unit_test(cost_negative_budget_takes_percentage_of_its_magnitude),
		cmocka_unit_test(cost_negative_thresholds_count_as_zero),
		cmocka_unit_test(cost_extremes_decide_exactly_and_saturate_the_report),
		cmocka_unit_test(counts_add_counts_each_status_and_refuses_unknown),
		cmocka_unit_test(counts_merge_adds_the_children),
		cmocka_unit_test(summary_without_indicators_with_data_is_no_data),
		cmocka_unit_test(summary_does_not_count_indicators_without_data),
		cmocka_unit_test(summary_one_off_track_indicator_makes_it_off_track),
		cmocka_unit_test(summary_one_at_risk_indicator_makes_it_at_risk),
		cmocka_unit_test(summary_all_on_track_is_on_track),
		cmocka_unit_test(summary_huge_counts_do_not_overflow),
		cmocka_unit_test(summary_up_the_tree_is_never_better_than_a_child),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
