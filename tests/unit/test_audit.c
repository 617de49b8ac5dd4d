/* test_audit.c: the audit chain verifies, and any tampering is found. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sys/stat.h>

#include <openssl/evp.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audit.h"
#include "audit_anchor.h"
#include "db.h"
#include "migrate.h"
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
removed_row_is_named(void **state)
{
	struct fixture	*f = *state;
	int64_t		 bad;

	tamper(f->db, "DELETE FROM audit WHERE id = 30");
	assert_int_equal(audit_verify(f->db, &bad, NULL), AUDIT_BROKEN);
	assert_int_equal(bad, 30);
}

/* The attacks on the tail: each names the first removed entry. */
static void
newest_entry_removed_is_found(void **state)
{
	struct fixture		*f = *state;
	struct audit_state	 s;

	tamper(f->db, "DELETE FROM audit WHERE id = 50");
	assert_int_equal(audit_verify_with(f->db, NULL, -1, &s), AUDIT_BROKEN);
	assert_int_equal(s.why, AUDIT_WHY_REMOVED);
	assert_int_equal(s.bad_id, 50);
}

static void
newest_300_entries_removed_are_found(void **state)
{
	struct fixture		*f = *state;
	struct audit_entry	 e = { 7, "x", "cli", "test", "", "", "", "" };
	struct audit_state	 s;
	int			 i;

	for (i = 0; i < 350; i++)
		assert_true(audit_append(f->db, &e));
	tamper(f->db, "DELETE FROM audit WHERE id > 100");
	assert_int_equal(audit_verify_with(f->db, NULL, -1, &s), AUDIT_BROKEN);
	assert_int_equal(s.why, AUDIT_WHY_REMOVED);
	assert_int_equal(s.bad_id, 101);
}

static void
all_entries_removed_are_found(void **state)
{
	struct fixture		*f = *state;
	struct audit_state	 s;

	tamper(f->db, "DELETE FROM audit");
	assert_int_equal(audit_verify_with(f->db, NULL, -1, &s), AUDIT_BROKEN);
	assert_int_equal(s.why, AUDIT_WHY_REMOVED);
	assert_int_equal(s.bad_id, 1);
}

/*
 * Rewrite entry `from` and recompute every hash after it, as an attacker
 * who read audit.c would: the chain is self-consistent again.
 */
