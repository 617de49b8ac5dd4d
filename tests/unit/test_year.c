/*
 * test_year.c: the budget year's life cycle, its quarters' default
 * deadlines (year.c) and the rules for changing the org tree as of a year
 * (orgtree.c).  Pure functions, no database.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "orgtree.h"
#include "year.h"

static void
only_a_concept_year_is_editable(void **state)
{
	(void)state;
	assert_int_equal(year_editable("draft"), 1);
	assert_int_equal(year_editable("adopted"), 0);
	assert_int_equal(year_editable("closed"), 0);
	assert_int_equal(year_editable(NULL), 0);
	assert_int_equal(year_editable("Draft"), 0);
}

static void
a_year_goes_concept_adopted_closed_and_closes_after_its_quarters(void **state)
{
	(void)state;
	assert_int_equal(year_step(YEAR_DRAFT, YEAR_ADOPTED, 4), YEAR_OK);
	assert_int_equal(year_step(YEAR_ADOPTED, YEAR_CLOSED, 0), YEAR_OK);
	assert_int_equal(year_step(YEAR_ADOPTED, YEAR_CLOSED, 1),
	    YEAR_OPEN_QUARTERS);
	assert_int_equal(year_step(YEAR_DRAFT, YEAR_CLOSED, 0), YEAR_BAD_STEP);
	assert_int_equal(year_step(YEAR_ADOPTED, YEAR_ADOPTED, 0),
	    YEAR_BAD_STEP);
	assert_int_equal(year_step(YEAR_CLOSED, YEAR_DRAFT, 0), YEAR_BAD_STEP);
	assert_int_equal(year_state_of("adopted"), YEAR_ADOPTED);
	assert_int_equal(year_state_of("vastgesteld"), YEAR__MAX);
}

static void
default_deadlines_are_15_and_25_days_after_the_quarter(void **state)
{
	static const char *const want[4][2] = {
		{ "2016-04-15", "2016-04-25" }, { "2016-07-15", "2016-07-25" },
		{ "2016-10-15", "2016-10-25" }, { "2017-01-15", "2017-01-25" }
	};
	char	sub[11], rev[11];
	int	q;

	(void)state;
	for (q = 1; q <= 4; q++) {
		year_default_deadlines(2016, q, sub, rev);
		assert_string_equal(sub, want[q - 1][0]);
		assert_string_equal(rev, want[q - 1][1]);
	}
}

static void
dates_must_exist(void **state)
{
	(void)state;
	assert_true(year_date_ok("2016-02-29"));
	assert_false(year_date_ok("2015-02-29"));
	assert_false(year_date_ok("2100-02-29"));
	assert_true(year_date_ok("2000-02-29"));
	assert_false(year_date_ok("2014-11-31"));
	assert_false(year_date_ok("2014-1-06"));
	assert_false(year_date_ok("2014-11-06 "));
	assert_false(year_date_ok(NULL));
	assert_int_equal(year_deadlines_check("2015-04-15", "2015-04-15"),
	    YEAR_OK);
	assert_int_equal(year_deadlines_check("2015-04-15", "2015-04-14"),
	    YEAR_REVIEW_EARLY);
	assert_int_equal(year_deadlines_check("2015-04-15", "x"),
	    YEAR_BAD_DATE);
}

/* A change of an afdeling (id 10, below directie 2) as of 2015. */
static struct orgtree_facts
facts(enum orgtree_action a)
{
	struct orgtree_facts f;

	memset(&f, 0, sizeof(f));
	f.action = a;
	f.year = 2015;
	f.year_exists = 1;
	f.unit = (struct orgtree_unit){ 1, 10, 2, ORGTREE_AFDELING, 0, 0, 0 };
	f.parent = (struct orgtree_unit){ 1, 3, 1, ORGTREE_DIRECTIE, 0, 0, 0 };
	f.other = (struct orgtree_unit){ 1, 11, 2, ORGTREE_AFDELING, 0, 0, 0 };
	f.kind = ORGTREE_AFDELING;
	f.code = "VME";
	f.name = "Verkeer, Milieu en Economie";
	return f;
}

