/*
 * test_rollup_approval.c: the count of unapproved figures behind every
 * rolled-up number (issue 13, item 3) kept by the hooks equals a rebuild
 * after random figure saves and submission moves, and follows the moves;
 * the rebuild, on one thread or four and in chunks of any size, equals a
 * recount written here after figures and states changed behind the
 * hooks' back.
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
#include "db_submission.h"
#include "db_who.h"
#include "rollup_approval.h"
#include "rollup_store.h"
#include "testdb.h"
#include "workflow.h"

static const struct db_who who = { 0, "test", "cli" };

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

/* The rows of sql (four integer columns), one line each. */
static char *
snapshot_sql(struct db *db, const char *sql)
{
	sqlite3_stmt	*st;
	char		*buf;
	size_t		 len = 0, cap = 1 << 20;

	buf = malloc(cap);
	assert_non_null(buf);
	assert_int_equal(sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL),
	    SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (cap - len < 128) {
			cap *= 2;
			buf = realloc(buf, cap);
			assert_non_null(buf);
		}
		len += (size_t)snprintf(buf + len, cap - len,
		    "%lld,%lld,%lld,%lld\n",
		    (long long)sqlite3_column_int64(st, 0),
		    (long long)sqlite3_column_int64(st, 1),
		    (long long)sqlite3_column_int64(st, 2),
		    (long long)sqlite3_column_int64(st, 3));
	}
	sqlite3_finalize(st);
	buf[len] = '\0';
	return buf;
}

static char *
snapshot(struct db *db)
{
	return snapshot_sql(db, "SELECT indicator_id, period_id, n_figures, "
	    "n_unapproved FROM rollup_approval ORDER BY 1, 2");
}

/*
 * What rollup_approval must hold, counted here and not by the product
 * (neither the join of src/store/rollup_approval.c nor the C of the
 * rebuild): for every indicator and period with figures of its own, the
 * figures of that quarter, and for a cumulative indicator of the earlier
 * quarters of the same year as well, and how many of them have no
 * approved submission of their unit and period.
 */
static const char recount_sql[] =
	"SELECT o.indicator_id, o.period_id, count(*), "
	"sum(NOT EXISTS (SELECT 1 FROM submission s "
	"WHERE s.org_unit_id = g.org_unit_id AND s.period_id = g.period_id "
	"AND s.state = 'approved')) "
	"FROM (SELECT DISTINCT indicator_id, period_id FROM figure) o "
	"JOIN indicator oi ON oi.id = o.indicator_id "
	"JOIN period op ON op.id = o.period_id "
	"JOIN figure g ON g.indicator_id = o.indicator_id "
	"JOIN period gp ON gp.id = g.period_id "
	"WHERE gp.year = op.year AND (gp.quarter = op.quarter "
	"OR (oi.cumulative = 1 AND gp.quarter < op.quarter)) "
	"GROUP BY o.indicator_id, o.period_id ORDER BY 1, 2";

/*
 * Figures and workflow states changed behind the hooks' back: states
 * moved, forgotten and newly approved; figures removed, added in the
 * first and last quarter of 2014 (earlier quarters of cumulative
 * indicators, and periods outside an indicator's own year), and moved to
 * the next period.
 */
static const char behind_sql[] =
	"UPDATE submission SET state = CASE (org_unit_id + period_id) % 4 "
	"WHEN 0 THEN 'approved' WHEN 1 THEN 'returned' "
	"WHEN 2 THEN 'submitted' ELSE state END;"
	"DELETE FROM submission WHERE (org_unit_id * 7 + period_id) % 5 = 0;"
	"INSERT OR IGNORE INTO submission(org_unit_id, period_id, state, "
	"updated_at) SELECT DISTINCT org_unit_id, period_id, 'approved', "
	"'2014-01-01T00:00:00Z' FROM figure "
	"WHERE (org_unit_id + 2 * period_id) % 3 = 0;"
	"DELETE FROM figure WHERE id % 9 = 0;"
	"INSERT OR IGNORE INTO figure(indicator_id, org_unit_id, period_id, "
	"value, updated_at) SELECT iu.indicator_id, iu.org_unit_id, p.id, 1, "
	"'2014-01-01T00:00:00Z' FROM indicator_unit iu JOIN period p "
	"ON p.year = 2014 AND p.quarter IN (1, 4) "
	"WHERE (iu.indicator_id + iu.org_unit_id) % 4 = 0;"
	"UPDATE OR IGNORE figure SET period_id = period_id + 1 "
	"WHERE id % 13 = 0 AND period_id < (SELECT max(id) FROM period);";

