/*
 * test_text.c: the one check of typed free text: control characters,
 * invalid UTF-8, one line or several, length; and the report's and the
 * display name's use of it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "report.h"
#include "text.h"
#include "user.h"

static void
control_characters_are_refused_and_lines_allow_tab_and_newline(void **st)
{
	static const char *const bad[] = {
		"a\x01", "a\x0b" "b", "\x1b[31m", "a\x7f", "a\xc2\x85" "b",
		"\xef\xbf\xbe", "\xef\xbf\xbf", "a\xc3", "\xc0\xaf", "\xed\xa0\x80"
	};
	size_t i;

	(void)st;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_equal(text_check(bad[i], 100, TEXT_LINE, 0),
		    TEXT_CONTROL);
		assert_int_equal(text_check(bad[i], 100, TEXT_LINES, 0),
		    TEXT_CONTROL);
	}
	assert_int_equal(text_check("a\tb", 100, TEXT_LINE, 0), TEXT_CONTROL);
	assert_int_equal(text_check("a\r\nb", 100, TEXT_LINE, 0), TEXT_CONTROL);
	assert_int_equal(text_check("a\tb\r\nc", 100, TEXT_LINES, 0), TEXT_OK);
	assert_int_equal(text_check("Caf\xc3\xa9 \xe2\x82\xac \xf0\x9d\x84\x9e",
	    100, TEXT_LINE, 1), TEXT_OK);
	assert_int_equal(text_check(" \n", 100, TEXT_LINES, 1), TEXT_EMPTY);
	assert_int_equal(text_check(NULL, 100, TEXT_LINE, 0), TEXT_OK);
	assert_int_equal(text_check("abcd", 3, TEXT_LINE, 0), TEXT_TOO_LONG);
}

static void
cleaning_drops_exactly_what_the_check_refuses(void **st)
{
	char s[64];

	(void)st;
	strcpy(s, "a\x01" "b\tc\xc2\x85" "d\xe2\x82\xac\xc3");
	assert_int_equal(text_clean(s, TEXT_LINE), 7);
	assert_string_equal(s, "abcd\xe2\x82\xac");
	strcpy(s, "a\tb\r\nc\x1b[0m");
	text_clean(s, TEXT_LINES);
	assert_string_equal(s, "a\tb\r\nc[0m");
	assert_int_equal(text_check(s, 64, TEXT_LINES, 0), TEXT_OK);
}

static void
titles_intros_and_display_names_use_the_one_check(void **st)
{
	char big[REPORT_TEXT_MAX + 2];

	(void)st;
	assert_null(report_title_check("Voortgangsrapportage 2014-Q3"));
	assert_string_equal(report_title_check("Titel\x0b"),
	    "T_TEXT_CONTROL_LINE");
	assert_string_equal(report_title_check("Twee\nregels"),
	    "T_TEXT_CONTROL_LINE");
	assert_string_equal(report_title_check("  "), "T_REPORT_ERR_TITLE");
	assert_null(report_intro_check("Eerste alinea.\n\n\tTweede."));
	assert_null(report_intro_check(""));
	assert_string_equal(report_intro_check("a\x02"), "T_TEXT_CONTROL");
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	assert_string_equal(report_intro_check(big), "T_REPORT_ERR_TOO_LONG");
	assert_true(user_display_name_ok("Mia de Manager"));
	assert_true(user_display_name_ok(""));
	assert_false(user_display_name_ok("Mia\x1b"));
	assert_false(user_display_name_ok("Mia\tManager"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(control_characters_are_refused_and_lines_allow_tab_and_newline),
		cmocka_unit_test(titles_intros_and_display_names_use_the_one_check),
		cmocka_unit_test(cleaning_drops_exactly_what_the_check_refuses),
	};

	return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
