/* db_secret.c: server secrets in the setting table (see db_secret.h). */
#include <sqlite3.h>
#include <string.h>

#include "db_secret.h"

static enum db_res
db_secret_read(struct db *db, const char *name, char out[65])
{
	static const char sql[] = "SELECT value FROM setting WHERE key = ?";
	sqlite3_stmt		*st;
	const unsigned char	*v;
	enum db_res		 res = DB_NOTFOUND;
	int			 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		v = sqlite3_column_text(st, 0);
		if (v != NULL && strlen((const char *)v) == 64) {
			memcpy(out, v, 65);
			res = DB_OK;
		} else
			res = DB_ERROR;
	} else if (rc != SQLITE_DONE)
		res = db_res_of(db, rc);
	sqlite3_reset(st);
	return res;
}

enum db_res
db_secret_get(struct db *db, const char *name, const char *fresh,
    char out[65])
{
	static const char sql[] =
	    "INSERT OR IGNORE INTO setting(key, value) VALUES (?, ?)";
	sqlite3_stmt	*st;
	enum db_res	 res;

	if ((res = db_secret_read(db, name, out)) != DB_NOTFOUND)
		return res;
	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, fresh, -1, SQLITE_STATIC);
	res = db_write(db, st);
	sqlite3_clear_bindings(st);
	if (res != DB_OK)
		return res;
	return db_secret_read(db, name, out);
}
