/*
 * rollup_store.c: the incremental side of the materialised rollups (the
 * design is in migrations/0002-rollup.sql).  A figure change recomputes the
 * indicator's rows for the changed quarter (and the later quarters of a
 * cumulative indicator) and moves the status counts of its effect,
 * programme and owning units from the old status to the new.  A cost change
 * recomputes the finance totals of the performance's effect, programme and
 * owning units.  Everything runs in the caller's transaction.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "log.h"
#include "rollup_approval.h"
#include "rollup_store.h"
#include "rollup_unit_rep.h"

#define RS_MAXFIG	ROLLUP_STORE_MAXFIG

static const char rs_sql_meta[] =
	"SELECT i.unit, i.direction, i.aggregation, i.weight_name <> '', "
	"i.cumulative, i.decimals, i.tolerance_bp, "
	"coalesce(i.performance_id, 0), e.id, g.id, g.year, "
	"coalesce(pf.org_unit_id, g.directie_id) "
	"FROM indicator i LEFT JOIN performance pf ON pf.id = i.performance_id "
	"JOIN effect e ON e.id = coalesce(i.effect_id, pf.effect_id) "
	"JOIN programme g ON g.id = e.programme_id WHERE i.id = ?1";
static const char rs_sql_period[] =
	"SELECT year, quarter FROM period WHERE id = ?1";
static const char rs_sql_periods_of_year[] =
	"SELECT id, quarter FROM period WHERE year = ?1";
static const char rs_sql_figures[] =
	"SELECT f.org_unit_id, p.quarter, f.value, f.numerator, f.denominator, "
	"f.weight FROM figure f JOIN period p ON p.id = f.period_id "
	"WHERE f.indicator_id = ?1 AND p.year = ?2";
static const char rs_sql_targets[] =
	"SELECT org_unit_id, quarter, value FROM target "
	"WHERE indicator_id = ?1 AND year = ?2";
static const char rs_sql_old_status[] =
	"SELECT status FROM rollup_indicator "
	"WHERE indicator_id = ?1 AND period_id = ?2";
static const char rs_sql_row_put[] =
	"INSERT OR REPLACE INTO rollup_indicator(indicator_id, period_id, "
	"has_value, value, units, has_target, target, status, shortfall_bp) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
static const char rs_sql_touch[] =
	"UPDATE data_generation SET n = n + 1 WHERE id = 1";
static const char rs_sql_row_delete[] =
	"DELETE FROM rollup_indicator WHERE indicator_id = ?1 AND period_id = ?2";
static const char rs_sql_ancestors[] =
	"SELECT ancestor_id FROM org_unit_tree WHERE descendant_id = ?1 "
	"ORDER BY depth";
static const char rs_sql_count_move[] =
	"UPDATE rollup_node SET n_on_track = n_on_track + ?4, "
	"n_at_risk = n_at_risk + ?5, n_off_track = n_off_track + ?6 "
	"WHERE kind = ?1 AND node_id = ?2 AND period_id = ?3";
static const char rs_sql_node_put[] =
	"INSERT OR REPLACE INTO rollup_node(kind, node_id, period_id, "
	"n_indicators, n_on_track, n_at_risk, n_off_track, budget, year_budget, "
	"n_parts, n_realised, realised, budget_realised, n_forecast, forecast, "
	"year_budget_forecast) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
	"?10, ?11, ?12, ?13, ?14, ?15, ?16)";
static const char rs_sql_node_fin_put[] =
	"UPDATE rollup_node SET budget = ?4, year_budget = ?5, n_parts = ?6, "
	"n_realised = ?7, realised = ?8, budget_realised = ?9, n_forecast = ?10, "
	"forecast = ?11, year_budget_forecast = ?12 "
	"WHERE kind = ?1 AND node_id = ?2 AND period_id = ?3";
static const char rs_sql_node_exists[] =
	"SELECT 1 FROM rollup_node WHERE kind = ?1 AND node_id = ?2 "
	"AND period_id = ?3";
/* A node that the last rebuild did not know (added since): from scratch. */
static const char rs_sql_count_effect[] =
	"SELECT (SELECT count(*) FROM indicator WHERE effect_id = ?1) + "
	"(SELECT count(*) FROM performance pf JOIN indicator i "
	"ON i.performance_id = pf.id WHERE pf.effect_id = ?1)";
static const char rs_sql_count_programme[] =
	"SELECT (SELECT count(*) FROM effect e JOIN indicator i "
	"ON i.effect_id = e.id WHERE e.programme_id = ?1) + "
	"(SELECT count(*) FROM effect e JOIN performance pf "
	"ON pf.effect_id = e.id JOIN indicator i ON i.performance_id = pf.id "
	"WHERE e.programme_id = ?1)";
