/*
 * test_rollup_store.c: the materialised rollups kept by the hooks equal a
 * full rebuild after thousands of random saves; cumulative indicators and
 * missing data follow the rules; migration levels are unique.
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
#include "demo.h"
#include "migrate.h"
#include "rollup_store.h"
#include "status.h"
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

/* Every materialised row as text, in key order. */
static char *
snapshot(struct db *db)
{
	static const char *const sql[] = {
		"SELECT * FROM rollup_indicator ORDER BY indicator_id, period_id",
		"SELECT * FROM rollup_node ORDER BY kind, node_id, period_id",
		"SELECT * FROM rollup_unit_reported "
		"ORDER BY unit_id, period_id, indicator_id",
	};
	sqlite3_stmt	*st;
	char		*buf;
	size_t		 len = 0, cap = 1 << 20, i;
	int		 c, n;

	buf = malloc(cap);
	assert_non_null(buf);
	for (i = 0; i < sizeof(sql) / sizeof(sql[0]); i++) {
		assert_int_equal(sqlite3_prepare_v2(db->sql, sql[i], -1, &st,
		    NULL), SQLITE_OK);
		while (sqlite3_step(st) == SQLITE_ROW) {
			n = sqlite3_column_count(st);
			for (c = 0; c < n; c++) {
				if (cap - len < 64) {
					cap *= 2;
					buf = realloc(buf, cap);
					assert_non_null(buf);
				}
				len += (size_t)snprintf(buf + len, cap - len,
				    "%lld%c", (long long)
				    sqlite3_column_int64(st, c),
				    c + 1 == n ? '\n' : ',');
			}
		}
		sqlite3_finalize(st);
	}
	buf[len] = '\0';
	return buf;
}

static uint64_t rng = 0x6b6f657273ULL;

static uint64_t
rnd(uint64_t n)
{
	uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return (z ^ (z >> 31)) % n;
}

/*
 * One random save the way a writer does it: change a figure (new, changed,
 * emptied or removed) or a cost, then call the hook in the transaction.
 */
