/* db_cost.c: cost lines of the entry form; versioned, audited saves. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_cost.h"
#include "db_versioned.h"
#include "rollup_store.h"

/* Free what v owns and zero it; NULL is fine. */
void
db_cost_vals_clear(struct cost_vals *v)
{
	if (v == NULL)
		return;
	free(v->explanation);
	free(v->measure);
	memset(v, 0, sizeof(*v));
}

/* 7 columns: budget, realised, forecast, explanation, measure, version. */
static int
db_cost_vals_fill(sqlite3_stmt *st, int col, struct cost_vals *v)
{
	int has;

	memset(v, 0, sizeof(*v));
	v->budget_cents = db_col_opt(st, col, &has);
	v->realised_cents = db_col_opt(st, col + 1, &v->has_realised);
	v->forecast_cents = db_col_opt(st, col + 2, &v->has_forecast);
	v->explanation = db_col_text(st, col + 3);
	v->measure = db_col_text(st, col + 4);
	v->version = sqlite3_column_int64(st, col + 5);
	return v->explanation != NULL && v->measure != NULL;
}

/* Free the n lines of db_cost_form() and the array; NULL is fine. */
void
db_cost_form_free(struct form_cost *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(v[i].name);
		db_cost_vals_clear(&v[i].cur);
		db_cost_vals_clear(&v[i].last);
	}
	free(v);
}

/* One line of db_cost_form(): 17 columns. */
static int
db_cost_form_fill(sqlite3_stmt *st, void *p)
{
	struct form_cost	*c = p;

	c->performance_id = sqlite3_column_int64(st, 0);
	c->programme_number = sqlite3_column_int(st, 1);
	c->number = sqlite3_column_int(st, 2);
	c->year_budget_cents = sqlite3_column_int64(st, 4);
	if ((c->name = db_col_text(st, 3)) == NULL ||
	    !db_cost_vals_fill(st, 5, &c->cur) ||
	    !db_cost_vals_fill(st, 11, &c->last))
		return 0;
	c->has_last = c->last.version != 0;
	return 1;
}

/*
 * Every performance org_unit_id owns in p's year with its cost line for p
 * and for the previous period.  Without a stored line the budget through
 * the period is the year budget times quarter / 4.  Returns 1 and sets
 * *out and *n, 0 on error.
 */
int
db_cost_form(struct db *db, int64_t unit, const struct period *p,
    int64_t last_period_id, struct form_cost **out, size_t *n)
{
	static const char sql[] =
	    "SELECT pf.id, pr.number, pf.number, pf.name, pf.budget_cents,"
	    " coalesce(c.budget_cents, pf.budget_cents * ?3 / 4),"
	    " c.realised_cents, c.forecast_cents, c.explanation, c.measure,"
	    " coalesce(c.version, 0),"
	    " l.budget_cents, l.realised_cents, l.forecast_cents, l.explanation,"
	    " l.measure, coalesce(l.version, 0)"
	    " FROM performance pf JOIN effect e ON e.id = pf.effect_id"
	    " JOIN programme pr ON pr.id = e.programme_id AND pr.year = ?4"
	    " LEFT JOIN cost c ON c.performance_id = pf.id AND c.period_id = ?2"
	    " LEFT JOIN cost l ON l.performance_id = pf.id AND l.period_id = ?5"
	    " WHERE pf.org_unit_id = ?1"
	    " ORDER BY pr.number, e.number, pf.number";
	sqlite3_stmt		*st;
	struct form_cost	*v = NULL;

	*out = NULL;
	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, unit);
	sqlite3_bind_int64(st, 2, p->id);
	sqlite3_bind_int(st, 3, p->quarter);
	sqlite3_bind_int(st, 4, p->year);
	sqlite3_bind_int64(st, 5, last_period_id);
	if (!db_rows(db, st, sizeof(*v), db_cost_form_fill, &v, n)) {
		db_cost_form_free(v, *n);
		*n = 0;
		return 0;
	}
	*out = v;
	return 1;
}

/* The stored cost line: 1 found, 0 none (version 0), -1 error. */
int
db_cost_get(struct db *db, int64_t perf, int64_t period, struct cost_vals *v)
{
	static const char sql[] =
	    "SELECT budget_cents, realised_cents, forecast_cents, explanation,"
	    " measure, version FROM cost WHERE performance_id = ? AND period_id = ?";
	sqlite3_stmt	*st;
	int		 rc, res;

	memset(v, 0, sizeof(*v));
	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, perf);
	sqlite3_bind_int64(st, 2, period);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		res = db_cost_vals_fill(st, 0, v) ? 1 : -1;
	else
		res = rc == SQLITE_DONE ? 0 : (db_res_of(db, rc), -1);
	sqlite3_reset(st);
	if (res == -1)
		db_cost_vals_clear(v);
	return res;
}

