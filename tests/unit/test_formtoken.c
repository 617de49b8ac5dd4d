/* test_formtoken.c: the login form's token is the server's, signed, fresh. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "auth_formtoken.h"
#include "db.h"
#include "testdb.h"

static const int64_t now = 2000000000;

static void
issued_token_is_accepted_until_it_expires(void **state)
{
	struct testdb_fx	 x;
	char			 tok[AUTH_FORMTOKEN_HEX + 1];

	(void)state;
	assert_non_null(x.db = testdb_new(x.path, sizeof(x.path)));
	assert_true(auth_formtoken_new(x.db, now, tok));
	assert_int_equal(strlen(tok), 64);
	assert_true(auth_formtoken_ok(x.db, tok, now));
	assert_true(auth_formtoken_ok(x.db, tok, now + AUTH_FORMTOKEN_TTL));
	assert_false(auth_formtoken_ok(x.db, tok, now + AUTH_FORMTOKEN_TTL + 1));
	/* Issued "in the future": refused. */
	assert_false(auth_formtoken_ok(x.db, tok, now - 3600));
	testdb_free(x.db, x.path);
}

/* What a client could set in both cookie and field itself: refused. */
static void
made_up_or_altered_token_is_refused(void **state)
{
	struct testdb_fx	 x;
	char			 tok[AUTH_FORMTOKEN_HEX + 1];
	char			 forged[AUTH_FORMTOKEN_HEX + 1];

	(void)state;
	assert_non_null(x.db = testdb_new(x.path, sizeof(x.path)));
	memset(forged, 'a', 64);
	forged[64] = '\0';
	assert_false(auth_formtoken_ok(x.db, forged, now));
	assert_true(auth_formtoken_new(x.db, now, tok));
	memcpy(forged, tok, sizeof(forged));
	forged[63] = forged[63] == '0' ? '1' : '0';	/* the MAC */
	assert_false(auth_formtoken_ok(x.db, forged, now));
	memcpy(forged, tok, sizeof(forged));
	forged[31] = forged[31] == '0' ? '1' : '0';	/* the time */
	assert_false(auth_formtoken_ok(x.db, forged, now));
	assert_false(auth_formtoken_ok(x.db, "", now));
	assert_false(auth_formtoken_ok(x.db, NULL, now));
	/* Another server (another key) did not issue it. */
	assert_true(testdb_exec(x.db, "UPDATE setting SET value ="
	    " lower(hex(randomblob(32))) WHERE key = 'login_form_key'"));
	assert_false(auth_formtoken_ok(x.db, tok, now));
	testdb_free(x.db, x.path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(issued_token_is_accepted_until_it_expires),
		cmocka_unit_test(made_up_or_altered_token_is_refused),
	};

	return cmocka_run_group_tests_name("formtoken", tests, NULL, NULL);
}