static void
random_save(struct db *db, int64_t npairs, int64_t ncost)
{
	sqlite3_stmt	*st;
	int64_t		 ind, unit, pid, perf, v;
	int		 kind = (int)rnd(10);

	assert_true(db_begin_immediate(db));
	if (kind < 8) {
		assert_int_equal(sqlite3_prepare_v2(db->sql,
		    "SELECT iu.indicator_id, iu.org_unit_id, p.id "
		    "FROM indicator_unit iu JOIN indicator i ON i.id = "
		    "iu.indicator_id LEFT JOIN performance pf ON pf.id = "
		    "i.performance_id JOIN effect e ON e.id = "
		    "coalesce(i.effect_id, pf.effect_id) JOIN programme g ON "
		    "g.id = e.programme_id JOIN period p ON p.year = g.year "
		    "AND p.quarter = ?2 WHERE g.year <= 2014 "
		    "LIMIT 1 OFFSET ?1", -1, &st, NULL), SQLITE_OK);
		sqlite3_bind_int64(st, 1, (int64_t)rnd((uint64_t)npairs));
		sqlite3_bind_int(st, 2, 1 + (int)rnd(4));
		if (sqlite3_step(st) != SQLITE_ROW) {
			sqlite3_finalize(st);
			db_rollback(db);
			return;
		}
		ind = sqlite3_column_int64(st, 0);
		unit = sqlite3_column_int64(st, 1);
		pid = sqlite3_column_int64(st, 2);
		sqlite3_finalize(st);
		if (kind == 0) {
			assert_int_equal(sqlite3_prepare_v2(db->sql,
			    "DELETE FROM figure WHERE indicator_id = ?1 AND "
			    "org_unit_id = ?2 AND period_id = ?3", -1, &st,
			    NULL), SQLITE_OK);
		} else {
			assert_int_equal(sqlite3_prepare_v2(db->sql,
			    "INSERT INTO figure(indicator_id, org_unit_id, "
			    "period_id, value, numerator, denominator, weight, "
			    "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
			    "'2014-01-01T00:00:00Z') ON CONFLICT DO UPDATE SET "
			    "value = excluded.value, numerator = "
			    "excluded.numerator, denominator = "
			    "excluded.denominator, weight = excluded.weight",
			    -1, &st, NULL), SQLITE_OK);
			v = (int64_t)rnd(20000) - 2000;
			if (kind != 1)
				sqlite3_bind_int64(st, 4, v);
			if (kind != 2) {
				sqlite3_bind_int64(st, 5, (int64_t)rnd(500));
				sqlite3_bind_int64(st, 6, (int64_t)rnd(600));
			}
			if (kind != 3)
				sqlite3_bind_int64(st, 7, (int64_t)rnd(50) - 5);
		}
		sqlite3_bind_int64(st, 1, ind);
		sqlite3_bind_int64(st, 2, unit);
		sqlite3_bind_int64(st, 3, pid);
		assert_int_equal(sqlite3_step(st), SQLITE_DONE);
		sqlite3_finalize(st);
		assert_true(rollup_store_figure_changed(db, ind, unit, pid));
	} else {
		assert_int_equal(sqlite3_prepare_v2(db->sql,
		    "SELECT performance_id, period_id FROM cost "
		    "LIMIT 1 OFFSET ?1", -1, &st, NULL), SQLITE_OK);
		sqlite3_bind_int64(st, 1, (int64_t)rnd((uint64_t)ncost));
		assert_int_equal(sqlite3_step(st), SQLITE_ROW);
		perf = sqlite3_column_int64(st, 0);
		pid = sqlite3_column_int64(st, 1);
		sqlite3_finalize(st);
		assert_int_equal(sqlite3_prepare_v2(db->sql,
		    "UPDATE cost SET realised_cents = ?3, forecast_cents = ?4 "
		    "WHERE performance_id = ?1 AND period_id = ?2", -1, &st,
		    NULL), SQLITE_OK);
		sqlite3_bind_int64(st, 1, perf);
		sqlite3_bind_int64(st, 2, pid);
		if (rnd(4) != 0)
			sqlite3_bind_int64(st, 3, (int64_t)rnd(100000000));
		if (rnd(4) != 0)
			sqlite3_bind_int64(st, 4, (int64_t)rnd(100000000));
		assert_int_equal(sqlite3_step(st), SQLITE_DONE);
		sqlite3_finalize(st);
		assert_true(rollup_store_cost_changed(db, perf, pid));
	}
	assert_true(db_commit(db));
}

/* The hooks after 3,000 random saves leave exactly what a rebuild makes. */
static void
incremental_equals_rebuild_after_random_saves(void **state)
{
	struct testdb_fx	*f = *state;
	char		*inc, *full;
	int64_t		 npairs, ncost;
	int		 i;

	npairs = testdb_int(f->db, "SELECT count(*) FROM indicator_unit iu JOIN "
	    "indicator i ON i.id = iu.indicator_id LEFT JOIN performance pf "
	    "ON pf.id = i.performance_id JOIN effect e ON e.id = "
	    "coalesce(i.effect_id, pf.effect_id) JOIN programme g ON "
	    "g.id = e.programme_id WHERE g.year <= 2014");
	ncost = testdb_int(f->db, "SELECT count(*) FROM cost");
	assert_true(npairs > 100 && ncost > 100);
	for (i = 0; i < 3000; i++)
		random_save(f->db, npairs, ncost);
	inc = snapshot(f->db);
	assert_true(rollup_store_rebuild(f->db));
	full = snapshot(f->db);
	assert_true(strlen(full) > 1000);
	assert_string_equal(inc, full);
	free(inc);
	free(full);
}

