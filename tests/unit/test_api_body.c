/*
 * test_api_body.c: the API's JSON bodies, read by pure functions before a
 * handler looks at the database: what they take, what they refuse, and
 * which member a refusal names.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "api_body.h"
#include "entry.h"

static int
figure(const char *s, struct api_figure_body *b, struct api_body_err *err)
{
	return api_body_figure(s, strlen(s), b, err);
}

static void
a_figure_body_takes_version_and_text_members(void **state)
{
	struct api_figure_body	b;
	struct api_body_err	err;

	(void)state;
	assert_true(figure("{\"version\":3,\"value\":\"77,6\",\"forecast\":"
	    "null,\"explanation\":\"Ziekte.\",\"other\":[1]}", &b, &err));
	assert_int_equal(b.version, 3);
	assert_string_equal(b.member[FIG_VALUE], "77,6");
	assert_string_equal(b.member[FIG_FORECAST], "");	/* null empties */
	assert_string_equal(b.member[AFM_EXPLANATION], "Ziekte.");
	assert_null(b.member[FIG_NUMERATOR]);			/* absent keeps */
	assert_null(b.member[AFM_MEASURE]);
	api_body_figure_clear(&b);
	assert_null(b.member[FIG_VALUE]);

	assert_true(figure("{\"version\":0}", &b, &err));
	assert_int_equal(b.version, 0);
	api_body_figure_clear(&b);
	assert_true(figure(" {\"version\":1,\"measure\":\"caf\\u00e9\"} ",
	    &b, &err));
	assert_string_equal(b.member[AFM_MEASURE], "caf\xc3\xa9");
	api_body_figure_clear(&b);
}

static void
a_figure_body_refusal_names_the_member(void **state)
{
	static const struct {
		const char	*body;
		const char	*field;
		const char	*key;
	} bad[] = {
		{ "", "", "T_API_BODY_FIGURE" },
		{ "not json", "", "T_API_BODY_FIGURE" },
		{ "[1]", "", "T_API_BODY_FIGURE" },
		{ "\"x\"", "", "T_API_BODY_FIGURE" },
		{ "{\"version\":1", "", "T_API_BODY_FIGURE" },
		{ "{\"version\":1,\"version\":2}", "", "T_API_BODY_FIGURE" },
		{ "{}", "version", "T_API_BODY_FIGURE" },
		{ "{\"version\":\"3\"}", "version", "T_API_BODY_FIGURE" },
		{ "{\"version\":3.0}", "version", "T_API_BODY_FIGURE" },
		{ "{\"version\":-1}", "version", "T_API_BODY_FIGURE" },
		{ "{\"version\":null}", "version", "T_API_BODY_FIGURE" },
		{ "{\"version\":1,\"forecast\":5}", "forecast",
		  "T_API_BODY_DECIMAL_STRING" },
		{ "{\"version\":1,\"value\":16.5}", "value",
		  "T_API_BODY_DECIMAL_STRING" },
		{ "{\"version\":1,\"value\":\"1\",\"weight\":true}", "weight",
		  "T_API_BODY_STRINGS" },
		{ "{\"version\":1,\"explanation\":[\"a\"]}", "explanation",
		  "T_API_BODY_STRINGS" },
		{ "{\"version\":1,\"measure\":\"a\\u0000b\"}", "",
		  "T_API_BODY_FIGURE" },
	};
	struct api_figure_body	b;
	struct api_body_err	err;
	size_t			i, k;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		memset(&err, 0, sizeof(err));
		if (figure(bad[i].body, &b, &err))
			fail_msg("accepted %s", bad[i].body);
		assert_string_equal(err.field, bad[i].field);
		assert_string_equal(err.key, bad[i].key);
		for (k = 0; k < AFM__MAX; k++)
			assert_null(b.member[k]);
	}
	assert_false(api_body_figure(NULL, 0, &b, &err));
	/* The bytes are the body: no NUL terminator is looked for. */
	assert_false(api_body_figure("{\"version\":1}", 5, &b, &err));
}

