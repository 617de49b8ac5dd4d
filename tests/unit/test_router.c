/*
 * test_router.c: route patterns and their typed captures.  A path whose
 * capture is not of its kind does not match, so the router answers 404
 * before any handler runs; a match hands the handler typed values.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "http.h"
#include "router.h"

static void
req_clear(struct req *q)
{
	while (q->argn > 0)
		free(q->args[--q->argn]);
	memset(q, 0, sizeof(*q));
}

static void
literal_segments_match_exactly(void **state)
{
	(void)state;
	assert_true(router_match("/", "/", NULL));
	assert_false(router_match("/", "/x", NULL));
	assert_true(router_match("/dashboard/deviations",
	    "/dashboard/deviations", NULL));
	assert_false(router_match("/programmes", "/programmes/1", NULL));
	assert_false(router_match("/programmes/{id}", "/programmes/", NULL));
	assert_false(router_match("/programmes/{id}", "/programmes/1/x", NULL));
	assert_false(router_match("/programmes/{id}", "/programmes//1", NULL));
}

static void
an_id_capture_is_a_positive_bounded_decimal(void **state)
{
	static const char *const bad[] = {
		"/programmes/abc", "/programmes/0", "/programmes/-1",
		"/programmes/+1", "/programmes/01", "/programmes/1e3",
		"/programmes/1.0", "/programmes/12a", "/programmes/ 1",
		"/programmes/9007199254740993",
		"/programmes/99999999999999999999999999",
	};
	struct req	q;
	size_t		i;

	(void)state;
	memset(&q, 0, sizeof(q));
	assert_true(router_match("/programmes/{id}", "/programmes/12", &q));
	assert_int_equal(q.idn, 1);
	assert_int_equal(q.id[0], 12);
	assert_int_equal(q.argn, 0);
	assert_true(router_match("/programmes/{id}",
	    "/programmes/9007199254740992", &q));
	assert_true(q.id[0] == INT64_C(9007199254740992));
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		memset(&q, 0, sizeof(q));
		assert_false(router_match("/programmes/{id}", bad[i], &q));
		assert_int_equal(q.idn, 0);
		assert_int_equal(q.argn, 0);
		assert_false(router_match("/programmes/{id}", bad[i], NULL));
	}
}

static void
a_period_capture_is_a_sane_quarter(void **state)
{
	static const char *const bad[] = {
		"/entry/4/2014-Q9", "/entry/4/2014-Q0", "/entry/4/2014-Q",
		"/entry/4/2014Q3", "/entry/4/14-Q3", "/entry/4/1999-Q1",
		"/entry/4/2101-Q1", "/entry/4/2014-q3", "/entry/4/2014-Q3x",
		"/entry/4/x014-Q3", "/entry/4/2014-Q12",
	};
	struct req	q;
	size_t		i;

	(void)state;
	memset(&q, 0, sizeof(q));
	assert_true(router_match("/entry/{id}/{period}", "/entry/4/2014-Q3",
	    &q));
	assert_int_equal(q.id[0], 4);
	assert_int_equal(q.period.year, 2014);
	assert_int_equal(q.period.quarter, 3);
	assert_string_equal(q.period.name, "2014-Q3");
	assert_true(router_match("/entry/{id}/{period}", "/entry/4/2100-Q4",
	    NULL));
	assert_true(router_match("/entry/{id}/{period}", "/entry/4/2000-Q1",
	    NULL));
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_false(router_match("/entry/{id}/{period}", bad[i],
		    NULL));
}

static void
captures_keep_the_order_of_the_pattern(void **state)
{
	struct req	q;

	(void)state;
	memset(&q, 0, sizeof(q));
	assert_true(router_match("/api/v1/figures/{indicator}/{id}/{period}",
	    "/api/v1/figures/17/4/2014-Q2", &q));
	assert_int_equal(q.idn, 2);
	assert_int_equal(q.id[0], 17);
	assert_int_equal(q.id[1], 4);
	assert_int_equal(q.period.quarter, 2);
	assert_false(router_match("/api/v1/figures/{indicator}/{id}/{period}",
	    "/api/v1/figures/1/2/2014-Q9", NULL));
	assert_false(router_match("/api/v1/figures/{indicator}/{id}/{period}",
	    "/api/v1/figures/x/2/2014-Q1", NULL));
}

static void
version_word_and_rest_captures(void **state)
{
	struct req	q;

	(void)state;
	memset(&q, 0, sizeof(q));
	assert_true(router_match("/reports/{id}/versions/{v}",
	    "/reports/3/versions/2", &q));
	assert_int_equal(q.id[0], 3);
	assert_int_equal(q.version, 2);
	assert_false(router_match("/reports/{id}/versions/{v}",
	    "/reports/3/versions/1000001", NULL));
	assert_false(router_match("/reports/{id}/versions/{v}",
	    "/reports/3/versions/0", NULL));

	assert_true(router_match("/s/{id}/{period}/{action}",
	    "/s/4/2014-Q3/submit", &q));
	assert_int_equal(q.argn, 1);
	assert_string_equal(q.args[0], "submit");
	req_clear(&q);
	assert_false(router_match("/s/{id}/{period}/{action}",
	    "/s/4/2014-Q3/Submit", NULL));
	assert_false(router_match("/s/{id}/{period}/{action}",
	    "/s/4/2014-Q3/a-b", NULL));
	assert_false(router_match("/s/{id}/{period}/{action}",
	    "/s/4/2014-Q3/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", NULL));

	assert_true(router_match("/static/{*}", "/static/css/koers.css", &q));
	assert_string_equal(q.args[0], "css/koers.css");
	req_clear(&q);
	assert_false(router_match("/static/{*}", "/static/", NULL));
	assert_false(router_match("/static/{*}", "/static", NULL));
}

static void
an_unknown_capture_never_matches(void **state)
{
	(void)state;
	assert_int_equal(router_cap("{id}", 4), CAP_ID);
	assert_int_equal(router_cap("{indicator}", 11), CAP_ID);
	assert_int_equal(router_cap("{period}", 8), CAP_PERIOD);
	assert_int_equal(router_cap("{}", 2), CAP_UNKNOWN);
	assert_int_equal(router_cap("{ID}", 4), CAP_UNKNOWN);
	assert_int_equal(router_cap("id", 2), CAP_LITERAL);
	assert_false(router_match("/x/{}", "/x/1", NULL));
	assert_false(router_match("/x/{name}", "/x/abc", NULL));
	assert_false(router_pattern_ok("/x/{}"));
	assert_false(router_pattern_ok("/x/{*}/y"));
	assert_false(router_pattern_ok("/x/{period}/{period}"));
	assert_false(router_pattern_ok("/x//y"));
	assert_false(router_pattern_ok("x"));
	assert_true(router_pattern_ok("/"));
	assert_true(router_pattern_ok("/figures/{indicator}/{id}/{period}"));
}

/* The table itself: every pattern well formed, so none is dead by typo. */
static void
every_route_pattern_is_well_formed(void **state)
{
	size_t	i;

	(void)state;
	assert_true(routes_len > 0);
	for (i = 0; i < routes_len; i++) {
		if (!router_pattern_ok(routes[i].pattern))
			fail_msg("route %s is not well formed",
			    routes[i].pattern);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(literal_segments_match_exactly),
		cmocka_unit_test(an_id_capture_is_a_positive_bounded_decimal),
		cmocka_unit_test(a_period_capture_is_a_sane_quarter),
		cmocka_unit_test(captures_keep_the_order_of_the_pattern),
		cmocka_unit_test(version_word_and_rest_captures),
		cmocka_unit_test(an_unknown_capture_never_matches),
		cmocka_unit_test(every_route_pattern_is_well_formed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
