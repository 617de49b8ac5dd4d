/*
 * db_figure.c: reading the entry form's figures and saving one figure with
 * optimistic concurrency, its audit entry and its rollup hook.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_figure.h"
#include "db_indicator.h"
#include "db_versioned.h"
#include "rollup_store.h"

/* "indicator/unit/period": the audit entity id of a figure. */
void
db_figure_entity_id(char *buf, size_t sz, int64_t indicator_id,
    int64_t org_unit_id, const char *period_name)
{
	snprintf(buf, sz, "%lld/%lld/%s", (long long)indicator_id,
	    (long long)org_unit_id, period_name);
}

/* Free what v owns and zero it. */
void
db_figure_vals_clear(struct figure_vals *v)
{
	if (v == NULL)
		return;
	free(v->explanation);
	free(v->measure);
	free(v->updated_at);
	free(v->updated_by);
	memset(v, 0, sizeof(*v));
}

/* Where number k of v is kept. */
static void
db_figure_num_at(struct figure_vals *v, enum fig_num k, int **has,
    int64_t **val)
{
	int	*h[FIG__NUMS] = {
		&v->has_value, &v->has_forecast, &v->has_numerator,
		&v->has_denominator, &v->has_weight
	};
	int64_t	*x[FIG__NUMS] = {
		&v->value, &v->forecast, &v->numerator, &v->denominator,
		&v->weight
	};

	*has = h[k];
	*val = x[k];
}

/* Number k of v: 1 and *val when there is one. */
int
db_figure_num(const struct figure_vals *v, enum fig_num k, int64_t *val)
{
	int	*h;
	int64_t	*x;

	db_figure_num_at((struct figure_vals *)(uintptr_t)v, k, &h, &x);
	*val = *x;
	return *h;
}

void
db_figure_set_num(struct figure_vals *v, enum fig_num k, int has,
    int64_t val)
{
	int	*h;
	int64_t	*x;

	db_figure_num_at(v, k, &h, &x);
	*h = has;
	*x = has ? val : 0;
}

/*
 * Fill v from 10 columns at col: the FIG__NUMS numbers, explanation,
 * measure, version, updated_at, updated_by.  A NULL version (no row)
 * leaves version 0.  Returns 0 when memory runs out.
 */
static int
db_figure_vals_fill(sqlite3_stmt *st, int col, struct figure_vals *v)
{
	int64_t	x;
	int	has, k;

	memset(v, 0, sizeof(*v));
	for (k = 0; k < FIG__NUMS; k++) {
		x = db_col_opt(st, col + k, &has);
		db_figure_set_num(v, (enum fig_num)k, has, x);
	}
	v->explanation = db_col_text(st, col + 5);
	v->measure = db_col_text(st, col + 6);
	v->version = sqlite3_column_int64(st, col + 7);
	v->updated_at = db_col_text(st, col + 8);
	v->updated_by = db_col_text(st, col + 9);
	return v->explanation != NULL && v->measure != NULL &&
	    v->updated_at != NULL && v->updated_by != NULL;
}

/* Free the n lines of db_figure_form() and the array; NULL is fine. */
void
db_figure_form_free(struct form_figure *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++) {
		db_indicator_clear(&v[i].ind);
		db_figure_vals_clear(&v[i].last);
		db_figure_vals_clear(&v[i].cur);
		free(v[i].performance_name);
	}
	free(v);
}

/* This year's earlier quarters of a cumulative indicator, for the YTD status. */
static int
db_figure_earlier(struct db *db, struct form_figure *f, int64_t unit,
    const struct period *p)
{
	static const char sql[] =
	    "SELECT p.quarter, f.value, f.numerator, f.denominator, f.weight"
	    " FROM figure f JOIN period p ON p.id = f.period_id"
	    " WHERE f.indicator_id = ?1 AND f.org_unit_id = ?2"
	    " AND p.year = ?3 AND p.quarter < ?4 ORDER BY p.quarter";
	sqlite3_stmt		*st;
	struct rollup_input	*in;
	int			 rc, hn, hd, hw;

	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, f->ind.id);
	sqlite3_bind_int64(st, 2, unit);
	sqlite3_bind_int(st, 3, p->year);
	sqlite3_bind_int(st, 4, p->quarter);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && f->earliern < 4) {
		in = &f->earlier[f->earliern++];
		memset(in, 0, sizeof(*in));
		in->period_index = sqlite3_column_int(st, 0);
		in->value = db_col_opt(st, 1, &in->has_value);
		in->numerator = db_col_opt(st, 2, &hn);
		in->denominator = db_col_opt(st, 3, &hd);
		in->has_ratio = hn && hd;
		in->weight = db_col_opt(st, 4, &hw);
		if (!hw)
			in->weight = f->ind.weight_name[0] == '\0' ? 1 : 0;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ||
	    db_res_of(db, rc) == DB_OK;
}

