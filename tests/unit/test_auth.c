/*
 * test_auth.c: the throttling policy, the scope check, login with its
 * counters and audit, account rules, CSRF and redirect checks.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "account.h"
#include "auth.h"
#include "auth_login.h"
#include "auth_throttle.h"
#include "db.h"
#include "db_user.h"
#include "http.h"
#include "router.h"
#include "testdb.h"
#include "user.h"

struct fixture {
	struct db	*db;
	char		 path[64];
};

static const struct account_actor actor = { 0, "", "test" };

/* G (gemeente) > D (directie) > A (afdeling) > T (team); G > E > B. */
static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	assert_non_null(f);
	assert_non_null(f->db = testdb_new(f->path, sizeof(f->path)));
	assert_true(testdb_exec(f->db,
	    "INSERT INTO org_unit(id, parent_id, kind, code, name) VALUES"
	    " (1, NULL, 'gemeente', 'G', 'Gemeente'),"
	    " (2, 1, 'directie', 'D', 'Directie D'),"
	    " (3, 2, 'afdeling', 'A', 'Afdeling A'),"
	    " (4, 3, 'team', 'T', 'Team T'),"
	    " (5, 1, 'directie', 'E', 'Directie E'),"
	    " (6, 5, 'afdeling', 'B', 'Afdeling B')"));
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

