/*
 * test_dashboard_reads.c: freshness.  A figure or cost saved through the
 * writers' hook path shows in the dashboards' reads (db_rollup.h) at once,
 * without a rebuild.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "db.h"
#include "db_rollup.h"
#include "demo.h"
#include "rollup_store.h"
#include "testdb.h"

static int
setup_demo(void **state)
{
	return testdb_fx_demo(state, 1, 1);
}

static int
teardown(void **state)
{
	return testdb_fx_free(state);
}

/* A summed, non-cumulative indicator's figure in 2014-Q2. */
#define FIG_SQL(col) "SELECT " col " FROM figure f JOIN indicator i " \
	"ON i.id = f.indicator_id JOIN period p ON p.id = f.period_id " \
	"WHERE i.aggregation = 'sum' AND i.cumulative = 0 AND p.year = 2014 " \
	"AND p.quarter = 2 AND f.value IS NOT NULL ORDER BY f.id LIMIT 1"

static void
a_saved_figure_shows_in_the_next_read(void **state)
{
	struct testdb_fx			*f = *state;
	struct rollup_ind_list		*l;
	const struct rollup_ind_row	*r;
	int64_t				 fid, ind, unit, per, prog, before;
	char				 sql[256];

	fid = testdb_int(f->db, FIG_SQL("f.id"));
	ind = testdb_int(f->db, FIG_SQL("f.indicator_id"));
	unit = testdb_int(f->db, FIG_SQL("f.org_unit_id"));
	per = testdb_int(f->db, FIG_SQL("f.period_id"));
	snprintf(sql, sizeof(sql), "SELECT e.programme_id FROM indicator i "
	    "LEFT JOIN performance pf ON pf.id = i.performance_id JOIN effect e "
	    "ON e.id = coalesce(i.effect_id, pf.effect_id) WHERE i.id = %lld",
	    (long long)ind);
	prog = testdb_int(f->db, sql);
	assert_true(fid > 0 && prog > 0);
	assert_non_null(l = db_rollup_indicators_of_programme(f->db, prog, per));
	assert_non_null(r = db_rollup_ind_find(l, ind, per));
	before = r->v.value;
	db_rollup_ind_list_free(l);

	assert_true(db_begin_immediate(f->db));
	snprintf(sql, sizeof(sql), "UPDATE figure SET value = value + 1000 "
	    "WHERE id = %lld", (long long)fid);
	assert_int_equal(testdb_exec(f->db, sql), 1);
	assert_true(rollup_store_figure_changed(f->db, ind, unit, per));
	assert_true(db_commit(f->db));

	assert_non_null(l = db_rollup_indicators_of_programme(f->db, prog, per));
	assert_non_null(r = db_rollup_ind_find(l, ind, per));
	assert_int_equal(r->v.value, before + 1000);
	db_rollup_ind_list_free(l);
}

static void
a_saved_cost_shows_in_the_next_read(void **state)
{
	struct testdb_fx		*f = *state;
	struct rollup_perf_list	*c;
	struct rollup_node_list	*p;
	int64_t			 perf, per, before = 0;
	size_t			 i;
	char			 sql[256];

	per = testdb_int(f->db, "SELECT id FROM period WHERE year = 2014 AND "
	    "quarter = 2");
	perf = testdb_int(f->db, "SELECT c.performance_id FROM cost c JOIN period p "
	    "ON p.id = c.period_id WHERE p.year = 2014 AND p.quarter = 2 "
	    "AND c.realised_cents IS NOT NULL ORDER BY c.performance_id LIMIT 1");
	assert_non_null(p = db_rollup_programmes(f->db, per));
	for (i = 0; i < p->n; i++)
		before += p->v[i].fin.realised;
	db_rollup_node_list_free(p);

	assert_true(db_begin_immediate(f->db));
	snprintf(sql, sizeof(sql), "UPDATE cost SET realised_cents = "
	    "realised_cents + 900000000 WHERE performance_id = %lld AND "
	    "period_id = %lld", (long long)perf, (long long)per);
	assert_int_equal(testdb_exec(f->db, sql), 1);
	assert_true(rollup_store_cost_changed(f->db, perf, per));
	assert_true(db_commit(f->db));

	assert_non_null(p = db_rollup_programmes(f->db, per));
	for (i = 0; i < p->n; i++)
		before -= p->v[i].fin.realised;
	db_rollup_node_list_free(p);
	assert_int_equal(before, -900000000);
	/* Now the largest deviation of the period. */
	assert_non_null(c = db_rollup_costs_largest(f->db, per, 5));
	assert_true(c->n > 0);
	assert_int_equal(c->v[0].id, perf);
	db_rollup_perf_list_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    a_saved_figure_shows_in_the_next_read, setup_demo, teardown),
		cmocka_unit_test_setup_teardown(
		    a_saved_cost_shows_in_the_next_read, setup_demo, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
