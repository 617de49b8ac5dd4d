/* auth_login.c: one login attempt: throttle, verify, count, audit. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "auth_login.h"
#include "auth_throttle.h"
#include "db.h"
#include "db_throttle.h"
#include "db_user.h"
#include "pw.h"

static int
auth_login_audit(struct db *db, int64_t user_id, const char *username,
    const char *client, const char *action, const char *value)
{
	struct audit_entry e;

	memset(&e, 0, sizeof(e));
	e.user_id = user_id;
	e.username = username;
	e.client = client;
	e.action = action;
	e.entity = "user";
	e.entity_id = "";
	e.old_value = "";
	e.new_value = value;
	return audit_append(db, &e);
}

/*
 * Try username/password from client at now.  On AUTH_LOGIN_OK *user_id is
 * the account; on AUTH_LOGIN_THROTTLED *wait is the seconds to wait.  Every
 * success, failure and lock is audited.
 */
enum auth_login_res
auth_login(struct db *db, const char *username, const char *password,
    const char *client, int64_t now, int64_t *user_id, int64_t *wait)
{
	struct throttle		 tu, ta;
	enum auth_login_res	 res = AUTH_LOGIN_ERROR;
	char			 ukey[80], akey[80], *hash = NULL, lower[65];
	int64_t			 id = 0, wu, wa;
	int			 active = 0, ok, locked;
	size_t			 i;
	enum db_res		 fr;

	*wait = 0;
	for (i = 0; username[i] != '\0' && i < sizeof(lower) - 1; i++)
		lower[i] = (char)tolower((unsigned char)username[i]);
	lower[i] = '\0';
	snprintf(ukey, sizeof(ukey), "user:%s", lower);
	snprintf(akey, sizeof(akey), "addr:%s", client);
	if (db_throttle_get(db, ukey, &tu) != DB_OK ||
	    db_throttle_get(db, akey, &ta) != DB_OK)
		return AUTH_LOGIN_ERROR;
	wu = auth_throttle_wait(&auth_throttle_account, &tu, now);
	wa = auth_throttle_wait(&auth_throttle_address, &ta, now);
	if (wu > 0 || wa > 0) {
		*wait = wu > wa ? wu : wa;
		return AUTH_LOGIN_THROTTLED;
	}

	fr = strlen(password) > PW_MAX_LEN || strlen(username) > 64 ?
	    DB_NOTFOUND : db_user_find(db, username, &id, &hash, &active);
	if (fr != DB_OK && fr != DB_NOTFOUND)
		return AUTH_LOGIN_ERROR;
	if (fr == DB_OK && active && hash[0] != '\0')
		ok = pw_verify(hash, password);
	else {
		pw_dummy_verify(password);
		ok = 0;
	}
	free(hash);

	if (!db_begin_immediate(db))
		return AUTH_LOGIN_ERROR;
	if (ok) {
		if (db_throttle_clear(db, ukey) != DB_OK)
			goto out;
		if (!auth_login_audit(db, id, username, client, "login", ""))
			goto out;
		*user_id = id;
		res = AUTH_LOGIN_OK;
	} else {
		/* The counters are read again inside the write lock. */
		if (db_throttle_get(db, ukey, &tu) != DB_OK ||
		    db_throttle_get(db, akey, &ta) != DB_OK)
			goto out;
		locked = auth_throttle_fail(&auth_throttle_account, &tu, now);
		(void)auth_throttle_fail(&auth_throttle_address, &ta, now);
		if (db_throttle_put(db, ukey, &tu) != DB_OK ||
		    db_throttle_put(db, akey, &ta) != DB_OK ||
		    db_throttle_prune(db, now - 86400) != DB_OK)
			goto out;
		if (!auth_login_audit(db, fr == DB_OK ? id : 0, username,
		    client, "login.fail", ""))
			goto out;
		if (locked && !auth_login_audit(db, fr == DB_OK ? id : 0,
		    username, client, "login.lock", ""))
			goto out;
		res = AUTH_LOGIN_FAILED;
	}
out:
	if (res == AUTH_LOGIN_ERROR || !db_commit(db)) {
		db_rollback(db);
		res = AUTH_LOGIN_ERROR;
	}
	return res;
}
