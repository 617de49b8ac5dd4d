/*
 * db_structure_target.c: who reports an indicator and what each of them
 * aims for: reporting units (indicator_unit) and targets of the year and
 * its quarters (db_structure.h).  The transaction, the year check and the
 * audit are db_structure.c's (db_structure_tx.h).
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "db_structure.h"
#include "db_structure_tx.h"
#include "rollup_store.h"

static const char st_sql_unit_kind[] =
	"SELECT kind FROM org_unit WHERE id = ?1";
static const char st_sql_units[] =
	"SELECT u.id, u.code, u.name, EXISTS (SELECT 1 FROM figure f "
	"WHERE f.indicator_id = iu.indicator_id AND f.org_unit_id = u.id) "
	"FROM indicator_unit iu JOIN org_unit u ON u.id = iu.org_unit_id "
	"WHERE iu.indicator_id = ?1 ORDER BY u.code";
static const char st_sql_unit_targets[] =
	"SELECT org_unit_id, quarter, value FROM target "
	"WHERE indicator_id = ?1 AND year = ?2";
static const char st_sql_iu_insert[] =
	"INSERT INTO indicator_unit(indicator_id, org_unit_id) VALUES (?1, ?2)";
static const char st_sql_iu_exists[] =
	"SELECT EXISTS (SELECT 1 FROM indicator_unit WHERE indicator_id = ?1 "
	"AND org_unit_id = ?2)";
static const char st_sql_iu_figures[] =
	"SELECT EXISTS (SELECT 1 FROM figure WHERE indicator_id = ?1 "
	"AND org_unit_id = ?2)";
static const char st_sql_iu_delete[] =
	"DELETE FROM indicator_unit WHERE indicator_id = ?1 AND org_unit_id = ?2";
static const char st_sql_target_clear_unit[] =
	"DELETE FROM target WHERE indicator_id = ?1 AND org_unit_id = ?2";
static const char st_sql_target_put[] =
	"INSERT INTO target(indicator_id, org_unit_id, year, quarter, value) "
	"VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (indicator_id, org_unit_id, "
	"year, quarter) DO UPDATE SET value = excluded.value";
static const char st_sql_target_delete[] =
	"DELETE FROM target WHERE indicator_id = ?1 AND org_unit_id = ?2 "
	"AND year = ?3 AND quarter = ?4";
static const char st_sql_period_of[] =
	"SELECT id FROM period WHERE year = ?1 AND quarter = ?2";
static const char st_sql_target_json[] =
	"SELECT coalesce(json_group_object(quarter, value), '{}') FROM target "
	"WHERE indicator_id = ?1 AND org_unit_id = ?2 AND year = ?3";

void
db_structure_units_free(struct st_unit *v, size_t n)
{
	size_t	i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(v[i].code);
		free(v[i].name);
	}
	free(v);
}

struct st_unit *
db_structure_units(struct db *db, int64_t ind, int year, size_t *n)
{
	sqlite3_stmt	*st;
	struct st_unit	*v = NULL;
	size_t		 cap = 0, i;
	int64_t		 u;
	int		 rc, q, ok = 0;

	*n = 0;
	if ((st = db_stmt(db, st_sql_units)) == NULL ||
	    sqlite3_bind_int64(st, 1, ind) != SQLITE_OK)
		return NULL;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!db_grow(&v, &cap, *n + 1, sizeof(*v)))
			goto out;
		memset(&v[*n], 0, sizeof(*v));
		v[*n].id = sqlite3_column_int64(st, 0);
		v[*n].code = db_col_text(st, 1);
		v[*n].name = db_col_text(st, 2);
		v[*n].figures = sqlite3_column_int(st, 3);
		(*n)++;
		if (v[*n - 1].code == NULL || v[*n - 1].name == NULL)
			goto out;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		goto out;
	if ((st = db_stmt(db, st_sql_unit_targets)) == NULL ||
	    sqlite3_bind_int64(st, 1, ind) != SQLITE_OK ||
	    sqlite3_bind_int(st, 2, year) != SQLITE_OK)
		goto out;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		u = sqlite3_column_int64(st, 0);
		q = sqlite3_column_int(st, 1);
		for (i = 0; i < *n && q >= 0 && q <= 4; i++)
			if (v[i].id == u) {
				v[i].has[q] = 1;
				v[i].target[q] = sqlite3_column_int64(st, 2);
			}
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		goto out;
	if (v == NULL && (v = calloc(1, sizeof(*v))) == NULL)
		goto out;
	ok = 1;
out:
	if (!ok) {
		sqlite3_reset(st);
		db_structure_units_free(v, *n);
		*n = 0;
		return NULL;
	}
	return v;
}

/*
 * Run sql (an indicator_unit or target write) for indicator ind and unit
 * unit; one: exactly one row must change.
 */