static void
recompute_from(struct db *db, int64_t from)
{
	sqlite3_stmt		*st, *up;
	struct audit_entry	 e;
	char			 prev[65] = "", hash[65];
	int64_t			 id;

	assert_int_equal(sqlite3_prepare_v2(db->sql, "SELECT id, at,"
	    " coalesce(user_id, 0), username, client, action, entity,"
	    " entity_id, old_value, new_value, hash FROM audit ORDER BY id",
	    -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db->sql, "UPDATE audit SET"
	    " prev_hash = ?1, hash = ?2 WHERE id = ?3", -1, &up, NULL),
	    SQLITE_OK);
	assert_true(db_exec(db, "BEGIN"));
	while (sqlite3_step(st) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		if (id < from) {
			snprintf(prev, sizeof(prev), "%s",
			    (const char *)sqlite3_column_text(st, 10));
			continue;
		}
		e.user_id = sqlite3_column_int64(st, 2);
		e.username = (const char *)sqlite3_column_text(st, 3);
		e.client = (const char *)sqlite3_column_text(st, 4);
		e.action = (const char *)sqlite3_column_text(st, 5);
		e.entity = (const char *)sqlite3_column_text(st, 6);
		e.entity_id = (const char *)sqlite3_column_text(st, 7);
		e.old_value = (const char *)sqlite3_column_text(st, 8);
		e.new_value = (const char *)sqlite3_column_text(st, 9);
		assert_true(audit_hash(prev, id,
		    (const char *)sqlite3_column_text(st, 1), &e, hash));
		sqlite3_bind_text(up, 1, prev, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(up, 2, hash, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(up, 3, id);
		assert_int_equal(sqlite3_step(up), SQLITE_DONE);
		sqlite3_reset(up);
		memcpy(prev, hash, sizeof(prev));
	}
	assert_true(db_exec(db, "COMMIT"));
	sqlite3_finalize(st);
	sqlite3_finalize(up);
}

static void
rewritten_and_recomputed_chain_is_found(void **state)
{
	struct fixture		*f = *state;
	struct audit_state	 s;

	tamper(f->db, "UPDATE audit SET new_value = '1' WHERE id = 12");
	assert_int_equal(audit_verify_with(f->db, NULL, -1, &s), AUDIT_BROKEN);
	assert_int_equal(s.bad_id, 12);
	recompute_from(f->db, 12);
	/* Without the anchor the recomputed chain would pass. */
	assert_int_equal(audit_verify_with(f->db, NULL, -1, &s), AUDIT_BROKEN);
	assert_int_equal(s.why, AUDIT_WHY_CHANGED);
	assert_int_equal(s.bad_id, 12);
}

/* A NUL appended inside a field is hashed, not where hashing stops. */
static void
nul_inside_a_field_is_found(void **state)
{
	struct fixture	*f = *state;
	int64_t		 bad;

	tamper(f->db, "UPDATE audit SET new_value ="
	    " CAST(new_value || x'00' || 'x' AS TEXT) WHERE id = 20");
	assert_int_equal(testdb_int(f->db, "SELECT length(CAST(new_value AS"
	    " BLOB)) FROM audit WHERE id = 20"), 5);
	assert_int_equal(audit_verify(f->db, &bad, NULL), AUDIT_BROKEN);
	assert_int_equal(bad, 20);
}

/* user_id NULL (nobody) and 0 are different values. */
static void
null_user_made_zero_is_found(void **state)
{
	struct fixture	*f = *state;
	int64_t		 bad;

	assert_int_equal(testdb_int(f->db, "SELECT count(*) FROM audit"
	    " WHERE id = 3 AND user_id IS NULL"), 1);
	tamper(f->db, "UPDATE audit SET user_id = 0 WHERE id = 3");
	assert_int_equal(audit_verify(f->db, &bad, NULL), AUDIT_BROKEN);
	assert_int_equal(bad, 3);
}

/* A text turned into a blob of the same bytes is a change too. */
static void
changed_column_type_is_found(void **state)
{
	struct fixture	*f = *state;
	int64_t		 bad;

	tamper(f->db, "UPDATE audit SET client = CAST(client AS BLOB)"
	    " WHERE id = 5");
	assert_int_equal(audit_verify(f->db, &bad, NULL), AUDIT_BROKEN);
	assert_int_equal(bad, 5);
}

static void
anchor_path_of(struct fixture *f, char *buf, size_t sz)
{
	assert_true(audit_anchor_path(f->path, buf, sz));
}

/*
 * A crash between the commit and the anchor's write leaves the anchor
 * behind the table: allowed, and the next audited commit mends it.
 */
static void
anchor_may_lag_and_catches_up(void **state)
{
	struct fixture		*f = *state;
	struct audit_entry	 e = { 1, "x", "cli", "test", "", "", "", "" };
	struct audit_state	 s;
	char			 path[128];
	off_t			 size;

	anchor_path_of(f, path, sizeof(path));
	assert_true((size = audit_anchor_size(path)) > 0);
	/* Drop the last two lines, as if never written. */
	assert_int_equal(truncate(path, size - 2 * (3 + 64 + 1)), 0);
	assert_int_equal(audit_verify_with(f->db, NULL, -1, &s), AUDIT_INTACT);
	assert_int_equal(s.entries, 50);
	assert_int_equal(s.anchored, 48);
	/* A torn line at the end is ignored, then cut off. */
	assert_int_equal(truncate(path, size - 2 * (3 + 64 + 1) + 10), 0);
	assert_int_equal(audit_verify_with(f->db, NULL, -1, &s), AUDIT_INTACT);
	assert_int_equal(s.anchored, 48);
	assert_true(audit_append(f->db, &e));
	assert_int_equal(audit_verify_with(f->db, NULL, -1, &s), AUDIT_INTACT);
	assert_int_equal(s.entries, 51);
	assert_int_equal(s.anchored, 51);
}

static void
anchor_missing_is_reported(void **state)
{
	struct fixture		*f = *state;
	struct audit_state	 s;
	char			 path[128];

	anchor_path_of(f, path, sizeof(path));
	assert_int_equal(unlink(path), 0);
	assert_int_equal(audit_verify_with(f->db, NULL, -1, &s), AUDIT_BROKEN);
	assert_int_equal(s.why, AUDIT_WHY_NO_ANCHOR);
}

static void
anchor_is_private(void **state)
{
	struct fixture	*f = *state;
	struct stat	 st;
	char		 path[128];

	anchor_path_of(f, path, sizeof(path));
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
}

/*
 * A database made anew where an old one was removed: the old anchor is
 * moved aside (kept), so the new log is not taken for a rewritten one.
 */
static void
anchor_of_a_removed_database_is_moved_aside(void **state)
{
	struct audit_entry	 e = { 1, "x", "cli", "test", "", "", "", "" };
	struct audit_state	 s;
	struct db		*db;
	char			 dir[64] = "/tmp/koers-orphan-XXXXXX", path[128];
	char			 anchor[160], cmd[256];
	FILE			*fp;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/k.db", dir);
	assert_true(audit_anchor_path(path, anchor, sizeof(anchor)));
	assert_non_null(fp = fopen(anchor, "w"));
	fprintf(fp, "1 %064d\n", 0);
	fclose(fp);
	assert_non_null(db = db_open(path, 0));
	assert_true(migrate_all(db));
	assert_true(audit_append(db, &e));
	assert_int_equal(audit_verify_with(db, NULL, -1, &s), AUDIT_INTACT);
	assert_int_equal(s.anchored, 1);
	db_close(db);
	snprintf(cmd, sizeof(cmd), "test -n \"$(ls %s | grep orphaned)\"", dir);
	assert_int_equal(system(cmd), 0);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	assert_int_equal(system(cmd), 0);
}

/* The first form's hash (audit.c before migration 0006), for old rows. */
static void
v1_field(EVP_MD_CTX *ctx, const char *s)
{
	char len[24];

	snprintf(len, sizeof(len), "%zu:", strlen(s));
	EVP_DigestUpdate(ctx, len, strlen(len));
	EVP_DigestUpdate(ctx, s, strlen(s));
	EVP_DigestUpdate(ctx, "\n", 1);
}

static void
v1_hash(const char *prev, const char *id, const char *at, const char *nv,
    char out[65])
{
	EVP_MD_CTX	*ctx = EVP_MD_CTX_new();
	unsigned char	 md[32];
	unsigned int	 n = 0, i;
	const char	*f[] = { prev, id, at, "0", "old", "cli", "legacy", "",
	    "", "", nv };

	assert_non_null(ctx);
	assert_int_equal(EVP_DigestInit_ex(ctx, EVP_sha256(), NULL), 1);
	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++)
		v1_field(ctx, f[i]);
	assert_int_equal(EVP_DigestFinal_ex(ctx, md, &n), 1);
	EVP_MD_CTX_free(ctx);
	for (i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
}

/* A log from before migration 0006 verifies, and new entries follow it. */
static void
legacy_entries_verify_and_the_new_form_follows(void **state)
{
	struct audit_entry	 e = { 1, "x", "cli", "test", "", "", "", "" };
	struct audit_state	 s;
	struct db		*db;
	char			 path[64], prev[65] = "", hash[65], id[8];
	char			 sql[512];
	int			 i;

	(void)state;
	assert_non_null(db = testdb_new(path, sizeof(path)));
	for (i = 1; i <= 3; i++) {
		snprintf(id, sizeof(id), "%d", i);
		v1_hash(prev, id, "2014-07-01T09:00:00Z", id, hash);
		snprintf(sql, sizeof(sql), "INSERT INTO audit(id, at, user_id,"
		    " username, client, action, new_value, prev_hash, hash)"
		    " VALUES (%d, '2014-07-01T09:00:00Z', NULL, 'old', 'cli',"
		    " 'legacy', '%d', '%s', '%s')", i, i, prev, hash);
		assert_true(testdb_exec(db, sql));
		memcpy(prev, hash, sizeof(prev));
	}
	assert_int_equal(testdb_int(db, "SELECT count(*) FROM audit"
	    " WHERE chain = 1"), 3);
	assert_true(audit_append(db, &e));
	assert_true(audit_append(db, &e));
	assert_int_equal(audit_verify_with(db, NULL, -1, &s), AUDIT_INTACT);
	assert_int_equal(s.entries, 5);
	assert_int_equal(s.anchored, 5);
	/* A new entry cannot be passed off in the old form. */
	assert_true(testdb_exec(db, "DROP TRIGGER audit_no_update;"
	    "UPDATE audit SET chain = 1 WHERE id = 5"));
	assert_int_equal(audit_verify_with(db, NULL, -1, &s), AUDIT_BROKEN);
	assert_int_equal(s.bad_id, 5);
	testdb_free(db, path);
}

static void
head_is_the_newest_hash(void **state)
{
	struct fixture		*f = *state;
	struct audit_state	 s;
	char			 head[65];
	int64_t			 n;

	assert_true(audit_head(f->db, &n, head));
	assert_int_equal(n, 50);
	assert_int_equal(audit_verify_with(f->db, NULL, -1, &s), AUDIT_INTACT);
	assert_string_equal(s.head, head);
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
		cmocka_unit_test_setup_teardown(removed_row_is_named, setup, teardown),
		cmocka_unit_test_setup_teardown(newest_entry_removed_is_found, setup, teardown),
		cmocka_unit_test_setup_teardown(newest_300_entries_removed_are_found, setup, teardown),
		cmocka_unit_test_setup_teardown(all_entries_removed_are_found, setup, teardown),
		cmocka_unit_test_setup_teardown(rewritten_and_recomputed_chain_is_found, setup, teardown),
		cmocka_unit_test_setup_teardown(nul_inside_a_field_is_found, setup, teardown),
		cmocka_unit_test_setup_teardown(null_user_made_zero_is_found, setup, teardown),
		cmocka_unit_test_setup_teardown(changed_column_type_is_found, setup, teardown),
		cmocka_unit_test_setup_teardown(anchor_may_lag_and_catches_up, setup, teardown),
		cmocka_unit_test_setup_teardown(anchor_missing_is_reported, setup, teardown),
		cmocka_unit_test_setup_teardown(anchor_is_private, setup, teardown),
		cmocka_unit_test_setup_teardown(head_is_the_newest_hash, setup, teardown),
		cmocka_unit_test(anchor_of_a_removed_database_is_moved_aside),
		cmocka_unit_test(legacy_entries_verify_and_the_new_form_follows),
		cmocka_unit_test_setup_teardown(rehashed_row_still_breaks_the_next_link, setup, teardown),
		cmocka_unit_test_setup_teardown(entry_rolls_back_with_the_callers_transaction, setup, teardown),
	};

	return cmocka_run_group_tests_name("audit", tests, NULL, NULL);
}
