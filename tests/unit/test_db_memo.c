/*
 * test_db_memo.c: the per-connection memo of hot reads is used only inside
 * a read snapshot and never outlives a change to the database, whether
 * another connection (another thread or process) made it or this one did.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "db.h"
#include "db_memo.h"
#include "db_rollup.h"
#include "db_session.h"
#include "db_user.h"
#include "testdb.h"
#include "user.h"

struct fixture {
	char		 path[4096];
	struct db	*db;		/* the server's connection */
	struct db	*other;		/* another connection to the same file */
};

static const char seed[] =
    "INSERT INTO user(id, username, display_name, created_at) VALUES"
    " (1, 'manager', 'M. Anager', '2014-01-01T00:00:00Z');"
    "INSERT INTO org_unit(id, parent_id, kind, code, name) VALUES"
    " (1, NULL, 'gemeente', 'G', 'Gemeente');"
    "INSERT INTO role_assignment(user_id, role, org_unit_id) VALUES"
    " (1, 'manager', 1);"
    "INSERT INTO session(id_hash, user_id, csrf_token, created_at, seen_at)"
    " VALUES ('aa', 1, 'csrf-1', 100, 100);";

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	if (f == NULL ||
	    (f->db = testdb_new(f->path, sizeof(f->path))) == NULL ||
	    !testdb_exec(f->db, seed) ||
	    (f->other = db_open(f->path, 0)) == NULL)
		return -1;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	db_close(f->other);
	testdb_free(f->db, f->path);
	free(f);
	return 0;
}

static int64_t
generation_in_snapshot(struct db *db)
{
	int64_t n;

	db_read_begin(db);
	n = db_rollup_generation(db);
	db_read_end(db);
	return n;
}

static void
memo_is_used_only_inside_a_snapshot(void **state)
{
	struct fixture	*f = *state;

	assert_null(db_memo_get(f->db, MEMO_GENERATION, 0, NULL, NULL));
	assert_int_equal(generation_in_snapshot(f->db), 0);
	/* Outside the snapshot: nothing is served, nothing is kept. */
	assert_null(db_memo_get(f->db, MEMO_GENERATION, 0, NULL, NULL));
	db_memo_put(f->db, MEMO_GENERATION, 0, NULL, "x", 1);
	db_read_begin(f->db);
	assert_int_equal(db_rollup_generation(f->db), 0);
	assert_non_null(db_memo_get(f->db, MEMO_GENERATION, 0, NULL, NULL));
	db_read_end(f->db);
}

static void
change_by_another_connection_ends_the_memo(void **state)
{
	struct fixture	*f = *state;

	assert_int_equal(generation_in_snapshot(f->db), 0);
	assert_true(db_exec(f->other,
	    "UPDATE data_generation SET n = 41 WHERE id = 1"));
	assert_int_equal(generation_in_snapshot(f->db), 41);
	assert_int_equal(generation_in_snapshot(f->db), 41);
}

static void
change_by_the_same_connection_ends_the_memo(void **state)
{
	struct fixture	*f = *state;

	assert_int_equal(generation_in_snapshot(f->db), 0);
	assert_true(db_exec(f->db,
	    "UPDATE data_generation SET n = 7 WHERE id = 1"));
	assert_int_equal(generation_in_snapshot(f->db), 7);
}

static void
deactivation_ends_a_memoised_session_at_once(void **state)
{
	struct fixture		*f = *state;
	struct session_row	 s;

	db_read_begin(f->db);
	assert_int_equal(db_session_get(f->db, "aa", &s), DB_OK);
	assert_string_equal(s.csrf, "csrf-1");
	db_read_end(f->db);
	db_read_begin(f->db);
	assert_int_equal(db_session_get(f->db, "aa", &s), DB_OK);
	db_read_end(f->db);
	assert_true(db_exec(f->other, "UPDATE user SET active = 0"));
	db_read_begin(f->db);
	assert_int_equal(db_session_get(f->db, "aa", &s), DB_NOTFOUND);
	db_read_end(f->db);
}