static const char rs_sql_count_unit[] =
	"SELECT (SELECT count(*) FROM org_unit_tree t JOIN performance pf "
	"ON pf.org_unit_id = t.descendant_id JOIN effect e ON e.id = pf.effect_id "
	"JOIN programme g ON g.id = e.programme_id JOIN indicator i "
	"ON i.performance_id = pf.id WHERE t.ancestor_id = ?1 AND g.year = ?2) + "
	"(SELECT count(*) FROM org_unit_tree t JOIN programme g "
	"ON g.directie_id = t.descendant_id JOIN effect e ON e.programme_id = g.id "
	"JOIN indicator i ON i.effect_id = e.id "
	"WHERE t.ancestor_id = ?1 AND g.year = ?2)";
/* What a unit's units report beyond what it owns (rollup_unit_rep.c). */
static const char rs_sql_count_unit_rep[] =
	"SELECT count(*) FROM rollup_unit_reported "
	"WHERE unit_id = ?1 AND period_id = ?2";
static const char rs_sql_status_unit_rep[] =
	"SELECT status, count(*) FROM rollup_unit_reported "
	"WHERE unit_id = ?1 AND period_id = ?2 GROUP BY status";
static const char rs_sql_nind_move[] =
	"UPDATE rollup_node SET n_indicators = n_indicators + ?3 "
	"WHERE kind = 3 AND node_id = ?1 AND period_id = ?2";
/* The indicators under a node: effect and performance indicators. */
static const char rs_sql_status_effect[] =
	"SELECT status, count(*) FROM rollup_indicator WHERE period_id = ?2 "
	"AND indicator_id IN (SELECT id FROM indicator WHERE effect_id = ?1 "
	"UNION ALL SELECT i.id FROM performance pf JOIN indicator i "
	"ON i.performance_id = pf.id WHERE pf.effect_id = ?1) GROUP BY status";
static const char rs_sql_status_programme[] =
	"SELECT status, count(*) FROM rollup_indicator WHERE period_id = ?2 "
	"AND indicator_id IN (SELECT i.id FROM effect e JOIN indicator i "
	"ON i.effect_id = e.id WHERE e.programme_id = ?1 UNION ALL "
	"SELECT i.id FROM effect e JOIN performance pf ON pf.effect_id = e.id "
	"JOIN indicator i ON i.performance_id = pf.id "
	"WHERE e.programme_id = ?1) GROUP BY status";
/* A unit answers for its performances and its programmes' effects. */
static const char rs_sql_status_unit[] =
	"SELECT status, count(*) FROM rollup_indicator WHERE period_id = ?2 "
	"AND indicator_id IN (SELECT i.id FROM org_unit_tree t "
	"JOIN performance pf ON pf.org_unit_id = t.descendant_id "
	"JOIN indicator i ON i.performance_id = pf.id WHERE t.ancestor_id = ?1 "
	"UNION ALL SELECT i.id FROM org_unit_tree t JOIN programme g "
	"ON g.directie_id = t.descendant_id JOIN effect e "
	"ON e.programme_id = g.id JOIN indicator i ON i.effect_id = e.id "
	"WHERE t.ancestor_id = ?1) GROUP BY status";
/* Finance: the parts of a node, or its children's totals. */
static const char rs_sql_perf_meta[] =
	"SELECT pf.effect_id, e.programme_id, pf.org_unit_id "
	"FROM performance pf JOIN effect e ON e.id = pf.effect_id "
	"WHERE pf.id = ?1";
/*
 * Every performance of the programme's year is a cost line, with or
 * without a cost row in the period: one without has not reported, and its
 * year budget still counts (docs/rollup-rules.md, "Rolling up costs").
 */
static const char rs_sql_fin_effect[] =
	"SELECT coalesce(c.budget_cents, 0), pf.budget_cents, c.realised_cents, "
	"c.forecast_cents FROM performance pf "
	"JOIN effect e ON e.id = pf.effect_id JOIN programme g "
	"ON g.id = e.programme_id JOIN period p ON p.id = ?2 "
	"AND p.year = g.year LEFT JOIN cost c "
	"ON c.performance_id = pf.id AND c.period_id = p.id "
	"WHERE pf.effect_id = ?1";
