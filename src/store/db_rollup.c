/*
 * db_rollup.c: the materialised rollups as the dashboards and the rollup
 * API read them: one row per programme, effect or org unit in a period,
 * with its status counts, summary status and finance total; the programme
 * history; the performances and their costs.  The indicator-level reads
 * are in db_rollup_indicator.c.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db_memo.h"
#include "db_rollup.h"

#define RN_COLS \
	"r.n_indicators, r.n_on_track, r.n_at_risk, r.n_off_track, r.budget, " \
	"r.year_budget, r.n_parts, r.n_realised, r.realised, " \
	"r.budget_realised, r.n_forecast, r.forecast, r.year_budget_forecast"

static const char db_rollup_sql_programmes[] =
	"SELECT g.id, g.number, g.name, " RN_COLS " FROM period p "
	"JOIN programme g ON g.year = p.year JOIN rollup_node r ON r.kind = 1 "
	"AND r.node_id = g.id AND r.period_id = p.id WHERE p.id = ?1 "
	"ORDER BY g.number";
static const char db_rollup_sql_programme[] =
	"SELECT g.id, g.number, g.name, " RN_COLS " FROM programme g "
	"JOIN rollup_node r ON r.kind = 1 AND r.node_id = g.id "
	"AND r.period_id = ?2 WHERE g.id = ?1";
static const char db_rollup_sql_effects[] =
	"SELECT e.id, e.number, e.name, " RN_COLS " FROM effect e "
	"JOIN rollup_node r ON r.kind = 2 AND r.node_id = e.id "
	"AND r.period_id = ?2 WHERE e.programme_id = ?1 ORDER BY e.number";
static const char db_rollup_sql_unit[] =
	"SELECT u.id, u.sort, u.name, " RN_COLS " FROM org_unit u "
	"JOIN rollup_node r ON r.kind = 3 AND r.node_id = u.id "
	"AND r.period_id = ?2 WHERE u.id = ?1";
static const char db_rollup_sql_unit_children[] =
	"SELECT u.id, u.sort, u.name, " RN_COLS " FROM org_unit u "
	"JOIN rollup_node r ON r.kind = 3 AND r.node_id = u.id "
	"AND r.period_id = ?2 WHERE u.parent_id = ?1 "
	/* Only the units of the period's year (org_unit.first_year). */
	"AND (u.first_year IS NULL OR u.first_year <= "
	"(SELECT year FROM period WHERE id = ?2)) "
	"AND (u.last_year IS NULL OR u.last_year >= "
	"(SELECT year FROM period WHERE id = ?2)) "
	"ORDER BY u.sort, u.name";

/*
 * Step sql with ?1 = a (and ?2 = b when it has two parameters), filling
 * one element of elemsz bytes per row into *vp: the one loop behind every
 * db_rollup_* list.  Returns 1, or 0 on error (the elements filled so far
 * stay in *vp for the caller's free).
 */
int
db_rollup_each(struct db *db, const char *sql, int64_t a, int64_t b,
    size_t elemsz, db_fill_fn fill, void *vp, size_t *n)
{
	sqlite3_stmt	*st;
	int		 rc;

	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, a);
	if (sqlite3_bind_parameter_count(st) > 1)
		rc |= sqlite3_bind_int64(st, 2, b);
	if (rc != SQLITE_OK) {
		sqlite3_reset(st);
		return 0;
	}
	return db_rows(db, st, elemsz, fill, vp, n);
}