static void
org_changes_follow_the_rules(void **state)
{
	struct orgtree_facts f;

	(void)state;
	f = facts(ORGTREE_MOVE);
	assert_int_equal(orgtree_check(&f), ORGTREE_OK);
	f.parent.within = 1;
	assert_int_equal(orgtree_check(&f), ORGTREE_CYCLE);
	f = facts(ORGTREE_MOVE);
	f.parent.id = 2;
	assert_int_equal(orgtree_check(&f), ORGTREE_SAME);
	f = facts(ORGTREE_MOVE);
	f.parent.kind = ORGTREE_TEAM;
	assert_int_equal(orgtree_check(&f), ORGTREE_KIND);
	f = facts(ORGTREE_MOVE);
	f.parent.last_year = 2014;
	assert_int_equal(orgtree_check(&f), ORGTREE_PARENT_INVALID);
	f = facts(ORGTREE_RENAME);
	f.unit.exists = 0;
	assert_int_equal(orgtree_check(&f), ORGTREE_UNKNOWN);
	f = facts(ORGTREE_RENAME);
	f.unit.first_year = 2016;
	assert_int_equal(orgtree_check(&f), ORGTREE_BEFORE_START);
	f = facts(ORGTREE_RENAME);
	f.unit.last_year = 2014;
	assert_int_equal(orgtree_check(&f), ORGTREE_NOT_VALID);
	f = facts(ORGTREE_END);
	f.owns = 1;
	assert_int_equal(orgtree_check(&f), ORGTREE_OWNS);
	f = facts(ORGTREE_END);
	f.unit.first_year = 2015;
	assert_int_equal(orgtree_check(&f), ORGTREE_STARTS_THEN);
	f = facts(ORGTREE_MERGE);
	assert_int_equal(orgtree_check(&f), ORGTREE_OK);
	f.figures = 1;
	assert_int_equal(orgtree_check(&f), ORGTREE_HAS_FIGURES);
	f = facts(ORGTREE_MERGE);
	f.other.parent_id = 3;
	assert_int_equal(orgtree_check(&f), ORGTREE_KIND);
	f = facts(ORGTREE_MERGE);
	f.code = "v me";
	assert_int_equal(orgtree_check(&f), ORGTREE_BAD_CODE);
	f = facts(ORGTREE_MERGE);
	f.code_taken = 1;
	assert_int_equal(orgtree_check(&f), ORGTREE_CODE_TAKEN);
	f = facts(ORGTREE_CREATE);
	f.name = "";
	assert_int_equal(orgtree_check(&f), ORGTREE_BAD_NAME);
	f = facts(ORGTREE_CREATE);
	f.kind = ORGTREE_DIRECTIE;
	assert_int_equal(orgtree_check(&f), ORGTREE_KIND);
	f = facts(ORGTREE_RENAME);
	f.unit.kind = ORGTREE_GEMEENTE;
	assert_int_equal(orgtree_check(&f), ORGTREE_ROOT);
	f = facts(ORGTREE_MOVE);
	f.year_fixed = 1;
	assert_int_equal(orgtree_check(&f), ORGTREE_YEAR_FIXED);
	f.year_exists = 0;
	assert_int_equal(orgtree_check(&f), ORGTREE_NO_YEAR);
}

static void
a_rename_changes_the_name_only_when_no_earlier_year_keeps_it(void **state)
{
	struct orgtree_facts f = facts(ORGTREE_RENAME);

	(void)state;
	f.earlier_year = 1;
	assert_false(orgtree_rename_in_place(&f));
	f.unit.first_year = 2015;
	assert_true(orgtree_rename_in_place(&f));
	f.unit.first_year = 0;
	f.earlier_year = 0;
	assert_true(orgtree_rename_in_place(&f));
	assert_true(orgtree_code_ok("SB-GR"));
	assert_false(orgtree_code_ok("sb"));
	assert_false(orgtree_code_ok("ABCDEFGHIJKLMNOPQ"));
	assert_false(orgtree_name_ok("a\tb"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(only_a_concept_year_is_editable),
		cmocka_unit_test(
		    a_year_goes_concept_adopted_closed_and_closes_after_its_quarters),
		cmocka_unit_test(default_deadlines_are_15_and_25_days_after_the_quarter),
		cmocka_unit_test(dates_must_exist),
		cmocka_unit_test(org_changes_follow_the_rules),
		cmocka_unit_test(
		    a_rename_changes_the_name_only_when_no_earlier_year_keeps_it),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
