/*
 * test_budget.c: the budget's pure rules (src/domain/budget.c) and the
 * writes of src/service/budget_edit.c on the demo: an amendment moves the
 * actuele year budget of its performance, programme and org units by
 * exactly its amount in the stored rollups (and a rebuild agrees), the
 * primitieve stays, and every refusal leaves the database unchanged.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "budget.h"
#include "year.h"
#include "budget_edit.h"
#include "db.h"
#include "db_budget.h"
#include "rollup_store.h"
#include "testdb.h"

static void
amounts_typed_in_dutch(void **state)
{
	int64_t c;

	(void)state;
	assert_int_equal(budget_amount_parse("1.250.000,00", 0, &c), BUDGET_OK);
	assert_int_equal(c, 125000000);
	assert_int_equal(budget_amount_parse("\xe2\x82\xac 250.000", 0, &c),
	    BUDGET_OK);
	assert_int_equal(c, 25000000);
	assert_int_equal(budget_amount_parse("1.234", 0, &c), BUDGET_OK);
	assert_int_equal(c, 123400);
	assert_int_equal(budget_amount_parse("250000", 0, &c), BUDGET_OK);
	assert_int_equal(c, 25000000);
	assert_int_equal(budget_amount_parse("12,5", 0, &c), BUDGET_OK);
	assert_int_equal(c, 1250);
	assert_int_equal(budget_amount_parse("-250.000", 1, &c), BUDGET_OK);
	assert_int_equal(c, -25000000);
	assert_int_equal(budget_amount_parse("+ \xe2\x82\xac 1.000,50", 1, &c),
	    BUDGET_OK);
	assert_int_equal(c, 100050);
}

static void
bad_amounts_are_refused(void **state)
{
	int64_t c;

	(void)state;
	assert_int_equal(budget_amount_parse("250,000", 0, &c),
	    BUDGET_E_AMOUNT_AMBIGUOUS);
	assert_int_equal(budget_amount_parse("twaalf", 0, &c), BUDGET_E_AMOUNT);
	assert_int_equal(budget_amount_parse("", 0, &c), BUDGET_E_AMOUNT);
	assert_int_equal(budget_amount_parse("1,001", 0, &c),
	    BUDGET_E_AMOUNT_AMBIGUOUS);
	assert_int_equal(budget_amount_parse("12,345", 1, &c),
	    BUDGET_E_AMOUNT_AMBIGUOUS);
	assert_int_equal(budget_amount_parse("0,125", 0, &c), BUDGET_E_AMOUNT);
	assert_int_equal(budget_amount_parse("-5", 0, &c),
	    BUDGET_E_AMOUNT_RANGE);
	assert_int_equal(budget_amount_parse("+5", 0, &c), BUDGET_E_AMOUNT);
	/* EUR 10 billion is the bound; a cent more is refused. */
	assert_int_equal(budget_amount_parse("10.000.000.000,00", 0, &c),
	    BUDGET_OK);
	assert_int_equal(budget_amount_parse("10.000.000.000,01", 0, &c),
	    BUDGET_E_AMOUNT_RANGE);
	assert_int_equal(budget_amount_parse("99999999999999999999", 1, &c),
	    BUDGET_E_AMOUNT_RANGE);
	assert_int_equal(c, 0);
}

static void
kinds_taakvelden_dates(void **state)
{
	enum budget_kind	 k;
	enum budget_recurrence	 r;

	(void)state;
	assert_true(budget_kind_parse("baten", &k) && k == BUDGET_BATEN);
	assert_false(budget_kind_parse("Baten", &k));
	assert_true(budget_recurrence_parse("incidenteel", &r) &&
	    r == BUDGET_INCIDENTEEL);
	assert_false(budget_recurrence_parse("eenmalig", &r));
	assert_true(budget_taakveld_syntax("0.1"));
	assert_true(budget_taakveld_syntax("0.10"));
	assert_true(budget_taakveld_syntax("6.71"));
	assert_false(budget_taakveld_syntax("6.711"));
	assert_false(budget_taakveld_syntax("10.1"));
	assert_false(budget_taakveld_syntax("6."));
	assert_false(budget_taakveld_syntax(""));
	assert_true(year_date_ok("2014-07-03"));
	assert_true(year_date_ok("2016-02-29"));
	assert_false(year_date_ok("2014-02-29"));
	assert_false(year_date_ok("2014-13-01"));
	assert_false(year_date_ok("3-7-2014"));
	assert_false(year_date_ok("1999-12-31"));
}