/* The gemeente's counts are the sum of the programmes' in every period. */
static void
gemeente_counts_equal_the_sum_of_programmes(void **state)
{
	struct testdb_fx *f = *state;

	assert_int_equal(testdb_int(f->db,
	    "SELECT count(*) FROM rollup_node u JOIN org_unit o ON o.id = "
	    "u.node_id AND o.parent_id IS NULL WHERE u.kind = 3 AND "
	    "(u.n_indicators, u.n_on_track, u.n_at_risk, u.n_off_track, "
	    "u.budget, u.realised) IS NOT (SELECT sum(n_indicators), "
	    "sum(n_on_track), sum(n_at_risk), sum(n_off_track), sum(budget), "
	    "sum(realised) FROM rollup_node g WHERE g.kind = 1 AND "
	    "g.period_id = u.period_id)"), 0);
	assert_true(testdb_int(f->db, "SELECT sum(n_off_track) FROM rollup_node "
	    "WHERE kind = 1") > 0);
}

/*
 * A cumulative sum: the year-to-date of the units that entered the
 * quarter; a unit that has not entered it is no data, not zero; an
 * indicator nobody entered has no row (no data).
 */
static void
cumulative_ytd_and_missing_stays_no_data(void **state)
{
	struct testdb_fx	*f = *state;
	int64_t		 ind, q1, q2, q3, a, b, v;
	char		 sql[1024];

	ind = testdb_int(f->db, "SELECT i.id FROM indicator i JOIN performance pf "
	    "ON pf.id = i.performance_id JOIN effect e ON e.id = pf.effect_id "
	    "JOIN programme g ON g.id = e.programme_id WHERE i.cumulative = 1 "
	    "AND i.aggregation = 'sum' AND g.year = 2014 AND (SELECT count(*) "
	    "FROM indicator_unit WHERE indicator_id = i.id) >= 2 LIMIT 1");
	assert_true(ind > 0);
	q1 = testdb_int(f->db, "SELECT id FROM period WHERE year = 2014 AND quarter = 1");
	q2 = testdb_int(f->db, "SELECT id FROM period WHERE year = 2014 AND quarter = 2");
	q3 = testdb_int(f->db, "SELECT id FROM period WHERE year = 2014 AND quarter = 3");
	snprintf(sql, sizeof(sql), "SELECT org_unit_id FROM indicator_unit "
	    "WHERE indicator_id = %lld ORDER BY org_unit_id LIMIT 1",
	    (long long)ind);
	a = testdb_int(f->db, sql);
	snprintf(sql, sizeof(sql), "SELECT org_unit_id FROM indicator_unit "
	    "WHERE indicator_id = %lld ORDER BY org_unit_id LIMIT 1 OFFSET 1",
	    (long long)ind);
	b = testdb_int(f->db, sql);
	/* A: 10 in Q1, 20 in Q2; B: 5 in Q1 only; nobody in Q3. */
	snprintf(sql, sizeof(sql),
	    "DELETE FROM figure WHERE indicator_id = %lld;"
	    "INSERT INTO figure(indicator_id, org_unit_id, period_id, value, "
	    "updated_at) VALUES (%lld, %lld, %lld, 10, 'x'), "
	    "(%lld, %lld, %lld, 20, 'x'), (%lld, %lld, %lld, 5, 'x');",
	    (long long)ind, (long long)ind, (long long)a, (long long)q1,
	    (long long)ind, (long long)a, (long long)q2, (long long)ind,
	    (long long)b, (long long)q1);
	assert_true(db_begin_immediate(f->db));
	assert_true(testdb_exec(f->db, sql));
	assert_true(rollup_store_figure_changed(f->db, ind, a, q1));
	assert_true(rollup_store_figure_changed(f->db, ind, a, q3));
	assert_true(db_commit(f->db));
	snprintf(sql, sizeof(sql), "SELECT value FROM rollup_indicator WHERE "
	    "indicator_id = %lld AND period_id = %lld", (long long)ind,
	    (long long)q1);
	assert_int_equal(testdb_int(f->db, sql), 15);
	snprintf(sql, sizeof(sql), "SELECT value * 100 + units FROM "
	    "rollup_indicator WHERE indicator_id = %lld AND period_id = %lld",
	    (long long)ind, (long long)q2);
	v = testdb_int(f->db, sql);
	assert_int_equal(v, 30 * 100 + 1);	/* A's Q1+Q2; B is no data */
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM rollup_indicator "
	    "WHERE indicator_id = %lld AND period_id = %lld", (long long)ind,
	    (long long)q3);
	assert_int_equal(testdb_int(f->db, sql), 0);	/* nobody entered Q3 */
	/* The status is judged against the target of the units that count. */
	snprintf(sql, sizeof(sql), "SELECT r.target = t.value FROM "
	    "rollup_indicator r JOIN target t ON t.indicator_id = "
	    "r.indicator_id AND t.org_unit_id = %lld AND t.year = 2014 AND "
	    "t.quarter = 2 WHERE r.indicator_id = %lld AND r.period_id = %lld",
	    (long long)a, (long long)ind, (long long)q2);
	assert_int_equal(testdb_int(f->db, sql), 1);
	/* And a rebuild agrees. */
	{
		char *inc = snapshot(f->db), *full;

		assert_true(rollup_store_rebuild(f->db));
		full = snapshot(f->db);
		assert_string_equal(inc, full);
		free(inc);
		free(full);
	}
}

