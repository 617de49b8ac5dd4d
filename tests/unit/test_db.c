/*
 * test_db.c: the migration runner, the statement cache and the data layer
 * over a small hand-made municipality.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "db_indicator.h"
#include "db_org.h"
#include "db_period.h"
#include "db_programme.h"
#include "migrate.h"
#include "period.h"
#include "testdb.h"

struct fixture {
	struct db	*db;
	char		 path[64];
};

static const char seed[] =
    "INSERT INTO org_unit(id, parent_id, kind, code, name, sort) VALUES"
    " (1, NULL, 'gemeente', 'GEM', 'Gemeente', 0),"
    " (2, 1, 'directie', 'D2', 'Bedrijfsvoering', 2),"
    " (3, 1, 'directie', 'D1', 'Stad', 1),"
    " (4, 3, 'afdeling', 'A1', 'Stadsbeheer', 0),"
    " (5, 4, 'team', 'T1', 'Team Groen', 0),"
    " (6, 4, 'team', 'T2', 'Team Grijs', 1);"
    "INSERT INTO budget_year(year, state) VALUES (2014, 'adopted');"
    "INSERT INTO period(id, year, quarter, state, deadline) VALUES"
    " (1, 2014, 1, 'closed', '2014-04-15'), (2, 2014, 2, 'closed', '2014-07-15'),"
    " (3, 2014, 3, 'open', '2014-10-15'), (4, 2014, 4, 'planned', '2015-01-15');"
    "INSERT INTO programme(id, year, number, name, portfolio_holder, "
    "directie_id, ambition) "
    "VALUES (1, 2014, 1, 'Schone stad', 'A. Wethouder', 3, 'Schoon.');"
    "INSERT INTO effect VALUES (1, 1, 1, 'Schone wijken', '');"
    "INSERT INTO performance VALUES (1, 1, 1, 'Vegen', '', 4, 100000),"
    " (2, 1, 2, 'Maaien', '', 5, 250050);"
    "INSERT INTO indicator(id, effect_id, performance_id, code, name, unit,"
    " direction, aggregation, decimals) VALUES"
    " (1, 1, NULL, 'E1', 'Tevredenheid', 'score', 'up', 'mean', 1),"
    " (2, NULL, 1, 'P1', 'Km geveegd', 'aantal', 'up', 'sum', 0);"
    "INSERT INTO target VALUES (2, 5, 2014, 0, 700), (2, 6, 2014, 0, 500),"
    " (1, 1, 2014, 0, 70);"
    "INSERT INTO figure(indicator_id, org_unit_id, period_id, value, updated_at)"
    " VALUES (2, 5, 1, 180, 'x'), (2, 6, 1, 120, 'x');";

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	assert_non_null(f);
	f->db = testdb_new(f->path, sizeof(f->path));
	assert_non_null(f->db);
	assert_true(testdb_exec(f->db, seed));
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	testdb_free(f->db, f->path);
	free(f);
	return 0;
}

static void
migrations_reach_the_last_level(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(migrate_level(f->db), migrations[migrations_len - 1].level);
	/* Running again changes nothing and succeeds. */
	assert_true(migrate_all(f->db));
	assert_int_equal(migrate_level(f->db), migrations[migrations_len - 1].level);
}

static void
failing_migration_leaves_previous_level(void **state)
{
	struct fixture		*f = *state;
	struct migration	 bad[2];
	int			 before = migrate_level(f->db);

	bad[0].level = before + 1;
	bad[0].name = "good";
	bad[0].sql = "CREATE TABLE t_good(x);";
	bad[1].level = before + 2;
	bad[1].name = "bad";
	bad[1].sql = "CREATE TABLE t_half(x); THIS IS NOT SQL;";
	assert_false(migrate_run(f->db, bad, 2));
	assert_int_equal(migrate_level(f->db), before + 1);
	/* The failed file's first statement was rolled back with it. */
	assert_int_equal(sqlite3_exec(f->db->sql, "SELECT * FROM t_half",
	    NULL, NULL, NULL), SQLITE_ERROR);
	assert_int_equal(sqlite3_exec(f->db->sql, "SELECT * FROM t_good",
	    NULL, NULL, NULL), SQLITE_OK);
}

static void
migration_gap_is_refused(void **state)
{
	struct fixture		*f = *state;
	struct migration	 gap = { 0, "gap", "CREATE TABLE t_gap(x);" };

	gap.level = migrate_level(f->db) + 2;
	assert_false(migrate_run(f->db, &gap, 1));
}

static void
migration_twice_of_one_level_is_refused(void **state)
{
	struct fixture		*f = *state;
	struct migration	 two[2] = {
		{ 0, "0099-a", "CREATE TABLE t_twice_a(x);" },
		{ 0, "0099-b", "CREATE TABLE t_twice_b(x);" },
	};
	int			 before = migrate_level(f->db);

	two[0].level = two[1].level = before + 1;
	assert_false(migrate_run(f->db, two, 2));
	/* Refused before anything ran. */
	assert_int_equal(migrate_level(f->db), before);
	assert_int_equal(sqlite3_exec(f->db->sql, "SELECT * FROM t_twice_a",
	    NULL, NULL, NULL), SQLITE_ERROR);
}

