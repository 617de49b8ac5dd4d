/*
 * db_drill.c: the single figures, targets and unit paths behind a
 * rolled-up number, for the drill-down page and the programme dashboard.
 */
#include <sqlite3.h>
#include <stdlib.h>

#include "db_drill.h"
#include "log.h"

#define DF_COLS \
	"f.indicator_id, f.org_unit_id, u.name, f.period_id, p.quarter, " \
	"f.value, f.numerator, f.denominator, f.weight, f.forecast, " \
	"f.explanation, f.measure"

static const char db_drill_sql_figures[] =
	"SELECT " DF_COLS " FROM figure f JOIN period p ON p.id = f.period_id "
	"JOIN org_unit u ON u.id = f.org_unit_id "
	"WHERE f.indicator_id = ?1 AND p.year = ?2 ORDER BY p.quarter, u.name";
static const char db_drill_sql_programme[] =
	"SELECT " DF_COLS " FROM figure f JOIN period p ON p.id = f.period_id "
	"JOIN org_unit u ON u.id = f.org_unit_id "
	"WHERE f.period_id = ?2 AND f.indicator_id IN "
	"(SELECT i.id FROM effect e JOIN indicator i ON i.effect_id = e.id "
	"WHERE e.programme_id = ?1 UNION ALL SELECT i.id FROM effect e "
	"JOIN performance pf ON pf.effect_id = e.id JOIN indicator i "
	"ON i.performance_id = pf.id WHERE e.programme_id = ?1) "
	"ORDER BY f.indicator_id, u.name";
static const char db_drill_sql_performance[] =
	/* CROSS JOIN keeps the indicators first: from the figures of the
	 * period the planner would scan every figure of the quarter. */
	"SELECT " DF_COLS " FROM indicator i CROSS JOIN figure f "
	"ON f.indicator_id = i.id AND f.period_id = ?2 "
	"JOIN period p ON p.id = f.period_id "
	"JOIN org_unit u ON u.id = f.org_unit_id "
	"WHERE i.performance_id = ?1 ORDER BY f.indicator_id, u.name";
static const char db_drill_sql_effects[] =
	"SELECT " DF_COLS " FROM effect e CROSS JOIN indicator i "
	"ON i.effect_id = e.id CROSS JOIN figure f "
	"ON f.indicator_id = i.id AND f.period_id = ?2 "
	"JOIN period p ON p.id = f.period_id "
	"JOIN org_unit u ON u.id = f.org_unit_id "
	"WHERE e.programme_id = ?1 ORDER BY f.indicator_id, u.name";
static const char db_drill_sql_targets[] =
	"SELECT org_unit_id, quarter, value FROM target "
	"WHERE indicator_id = ?1 AND year = ?2";
static const char db_drill_sql_paths[] =
	"SELECT iu.org_unit_id, t.ancestor_id, u.name, u.kind "
	"FROM indicator_unit iu JOIN org_unit_tree t "
	"ON t.descendant_id = iu.org_unit_id JOIN org_unit u "
	"ON u.id = t.ancestor_id WHERE iu.indicator_id = ?1";

static int
db_drill_fig_fill(sqlite3_stmt *st, struct drill_fig *f)
{
	f->indicator_id = sqlite3_column_int64(st, 0);
	f->unit_id = sqlite3_column_int64(st, 1);
	f->period_id = sqlite3_column_int64(st, 3);
	f->in.period_index = sqlite3_column_int(st, 4);
	f->in.has_value = !db_col_isnull(st, 5);
	f->in.value = sqlite3_column_int64(st, 5);
	f->in.has_ratio = !db_col_isnull(st, 6) && !db_col_isnull(st, 7);
	f->in.numerator = sqlite3_column_int64(st, 6);
	f->in.denominator = sqlite3_column_int64(st, 7);
	f->has_weight = !db_col_isnull(st, 8);
	f->in.weight = sqlite3_column_int64(st, 8);
	f->has_forecast = !db_col_isnull(st, 9);
	f->forecast = sqlite3_column_int64(st, 9);
	return (f->unit_name = db_col_text(st, 2)) != NULL &&
	    (f->explanation = db_col_text(st, 10)) != NULL &&
	    (f->measure = db_col_text(st, 11)) != NULL;
}

static struct drill_fig_list *
db_drill_collect(struct db *db, const char *sql, int64_t a, int64_t b)
{
	struct drill_fig_list	*l;
	sqlite3_stmt		*st;
	size_t			 cap = 0;
	int			 rc;

	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	if ((st = db_stmt(db, sql)) == NULL)
		goto fail;
	if (sqlite3_bind_int64(st, 1, a) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, b) != SQLITE_OK)
		goto fail_reset;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!db_grow(&l->v, &cap, l->n, sizeof(*l->v)))
			goto fail_reset;
		if (!db_drill_fig_fill(st, &l->v[l->n++]))
			goto fail_reset;
	}
	if (rc != SQLITE_DONE) {
		log_err("db: drill: %s", db_errmsg(db));
		goto fail_reset;
	}
	sqlite3_reset(st);
	return l;