static const char rs_sql_fin_unit_own[] =
	"SELECT coalesce(c.budget_cents, 0), pf.budget_cents, c.realised_cents, "
	"c.forecast_cents FROM performance pf "
	"JOIN effect e ON e.id = pf.effect_id JOIN programme g "
	"ON g.id = e.programme_id JOIN period p ON p.id = ?2 "
	"AND p.year = g.year LEFT JOIN cost c "
	"ON c.performance_id = pf.id AND c.period_id = p.id "
	"WHERE pf.org_unit_id = ?1";
static const char rs_sql_fin_programme_children[] =
	"SELECT r.budget, r.year_budget, r.n_parts, r.n_realised, r.realised, "
	"r.budget_realised, r.n_forecast, r.forecast, r.year_budget_forecast "
	"FROM effect e JOIN rollup_node r ON r.kind = 2 AND r.node_id = e.id "
	"AND r.period_id = ?2 WHERE e.programme_id = ?1";
static const char rs_sql_fin_unit_children[] =
	"SELECT r.budget, r.year_budget, r.n_parts, r.n_realised, r.realised, "
	"r.budget_realised, r.n_forecast, r.forecast, r.year_budget_forecast "
	"FROM org_unit u JOIN rollup_node r ON r.kind = 3 AND r.node_id = u.id "
	"AND r.period_id = ?2 WHERE u.parent_id = ?1";

/* Fill ind's rule from the indicator's columns. */
void
rollup_store_ind_rule(struct rollup_ind *ind, const char *unit,
    const char *direction, const char *aggregation, int weighted,
    int cumulative, int decimals, int tolerance_bp)
{
	static const char *const aggs[AGG__MAX] = { "sum", "mean", "last",
	    "ratio" };
	int	a;

	ind->rule.aggregation = AGG_SUM;
	for (a = 0; a < AGG__MAX; a++)
		if (strcmp(aggregation, aggs[a]) == 0)
			ind->rule.aggregation = (enum aggregation)a;
	ind->rule.decimals = decimals;
	ind->rule.weighted = weighted;
	ind->rule.ratio_factor = strcmp(unit, "%") == 0 ? 100 : 1;
	ind->rule.cumulative = cumulative;
	ind->direction = strcmp(direction, "down") == 0 ? DIR_DOWN : DIR_UP;
	ind->tolerance_bp = tolerance_bp;
}

static int
rs_step_done(struct db *db, sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		log_err("rollup: %s", db_errmsg(db));
		return 0;
	}
	return 1;
}

/* The stored form of ind's row r in period_id. */
void
rollup_store_irow(const struct rollup_ind *ind, int64_t period_id,
    const struct rollup_row *r, struct rollup_irow *o)
{
	o->indicator_id = ind->id;
	o->period_id = period_id;
	o->has_value = r->v.has_value;
	o->value = r->v.has_value ? r->v.value : 0;
	o->units = (int64_t)r->units;
	o->has_target = r->has_target;
	o->target = r->has_target ? r->target : 0;
	o->status = (int64_t)r->status;
	o->shortfall_bp = r->shortfall_bp;
}

/* Write one stored row (insert or replace).  1, or 0 (logged). */
int
rollup_store_irow_put(struct db *db, const struct rollup_irow *o)
{
	const int64_t	*col = &o->indicator_id;
	sqlite3_stmt	*st;
	int		 rc = SQLITE_OK, i;

	if ((st = db_stmt(db, rs_sql_row_put)) == NULL)
		return 0;
	for (i = 0; i < ROLLUP_IROW_COLS; i++)
		rc |= sqlite3_bind_int64(st, i + 1, col[i]);
	return rc == SQLITE_OK && rs_step_done(db, st);
}

/* Remove the row of indicator_id in period_id.  1, or 0 (logged). */
int
rollup_store_irow_delete(struct db *db, int64_t indicator_id,
    int64_t period_id)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((st = db_stmt(db, rs_sql_row_delete)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, indicator_id);
	rc |= sqlite3_bind_int64(st, 2, period_id);
	return rc == SQLITE_OK && rs_step_done(db, st);
}

/* Write (or, without data, remove) the row of ind in period_id. */
int
rollup_store_row_put(struct db *db, const struct rollup_ind *ind,
    int64_t period_id, const struct rollup_row *r)
{
	struct rollup_irow	o;

	if (r->units == 0)
		return rollup_store_irow_delete(db, ind->id, period_id);
	rollup_store_irow(ind, period_id, r, &o);
	return rollup_store_irow_put(db, &o);
}

