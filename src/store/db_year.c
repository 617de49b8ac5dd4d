/* db_year.c: creating, adopting and closing budget years. */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "db_year.h"

enum year_res
db_year_get(struct db *db, int year, struct db_year_info *y)
{
	static const char sql[] =
	    "SELECT state, coalesce(adopted_on, '') FROM budget_year"
	    " WHERE year = ?";
	sqlite3_stmt	*st;
	enum year_res	 res = YEAR_NOT_FOUND;
	int		 rc;

	memset(y, 0, sizeof(*y));
	if ((st = db_stmt(db, sql)) == NULL)
		return YEAR_ERROR;
	sqlite3_bind_int(st, 1, year);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		y->year = year;
		y->state = year_state_of((const char *)
		    sqlite3_column_text(st, 0));
		snprintf(y->adopted_on, sizeof(y->adopted_on), "%s",
		    (const char *)sqlite3_column_text(st, 1));
		res = y->state < YEAR__MAX ? YEAR_OK : YEAR_ERROR;
	} else if (rc != SQLITE_DONE)
		res = YEAR_ERROR;
	sqlite3_reset(st);
	return res;
}

/* End the transaction: commit on YEAR_OK, else roll back. */
static enum year_res
db_year_end(struct db *db, enum year_res res)
{
	if (res == YEAR_OK && db_commit_res(db) != DB_OK)
		res = YEAR_ERROR;
	if (res != YEAR_OK)
		db_rollback(db);
	return res;
}

enum year_res
db_year_create(struct db *db, int year, const struct db_who *who)
{
	static const char ins_year[] =
	    "INSERT INTO budget_year(year, state) VALUES (?, 'draft')";
	static const char ins_period[] =
	    "INSERT INTO period(year, quarter, state, deadline, review_deadline)"
	    " VALUES (?, ?, 'planned', ?, ?)";
	struct db_year_info	 y;
	sqlite3_stmt		*st;
	enum year_res		 res;
	char			 sub[11], rev[11], key[8];
	int			 q;

	if (year < 2000 || year > 2100)
		return YEAR_BAD_YEAR;
	if (!db_begin_immediate(db))
		return YEAR_ERROR;
	if ((res = db_year_get(db, year, &y)) != YEAR_NOT_FOUND) {
		res = res == YEAR_OK ? YEAR_EXISTS : res;
		return db_year_end(db, res);
	}
	if ((st = db_stmt(db, ins_year)) == NULL)
		return db_year_end(db, YEAR_ERROR);
	sqlite3_bind_int(st, 1, year);
	if (db_write(db, st) != DB_OK)
		return db_year_end(db, YEAR_ERROR);
	for (q = 1; q <= 4; q++) {
		year_default_deadlines(year, q, sub, rev);
		if ((st = db_stmt(db, ins_period)) == NULL)
			return db_year_end(db, YEAR_ERROR);
		sqlite3_bind_int(st, 1, year);
		sqlite3_bind_int(st, 2, q);
		sqlite3_bind_text(st, 3, sub, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 4, rev, -1, SQLITE_TRANSIENT);
		if (db_write(db, st) != DB_OK)
			return db_year_end(db, YEAR_ERROR);
	}
	snprintf(key, sizeof(key), "%d", year);
	if (!audit_append_by(db, who, "year.create", "budget_year", key, "",
	    "draft"))
		return db_year_end(db, YEAR_ERROR);
	return db_year_end(db, YEAR_OK);
}

/* Quarters of year that are not closed; -1 on error. */
static int
db_year_open_quarters(struct db *db, int year)
{
	static const char sql[] =
	    "SELECT count(*) FROM period WHERE year = ? AND state <> 'closed'";
	sqlite3_stmt	*st;
	int		 n = -1;

	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	sqlite3_bind_int(st, 1, year);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return n;
}

