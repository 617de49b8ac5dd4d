/*
 * test_unit_year.c: the units that report in a budget year (unit_year,
 * migrations/0005-unit-year.sql) follow every change of the structure,
 * and the "not submitted" list read from it is the list its definition
 * gives: the units reporting an indicator of the period's year whose
 * submission is missing, a draft or returned.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "db.h"
#include "db_submission_missing.h"
#include "demo.h"
#include "testdb.h"

static int
setup_demo(void **state)
{
	return testdb_fx_demo(state, 1, 0);
}

static int
teardown(void **state)
{
	return testdb_fx_free(state);
}

/* (year, unit) from indicator_unit itself: what unit_year must hold. */
#define TRUTH \
	"SELECT DISTINCT g.year, iu.org_unit_id FROM indicator_unit iu " \
	"JOIN indicator i ON i.id = iu.indicator_id LEFT JOIN performance pf " \
	"ON pf.id = i.performance_id JOIN effect e ON e.id = " \
	"coalesce(i.effect_id, pf.effect_id) JOIN programme g " \
	"ON g.id = e.programme_id"

/* Rows in one and not in the other, either way. */
static int64_t
differences(struct db *db)
{
	return testdb_int(db, "SELECT (SELECT count(*) FROM (" TRUTH " EXCEPT "
	    "SELECT year, org_unit_id FROM unit_year)) + (SELECT count(*) "
	    "FROM (SELECT year, org_unit_id FROM unit_year EXCEPT " TRUTH "))");
}

static void
exec_ok(struct db *db, const char *sql)
{
	assert_true(testdb_exec(db, sql));
	assert_int_equal(differences(db), 0);
}

/*
 * Added, removed and changed reporters, and indicators, performances,
 * effects and programmes moved or deleted (cascades): unit_year equals
 * its definition after each.
 */
static void
unit_year_follows_every_structure_change(void **state)
{
	struct testdb_fx	*f = *state;
	int64_t		 before;

	assert_true(testdb_int(f->db, "SELECT count(*) FROM unit_year") > 10);
	assert_int_equal(differences(f->db), 0);
	/* A unit that did not report starts on a 2015 indicator. */
	before = testdb_int(f->db, "SELECT count(*) FROM unit_year WHERE year = 2015");
	exec_ok(f->db, "CREATE TEMP TABLE x AS SELECT "
	    "(SELECT id FROM org_unit WHERE id NOT IN (SELECT org_unit_id "
	    "FROM unit_year WHERE year = 2015) LIMIT 1) AS unit, "
	    "(SELECT i.id FROM indicator i JOIN performance pf ON pf.id = "
	    "i.performance_id JOIN effect e ON e.id = pf.effect_id JOIN "
	    "programme g ON g.id = e.programme_id WHERE g.year = 2015 "
	    "LIMIT 1) AS ind;"
	    "INSERT INTO indicator_unit SELECT ind, unit FROM temp.x;");
	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM unit_year WHERE "
	    "year = 2015"), before + 1);
	/* Its indicator moved to a performance of 2016 takes it along. */
	exec_ok(f->db, "UPDATE indicator SET performance_id = (SELECT "
	    "max(pf.id) FROM performance pf JOIN effect e ON e.id = "
	    "pf.effect_id JOIN programme g ON g.id = e.programme_id WHERE "
	    "g.year = 2016) WHERE id = (SELECT ind FROM temp.x)");
	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM unit_year WHERE "
	    "year = 2015"), before);
	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM unit_year WHERE "
	    "year = 2016 AND org_unit_id = (SELECT unit FROM temp.x)"), 1);
	exec_ok(f->db, "DELETE FROM indicator_unit WHERE (indicator_id, "
	    "org_unit_id) = (SELECT ind, unit FROM temp.x)");
	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM unit_year WHERE "
	    "org_unit_id = (SELECT unit FROM temp.x)"), 0);
	/* A reporter handed to another unit. */
	exec_ok(f->db, "UPDATE indicator_unit SET org_unit_id = (SELECT unit "
	    "FROM temp.x) WHERE (indicator_id, org_unit_id) = (SELECT "
	    "indicator_id, org_unit_id FROM indicator_unit ORDER BY "
	    "indicator_id DESC LIMIT 1)");
	/* Moves: performance, effect, programme year. */
	exec_ok(f->db, "UPDATE performance SET number = 999, effect_id = (SELECT max(id) "
	    "FROM effect) WHERE id = (SELECT min(performance_id) FROM "
	    "indicator)");
	exec_ok(f->db, "UPDATE effect SET number = 999, programme_id = (SELECT max(id) FROM "
	    "programme) WHERE id = (SELECT min(id) FROM effect)");
	exec_ok(f->db, "INSERT INTO budget_year(year) VALUES (2030);"
	    "UPDATE programme SET year = 2030 WHERE id = (SELECT max(id) FROM "
	    "programme WHERE year = 2014)");
	assert_true(testdb_int(f->db, "SELECT count(*) FROM unit_year WHERE "
	    "year = 2030") > 0);
	/* Deleted with everything under it: the cascade reaches the rows. */
	exec_ok(f->db, "DELETE FROM programme WHERE year = 2030");
	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM unit_year WHERE "
	    "year = 2030"), 0);
}