static void
year_states_decide(void **state)
{
	(void)state;
	assert_int_equal(budget_lines_editable("draft"), BUDGET_OK);
	assert_int_equal(budget_lines_editable("adopted"),
	    BUDGET_E_YEAR_NOT_CONCEPT);
	assert_int_equal(budget_lines_editable("closed"),
	    BUDGET_E_YEAR_NOT_CONCEPT);
	assert_int_equal(budget_lines_editable(NULL),
	    BUDGET_E_YEAR_NOT_CONCEPT);
	assert_int_equal(budget_amendable("adopted"), BUDGET_OK);
	assert_int_equal(budget_amendable("draft"), BUDGET_E_YEAR_NOT_ADOPTED);
	assert_int_equal(budget_amendable("closed"), BUDGET_E_YEAR_NOT_ADOPTED);
}

static void
actual_and_phase(void **state)
{
	int64_t v;

	(void)state;
	assert_int_equal(budget_actual(100, -40, &v), BUDGET_OK);
	assert_int_equal(v, 60);
	assert_int_equal(budget_actual(100, -101, &v), BUDGET_E_NEGATIVE);
	assert_int_equal(budget_actual(BUDGET_MAX_CENTS, 1, &v),
	    BUDGET_E_AMOUNT_RANGE);
	assert_int_equal(budget_saldo(300, 250), -50);
	/* Q3 of 400.000 is 300.000; the year to 500.000 makes it 375.000. */
	assert_true(budget_phase(30000000, 40000000, 50000000, 3, &v));
	assert_int_equal(v, 37500000);
	assert_true(budget_phase(0, 0, 40000000, 1, &v));
	assert_int_equal(v, 10000000);
	assert_false(budget_phase(1, 1, 1, 5, &v));
	assert_int_equal(budget_err_key(BUDGET_E_TAAKVELD)[0], 'T');
}

static const struct db_who who = { 0, "test", "test" };

/* The demo's road maintenance performance in 2014 and its lasten line. */
static void
road(struct db *db, int64_t *perf, int64_t *line, int64_t *prog,
    int64_t *unit)
{
	*perf = testdb_int(db, "SELECT pf.id FROM performance pf JOIN effect e "
	    "ON e.id = pf.effect_id JOIN programme g ON g.id = e.programme_id "
	    "WHERE g.year = 2014 AND pf.name = 'Onderhoud wegen en "
	    "kunstwerken'");
	assert_true(*perf > 0);
	*line = testdb_int(db, "SELECT min(id) FROM budget_line WHERE "
	    "kind = 'lasten' AND performance_id = (SELECT pf.id FROM "
	    "performance pf JOIN effect e ON e.id = pf.effect_id JOIN programme "
	    "g ON g.id = e.programme_id WHERE g.year = 2014 AND pf.name = "
	    "'Onderhoud wegen en kunstwerken')");
	*prog = testdb_int(db, "SELECT e.programme_id FROM performance pf "
	    "JOIN effect e ON e.id = pf.effect_id JOIN programme g ON g.id = "
	    "e.programme_id WHERE g.year = 2014 AND pf.name = 'Onderhoud "
	    "wegen en kunstwerken'");
	*unit = testdb_int(db, "SELECT org_unit_id FROM performance pf JOIN "
	    "effect e ON e.id = pf.effect_id JOIN programme g ON g.id = "
	    "e.programme_id WHERE g.year = 2014 AND pf.name = 'Onderhoud "
	    "wegen en kunstwerken'");
}