/* Write a whole rollup_node row. */
int
rollup_store_node_put(struct db *db, int kind, int64_t node_id,
    int64_t period_id, int64_t n_indicators, const struct status_counts *c,
    const struct finance *f)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((st = db_stmt(db, rs_sql_node_put)) == NULL)
		return 0;
	rc = sqlite3_bind_int(st, 1, kind);
	rc |= sqlite3_bind_int64(st, 2, node_id);
	rc |= sqlite3_bind_int64(st, 3, period_id);
	rc |= sqlite3_bind_int64(st, 4, n_indicators);
	rc |= sqlite3_bind_int64(st, 5, (int64_t)c->n[STATUS_ON_TRACK]);
	rc |= sqlite3_bind_int64(st, 6, (int64_t)c->n[STATUS_AT_RISK]);
	rc |= sqlite3_bind_int64(st, 7, (int64_t)c->n[STATUS_OFF_TRACK]);
	rc |= sqlite3_bind_int64(st, 8, f->budget);
	rc |= sqlite3_bind_int64(st, 9, f->year_budget);
	rc |= sqlite3_bind_int64(st, 10, (int64_t)f->n);
	rc |= sqlite3_bind_int64(st, 11, (int64_t)f->n_realised);
	rc |= sqlite3_bind_int64(st, 12, f->realised);
	rc |= sqlite3_bind_int64(st, 13, f->budget_realised);
	rc |= sqlite3_bind_int64(st, 14, (int64_t)f->n_forecast);
	rc |= sqlite3_bind_int64(st, 15, f->forecast);
	rc |= sqlite3_bind_int64(st, 16, f->year_budget_forecast);
	return rc == SQLITE_OK && rs_step_done(db, st);
}

/* Indicator metadata; 0 when it does not exist or on error. */
static int
rs_meta(struct db *db, int64_t id, struct rollup_ind *ind)
{
	sqlite3_stmt	*st;
	int		 ok = 0;

	memset(ind, 0, sizeof(*ind));
	if ((st = db_stmt(db, rs_sql_meta)) == NULL ||
	    sqlite3_bind_int64(st, 1, id) != SQLITE_OK)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW) {
		ind->id = id;
		rollup_store_ind_rule(ind,
		    (const char *)sqlite3_column_text(st, 0),
		    (const char *)sqlite3_column_text(st, 1),
		    (const char *)sqlite3_column_text(st, 2),
		    sqlite3_column_int(st, 3), sqlite3_column_int(st, 4),
		    sqlite3_column_int(st, 5), sqlite3_column_int(st, 6));
		ind->performance_id = sqlite3_column_int64(st, 7);
		ind->effect_id = sqlite3_column_int64(st, 8);
		ind->programme_id = sqlite3_column_int64(st, 9);
		ind->year = sqlite3_column_int(st, 10);
		ind->owner_id = sqlite3_column_int64(st, 11);
		ok = 1;
	}
	sqlite3_reset(st);
	return ok;
}

/* Fill a rollup_input from columns value, num, den, weight at col.. */
static void
rs_input(sqlite3_stmt *st, int col, int quarter, struct rollup_input *in)
{
	memset(in, 0, sizeof(*in));
	in->period_index = quarter;
	if (sqlite3_column_type(st, col) != SQLITE_NULL) {
		in->has_value = 1;
		in->value = sqlite3_column_int64(st, col);
	}
	if (sqlite3_column_type(st, col + 1) != SQLITE_NULL &&
	    sqlite3_column_type(st, col + 2) != SQLITE_NULL) {
		in->has_ratio = 1;
		in->numerator = sqlite3_column_int64(st, col + 1);
		in->denominator = sqlite3_column_int64(st, col + 2);
	}
	if (sqlite3_column_type(st, col + 3) != SQLITE_NULL)
		in->weight = sqlite3_column_int64(st, col + 3);
}

/* Status -> signed moves of the three counts, for rs_sql_count_move. */
static void
rs_move(enum status s, int64_t d, int64_t mv[3])
{
	if (s >= STATUS_ON_TRACK && s <= STATUS_OFF_TRACK)
		mv[s - STATUS_ON_TRACK] += d;
}

static int
rs_status_counts(struct db *db, const char *sql, int64_t id,
    int64_t period_id, struct status_counts *c)
{
	sqlite3_stmt	*st;
	int		 rc, s;

	memset(c, 0, sizeof(*c));
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, id);
	rc |= sqlite3_bind_int64(st, 2, period_id);
	if (rc != SQLITE_OK)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		s = sqlite3_column_int(st, 0);
		if (s > STATUS_NO_DATA && s < STATUS__MAX)
			c->n[s] += (size_t)sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE;
}