static void
statement_cache_returns_the_same_reset_statement(void **state)
{
	struct fixture	*f = *state;
	static const char sql[] = "SELECT ?1 + 1";
	sqlite3_stmt	*a, *b;

	a = db_stmt(f->db, sql);
	assert_non_null(a);
	sqlite3_bind_int(a, 1, 41);
	assert_int_equal(sqlite3_step(a), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(a, 0), 42);
	b = db_stmt(f->db, sql);
	assert_ptr_equal(a, b);
	/* Bindings were cleared: NULL + 1 is NULL. */
	assert_int_equal(sqlite3_step(b), SQLITE_ROW);
	assert_int_equal(sqlite3_column_type(b, 0), SQLITE_NULL);
	sqlite3_reset(b);
}

static void
statement_cache_grows_past_its_first_size(void **state)
{
	struct fixture	*f = *state;
	static char	 sqls[100][32];
	int		 i;
	sqlite3_stmt	*st;

	for (i = 0; i < 100; i++) {
		snprintf(sqls[i], sizeof(sqls[i]), "SELECT %d", i);
		assert_non_null(db_stmt(f->db, sqls[i]));
	}
	for (i = 0; i < 100; i++) {
		st = db_stmt(f->db, sqls[i]);
		assert_int_equal(sqlite3_step(st), SQLITE_ROW);
		assert_int_equal(sqlite3_column_int(st, 0), i);
		sqlite3_reset(st);
	}
}

static void
constraint_failure_is_not_a_system_error(void **state)
{
	struct fixture	*f = *state;
	int		 rc;

	rc = sqlite3_exec(f->db->sql, "INSERT INTO org_unit(id, parent_id, kind,"
	    " code, name) VALUES (99, 1, 'team', 'GEM', 'dup')", NULL, NULL, NULL);
	assert_int_equal(db_res_of(f->db, rc), DB_CONSTRAINT);
	rc = sqlite3_exec(f->db->sql, "INSERT INTO figure(indicator_id,"
	    " org_unit_id, period_id, updated_at) VALUES (2, 5, 999, 'x')",
	    NULL, NULL, NULL);
	assert_int_equal(db_res_of(f->db, rc), DB_CONSTRAINT);
}

static void
org_tree_lists_parents_before_children_in_sort_order(void **state)
{
	struct fixture	*f = *state;
	struct org_list	*l = db_org_list(f->db);

	assert_non_null(l);
	assert_int_equal(l->n, 6);
	assert_string_equal(l->v[0].code, "GEM");
	assert_int_equal(l->v[0].depth, 0);
	assert_string_equal(l->v[1].code, "D1");	/* sort 1 before sort 2 */
	assert_string_equal(l->v[2].code, "A1");
	assert_int_equal(l->v[2].depth, 2);
	assert_string_equal(l->v[3].code, "T1");
	assert_string_equal(l->v[4].code, "T2");
	assert_string_equal(l->v[5].code, "D2");
	db_org_list_free(l);
}

static void
closure_table_answers_scope_questions(void **state)
{
	struct fixture *f = *state;

	assert_true(db_org_is_within(f->db, 5, 4));
	assert_true(db_org_is_within(f->db, 5, 1));
	assert_true(db_org_is_within(f->db, 4, 4));
	assert_false(db_org_is_within(f->db, 4, 5));
	assert_false(db_org_is_within(f->db, 2, 3));
}

static void
moving_an_org_unit_is_refused(void **state)
{
	struct fixture *f = *state;

	assert_int_not_equal(sqlite3_exec(f->db->sql,
	    "UPDATE org_unit SET parent_id = 2 WHERE id = 4", NULL, NULL, NULL),
	    SQLITE_OK);
}

static void
period_names_parse_strictly(void **state)
{
	struct fixture	*f = *state;
	struct period	 p;
	int		 y, qn;

	assert_true(period_parse("2014-Q3", 7, &y, &qn));
	assert_int_equal(y, 2014);
	assert_int_equal(qn, 3);
	assert_false(period_parse("2014-Q5", 7, &y, &qn));
	assert_false(period_parse("2014-Q3 ", 8, &y, &qn));
	assert_false(period_parse("14-Q3", 5, &y, &qn));
	assert_false(period_parse("1999-Q1", 7, &y, &qn));
	assert_true(db_period_get_by_name(f->db, "2014-Q2", &p));
	assert_int_equal(p.id, 2);
	assert_int_equal(p.state, PERIOD_CLOSED);
	assert_false(db_period_get_by_name(f->db, "2015-Q1", &p));
	assert_true(db_period_current(f->db, &p));
	assert_string_equal(p.name, "2014-Q3");
}

