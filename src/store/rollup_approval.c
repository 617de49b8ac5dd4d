/*
 * rollup_approval.c: the count of unapproved figures behind every
 * rolled-up number (migrations/0007-rollup-approval.sql).
 *
 * One statement body (RA_INSERT) recomputes the rows under two filters: a
 * figure write refreshes its indicator's year, a submission move the
 * indicators its unit reported in that year.  `koers rollup rebuild`
 * counts the same rows in C in its per-indicator chunks
 * (src/store/rebuild/rollup_store_rb_approval.c) and writes here only the
 * rows that differ (rollup_approval_put, rollup_approval_delete).
 * tests/unit/test_rollup_approval.c checks that the hooks, the rebuild and
 * a recount of its own agree.
 */
#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

#include "db.h"
#include "log.h"
#include "rollup_approval.h"
#include "rollup_store.h"

/*
 * The body of every recomputation; each caller adds its filter on i (the
 * indicator) and p (the period of the row), as a literal WHERE clause so
 * that the planner uses the indexes (a "?1 IS NULL OR" filter would scan
 * every figure on every save).
 */
#define RA_INSERT(where) \
	"INSERT INTO rollup_approval(indicator_id, period_id, n_figures, " \
	"n_unapproved) " \
	"SELECT i.id, p.id, count(*), " \
	"sum(coalesce(s.state, 'draft') <> 'approved') " \
	"FROM period p JOIN indicator i " \
	"JOIN period pf ON pf.year = p.year AND (pf.id = p.id OR " \
	"(i.cumulative = 1 AND pf.quarter < p.quarter)) " \
	"JOIN figure f ON f.indicator_id = i.id AND f.period_id = pf.id " \
	"LEFT JOIN submission s ON s.org_unit_id = f.org_unit_id " \
	"AND s.period_id = f.period_id " \
	"WHERE " where " GROUP BY i.id, p.id HAVING max(pf.id = p.id)"

/* ?1 indicator, ?2 year: after a figure write. */
#define RA_BY_INDICATOR	"i.id = ?1 AND p.year = ?2"
/* ?2 year, ?3 unit: after a submission move. */
#define RA_BY_UNIT \
	"p.year = ?2 AND i.id IN (SELECT g.indicator_id FROM figure g " \
	"JOIN period gp ON gp.id = g.period_id " \
	"WHERE g.org_unit_id = ?3 AND gp.year = ?2)"

static const char ra_sql_delete_indicator[] =
	"DELETE FROM rollup_approval WHERE indicator_id = ?1 AND period_id IN "
	"(SELECT id FROM period WHERE year = ?2)";
static const char ra_sql_delete_unit[] =
	"DELETE FROM rollup_approval WHERE period_id IN (SELECT id FROM period "
	"WHERE year = ?2) AND indicator_id IN (SELECT g.indicator_id FROM "
	"figure g JOIN period gp ON gp.id = g.period_id WHERE "
	"g.org_unit_id = ?3 AND gp.year = ?2)";
static const char ra_sql_insert_indicator[] = RA_INSERT(RA_BY_INDICATOR);
static const char ra_sql_insert_unit[] = RA_INSERT(RA_BY_UNIT);
static const char ra_sql_put[] =
	"INSERT INTO rollup_approval(indicator_id, period_id, n_figures, "
	"n_unapproved) VALUES (?1, ?2, ?3, ?4) "
	"ON CONFLICT(period_id, indicator_id) DO UPDATE SET "
	"n_figures = excluded.n_figures, n_unapproved = excluded.n_unapproved";
static const char ra_sql_delete_row[] =
	"DELETE FROM rollup_approval WHERE period_id = ?2 AND indicator_id = ?1";
static const char ra_sql_year[] =
	"SELECT year FROM period WHERE id = ?1";

/* Programme, effect, unit (and its descendants), or the whole period. */
static const char ra_sql_get_all[] =
	"SELECT coalesce(sum(n_figures), 0), coalesce(sum(n_unapproved), 0) "
	"FROM rollup_approval WHERE period_id = ?2 AND (?1 IS NULL OR 1)";
static const char ra_sql_get_programme[] =
	"SELECT coalesce(sum(a.n_figures), 0), "
	"coalesce(sum(a.n_unapproved), 0) FROM rollup_approval a "
	"JOIN indicator i ON i.id = a.indicator_id "
	"LEFT JOIN performance pf ON pf.id = i.performance_id "
	"JOIN effect e ON e.id = coalesce(i.effect_id, pf.effect_id) "
	"WHERE a.period_id = ?2 AND e.programme_id = ?1";