enum year_res
db_year_set_state(struct db *db, int year, enum year_state to,
    const char *raadsbesluit, const struct db_who *who)
{
	static const char sql[] =
	    "UPDATE budget_year SET state = ?1,"
	    " adopted_on = coalesce(?2, adopted_on) WHERE year = ?3";
	struct db_year_info	 y;
	sqlite3_stmt		*st;
	enum year_res		 res;
	char			 key[8], val[64];
	int			 open;

	if (to == YEAR_ADOPTED && !year_date_ok(raadsbesluit))
		return YEAR_BAD_DATE;
	if (!db_begin_immediate(db))
		return YEAR_ERROR;
	if ((res = db_year_get(db, year, &y)) != YEAR_OK)
		return db_year_end(db, res);
	if ((open = db_year_open_quarters(db, year)) < 0)
		return db_year_end(db, YEAR_ERROR);
	if ((res = year_step(y.state, to, open)) != YEAR_OK)
		return db_year_end(db, res);
	if ((st = db_stmt(db, sql)) == NULL)
		return db_year_end(db, YEAR_ERROR);
	sqlite3_bind_text(st, 1, year_state_name(to), -1, SQLITE_STATIC);
	if (to == YEAR_ADOPTED)
		sqlite3_bind_text(st, 2, raadsbesluit, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, 2);
	sqlite3_bind_int(st, 3, year);
	if (db_write_one(db, st) != DB_OK)
		return db_year_end(db, YEAR_ERROR);
	snprintf(key, sizeof(key), "%d", year);
	if (to == YEAR_ADOPTED)
		snprintf(val, sizeof(val), "adopted raadsbesluit=%s",
		    raadsbesluit);
	else
		snprintf(val, sizeof(val), "%s", year_state_name(to));
	if (!audit_append_by(db, who, to == YEAR_ADOPTED ? "year.adopt" :
	    "year.close", "budget_year", key, year_state_name(y.state), val))
		return db_year_end(db, YEAR_ERROR);
	return db_year_end(db, YEAR_OK);
}

enum year_res
db_year_period_deadlines(struct db *db, int64_t period_id,
    const char *sub, const char *rev, const struct db_who *who)
{
	static const char get[] =
	    "SELECT year, quarter, state, deadline, review_deadline"
	    " FROM period WHERE id = ?";
	static const char upd[] =
	    "UPDATE period SET deadline = ?1, review_deadline = ?2"
	    " WHERE id = ?3";
	sqlite3_stmt	*st;
	enum year_res	 res;
	char		 key[16], old[32], val[32];
	int		 rc, closed = 0;

	if ((res = year_deadlines_check(sub, rev)) != YEAR_OK)
		return res;
	if (!db_begin_immediate(db))
		return YEAR_ERROR;
	if ((st = db_stmt(db, get)) == NULL)
		return db_year_end(db, YEAR_ERROR);
	sqlite3_bind_int64(st, 1, period_id);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		snprintf(key, sizeof(key), "%04u-Q%u",
		    (unsigned)sqlite3_column_int(st, 0) % 10000u,
		    (unsigned)sqlite3_column_int(st, 1) % 10u);
		closed = strcmp((const char *)sqlite3_column_text(st, 2),
		    "closed") == 0;
		snprintf(old, sizeof(old), "%.10s %.10s",
		    (const char *)sqlite3_column_text(st, 3),
		    (const char *)sqlite3_column_text(st, 4));
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return db_year_end(db, rc == SQLITE_DONE ? YEAR_NOT_FOUND :
		    YEAR_ERROR);
	if (closed)
		return db_year_end(db, YEAR_PERIOD_CLOSED);
	if ((st = db_stmt(db, upd)) == NULL)
		return db_year_end(db, YEAR_ERROR);
	sqlite3_bind_text(st, 1, sub, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, rev, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 3, period_id);
	if (db_write_one(db, st) != DB_OK)
		return db_year_end(db, YEAR_ERROR);
	snprintf(val, sizeof(val), "%.10s %.10s", sub, rev);
	if (!audit_append_by(db, who, "period.deadlines", "period", key, old,
	    val))
		return db_year_end(db, YEAR_ERROR);
	return db_year_end(db, YEAR_OK);
}

int
db_year_fixed_from(struct db *db, int year)
{
	static const char sql[] =
	    "SELECT state FROM budget_year WHERE year >= ?";
	sqlite3_stmt	*st;
	int		 rc, fixed = 0;

	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	sqlite3_bind_int(st, 1, year);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (!year_editable((const char *)sqlite3_column_text(st, 0)))
			fixed = 1;
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? fixed : -1;
}
