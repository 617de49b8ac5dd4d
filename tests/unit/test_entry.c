/*
 * test_entry.c: validation of one figure and one cost line at the source:
 * number forms, range, decimals, status against the target, the rules for
 * explanation and measure, draft versus submit.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "entry.h"

/* "Percentage klanten binnen 10 minuten": 1 decimal, 0..100 %, up, 10 %. */
static struct entry_rule
rule_pct(void)
{
	struct entry_rule r;

	memset(&r, 0, sizeof(r));
	r.decimals = 1;
	r.has_min = r.has_max = 1;
	r.min_value = 0;
	r.max_value = 1000;
	r.direction = DIR_UP;
	r.tolerance_bp = 1000;
	r.aggregation = AGG_SUM;
	r.ratio_factor = 1;
	r.quarter = 3;
	r.has_target = 1;
	r.target = 800;		/* 80.0 */
	return r;
}

static const struct entry_msg *
msg_for(const struct entry_figure *f, const char *field)
{
	size_t i;

	for (i = 0; i < f->msgs.n; i++)
		if (strcmp(f->msgs.v[i].field, field) == 0)
			return &f->msgs.v[i];
	return NULL;
}

static void
dutch_and_english_forms_give_the_same_value(void **st)
{
	struct entry_rule	r = rule_pct();
	struct entry_text	t = { 0 };
	struct entry_figure	f;
	const char		*forms[] = { "81,5", "81.5", " 81,50 ", "81,5 %",
				    "+81.5" };
	size_t			i;

	(void)st;
	for (i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		t.value = forms[i];
		assert_true(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
		assert_true(f.has_value);
		assert_int_equal(f.value, 815);
		assert_int_equal(f.status, STATUS_ON_TRACK);
	}
	r.decimals = 0;
	r.has_max = 0;
	t.value = "1.234.567";
	assert_true(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_int_equal(f.value, 1234567);
	t.value = "1,234,567";
	assert_true(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_int_equal(f.value, 1234567);
}

static void
an_ambiguous_number_is_refused_with_what_was_understood(void **st)
{
	struct entry_rule	 r = rule_pct();
	struct entry_text	 t = { 0 };
	struct entry_figure	 f;
	const struct entry_msg	*m;

	(void)st;
	r.decimals = 3;
	r.has_max = 0;
	t.value = "1.234";
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_false(f.has_value);
	assert_non_null(m = msg_for(&f, "value"));
	assert_string_equal(m->key, "T_ENTRY_NUM_AMBIGUOUS");
	assert_string_equal(m->understood, "1.234 / 1234");
}

static void
unreadable_numbers_get_a_message_per_field_even_in_a_draft(void **st)
{
	struct entry_rule	 r = rule_pct();
	struct entry_text	 t = { 0 };
	struct entry_figure	 f;
	const struct entry_msg	*m;

	(void)st;
	t.value = "12 procent";
	t.forecast = "1e5";
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_int_equal(f.msgs.n, 2);
	assert_non_null(m = msg_for(&f, "value"));
	assert_string_equal(m->key, "T_ENTRY_NUM_SYNTAX");
	assert_non_null(m = msg_for(&f, "forecast"));
	assert_string_equal(m->key, "T_ENTRY_NUM_SYNTAX");
	t.value = "81,55";
	t.forecast = NULL;
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_non_null(m = msg_for(&f, "value"));
	assert_string_equal(m->key, "T_ENTRY_NUM_DECIMALS");
	assert_string_equal(m->understood, "81.55");
	t.value = "99999999999999999999";
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_string_equal(msg_for(&f, "value")->key, "T_ENTRY_NUM_RANGE");
}

static void
numbers_outside_the_range_are_refused_with_the_limit(void **st)
{
	struct entry_rule	 r = rule_pct();
	struct entry_text	 t = { 0 };
	struct entry_figure	 f;
	const struct entry_msg	*m;

	(void)st;
	t.value = "100,1";
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_non_null(m = msg_for(&f, "value"));
	assert_string_equal(m->key, "T_ENTRY_ABOVE_MAX");
	assert_string_equal(m->understood, "100.1");
	assert_string_equal(m->limit, "100.0");
	t.value = "100";
	assert_true(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	t.value = "0";
	assert_true(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	t.value = "-0,1";
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_string_equal(msg_for(&f, "value")->key, "T_ENTRY_BELOW_MIN");
	t.value = "50";
	t.forecast = "101";
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_string_equal(msg_for(&f, "forecast")->key, "T_ENTRY_ABOVE_MAX");
	assert_null(msg_for(&f, "value"));
}

static void
a_draft_keeps_incomplete_work(void **st)
{
	struct entry_rule	r = rule_pct();
	struct entry_text	t = { 0 };
	struct entry_figure	f;

	(void)st;
	assert_true(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_false(f.has_value);
	assert_int_equal(f.status, STATUS_NO_DATA);
	/* Off track with no explanation: fine in a draft. */
	t.value = "50";
	assert_true(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_int_equal(f.status, STATUS_OFF_TRACK);
	assert_string_equal(f.explanation, "");
}

static void
submit_demands_value_and_forecast(void **st)
{
	struct entry_rule	r = rule_pct();
	struct entry_text	t = { 0 };
	struct entry_figure	f;

	(void)st;
	assert_false(entry_check_figure(&r, &t, ENTRY_SUBMIT, &f));
	assert_string_equal(msg_for(&f, "value")->key, "T_ENTRY_REQUIRED");
	assert_string_equal(msg_for(&f, "forecast")->key, "T_ENTRY_REQUIRED");
	t.value = "85";
	t.forecast = "84";
	assert_true(entry_check_figure(&r, &t, ENTRY_SUBMIT, &f));
	assert_int_equal(f.status, STATUS_ON_TRACK);
}

static void
at_risk_needs_an_explanation_and_off_track_a_measure_too(void **st)
{
	struct entry_rule	r = rule_pct();
	struct entry_text	t = { 0 };
	struct entry_figure	f;

	(void)st;
	t.forecast = "80";
	/* 72.0 is exactly 10 % under 80.0: at risk. */
	t.value = "72";
	assert_false(entry_check_figure(&r, &t, ENTRY_SUBMIT, &f));
	assert_int_equal(f.status, STATUS_AT_RISK);
	assert_int_equal(f.msgs.n, 1);
	assert_string_equal(msg_for(&f, "explanation")->key,
	    "T_ENTRY_EXPLAIN_AT_RISK");
	t.explanation = "   ";
	assert_false(entry_check_figure(&r, &t, ENTRY_SUBMIT, &f));
	t.explanation = "Ziekte in het team.";
	assert_true(entry_check_figure(&r, &t, ENTRY_SUBMIT, &f));
	/* 71.9: off track, needs a measure as well. */
	t.value = "71,9";
	t.explanation = NULL;
	assert_false(entry_check_figure(&r, &t, ENTRY_SUBMIT, &f));
	assert_int_equal(f.status, STATUS_OFF_TRACK);
	assert_int_equal(f.msgs.n, 2);
	assert_string_equal(msg_for(&f, "explanation")->key,
	    "T_ENTRY_EXPLAIN_OFF_TRACK");
	assert_string_equal(msg_for(&f, "measure")->key,
	    "T_ENTRY_MEASURE_REQUIRED");
	t.explanation = "Ziekte.";
	t.measure = "Inhuur.";
	assert_true(entry_check_figure(&r, &t, ENTRY_SUBMIT, &f));
	/* Lower is better: 88 against 80 is off track. */
	r.direction = DIR_DOWN;
	t.value = "88,1";
	assert_true(entry_check_figure(&r, &t, ENTRY_SUBMIT, &f));
	assert_int_equal(f.status, STATUS_OFF_TRACK);
	t.measure = "";
	assert_false(entry_check_figure(&r, &t, ENTRY_SUBMIT, &f));
}

static void
no_target_means_no_data_and_no_explanation_needed(void **st)
{
	struct entry_rule	r = rule_pct();
	struct entry_text	t = { "5", "5", NULL, NULL, NULL, NULL, NULL };
	struct entry_figure	f;

	(void)st;
	r.has_target = 0;
	assert_true(entry_check_figure(&r, &t, ENTRY_SUBMIT, &f));
	assert_int_equal(f.status, STATUS_NO_DATA);
}

static void
a_cumulative_indicator_is_judged_year_to_date(void **st)
{
	struct entry_rule	r = rule_pct();
	struct entry_text	t = { 0 };
	struct entry_figure	f;
	struct rollup_input	e[2];

	(void)st;
	memset(e, 0, sizeof(e));
	r.decimals = 0;
	r.has_max = 0;
	r.cumulative = 1;
	r.target = 3000;	/* Q1..Q3 together */
	e[0].has_value = 1; e[0].value = 1000; e[0].period_index = 1;
	e[1].has_value = 1; e[1].value = 1000; e[1].period_index = 2;
	r.earlier = e;
	r.earliern = 2;
	t.value = "1000";
	t.forecast = "4000";
	assert_true(entry_check_figure(&r, &t, ENTRY_SUBMIT, &f));
	assert_int_equal(f.judged, 3000);
	assert_int_equal(f.status, STATUS_ON_TRACK);
	/* 500 this quarter is 2500 YTD: under 2700, off track. */
	t.value = "500";
	assert_false(entry_check_figure(&r, &t, ENTRY_SUBMIT, &f));
	assert_int_equal(f.judged, 2500);
	assert_int_equal(f.status, STATUS_OFF_TRACK);
	/* The same 500 on its own would be judged against 3000 per quarter. */
	r.cumulative = 0;
	assert_true(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_int_equal(f.judged, 500);
}

static void
a_ratio_is_computed_from_numerator_and_denominator(void **st)
{
	struct entry_rule	r = rule_pct();
	struct entry_text	t = { 0 };
	struct entry_figure	f;

	(void)st;
	r.aggregation = AGG_RATIO;
	r.ratio_factor = 100;
	t.numerator = "3135";
	t.denominator = "4040";
	t.forecast = "80";
	assert_false(entry_check_figure(&r, &t, ENTRY_SUBMIT, &f));
	assert_true(f.has_value);
	/* The parts are whole counts, unscaled (entry_num_decimals). */
	assert_int_equal(f.numerator, 3135);
	assert_int_equal(f.denominator, 4040);
	assert_int_equal(f.value, 776);	/* 77.6 % */
	assert_int_equal(f.status, STATUS_AT_RISK);
	t.denominator = "0";
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_string_equal(msg_for(&f, "denominator")->key,
	    "T_ENTRY_DENOMINATOR_POSITIVE");
	assert_false(f.has_value);
	/* More than 100 %: the range of the indicator still applies. */
	t.denominator = "3000";
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_string_equal(msg_for(&f, "numerator")->key, "T_ENTRY_ABOVE_MAX");
	t.numerator = NULL;
	t.denominator = NULL;
	t.value = "80";
	assert_false(entry_check_figure(&r, &t, ENTRY_SUBMIT, &f));
	assert_string_equal(msg_for(&f, "numerator")->key, "T_ENTRY_REQUIRED");
	assert_string_equal(msg_for(&f, "denominator")->key, "T_ENTRY_REQUIRED");
}

static void
ratio_parts_near_int64_max_get_a_field_error(void **st)
{
	struct entry_rule	r = rule_pct();
	struct entry_text	t = { 0 };
	struct entry_figure	f;

	(void)st;
	r.aggregation = AGG_RATIO;
	r.ratio_factor = 100;
	r.has_max = 0;
	/* Read fine by num_parse, but the rollups' sums would overflow. */
	t.numerator = "1";
	t.denominator = "9223372036854775807";
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_string_equal(msg_for(&f, "denominator")->key,
	    "T_ENTRY_NUM_RANGE");
	assert_string_equal(msg_for(&f, "denominator")->limit,
	    "1000000000000");
	assert_false(f.has_denominator);
	t.numerator = "9223372036854775";
	t.denominator = "9223372036854775";
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_string_equal(msg_for(&f, "numerator")->key, "T_ENTRY_NUM_RANGE");
	assert_string_equal(msg_for(&f, "denominator")->key,
	    "T_ENTRY_NUM_RANGE");
	/* The bound itself is fine, in every field. */
	t.numerator = "1000000000000";
	t.denominator = "1000000000000";
	assert_true(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_int_equal(f.value, 1000);
	r.aggregation = AGG_SUM;
	t.value = "-1000000000000,1";
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_string_equal(msg_for(&f, "value")->key, "T_ENTRY_NUM_RANGE");
}

static void
a_weighted_mean_needs_a_positive_weight(void **st)
{
	struct entry_rule	r = rule_pct();
	struct entry_text	t = { 0 };
	struct entry_figure	f;

	(void)st;
	r.aggregation = AGG_MEAN;
	r.weighted = 1;
	t.value = "81";
	t.forecast = "81";
	assert_false(entry_check_figure(&r, &t, ENTRY_SUBMIT, &f));
	assert_string_equal(msg_for(&f, "weight")->key, "T_ENTRY_REQUIRED");
	t.weight = "-3";
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_string_equal(msg_for(&f, "weight")->key,
	    "T_ENTRY_WEIGHT_POSITIVE");
	t.weight = "138";
	assert_true(entry_check_figure(&r, &t, ENTRY_SUBMIT, &f));
	assert_int_equal(f.weight, 138);	/* a whole count */
	t.weight = "138,5";
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_string_equal(msg_for(&f, "weight")->key, "T_ENTRY_NUM_DECIMALS");
	t.weight = "138";
	assert_int_equal(f.judged, 810);
}

static void
texts_must_be_clean_utf8_and_not_too_long(void **st)
{
	struct entry_rule	r = rule_pct();
	struct entry_text	t = { 0 };
	struct entry_figure	f;
	char			long_text[ENTRY_TEXT_MAX + 2];

	(void)st;
	t.explanation = "Wachttijd \xe2\x80\x93 één maand\nlanger";
	assert_true(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	t.explanation = "bad \xc3\x28";
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_string_equal(msg_for(&f, "explanation")->key, "T_ENTRY_BAD_TEXT");
	t.explanation = "bell \x07";
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_false(entry_text_ok("\xed\xa0\x80"));	/* surrogate */
	assert_false(entry_text_ok("\xc0\xaf"));	/* overlong */
	assert_true(entry_text_ok("\xf0\x9f\x98\x80"));
	memset(long_text, 'a', sizeof(long_text) - 1);
	long_text[sizeof(long_text) - 1] = '\0';
	t.explanation = NULL;
	t.measure = long_text;
	assert_false(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
	assert_string_equal(msg_for(&f, "measure")->key, "T_ENTRY_TOO_LONG");
	long_text[ENTRY_TEXT_MAX] = '\0';
	assert_true(entry_check_figure(&r, &t, ENTRY_DRAFT, &f));
}

static void
a_cost_deviation_beyond_both_thresholds_needs_an_explanation(void **st)
{
	struct entry_cost_text	t = { 0 };
	struct entry_cost	c;

	(void)st;
	/* Budget 300,000; 10 % and 25,000 thresholds. */
	t.realised = "335.000";
	t.forecast = "1.300.000";
	assert_false(entry_check_cost(30000000, 1000, 2500000, &t,
	    ENTRY_SUBMIT, &c));
	/* "335.000" is ambiguous (could be 335 euro). */
	assert_string_equal(c.msgs.v[0].key, "T_ENTRY_NUM_AMBIGUOUS");
	t.realised = "335000";
	t.forecast = "1300000";
	assert_false(entry_check_cost(30000000, 1000, 2500000, &t,
	    ENTRY_SUBMIT, &c));
	assert_int_equal(c.realised, 33500000);
	assert_true(c.dev.needs_explanation);
	assert_string_equal(c.msgs.v[0].field, "cost_explanation");
	assert_string_equal(c.msgs.v[0].key, "T_ENTRY_EXPLAIN_COST");
	/* Draft: fine. */
	assert_true(entry_check_cost(30000000, 1000, 2500000, &t,
	    ENTRY_DRAFT, &c));
	t.explanation = "Extra inhuur.";
	assert_true(entry_check_cost(30000000, 1000, 2500000, &t,
	    ENTRY_SUBMIT, &c));
	/* Exactly 10 % over is not above the threshold. */
	t.realised = "330000";
	t.explanation = NULL;
	assert_true(entry_check_cost(30000000, 1000, 2500000, &t,
	    ENTRY_SUBMIT, &c));
	assert_false(c.dev.needs_explanation);
	/* Cents allowed, more decimals not. */
	t.realised = "330000,125";
	assert_false(entry_check_cost(30000000, 1000, 2500000, &t,
	    ENTRY_DRAFT, &c));
	assert_string_equal(c.msgs.v[0].key, "T_ENTRY_NUM_DECIMALS");
	t.realised = NULL;
	t.forecast = NULL;
	assert_false(entry_check_cost(30000000, 1000, 2500000, &t,
	    ENTRY_SUBMIT, &c));
	assert_int_equal(c.msgs.n, 2);
}

static void
the_ratio_factor_follows_the_unit(void **st)
{
	(void)st;
	assert_int_equal(entry_ratio_factor("%"), 100);
	assert_int_equal(entry_ratio_factor("ratio"), 1);
	assert_int_equal(entry_ratio_factor(NULL), 1);
}

/* The five numbers have one order and one name each, in every list. */
static void
the_five_numbers_are_listed_once_in_one_order(void **state)
{
	struct entry_text	t;
	struct entry_figure	f;
	int64_t			v;

	(void)state;
	memset(&t, 0, sizeof(t));
	*entry_text_num(&t, FIG_VALUE) = "1";
	*entry_text_num(&t, FIG_FORECAST) = "2";
	*entry_text_num(&t, FIG_NUMERATOR) = "3";
	*entry_text_num(&t, FIG_DENOMINATOR) = "4";
	*entry_text_num(&t, FIG_WEIGHT) = "5";
	assert_string_equal(t.value, "1");
	assert_string_equal(t.forecast, "2");
	assert_string_equal(t.numerator, "3");
	assert_string_equal(t.denominator, "4");
	assert_string_equal(t.weight, "5");
	assert_null(t.explanation);

	memset(&f, 0, sizeof(f));
	f.has_denominator = 1;
	f.denominator = 44;
	f.weight = 55;
	assert_true(entry_figure_num(&f, FIG_DENOMINATOR, &v));
	assert_int_equal(v, 44);
	assert_false(entry_figure_num(&f, FIG_WEIGHT, &v));
	assert_false(entry_figure_num(&f, FIG_VALUE, &v));

	assert_string_equal(fig_num_names[FIG_VALUE], "value");
	assert_string_equal(fig_num_names[FIG_FORECAST], "forecast");
	assert_string_equal(fig_num_names[FIG_NUMERATOR], "numerator");
	assert_string_equal(fig_num_names[FIG_DENOMINATOR], "denominator");
	assert_string_equal(fig_num_names[FIG_WEIGHT], "weight");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(the_five_numbers_are_listed_once_in_one_order),
		cmocka_unit_test(dutch_and_english_forms_give_the_same_value),
		cmocka_unit_test(an_ambiguous_number_is_refused_with_what_was_understood),
		cmocka_unit_test(unreadable_numbers_get_a_message_per_field_even_in_a_draft),
		cmocka_unit_test(numbers_outside_the_range_are_refused_with_the_limit),
		cmocka_unit_test(a_draft_keeps_incomplete_work),
		cmocka_unit_test(submit_demands_value_and_forecast),
		cmocka_unit_test(at_risk_needs_an_explanation_and_off_track_a_measure_too),
		cmocka_unit_test(no_target_means_no_data_and_no_explanation_needed),
		cmocka_unit_test(a_cumulative_indicator_is_judged_year_to_date),
		cmocka_unit_test(a_ratio_is_computed_from_numerator_and_denominator),
		cmocka_unit_test(ratio_parts_near_int64_max_get_a_field_error),
		cmocka_unit_test(a_weighted_mean_needs_a_positive_weight),
		cmocka_unit_test(texts_must_be_clean_utf8_and_not_too_long),
		cmocka_unit_test(a_cost_deviation_beyond_both_thresholds_needs_an_explanation),
		cmocka_unit_test(the_ratio_factor_follows_the_unit),
	};

	return cmocka_run_group_tests_name("entry", tests, NULL, NULL);
}
