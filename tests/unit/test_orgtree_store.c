/*
 * test_orgtree_store.c: migration 0011 and db_orgtree.c on a fresh
 * database: the closure survives the rebuild of org_unit, one code never
 * has two rows valid in the same year, a move as of a year leaves the
 * closure of earlier rows alone, and the gemeente is made once.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "db_orgtree.h"
#include "testdb.h"

static const struct db_who who = { 0, "", "test" };

static const char seed[] =
    "INSERT INTO budget_year(year, state) VALUES (2014, 'adopted'),"
    " (2015, 'draft');"
    "INSERT INTO org_unit(id, parent_id, kind, code, name) VALUES"
    " (1, NULL, 'gemeente', 'GEM', 'Gemeente'),"
    " (2, 1, 'directie', 'D1', 'Stad'), (3, 1, 'directie', 'D2', 'Bedrijf'),"
    " (4, 2, 'afdeling', 'A1', 'Beheer'), (5, 4, 'team', 'T1', 'Groen');";

static int
setup(void **state)
{
	struct testdb_fx	*f;

	if ((f = calloc(1, sizeof(*f))) == NULL)
		return -1;
	if ((f->db = testdb_new(f->path, sizeof(f->path))) == NULL ||
	    !testdb_exec(f->db, seed))
		return -1;
	*state = f;
	return 0;
}

static void
a_code_has_one_row_per_year(void **state)
{
	struct testdb_fx *f = *state;

	/* Open-ended A1 overlaps any later row of A1. */
	assert_false(testdb_exec(f->db, "INSERT INTO org_unit(parent_id, kind,"
	    " code, name, first_year) VALUES (2, 'afdeling', 'A1', 'X', 2016)"));
	assert_true(testdb_exec(f->db, "UPDATE org_unit SET last_year = 2015"
	    " WHERE id = 4"));
	assert_true(testdb_exec(f->db, "INSERT INTO org_unit(parent_id, kind,"
	    " code, name, first_year) VALUES (2, 'afdeling', 'A1', 'X', 2016)"));
	/* Reopening the old row would overlap the new one. */
	assert_false(testdb_exec(f->db, "UPDATE org_unit SET last_year = NULL"
	    " WHERE id = 4"));
}

static void
a_move_as_of_a_year_keeps_the_earlier_rows_and_their_closure(void **state)
{
	struct testdb_fx	*f = *state;
	struct db_orgtree_req	 req;
	int64_t			 nid;

	memset(&req, 0, sizeof(req));
	req.action = ORGTREE_MOVE;
	req.year = 2015;
	req.unit_id = 4;
	req.parent_id = 3;
	assert_int_equal(db_orgtree_apply(f->db, &req, &who, &nid), ORGTREE_OK);
	assert_true(nid > 5);
	/* The old rows end in 2014, their closure is as it was. */
	assert_int_equal(testdb_int(f->db, "SELECT last_year FROM org_unit"
	    " WHERE id = 4"), 2014);
	assert_int_equal(testdb_int(f->db, "SELECT last_year FROM org_unit"
	    " WHERE id = 5"), 2014);
	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM org_unit_tree"
	    " WHERE descendant_id = 5 AND ancestor_id IN (1, 2, 4, 5)"), 4);
	/* The copies hang below D2 from 2015, with the same codes. */
	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM org_unit o"
	    " JOIN org_unit_tree t ON t.descendant_id = o.id"
	    " WHERE o.code = 'T1' AND o.first_year = 2015"
	    " AND t.ancestor_id = 3"), 1);
	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM"
	    " org_unit_successor WHERE year = 2015"), 2);
	/* A cycle is refused and changes nothing. */
	req.unit_id = 3;
	req.parent_id = nid;
	assert_int_equal(db_orgtree_apply(f->db, &req, &who, &nid),
	    ORGTREE_CYCLE);
	/* As of an adopted year: refused. */
	req.unit_id = 2;
	req.parent_id = 3;
	req.year = 2014;
	assert_int_equal(db_orgtree_apply(f->db, &req, &who, &nid),
	    ORGTREE_YEAR_FIXED);
	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM audit"
	    " WHERE action = 'org.move'"), 1);
}

static void
the_gemeente_is_made_once(void **state)
{
	struct testdb_fx	*f = *state;
	int64_t			 id;

	assert_int_equal(db_orgtree_init_root(f->db, "Gemeente Twee", "G2",
	    &who, &id), ORGTREE_ROOT_EXISTS);
	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM org_unit"
	    " WHERE parent_id IS NULL"), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(a_code_has_one_row_per_year,
		    setup, testdb_fx_free),
		cmocka_unit_test_setup_teardown(
		    a_move_as_of_a_year_keeps_the_earlier_rows_and_their_closure,
		    setup, testdb_fx_free),
		cmocka_unit_test_setup_teardown(the_gemeente_is_made_once,
		    setup, testdb_fx_free),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