static int
rs_int_query(struct db *db, const char *sql, int64_t a, int64_t b,
    int64_t *out)
{
	sqlite3_stmt	*st;
	int		 rc;

	*out = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, a);
	if (sqlite3_bind_parameter_count(st) > 1)
		rc |= sqlite3_bind_int64(st, 2, b);
	if (rc != SQLITE_OK)
		return 0;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

static int rs_finance_node(struct db *, int, int64_t, int64_t);

/*
 * Make sure the node row exists.  A node the last rebuild did not know
 * (created since) gets its counts from scratch; its finance follows.
 */
static int
rs_node_ensure(struct db *db, int kind, int64_t node_id, int64_t period_id,
    int year)
{
	static const struct finance	 nofin;
	struct status_counts		 c, crep;
	sqlite3_stmt			*st;
	int64_t				 n, nrep;
	int				 have, s;
	int				 ok;

	if ((st = db_stmt(db, rs_sql_node_exists)) == NULL ||
	    sqlite3_bind_int(st, 1, kind) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, node_id) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 3, period_id) != SQLITE_OK)
		return 0;
	have = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	if (have)
		return 1;
	switch (kind) {
	case ROLLUP_PROGRAMME:
		ok = rs_int_query(db, rs_sql_count_programme, node_id, 0, &n) &&
		    rs_status_counts(db, rs_sql_status_programme, node_id,
		    period_id, &c);
		break;
	case ROLLUP_EFFECT:
		ok = rs_int_query(db, rs_sql_count_effect, node_id, 0, &n) &&
		    rs_status_counts(db, rs_sql_status_effect, node_id,
		    period_id, &c);
		break;
	default:
		ok = rs_int_query(db, rs_sql_count_unit, node_id, year, &n) &&
		    rs_status_counts(db, rs_sql_status_unit, node_id,
		    period_id, &c) &&
		    rs_int_query(db, rs_sql_count_unit_rep, node_id, period_id,
		    &nrep) &&
		    rs_status_counts(db, rs_sql_status_unit_rep, node_id,
		    period_id, &crep);
		if (ok) {
			n += nrep;
			for (s = 0; s < STATUS__MAX; s++)
				c.n[s] += crep.n[s];
		}
		break;
	}
	if (!ok || !rollup_store_node_put(db, kind, node_id, period_id, n, &c,
	    &nofin))
		return 0;
	return rs_finance_node(db, kind, node_id, period_id);
}

/* Move the counts of one node from old to now (the row exists). */
static int
rs_count_move(struct db *db, int kind, int64_t node_id, int64_t period_id,
    int year, enum status old, enum status now)
{
	sqlite3_stmt	*st;
	int64_t		 mv[3] = { 0, 0, 0 };
	int		 rc;

	if (!rs_node_ensure(db, kind, node_id, period_id, year))
		return 0;
	rs_move(old, -1, mv);
	rs_move(now, 1, mv);
	if ((st = db_stmt(db, rs_sql_count_move)) == NULL)
		return 0;
	rc = sqlite3_bind_int(st, 1, kind);
	rc |= sqlite3_bind_int64(st, 2, node_id);
	rc |= sqlite3_bind_int64(st, 3, period_id);
	rc |= sqlite3_bind_int64(st, 4, mv[0]);
	rc |= sqlite3_bind_int64(st, 5, mv[1]);
	rc |= sqlite3_bind_int64(st, 6, mv[2]);
	return rc == SQLITE_OK && rs_step_done(db, st);
}

/* The ancestors of unit, itself first; *n of them (at most max). */
static int
rs_ancestors(struct db *db, int64_t unit, int64_t *v, size_t max, size_t *n)
{
	sqlite3_stmt	*st;
	int		 rc;

	*n = 0;
	if ((st = db_stmt(db, rs_sql_ancestors)) == NULL ||
	    sqlite3_bind_int64(st, 1, unit) != SQLITE_OK)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (*n < max)
			v[(*n)++] = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_DONE;
}

/*
 * The indicator's rule and place (ind->id 0: no such indicator), the
 * periods of its year's quarters (pids[q], 0 where missing), and its
 * figures and targets of that year (at most ROLLUP_STORE_MAXFIG each).
 * Returns 1, or 0 (logged).
 */
