/* test_url.c: request parsing: paths, queries, forms, cookies, ids. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "http.h"
#include "url.h"

static void
path_decodes_percent_escapes(void **state)
{
	char *p;

	(void)state;
	assert_int_equal(url_path("/org/%31%32", 11, &p), URL_OK);
	assert_string_equal(p, "/org/12");
	free(p);
	assert_int_equal(url_path("/a%20b", 6, &p), URL_OK);
	assert_string_equal(p, "/a b");
	free(p);
}

static void
path_refuses_every_way_out_of_a_folder(void **state)
{
	static const char *const bad[] = {
		"/static/../etc/passwd", "/static/%2e%2e/x", "/static/%2E%2E/x",
		"/static/..", "/static/./x", "/static/a%2fb", "/static/a%2Fb",
		"/static/a%5cb", "/static/a\\b", "/static/%00x", "/static/%0a",
		"/static/%", "/static/%4", "/static/%zz", "static/x", "",
	};
	size_t	 i;
	char	*p;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_not_equal(url_path(bad[i], strlen(bad[i]), &p), URL_OK);
		assert_null(p);
	}
}

static void
query_splits_and_decodes_pairs(void **state)
{
	struct kvlist l = { 0 };

	(void)state;
	assert_true(url_query("year=2014&name=a+b%26c&empty=&flag", 34, &l));
	assert_int_equal(l.n, 4);
	assert_string_equal(kvlist_get(&l, "year")->val, "2014");
	assert_string_equal(kvlist_get(&l, "name")->val, "a b&c");
	assert_string_equal(kvlist_get(&l, "empty")->val, "");
	assert_string_equal(kvlist_get(&l, "flag")->val, "");
	assert_null(kvlist_get(&l, "nope"));
	kvlist_free(&l);
	assert_false(url_query("a=%zz", 5, &l));
	kvlist_free(&l);
	/* A NUL byte in a key would make it two different keys: refused. */
	assert_false(url_query("a%00b=1", 7, &l));
	kvlist_free(&l);
}

static void
cookie_finds_the_named_value_only(void **state)
{
	char v[16];

	(void)state;
	assert_true(url_cookie("a=1; lang=en; b=2", "lang", v, sizeof(v)));
	assert_string_equal(v, "en");
	assert_false(url_cookie("xlang=en", "lang", v, sizeof(v)));
	assert_false(url_cookie("lang", "lang", v, sizeof(v)));
	assert_false(url_cookie("lang=0123456789abcdefXYZ", "lang", v, sizeof(v)));
	assert_true(url_cookie("lang=", "lang", v, sizeof(v)));
	assert_string_equal(v, "");
}

static void
ids_are_positive_bounded_decimals(void **state)
{
	int64_t id;

	(void)state;
	assert_true(url_id("1", &id));
	assert_int_equal(id, 1);
	assert_true(url_id("9007199254740992", &id));
	assert_false(url_id("9007199254740993", &id));
	assert_false(url_id("0", &id));
	assert_false(url_id("01", &id));
	assert_false(url_id("-1", &id));
	assert_false(url_id("1a", &id));
	assert_false(url_id("", &id));
	assert_false(url_id(NULL, &id));
	assert_false(url_id("99999999999999999999", &id));
}

static void
encode_escapes_what_a_query_value_cannot_hold(void **state)
{
	char buf[64];

	(void)state;
	assert_int_equal(url_encode("/work?x=a b&c", buf, sizeof(buf)), 21);
	assert_string_equal(buf, "/work%3Fx%3Da%20b%26c");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(path_decodes_percent_escapes),
		cmocka_unit_test(path_refuses_every_way_out_of_a_folder),
		cmocka_unit_test(query_splits_and_decodes_pairs),
		cmocka_unit_test(cookie_finds_the_named_value_only),
		cmocka_unit_test(ids_are_positive_bounded_decimals),
		cmocka_unit_test(encode_escapes_what_a_query_value_cannot_hold),
	};

	return cmocka_run_group_tests_name("url", tests, NULL, NULL);
}
