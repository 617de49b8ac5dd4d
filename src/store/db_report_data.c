/* db_report_data.c: the figures and costs a report draft is built from. */
#include <sqlite3.h>
#include <stdlib.h>

#include "db_report_data.h"

/* One row of db_report_data_figures(); f's texts point at g's own. */
static int
db_report_data_fig_fill(sqlite3_stmt *st, void *p)
{
	struct db_report_fig	*g = p;
	int			 hn, hd, hw;

	g->indicator_id = sqlite3_column_int64(st, 0);
	g->f.org_unit_id = sqlite3_column_int64(st, 1);
	g->f.quarter = sqlite3_column_int(st, 2);
	g->f.value = db_col_opt(st, 3, &g->f.has_value);
	g->f.forecast = db_col_opt(st, 4, &g->f.has_forecast);
	g->f.numerator = db_col_opt(st, 5, &hn);
	g->f.denominator = db_col_opt(st, 6, &hd);
	g->f.has_ratio = hn && hd;
	g->f.weight = db_col_opt(st, 7, &hw);
	g->explanation = db_col_text(st, 8);
	g->measure = db_col_text(st, 9);
	g->unit_name = db_col_text(st, 10);
	g->f.explanation = g->explanation;
	g->f.measure = g->measure;
	g->f.unit_name = g->unit_name;
	return g->explanation != NULL && g->measure != NULL &&
	    g->unit_name != NULL;
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
	struct db_report_fig	*v = NULL;

	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	sqlite3_bind_int(st, 1, year);
	sqlite3_bind_int(st, 2, quarter);
	if (!db_rows(db, st, sizeof(*v), db_report_data_fig_fill, &v, n) ||
	    (v == NULL && (v = calloc(1, sizeof(*v))) == NULL)) {
		db_report_data_figures_free(v, *n);
		*n = 0;
		return NULL;
	}
	return v;
}

/* One row of db_report_data_rollup(). */
static int
db_report_data_rollup_fill(sqlite3_stmt *st, void *p)
{
	struct db_report_rollup	*x = p;
	int			 stv;

	x->indicator_id = sqlite3_column_int64(st, 0);
	x->has_value = sqlite3_column_int(st, 1) != 0;
	x->value = sqlite3_column_int64(st, 2);
	x->has_target = sqlite3_column_int(st, 3) != 0;
	x->target = sqlite3_column_int64(st, 4);
	stv = sqlite3_column_int(st, 5);
	x->status = stv >= 0 && stv < STATUS__MAX ? (enum status)stv :
	    STATUS_NO_DATA;
	return 1;
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
	struct db_report_rollup	*v = NULL;

	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, period_id);
	if (!db_rows(db, st, sizeof(*v), db_report_data_rollup_fill, &v, n) ||
	    (v == NULL && (v = calloc(1, sizeof(*v))) == NULL)) {
		free(v);
		*n = 0;
		return NULL;
	}
	return v;
}

/* One row of db_report_data_costs(). */
static int
db_report_data_cost_fill(sqlite3_stmt *st, void *p)
{
	struct db_report_cost	*c = p;

	c->performance_id = sqlite3_column_int64(st, 0);
	c->budget = sqlite3_column_int64(st, 1);
	c->realised = db_col_opt(st, 2, &c->has_realised);
	c->forecast = db_col_opt(st, 3, &c->has_forecast);
	c->explanation = db_col_text(st, 4);
	c->measure = db_col_text(st, 5);
	return c->explanation != NULL && c->measure != NULL;
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
	struct db_report_cost	*v = NULL;

	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, period_id);
	if (!db_rows(db, st, sizeof(*v), db_report_data_cost_fill, &v, n) ||
	    (v == NULL && (v = calloc(1, sizeof(*v))) == NULL)) {
		db_report_data_costs_free(v, *n);
		*n = 0;
		return NULL;
	}
	return v;
}

/* Free the n figures of db_report_data_figures(); NULL is fine. */
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

/* Free the n cost lines of db_report_data_costs(); NULL is fine. */
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