/* One line of db_figure_form(): the indicator, targets, both figures. */
static int
db_figure_form_fill(sqlite3_stmt *st, void *p)
{
	struct form_figure	*f = p;
	int			 c = DB_INDICATOR_NCOLS;

	if (!db_indicator_fill(st, 0, &f->ind))
		return 0;
	f->target = db_col_opt(st, c, &f->has_target);
	f->year_target = db_col_opt(st, c + 1, &f->has_year_target);
	if (!db_figure_vals_fill(st, c + 2, &f->cur) ||
	    !db_figure_vals_fill(st, c + 12, &f->last))
		return 0;
	f->has_last = sqlite3_column_type(st, c + 19) != SQLITE_NULL;
	f->programme_number = sqlite3_column_int(st, c + 22);
	return (f->performance_name = db_col_text(st, c + 23)) != NULL;
}

/*
 * Every indicator org_unit_id reports in p's year, in programme order,
 * with its targets (this quarter and the year), the previous period's
 * figure (last_period_id, 0: none) and the current figure.  Returns 1 and
 * sets *out (free with db_figure_form_free) and *n; 0 on error.
 */
int
db_figure_form(struct db *db, int64_t unit, const struct period *p,
    int64_t last_period_id, struct form_figure **out, size_t *n)
{
	static const char sql[] =
	    "SELECT " DB_INDICATOR_COLS ","
	    " (SELECT value FROM target t WHERE t.indicator_id = i.id"
	    "  AND t.org_unit_id = ?1 AND t.year = ?3 AND t.quarter = ?4),"
	    " (SELECT value FROM target t WHERE t.indicator_id = i.id"
	    "  AND t.org_unit_id = ?1 AND t.year = ?3 AND t.quarter = 0),"
	    " f.value, f.forecast, f.numerator, f.denominator, f.weight,"
	    " f.explanation, f.measure, f.version, f.updated_at,"
	    " coalesce(nullif(u.display_name, ''), u.username, ''),"
	    " l.value, l.forecast, l.numerator, l.denominator, l.weight,"
	    " l.explanation, l.measure, l.version, l.updated_at, '',"
	    " pr.number, coalesce(pf.name, e.name)"
	    " FROM indicator_unit iu JOIN indicator i ON i.id = iu.indicator_id"
	    " LEFT JOIN performance pf ON pf.id = i.performance_id"
	    " JOIN effect e ON e.id = coalesce(i.effect_id, pf.effect_id)"
	    " JOIN programme pr ON pr.id = e.programme_id AND pr.year = ?3"
	    " LEFT JOIN figure f ON f.indicator_id = i.id"
	    "  AND f.org_unit_id = ?1 AND f.period_id = ?2"
	    " LEFT JOIN user u ON u.id = f.updated_by"
	    " LEFT JOIN figure l ON l.indicator_id = i.id"
	    "  AND l.org_unit_id = ?1 AND l.period_id = ?5"
	    " WHERE iu.org_unit_id = ?1"
	    " ORDER BY pr.number, e.number, coalesce(pf.number, 0), i.code";
	sqlite3_stmt		*st;
	struct form_figure	*v = NULL;
	size_t			 i;

	*out = NULL;
	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, unit);
	sqlite3_bind_int64(st, 2, p->id);
	sqlite3_bind_int(st, 3, p->year);
	sqlite3_bind_int(st, 4, p->quarter);
	sqlite3_bind_int64(st, 5, last_period_id);
	if (!db_rows(db, st, sizeof(*v), db_figure_form_fill, &v, n))
		goto fail;
	for (i = 0; i < *n; i++)
		if (v[i].ind.cumulative && !db_figure_earlier(db, &v[i], unit, p))
			goto fail;
	*out = v;
	return 1;
