/*
 * db_rollup_indicator.c: the materialised rollup of each indicator as the
 * dashboards read it: by programme, performance or effect in a period, an
 * indicator's history, and the indicators furthest off their target.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db_rollup.h"

/*
 * rollup_indicator holds keys and the shown numbers only: where the
 * indicator hangs comes from indicator (and performance), and what a value
 * is made of (n, skipped, num, den, weight_sum, last_period) is not stored
 * and reads as 0 here; the drill-down recomputes it from the figures.
 */
#define RI_COLS \
	"r.indicator_id, r.period_id, p.year, p.quarter, e.programme_id, " \
	"e.id, coalesce(i.performance_id, 0), " \
	"coalesce(pf.org_unit_id, g.directie_id), r.has_value, r.value, " \
	"0, 0, 0, 0, 0, 0, r.units, " \
	"r.has_target, r.target, r.status, r.shortfall_bp"
#define RI_NCOLS 21
#define RI_FROM \
	" FROM rollup_indicator r JOIN period p ON p.id = r.period_id " \
	"JOIN indicator i ON i.id = r.indicator_id LEFT JOIN performance pf " \
	"ON pf.id = i.performance_id JOIN effect e " \
	"ON e.id = coalesce(i.effect_id, pf.effect_id) JOIN programme g " \
	"ON g.id = e.programme_id "

static const char db_rollup_sql_ind_programme[] =
	"SELECT " RI_COLS RI_FROM "WHERE r.period_id = ?2 AND r.indicator_id IN "
	"(SELECT i.id FROM effect e JOIN indicator i ON i.effect_id = e.id "
	"WHERE e.programme_id = ?1 UNION ALL SELECT i.id FROM effect e "
	"JOIN performance pf ON pf.effect_id = e.id JOIN indicator i "
	"ON i.performance_id = pf.id WHERE e.programme_id = ?1)";
static const char db_rollup_sql_ind_performance[] =
	"SELECT " RI_COLS RI_FROM "WHERE r.period_id = ?2 AND r.indicator_id IN "
	"(SELECT i.id FROM indicator i WHERE i.performance_id = ?1)";
static const char db_rollup_sql_ind_effects[] =
	"SELECT " RI_COLS RI_FROM "WHERE r.period_id = ?2 AND r.indicator_id IN "
	"(SELECT i.id FROM effect e JOIN indicator i ON i.effect_id = e.id "
	"WHERE e.programme_id = ?1)";
static const char db_rollup_sql_ind_history[] =
	"SELECT " RI_COLS RI_FROM "WHERE r.indicator_id = ?1 "
	"ORDER BY p.year, p.quarter";
static const char db_rollup_sql_worst[] =
	"SELECT " RI_COLS ", i.code, i.name, i.unit, i.decimals, g.number, "
	"g.name, coalesce((SELECT group_concat(u.name || ': ' || f.explanation, "
	"' | ') FROM figure f JOIN org_unit u ON u.id = f.org_unit_id "
	"WHERE f.indicator_id = r.indicator_id AND f.period_id = r.period_id "
	"AND f.explanation <> ''), ''), coalesce((SELECT group_concat(u.name "
	"|| ': ' || f.measure, ' | ') FROM figure f JOIN org_unit u "
	"ON u.id = f.org_unit_id WHERE f.indicator_id = r.indicator_id "
	"AND f.period_id = r.period_id AND f.measure <> ''), '') "
	RI_FROM "WHERE r.period_id = ?1 AND r.status >= 2 "
	"ORDER BY r.shortfall_bp DESC, r.indicator_id LIMIT ?2";

static void
db_rollup_ind_fill_cols(sqlite3_stmt *st, struct rollup_ind_row *r)
{
	memset(r, 0, sizeof(*r));
	r->indicator_id = sqlite3_column_int64(st, 0);
	r->period_id = sqlite3_column_int64(st, 1);
	r->year = sqlite3_column_int(st, 2);
	r->quarter = sqlite3_column_int(st, 3);
	r->programme_id = sqlite3_column_int64(st, 4);
	r->effect_id = sqlite3_column_int64(st, 5);
	r->performance_id = sqlite3_column_int64(st, 6);
	r->owner_id = sqlite3_column_int64(st, 7);
	r->v.has_value = sqlite3_column_int(st, 8);
	r->v.value = sqlite3_column_int64(st, 9);
	r->v.n = (size_t)sqlite3_column_int64(st, 10);
	r->v.skipped = (size_t)sqlite3_column_int64(st, 11);
	r->v.num = sqlite3_column_int64(st, 12);
	r->v.den = sqlite3_column_int64(st, 13);
	r->v.weight_sum = sqlite3_column_int64(st, 14);
	r->v.last_period = sqlite3_column_int(st, 15);
	r->units = sqlite3_column_int64(st, 16);
	r->has_target = sqlite3_column_int(st, 17);
	r->target = sqlite3_column_int64(st, 18);
	r->status = (enum status)sqlite3_column_int(st, 19);
	if (r->status >= STATUS__MAX)
		r->status = STATUS_NO_DATA;
	r->shortfall_bp = sqlite3_column_int64(st, 20);
}