static long long
node_year_budget(struct db *db, int kind, int64_t id)
{
	char sql[256];

	snprintf(sql, sizeof(sql), "SELECT year_budget FROM rollup_node WHERE "
	    "kind = %d AND node_id = %lld AND period_id = (SELECT id FROM "
	    "period WHERE year = 2014 AND quarter = 3)", kind, (long long)id);
	return testdb_int(db, sql);
}

static void
amendment_moves_the_actuele_begroting(void **state)
{
	struct testdb_fx	*f = *state;
	struct budget_change_in	 c;
	struct budget_amend_in	 a;
	struct budget_outcome	 o;
	int64_t			 perf, line, prog, unit, id, root;
	long long		 pb, ub, rb, perfb, q3, prim;
	int			 number;

	road(f->db, &perf, &line, &prog, &unit);
	root = testdb_int(f->db, "SELECT id FROM org_unit WHERE parent_id IS "
	    "NULL");
	pb = node_year_budget(f->db, 1, prog);
	ub = node_year_budget(f->db, 3, unit);
	rb = node_year_budget(f->db, 3, root);
	perfb = testdb_int(f->db, "SELECT budget_cents FROM performance "
	    "WHERE id = (SELECT performance_id FROM budget_line WHERE id = "
	    "(SELECT min(id) FROM budget_line WHERE kind = 'lasten' AND "
	    "performance_id IN (SELECT pf.id FROM performance pf JOIN effect "
	    "e ON e.id = pf.effect_id JOIN programme g ON g.id = "
	    "e.programme_id WHERE g.year = 2014 AND pf.name = 'Onderhoud "
	    "wegen en kunstwerken')))");
	q3 = testdb_int(f->db, "SELECT sum(budget_cents) FROM cost WHERE "
	    "period_id = (SELECT id FROM period WHERE year = 2014 AND "
	    "quarter = 3)");
	prim = testdb_int(f->db, "SELECT sum(amount_cents) FROM budget_line");
	assert_true(pb > 0 && ub > 0 && rb > 0);
	memset(&c, 0, sizeof(c));
	c.line_id = line;
	c.delta = 25000000;
	a = (struct budget_amend_in){ .year = 2014, .decided_on = "2014-09-25",
	    .description = "2e begrotingswijziging 2014", .changes = &c,
	    .n = 1 };
	assert_int_equal(budget_edit_amend(f->db, &who, &a, &id, &number, &o),
	    1);
	assert_int_equal(number, 2);
	assert_int_equal(node_year_budget(f->db, 1, prog), pb + 25000000);
	assert_int_equal(node_year_budget(f->db, 3, unit), ub + 25000000);
	assert_int_equal(node_year_budget(f->db, 3, root), rb + 25000000);
	assert_int_equal(testdb_int(f->db, "SELECT sum(amount_cents) FROM "
	    "budget_line"), prim);
	assert_true(testdb_int(f->db, "SELECT sum(budget_cents) FROM cost "
	    "WHERE period_id = (SELECT id FROM period WHERE year = 2014 AND "
	    "quarter = 3)") > q3);
	(void)perfb;
	/* The hooks left what a rebuild makes. */
	assert_true(rollup_store_rebuild(f->db));
	assert_int_equal(node_year_budget(f->db, 1, prog), pb + 25000000);
	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM audit WHERE "
	    "action IN ('amendment.create', 'budget_line.amend')"), 2);
}