fail:
	db_figure_form_free(v, *n);
	*n = 0;
	return 0;
}

/*
 * The stored figure, into v (clear it with db_figure_vals_clear).  Returns
 * 1 when there is a row, 0 when there is none (v zeroed, version 0), -1
 * on error.
 */
int
db_figure_get(struct db *db, int64_t ind, int64_t unit, int64_t period,
    struct figure_vals *v)
{
	static const char sql[] =
	    "SELECT f.value, f.forecast, f.numerator, f.denominator, f.weight,"
	    " f.explanation, f.measure, f.version, f.updated_at,"
	    " coalesce(nullif(u.display_name, ''), u.username, '')"
	    " FROM figure f LEFT JOIN user u ON u.id = f.updated_by"
	    " WHERE f.indicator_id = ? AND f.org_unit_id = ? AND f.period_id = ?";
	sqlite3_stmt	*st;
	int		 rc, res;

	memset(v, 0, sizeof(*v));
	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, ind);
	sqlite3_bind_int64(st, 2, unit);
	sqlite3_bind_int64(st, 3, period);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		res = db_figure_vals_fill(st, 0, v) ? 1 : -1;
	else if (rc == SQLITE_DONE)
		res = 0;
	else {
		(void)db_res_of(db, rc);
		res = -1;
	}
	sqlite3_reset(st);
	if (res == -1)
		db_figure_vals_clear(v);
	return res;
}

/*
 * Save figure k with the values in v (explanation and measure may be NULL:
 * ""), when the stored version is still expect_version (0: no row yet).
 * Runs in the caller's transaction.  An unchanged figure writes nothing.
 * A change appends one audit entry (changed fields, old and new, in plain
 * English number form) and calls the rollup hook.  Returns DB_OK and sets
 * *new_version, DB_CONFLICT when the version moved on, or the failure.
 */
enum db_res
db_figure_save(struct db *db, const struct figure_key *k,
    int64_t expect_version, const struct figure_vals *v,
    const struct db_who *who, int64_t *new_version)
{
	static const char upd_sql[] =
	    "UPDATE figure SET value = ?4, forecast = ?5, numerator = ?6,"
	    " denominator = ?7, weight = ?8, explanation = ?9, measure = ?10,"
	    " version = version + 1, updated_by = ?11, updated_at = ?12"
	    " WHERE indicator_id = ?1 AND org_unit_id = ?2 AND period_id = ?3"
	    " AND version = ?13";
	static const char ins_sql[] =
	    "INSERT INTO figure(indicator_id, org_unit_id, period_id, value,"
	    " forecast, numerator, denominator, weight, explanation, measure,"
	    " version, updated_by, updated_at)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1, ?11, ?12)";
	struct figure_vals	 old;
	struct db_vcol		 col[FIG__NUMS + 2];
	struct db_vsave		 s;
	int64_t			 key[3];
	char			 eid[96];
	int			 found, written, n;
	enum db_res		 res;

	if ((found = db_figure_get(db, k->indicator_id, k->org_unit_id,
	    k->period_id, &old)) < 0)
		return DB_ERROR;
	memset(col, 0, sizeof(col));
	for (n = 0; n < FIG__NUMS; n++) {
		col[n].name = fig_num_names[n];
		col[n].decimals = k->decimals;
		col[n].has_old = db_figure_num(&old, (enum fig_num)n,
		    &col[n].num_old);
		col[n].has_new = db_figure_num(v, (enum fig_num)n,
		    &col[n].num_new);
	}
	col[n++] = (struct db_vcol){ .name = "explanation", .is_text = 1,
	    .text_old = old.explanation, .text_new = v->explanation };
	col[n++] = (struct db_vcol){ .name = "measure", .is_text = 1,
	    .text_old = old.measure, .text_new = v->measure };
	key[0] = k->indicator_id;
	key[1] = k->org_unit_id;
	key[2] = k->period_id;
	db_figure_entity_id(eid, sizeof(eid), k->indicator_id, k->org_unit_id,
	    k->period_name);
	s = (struct db_vsave){ .upd_sql = upd_sql, .ins_sql = ins_sql,
	    .key = key, .keyn = 3, .col = col, .coln = (size_t)n,
	    .entity = "figure", .entity_id = eid };
	res = db_versioned_save(db, &s, found, old.version, expect_version,
	    who, new_version, &written);
	if (res == DB_OK && written && !rollup_store_figure_changed(db,
	    k->indicator_id, k->org_unit_id, k->period_id))
		res = DB_ERROR;
	db_figure_vals_clear(&old);
	return res;
}

