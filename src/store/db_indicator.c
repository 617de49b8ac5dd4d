/* db_indicator.c: reading indicators with their targets and figures. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_indicator.h"

static const char *const db_aggregations[AGG__MAX] = {
	"sum", "mean", "last", "ratio"
};

/* The stored name of an aggregation ("sum", ...); "" when out of range. */
const char *
db_aggregation_name(enum aggregation a)
{
	return (unsigned)a < AGG__MAX ? db_aggregations[a] : "";
}

/*
 * Fill ind from DB_INDICATOR_COLS starting at column col.
 * Returns 0 when memory runs out (ind is then safe to clear).
 */
int
db_indicator_fill(sqlite3_stmt *st, int col, struct indicator *ind)
{
	const unsigned char	*s;
	int			 i;

	memset(ind, 0, sizeof(*ind));
	ind->id = sqlite3_column_int64(st, col);
	ind->effect_id = sqlite3_column_int64(st, col + 1);
	ind->performance_id = sqlite3_column_int64(st, col + 2);
	ind->code = db_col_text(st, col + 3);
	ind->name = db_col_text(st, col + 4);
	ind->unit = db_col_text(st, col + 5);
	s = sqlite3_column_text(st, col + 6);
	ind->direction = s != NULL && strcmp((const char *)s, "down") == 0 ?
	    DIR_DOWN : DIR_UP;
	s = sqlite3_column_text(st, col + 7);
	for (i = 0; i < AGG__MAX && s != NULL; i++)
		if (strcmp((const char *)s, db_aggregations[i]) == 0)
			ind->aggregation = (enum aggregation)i;
	ind->weight_name = db_col_text(st, col + 8);
	ind->cumulative = sqlite3_column_int(st, col + 9);
	ind->decimals = sqlite3_column_int(st, col + 10);
	ind->tolerance_bp = sqlite3_column_int(st, col + 11);
	ind->min_value = db_col_opt(st, col + 12, &ind->has_min);
	ind->max_value = db_col_opt(st, col + 13, &ind->has_max);
	ind->baseline = db_col_opt(st, col + 14, &ind->has_baseline);
	ind->baseline_year = sqlite3_column_int(st, col + 15);
	ind->source = db_col_text(st, col + 16);
	ind->is_policy = sqlite3_column_int(st, col + 17);
	return ind->code != NULL && ind->name != NULL && ind->unit != NULL &&
	    ind->weight_name != NULL && ind->source != NULL;
}

/* Free what ind owns, not ind itself. */
void
db_indicator_clear(struct indicator *ind)
{
	size_t i;

	free(ind->code);
	free(ind->name);
	free(ind->unit);
	free(ind->weight_name);
	free(ind->source);
	free(ind->targets);
	for (i = 0; i < ind->figuren; i++) {
		free(ind->figures[i].explanation);
		free(ind->figures[i].measure);
		free(ind->figures[i].updated_by);
		free(ind->figures[i].updated_at);
	}
	free(ind->figures);
	memset(ind, 0, sizeof(*ind));
}

/* Free ind and what it owns; NULL is fine. */
void
db_indicator_free(struct indicator *ind)
{
	if (ind == NULL)
		return;
	db_indicator_clear(ind);
	free(ind);
}

/* One indicator without targets or figures; NULL if absent or on error. */
struct indicator *
db_indicator_get(struct db *db, int64_t id)
{
	static const char sql[] =
	    "SELECT " DB_INDICATOR_COLS " FROM indicator i WHERE i.id = ?";
	sqlite3_stmt		*st;
	struct indicator	*ind = NULL;

	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW &&
	    (ind = malloc(sizeof(*ind))) != NULL &&
	    !db_indicator_fill(st, 0, ind)) {
		db_indicator_free(ind);
		ind = NULL;
	}
	sqlite3_reset(st);
	return ind;
}

/*
 * One indicator with its targets of every year and all its figures, as
 * its page and the API show it.  Returns 1 with *out set (free with
 * db_indicator_free), 0 when there is no such indicator, -1 on error.
 */
int
db_indicator_get_history(struct db *db, int64_t id, struct indicator **out)
{
	struct indicator	*ind;

	*out = NULL;
	if ((ind = db_indicator_get(db, id)) == NULL)
		return 0;
	if (!db_indicator_load_targets(db, ind, 0) ||
	    !db_indicator_load_figures(db, ind)) {
		db_indicator_free(ind);
		return -1;
	}
	*out = ind;
	return 1;
}

/*
 * Load ind's targets: every unit and quarter of year, or of every year when
 * year is 0.  Returns 1 on success.
 */
int
db_indicator_load_targets(struct db *db, struct indicator *ind, int year)
{
	static const char sql[] =
	    "SELECT org_unit_id, year, quarter, value FROM target"
	    " WHERE indicator_id = ?1 AND (?2 = 0 OR year = ?2)"
	    " ORDER BY year, org_unit_id, quarter";
	sqlite3_stmt	*st;
	struct target	*t;
	size_t		 cap = 0;
	int		 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, ind->id);
	sqlite3_bind_int(st, 2, year);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!db_grow(&ind->targets, &cap, ind->targetn, sizeof(*t))) {
			sqlite3_reset(st);
			return 0;
		}
		t = &ind->targets[ind->targetn++];
		t->org_unit_id = sqlite3_column_int64(st, 0);
		t->year = sqlite3_column_int(st, 1);
		t->quarter = sqlite3_column_int(st, 2);
		t->value = sqlite3_column_int64(st, 3);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE || db_res_of(db, rc) == DB_OK;
}

/* Load every figure of ind, oldest period first.  Returns 1 on success. */
int
db_indicator_load_figures(struct db *db, struct indicator *ind)
{
	static const char sql[] =
	    "SELECT f.id, f.org_unit_id, f.period_id, p.year, p.quarter,"
	    " f.value, f.forecast, f.explanation, f.measure, f.version,"
	    " coalesce(u.username, ''), f.updated_at"
	    " FROM figure f JOIN period p ON p.id = f.period_id"
	    " LEFT JOIN user u ON u.id = f.updated_by"
	    " WHERE f.indicator_id = ? ORDER BY p.year, p.quarter, f.org_unit_id";
	sqlite3_stmt	*st;
	struct figure	*f;
	size_t		 cap = 0;
	int		 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, ind->id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!db_grow(&ind->figures, &cap, ind->figuren, sizeof(*f))) {
			sqlite3_reset(st);
			return 0;
		}
		f = &ind->figures[ind->figuren];
		f->id = sqlite3_column_int64(st, 0);
		f->indicator_id = ind->id;
		f->org_unit_id = sqlite3_column_int64(st, 1);
		f->period_id = sqlite3_column_int64(st, 2);
		snprintf(f->period, sizeof(f->period), "%04d-Q%d",
		    sqlite3_column_int(st, 3) % 10000,
		    sqlite3_column_int(st, 4) % 10);
		f->value = db_col_opt(st, 5, &f->has_value);
		f->forecast = db_col_opt(st, 6, &f->has_forecast);
		f->explanation = db_col_text(st, 7);
		f->measure = db_col_text(st, 8);
		f->version = sqlite3_column_int64(st, 9);
		f->updated_by = db_col_text(st, 10);
		f->updated_at = db_col_text(st, 11);
		ind->figuren++;
		if (f->explanation == NULL || f->measure == NULL ||
		    f->updated_by == NULL || f->updated_at == NULL) {
			sqlite3_reset(st);
			return 0;
		}
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE || db_res_of(db, rc) == DB_OK;
}
