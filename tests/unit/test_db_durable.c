/* test_db_durable.c: a connection that writes syncs every commit. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "db.h"
#include "testdb.h"

/*
 * PRAGMA synchronous: 1 is NORMAL (WAL synced only at checkpoints, so a
 * power loss can drop acknowledged commits), 2 is FULL.
 */
static void
writing_connection_syncs_every_commit(void **state)
{
	struct db	*db;
	char		 path[64];

	(void)state;
	assert_non_null(db = testdb_new(path, sizeof(path)));
	assert_int_equal(testdb_int(db, "PRAGMA synchronous"), 2);
	testdb_free(db, path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(writing_connection_syncs_every_commit),
	};

	return cmocka_run_group_tests_name("db_durable", tests, NULL, NULL);
}