static void
refusals_save_nothing(void **state)
{
	struct testdb_fx	*f = *state;
	struct budget_change_in	 c;
	struct budget_amend_in	 a;
	struct budget_line_in	 in;
	struct budget_outcome	 o;
	int64_t			 perf, line, prog, unit, id, perf17;
	long long		 n_audit, gen;
	int			 number;

	road(f->db, &perf, &line, &prog, &unit);
	n_audit = testdb_int(f->db, "SELECT count(*) FROM audit");
	gen = testdb_int(f->db, "SELECT n FROM data_generation");
	memset(&c, 0, sizeof(c));
	c.line_id = line;
	c.delta = 25000000;
	/* An amendment of a concept year (2015). */
	a = (struct budget_amend_in){ .year = 2015, .decided_on = "2015-03-01",
	    .description = "wijziging", .changes = &c, .n = 1 };
	assert_int_equal(budget_edit_amend(f->db, &who, &a, &id, &number, &o),
	    0);
	assert_int_equal(o.why, BUDGET_E_YEAR_NOT_ADOPTED);
	/* A line of 2014 in an amendment of 2014 that makes it negative. */
	a.year = 2014;
	c.delta = -99999999999LL;
	assert_int_equal(budget_edit_amend(f->db, &who, &a, &id, &number, &o),
	    0);
	assert_int_equal(o.why, BUDGET_E_NEGATIVE);
	c.delta = 0;
	assert_int_equal(budget_edit_amend(f->db, &who, &a, &id, &number, &o),
	    0);
	assert_int_equal(o.why, BUDGET_E_AMOUNT_ZERO);
	/* A line edit in an adopted year. */
	memset(&in, 0, sizeof(in));
	in.performance_id = perf;
	in.kind = BUDGET_LASTEN;
	in.taakveld = "2.1";
	in.amount = 100;
	assert_int_equal(budget_edit_line_create(f->db, &who, &in, &id, &o), 0);
	assert_int_equal(o.why, BUDGET_E_YEAR_NOT_CONCEPT);
	/* An unknown taakveld in a concept year. */
	perf17 = testdb_int(f->db, "SELECT pf.id FROM performance pf JOIN "
	    "effect e ON e.id = pf.effect_id JOIN programme g ON g.id = "
	    "e.programme_id WHERE g.year = 2017 LIMIT 1");
	in.performance_id = perf17;
	in.taakveld = "9.9";
	assert_int_equal(budget_edit_line_create(f->db, &who, &in, &id, &o), 0);
	assert_int_equal(o.why, BUDGET_E_TAAKVELD);
	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM audit"),
	    n_audit);
	assert_int_equal(testdb_int(f->db, "SELECT n FROM data_generation"),
	    gen);
	/* And in a concept year a line is added, its performance follows. */
	in.taakveld = "2.1";
	in.amount = 123400;
	{
		long long before = testdb_int(f->db, "SELECT budget_cents FROM "
		    "performance WHERE id = (SELECT pf.id FROM performance pf "
		    "JOIN effect e ON e.id = pf.effect_id JOIN programme g ON "
		    "g.id = e.programme_id WHERE g.year = 2017 LIMIT 1)");

		assert_int_equal(budget_edit_line_create(f->db, &who, &in, &id,
		    &o), 1);
		assert_int_equal(testdb_int(f->db, "SELECT budget_cents FROM "
		    "performance WHERE id = (SELECT pf.id FROM performance pf "
		    "JOIN effect e ON e.id = pf.effect_id JOIN programme g ON "
		    "g.id = e.programme_id WHERE g.year = 2017 LIMIT 1)"),
		    before + 123400);
	}
}

static int
setup(void **state)
{
	return testdb_fx_demo(state, 1, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(amounts_typed_in_dutch),
		cmocka_unit_test(bad_amounts_are_refused),
		cmocka_unit_test(kinds_taakvelden_dates),
		cmocka_unit_test(year_states_decide),
		cmocka_unit_test(actual_and_phase),
		cmocka_unit_test_setup_teardown(
		    amendment_moves_the_actuele_begroting, setup,
		    testdb_fx_free),
		cmocka_unit_test_setup_teardown(refusals_save_nothing, setup,
		    testdb_fx_free),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