/*
 * The rebuild writes only what differs, so it must find every kind of
 * difference: a changed row, a missing row, a stale row, in both tables.
 */
static void
rebuild_repairs_changed_missing_and_stale_rows(void **state)
{
	struct testdb_fx	*f = *state;
	char		*before, *after;
	int64_t		 changed = -1;

	assert_true(rollup_store_rebuild_count(f->db, &changed));
	assert_int_equal(changed, 0);	/* the store was current */
	before = snapshot(f->db);
	assert_true(testdb_exec(f->db,
	    "UPDATE rollup_indicator SET value = value + 1 WHERE "
	    "(indicator_id, period_id) = (SELECT indicator_id, period_id "
	    "FROM rollup_indicator LIMIT 1 OFFSET 7);"
	    "DELETE FROM rollup_indicator WHERE (indicator_id, period_id) = "
	    "(SELECT indicator_id, period_id FROM rollup_indicator "
	    "LIMIT 1 OFFSET 20);"
	    "INSERT INTO rollup_indicator VALUES (999999, 1, 1, 5, 1, 0, 0, "
	    "1, 0);"
	    "UPDATE rollup_node SET realised = realised + 1 WHERE "
	    "(kind, node_id, period_id) = (SELECT kind, node_id, period_id "
	    "FROM rollup_node WHERE kind = 3 LIMIT 1);"
	    "DELETE FROM rollup_node WHERE (kind, node_id, period_id) = "
	    "(SELECT kind, node_id, period_id FROM rollup_node WHERE kind = 1 "
	    "LIMIT 1);"
	    "INSERT INTO rollup_node VALUES (2, 999999, 1, 0, 0, 0, 0, 0, 0, 0, "
	    "0, 0, 0, 0, 0, 0);"));
	after = snapshot(f->db);
	assert_string_not_equal(before, after);
	free(after);
	assert_true(rollup_store_rebuild_count(f->db, &changed));
	assert_int_equal(changed, 6);
	after = snapshot(f->db);
	assert_string_equal(before, after);
	free(before);
	free(after);
}