static enum st_res
st_write_iu(struct db *db, const char *sql, int64_t ind, int64_t unit,
    int one)
{
	sqlite3_stmt *st;

	if ((st = db_stmt(db, sql)) == NULL ||
	    sqlite3_bind_int64(st, 1, ind) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, unit) != SQLITE_OK)
		return STR_ERROR;
	return db_structure_res(one ? db_write_one(db, st) : db_write(db, st));
}

enum st_res
db_structure_unit_add(struct db *db, const struct db_who *who,
    int64_t ind, int64_t unit, struct st_errs *e)
{
	sqlite3_stmt	*st;
	enum st_res	 res;
	char		 v[64];
	int64_t		 have;

	e->n = 0;
	if ((res = db_structure_begin(db)) != STR_OK)
		return res;
	if ((res = db_structure_editable(db, ST_INDICATOR, ind, NULL)) != STR_OK)
		goto out;
	if ((have = db_structure_int(db, st_sql_iu_exists, ind, unit)) < 0) {
		res = STR_ERROR;
		goto out;
	}
	if ((st = db_stmt(db, st_sql_unit_kind)) == NULL ||
	    sqlite3_bind_int64(st, 1, unit) != SQLITE_OK) {
		res = STR_ERROR;
		goto out;
	}
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		structure_err(e, "org_unit_id", "T_ST_ERR_UNIT");
		res = STR_INVALID;
		goto out;
	}
	sqlite3_reset(st);
	if (have) {
		structure_err(e, "org_unit_id", "T_ST_ERR_UNIT_REPORTS");
		res = STR_INVALID;
		goto out;
	}
	if ((res = st_write_iu(db, st_sql_iu_insert, ind, unit, 0)) != STR_OK)
		goto out;
	snprintf(v, sizeof(v), "{\"org_unit_id\":%lld}", (long long)unit);
	res = db_structure_audit(db, who, "indicator.unit.add", "indicator", ind, "", v);
out:
	return db_structure_end(db, res, 1);
}

enum st_res
db_structure_unit_remove(struct db *db, const struct db_who *who,
    int64_t ind, int64_t unit)
{
	enum st_res	 res;
	char		 v[64];
	int64_t		 figs;

	if ((res = db_structure_begin(db)) != STR_OK)
		return res;
	if ((res = db_structure_editable(db, ST_INDICATOR, ind, NULL)) != STR_OK)
		goto out;
	if ((figs = db_structure_int(db, st_sql_iu_figures, ind, unit)) != 0) {
		res = figs < 0 ? STR_ERROR : STR_IN_USE;
		goto out;
	}
	if ((res = st_write_iu(db, st_sql_iu_delete, ind, unit, 1)) != STR_OK)
		goto out;
	if ((res = st_write_iu(db, st_sql_target_clear_unit, ind, unit, 0)) != STR_OK)
		goto out;
	snprintf(v, sizeof(v), "{\"org_unit_id\":%lld}", (long long)unit);
	res = db_structure_audit(db, who, "indicator.unit.remove", "indicator", ind, v,
	    "");
out:
	return db_structure_end(db, res, 1);
}