fail_reset:
	sqlite3_reset(st);
fail:
	db_drill_fig_list_free(l);
	return NULL;
}

/* Every figure of indicator_id in the quarters of year.  NULL on error. */
struct drill_fig_list *
db_drill_figures(struct db *db, int64_t indicator_id, int year)
{
	return db_drill_collect(db, db_drill_sql_figures, indicator_id, year);
}

/* Every figure of every indicator of a programme in period_id. */
struct drill_fig_list *
db_drill_programme_figures(struct db *db, int64_t programme_id,
    int64_t period_id)
{
	return db_drill_collect(db, db_drill_sql_programme, programme_id,
	    period_id);
}

/*
 * The figures of one performance's indicators in one period, by indicator
 * and unit name: what a page of the programme dashboard shows, without
 * the thousands of other figures of a large programme.  NULL on error.
 */
struct drill_fig_list *
db_drill_performance_figures(struct db *db, int64_t performance_id,
    int64_t period_id)
{
	return db_drill_collect(db, db_drill_sql_performance, performance_id,
	    period_id);
}

/* The figures of a programme's effect indicators in one period. */
struct drill_fig_list *
db_drill_effect_figures(struct db *db, int64_t programme_id,
    int64_t period_id)
{
	return db_drill_collect(db, db_drill_sql_effects, programme_id,
	    period_id);
}

void
db_drill_fig_list_free(struct drill_fig_list *l)
{
	size_t	i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].unit_name);
		free(l->v[i].explanation);
		free(l->v[i].measure);
	}
	free(l->v);
	free(l);
}

/*
 * The targets of indicator_id in year, every unit and quarter, into a new
 * array *out (free it).  Returns 1, or 0 on error.
 */
int
db_drill_targets(struct db *db, int64_t indicator_id, int year,
    struct rollup_tgt **out, size_t *n)
{
	sqlite3_stmt	*st;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((st = db_stmt(db, db_drill_sql_targets)) == NULL)
		return 0;
	if (sqlite3_bind_int64(st, 1, indicator_id) != SQLITE_OK ||
	    sqlite3_bind_int(st, 2, year) != SQLITE_OK)
		goto fail;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!db_grow(out, &cap, *n, sizeof(**out)))
			goto fail;
		(*out)[*n].unit = sqlite3_column_int64(st, 0);
		(*out)[*n].quarter = sqlite3_column_int(st, 1);
		(*out)[*n].value = sqlite3_column_int64(st, 2);
		(*n)++;
	}
	if (rc != SQLITE_DONE)
		goto fail;
	sqlite3_reset(st);
	return 1;
fail:
	sqlite3_reset(st);
	free(*out);
	*out = NULL;
	*n = 0;
	return 0;
}

static int
db_drill_kind(const char *k)
{
	static const char *const kinds[] = { "gemeente", "directie",
	    "afdeling", "team" };
	int	i;

	for (i = 0; i < 4; i++)
		if (k != NULL && kinds[i][0] == k[0] && kinds[i][1] == k[1])
			return i;
	return 3;
}

/*
 * Every reporting unit of indicator_id with each of its ancestors (itself
 * included).  NULL on error.
 */
struct drill_path_list *
db_drill_paths(struct db *db, int64_t indicator_id)
{
	struct drill_path_list	*l;
	sqlite3_stmt		*st;
	size_t			 cap = 0;
	int			 rc;

	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	if ((st = db_stmt(db, db_drill_sql_paths)) == NULL)
		goto fail;
	if (sqlite3_bind_int64(st, 1, indicator_id) != SQLITE_OK)
		goto fail_reset;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!db_grow(&l->v, &cap, l->n, sizeof(*l->v)))
			goto fail_reset;
		l->v[l->n].unit_id = sqlite3_column_int64(st, 0);
		l->v[l->n].ancestor_id = sqlite3_column_int64(st, 1);
		l->v[l->n].ancestor_kind = db_drill_kind(
		    (const char *)sqlite3_column_text(st, 3));
		if ((l->v[l->n++].ancestor_name = db_col_text(st, 2)) == NULL)
			goto fail_reset;
	}
	if (rc != SQLITE_DONE)
		goto fail_reset;
	sqlite3_reset(st);
	return l;
fail_reset:
	sqlite3_reset(st);
fail:
	db_drill_path_list_free(l);
	return NULL;
}

void
db_drill_path_list_free(struct drill_path_list *l)
{
	size_t	i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		free(l->v[i].ancestor_name);
	free(l->v);
	free(l);
}