/*
 * Does org_unit_id report the indicator with this code in year?  Returns 1
 * and fills ind (clear with db_indicator_clear) when it does, 0 when not
 * (or the code is unknown), -1 on error.
 */
int
db_figure_reported_by(struct db *db, const char *code, int64_t unit, int year,
    struct indicator *ind)
{
	static const char sql[] =
	    "SELECT " DB_INDICATOR_COLS
	    " FROM indicator i JOIN indicator_unit iu ON iu.indicator_id = i.id"
	    " LEFT JOIN performance pf ON pf.id = i.performance_id"
	    " JOIN effect e ON e.id = coalesce(i.effect_id, pf.effect_id)"
	    " JOIN programme pr ON pr.id = e.programme_id"
	    " WHERE i.code = ?1 AND iu.org_unit_id = ?2 AND pr.year = ?3";
	sqlite3_stmt	*st;
	int		 rc, res;

	memset(ind, 0, sizeof(*ind));
	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, unit);
	sqlite3_bind_int(st, 3, year);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		res = db_indicator_fill(st, 0, ind) ? 1 : -1;
	else
		res = rc == SQLITE_DONE ? 0 : (db_res_of(db, rc), -1);
	sqlite3_reset(st);
	if (res == -1)
		db_indicator_clear(ind);
	return res;
}

/* Free the n events of db_figure_history() and the array; NULL is fine. */
void
db_figure_history_free(struct figure_event *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(v[i].at);
		free(v[i].username);
		free(v[i].action);
		free(v[i].old_value);
		free(v[i].new_value);
	}
	free(v);
}

/* One audit entry of db_figure_history(). */
static int
db_figure_event_fill(sqlite3_stmt *st, void *p)
{
	struct figure_event	*e = p;

	e->id = sqlite3_column_int64(st, 0);
	e->at = db_col_text(st, 1);
	e->username = db_col_text(st, 2);
	e->action = db_col_text(st, 3);
	e->old_value = db_col_text(st, 4);
	e->new_value = db_col_text(st, 5);
	return e->at != NULL && e->username != NULL && e->action != NULL &&
	    e->old_value != NULL && e->new_value != NULL;
}

/*
 * A figure's history: its audit entries, newest first.  Returns 1 and
 * sets *out and *n, 0 on error.
 */
int
db_figure_history(struct db *db, int64_t ind, int64_t unit,
    const char *period_name, struct figure_event **out, size_t *n)
{
	static const char sql[] =
	    "SELECT a.id, a.at, COALESCE(NULLIF(u.display_name, ''),"
	    " a.username), a.action, a.old_value, a.new_value FROM audit a"
	    " LEFT JOIN user u ON u.username = a.username"
	    " WHERE a.entity = 'figure' AND a.entity_id = ? ORDER BY a.id DESC";
	sqlite3_stmt		*st;
	struct figure_event	*v = NULL;
	char			 eid[96];

	*out = NULL;
	*n = 0;
	db_figure_entity_id(eid, sizeof(eid), ind, unit, period_name);
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_text(st, 1, eid, -1, SQLITE_TRANSIENT);
	if (!db_rows(db, st, sizeof(*v), db_figure_event_fill, &v, n)) {
		db_figure_history_free(v, *n);
		*n = 0;
		return 0;
	}
	*out = v;
	return 1;
}