int
rollup_store_ind_load(struct db *db, int64_t indicator_id,
    struct rollup_ind *ind, int64_t pids[5], struct rollup_fig *f,
    size_t *nf, struct rollup_tgt *t, size_t *nt)
{
	sqlite3_stmt	*st;
	int		 q, rc;

	*nf = *nt = 0;
	memset(pids, 0, 5 * sizeof(*pids));
	if (!rs_meta(db, indicator_id, ind)) {
		memset(ind, 0, sizeof(*ind));
		return 1;
	}
	if ((st = db_stmt(db, rs_sql_periods_of_year)) == NULL ||
	    sqlite3_bind_int(st, 1, ind->year) != SQLITE_OK)
		return 0;
	while (sqlite3_step(st) == SQLITE_ROW)
		if ((q = sqlite3_column_int(st, 1)) >= 1 && q <= 4)
			pids[q] = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if ((st = db_stmt(db, rs_sql_figures)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, indicator_id);
	rc |= sqlite3_bind_int(st, 2, ind->year);
	if (rc != SQLITE_OK)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && *nf < RS_MAXFIG) {
		f[*nf].unit = sqlite3_column_int64(st, 0);
		rs_input(st, 2, sqlite3_column_int(st, 1), &f[*nf].in);
		(*nf)++;
	}
	sqlite3_reset(st);
	if (rc == SQLITE_ROW) {
		log_err("rollup: indicator %lld has more than %d figures",
		    (long long)indicator_id, RS_MAXFIG);
		return 0;
	}
	if ((st = db_stmt(db, rs_sql_targets)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, indicator_id);
	rc |= sqlite3_bind_int(st, 2, ind->year);
	if (rc != SQLITE_OK)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && *nt < RS_MAXFIG) {
		t[*nt].unit = sqlite3_column_int64(st, 0);
		t[*nt].quarter = sqlite3_column_int(st, 1);
		t[*nt].value = sqlite3_column_int64(st, 2);
		(*nt)++;
	}
	sqlite3_reset(st);
	if (rc == SQLITE_ROW) {
		log_err("rollup: indicator %lld has more than %d targets",
		    (long long)indicator_id, RS_MAXFIG);
		return 0;
	}
	return 1;
}

/*
 * The units that report ind without owning it (rollup_unit_rep.c): write
 * their rows and move their counts.  Each node is made sure of before its
 * row changes, as a node made from scratch reads the stored rows.
 */
static int
rs_reported(struct db *db, const struct rollup_ind *ind, const int64_t pids[5],
    const struct rollup_fig *f, size_t nf, const struct rollup_tgt *t,
    size_t nt)
{
	struct rollup_rep_move	*mv = NULL;
	sqlite3_stmt		*st;
	size_t			 n = 0, i;
	int			 ok = 0, rc, d;

	if (!rollup_unit_rep_diff(db, NULL, ind, pids, f, nf, t, nt, &mv, &n))
		return 0;
	for (i = 0; i < n; i++)
		if (!rs_node_ensure(db, ROLLUP_UNIT, mv[i].unit_id,
		    mv[i].period_id, ind->year))
			goto out;
	if (!rollup_unit_rep_write(db, ind->id, mv, n))
		goto out;
	for (i = 0; i < n; i++) {
		if (!rs_count_move(db, ROLLUP_UNIT, mv[i].unit_id,
		    mv[i].period_id, ind->year, mv[i].old < 0 ? STATUS_NO_DATA :
		    (enum status)mv[i].old, mv[i].now < 0 ? STATUS_NO_DATA :
		    (enum status)mv[i].now))
			goto out;
		d = (mv[i].now >= 0) - (mv[i].old >= 0);
		if (d == 0)
			continue;
		if ((st = db_stmt(db, rs_sql_nind_move)) == NULL)
			goto out;
		rc = sqlite3_bind_int64(st, 1, mv[i].unit_id);
		rc |= sqlite3_bind_int64(st, 2, mv[i].period_id);
		rc |= sqlite3_bind_int(st, 3, d);
		if (rc != SQLITE_OK || !rs_step_done(db, st))
			goto out;
	}
	ok = 1;
out:
	free(mv);
	return ok;
}

/*
 * A figure of indicator_id by org_unit_id in period_id was written,
 * changed or removed.  Returns 1, or 0 (logged) when the caller must roll
 * back.
 */