static int
db_rollup_fill(sqlite3_stmt *st, void *p)
{
	struct rollup_node_row	*n = p;
	size_t			 with;

	memset(n, 0, sizeof(*n));
	n->id = sqlite3_column_int64(st, 0);
	n->number = sqlite3_column_int(st, 1);
	if ((n->name = db_col_text(st, 2)) == NULL)
		return 0;
	n->n_indicators = sqlite3_column_int64(st, 3);
	n->counts.n[STATUS_ON_TRACK] = (size_t)sqlite3_column_int64(st, 4);
	n->counts.n[STATUS_AT_RISK] = (size_t)sqlite3_column_int64(st, 5);
	n->counts.n[STATUS_OFF_TRACK] = (size_t)sqlite3_column_int64(st, 6);
	with = status_counts_with_data(&n->counts);
	n->counts.n[STATUS_NO_DATA] = (size_t)n->n_indicators > with ?
	    (size_t)n->n_indicators - with : 0;
	n->status = status_summary(&n->counts);
	n->fin.budget = sqlite3_column_int64(st, 7);
	n->fin.year_budget = sqlite3_column_int64(st, 8);
	n->fin.n = (size_t)sqlite3_column_int64(st, 9);
	n->fin.n_realised = (size_t)sqlite3_column_int64(st, 10);
	n->fin.has_realised = n->fin.n_realised > 0;
	n->fin.realised = sqlite3_column_int64(st, 11);
	n->fin.budget_realised = sqlite3_column_int64(st, 12);
	n->fin.n_forecast = (size_t)sqlite3_column_int64(st, 13);
	n->fin.has_forecast = n->fin.n_forecast > 0;
	n->fin.forecast = sqlite3_column_int64(st, 14);
	n->fin.year_budget_forecast = sqlite3_column_int64(st, 15);
	return 1;
}

static struct rollup_node_list *
db_rollup_collect(struct db *db, const char *sql, int64_t a, int64_t b)
{
	struct rollup_node_list	*l;

	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	if (!db_rollup_each(db, sql, a, b, sizeof(*l->v), db_rollup_fill,
	    &l->v, &l->n)) {
		db_rollup_node_list_free(l);
		return NULL;
	}
	return l;
}

/* The programmes of the period's year in period_id.  NULL on error. */
struct rollup_node_list *
db_rollup_programmes(struct db *db, int64_t period_id)
{
	return db_rollup_collect(db, db_rollup_sql_programmes, period_id, 0);
}

/* The effects of a programme in period_id.  NULL on error. */
struct rollup_node_list *
db_rollup_effects(struct db *db, int64_t programme_id, int64_t period_id)
{
	return db_rollup_collect(db, db_rollup_sql_effects, programme_id,
	    period_id);
}

/* One org unit (0 or 1 rows).  NULL on error. */
struct rollup_node_list *
db_rollup_unit(struct db *db, int64_t unit_id, int64_t period_id)
{
	return db_rollup_collect(db, db_rollup_sql_unit, unit_id, period_id);
}

/* The child units of unit_id, side by side.  NULL on error. */
struct rollup_node_list *
db_rollup_unit_children(struct db *db, int64_t unit_id, int64_t period_id)
{
	return db_rollup_collect(db, db_rollup_sql_unit_children, unit_id,
	    period_id);
}

/* One programme in period_id into *out (free out->name).  0: none/error. */
int
db_rollup_programme(struct db *db, int64_t programme_id, int64_t period_id,
    struct rollup_node_row *out)
{
	struct rollup_node_list	*l;
	int			 ok = 0;

	if ((l = db_rollup_collect(db, db_rollup_sql_programme, programme_id,
	    period_id)) == NULL)
		return 0;
	if (l->n == 1) {
		*out = l->v[0];
		l->v[0].name = NULL;
		ok = 1;
	}
	db_rollup_node_list_free(l);
	return ok;
}

void
db_rollup_node_list_free(struct rollup_node_list *l)
{
	size_t	i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		free(l->v[i].name);
	free(l->v);
	free(l);
}

/* The cost deviation thresholds (setting table); defaults 10 %, EUR 25,000. */
void
db_rollup_thresholds(struct db *db, int *bp, int64_t *cents)
{
	sqlite3_stmt	*st;
	const int64_t	*m;
	int64_t		 keep[2];

	if ((m = db_memo_get(db, MEMO_THRESHOLDS, 0, NULL, NULL)) != NULL) {
		*bp = (int)m[0];
		*cents = m[1];
		return;
	}
	*bp = 1000;
	*cents = 2500000;
	if ((st = db_stmt(db, "SELECT key, CAST(value AS INTEGER) FROM setting "
	    "WHERE key IN ('cost_deviation_threshold_bp', "
	    "'cost_deviation_threshold_cents')")) == NULL)
		return;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (strcmp((const char *)sqlite3_column_text(st, 0),
		    "cost_deviation_threshold_bp") == 0)
			*bp = sqlite3_column_int(st, 1);
		else
			*cents = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	keep[0] = *bp;
	keep[1] = *cents;
	db_memo_put(db, MEMO_THRESHOLDS, 0, NULL, keep, sizeof(keep));
}