static void
memoised_user_is_a_full_copy_with_its_grants(void **state)
{
	struct fixture	*f = *state;
	struct user	*a, *b;

	db_read_begin(f->db);
	a = db_user_load(f->db, 1);
	b = db_user_load(f->db, 1);	/* from the memo */
	db_read_end(f->db);
	assert_non_null(a);
	assert_non_null(b);
	assert_ptr_not_equal(a->grants, b->grants);
	assert_string_equal(b->username, "manager");
	assert_string_equal(b->display_name, "M. Anager");
	assert_int_equal(b->grantn, 1);
	assert_int_equal(b->grants[0].org_unit_id, 1);
	assert_int_equal(b->roles, a->roles);
	user_free(a);
	user_free(b);
	/* A role added elsewhere shows on the next request. */
	assert_true(db_exec(f->other, "INSERT INTO role_assignment(user_id,"
	    " role, org_unit_id) VALUES (1, 'council', 1)"));
	db_read_begin(f->db);
	a = db_user_load(f->db, 1);
	db_read_end(f->db);
	assert_non_null(a);
	assert_int_equal(a->grantn, 2);
	user_free(a);
}

static void
write_inside_a_request_ends_the_snapshot_first(void **state)
{
	struct fixture	*f = *state;

	db_read_begin(f->db);
	assert_int_equal(db_rollup_generation(f->db), 0);
	/* Another connection commits while the snapshot is open ... */
	assert_true(db_exec(f->other,
	    "UPDATE data_generation SET n = 3 WHERE id = 1"));
	/* ... and this one's write still succeeds, on fresh data. */
	assert_int_equal(db_session_touch(f->db, "aa", 200), DB_OK);
	assert_int_equal(sqlite3_get_autocommit(f->db->sql), 1);
	db_read_end(f->db);
	assert_int_equal(generation_in_snapshot(f->db), 3);
}

/* A request the memo answers whole takes no read lock at all. */
static void
memo_serves_without_a_snapshot_while_nothing_is_committed(void **state)
{
	struct fixture		*f = *state;
	struct session_row	 s;

	/* The first snapshot maps the wal-index, the second keeps its mark. */
	assert_int_equal(generation_in_snapshot(f->db), 0);
	assert_int_equal(generation_in_snapshot(f->db), 0);
	db_read_begin(f->db);
	assert_int_equal(db_rollup_generation(f->db), 0);
	assert_int_equal(f->db->reading, 0);
	assert_int_equal(sqlite3_get_autocommit(f->db->sql), 1);
	/* A query the memo cannot answer opens the snapshot after all. */
	assert_int_equal(db_session_get(f->db, "zz", &s), DB_NOTFOUND);
	assert_int_equal(f->db->reading, 1);
	db_read_end(f->db);
	/* A write by this connection moves the mark: checked again. */
	assert_int_equal(db_session_touch(f->db, "aa", 300), DB_OK);
	db_read_begin(f->db);
	assert_int_equal(db_rollup_generation(f->db), 0);
	assert_int_equal(f->db->reading, 1);
	db_read_end(f->db);
}

/*
 * Another process's commit (the command line, here the sqlite3 shell: a
 * forked child must not use SQLite state it inherited) shows on the next
 * request.
 */
static void
change_by_another_process_ends_the_memo(void **state)
{
	struct fixture	*f = *state;
	pid_t		 pid;
	int		 status = -1;

	assert_int_equal(generation_in_snapshot(f->db), 0);
	assert_int_equal(generation_in_snapshot(f->db), 0);
	if ((pid = fork()) == 0) {
		execlp("sqlite3", "sqlite3", f->path,
		    "UPDATE data_generation SET n = 12 WHERE id = 1", (char *)NULL);
		_exit(127);
	}
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	assert_int_equal(generation_in_snapshot(f->db), 12);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(memo_is_used_only_inside_a_snapshot, setup, teardown),
		cmocka_unit_test_setup_teardown(change_by_another_connection_ends_the_memo, setup, teardown),
		cmocka_unit_test_setup_teardown(change_by_the_same_connection_ends_the_memo, setup, teardown),
		cmocka_unit_test_setup_teardown(deactivation_ends_a_memoised_session_at_once, setup, teardown),
		cmocka_unit_test_setup_teardown(memoised_user_is_a_full_copy_with_its_grants, setup, teardown),
		cmocka_unit_test_setup_teardown(write_inside_a_request_ends_the_snapshot_first, setup, teardown),
		cmocka_unit_test_setup_teardown(memo_serves_without_a_snapshot_while_nothing_is_committed, setup, teardown),
		cmocka_unit_test_setup_teardown(change_by_another_process_ends_the_memo, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