int
rollup_store_figure_changed(struct db *db, int64_t indicator_id,
    int64_t org_unit_id, int64_t period_id)
{
	struct rollup_ind	 ind;
	struct rollup_fig	*f = NULL;
	struct rollup_tgt	*t = NULL;
	struct rollup_input	*scratch = NULL;
	struct rollup_row	 row;
	sqlite3_stmt		*st;
	int64_t			 pids[5], anc[64];
	size_t			 nf = 0, nt = 0, na, i;
	int			 year, quarter = 0, q, last, rc, ok = 0;
	enum status		 old;

	(void)org_unit_id;	/* every unit of the indicator is reread */
	if (!rollup_approval_figure_changed(db, indicator_id, period_id))
		return 0;
	if ((f = calloc(RS_MAXFIG, sizeof(*f))) == NULL ||
	    (t = calloc(RS_MAXFIG, sizeof(*t))) == NULL ||
	    (scratch = calloc(RS_MAXFIG, sizeof(*scratch))) == NULL)
		goto out;
	if (!rollup_store_ind_load(db, indicator_id, &ind, pids, f, &nf, t,
	    &nt))
		goto out;
	if (ind.id == 0) {
		ok = 1;		/* removed indicator: nothing to keep */
		goto out;
	}
	year = ind.year;
	for (q = 1; q <= 4; q++)
		if (pids[q] == period_id)
			quarter = q;
	if (quarter == 0) {
		ok = 1;		/* not a quarter of the indicator's year */
		goto out;
	}
	if (!rs_ancestors(db, ind.owner_id, anc, 64, &na))
		goto out;
	last = ind.rule.cumulative ? 4 : quarter;
	for (q = quarter; q <= last; q++) {
		if (pids[q] == 0)
			continue;
		if (!rollup_calc(&ind, f, nf, t, nt, q, scratch, &row)) {
			log_err("rollup: indicator %lld: out of range",
			    (long long)indicator_id);
			goto out;
		}
		old = STATUS_NO_DATA;
		if ((st = db_stmt(db, rs_sql_old_status)) == NULL)
			goto out;
		rc = sqlite3_bind_int64(st, 1, indicator_id);
		rc |= sqlite3_bind_int64(st, 2, pids[q]);
		if (rc != SQLITE_OK)
			goto out;
		if (sqlite3_step(st) == SQLITE_ROW)
			old = (enum status)sqlite3_column_int(st, 0);
		sqlite3_reset(st);
		if (!rollup_store_row_put(db, &ind, pids[q], &row))
			goto out;
		if (old == row.status)
			continue;
		if (!rs_count_move(db, ROLLUP_EFFECT, ind.effect_id, pids[q],
		    year, old, row.status) ||
		    !rs_count_move(db, ROLLUP_PROGRAMME, ind.programme_id,
		    pids[q], year, old, row.status))
			goto out;
		for (i = 0; i < na; i++)
			if (!rs_count_move(db, ROLLUP_UNIT, anc[i], pids[q],
			    year, old, row.status))
				goto out;
	}
	if (!rs_reported(db, &ind, pids, f, nf, t, nt))
		goto out;
	ok = rollup_store_touch(db);
out:
	free(f);
	free(t);
	free(scratch);
	return ok;
}

/* Add the finance parts (budget, year budget, realised, forecast) of st. */
static int
rs_fin_parts(struct db *db, const char *sql, int64_t id, int64_t period_id,
    struct finance *tot)
{
	sqlite3_stmt	*st;
	struct finance	 part;
	int		 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, id);
	rc |= sqlite3_bind_int64(st, 2, period_id);
	if (rc != SQLITE_OK)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		part = rollup_finance_part(sqlite3_column_int64(st, 0),
		    sqlite3_column_int64(st, 1),
		    sqlite3_column_type(st, 2) != SQLITE_NULL,
		    sqlite3_column_int64(st, 2),
		    sqlite3_column_type(st, 3) != SQLITE_NULL,
		    sqlite3_column_int64(st, 3));
		if (rollup_finance_add(tot, &part) != ROLLUP_OK)
			break;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE;
}

/* Add children's totals (rollup_node finance columns) of st. */
static int
rs_fin_children(struct db *db, const char *sql, int64_t id,
    int64_t period_id, struct finance *tot)
{
	sqlite3_stmt	*st;
	struct finance	 c;
	int		 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, id);
	rc |= sqlite3_bind_int64(st, 2, period_id);
	if (rc != SQLITE_OK)
		return 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&c, 0, sizeof(c));
		c.budget = sqlite3_column_int64(st, 0);
		c.year_budget = sqlite3_column_int64(st, 1);
		c.n = (size_t)sqlite3_column_int64(st, 2);
		c.n_realised = (size_t)sqlite3_column_int64(st, 3);
		c.has_realised = c.n_realised > 0;
		c.realised = sqlite3_column_int64(st, 4);
		c.budget_realised = sqlite3_column_int64(st, 5);
		c.n_forecast = (size_t)sqlite3_column_int64(st, 6);
		c.has_forecast = c.n_forecast > 0;
		c.forecast = sqlite3_column_int64(st, 7);
		c.year_budget_forecast = sqlite3_column_int64(st, 8);
		if (rollup_finance_add(tot, &c) != ROLLUP_OK)
			break;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE;
}

