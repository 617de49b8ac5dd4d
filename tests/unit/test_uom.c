/*
 * test_uom.c: units of measure, their labels in both languages, and the
 * table of migration 0007 that holds the same rows and refuses any other
 * unit for an indicator.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <sqlite3.h>
#include <string.h>

#include "db.h"
#include "testdb.h"
#include "uom.h"

static void
labels_in_both_languages(void **state)
{
	(void)state;
	assert_string_equal(uom_name("t", 0), "ton");
	assert_string_equal(uom_name("t", 1), "tonnes");
	assert_string_equal(uom_after("t", 0, 0), "t");
	assert_string_equal(uom_name("m2", 0), "m\xc2\xb2");
	assert_string_equal(uom_after("m2", 1, 0), "m\xc2\xb2");
	assert_string_equal(uom_after("MWh", 0, 0), "MWh");
	assert_string_equal(uom_after("%", 0, 0), "%");
	assert_string_equal(uom_after("dagen", 0, 1), "dag");
	assert_string_equal(uom_after("dagen", 0, 0), "dagen");
	assert_string_equal(uom_after("dagen", 1, 1), "day");
	assert_string_equal(uom_after("dagen", 1, 0), "days");
	/* A plain count is the number alone, never "6.701 aantal". */
	assert_string_equal(uom_after("aantal", 0, 0), "");
	assert_string_equal(uom_name("aantal", 0), "aantal");
	assert_string_equal(uom_name("aantal", 1), "number");
	/* Unknown: as itself; NULL: empty. */
	assert_string_equal(uom_name("kg", 0), "kg");
	assert_string_equal(uom_after("kg", 0, 0), "kg");
	assert_string_equal(uom_name(NULL, 0), "");
	assert_null(uom_get("nothing"));
}

static void
the_migration_holds_the_same_units(void **state)
{
	struct db	*db;
	sqlite3_stmt	*st;
	char		 path[64];
	size_t		 i;

	(void)state;
	assert_non_null(db = testdb_new(path, sizeof(path)));
	assert_int_equal(testdb_int(db,
	    "SELECT count(*) FROM unit_of_measure"), (long long)uom_table_len);
	for (i = 0; i < uom_table_len; i++) {
		const struct uom *u = &uom_table[i];

		assert_non_null(st = db_stmt(db, "SELECT count(*) FROM "
		    "unit_of_measure WHERE code = ?1 AND symbol = ?2 AND "
		    "nl_name = ?3 AND en_name = ?4 AND nl_one = ?5 AND "
		    "nl_many = ?6 AND en_one = ?7 AND en_many = ?8"));
		sqlite3_bind_text(st, 1, u->code, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, u->symbol, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, u->name[0], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, u->name[1], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, u->one[0], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, u->many[0], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 7, u->one[1], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 8, u->many[1], -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(st), SQLITE_ROW);
		if (sqlite3_column_int(st, 0) != 1)
			fail_msg("unit %s differs from the migration", u->code);
		sqlite3_reset(st);
	}
	testdb_free(db, path);
}

/* An indicator refers to a unit of the table, nothing else. */
static void
an_indicator_holds_a_known_unit(void **state)
{
	struct testdb_fx	*fx = *state;

	assert_int_equal(testdb_exec(fx->db, "UPDATE indicator SET unit = "
	    "'kg' WHERE id = (SELECT min(id) FROM indicator)"), 0);
	assert_int_equal(testdb_exec(fx->db, "DELETE FROM unit_of_measure "
	    "WHERE code = '%'"), 0);
	assert_int_equal(testdb_int(fx->db, "SELECT count(*) FROM indicator "
	    "WHERE unit NOT IN (SELECT code FROM unit_of_measure)"), 0);
	/* The demo's tonnes, square metres and megawatt hours. */
	assert_true(testdb_int(fx->db, "SELECT count(*) FROM indicator "
	    "WHERE unit = 't'") > 0);
	assert_true(testdb_int(fx->db, "SELECT count(*) FROM indicator "
	    "WHERE unit = 'm2'") > 0);
	assert_true(testdb_int(fx->db, "SELECT count(*) FROM indicator "
	    "WHERE unit = 'MWh'") > 0);
}

/*
 * Issue 13: "1 dag" but "1,0 dagen", "0 dagen", "2 dagen": the singular
 * only after exactly 1 shown without decimals.
 */
