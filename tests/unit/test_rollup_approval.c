/*
 * test_rollup_approval.c: the count of unapproved figures behind every
 * rolled-up number (issue 13, item 3) kept by the hooks equals a rebuild
 * after random figure saves and submission moves, and follows the moves.
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

static char *
snapshot(struct db *db)
{
	sqlite3_stmt	*st;
	char		*buf;
	size_t		 len = 0, cap = 1 << 20;

	buf = malloc(cap);
	assert_non_null(buf);
	assert_int_equal(sqlite3_prepare_v2(db->sql, "SELECT indicator_id, "
	    "period_id, n_figures, n_unapproved FROM rollup_approval "
	    "ORDER BY 1, 2", -1, &st, NULL), SQLITE_OK);
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
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