/*
 * The stored counts damaged: changed, missing, of a removed indicator, of
 * a period that is gone, and of a period without figures.
 */
static const char damage_sql[] =
	"UPDATE rollup_approval SET n_unapproved = n_unapproved + 1 "
	"WHERE indicator_id % 7 = 0;"
	"UPDATE rollup_approval SET n_figures = n_figures + 2 "
	"WHERE indicator_id % 19 = 0;"
	"DELETE FROM rollup_approval WHERE indicator_id % 11 = 0;"
	"INSERT OR REPLACE INTO rollup_approval VALUES (999999, 9, 3, 1);"
	"INSERT OR REPLACE INTO rollup_approval VALUES (5, 999, 3, 1);"
	"INSERT OR IGNORE INTO rollup_approval SELECT id, "
	"(SELECT max(id) FROM period), 1, 1 FROM indicator "
	"WHERE id % 17 = 0;";

static uint64_t rng = 0x61707072ULL;

static uint64_t
rnd(uint64_t n)
{
	uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return (z ^ (z >> 31)) % n;
}

/* Move the submission of unit in period to state through the store. */
static void
move(struct db *db, int64_t unit, int64_t period, enum sub_state state)
{
	struct submission	s;
	int64_t			nv;

	assert_true(db_begin_immediate(db));
	assert_true(db_submission_get(db, unit, period, &s));
	assert_int_equal(db_submission_set(db, unit, period, "", s.version,
	    state, "", "test", &who, &nv), DB_OK);
	db_submission_clear(&s);
	assert_true(db_commit(db));
}