/* The programme history and the performances: the dashboards. */

static const char db_rollup_sql_history[] =
	"SELECT g.number, p.id, p.year, p.quarter, r.n_indicators, "
	"r.n_on_track, r.n_at_risk, r.n_off_track FROM period p "
	"JOIN programme g ON g.year = p.year JOIN rollup_node r ON r.kind = 1 "
	"AND r.node_id = g.id AND r.period_id = p.id "
	"WHERE p.year * 4 + p.quarter - 1 BETWEEN ?1 - ?2 + 1 AND ?1 "
	"ORDER BY g.number, p.year, p.quarter";

static int
db_rollup_hist_fill(sqlite3_stmt *st, void *p)
{
	struct rollup_hist_row	*h = p;
	size_t			 with, all;

	memset(h, 0, sizeof(*h));
	h->number = sqlite3_column_int(st, 0);
	h->period_id = sqlite3_column_int64(st, 1);
	h->year = sqlite3_column_int(st, 2);
	h->quarter = sqlite3_column_int(st, 3);
	all = (size_t)sqlite3_column_int64(st, 4);
	h->counts.n[STATUS_ON_TRACK] = (size_t)sqlite3_column_int64(st, 5);
	h->counts.n[STATUS_AT_RISK] = (size_t)sqlite3_column_int64(st, 6);
	h->counts.n[STATUS_OFF_TRACK] = (size_t)sqlite3_column_int64(st, 7);
	with = status_counts_with_data(&h->counts);
	h->counts.n[STATUS_NO_DATA] = all > with ? all - with : 0;
	h->status = status_summary(&h->counts);
	return 1;
}

/*
 * The status of every programme, by number, in the `quarters` quarters up
 * to and including year-quarter (across budget years: a programme is
 * matched by its number).  Ordered by number, then oldest first.
 */
struct rollup_hist_list *
db_rollup_programme_history(struct db *db, int year, int quarter,
    int quarters)
{
	struct rollup_hist_list	*l;

	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	if (!db_rollup_each(db, db_rollup_sql_history,
	    (int64_t)year * 4 + quarter - 1, quarters, sizeof(*l->v),
	    db_rollup_hist_fill, &l->v, &l->n)) {
		db_rollup_hist_list_free(l);
		return NULL;
	}
	return l;
}

void
db_rollup_hist_list_free(struct rollup_hist_list *l)
{
	if (l == NULL)
		return;
	free(l->v);
	free(l);
}

#define RP_COLS \
	"pf.id, pf.number, e.number, e.id, g.id, g.number, pf.name, g.name, " \
	"pf.org_unit_id, u.name, (SELECT count(*) FROM indicator i " \
	"WHERE i.performance_id = pf.id), " \
	RP_COUNT("1") ", " RP_COUNT("2") ", " RP_COUNT("3") ", " \
	"c.performance_id IS NOT NULL, coalesce(c.budget_cents, 0), " \
	"pf.budget_cents, c.realised_cents, c.forecast_cents, " \
	"coalesce(c.explanation, ''), coalesce(c.measure, '') "
#define RP_COUNT(s) \
	"(SELECT count(*) FROM indicator i JOIN rollup_indicator r " \
	"ON r.indicator_id = i.id AND r.period_id = ?2 " \
	"WHERE i.performance_id = pf.id AND r.status = " s ")"
#define RP_FROM \
	" FROM performance pf JOIN effect e ON e.id = pf.effect_id " \
	"JOIN programme g ON g.id = e.programme_id JOIN org_unit u " \
	"ON u.id = pf.org_unit_id LEFT JOIN cost c ON c.performance_id = pf.id " \
	"AND c.period_id = ?2 "