static int
db_rollup_ind_fill(sqlite3_stmt *st, void *p)
{
	db_rollup_ind_fill_cols(st, p);
	return 1;
}

static struct rollup_ind_list *
db_rollup_ind_collect(struct db *db, const char *sql, int64_t a, int64_t b)
{
	struct rollup_ind_list	*l;

	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	if (!db_rollup_each(db, sql, a, b, sizeof(*l->v), db_rollup_ind_fill,
	    &l->v, &l->n)) {
		db_rollup_ind_list_free(l);
		return NULL;
	}
	return l;
}

/* The indicators of a programme with a rollup in period_id.  NULL: error. */
struct rollup_ind_list *
db_rollup_indicators_of_programme(struct db *db, int64_t programme_id,
    int64_t period_id)
{
	return db_rollup_ind_collect(db, db_rollup_sql_ind_programme,
	    programme_id, period_id);
}

/*
 * The rolled-up indicators of one performance in one period (one page of
 * the programme dashboard needs those of 25, not of thousands).  NULL on
 * error.
 */
struct rollup_ind_list *
db_rollup_indicators_of_performance(struct db *db, int64_t performance_id,
    int64_t period_id)
{
	return db_rollup_ind_collect(db, db_rollup_sql_ind_performance,
	    performance_id, period_id);
}

/* The rolled-up effect indicators of a programme in one period. */
struct rollup_ind_list *
db_rollup_indicators_of_effects(struct db *db, int64_t programme_id,
    int64_t period_id)
{
	return db_rollup_ind_collect(db, db_rollup_sql_ind_effects,
	    programme_id, period_id);
}

/* Every quarter of an indicator that has a rollup, oldest first. */
struct rollup_ind_list *
db_rollup_indicator_history(struct db *db, int64_t indicator_id)
{
	return db_rollup_ind_collect(db, db_rollup_sql_ind_history,
	    indicator_id, 0);
}

/* The row of indicator_id in period_id (period_id 0: any), or NULL. */
const struct rollup_ind_row *
db_rollup_ind_find(const struct rollup_ind_list *l, int64_t indicator_id,
    int64_t period_id)
{
	size_t	i;

	for (i = 0; l != NULL && i < l->n; i++)
		if (l->v[i].indicator_id == indicator_id &&
		    (period_id == 0 || l->v[i].period_id == period_id))
			return &l->v[i];
	return NULL;
}

void
db_rollup_ind_list_free(struct rollup_ind_list *l)
{
	if (l == NULL)
		return;
	free(l->v);
	free(l);
}

static int
db_rollup_worst_fill(sqlite3_stmt *st, void *p)
{
	struct rollup_worst_row	*w = p;

	db_rollup_ind_fill_cols(st, &w->r);
	w->decimals = sqlite3_column_int(st, RI_NCOLS + 3);
	w->programme_number = sqlite3_column_int(st, RI_NCOLS + 4);
	return (w->code = db_col_text(st, RI_NCOLS)) != NULL &&
	    (w->name = db_col_text(st, RI_NCOLS + 1)) != NULL &&
	    (w->unit = db_col_text(st, RI_NCOLS + 2)) != NULL &&
	    (w->programme_name = db_col_text(st, RI_NCOLS + 5)) != NULL &&
	    (w->explanation = db_col_text(st, RI_NCOLS + 6)) != NULL &&
	    (w->measure = db_col_text(st, RI_NCOLS + 7)) != NULL;
}

/*
 * The limit indicators furthest on the wrong side of their target in
 * period_id (at risk or off track), worst first, with the explanations and
 * measures their units entered.  NULL on error.
 */
struct rollup_worst_list *
db_rollup_worst(struct db *db, int64_t period_id, int limit)
{
	struct rollup_worst_list	*l;

	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	if (!db_rollup_each(db, db_rollup_sql_worst, period_id, limit,
	    sizeof(*l->v), db_rollup_worst_fill, &l->v, &l->n)) {
		db_rollup_worst_list_free(l);
		return NULL;
	}
	return l;
}

void
db_rollup_worst_list_free(struct rollup_worst_list *l)
{
	size_t	i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n && l->v != NULL; i++) {
		free(l->v[i].code);
		free(l->v[i].name);
		free(l->v[i].unit);
		free(l->v[i].programme_name);
		free(l->v[i].explanation);
		free(l->v[i].measure);
	}
	free(l->v);
	free(l);
}
