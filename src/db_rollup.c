/*
 * db_rollup.c: the materialised rollups as the dashboards and the rollup
 * API read them: one row per programme, effect or org unit in a period,
 * with its status counts, summary status and finance total.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db_rollup.h"
#include "log.h"

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
	"AND r.period_id = ?2 WHERE u.parent_id = ?1 ORDER BY u.sort, u.name";

static int
db_rollup_fill(sqlite3_stmt *st, struct rollup_node_row *n)
{
	size_t	with;

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
	sqlite3_stmt		*st;
	void			*nv;
	size_t			 cap = 0;
	int			 rc;

	if ((st = db_stmt(db, sql)) == NULL ||
	    (l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	rc = sqlite3_bind_int64(st, 1, a);
	if (sqlite3_bind_parameter_count(st) > 1)
		rc |= sqlite3_bind_int64(st, 2, b);
	if (rc != SQLITE_OK)
		goto fail;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (l->n == cap) {
			cap = cap ? cap * 2 : 16;
			if ((nv = reallocarray(l->v, cap, sizeof(*l->v))) == NULL)
				goto fail;
			l->v = nv;
		}
		if (!db_rollup_fill(st, &l->v[l->n]))
			goto fail;
		l->n++;
	}
	if (rc != SQLITE_DONE) {
		log_err("db: rollup: %s", db_errmsg(db));
		goto fail;
	}
	sqlite3_reset(st);
	return l;
fail:
	sqlite3_reset(st);
	db_rollup_node_list_free(l);
	return NULL;
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
}