static const char db_rollup_sql_perf_programme[] =
	"SELECT " RP_COLS RP_FROM "WHERE e.programme_id = ?1 "
	"ORDER BY e.number, pf.number";
static const char db_rollup_sql_perf_one[] =
	"SELECT " RP_COLS RP_FROM "WHERE pf.id = ?1";
static const char db_rollup_sql_perf_unit[] =
	"SELECT " RP_COLS RP_FROM "WHERE pf.org_unit_id = ?1 "
	"AND g.year = (SELECT year FROM period WHERE id = ?2) "
	"ORDER BY g.number, e.number, pf.number";

static int
db_rollup_perf_fill(sqlite3_stmt *st, void *p)
{
	struct rollup_perf_row	*r = p;
	size_t			 with;

	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(st, 0);
	r->number = sqlite3_column_int(st, 1);
	r->effect_number = sqlite3_column_int(st, 2);
	r->effect_id = sqlite3_column_int64(st, 3);
	r->programme_id = sqlite3_column_int64(st, 4);
	r->programme_number = sqlite3_column_int(st, 5);
	r->owner_id = sqlite3_column_int64(st, 8);
	r->n_indicators = sqlite3_column_int64(st, 10);
	r->counts.n[STATUS_ON_TRACK] = (size_t)sqlite3_column_int64(st, 11);
	r->counts.n[STATUS_AT_RISK] = (size_t)sqlite3_column_int64(st, 12);
	r->counts.n[STATUS_OFF_TRACK] = (size_t)sqlite3_column_int64(st, 13);
	with = status_counts_with_data(&r->counts);
	r->counts.n[STATUS_NO_DATA] = (size_t)r->n_indicators > with ?
	    (size_t)r->n_indicators - with : 0;
	r->status = status_summary(&r->counts);
	r->has_cost = sqlite3_column_int(st, 14);
	/* Without a cost row still a line, with its year budget. */
	r->fin = rollup_finance_part(sqlite3_column_int64(st, 15),
	    sqlite3_column_int64(st, 16), !db_col_isnull(st, 17),
	    sqlite3_column_int64(st, 17), !db_col_isnull(st, 18),
	    sqlite3_column_int64(st, 18));
	return (r->name = db_col_text(st, 6)) != NULL &&
	    (r->programme_name = db_col_text(st, 7)) != NULL &&
	    (r->owner_name = db_col_text(st, 9)) != NULL &&
	    (r->explanation = db_col_text(st, 19)) != NULL &&
	    (r->measure = db_col_text(st, 20)) != NULL;
}

static struct rollup_perf_list *
db_rollup_perf_collect(struct db *db, const char *sql, int64_t a, int64_t b)
{
	struct rollup_perf_list	*l;

	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	if (!db_rollup_each(db, sql, a, b, sizeof(*l->v), db_rollup_perf_fill,
	    &l->v, &l->n)) {
		db_rollup_perf_list_free(l);
		return NULL;
	}
	return l;
}

/*
 * One performance in a period (a list of 1, or of 0 when there is no such
 * performance): a page of the programme dashboard reads its 25 this way
 * rather than all of a large programme with their status counts.  NULL on
 * error.
 */
struct rollup_perf_list *
db_rollup_performance(struct db *db, int64_t performance_id,
    int64_t period_id)
{
	return db_rollup_perf_collect(db, db_rollup_sql_perf_one,
	    performance_id, period_id);
}

/*
 * The performances of a programme in period_id: the statuses of their
 * indicators and their cost row (has_cost 0: none).  NULL on error.
 */
struct rollup_perf_list *
db_rollup_performances_of_programme(struct db *db, int64_t programme_id,
    int64_t period_id)
{
	return db_rollup_perf_collect(db, db_rollup_sql_perf_programme,
	    programme_id, period_id);
}

/* The performances an org unit owns itself, in period_id's year. */
struct rollup_perf_list *
db_rollup_performances_of_unit(struct db *db, int64_t unit_id,
    int64_t period_id)
{
	return db_rollup_perf_collect(db, db_rollup_sql_perf_unit, unit_id,
	    period_id);
}

