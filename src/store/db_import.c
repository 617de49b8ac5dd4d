/* db_import.c: accounts and scopes for the command-line import. */
#include <sqlite3.h>

#include "db_import.h"
#include "role.h"

/* The active account username: 1 and *id, 0 when none, -1 on error. */
int
db_import_user(struct db *db, const char *username, int64_t *id)
{
	static const char sql[] =
	    "SELECT id FROM user WHERE username = ? AND active = 1";
	sqlite3_stmt	*st;
	int		 rc, res;

	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, username, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		res = 1;
	} else
		res = rc == SQLITE_DONE ? 0 : (db_res_of(db, rc), -1);
	sqlite3_reset(st);
	return res;
}

/*
 * The enum role bits user_id holds with a scope containing org_unit_id
 * (the unit itself or one above it).  0 on error.
 */
unsigned
db_import_roles(struct db *db, int64_t user_id, int64_t unit)
{
	static const char sql[] =
	    "SELECT DISTINCT ra.role FROM role_assignment ra"
	    " JOIN org_unit_tree t ON t.ancestor_id = ra.org_unit_id"
	    " WHERE ra.user_id = ? AND t.descendant_id = ?";
	sqlite3_stmt		*st;
	const unsigned char	*s;
	unsigned		 roles = 0;
	int			 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, user_id);
	sqlite3_bind_int64(st, 2, unit);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		s = sqlite3_column_text(st, 0);
		roles |= role_bit((const char *)s);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		(void)db_res_of(db, rc);
		return 0;
	}
	return roles;
}