/* The targets of one unit as JSON text (malloc); NULL on error. */
static char *
st_targets_json(struct db *db, int64_t ind, int64_t unit, int year)
{
	sqlite3_stmt	*st;
	char		*s = NULL;

	if ((st = db_stmt(db, st_sql_target_json)) == NULL ||
	    sqlite3_bind_int64(st, 1, ind) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, unit) != SQLITE_OK ||
	    sqlite3_bind_int(st, 3, year) != SQLITE_OK)
		return NULL;
	if (sqlite3_step(st) == SQLITE_ROW)
		s = db_col_text(st, 0);
	sqlite3_reset(st);
	return s;
}

enum st_res
db_structure_targets(struct db *db, const struct db_who *who, int64_t ind,
    const int64_t *units, struct st_cell (*cells)[5], size_t n)
{
	sqlite3_stmt	*st;
	enum st_res	 res;
	char		*old = NULL, *now = NULL, eid[48];
	size_t		 i;
	int		 year = 0, q, rc, changed;
	int64_t		 have, pid;

	if ((res = db_structure_begin(db)) != STR_OK)
		return res;
	if ((res = db_structure_editable(db, ST_INDICATOR, ind, &year)) != STR_OK)
		goto out;
	for (i = 0; i < n && res == STR_OK; i++) {
		if ((have = db_structure_int(db, st_sql_iu_exists, ind, units[i])) <= 0) {
			/* A target for a unit that does not report it. */
			res = have < 0 ? STR_ERROR : STR_INVALID;
			break;
		}
		if ((old = st_targets_json(db, ind, units[i], year)) == NULL) {
			res = STR_ERROR;
			break;
		}
		for (q = 0, changed = 0; q <= 4 && res == STR_OK; q++) {
			if (!cells[i][q].given)
				continue;
			changed = 1;
			st = db_stmt(db, cells[i][q].present ?
			    st_sql_target_put : st_sql_target_delete);
			if (st == NULL) {
				res = STR_ERROR;
				break;
			}
			rc = sqlite3_bind_int64(st, 1, ind);
			rc |= sqlite3_bind_int64(st, 2, units[i]);
			rc |= sqlite3_bind_int(st, 3, year);
			rc |= sqlite3_bind_int(st, 4, q);
			if (cells[i][q].present)
				rc |= sqlite3_bind_int64(st, 5,
				    cells[i][q].value);
			if (rc != SQLITE_OK) {
				sqlite3_reset(st);
				res = STR_ERROR;
				break;
			}
			res = db_structure_res(db_write(db, st));
		}
		if (res == STR_OK && changed) {
			if ((now = st_targets_json(db, ind, units[i],
			    year)) == NULL)
				res = STR_ERROR;
			else if (strcmp(old, now) != 0) {
				snprintf(eid, sizeof(eid), "%lld/%lld/%d",
				    (long long)ind, (long long)units[i], year);
				res = audit_append_by(db, who, "target.update",
				    "target", eid, old, now) ? STR_OK :
				    STR_ERROR;
			}
		}
		free(old);
		free(now);
		old = now = NULL;
	}
	/*
	 * Targets are an input of the indicator's rollup rows as figures
	 * are: the figure hook recomputes every quarter of the year with the
	 * status counts above it, in milliseconds where a rebuild takes a
	 * second at scale 50.  tests/http/structure.test.mjs proves a
	 * rebuild afterwards corrects nothing.
	 */
	for (q = 1; q <= 4 && res == STR_OK; q++) {
		if ((pid = db_structure_int(db, st_sql_period_of, year, q)) < 0)
			res = STR_ERROR;
		else if (pid > 0 && !rollup_store_figure_changed(db, ind,
		    n > 0 ? units[0] : 0, pid))
			res = STR_ERROR;
	}
	if (res == STR_OK && !rollup_store_touch(db))
		res = STR_ERROR;
out:
	return db_structure_end(db, res, 0);
}