/* Earliest open, else latest closed, else latest planned. */
static void
current_period_prefers_earliest_open_then_latest_closed(void **state)
{
	struct fixture	*f = *state;
	struct period	 p;

	assert_int_equal(sqlite3_exec(f->db->sql, "UPDATE period SET state ="
	    " 'open' WHERE id IN (2, 4)", NULL, NULL, NULL), SQLITE_OK);
	assert_true(db_period_current(f->db, &p));
	assert_string_equal(p.name, "2014-Q2");
	assert_int_equal(p.state, PERIOD_OPEN);
	assert_int_equal(sqlite3_exec(f->db->sql, "UPDATE period SET state ="
	    " 'closed' WHERE id IN (2, 3); UPDATE period SET state = 'planned'"
	    " WHERE id = 4", NULL, NULL, NULL), SQLITE_OK);
	assert_true(db_period_current(f->db, &p));
	assert_string_equal(p.name, "2014-Q3");
	assert_int_equal(p.state, PERIOD_CLOSED);
	assert_int_equal(sqlite3_exec(f->db->sql, "UPDATE period SET state ="
	    " 'planned'", NULL, NULL, NULL), SQLITE_OK);
	assert_true(db_period_current(f->db, &p));
	assert_string_equal(p.name, "2014-Q4");
}

static void
programme_loads_with_effects_performances_and_budget(void **state)
{
	struct fixture		*f = *state;
	struct programme	*p = db_programme_get(f->db, 1);

	assert_non_null(p);
	assert_string_equal(p->name, "Schone stad");
	assert_string_equal(p->directie_name, "Stad");
	assert_int_equal(p->budget_cents, 350050);
	assert_int_equal(p->effectn, 1);
	assert_int_equal(p->effects[0].indicatorn, 1);
	assert_int_equal(p->effects[0].performancen, 2);
	assert_string_equal(p->effects[0].performances[0].org_unit_name,
	    "Stadsbeheer");
	assert_int_equal(p->effects[0].performances[0].indicatorn, 1);
	assert_int_equal(p->effects[0].performances[0].indicators[0].targetn, 2);
	assert_int_equal(p->effects[0].performances[1].indicatorn, 0);
	db_programme_free(p);
	assert_null(db_programme_get(f->db, 99));
}

static void
indicator_loads_targets_and_figures(void **state)
{
	struct fixture		*f = *state;
	struct indicator	*ind = db_indicator_get(f->db, 2);

	assert_non_null(ind);
	assert_int_equal(ind->aggregation, AGG_SUM);
	assert_true(db_indicator_load_targets(f->db, ind, 2014));
	assert_true(db_indicator_load_figures(f->db, ind));
	assert_int_equal(ind->targetn, 2);
	assert_int_equal(ind->figuren, 2);
	assert_string_equal(ind->figures[0].period, "2014-Q1");
	assert_int_equal(ind->figures[0].value + ind->figures[1].value, 300);
	db_indicator_free(ind);
	db_indicator_free(NULL);
}

static void
audit_rows_cannot_be_changed(void **state)
{
	struct fixture *f = *state;

	assert_true(testdb_exec(f->db, "INSERT INTO audit(at, action,"
	    " prev_hash, hash) VALUES ('x', 'test', '', 'h')"));
	assert_int_not_equal(sqlite3_exec(f->db->sql,
	    "UPDATE audit SET action = 'forged'", NULL, NULL, NULL), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(f->db->sql,
	    "DELETE FROM audit", NULL, NULL, NULL), SQLITE_OK);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(migrations_reach_the_last_level, setup, teardown),
		cmocka_unit_test_setup_teardown(current_period_prefers_earliest_open_then_latest_closed, setup, teardown),
		cmocka_unit_test_setup_teardown(failing_migration_leaves_previous_level, setup, teardown),
		cmocka_unit_test_setup_teardown(migration_twice_of_one_level_is_refused,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(migration_gap_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(statement_cache_returns_the_same_reset_statement, setup, teardown),
		cmocka_unit_test_setup_teardown(statement_cache_grows_past_its_first_size, setup, teardown),
		cmocka_unit_test_setup_teardown(constraint_failure_is_not_a_system_error, setup, teardown),
		cmocka_unit_test_setup_teardown(org_tree_lists_parents_before_children_in_sort_order, setup, teardown),
		cmocka_unit_test_setup_teardown(closure_table_answers_scope_questions, setup, teardown),
		cmocka_unit_test_setup_teardown(moving_an_org_unit_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(period_names_parse_strictly, setup, teardown),
		cmocka_unit_test_setup_teardown(programme_loads_with_effects_performances_and_budget, setup, teardown),
		cmocka_unit_test_setup_teardown(indicator_loads_targets_and_figures, setup, teardown),
		cmocka_unit_test_setup_teardown(audit_rows_cannot_be_changed, setup, teardown),
	};

	return cmocka_run_group_tests_name("db", tests, NULL, NULL);
}