/*
 * Save cost line k (realised, forecast, explanation, measure from v; the
 * budget is v's only when the line is new) if its version is still
 * expect_version.  As db_figure_save: one audit entry per change (entity
 * "cost", id "performance/period"), the rollup hook, the caller's
 * transaction.  Returns DB_OK, DB_CONFLICT or the failure.
 */
enum db_res
db_cost_save(struct db *db, const struct cost_key *k, int64_t expect_version,
    const struct cost_vals *v, const struct db_who *who, int64_t *new_version)
{
	static const char upd_sql[] =
	    "UPDATE cost SET realised_cents = ?3, forecast_cents = ?4,"
	    " explanation = ?5, measure = ?6, version = version + 1,"
	    " updated_by = ?7, updated_at = ?8"
	    " WHERE performance_id = ?1 AND period_id = ?2 AND version = ?9";
	static const char ins_sql[] =
	    "INSERT INTO cost(performance_id, period_id, realised_cents,"
	    " forecast_cents, explanation, measure, version, updated_by,"
	    " updated_at, budget_cents)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, ?8, ?10)";
	struct cost_vals	 old;
	struct db_vcol		 col[4];
	struct db_vsave		 s;
	int64_t			 key[2];
	char			 eid[64];
	int			 found, written;
	enum db_res		 res;

	if ((found = db_cost_get(db, k->performance_id, k->period_id, &old)) < 0)
		return DB_ERROR;
	col[0] = (struct db_vcol){ .name = "realised", .decimals = 2,
	    .has_old = old.has_realised, .num_old = old.realised_cents,
	    .has_new = v->has_realised, .num_new = v->realised_cents };
	col[1] = (struct db_vcol){ .name = "forecast", .decimals = 2,
	    .has_old = old.has_forecast, .num_old = old.forecast_cents,
	    .has_new = v->has_forecast, .num_new = v->forecast_cents };
	col[2] = (struct db_vcol){ .name = "explanation", .is_text = 1,
	    .text_old = old.explanation, .text_new = v->explanation };
	col[3] = (struct db_vcol){ .name = "measure", .is_text = 1,
	    .text_old = old.measure, .text_new = v->measure };
	key[0] = k->performance_id;
	key[1] = k->period_id;
	snprintf(eid, sizeof(eid), "%lld/%s", (long long)k->performance_id,
	    k->period_name);
	s = (struct db_vsave){ .upd_sql = upd_sql, .ins_sql = ins_sql,
	    .key = key, .keyn = 2, .col = col, .coln = 4,
	    .has_ins_extra = 1, .ins_extra = v->budget_cents,
	    .entity = "cost", .entity_id = eid };
	res = db_versioned_save(db, &s, found, old.version, expect_version,
	    who, new_version, &written);
	if (res == DB_OK && written &&
	    !rollup_store_cost_changed(db, k->performance_id, k->period_id))
		res = DB_ERROR;
	db_cost_vals_clear(&old);
	return res;
}

/*
 * The cost deviation thresholds from the settings (defaults 10 % and
 * EUR 25,000 when absent or unreadable).  Returns 1, or 0 on a db error.
 */
int
db_cost_thresholds(struct db *db, int *bp, int64_t *cents)
{
	static const char sql[] =
	    "SELECT key, CAST(value AS INTEGER) FROM setting WHERE key IN"
	    " ('cost_deviation_threshold_bp', 'cost_deviation_threshold_cents')";
	sqlite3_stmt		*st;
	const unsigned char	*key;
	int			 rc;

	*bp = 1000;
	*cents = 2500000;
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		key = sqlite3_column_text(st, 0);
		if (key != NULL && strcmp((const char *)key,
		    "cost_deviation_threshold_bp") == 0)
			*bp = sqlite3_column_int(st, 1);
		else
			*cents = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE || db_res_of(db, rc) == DB_OK;
}

/* The unit owning a performance: 1 and *org_unit_id, 0 none, -1 error. */
int
db_cost_owner(struct db *db, int64_t perf, int64_t *unit)
{
	static const char sql[] =
	    "SELECT org_unit_id FROM performance WHERE id = ?";
	sqlite3_stmt	*st;
	int		 rc, res;

	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, perf);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*unit = sqlite3_column_int64(st, 0);
		res = 1;
	} else
		res = rc == SQLITE_DONE ? 0 : (db_res_of(db, rc), -1);
	sqlite3_reset(st);
	return res;
}