static void
applying_a_body_keeps_what_it_does_not_name(void **state)
{
	struct api_figure_body	b;
	struct api_body_err	err;
	struct entry_text	t = {
		"1", "2", "3", "4", "5", "stored explanation", "stored measure"
	};

	(void)state;
	assert_true(figure("{\"version\":2,\"forecast\":\"9\",\"measure\":"
	    "null}", &b, &err));
	api_body_figure_apply(&b, &t);
	assert_string_equal(t.value, "1");
	assert_string_equal(t.forecast, "9");
	assert_string_equal(t.numerator, "3");
	assert_string_equal(t.weight, "5");
	assert_string_equal(t.explanation, "stored explanation");
	assert_string_equal(t.measure, "");
	api_body_figure_clear(&b);
}

static void
a_member_that_does_not_apply_is_named(void **state)
{
	struct api_figure_body	b;
	struct api_body_err	err;

	(void)state;
	assert_true(figure("{\"version\":1,\"value\":\"5\"}", &b, &err));
	assert_true(api_body_figure_applies(&b, 0, 0, &err));
	assert_false(api_body_figure_applies(&b, 1, 0, &err));
	assert_string_equal(err.field, "value");
	assert_string_equal(err.key, "T_API_BODY_VALUE_RATIO");
	api_body_figure_clear(&b);

	assert_true(figure("{\"version\":1,\"denominator\":\"5\"}", &b,
	    &err));
	assert_true(api_body_figure_applies(&b, 1, 0, &err));
	assert_false(api_body_figure_applies(&b, 0, 1, &err));
	assert_string_equal(err.field, "denominator");
	assert_string_equal(err.key, "T_API_BODY_NOT_APPLICABLE");
	api_body_figure_clear(&b);

	assert_true(figure("{\"version\":1,\"weight\":\"5\"}", &b, &err));
	assert_true(api_body_figure_applies(&b, 0, 1, &err));
	assert_false(api_body_figure_applies(&b, 0, 0, &err));
	assert_string_equal(err.field, "weight");
	api_body_figure_clear(&b);

	/* null empties what cannot be stored: nothing is thrown away. */
	assert_true(figure("{\"version\":1,\"value\":null,\"weight\":null}",
	    &b, &err));
	assert_true(api_body_figure_applies(&b, 1, 0, &err));
	api_body_figure_clear(&b);
}

static void
a_submission_body_is_empty_or_carries_a_comment(void **state)
{
	struct api_submission_body	b;
	struct api_body_err		err;

	(void)state;
	assert_true(api_body_submission(NULL, 0, &b, &err));
	assert_null(b.comment);
	assert_true(api_body_submission("", 0, &b, &err));
	assert_null(b.comment);
	assert_true(api_body_submission("{}", 2, &b, &err));
	assert_null(b.comment);
	assert_true(api_body_submission("{\"comment\":null}", 16, &b, &err));
	assert_null(b.comment);
	assert_true(api_body_submission("{\"comment\":\"Graag.\"}", 20, &b,
	    &err));
	assert_string_equal(b.comment, "Graag.");
	api_body_submission_clear(&b);
	assert_null(b.comment);

	assert_false(api_body_submission("[]", 2, &b, &err));
	assert_string_equal(err.field, "");
	assert_string_equal(err.key, "T_API_BODY_OBJECT");
	assert_false(api_body_submission("{\"comment\":5}", 13, &b, &err));
	assert_string_equal(err.field, "comment");
	assert_string_equal(err.key, "T_API_BODY_STRINGS");
	assert_null(b.comment);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_figure_body_takes_version_and_text_members),
		cmocka_unit_test(a_figure_body_refusal_names_the_member),
		cmocka_unit_test(applying_a_body_keeps_what_it_does_not_name),
		cmocka_unit_test(a_member_that_does_not_apply_is_named),
		cmocka_unit_test(a_submission_body_is_empty_or_carries_a_comment),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