/*
 * The list as the overview reads it equals the list by its definition,
 * in every period, also after submissions in every state.
 */
static void
missing_list_equals_its_definition(void **state)
{
	static const char def[] =
	    "SELECT u.id, coalesce(s.state, '') FROM org_unit u "
	    "LEFT JOIN submission s ON s.org_unit_id = u.id AND "
	    "s.period_id = ?1 WHERE (s.state IS NULL OR s.state IN "
	    "('draft', 'returned')) AND EXISTS (SELECT 1 FROM indicator_unit "
	    "iu JOIN indicator i ON i.id = iu.indicator_id LEFT JOIN "
	    "performance pf ON pf.id = i.performance_id JOIN effect e "
	    "ON e.id = coalesce(i.effect_id, pf.effect_id) JOIN programme g "
	    "ON g.id = e.programme_id WHERE iu.org_unit_id = u.id AND "
	    "g.year = (SELECT year FROM period WHERE id = ?1)) "
	    "ORDER BY u.sort, u.name";
	struct testdb_fx			*f = *state;
	struct submission_missing_list	*m;
	sqlite3_stmt			*st;
	int64_t				 pid, npid, total = 0;
	size_t				 i;

	/* Submissions in every state in the 2014 periods. */
	assert_true(testdb_exec(f->db, "INSERT OR REPLACE INTO "
	    "submission(org_unit_id, period_id, state, updated_at) "
	    "SELECT y.org_unit_id, p.id, CASE y.org_unit_id % 5 WHEN 0 THEN "
	    "'draft' WHEN 1 THEN 'submitted' WHEN 2 THEN 'approved' WHEN 3 "
	    "THEN 'returned' END, 'x' FROM unit_year y JOIN period p "
	    "ON p.year = y.year WHERE y.year = 2014 AND y.org_unit_id % 5 < 4"));
	npid = testdb_int(f->db, "SELECT max(id) FROM period");
	assert_true(npid >= 4);
	for (pid = 1; pid <= npid; pid++) {
		assert_non_null(m = db_submission_missing(f->db, pid));
		assert_int_equal(sqlite3_prepare_v2(f->db->sql, def, -1, &st,
		    NULL), SQLITE_OK);
		sqlite3_bind_int64(st, 1, pid);
		for (i = 0; sqlite3_step(st) == SQLITE_ROW; i++) {
			assert_true(i < m->n);
			assert_int_equal(m->v[i].unit_id,
			    sqlite3_column_int64(st, 0));
			assert_string_equal(m->v[i].state,
			    (const char *)sqlite3_column_text(st, 1));
		}
		assert_int_equal(i, m->n);
		total += (int64_t)m->n;
		sqlite3_finalize(st);
		db_submission_missing_list_free(m);
	}
	assert_true(total > 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    unit_year_follows_every_structure_change, setup_demo,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    missing_list_equals_its_definition, setup_demo, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