static const char ra_sql_get_effect[] =
	"SELECT coalesce(sum(a.n_figures), 0), "
	"coalesce(sum(a.n_unapproved), 0) FROM rollup_approval a "
	"JOIN indicator i ON i.id = a.indicator_id "
	"LEFT JOIN performance pf ON pf.id = i.performance_id "
	"WHERE a.period_id = ?2 AND coalesce(i.effect_id, pf.effect_id) = ?1";
/*
 * A unit counts what its scorecard counts: the indicators it and the units
 * below it answer for (integraal management), with all their figures; and
 * every other indicator a unit of its subtree reports in the period, with
 * just the subtree's own figures (of the period, and of the earlier
 * quarters of the year for a cumulative indicator), as the scorecard
 * judges those on the subtree's own figures.
 */
static const char ra_sql_get_unit[] =
	"WITH sub(u) AS (SELECT descendant_id FROM org_unit_tree "
	"WHERE ancestor_id = ?1), "
	"own(id) AS (SELECT i.id FROM indicator i "
	"LEFT JOIN performance pf ON pf.id = i.performance_id "
	"JOIN effect e ON e.id = coalesce(i.effect_id, pf.effect_id) "
	"JOIN programme g ON g.id = e.programme_id "
	"WHERE (CASE WHEN i.performance_id IS NULL "
	"THEN g.directie_id ELSE pf.org_unit_id END) IN (SELECT u FROM sub)) "
	"SELECT coalesce(sum(nf), 0), coalesce(sum(nu), 0) FROM ("
	"SELECT a.n_figures nf, a.n_unapproved nu FROM rollup_approval a "
	"WHERE a.period_id = ?2 AND a.indicator_id IN (SELECT id FROM own) "
	"UNION ALL "
	"SELECT 1, coalesce(s.state, 'draft') <> 'approved' FROM period p "
	"JOIN figure r ON r.period_id = p.id "
	"AND r.org_unit_id IN (SELECT u FROM sub) "
	"JOIN indicator i ON i.id = r.indicator_id "
	"JOIN period pf ON pf.year = p.year AND (pf.id = p.id OR "
	"(i.cumulative = 1 AND pf.quarter < p.quarter)) "
	"JOIN figure f ON f.indicator_id = i.id "
	"AND f.org_unit_id = r.org_unit_id AND f.period_id = pf.id "
	"LEFT JOIN submission s ON s.org_unit_id = f.org_unit_id "
	"AND s.period_id = f.period_id "
	"WHERE p.id = ?2 AND i.id NOT IN (SELECT id FROM own))";
static const char ra_sql_get_indicator[] =
	"SELECT n_figures, n_unapproved FROM rollup_approval "
	"WHERE indicator_id = ?1 AND period_id = ?2";

/*
 * Recompute the rows of indicator_id in year (indicator_id set), or of the
 * indicators unit reported in year (unit set).  1, or 0.
 */
static int
ra_refresh(struct db *db, int64_t indicator_id, int64_t year, int64_t unit)
{
	const char	*sql[2];
	sqlite3_stmt	*st;
	size_t		 i;
	int		 rc;

	if (indicator_id != 0) {
		sql[0] = ra_sql_delete_indicator;
		sql[1] = ra_sql_insert_indicator;
	} else {
		/* The delete reads the unit's figures, which the insert
		 * reads again: both see the same set. */
		sql[0] = ra_sql_delete_unit;
		sql[1] = ra_sql_insert_unit;
	}
	for (i = 0; i < 2; i++) {
		if ((st = db_stmt(db, sql[i])) == NULL)
			return 0;
		rc = SQLITE_OK;
		if (sqlite3_bind_parameter_count(st) >= 1)
			rc |= sqlite3_bind_int64(st, 1, indicator_id);
		if (sqlite3_bind_parameter_count(st) >= 2)
			rc |= sqlite3_bind_int64(st, 2, year);
		if (sqlite3_bind_parameter_count(st) >= 3)
			rc |= sqlite3_bind_int64(st, 3, unit);
		if (rc != SQLITE_OK) {
			sqlite3_reset(st);
			return 0;
		}
		rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE) {
			log_err("rollup_approval: %s", db_errmsg(db));
			return 0;
		}
	}
	return 1;
}