/* Damage of every kind, in many indicators and so in every chunk. */
static const char damage_sql[] =
	"UPDATE rollup_indicator SET value = value + 3 WHERE indicator_id % 7 = 0;"
	"UPDATE rollup_indicator SET status = 0 WHERE indicator_id % 11 = 0;"
	"DELETE FROM rollup_indicator WHERE indicator_id % 5 = 0;"
	"INSERT INTO rollup_indicator VALUES (999999, 1, 1, 5, 1, 0, 0, 1, 0);"
	"UPDATE rollup_node SET n_on_track = n_on_track + 1, realised = 0 "
	"WHERE node_id % 3 = 0;"
	"DELETE FROM rollup_node WHERE kind = 3 AND node_id % 4 = 0;"
	"UPDATE rollup_unit_reported SET status = (status + 1) % 4 "
	"WHERE indicator_id % 3 = 0;"
	"DELETE FROM rollup_unit_reported WHERE indicator_id % 5 = 1;"
	"INSERT OR REPLACE INTO rollup_unit_reported VALUES (1, 9, 1999999, 2);"
	"INSERT OR IGNORE INTO rollup_unit_reported SELECT 1, 9, id, 1 "
	"FROM indicator WHERE id % 23 = 0;";

/*
 * The rebuild reads on several threads, each chunk of indicators on its
 * own connection: after the same damage, and from an empty store, four
 * threads write exactly what one thread writes, and the same numbers the
 * hooks keep.
 */
static void
rebuild_on_four_threads_equals_one_thread(void **state)
{
	struct testdb_fx	*f = *state;
	char		*hooks, *one_t, *four_t;
	int64_t		 c1 = -1, c4 = -1;

	/* Chunks of 16 indicators: more than 20 chunks with figures. */
	assert_true(testdb_int(f->db, "SELECT max(indicator_id) FROM rollup_indicator")
	    > 16 * 20);
	hooks = snapshot(f->db);
	assert_true(testdb_exec(f->db, damage_sql));
	assert_true(rollup_store_rebuild_threads(f->db, 1, 16, &c1));
	one_t = snapshot(f->db);
	assert_true(testdb_exec(f->db, damage_sql));
	assert_true(rollup_store_rebuild_threads(f->db, 4, 16, &c4));
	four_t = snapshot(f->db);
	assert_true(c1 > 1000);
	assert_int_equal(c1, c4);
	assert_string_equal(one_t, hooks);
	assert_string_equal(four_t, hooks);
	free(four_t);
	assert_true(testdb_exec(f->db, "DELETE FROM rollup_indicator;"
	    "DELETE FROM rollup_node;"));
	assert_true(rollup_store_rebuild_threads(f->db, 4, 16, &c4));
	four_t = snapshot(f->db);
	assert_string_equal(four_t, hooks);
	free(hooks);
	free(one_t);
	free(four_t);
}

/*
 * Inside the caller's transaction the rebuild must see the caller's
 * uncommitted writes, which connections of its own would not: it repairs
 * damage done in that transaction, however many threads it is offered.
 */
static void
rebuild_in_callers_transaction_sees_its_writes(void **state)
{
	struct testdb_fx	*f = *state;
	char		*before, *after;
	int64_t		 changed = -1;

	before = snapshot(f->db);
	assert_true(db_begin_immediate(f->db));
	assert_true(testdb_exec(f->db, damage_sql));
	assert_true(rollup_store_rebuild_threads(f->db, 4, 16, &changed));
	assert_true(changed > 1000);
	assert_true(db_commit(f->db));
	after = snapshot(f->db);
	assert_string_equal(before, after);
	free(before);
	free(after);
}

/*
 * A node row the last rebuild did not write (a programme, effect or unit
 * added since) is counted from scratch by the hook: the same numbers the
 * rebuild gives, for the effect, the programme and every owning unit.
 */
