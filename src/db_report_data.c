/* db_report_data.c: the figures and costs a report draft is built from. */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db_report_data.h"

static int64_t
db_report_data_opt(sqlite3_stmt *st, int col, int *has)
{
	*has = sqlite3_column_type(st, col) != SQLITE_NULL;
	return *has ? sqlite3_column_int64(st, col) : 0;
}

/*
 * Every figure of year in quarters 1..quarter, ordered by indicator, unit
 * and quarter (so one indicator's figures are adjacent).  NULL on error.
 */
struct db_report_fig *
db_report_data_figures(struct db *db, int year, int quarter, size_t *n)
{
	static const char sql[] =
	    "SELECT f.indicator_id, f.org_unit_id, p.quarter, f.value,"
	    " f.forecast, f.numerator, f.denominator, f.weight,"
	    " f.explanation, f.measure, o.name"
	    " FROM figure f JOIN period p ON p.id = f.period_id"
	    " JOIN org_unit o ON o.id = f.org_unit_id"
	    " WHERE p.year = ? AND p.quarter <= ?"
	    " ORDER BY f.indicator_id, o.sort, o.name, f.org_unit_id, p.quarter";
	sqlite3_stmt		*st;
	struct db_report_fig	*v = NULL, *nv, *g;
	size_t			 cap = 0;
	int			 rc, ok = 1, hn, hd, hw;

	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	sqlite3_bind_int(st, 1, year);
	sqlite3_bind_int(st, 2, quarter);
	while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 1024;
			if ((nv = reallocarray(v, cap, sizeof(*nv))) == NULL) {
				ok = 0;
				break;
			}
			v = nv;
		}
		g = &v[(*n)++];
		memset(g, 0, sizeof(*g));
		g->indicator_id = sqlite3_column_int64(st, 0);
		g->f.org_unit_id = sqlite3_column_int64(st, 1);
		g->f.quarter = sqlite3_column_int(st, 2);
		g->f.value = db_report_data_opt(st, 3, &g->f.has_value);
		g->f.forecast = db_report_data_opt(st, 4, &g->f.has_forecast);
		g->f.numerator = db_report_data_opt(st, 5, &hn);
		g->f.denominator = db_report_data_opt(st, 6, &hd);
		g->f.has_ratio = hn && hd;
		g->f.weight = db_report_data_opt(st, 7, &hw);
		g->explanation = db_col_text(st, 8);
		g->measure = db_col_text(st, 9);
		g->unit_name = db_col_text(st, 10);
		g->f.explanation = g->explanation;
		g->f.measure = g->measure;
		g->f.unit_name = g->unit_name;
		ok = g->explanation != NULL && g->measure != NULL &&
		    g->unit_name != NULL;
	}
	sqlite3_reset(st);
	if (ok && rc != SQLITE_DONE && db_res_of(db, rc) != DB_OK)
		ok = 0;
	if (ok && v == NULL)
		ok = (v = calloc(1, sizeof(*v))) != NULL;
	if (!ok) {
		db_report_data_figures_free(v, *n);
		*n = 0;
		return NULL;
	}
	return v;
}

/*
 * The rolled-up value, target and status of every indicator with data in a
 * period, by indicator: the rows the dashboards and the rollup API read
 * (rollup_indicator), so a report shows exactly their numbers.  NULL on
 * error.
 */
struct db_report_rollup *
db_report_data_rollup(struct db *db, int64_t period_id, size_t *n)
{
	static const char sql[] =
	    "SELECT indicator_id, has_value, value, has_target, target, status"
	    " FROM rollup_indicator WHERE period_id = ? ORDER BY indicator_id";
	sqlite3_stmt		*st;
	struct db_report_rollup	*v = NULL, *nv, *x;
	size_t			 cap = 0;
	int			 rc, ok = 1, stv;

	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, period_id);
	while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 1024;
			if ((nv = reallocarray(v, cap, sizeof(*nv))) == NULL) {
				ok = 0;
				break;
			}
			v = nv;
		}
		x = &v[(*n)++];
		x->indicator_id = sqlite3_column_int64(st, 0);
		x->has_value = sqlite3_column_int(st, 1) != 0;
		x->value = sqlite3_column_int64(st, 2);
		x->has_target = sqlite3_column_int(st, 3) != 0;
		x->target = sqlite3_column_int64(st, 4);
		stv = sqlite3_column_int(st, 5);
		x->status = stv >= 0 && stv < STATUS__MAX ? (enum status)stv :
		    STATUS_NO_DATA;
	}
	sqlite3_reset(st);
	if (ok && rc != SQLITE_DONE && db_res_of(db, rc) != DB_OK)
		ok = 0;
	if (ok && v == NULL)
		ok = (v = calloc(1, sizeof(*v))) != NULL;
	if (!ok) {
		free(v);
		*n = 0;
		return NULL;
	}
	return v;
}

/* The costs of every performance in a period.  NULL on error. */
struct db_report_cost *
db_report_data_costs(struct db *db, int64_t period_id, size_t *n)
{
	static const char sql[] =
	    "SELECT performance_id, budget_cents, realised_cents,"
	    " forecast_cents, explanation, measure FROM cost"
	    " WHERE period_id = ? ORDER BY performance_id";
	sqlite3_stmt		*st;
	struct db_report_cost	*v = NULL, *nv, *c;
	size_t			 cap = 0;
	int			 rc, ok = 1;

	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, period_id);
	while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 256;
			if ((nv = reallocarray(v, cap, sizeof(*nv))) == NULL) {
				ok = 0;
				break;
			}
			v = nv;
		}
		c = &v[(*n)++];
		memset(c, 0, sizeof(*c));
		c->performance_id = sqlite3_column_int64(st, 0);
		c->budget = sqlite3_column_int64(st, 1);
		c->realised = db_report_data_opt(st, 2, &c->has_realised);
		c->forecast = db_report_data_opt(st, 3, &c->has_forecast);
		c->explanation = db_col_text(st, 4);
		c->measure = db_col_text(st, 5);
		ok = c->explanation != NULL && c->measure != NULL;
	}
	sqlite3_reset(st);
	if (ok && rc != SQLITE_DONE && db_res_of(db, rc) != DB_OK)
		ok = 0;
	if (ok && v == NULL)
		ok = (v = calloc(1, sizeof(*v))) != NULL;
	if (!ok) {
		db_report_data_costs_free(v, *n);
		*n = 0;
		return NULL;
	}
	return v;
}

/* The cost deviation thresholds from the settings (defaults 10 %, EUR 25,000). */
int
db_report_data_thresholds(struct db *db, int *bp, int64_t *cents)
{
	static const char sql[] =
	    "SELECT key, value FROM setting WHERE key IN"
	    " ('cost_deviation_threshold_bp', 'cost_deviation_threshold_cents')";
	sqlite3_stmt		*st;
	const unsigned char	*k;
	int			 rc;

	*bp = 1000;
	*cents = 2500000;
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		k = sqlite3_column_text(st, 0);
		if (k != NULL && strcmp((const char *)k,
		    "cost_deviation_threshold_bp") == 0)
			*bp = sqlite3_column_int(st, 1);
		else
			*cents = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE;
}

void
db_report_data_figures_free(struct db_report_fig *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(v[i].explanation);
		free(v[i].measure);
		free(v[i].unit_name);
	}
	free(v);
}

void
db_report_data_costs_free(struct db_report_cost *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(v[i].explanation);
		free(v[i].measure);
	}
	free(v);
}
