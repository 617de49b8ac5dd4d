/* test_chart.c: chart geometry maps values to whole pixels exactly. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "chart.h"

static void
axis_includes_zero_and_maps_ends(void **state)
{
	struct chart_axis	a;
	int64_t			v[] = { 50, 200, 100 };

	(void)state;
	chart_axis_fit(&a, v, NULL, 3, 180, 20);
	assert_int_equal(a.lo, 0);
	assert_int_equal(a.hi, 200);
	assert_int_equal(chart_pos(&a, 0), 180);
	assert_int_equal(chart_pos(&a, 200), 20);
	assert_int_equal(chart_pos(&a, 100), 100);
	assert_int_equal(chart_pos(&a, 50), 140);
	assert_int_equal(chart_pos(&a, 500), 20);	/* clamped */
}

static void
axis_skips_missing_and_handles_negatives(void **state)
{
	struct chart_axis	a;
	int64_t			v[] = { -100, 1000000, 100 };
	int			has[] = { 1, 0, 1 };

	(void)state;
	chart_axis_fit(&a, v, has, 3, 100, 0);
	assert_int_equal(a.lo, -100);
	assert_int_equal(a.hi, 100);
	assert_int_equal(chart_pos(&a, 0), 50);
	chart_axis_fit(&a, v, has, 0, 100, 0);
	assert_int_equal(a.hi, 1);		/* empty: 0..1 */
}

static void
bar_lengths_round_and_clamp(void **state)
{
	(void)state;
	assert_int_equal(chart_len(50, 200, 300), 75);
	assert_int_equal(chart_len(-50, 200, 300), 75);
	assert_int_equal(chart_len(1, 3, 100), 33);
	assert_int_equal(chart_len(2, 3, 100), 67);
	assert_int_equal(chart_len(400, 200, 300), 300);
	assert_int_equal(chart_len(5, 0, 300), 0);
	assert_int_equal(chart_len(INT64_MAX, INT64_MAX, 300), 300);
	assert_int_equal(chart_len(INT64_MIN + 1, INT64_MAX, 300), 300);
}

static void
steps_divide_the_width(void **state)
{
	(void)state;
	assert_int_equal(chart_step(0, 4, 0, 400), 0);
	assert_int_equal(chart_step(3, 4, 0, 400), 300);
	assert_int_equal(chart_step(1, 3, 10, 110), 43);
	assert_int_equal(chart_step(1, 0, 10, 110), 10);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(axis_includes_zero_and_maps_ends),
		cmocka_unit_test(axis_skips_missing_and_handles_negatives),
		cmocka_unit_test(bar_lengths_round_and_clamp),
		cmocka_unit_test(steps_divide_the_width),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