static void
hook_counts_a_missing_node_from_scratch(void **state)
{
	struct testdb_fx	*f = *state;
	sqlite3_stmt	*st;
	int64_t		 perf, pid;

	pid = testdb_int(f->db, "SELECT id FROM period WHERE year = 2014 AND "
	    "quarter = 2");
	assert_int_equal(sqlite3_prepare_v2(f->db->sql,
	    "SELECT c.performance_id FROM cost c JOIN performance pf ON "
	    "pf.id = c.performance_id JOIN indicator i ON i.performance_id = "
	    "pf.id JOIN rollup_indicator r ON r.indicator_id = i.id AND "
	    "r.period_id = c.period_id WHERE c.period_id = ?1 AND "
	    "r.status >= 2 LIMIT 1", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, pid);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	perf = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	assert_true(testdb_exec(f->db, "CREATE TEMP TABLE before AS "
	    "SELECT * FROM rollup_node"));
	/* The nodes the cost touches: as if each had been added since. */
	assert_int_equal(sqlite3_prepare_v2(f->db->sql,
	    "DELETE FROM rollup_node WHERE period_id = ?1 AND ("
	    "(kind = 2 AND node_id = (SELECT effect_id FROM performance "
	    "WHERE id = ?2)) OR (kind = 1 AND node_id = (SELECT "
	    "e.programme_id FROM performance pf JOIN effect e ON e.id = "
	    "pf.effect_id WHERE pf.id = ?2)) OR (kind = 3 AND node_id IN "
	    "(SELECT ancestor_id FROM org_unit_tree WHERE descendant_id = "
	    "(SELECT org_unit_id FROM performance WHERE id = ?2))))", -1, &st,
	    NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, pid);
	sqlite3_bind_int64(st, 2, perf);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	assert_true(sqlite3_changes(f->db->sql) >= 3);
	sqlite3_finalize(st);
	assert_true(db_begin_immediate(f->db));
	assert_true(rollup_store_cost_changed(f->db, perf, pid));
	assert_true(db_commit(f->db));
	/* Every row is back, with the numbers it had. */
	assert_true(testdb_int(f->db, "SELECT count(*) FROM temp.before") > 0);
	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM (SELECT * FROM "
	    "temp.before EXCEPT SELECT * FROM rollup_node)"), 0);
	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM (SELECT * FROM "
	    "rollup_node EXCEPT SELECT * FROM temp.before)"), 0);
}

/*
 * The embedded migrations follow each other without gap or repeat, as
 * migrate.c applies them: two branches that both add level N meet here.
 */
/*
 * The finance rule (docs/rollup-rules.md, "Rolling up costs"), checked on
 * every programme row: every performance of the year is a line (with or
 * without a cost row), the year budget is theirs, and the shown budget is
 * the budget of the lines that reported a realisation only.
 */
static int64_t
finance_rule_violations(struct db *db)
{
	return testdb_int(db,
	    "SELECT count(*) FROM rollup_node r JOIN programme g ON g.id = "
	    "r.node_id JOIN period p ON p.id = r.period_id AND p.year = g.year "
	    "WHERE r.kind = 1 AND (r.year_budget, r.n_parts, r.budget, "
	    "r.n_realised) IS NOT (SELECT coalesce(sum(pf.budget_cents), 0), "
	    "count(*), coalesce(sum(CASE WHEN c.realised_cents IS NOT NULL "
	    "THEN c.budget_cents ELSE 0 END), 0), count(c.realised_cents) "
	    "FROM effect e JOIN performance pf ON pf.effect_id = e.id "
	    "LEFT JOIN cost c ON c.performance_id = pf.id AND c.period_id = "
	    "p.id WHERE e.programme_id = g.id) OR r.budget != r.budget_realised");
}

/* One cost change the way a writer does it: SQL, then the hook. */
static void
cost_change(struct db *db, const char *sql, int64_t perf, int64_t pid)
{
	sqlite3_stmt	*st;

	assert_true(db_begin_immediate(db));
	assert_int_equal(sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL),
	    SQLITE_OK);
	sqlite3_bind_int64(st, 1, perf);
	sqlite3_bind_int64(st, 2, pid);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	assert_true(rollup_store_cost_changed(db, perf, pid));
	assert_true(db_commit(db));
}

/*
 * Like with like in both paths: a programme whose lines have not all
 * reported (or have no cost row at all, as in a quarter not yet opened)
 * keeps the year budget of every line and the budget of the reported ones
 * beside their realisation, after saves through the hooks and after a
 * rebuild, which agree.
 */
