/* test_when.c: UTC moments shown in Europe/Amsterdam time, nl and en. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "when.h"

static void
check(const char *iso, int en, const char *want)
{
	char	buf[64];

	(void)when_format(buf, sizeof(buf), iso, en);
	assert_string_equal(buf, want);
}

static void
winter_time_is_one_hour_ahead(void **state)
{
	(void)state;
	check("2026-12-03T15:19:37Z", 0, "3 december 2026 16:19");
	check("2026-12-03T15:19:37Z", 1, "3 December 2026 16:19");
	check("2026-12-31T23:30:00Z", 0, "1 januari 2027 00:30");
	check("2026-12-03T15:19:37.123Z", 0, "3 december 2026 16:19");
	check("2026-12-03 15:19:37", 0, "3 december 2026 16:19");
}

static void
summer_time_and_the_changes(void **state)
{
	(void)state;
	check("2026-07-01T10:00:00Z", 0, "1 juli 2026 12:00");
	/* 29 March 2026: 01:00 UTC the clocks go from 02:00 to 03:00. */
	check("2026-03-29T00:59:00Z", 0, "29 maart 2026 01:59");
	check("2026-03-29T01:00:00Z", 0, "29 maart 2026 03:00");
	/* 25 October 2026: 01:00 UTC the clocks go from 03:00 to 02:00. */
	check("2026-10-25T00:59:00Z", 0, "25 oktober 2026 02:59");
	check("2026-10-25T01:00:00Z", 1, "25 October 2026 02:00");
}

static void
a_date_is_a_date_and_nonsense_is_kept(void **state)
{
	char	buf[8];

	(void)state;
	check("2014-05-09", 0, "9 mei 2014");
	check("2014-05-09", 1, "9 May 2014");
	check("", 0, "");
	check("gisteren", 0, "gisteren");
	check("2026-13-03T15:19:37Z", 0, "2026-13-03T15:19:37Z");
	check("2026-12-03T15:19:37Zx", 0, "2026-12-03T15:19:37Zx");
	assert_int_equal(when_format(buf, sizeof(buf), "x", 0), -1);
	/* Like snprintf: the whole length, the text cut to fit. */
	assert_int_equal(when_format(buf, sizeof(buf),
	    "2026-12-03T15:19:37Z", 0), 21);
	assert_string_equal(buf, "3 decem");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(winter_time_is_one_hour_ahead),
		cmocka_unit_test(summer_time_and_the_changes),
		cmocka_unit_test(a_date_is_a_date_and_nonsense_is_kept),
	};

	if (!when_init())
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