static void
singular_only_after_exactly_one(void **state)
{
	const struct uom	*d = uom_get("dagen");
	struct uom_rec		 r;

	(void)state;
	assert_true(uom_is_one(1, 0));
	assert_false(uom_is_one(10, 1));	/* "1,0" */
	assert_false(uom_is_one(1, 1));		/* "0,1" */
	assert_false(uom_is_one(0, 0));
	assert_false(uom_is_one(2, 0));
	assert_false(uom_is_one(-1, 0));
	assert_non_null(d);
	uom_rec_from(&r, d);
	assert_string_equal(uom_rec_after(&r, 0, uom_is_one(1, 0)), "dag");
	assert_string_equal(uom_rec_after(&r, 0, uom_is_one(10, 1)), "dagen");
	assert_string_equal(uom_rec_after(&r, 1, uom_is_one(1, 0)), "day");
	assert_string_equal(uom_rec_after(&r, 1, uom_is_one(3, 0)), "days");
	uom_rec_from(&r, uom_get("t"));
	assert_string_equal(uom_rec_after(&r, 0, 1), "t");
}

/* The one validation of the page and the API, with the field at fault. */
static void
a_unit_of_measure_is_checked_field_by_field(void **state)
{
	struct uom_rec	r;
	enum uom_field	at;

	(void)state;
	memset(&r, 0, sizeof(r));
	assert_true(uom_rec_set(&r, UOM_F_CODE, "kWh"));
	assert_true(uom_rec_set(&r, UOM_F_NAME_NL, "kilowattuur"));
	assert_true(uom_rec_set(&r, UOM_F_NAME_EN, "kilowatt hour"));
	assert_int_equal(uom_rec_check(&r, &at), UOM_OK);
	assert_true(uom_rec_set(&r, UOM_F_ONE_NL, "kilowattuur"));
	assert_int_equal(uom_rec_check(&r, &at), UOM_BAD_WORDS);
	assert_int_equal(at, UOM_F_MANY_NL);
	assert_true(uom_rec_set(&r, UOM_F_MANY_NL, "kilowatturen"));
	assert_int_equal(uom_rec_check(&r, &at), UOM_OK);
	assert_true(uom_rec_set(&r, UOM_F_MANY_EN, "kilowatt hours"));
	assert_int_equal(uom_rec_check(&r, &at), UOM_BAD_WORDS);
	assert_int_equal(at, UOM_F_ONE_EN);
	assert_true(uom_rec_set(&r, UOM_F_MANY_EN, ""));
	assert_true(uom_rec_set(&r, UOM_F_NAME_EN, ""));
	assert_int_equal(uom_rec_check(&r, &at), UOM_BAD_NAME);
	assert_int_equal(at, UOM_F_NAME_EN);
	assert_true(uom_rec_set(&r, UOM_F_NAME_EN, "kWh"));
	assert_true(uom_rec_set(&r, UOM_F_SYMBOL, "a\tb"));
	assert_int_equal(uom_rec_check(&r, &at), UOM_BAD_SYMBOL);
	assert_true(uom_rec_set(&r, UOM_F_SYMBOL, "kWh"));
	assert_true(uom_rec_set(&r, UOM_F_CODE, "k Wh"));
	assert_int_equal(uom_rec_check(&r, &at), UOM_BAD_CODE);
	assert_int_equal(at, UOM_F_CODE);
	/* Too long for its field: refused, and the field left empty. */
	assert_false(uom_rec_set(&r, UOM_F_CODE, "abcdefghijklmnopq"));
	assert_string_equal(r.code, "");
	assert_int_equal(uom_rec_check(&r, &at), UOM_BAD_CODE);
	assert_false(uom_rec_set(&r, UOM_F_NAME_NL,
	    "0123456789012345678901234567890123456789x"));
	assert_true(uom_rec_set(&r, UOM_F_CODE, "%"));
	assert_int_equal(uom_rec_check(&r, &at), UOM_BAD_NAME);
}

static int
setup_demo(void **state)
{
	return testdb_fx_demo(state, 1, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(labels_in_both_languages),
		cmocka_unit_test(the_migration_holds_the_same_units),
		cmocka_unit_test(singular_only_after_exactly_one),
		cmocka_unit_test(a_unit_of_measure_is_checked_field_by_field),
		cmocka_unit_test_setup_teardown(an_indicator_holds_a_known_unit,
		    setup_demo, testdb_fx_free),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