static int64_t
count(struct db *db, const char *sql)
{
	sqlite3_stmt	*st;
	int64_t		 n = -1;

	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

static void
throttle_delays_grow_after_three_failures_then_lock(void **state)
{
	const struct throttle_policy	*p = &auth_throttle_account;
	struct throttle			 t = { 0, 0, 0 };
	int64_t				 now = 1000000;
	int				 i;

	(void)state;
	for (i = 0; i < 2; i++) {
		assert_int_equal(auth_throttle_fail(p, &t, now), 0);
		assert_int_equal(auth_throttle_wait(p, &t, now), 0);
	}
	assert_int_equal(auth_throttle_fail(p, &t, now), 0);	/* 3 */
	assert_int_equal(auth_throttle_wait(p, &t, now), 1);
	assert_int_equal(auth_throttle_wait(p, &t, now + 1), 0);
	assert_int_equal(auth_throttle_fail(p, &t, now + 1), 0);	/* 4 */
	assert_int_equal(auth_throttle_wait(p, &t, now + 1), 2);
	for (i = 5; i <= 9; i++)
		assert_int_equal(auth_throttle_fail(p, &t, now + 2), 0);
	assert_int_equal(auth_throttle_wait(p, &t, now + 2), 64);	/* 2^6 */
	assert_int_equal(auth_throttle_fail(p, &t, now + 3), 1);	/* 10: lock */
	assert_int_equal(auth_throttle_wait(p, &t, now + 3), 15 * 60);
	assert_int_equal(auth_throttle_wait(p, &t, now + 3 + 15 * 60), 0);
	assert_int_equal(t.failures, 0);
}

static void
throttle_forgets_old_failures_and_caps_the_delay(void **state)
{
	struct throttle_policy	p = auth_throttle_account;
	struct throttle		t = { 3, 1000, 0 };

	(void)state;
	assert_int_equal(auth_throttle_wait(&p, &t, 1000 + 15 * 60 + 1), 0);
	assert_int_equal(auth_throttle_fail(&p, &t, 1000 + 15 * 60 + 1), 0);
	assert_int_equal(t.failures, 1);
	p.lock_after = 0;
	t.failures = 40;
	t.last_failure = 5000;
	assert_int_equal(auth_throttle_wait(&p, &t, 5000), p.max_delay);
}

static void
address_throttle_is_lenient_and_never_locks(void **state)
{
	const struct throttle_policy	*p = &auth_throttle_address;
	struct throttle			 t = { 0, 0, 0 };
	int				 i;

	(void)state;
	for (i = 0; i < 19; i++)
		assert_int_equal(auth_throttle_fail(p, &t, 100), 0);
	assert_int_equal(auth_throttle_wait(p, &t, 100), 0);
	for (i = 0; i < 100; i++)
		assert_int_equal(auth_throttle_fail(p, &t, 100), 0);
	assert_int_equal(t.locked_until, 0);
	assert_true(auth_throttle_wait(p, &t, 100) <= 60);
}

static void
next_must_be_a_path_on_this_site(void **state)
{
	(void)state;
	assert_true(auth_next_ok("/"));
	assert_true(auth_next_ok("/programmes?year=2014"));
	assert_false(auth_next_ok(NULL));
	assert_false(auth_next_ok(""));
	assert_false(auth_next_ok("//evil.example/"));
	assert_false(auth_next_ok("/\\evil.example"));
	assert_false(auth_next_ok("https://evil.example/"));
	assert_false(auth_next_ok("javascript:alert(1)"));
	assert_false(auth_next_ok("/a\r\nSet-Cookie: x=1"));
	assert_false(auth_next_ok("/a b"));
	assert_false(auth_next_ok("/caf\xc3\xa9"));
}

static void
hash_is_sha256_hex_and_secrets_are_fresh(void **state)
{
	char	h[65], a[SECRET_HEX + 1], b[SECRET_HEX + 1];
	char	tok[SECRET_TOKEN_LEN + 1], th[65];

	(void)state;
	assert_true(auth_hash("abc", h));
	assert_string_equal(h, "ba7816bf8f01cfea414140de5dae2223"
	    "b00361a396177a9cb410ff61f20015ad");
	assert_true(secret_new(a));
	assert_true(secret_new(b));
	assert_int_equal(strlen(a), 64);
	assert_string_not_equal(a, b);
	assert_true(secret_token_new(tok, th));
	assert_int_equal(strncmp(tok, "koers_", 6), 0);
	assert_true(auth_hash(tok, h));
	assert_string_equal(h, th);
	assert_true(auth_equal(a, a));
	assert_false(auth_equal(a, b));
	assert_false(auth_equal("", ""));
	assert_false(auth_equal("abc", "abcd"));
}

static void
csrf_token_from_field_or_header_and_none_for_bearer(void **state)
{
	struct req	q;
	struct user	u;
	char		tok[] = "0123456789abcdef0123456789abcdef"
			    "0123456789abcdef0123456789abcdef";

	(void)state;
	memset(&q, 0, sizeof(q));
	memset(&u, 0, sizeof(u));
	q.csrf_header = "";
	q.ctype = "application/x-www-form-urlencoded";
	q.body = (char *)"";
	assert_false(auth_csrf_ok(&q));			/* no session */
	q.csrf = tok;
	assert_false(auth_csrf_ok(&q));			/* no token sent */
	assert_true(kvlist_add(&q.form, "csrf", 4, "nope", 4));
	assert_false(auth_csrf_ok(&q));
	kvlist_free(&q.form);
	assert_true(kvlist_add(&q.form, "csrf", 4, tok, strlen(tok)));
	assert_true(auth_csrf_ok(&q));
	kvlist_free(&q.form);
	q.csrf_header = tok;
	assert_true(auth_csrf_ok(&q));
	q.csrf_header = "";
	q.ctype = "multipart/form-data; boundary=XyZ";
	q.body = (char *)"--XyZ\r\nContent-Disposition: form-data; name=\"csrf\""
	    "\r\n\r\n0123456789abcdef0123456789abcdef0123456789abcdef"
	    "0123456789abcdef\r\n--XyZ--\r\n";
	q.bodysz = strlen(q.body);
	assert_true(auth_csrf_ok(&q));
	q.body = (char *)"--XyZ\r\nContent-Disposition: form-data; name=\"x\""
	    "\r\n\r\nabc\r\n--XyZ--\r\n";
	q.bodysz = strlen(q.body);
	assert_false(auth_csrf_ok(&q));
	q.csrf = NULL;
	q.via_token = 1;
	q.user = &u;
	assert_true(auth_csrf_ok(&q));
}

static void
scope_covers_the_unit_and_everything_below_it(void **state)
{
	struct fixture		*f = *state;
	struct role_grant	 g[2] = { { ROLE_MANAGER, 3 }, { ROLE_DIRECTOR, 5 } };
	struct user		 u;
	struct req		 q;

	memset(&u, 0, sizeof(u));
	memset(&q, 0, sizeof(q));
	u.grants = g;
	u.grantn = 1;
	u.roles = ROLE_MANAGER;
	q.user = &u;
	q.db = f->db;
	assert_true(auth_scope(&q, ROLE_MANAGER, 3));	/* own unit */
	assert_true(auth_scope(&q, ROLE_MANAGER, 4));	/* team below */
	assert_false(auth_scope(&q, ROLE_MANAGER, 2));	/* above */
	assert_false(auth_scope(&q, ROLE_MANAGER, 6));	/* elsewhere */
	assert_false(auth_scope(&q, ROLE_MANAGER, 1));
	assert_false(auth_scope(&q, ROLE_DIRECTOR | ROLE_CMT, 4));	/* wrong role */
	assert_false(auth_scope(&q, ROLE_MANAGER, 0));
	assert_false(auth_scope(&q, ROLE_MANAGER, 999));
	u.grantn = 2;
	u.roles |= ROLE_DIRECTOR;
	assert_true(auth_scope(&q, ROLE_DIRECTOR | ROLE_CMT, 6));
	assert_false(auth_scope(&q, ROLE_DIRECTOR | ROLE_CMT, 3));
	g[1].role = ROLE_CMT;
	g[1].org_unit_id = 1;
	assert_true(auth_scope(&q, ROLE_DIRECTOR | ROLE_CMT, 3));
	q.user = NULL;
	assert_false(auth_scope(&q, ROLE_MANAGER, 3));
}

/*
 * What the entry pages and the entry API both ask (auth.c, below both):
 * the roles held over a unit, who acts, and who composes reports.
 */
static void
roles_in_a_unit_who_acts_and_who_composes(void **state)
{
	struct fixture		*f = *state;
	struct role_grant	 g[2] = { { ROLE_MANAGER, 3 }, { ROLE_CMT, 1 } };
	struct user		 u;
	struct req		 q;
	struct db_who		 w;

	memset(&u, 0, sizeof(u));
	memset(&q, 0, sizeof(q));
	u.id = 42;
	u.username = (char *)"anna";
	u.grants = g;
	u.grantn = 1;
	u.roles = ROLE_MANAGER;
	q.user = &u;
	q.db = f->db;
	snprintf(q.client, sizeof(q.client), "192.0.2.1");
	assert_int_equal(auth_roles_in(&q, 4), ROLE_MANAGER);
	assert_int_equal(auth_roles_in(&q, 6), 0);
	assert_false(auth_composer(&q));
	u.grantn = 2;
	u.roles |= ROLE_CMT;
	assert_int_equal(auth_roles_in(&q, 4), ROLE_MANAGER | ROLE_CMT);
	assert_int_equal(auth_roles_in(&q, 6), ROLE_CMT);
	assert_true((auth_roles_in(&q, 6) & ROLE_ENTRY) != 0);
	auth_who(&q, &w);
	assert_int_equal(w.user_id, 42);
	assert_string_equal(w.username, "anna");
	assert_string_equal(w.client, "192.0.2.1");
	u.roles = ROLE_COUNCIL;
	assert_true(auth_composer(&q));
	q.user = NULL;
	assert_int_equal(auth_roles_in(&q, 4), 0);
	assert_false(auth_composer(&q));
	auth_who(&q, &w);
	assert_int_equal(w.user_id, 0);
	assert_string_equal(w.username, "");
}

static void
accounts_need_long_passwords_and_fitting_scopes(void **state)
{
	struct fixture	*f = *state;
	int64_t		 id;
	struct user	*u;
	char		 big[1100];

	assert_int_equal(account_create(f->db, &actor, "kim", "", "elf-tekens!",
	    "council", 0, &id), ACCOUNT_PW_SHORT);
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	assert_int_equal(account_create(f->db, &actor, "kim", "", big,
	    "council", 0, &id), ACCOUNT_PW_LONG);
	big[128] = '\0';
	assert_int_equal(account_create(f->db, &actor, "kim", "", big,
	    "council", 0, &id), ACCOUNT_OK);	/* 128 characters are fine */
	assert_int_equal(account_create(f->db, &actor, "KIM", "", big,
	    "council", 0, &id), ACCOUNT_TAKEN);
	assert_int_equal(account_create(f->db, &actor, "bad name", "",
	    "twaalf-tekens", "council", 0, &id), ACCOUNT_BAD_NAME);
	/* A display name is one line without control characters. */
	assert_int_equal(account_create(f->db, &actor, "m", "Mia\x07",
	    "twaalf-tekens", "council", 0, &id), ACCOUNT_BAD_DISPLAY_NAME);
	assert_int_equal(account_create(f->db, &actor, "m", "Mia\nManager",
	    "twaalf-tekens", "council", 0, &id), ACCOUNT_BAD_DISPLAY_NAME);
	assert_string_equal(account_res_key(ACCOUNT_BAD_DISPLAY_NAME),
	    "T_ACCOUNT_BAD_DISPLAY_NAME");
	assert_int_equal(account_create(f->db, &actor, "m", "",
	    "twaalf-tekens", "manager", 0, &id), ACCOUNT_NEED_SCOPE);
	assert_int_equal(account_create(f->db, &actor, "m", "",
	    "twaalf-tekens", "cmt", 3, &id), ACCOUNT_BAD_SCOPE);
	assert_int_equal(account_create(f->db, &actor, "m", "",
	    "twaalf-tekens", "boss", 0, &id), ACCOUNT_BAD_ROLE);
	assert_int_equal(account_create(f->db, &actor, "m", "",
	    "twaalf-tekens", "manager", 3, &id), ACCOUNT_OK);
	assert_non_null(u = db_user_load(f->db, id));
	assert_int_equal(u->roles, ROLE_MANAGER);
	assert_int_equal(u->grants[0].org_unit_id, 3);
	user_free(u);
	assert_int_equal(account_role(f->db, &actor, id, 1, "manager", 3),
	    ACCOUNT_HELD);
	assert_int_equal(account_role(f->db, &actor, id, 1, "cmt", 0),
	    ACCOUNT_OK);
	assert_non_null(u = db_user_load(f->db, id));
	assert_int_equal(u->roles, ROLE_MANAGER | ROLE_CMT);
	user_free(u);
	assert_int_equal(account_role(f->db, &actor, id, 0, "manager", 4),
	    ACCOUNT_NOT_FOUND);
	assert_int_equal(count(f->db, "SELECT count(*) FROM audit WHERE"
	    " action IN ('user.create','role.add') AND client = 'test'"), 5);
	assert_int_equal(count(f->db, "SELECT count(*) FROM user WHERE"
	    " password_hash NOT LIKE '$argon2id$v=19$m=19456,t=3,p=1$%'"), 0);
}

static void
login_checks_counts_throttles_and_audits(void **state)
{
	struct fixture	*f = *state;
	int64_t		 id, uid = 0, wait;
	const int64_t	 now = 2000000000;

	assert_int_equal(account_create(f->db, &actor, "anna", "Anna",
	    "correct horse battery", "manager", 4, &id), ACCOUNT_OK);
	assert_int_equal(auth_login(f->db, "Anna", "correct horse battery",
	    "10.0.0.1", now, &uid, &wait), AUTH_LOGIN_OK);
	assert_int_equal(uid, id);
	assert_int_equal(auth_login(f->db, "anna", "wrong", "10.0.0.1", now,
	    &uid, &wait), AUTH_LOGIN_FAILED);
	assert_int_equal(auth_login(f->db, "nobody", "wrong", "10.0.0.1", now,
	    &uid, &wait), AUTH_LOGIN_FAILED);
	assert_int_equal(auth_login(f->db, "anna", "wrong", "10.0.0.1", now,
	    &uid, &wait), AUTH_LOGIN_FAILED);
	assert_int_equal(auth_login(f->db, "anna", "wrong", "10.0.0.2", now,
	    &uid, &wait), AUTH_LOGIN_FAILED);
	/* Three failures for anna, from two addresses: wait a second. */
	assert_int_equal(auth_login(f->db, "anna", "correct horse battery",
	    "10.0.0.3", now, &uid, &wait), AUTH_LOGIN_THROTTLED);
	assert_int_equal(wait, 1);
	assert_int_equal(auth_login(f->db, "anna", "correct horse battery",
	    "10.0.0.3", now + 1, &uid, &wait), AUTH_LOGIN_OK);
	assert_int_equal(count(f->db, "SELECT count(*) FROM login_throttle"
	    " WHERE key = 'user:anna'"), 0);
	assert_int_equal(count(f->db, "SELECT count(*) FROM audit WHERE"
	    " action = 'login.fail'"), 4);
	assert_int_equal(count(f->db, "SELECT count(*) FROM audit WHERE"
	    " action = 'login' AND client = '10.0.0.3'"), 1);
	/* Deactivated: the right password no longer works. */
	assert_int_equal(account_deactivate(f->db, &actor, id), ACCOUNT_OK);
	assert_int_equal(auth_login(f->db, "anna", "correct horse battery",
	    "10.0.0.3", now + 100, &uid, &wait), AUTH_LOGIN_FAILED);
}

/*
 * A failed login with an unknown, huge username keeps only its first 64
 * bytes in the audit log, never cut inside a character, controls replaced.
 */
static void
failed_login_logs_a_capped_normalised_username(void **state)
{
	struct fixture	*f = *state;
	int64_t		 uid = 0, wait;
	size_t		 n = 4 * 1024 * 1024, i;
	char		*name;

	assert_non_null(name = malloc(n + 1));
	/* "ab\r\n" then 'e'-acute (2 bytes) so that byte 64 splits one. */
	memcpy(name, "ab\r\n", 4);
	for (i = 4; i + 1 < n; i += 2)
		memcpy(name + i, "\xc3\xa9", 2);
	name[i] = '\0';
	assert_int_equal(auth_login(f->db, name, "wrong", "10.0.0.9",
	    2000000000, &uid, &wait), AUTH_LOGIN_FAILED);
	free(name);
	assert_int_equal(count(f->db, "SELECT count(*) FROM audit WHERE"
	    " action = 'login.fail' AND length(CAST(username AS BLOB)) <= 67"), 1);
	/* 4 bytes, then 30 whole characters (60 bytes), then "...". */
	assert_int_equal(count(f->db, "SELECT count(*) FROM audit WHERE"
	    " action = 'login.fail' AND username = 'ab?" "?' ||"
	    " replace(printf('%.30c', 'x'), 'x', char(233)) || '...'"), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(throttle_delays_grow_after_three_failures_then_lock),
		cmocka_unit_test(throttle_forgets_old_failures_and_caps_the_delay),
		cmocka_unit_test(address_throttle_is_lenient_and_never_locks),
		cmocka_unit_test(next_must_be_a_path_on_this_site),
		cmocka_unit_test(hash_is_sha256_hex_and_secrets_are_fresh),
		cmocka_unit_test(csrf_token_from_field_or_header_and_none_for_bearer),
		cmocka_unit_test_setup_teardown(scope_covers_the_unit_and_everything_below_it,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(roles_in_a_unit_who_acts_and_who_composes,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(accounts_need_long_passwords_and_fitting_scopes,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(failed_login_logs_a_capped_normalised_username,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(login_checks_counts_throttles_and_audits,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