/* The year of period_id into *year (0 when there is none).  1, or 0. */
static int
ra_year(struct db *db, int64_t period_id, int64_t *year)
{
	sqlite3_stmt	*st;
	int		 rc;

	*year = 0;
	if ((st = db_stmt(db, ra_sql_year)) == NULL ||
	    sqlite3_bind_int64(st, 1, period_id) != SQLITE_OK)
		return 0;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		*year = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

/*
 * A figure of indicator_id in period_id was written or removed: its
 * indicator's rows of that year (later quarters of a cumulative one
 * included).  Returns 1, or 0.
 */
int
rollup_approval_figure_changed(struct db *db, int64_t indicator_id,
    int64_t period_id)
{
	int64_t	year;

	if (!ra_year(db, period_id, &year))
		return 0;
	if (year == 0 || indicator_id == 0)
		return 1;
	return ra_refresh(db, indicator_id, year, 0);
}

/*
 * The submission of org_unit_id for period_id moved: the rows of every
 * indicator the unit reported in that year.  Returns 1, or 0.
 */
int
rollup_approval_submission_changed(struct db *db, int64_t org_unit_id,
    int64_t period_id)
{
	int64_t	year;

	if (!ra_year(db, period_id, &year))
		return 0;
	if (year == 0 || org_unit_id == 0)
		return 1;
	if (!ra_refresh(db, 0, year, org_unit_id))
		return 0;
	return rollup_store_touch(db);
}

/*
 * Write the row of indicator_id in period_id with n_figures figures, of
 * which n_unapproved not approved (the rebuild, for a row that differs).
 * Returns 1, or 0 (logged).
 */
int
rollup_approval_put(struct db *db, int64_t indicator_id, int64_t period_id,
    int64_t n_figures, int64_t n_unapproved)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((st = db_stmt(db, ra_sql_put)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, indicator_id);
	rc |= sqlite3_bind_int64(st, 2, period_id);
	rc |= sqlite3_bind_int64(st, 3, n_figures);
	rc |= sqlite3_bind_int64(st, 4, n_unapproved);
	if (rc == SQLITE_OK)
		rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		log_err("rollup_approval: %s", db_errmsg(db));
	return rc == SQLITE_DONE;
}

/* Remove the row of indicator_id in period_id.  Returns 1, or 0 (logged). */
int
rollup_approval_delete(struct db *db, int64_t indicator_id, int64_t period_id)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((st = db_stmt(db, ra_sql_delete_row)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, indicator_id);
	rc |= sqlite3_bind_int64(st, 2, period_id);
	if (rc == SQLITE_OK)
		rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		log_err("rollup_approval: %s", db_errmsg(db));
	return rc == SQLITE_DONE;
}

static int
ra_read(struct db *db, const char *sql, int64_t a, int64_t b,
    struct approval *out)
{
	sqlite3_stmt	*st;
	int		 rc;

	out->n_figures = out->n_unapproved = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	if (sqlite3_bind_int64(st, 1, a) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, b) != SQLITE_OK) {
		sqlite3_reset(st);
		return 0;
	}
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->n_figures = sqlite3_column_int64(st, 0);
		out->n_unapproved = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

/*
 * The figures behind the numbers of node (kind ROLLUP_PROGRAMME,
 * ROLLUP_EFFECT, ROLLUP_UNIT, or APPROVAL_ALL for the whole gemeente) in
 * period_id, and how many are not approved, into *out.  Returns 1, or 0.
 */
int
rollup_approval_get(struct db *db, int kind, int64_t node_id,
    int64_t period_id, struct approval *out)
{
	const char	*sql;

	switch (kind) {
	case ROLLUP_PROGRAMME:
		sql = ra_sql_get_programme;
		break;
	case ROLLUP_EFFECT:
		sql = ra_sql_get_effect;
		break;
	case ROLLUP_UNIT:
		sql = ra_sql_get_unit;
		break;
	default:
		sql = ra_sql_get_all;
		break;
	}
	return ra_read(db, sql, node_id, period_id, out);
}

/* The same for one indicator in one period.  Returns 1, or 0. */
int
rollup_approval_indicator(struct db *db, int64_t indicator_id,
    int64_t period_id, struct approval *out)
{
	return ra_read(db, ra_sql_get_indicator, indicator_id, period_id,
	    out);
}
