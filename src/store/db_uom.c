/*
 * db_uom.c: the units of measure as stored (unit_of_measure).  See
 * db_uom.h.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "db_uom.h"

#define DB_UOM_COLS "code, symbol, nl_name, en_name, nl_one, nl_many, " \
	"en_one, en_many"

/* The columns in the order of DB_UOM_COLS, as fields of a uom_rec. */
static const enum uom_field db_uom_cols[] = {
	UOM_F_CODE, UOM_F_SYMBOL, UOM_F_NAME_NL, UOM_F_NAME_EN,
	UOM_F_ONE_NL, UOM_F_MANY_NL, UOM_F_ONE_EN, UOM_F_MANY_EN
};
#define DB_UOM_NCOLS (sizeof(db_uom_cols) / sizeof(db_uom_cols[0]))

/* A row into *r; a stored text too long for the record is cut to "". */
static void
db_uom_row(sqlite3_stmt *st, struct uom_rec *r)
{
	size_t	i;

	memset(r, 0, sizeof(*r));
	for (i = 0; i < DB_UOM_NCOLS; i++)
		(void)uom_rec_set(r, db_uom_cols[i],
		    (const char *)sqlite3_column_text(st, (int)i));
}

static int
db_uom_bind(sqlite3_stmt *st, const struct uom_rec *r)
{
	size_t	i;

	for (i = 0; i < DB_UOM_NCOLS; i++)
		if (sqlite3_bind_text(st, (int)i + 1,
		    uom_rec_get(r, db_uom_cols[i]), -1, SQLITE_TRANSIENT) !=
		    SQLITE_OK)
			return 0;
	return 1;
}

/*
 * A label shows on cached dashboard pages: move the data generation on,
 * in the caller's transaction, so that they are made again.
 */
static enum db_res
db_uom_generation(struct db *db)
{
	static const char sql[] =
	    "UPDATE data_generation SET n = n + 1 WHERE id = 1";
	sqlite3_stmt	*st;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	return db_write(db, st);
}

struct uom_rec *
db_uom_list(struct db *db, size_t *n)
{
	static const char sql[] = "SELECT " DB_UOM_COLS
	    " FROM unit_of_measure ORDER BY code";
	sqlite3_stmt	*st;
	struct uom_rec	*v = NULL, *nv;
	size_t		 cap = 0;
	int		 rc;

	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			if ((nv = reallocarray(v, cap, sizeof(*v))) == NULL)
				goto fail;
			v = nv;
		}
		db_uom_row(st, &v[(*n)++]);
	}
	if (rc != SQLITE_DONE)
		goto fail;
	sqlite3_reset(st);
	if (v == NULL && (v = calloc(1, sizeof(*v))) == NULL)
		return NULL;
	return v;
fail:
	sqlite3_reset(st);
	free(v);
	*n = 0;
	return NULL;
}

int
db_uom_get(struct db *db, const char *code, struct uom_rec *out)
{
	static const char sql[] = "SELECT " DB_UOM_COLS
	    " FROM unit_of_measure WHERE code = ?1";
	sqlite3_stmt	*st;
	int		 rc, res = -1;

	if (code == NULL || (st = db_stmt(db, sql)) == NULL)
		return -1;
	if (sqlite3_bind_text(st, 1, code, -1, SQLITE_TRANSIENT) != SQLITE_OK)
		goto out;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		db_uom_row(st, out);
		res = 1;
	} else if (rc == SQLITE_DONE)
		res = 0;
out:
	sqlite3_reset(st);
	return res;
}

enum db_res
db_uom_insert(struct db *db, const struct uom_rec *r)
{
	static const char sql[] = "INSERT INTO unit_of_measure (" DB_UOM_COLS
	    ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
	sqlite3_stmt	*st;
	enum db_res	 res;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	if (!db_uom_bind(st, r)) {
		sqlite3_reset(st);
		return DB_ERROR;
	}
	if ((res = db_write(db, st)) != DB_OK)
		return res;
	return db_uom_generation(db);
}

enum db_res
db_uom_update(struct db *db, const struct uom_rec *r)
{
	static const char sql[] = "UPDATE unit_of_measure SET symbol = ?2, "
	    "nl_name = ?3, en_name = ?4, nl_one = ?5, nl_many = ?6, "
	    "en_one = ?7, en_many = ?8 WHERE code = ?1";
	sqlite3_stmt	*st;
	enum db_res	 res;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	if (!db_uom_bind(st, r)) {
		sqlite3_reset(st);
		return DB_ERROR;
	}
	if ((res = db_write_one(db, st)) != DB_OK)
		return res;
	return db_uom_generation(db);
}