/* Recompute the finance of one node from its parts and children. */
static int
rs_finance_node(struct db *db, int kind, int64_t node_id, int64_t period_id)
{
	sqlite3_stmt	*st;
	struct finance	 f;
	int		 ok, rc;

	memset(&f, 0, sizeof(f));
	switch (kind) {
	case ROLLUP_EFFECT:
		ok = rs_fin_parts(db, rs_sql_fin_effect, node_id, period_id, &f);
		break;
	case ROLLUP_PROGRAMME:
		ok = rs_fin_children(db, rs_sql_fin_programme_children, node_id,
		    period_id, &f);
		break;
	default:
		ok = rs_fin_parts(db, rs_sql_fin_unit_own, node_id, period_id,
		    &f) && rs_fin_children(db, rs_sql_fin_unit_children,
		    node_id, period_id, &f);
		break;
	}
	if (!ok || (st = db_stmt(db, rs_sql_node_fin_put)) == NULL)
		return 0;
	rc = sqlite3_bind_int(st, 1, kind);
	rc |= sqlite3_bind_int64(st, 2, node_id);
	rc |= sqlite3_bind_int64(st, 3, period_id);
	rc |= sqlite3_bind_int64(st, 4, f.budget);
	rc |= sqlite3_bind_int64(st, 5, f.year_budget);
	rc |= sqlite3_bind_int64(st, 6, (int64_t)f.n);
	rc |= sqlite3_bind_int64(st, 7, (int64_t)f.n_realised);
	rc |= sqlite3_bind_int64(st, 8, f.realised);
	rc |= sqlite3_bind_int64(st, 9, f.budget_realised);
	rc |= sqlite3_bind_int64(st, 10, (int64_t)f.n_forecast);
	rc |= sqlite3_bind_int64(st, 11, f.forecast);
	rc |= sqlite3_bind_int64(st, 12, f.year_budget_forecast);
	return rc == SQLITE_OK && rs_step_done(db, st);
}

/*
 * The cost row of performance_id in period_id was written, changed or
 * removed.  Returns 1, or 0 (logged) when the caller must roll back.
 */
int
rollup_store_cost_changed(struct db *db, int64_t performance_id,
    int64_t period_id)
{
	sqlite3_stmt	*st;
	int64_t		 effect = 0, programme = 0, owner = 0, anc[64];
	size_t		 na, i;
	int		 year = 0;

	if ((st = db_stmt(db, rs_sql_perf_meta)) == NULL ||
	    sqlite3_bind_int64(st, 1, performance_id) != SQLITE_OK)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW) {
		effect = sqlite3_column_int64(st, 0);
		programme = sqlite3_column_int64(st, 1);
		owner = sqlite3_column_int64(st, 2);
	}
	sqlite3_reset(st);
	if (effect == 0)
		return 1;
	if ((st = db_stmt(db, rs_sql_period)) == NULL ||
	    sqlite3_bind_int64(st, 1, period_id) != SQLITE_OK)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		year = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	if (!rs_node_ensure(db, ROLLUP_EFFECT, effect, period_id, year) ||
	    !rs_finance_node(db, ROLLUP_EFFECT, effect, period_id) ||
	    !rs_node_ensure(db, ROLLUP_PROGRAMME, programme, period_id, year) ||
	    !rs_finance_node(db, ROLLUP_PROGRAMME, programme, period_id) ||
	    !rs_ancestors(db, owner, anc, 64, &na))
		return 0;
	/* Bottom up: each unit adds its children's fresh totals. */
	for (i = 0; i < na; i++)
		if (!rs_node_ensure(db, ROLLUP_UNIT, anc[i], period_id, year) ||
		    !rs_finance_node(db, ROLLUP_UNIT, anc[i], period_id))
			return 0;
	return rollup_store_touch(db);
}

/*
 * Move the data generation (migrations/0003-data-generation.sql) forward,
 * in the caller's transaction: every cached dashboard page built before is
 * stale.  Returns 1, or 0 (logged) when the caller must roll back.
 */
int
rollup_store_touch(struct db *db)
{
	sqlite3_stmt	*st;

	if ((st = db_stmt(db, rs_sql_touch)) == NULL)
		return 0;
	return rs_step_done(db, st);
}
