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

/* At most this many bytes of a typed username reach the audit log. */
#define AUTH_LOGIN_NAME_LOGGED	64

/*
 * The length of the valid UTF-8 character at s (n bytes left), or 0 when
 * the bytes there are not one (overlong, surrogate, above U+10FFFF, cut).
 */
static size_t
auth_login_utf8_len(const unsigned char *s, size_t n)
{
	size_t		len, i;
	unsigned	cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
	    (len == 4 && (cp < 0x10000 || cp > 0x10ffff)))
		return 0;
	/* C1 control characters are as unprintable as C0. */
	if (len == 2 && cp < 0xa0)
		return 0;
	return len;
}

/*
 * What the audit log keeps of a typed username: its first
 * AUTH_LOGIN_NAME_LOGGED bytes, never cut inside a character, with every
 * control character or invalid byte replaced by '?', and "..." when it
 * was longer.  A failed login with an unknown name can carry anything
 * (up to the request limit, megabytes): the append-only log must not
 * keep it whole.  out holds AUTH_LOGIN_NAME_LOGGED + 4 bytes.
 */
static void
auth_login_name_logged(const char *name, char *out)
{
	const unsigned char	*s = (const unsigned char *)name;
	size_t			 n = strlen(name), i = 0, o = 0, l;
	int			 bad;

	while (i < n) {
		l = auth_login_utf8_len(s + i, n - i);
		bad = l == 0 || (l == 1 && (s[i] < 0x20 || s[i] == 0x7f));
		if (o + (bad ? 1 : l) > AUTH_LOGIN_NAME_LOGGED)
			break;
		if (bad) {
			out[o++] = '?';
			i++;
		} else {
			memcpy(out + o, s + i, l);
			o += l;
			i += l;
		}
	}
	if (i < n) {
		memcpy(out + o, "...", 3);
		o += 3;
	}
	out[o] = '\0';
}

static int
auth_login_audit(struct db *db, int64_t user_id, const char *username,
    const char *client, const char *action, const char *value)
{
	struct audit_entry	e;
	char			name[AUTH_LOGIN_NAME_LOGGED + 4];

	auth_login_name_logged(username, name);
	memset(&e, 0, sizeof(e));
	e.user_id = user_id;
	e.username = name;
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