static void
finance_like_with_like_in_hooks_and_rebuild(void **state)
{
	struct testdb_fx	*f = *state;
	char			*inc, *full;
	int64_t			 perf, pid;

	assert_int_equal(finance_rule_violations(f->db), 0);
	/* A quarter without any cost row still has its year budget. */
	assert_true(testdb_int(f->db, "SELECT count(*) FROM rollup_node r "
	    "JOIN programme g ON g.id = r.node_id JOIN period p ON p.id = "
	    "r.period_id AND p.year = g.year WHERE r.kind = 1 AND "
	    "r.year_budget > 0 AND NOT EXISTS (SELECT 1 FROM cost c WHERE "
	    "c.period_id = p.id)") > 0);
	/* A first cost row in such a quarter, reported. */
	perf = testdb_int(f->db, "SELECT pf.id FROM performance pf JOIN effect "
	    "e ON e.id = pf.effect_id JOIN programme g ON g.id = e.programme_id "
	    "WHERE g.year = 2014 ORDER BY pf.id LIMIT 1");
	pid = testdb_int(f->db, "SELECT id FROM period WHERE year = 2014 AND "
	    "quarter = 4");
	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM cost WHERE "
	    "period_id = (SELECT id FROM period WHERE year = 2014 AND "
	    "quarter = 4)"), 0);
	cost_change(f->db, "INSERT INTO cost(performance_id, period_id, "
	    "budget_cents, realised_cents, updated_at) VALUES (?1, ?2, "
	    "70000000, 65000000, '2015-01-10T00:00:00Z')", perf, pid);
	/* A line of 2014-Q3 stops reporting; another loses its row. */
	pid = testdb_int(f->db, "SELECT id FROM period WHERE year = 2014 AND "
	    "quarter = 3");
	perf = testdb_int(f->db, "SELECT performance_id FROM cost WHERE "
	    "period_id = (SELECT id FROM period WHERE year = 2014 AND "
	    "quarter = 3) AND realised_cents IS NOT NULL ORDER BY 1 LIMIT 1");
	cost_change(f->db, "UPDATE cost SET realised_cents = NULL WHERE "
	    "performance_id = ?1 AND period_id = ?2", perf, pid);
	perf = testdb_int(f->db, "SELECT performance_id FROM cost WHERE "
	    "period_id = (SELECT id FROM period WHERE year = 2014 AND "
	    "quarter = 3) AND realised_cents IS NOT NULL ORDER BY 1 LIMIT 1");
	cost_change(f->db, "DELETE FROM cost WHERE performance_id = ?1 AND "
	    "period_id = ?2", perf, pid);
	assert_int_equal(finance_rule_violations(f->db), 0);
	inc = snapshot(f->db);
	assert_true(rollup_store_rebuild(f->db));
	assert_int_equal(finance_rule_violations(f->db), 0);
	full = snapshot(f->db);
	assert_string_equal(inc, full);
	free(inc);
	free(full);
}

/*
 * Issue 13: a unit's scorecard counts what its units report, not only
 * what it owns.  Vergunningen reports 2014.10.1.1.1 of Publiekszaken's
 * performance 10.1.1; its own 2014-Q1 figure (15.830 of 20.400 in time,
 * 77,6 % against 86,4 %) is uit koers on the drill-down, so its
 * scorecard counts it off track.  The hook moves that count when the
 * figure changes or goes, and the rebuild agrees.
 */