void
db_rollup_perf_list_free(struct rollup_perf_list *l)
{
	size_t	i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n && l->v != NULL; i++) {
		free(l->v[i].name);
		free(l->v[i].programme_name);
		free(l->v[i].owner_name);
		free(l->v[i].explanation);
		free(l->v[i].measure);
	}
	free(l->v);
	free(l);
}

#define RC_FROM \
	" FROM cost c JOIN performance pf ON pf.id = c.performance_id " \
	"JOIN effect e ON e.id = pf.effect_id JOIN programme g " \
	"ON g.id = e.programme_id JOIN org_unit u ON u.id = pf.org_unit_id " \
	"WHERE c.period_id = ?2 AND c.realised_cents IS NOT NULL "

/* Ordered like the cost_deviation index, so SQLite reads only the top. */
static const char db_rollup_sql_cost_largest[] =
	"SELECT " RP_COLS RC_FROM "ORDER BY abs(coalesce(c.realised_cents, "
	"c.budget_cents) - c.budget_cents) DESC, pf.id LIMIT ?1";
/* Without the status counts (0): the register shows money only, and at
 * the scale of a large city four subqueries per performance were most of
 * the time. */
#define RP_COLS_MONEY \
	"pf.id, pf.number, e.number, e.id, g.id, g.number, pf.name, g.name, " \
	"pf.org_unit_id, u.name, 0, 0, 0, 0, " \
	"c.performance_id IS NOT NULL, coalesce(c.budget_cents, 0), " \
	"pf.budget_cents, c.realised_cents, c.forecast_cents, " \
	"coalesce(c.explanation, ''), coalesce(c.measure, '') "
static const char db_rollup_sql_cost_period[] =
	/* A loose prefilter on both thresholds (amount from ?1, percentage
	 * from the setting as db_rollup_thresholds reads it, in floating
	 * point with slack): status_cost() in C decides exactly. */
	"SELECT " RP_COLS_MONEY RC_FROM "AND abs(coalesce(c.realised_cents, "
	"c.budget_cents) - c.budget_cents) >= max(?1, 1) "
	"AND (c.budget_cents = 0 OR abs(c.realised_cents - c.budget_cents) "
	"* 10000.0 >= abs(c.budget_cents) * 0.999999 * max(coalesce((SELECT "
	"CAST(value AS INTEGER) FROM setting WHERE key = "
	"'cost_deviation_threshold_bp'), 1000), 0)) "
	"ORDER BY g.number, e.number, pf.number";

/*
 * The limit performances with the largest cost deviation (realised -
 * budget, either way) in period_id, largest first.  NULL on error.
 */
struct rollup_perf_list *
db_rollup_costs_largest(struct db *db, int64_t period_id, int limit)
{
	return db_rollup_perf_collect(db, db_rollup_sql_cost_largest, limit,
	    period_id);
}

/*
 * Every performance with a realised cost in period_id that deviates from
 * its budget by min_cents or more (and by something), by programme,
 * effect and number: the caller judges each with status_cost(), which
 * requires at least the amount threshold and the percentage, so the
 * prefilter loses no deviation; the cost_deviation index reads only the
 * rows above the amount.
 * The rows carry money only: no indicator counts or status (all 0).
 */
struct rollup_perf_list *
db_rollup_costs_of_period(struct db *db, int64_t period_id,
    int64_t min_cents)
{
	return db_rollup_perf_collect(db, db_rollup_sql_cost_period, min_cents,
	    period_id);
}

/*
 * The data generation (migrations/0003-data-generation.sql): moves forward
 * with every write that changes what a dashboard shows.  -1 on error (a
 * value no cached page carries).
 */
int64_t
db_rollup_generation(struct db *db)
{
	sqlite3_stmt	*st;
	const int64_t	*m;
	int64_t		 n = -1;

	if ((m = db_memo_get(db, MEMO_GENERATION, 0, NULL, NULL)) != NULL)
		return *m;
	if ((st = db_stmt(db, "SELECT n FROM data_generation WHERE id = 1"))
	    == NULL)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (n >= 0)
		db_memo_put(db, MEMO_GENERATION, 0, NULL, &n, sizeof(n));
	return n;
}
