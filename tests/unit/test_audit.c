/* test_audit.c: the audit chain verifies, and any tampering is found. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

#include "audit.h"
#include "db.h"
#include "testdb.h"

struct fixture {
	struct db	*db;
	char		 path[64];
};

static int
setup(void **state)
{
	struct fixture		*f = calloc(1, sizeof(*f));
	struct audit_entry	 e = { 0, "manager", "127.0.0.1", "figure.update",
	    "figure", "", "", "" };
	char			 id[16], nv[16];
	int			 i;

	assert_non_null(f);
	assert_non_null(f->db = testdb_new(f->path, sizeof(f->path)));
	for (i = 1; i <= 50; i++) {
		snprintf(id, sizeof(id), "%d", i);
		snprintf(nv, sizeof(nv), "%d", i * 10);
		e.entity_id = id;
		e.new_value = nv;
		e.user_id = i % 3;
		assert_true(audit_append(f->db, &e));
	}
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
untouched_chain_verifies(void **state)
{
	struct fixture	*f = *state;
	int64_t		 bad, n;

	assert_int_equal(audit_verify(f->db, &bad, &n), AUDIT_INTACT);
	assert_int_equal(n, 50);
	assert_int_equal(bad, 0);
}

/* Tamper as an attacker with the file would: drop the triggers first. */
static void
tamper(struct db *db, const char *sql)
{
	assert_true(testdb_exec(db, "DROP TRIGGER audit_no_update;"
	    "DROP TRIGGER audit_no_delete;"));
	assert_true(testdb_exec(db, sql));
}

static void
changed_value_is_found_at_its_row(void **state)
{
	struct fixture	*f = *state;
	int64_t		 bad;

	tamper(f->db, "UPDATE audit SET new_value = '999' WHERE id = 17");
	assert_int_equal(audit_verify(f->db, &bad, NULL), AUDIT_BROKEN);
	assert_int_equal(bad, 17);
}

static void
removed_row_is_found_after_the_gap(void **state)
{
	struct fixture	*f = *state;
	int64_t		 bad;

	tamper(f->db, "DELETE FROM audit WHERE id = 30");
	assert_int_equal(audit_verify(f->db, &bad, NULL), AUDIT_BROKEN);
	assert_int_equal(bad, 31);
}

static void
rehashed_row_still_breaks_the_next_link(void **state)
{
	struct fixture	*f = *state;
	int64_t		 bad;

	/* Forge row 10 with a fresh, self-consistent-looking hash. */
	tamper(f->db, "UPDATE audit SET username = 'someone', hash ="
	    " '0000000000000000000000000000000000000000000000000000000000000000'"
	    " WHERE id = 10");
	assert_int_equal(audit_verify(f->db, &bad, NULL), AUDIT_BROKEN);
	assert_int_equal(bad, 10);
}

static void
entry_rolls_back_with_the_callers_transaction(void **state)
{
	struct fixture		*f = *state;
	struct audit_entry	 e = { 1, "x", "cli", "test", "", "", "", "" };
	int64_t			 bad, n;

	assert_true(db_begin_immediate(f->db));
	assert_true(audit_append(f->db, &e));
	db_rollback(f->db);
	assert_int_equal(audit_verify(f->db, &bad, &n), AUDIT_INTACT);
	assert_int_equal(n, 50);
	assert_true(audit_append(f->db, &e));
	assert_int_equal(audit_verify(f->db, &bad, &n), AUDIT_INTACT);
	assert_int_equal(n, 51);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(untouched_chain_verifies, setup, teardown),
		cmocka_unit_test_setup_teardown(changed_value_is_found_at_its_row, setup, teardown),
		cmocka_unit_test_setup_teardown(removed_row_is_found_after_the_gap, setup, teardown),
		cmocka_unit_test_setup_teardown(rehashed_row_still_breaks_the_next_link, setup, teardown),
		cmocka_unit_test_setup_teardown(entry_rolls_back_with_the_callers_transaction, setup, teardown),
	};

	return cmocka_run_group_tests_name("audit", tests, NULL, NULL);
}