/* A random figure write or removal, then the hook, as a writer does. */
static void
random_figure(struct db *db)
{
	sqlite3_stmt	*st;
	int64_t		 ind, unit, pid;

	assert_true(db_begin_immediate(db));
	assert_int_equal(sqlite3_prepare_v2(db->sql,
	    "SELECT iu.indicator_id, iu.org_unit_id, p.id FROM indicator_unit "
	    "iu JOIN indicator i ON i.id = iu.indicator_id LEFT JOIN "
	    "performance pf ON pf.id = i.performance_id JOIN effect e ON "
	    "e.id = coalesce(i.effect_id, pf.effect_id) JOIN programme g ON "
	    "g.id = e.programme_id JOIN period p ON p.year = g.year "
	    "ORDER BY iu.indicator_id, iu.org_unit_id, p.id "
	    "LIMIT 1 OFFSET ?1", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, (int64_t)rnd(2000));
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		db_rollback(db);
		return;
	}
	ind = sqlite3_column_int64(st, 0);
	unit = sqlite3_column_int64(st, 1);
	pid = sqlite3_column_int64(st, 2);
	sqlite3_finalize(st);
	assert_int_equal(sqlite3_prepare_v2(db->sql, rnd(4) == 0 ?
	    "DELETE FROM figure WHERE indicator_id = ?1 AND org_unit_id = ?2 "
	    "AND period_id = ?3" :
	    "INSERT OR IGNORE INTO figure(indicator_id, org_unit_id, "
	    "period_id, value, updated_at) VALUES (?1, ?2, ?3, 1, "
	    "'2014-01-01T00:00:00Z')", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, ind);
	sqlite3_bind_int64(st, 2, unit);
	sqlite3_bind_int64(st, 3, pid);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	assert_true(rollup_store_figure_changed(db, ind, unit, pid));
	assert_true(db_commit(db));
}

/* A random submission move of a unit that reported in a period. */
static void
random_move(struct db *db)
{
	static const enum sub_state to[] = { SUB_DRAFT, SUB_SUBMITTED,
	    SUB_APPROVED, SUB_RETURNED };
	sqlite3_stmt	*st;
	int64_t		 unit, pid;

	assert_int_equal(sqlite3_prepare_v2(db->sql, "SELECT DISTINCT "
	    "org_unit_id, period_id FROM figure ORDER BY 1, 2 "
	    "LIMIT 1 OFFSET ?1", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, (int64_t)rnd(300));
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return;
	}
	unit = sqlite3_column_int64(st, 0);
	pid = sqlite3_column_int64(st, 1);
	sqlite3_finalize(st);
	move(db, unit, pid, to[rnd(4)]);
}

/* The hooks after random saves and moves leave what a rebuild makes. */
static void
incremental_equals_rebuild_after_saves_and_moves(void **state)
{
	struct testdb_fx	*f = *state;
	char			*inc, *full;
	int			 i;

	for (i = 0; i < 600; i++) {
		if (rnd(2) == 0)
			random_figure(f->db);
		else
			random_move(f->db);
	}
	assert_true(testdb_int(f->db, "SELECT count(*) FROM submission "
	    "WHERE state = 'approved'") > 0);
	assert_true(testdb_int(f->db, "SELECT count(*) FROM rollup_approval "
	    "WHERE n_unapproved > 0 AND n_unapproved < n_figures") > 0);
	inc = snapshot(f->db);
	assert_true(rollup_store_rebuild(f->db));
	full = snapshot(f->db);
	assert_true(strlen(full) > 1000);
	assert_string_equal(inc, full);
	free(inc);
	free(full);
}

/*
 * Counted independently of the product's SQL: a non-cumulative
 * indicator's row has as many unapproved figures as the period has
 * figures of units whose submission is not approved.
 */
static void
counts_follow_a_return_after_approval(void **state)
{
	struct testdb_fx	*f = *state;
	struct approval		 all, a;
	int64_t			 unit, pid, n;

	unit = testdb_int(f->db, "SELECT f.org_unit_id FROM figure f JOIN "
	    "indicator i ON i.id = f.indicator_id WHERE i.cumulative = 0 "
	    "ORDER BY f.period_id DESC, f.org_unit_id LIMIT 1");
	pid = testdb_int(f->db, "SELECT max(f.period_id) FROM figure f JOIN "
	    "indicator i ON i.id = f.indicator_id WHERE i.cumulative = 0");
	assert_true(unit > 0 && pid > 0);
	n = testdb_int(f->db, "SELECT count(*) FROM figure WHERE "
	    "org_unit_id = (SELECT f.org_unit_id FROM figure f JOIN "
	    "indicator i ON i.id = f.indicator_id WHERE i.cumulative = 0 "
	    "ORDER BY f.period_id DESC, f.org_unit_id LIMIT 1) AND "
	    "period_id = (SELECT max(f.period_id) FROM figure f JOIN "
	    "indicator i ON i.id = f.indicator_id WHERE i.cumulative = 0)");
	assert_true(n > 0);
	testdb_exec(f->db, "DELETE FROM submission");
	assert_true(rollup_store_rebuild(f->db));
	assert_true(rollup_approval_get(f->db, APPROVAL_ALL, 0, pid, &all));
	assert_true(all.n_figures > 0);
	assert_int_equal(all.n_unapproved, all.n_figures);

	move(f->db, unit, pid, SUB_SUBMITTED);
	move(f->db, unit, pid, SUB_APPROVED);
	assert_true(rollup_approval_get(f->db, APPROVAL_ALL, 0, pid, &a));
	assert_int_equal(a.n_figures, all.n_figures);
	assert_int_equal(a.n_unapproved, all.n_unapproved - n);
	/* The gemeente answers for everything: the same count. */
	assert_true(rollup_approval_get(f->db, ROLLUP_UNIT, testdb_int(f->db,
	    "SELECT ancestor_id FROM org_unit_tree GROUP BY ancestor_id "
	    "ORDER BY count(*) DESC LIMIT 1"), pid, &a));
	assert_int_equal(a.n_figures, all.n_figures);
	assert_int_equal(a.n_unapproved, all.n_unapproved - n);

	move(f->db, unit, pid, SUB_RETURNED);
	assert_true(rollup_approval_get(f->db, APPROVAL_ALL, 0, pid, &a));
	assert_int_equal(a.n_unapproved, all.n_unapproved);
}

/*
 * The rebuild counts in C, per chunk of indicators on several threads,
 * and writes only the rows that differ: after figures and states changed
 * behind the hooks' back and the stored rows damaged, every row equals
 * the recount above, whatever the threads and the chunk size, and a
 * second rebuild finds nothing to correct.
 */
static void
rebuild_equals_an_independent_recount(void **state)
{
	static const struct {
		int	threads, chunk;
	} run[] = { { 1, 16 }, { 4, 16 }, { 4, 7 }, { 0, 0 } };
	struct testdb_fx	*f = *state;
	char			*want, *have;
	int64_t			 changed;
	size_t			 k;
	int			 i;

	/* Some moves and saves through the hooks first. */
	for (i = 0; i < 100; i++) {
		if (rnd(2) == 0)
			random_figure(f->db);
		else
			random_move(f->db);
	}
	assert_true(testdb_exec(f->db, behind_sql));
	want = snapshot_sql(f->db, recount_sql);
	assert_true(strlen(want) > 1000);
	for (k = 0; k < sizeof(run) / sizeof(run[0]); k++) {
		assert_true(testdb_exec(f->db, damage_sql));
		have = snapshot(f->db);
		assert_string_not_equal(want, have);
		free(have);
		changed = -1;
		assert_true(rollup_store_rebuild_threads(f->db, run[k].threads,
		    run[k].chunk, &changed));
		assert_true(changed > 0);
		have = snapshot(f->db);
		assert_string_equal(want, have);
		free(have);
	}
	assert_true(rollup_store_rebuild_count(f->db, &changed));
	assert_int_equal(changed, 0);
	/* What the recount checked: partly approved rows, and year to date
	 * rows of cumulative indicators with earlier quarters in them. */
	assert_true(testdb_int(f->db, "SELECT count(*) FROM rollup_approval "
	    "WHERE n_unapproved > 0 AND n_unapproved < n_figures") > 10);
	assert_true(testdb_int(f->db, "SELECT count(*) FROM rollup_approval a "
	    "WHERE a.n_figures > (SELECT count(*) FROM figure g WHERE "
	    "g.indicator_id = a.indicator_id AND g.period_id = a.period_id)")
	    > 10);
	/* And figures outside their indicator's own year. */
	assert_true(testdb_int(f->db, "SELECT count(*) FROM rollup_approval a "
	    "JOIN indicator i ON i.id = a.indicator_id JOIN period p ON "
	    "p.id = a.period_id LEFT JOIN performance pf ON "
	    "pf.id = i.performance_id JOIN effect e ON "
	    "e.id = coalesce(i.effect_id, pf.effect_id) JOIN programme g ON "
	    "g.id = e.programme_id WHERE g.year <> p.year") > 10);
	free(want);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    incremental_equals_rebuild_after_saves_and_moves,
		    setup_demo, teardown),
		cmocka_unit_test_setup_teardown(
		    counts_follow_a_return_after_approval,
		    setup_demo, teardown),
		cmocka_unit_test_setup_teardown(
		    rebuild_equals_an_independent_recount,
		    setup_demo, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