static void
scorecard_counts_what_its_units_report(void **state)
{
	struct testdb_fx	*f = *state;
	char			 sql[512];
	char			*inc, *full;
	long long		 unit, ind, pid, off;
	int			 q;

	unit = testdb_int(f->db, "SELECT id FROM org_unit "
	    "WHERE name = 'Vergunningen'");
	ind = testdb_int(f->db, "SELECT id FROM indicator "
	    "WHERE code = '2014.10.1.1.1'");
	pid = testdb_int(f->db, "SELECT id FROM period "
	    "WHERE year = 2014 AND quarter = 1");
	assert_true(unit > 0 && ind > 0 && pid > 0);
	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM period "
	    "WHERE year = 2014 AND id - quarter + 1 = (SELECT id FROM period "
	    "WHERE year = 2014 AND quarter = 1)"), 4);
	/* Owned by an ancestor, not by Vergunningen. */
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM performance pf "
	    "JOIN indicator i ON i.performance_id = pf.id WHERE i.id = %lld "
	    "AND pf.org_unit_id = %lld", ind, unit);
	assert_int_equal(testdb_int(f->db, sql), 0);
	snprintf(sql, sizeof(sql), "SELECT status FROM rollup_unit_reported "
	    "WHERE unit_id = %lld AND period_id = %lld AND indicator_id = %lld",
	    unit, pid, ind);
	assert_int_equal(testdb_int(f->db, sql), STATUS_OFF_TRACK);
	snprintf(sql, sizeof(sql), "SELECT n_off_track FROM rollup_node "
	    "WHERE kind = 3 AND node_id = %lld AND period_id = %lld",
	    unit, pid);
	off = testdb_int(f->db, sql);
	assert_true(off >= 1);

	/* In time after all: on track, one off track fewer. */
	assert_true(db_begin_immediate(f->db));
	snprintf(sql, sizeof(sql), "UPDATE figure SET numerator = 20000, "
	    "value = 980 WHERE indicator_id = %lld AND org_unit_id = %lld "
	    "AND period_id = %lld", ind, unit, pid);
	assert_true(db_exec(f->db, sql));
	assert_true(rollup_store_figure_changed(f->db, ind, unit, pid));
	assert_true(db_commit(f->db));
	snprintf(sql, sizeof(sql), "SELECT n_off_track FROM rollup_node "
	    "WHERE kind = 3 AND node_id = %lld AND period_id = %lld",
	    unit, pid);
	assert_int_equal(testdb_int(f->db, sql), off - 1);
	inc = snapshot(f->db);
	assert_true(rollup_store_rebuild(f->db));
	full = snapshot(f->db);
	assert_string_equal(inc, full);
	free(inc);
	free(full);

	/* Every figure of the year gone: no longer reported, not counted. */
	assert_true(db_begin_immediate(f->db));
	snprintf(sql, sizeof(sql), "DELETE FROM figure WHERE indicator_id = "
	    "%lld AND org_unit_id = %lld", ind, unit);
	assert_true(db_exec(f->db, sql));
	for (q = 0; q < 4; q++)		/* one hook per quarter written */
		assert_true(rollup_store_figure_changed(f->db, ind, unit,
		    pid + q));
	assert_true(db_commit(f->db));
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM rollup_unit_reported "
	    "WHERE unit_id = %lld AND indicator_id = %lld", unit, ind);
	assert_int_equal(testdb_int(f->db, sql), 0);
	inc = snapshot(f->db);
	assert_true(rollup_store_rebuild(f->db));
	full = snapshot(f->db);
	assert_string_equal(inc, full);
	free(inc);
	free(full);
}

static void
migration_levels_are_unique_and_increasing(void **state)
{
	size_t i;

	(void)state;
	for (i = 1; i < migrations_len; i++)
		assert_true(migrations[i].level == migrations[i - 1].level + 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    incremental_equals_rebuild_after_random_saves, setup_demo,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    gemeente_counts_equal_the_sum_of_programmes, setup_demo,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    cumulative_ytd_and_missing_stays_no_data, setup_demo,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    rebuild_repairs_changed_missing_and_stale_rows, setup_demo,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    hook_counts_a_missing_node_from_scratch, setup_demo,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    rebuild_on_four_threads_equals_one_thread, setup_demo,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    rebuild_in_callers_transaction_sees_its_writes, setup_demo,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    finance_like_with_like_in_hooks_and_rebuild, setup_demo,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    scorecard_counts_what_its_units_report, setup_demo,
		    teardown),
		cmocka_unit_test(migration_levels_are_unique_and_increasing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
