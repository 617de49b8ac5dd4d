/*
 * test_demo.c: the demo municipality has the shape the demo journeys and
 * the load tests rely on, is internally consistent, and is deterministic.
 * Every test builds its own temporary database from migrations/.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "db.h"
#include "demo.h"
#include "log.h"
#include "migrate.h"
#include "pw.h"
#include "role.h"

struct demo_test {
	struct db	*db;
	char		 path[64];
};

/* A fresh, migrated, empty database in /tmp. */
static int
demo_test_open(struct demo_test *t)
{
	int fd;

	snprintf(t->path, sizeof(t->path), "/tmp/koers-test-demo-XXXXXX");
	if ((fd = mkstemp(t->path)) == -1)
		return 0;
	close(fd);
	if ((t->db = db_open(t->path, 0)) == NULL)
		return 0;
	return migrate_all(t->db);
}

static void
demo_test_close(struct demo_test *t)
{
	char wal[80];

	db_close(t->db);
	t->db = NULL;
	unlink(t->path);
	snprintf(wal, sizeof(wal), "%s-wal", t->path);
	unlink(wal);
	snprintf(wal, sizeof(wal), "%s-shm", t->path);
	unlink(wal);
}

/* Setup: a database filled with the demo at scale 1. */
static int
demo_test_setup(void **state)
{
	struct demo_test *t;

	log_quiet(1);
	if ((t = calloc(1, sizeof(*t))) == NULL)
		return -1;
	*state = t;
	if (!demo_test_open(t) || !demo_create(t->db, 1))
		return -1;
	return 0;
}

static int
demo_test_teardown(void **state)
{
	struct demo_test *t = *state;

	if (t != NULL) {
		demo_test_close(t);
		free(t);
	}
	return 0;
}

/* The first column of the first row of sql as an integer; fails the test on error. */
static int64_t
demo_test_int(struct db *db, const char *sql)
{
	sqlite3_stmt	*st;
	int64_t		 v;

	assert_int_equal(sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* The first column of the first row of sql as a malloc'd string. */
static char *
demo_test_text(struct db *db, const char *sql)
{
	sqlite3_stmt	*st;
	char		*s;

	assert_int_equal(sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	s = strdup(sqlite3_column_text(st, 0) ?
	    (const char *)sqlite3_column_text(st, 0) : "");
	assert_non_null(s);
	sqlite3_finalize(st);
	return s;
}

static void
demo_organisation_has_three_directies_and_realistic_afdelingen(void **state)
{
	struct demo_test	*t = *state;
	char			*name;

	name = demo_test_text(t->db,
	    "SELECT name FROM org_unit WHERE kind = 'gemeente' AND code = 'GEM'");
	assert_string_equal(name, "Gemeente Zoetermeer");
	free(name);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM org_unit WHERE kind = 'gemeente'"), 1);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM org_unit WHERE kind = 'directie'"), 3);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM org_unit WHERE kind = 'directie' "
	    "AND name = 'Bedrijfsvoering'"), 1);
	assert_in_range(demo_test_int(t->db,
	    "SELECT count(*) FROM org_unit WHERE kind = 'afdeling'"), 10, 14);
	/* Teams only under afdelingen, and at least three afdelingen have them. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM org_unit u JOIN org_unit p ON p.id = u.parent_id "
	    "WHERE u.kind = 'team' AND p.kind <> 'afdeling'"), 0);
	assert_true(demo_test_int(t->db,
	    "SELECT count(DISTINCT parent_id) FROM org_unit WHERE kind = 'team'")
	    >= 3);
	/* The closure table reaches every unit from the gemeente. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM org_unit_tree t JOIN org_unit g "
	    "ON g.id = t.ancestor_id WHERE g.code = 'GEM'"),
	    demo_test_int(t->db, "SELECT count(*) FROM org_unit"));
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM org_unit WHERE manager_name = ''"), 0);
}

static void
demo_years_and_periods_have_their_states(void **state)
{
	struct demo_test	*t = *state;
	char			*s;

	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM budget_year WHERE year BETWEEN 2012 AND 2017"),
	    6);
	assert_int_equal(demo_test_int(t->db, "SELECT count(*) FROM period"),
	    24);
	s = demo_test_text(t->db,
	    "SELECT state || ' ' || deadline FROM period "
	    "WHERE year = 2014 AND quarter = 3");
	assert_string_equal(s, "open 2014-10-15");
	free(s);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM period WHERE state = 'open'"), 1);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM period WHERE year * 4 + quarter < 2014 * 4 + 3 "
	    "AND state <> 'closed'"), 0);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM period WHERE year * 4 + quarter > 2014 * 4 + 3 "
	    "AND state <> 'planned'"), 0);
	s = demo_test_text(t->db,
	    "SELECT deadline FROM period WHERE year = 2013 AND quarter = 4");
	assert_string_equal(s, "2014-01-15");
	free(s);
}

static void
demo_programmes_follow_the_ambitions_every_year(void **state)
{
	struct demo_test *t = *state;

	/* The same 10-12 programmes in every budget year. */
	assert_in_range(demo_test_int(t->db,
	    "SELECT count(*) FROM programme WHERE year = 2014"), 10, 12);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(DISTINCT n) FROM (SELECT year, count(*) n "
	    "FROM programme GROUP BY year)"), 1);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM programme p JOIN org_unit u "
	    "ON u.id = p.directie_id WHERE u.kind <> 'directie' "
	    "OR p.portfolio_holder = '' OR p.ambition = ''"), 0);
	/* Every programme has 2-4 effects... */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM programme p WHERE (SELECT count(*) FROM effect "
	    "e WHERE e.programme_id = p.id) NOT BETWEEN 2 AND 4"), 0);
	/* ...each with effect indicators and performances. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM effect e WHERE NOT EXISTS (SELECT 1 FROM "
	    "indicator i WHERE i.effect_id = e.id) OR NOT EXISTS (SELECT 1 "
	    "FROM performance p WHERE p.effect_id = e.id)"), 0);
	assert_true(demo_test_int(t->db,
	    "SELECT count(*) FROM indicator WHERE is_policy = 1 "
	    "AND source LIKE '%waarstaatjegemeente.nl%'") > 0);
}

static void
demo_every_performance_has_an_owner_budget_and_indicators(void **state)
{
	struct demo_test *t = *state;

	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM performance p LEFT JOIN org_unit u "
	    "ON u.id = p.org_unit_id WHERE u.id IS NULL "
	    "OR u.kind NOT IN ('afdeling', 'team') OR p.budget_cents <= 0"), 0);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM performance p WHERE NOT EXISTS (SELECT 1 "
	    "FROM indicator i WHERE i.performance_id = p.id)"), 0);
}

static void
demo_every_indicator_is_reported_and_has_targets(void **state)
{
	struct demo_test *t = *state;

	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM indicator i WHERE NOT EXISTS (SELECT 1 "
	    "FROM indicator_unit iu WHERE iu.indicator_id = i.id)"), 0);
	/*
	 * Year and four quarters for every reporting unit of a performance
	 * indicator; year and Q4 for an (annual) effect indicator.
	 */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM indicator_unit iu JOIN indicator i "
	    "ON i.id = iu.indicator_id WHERE (SELECT count(*) "
	    "FROM target t WHERE t.indicator_id = iu.indicator_id "
	    "AND t.org_unit_id = iu.org_unit_id) <> "
	    "CASE WHEN i.effect_id IS NULL THEN 5 ELSE 2 END"), 0);
	/* Effect indicators are reported by the gemeente. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM indicator i JOIN indicator_unit iu "
	    "ON iu.indicator_id = i.id JOIN org_unit u ON u.id = iu.org_unit_id "
	    "WHERE i.effect_id IS NOT NULL AND u.kind <> 'gemeente'"), 0);
	/* Some performance indicators are reported per team. */
	assert_true(demo_test_int(t->db,
	    "SELECT count(*) FROM indicator i WHERE (SELECT count(*) FROM "
	    "indicator_unit iu WHERE iu.indicator_id = i.id) > 1") > 0);
	/* Cumulative quarter targets are year-to-date: Q4 is the year. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM target q JOIN target y USING (indicator_id, "
	    "org_unit_id, year) JOIN indicator i ON i.id = q.indicator_id "
	    "WHERE i.cumulative = 1 AND q.quarter = 4 AND y.quarter = 0 "
	    "AND q.value <> y.value"), 0);
	/* A mix of units, directions and aggregations. */
	assert_true(demo_test_int(t->db,
	    "SELECT count(DISTINCT unit) FROM indicator") >= 5);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(DISTINCT direction) FROM indicator"), 2);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(DISTINCT aggregation) FROM indicator"), 4);
}

static void
demo_figures_are_consistent_with_their_indicators(void **state)
{
	struct demo_test *t = *state;

	/* Closed quarters are complete (annual indicators: Q4). */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM indicator_unit iu JOIN indicator i "
	    "ON i.id = iu.indicator_id JOIN period p ON i.code LIKE p.year || '.%' "
	    "WHERE p.state = 'closed' AND (i.effect_id IS NULL OR "
	    "p.quarter = 4) AND NOT EXISTS (SELECT 1 FROM figure f "
	    "WHERE f.indicator_id = iu.indicator_id AND f.org_unit_id = "
	    "iu.org_unit_id AND f.period_id = p.id)"), 0);
	/* Ratio values follow from their counts; means carry a weight. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM figure f JOIN indicator i "
	    "ON i.id = f.indicator_id WHERE i.aggregation = 'ratio' AND "
	    "(f.denominator IS NULL OR f.denominator <= 0 OR abs(f.value - "
	    "100.0 * f.numerator / f.denominator * "
	    "(SELECT CASE i.decimals WHEN 0 THEN 1 WHEN 1 THEN 10 WHEN 2 "
	    "THEN 100 ELSE 1000 END)) > 0.5)"), 0);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM figure f JOIN indicator i "
	    "ON i.id = f.indicator_id WHERE i.aggregation = 'mean' "
	    "AND (f.weight IS NULL OR f.weight <= 0)"), 0);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM figure f JOIN indicator i "
	    "ON i.id = f.indicator_id WHERE f.value < i.min_value "
	    "OR f.value > i.max_value OR f.forecast IS NULL"), 0);
	/* Costs for every performance of every quarter with figures. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM cost c JOIN period p ON p.id = c.period_id "
	    "WHERE p.state = 'closed' AND c.realised_cents IS NULL"), 0);
	assert_true(demo_test_int(t->db,
	    "SELECT count(*) FROM cost WHERE explanation <> '' AND "
	    "abs(realised_cents - budget_cents) * 10 > budget_cents") > 0);
}

/*
 * Status of every figure against its target, as the domain rule says: a
 * cumulative indicator's year to date (the sum of its quarter figures up
 * to this one) against the quarter's year-to-date target.
 */
#define DEMO_TEST_STATUS \
	"WITH f AS (SELECT f.id, f.explanation, f.measure, i.direction, " \
	"i.tolerance_bp, t.value AS tv, CASE WHEN i.cumulative = 1 THEN " \
	"(SELECT sum(f2.value) FROM figure f2 JOIN period p2 " \
	"ON p2.id = f2.period_id WHERE f2.indicator_id = f.indicator_id " \
	"AND f2.org_unit_id = f.org_unit_id AND p2.year = p.year " \
	"AND p2.quarter <= p.quarter) ELSE f.value END AS value " \
	"FROM figure f JOIN indicator i ON i.id = f.indicator_id " \
	"JOIN period p ON p.id = f.period_id JOIN target t " \
	"ON t.indicator_id = f.indicator_id AND t.org_unit_id = f.org_unit_id " \
	"AND t.year = p.year AND t.quarter = p.quarter), " \
	"g AS (SELECT *, CASE direction WHEN 'up' THEN tv - value " \
	"ELSE value - tv END AS short FROM f), " \
	"s AS (SELECT *, CASE WHEN short <= 0 THEN 0 " \
	"WHEN short * 10000 <= tolerance_bp * abs(tv) THEN 1 ELSE 2 END " \
	"AS status FROM g) "

static void
demo_off_track_figures_explain_and_measure(void **state)
{
	struct demo_test *t = *state;

	assert_true(demo_test_int(t->db, DEMO_TEST_STATUS
	    "SELECT count(*) FROM s WHERE status = 2 AND explanation <> '' "
	    "AND measure <> ''") > 0);
	assert_true(demo_test_int(t->db, DEMO_TEST_STATUS
	    "SELECT count(*) FROM s WHERE status = 1") > 0);
	/* Mostly on track. */
	assert_true(demo_test_int(t->db, DEMO_TEST_STATUS
	    "SELECT 2 * sum(status = 0) > count(*) FROM s") == 1);
	/* Every deviation is explained, every off-track one has a measure. */
	assert_int_equal(demo_test_int(t->db, DEMO_TEST_STATUS
	    "SELECT count(*) FROM s WHERE (status > 0 AND explanation = '') "
	    "OR (status = 2 AND measure = '') OR (status = 0 AND "
	    "explanation <> '')"), 0);
}

/*
 * A cost explanation names the direction of its deviation, and it is the
 * direction of the numbers beside it: never "Overschrijding" on an
 * underspend, never a cause of an underspend on an overspend.
 */
static void
demo_cost_explanations_follow_the_sign(void **state)
{
	struct demo_test *t = *state;

	assert_true(demo_test_int(t->db,
	    "SELECT count(*) FROM cost WHERE explanation <> '' AND "
	    "realised_cents > budget_cents") > 0);
	assert_true(demo_test_int(t->db,
	    "SELECT count(*) FROM cost WHERE explanation <> '' AND "
	    "realised_cents < budget_cents") > 0);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM cost WHERE explanation <> '' AND NOT "
	    "((realised_cents > budget_cents AND explanation LIKE "
	    "'Overschrijding van %') OR (realised_cents < budget_cents AND "
	    "explanation LIKE 'Onderbesteding van %'))"), 0);
	/* Causes of the other direction never appear. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM cost WHERE realised_cents > budget_cents AND "
	    "(explanation LIKE '%voordeel%' OR explanation LIKE '%vertraging%' "
	    "OR explanation LIKE '%later%' OR explanation LIKE '%minder%')"),
	    0);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM cost WHERE realised_cents < budget_cents AND "
	    "(explanation LIKE '%hoger%' OR explanation LIKE '%meerwerk%' OR "
	    "explanation LIKE '%inhuur%' OR explanation LIKE '%eerder%')"), 0);
	/* A deviation above the thresholds is explained. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM cost WHERE realised_cents IS NOT NULL AND "
	    "explanation = '' AND abs(realised_cents - budget_cents) >= "
	    "2500000 AND abs(realised_cents - budget_cents) * 10 > "
	    "budget_cents"), 0);
}

/*
 * A summed cumulative indicator's figure is what the quarter delivered
 * ("dit kwartaal"; docs/rollup-rules.md): the rollup adds the quarters,
 * so the four quarters of a year add up to about the year target, and no
 * quarter alone comes near it.  Year-to-date figures would add up to
 * about two and a half years.
 */
static void
demo_cumulative_figures_are_quarter_figures(void **state)
{
	struct demo_test *t = *state;
	const char *years =
	    "WITH y AS (SELECT f.indicator_id, f.org_unit_id, p.year, "
	    "sum(f.value) AS total, max(f.value) AS top, count(*) AS n, "
	    "tg.value AS tv FROM figure f JOIN indicator i ON i.id = "
	    "f.indicator_id JOIN period p ON p.id = f.period_id JOIN target tg "
	    "ON tg.indicator_id = f.indicator_id AND tg.org_unit_id = "
	    "f.org_unit_id AND tg.year = p.year AND tg.quarter = 0 "
	    "WHERE i.cumulative = 1 AND i.aggregation = 'sum' AND "
	    "i.effect_id IS NULL AND p.state = 'closed' AND tg.value >= 20 "
	    "GROUP BY 1, 2, 3) ";
	char sql[2048];

	snprintf(sql, sizeof(sql), "%s SELECT count(*) FROM y WHERE n = 4",
	    years);
	assert_true(demo_test_int(t->db, sql) > 20);
	snprintf(sql, sizeof(sql), "%s SELECT count(*) FROM y WHERE n = 4 "
	    "AND (total * 10 > tv * 15 OR total * 10 < tv * 5 OR "
	    "top * 10 > tv * 6)", years);
	assert_int_equal(demo_test_int(t->db, sql), 0);
}

/*
 * Annual indicators (the effect indicators: statistics, surveys and
 * monitors published once a year) have one figure a year, in Q4.
 */
static void
demo_annual_indicators_report_in_q4(void **state)
{
	struct demo_test *t = *state;

	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM figure f JOIN indicator i ON i.id = "
	    "f.indicator_id JOIN period p ON p.id = f.period_id "
	    "WHERE i.effect_id IS NOT NULL AND p.quarter <> 4"), 0);
	assert_true(demo_test_int(t->db,
	    "SELECT count(*) FROM figure f JOIN indicator i ON i.id = "
	    "f.indicator_id JOIN period p ON p.id = f.period_id "
	    "WHERE i.effect_id IS NOT NULL AND p.quarter = 4") > 20);
	/* The reporting frequency is a field, not a guess (issue 14). */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM indicator WHERE frequency <> CASE WHEN "
	    "effect_id IS NULL THEN 'quarter' ELSE 'year' END"), 0);
	/* No seasonal talk on a yearly figure. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM figure f JOIN indicator i ON i.id = "
	    "f.indicator_id WHERE i.effect_id IS NOT NULL AND "
	    "f.explanation LIKE '%kwartaal%'"), 0);
}

/*
 * Lasten per inhabitant in the range docs/guide.md states (EUR 2.500 to
 * 3.500 for municipalities of 100.000-150.000 inhabitants), a population
 * of about 124.000, and budgets that fall with the savings path (EUR 7,3
 * million structural in 2017, 1,2 million of it in 2012) instead of
 * growing.
 */
static void
demo_budget_fits_a_city_of_124000(void **state)
{
	struct demo_test *t = *state;
	const char *per_year =
	    "WITH b AS (SELECT pr.year, sum(pf.budget_cents) AS c FROM "
	    "performance pf JOIN effect e ON e.id = pf.effect_id JOIN "
	    "programme pr ON pr.id = e.programme_id GROUP BY pr.year) ";
	char sql[1024];

	snprintf(sql, sizeof(sql), "%s SELECT count(*) FROM b", per_year);
	assert_int_equal(demo_test_int(t->db, sql), 6);
	snprintf(sql, sizeof(sql), "%s SELECT count(*) FROM b WHERE "
	    "c / 124000 NOT BETWEEN 250000 AND 350000", per_year);
	assert_int_equal(demo_test_int(t->db, sql), 0);
	/* Every year less than the one before. */
	snprintf(sql, sizeof(sql), "%s SELECT count(*) FROM b a JOIN b n "
	    "ON n.year = a.year + 1 WHERE n.c >= a.c", per_year);
	assert_int_equal(demo_test_int(t->db, sql), 0);
	/* 2012 to 2017: the 7,3 million less the 1,2 million of 2012. */
	snprintf(sql, sizeof(sql), "%s SELECT (SELECT c FROM b WHERE year = "
	    "2012) - (SELECT c FROM b WHERE year = 2017)", per_year);
	assert_in_range(demo_test_int(t->db, sql), 590000000, 630000000);
	/* The programmes differ in size, as real ones do. */
	assert_true(demo_test_int(t->db,
	    "WITH p AS (SELECT pr.id, sum(pf.budget_cents) AS c FROM "
	    "performance pf JOIN effect e ON e.id = pf.effect_id JOIN "
	    "programme pr ON pr.id = e.programme_id WHERE pr.year = 2014 "
	    "GROUP BY pr.id) SELECT max(c) > 3 * min(c) FROM p") == 1);
	/* The inhabitants weight is the population. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM figure f JOIN indicator i ON i.id = "
	    "f.indicator_id WHERE i.effect_id IS NOT NULL AND i.weight_name = "
	    "'inwoners' AND f.weight <> 124000 * CASE i.decimals WHEN 0 "
	    "THEN 1 WHEN 1 THEN 10 WHEN 2 THEN 100 ELSE 1000 END"), 0);
	assert_true(demo_test_int(t->db,
	    "SELECT count(*) FROM figure f JOIN indicator i ON i.id = "
	    "f.indicator_id WHERE i.weight_name = 'inwoners'") > 0);
}

/*
 * The budget lines (issue 14): every performance's actuele lasten lines
 * add up to its year budget, baten exist per programme where income is
 * earned, the algemene dekkingsmiddelen carry the gemeentefonds, the
 * begroting of every year is balanced within 1 % (a Dutch begroting must
 * be), every line has a taakveld of the Iv3 list, incidenteel lines have
 * no meerjarenraming, and 2014 has its begrotingswijziging.
 */
static void
demo_budget_lines_add_up_and_balance(void **state)
{
	struct demo_test *t = *state;

	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM performance pf WHERE budget_cents IS NOT "
	    "(SELECT sum(actueel_cents) FROM budget_line_actual a WHERE "
	    "a.performance_id = pf.id AND a.kind = 'lasten')"), 0);
	assert_true(demo_test_int(t->db,
	    "SELECT count(DISTINCT programme_id) FROM budget_line_actual "
	    "WHERE kind = 'baten' AND year = 2014") >= 8);
	assert_int_equal(demo_test_int(t->db,
	    "WITH y AS (SELECT year, sum(CASE kind WHEN 'lasten' THEN "
	    "actueel_cents ELSE 0 END) AS l, sum(CASE kind WHEN 'baten' THEN "
	    "actueel_cents ELSE 0 END) AS b FROM budget_line_actual GROUP BY "
	    "year) SELECT count(*) FROM y WHERE abs(b - l) * 100 > l"), 0);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(DISTINCT year) FROM budget_line_actual"), 6);
	/* The gemeentefonds is the largest income, of EUR 1.000-1.800
	 * per inhabitant. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM (SELECT year, sum(actueel_cents) AS c FROM "
	    "budget_line_actual WHERE taakveld = '0.7' GROUP BY year) "
	    "WHERE c / 124000 NOT BETWEEN 100000 AND 180000"), 0);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM budget_line WHERE taakveld NOT IN "
	    "(SELECT code FROM taakveld)"), 0);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM budget_line WHERE recurrence = "
	    "'incidenteel' AND raming1_cents + raming2_cents + raming3_cents "
	    "<> 0"), 0);
	/* The meerjarenraming follows the savings path: it falls. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM budget_line WHERE recurrence = "
	    "'structureel' AND kind = 'lasten' AND NOT (raming1_cents <= "
	    "amount_cents AND raming2_cents <= raming1_cents AND "
	    "raming3_cents <= raming2_cents)"), 0);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM amendment WHERE year = 2014"), 1);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT sum(c.delta_cents) FROM amendment_change c JOIN "
	    "budget_line l ON l.id = c.line_id WHERE l.kind = 'lasten'"),
	    25000000);
}

/* Explanations are written for their figure, not ten texts reused. */
static void
demo_explanations_vary(void **state)
{
	struct demo_test *t = *state;

	assert_true(demo_test_int(t->db,
	    "SELECT count(*) FROM figure WHERE explanation <> ''") > 100);
	assert_true(demo_test_int(t->db,
	    "SELECT 10 * count(DISTINCT explanation) >= 9 * count(*) FROM "
	    "figure WHERE explanation <> ''") == 1);
	/* Each names the side of its target its indicator's direction says. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM figure f JOIN indicator i ON i.id = "
	    "f.indicator_id WHERE f.explanation <> '' AND NOT "
	    "((i.direction = 'up' AND f.explanation LIKE '%, onder de norm%') "
	    "OR (i.direction = 'down' AND f.explanation LIKE "
	    "'%, boven de norm%'))"), 0);
}

static void
demo_open_period_has_every_submission_state(void **state)
{
	struct demo_test *t = *state;

	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(DISTINCT s.state) FROM submission s JOIN period p "
	    "ON p.id = s.period_id WHERE p.state = 'open'"), 4);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM submission s JOIN period p ON p.id = "
	    "s.period_id WHERE p.state = 'open' AND s.state = 'returned' "
	    "AND s.comment <> ''"), 1);
	/* A unit that reports but has not started. */
	assert_true(demo_test_int(t->db,
	    "SELECT count(DISTINCT iu.org_unit_id) FROM indicator_unit iu "
	    "WHERE NOT EXISTS (SELECT 1 FROM submission s JOIN period p "
	    "ON p.id = s.period_id WHERE p.state = 'open' "
	    "AND s.org_unit_id = iu.org_unit_id)") > 0);
	/* Closed periods: every submission approved. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM submission s JOIN period p ON p.id = "
	    "s.period_id WHERE p.state = 'closed' AND s.state <> 'approved'"),
	    0);
	/* Not started means nothing entered. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM figure f JOIN period p ON p.id = f.period_id "
	    "WHERE p.state = 'open' AND NOT EXISTS (SELECT 1 FROM submission s "
	    "WHERE s.org_unit_id = f.org_unit_id AND s.period_id = p.id)"), 0);
	/* The demo manager can still work on the unit: draft or not started. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM submission s JOIN period p ON p.id = "
	    "s.period_id JOIN org_unit u ON u.id = s.org_unit_id "
	    "JOIN role_assignment r ON r.org_unit_id = u.id JOIN user a "
	    "ON a.id = r.user_id WHERE p.state = 'open' AND a.username = "
	    "'manager' AND s.state <> 'draft'"), 0);
	/* The manager's afdeling has teams and reports indicators itself. */
	assert_true(demo_test_int(t->db,
	    "SELECT count(*) FROM org_unit u JOIN role_assignment r "
	    "ON r.org_unit_id = u.parent_id JOIN user a ON a.id = r.user_id "
	    "WHERE a.username = 'manager' AND u.kind = 'team'") > 0);
	assert_true(demo_test_int(t->db,
	    "SELECT count(*) FROM indicator_unit iu JOIN role_assignment r "
	    "ON r.org_unit_id = iu.org_unit_id JOIN user a ON a.id = r.user_id "
	    "WHERE a.username = 'manager'") > 0);
}

static void
demo_accounts_exist_with_their_roles(void **state)
{
	struct demo_test	*t = *state;
	const struct demo_account *a;
	sqlite3_stmt		*st;
	size_t			 i;

	assert_int_equal(demo_accounts_len, ROLE_COUNT);
	for (i = 0; i < demo_accounts_len; i++) {
		a = &demo_accounts_table[i];
		assert_true(strlen(a->password) >= PW_MIN_LEN);
		assert_int_equal(sqlite3_prepare_v2(t->db->sql,
		    "SELECT u.password_hash FROM user u JOIN role_assignment r "
		    "ON r.user_id = u.id JOIN org_unit o ON o.id = r.org_unit_id "
		    "WHERE u.username = ?1 AND r.role = ?2 AND o.code = ?3 "
		    "AND u.active = 1", -1, &st, NULL), SQLITE_OK);
		sqlite3_bind_text(st, 1, a->username, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, a->role, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, a->scope_code, -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(st), SQLITE_ROW);
		assert_true(pw_verify((const char *)sqlite3_column_text(st, 0),
		    a->password));
		sqlite3_finalize(st);
	}
	/* One account per role. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(DISTINCT role) FROM role_assignment"), ROLE_COUNT);
	/* The director's directie holds the manager's afdeling. */
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM org_unit m JOIN role_assignment rm "
	    "ON rm.org_unit_id = m.id AND rm.role = 'manager' "
	    "JOIN role_assignment rd ON rd.org_unit_id = m.parent_id "
	    "AND rd.role = 'director'"), 1);
	/* Nothing audited: the audit chain is not the demo's to start. */
	assert_int_equal(demo_test_int(t->db, "SELECT count(*) FROM audit"), 0);
}

static void
demo_foreign_keys_hold(void **state)
{
	struct demo_test	*t = *state;
	sqlite3_stmt		*st;

	assert_int_equal(sqlite3_prepare_v2(t->db->sql,
	    "PRAGMA foreign_key_check", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	/* demo_create() leaves the connection enforcing them. */
	assert_int_equal(demo_test_int(t->db, "PRAGMA foreign_keys"), 1);
}

static void
demo_refuses_a_database_with_an_organisation(void **state)
{
	struct demo_test	*t = *state;
	int64_t			 units, figures;

	units = demo_test_int(t->db, "SELECT count(*) FROM org_unit");
	figures = demo_test_int(t->db, "SELECT count(*) FROM figure");
	assert_int_equal(demo_create(t->db, 1), 0);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM org_unit"), units);
	assert_int_equal(demo_test_int(t->db,
	    "SELECT count(*) FROM figure"), figures);
}

static void
demo_refuses_a_bad_scale(void **state)
{
	struct demo_test t;

	(void)state;
	memset(&t, 0, sizeof(t));
	assert_true(demo_test_open(&t));
	assert_int_equal(demo_create(t.db, 0), 0);
	assert_int_equal(demo_create(t.db, DEMO_SCALE_MAX + 1), 0);
	assert_int_equal(demo_test_int(t.db, "SELECT count(*) FROM org_unit"),
	    0);
	demo_test_close(&t);
}

/* Everything but hashes: figures, targets, costs, names. */
#define DEMO_TEST_FINGERPRINT \
	"SELECT (SELECT sum(value) || '/' || count(*) || '/' || " \
	"sum(forecast) || '/' || total(numerator) || '/' || total(weight) " \
	"FROM figure) || '|' || (SELECT sum(value) || '/' || count(*) FROM " \
	"target) || '|' || (SELECT total(realised_cents) || '/' || count(*) " \
	"FROM cost) || '|' || (SELECT group_concat(code || '=' || name || '=' " \
	"|| manager_name, ';') FROM (SELECT * FROM org_unit ORDER BY id)) " \
	"|| '|' || (SELECT group_concat(state, ';') FROM (SELECT state FROM " \
	"submission ORDER BY org_unit_id, period_id))"

static void
demo_same_scale_gives_the_same_data(void **state)
{
	struct demo_test	 a, b;
	char			*fa, *fb;

	(void)state;
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	assert_true(demo_test_open(&a));
	assert_true(demo_test_open(&b));
	assert_true(demo_create(a.db, 1));
	assert_true(demo_create(b.db, 1));
	assert_int_equal(demo_test_int(a.db,
	    "SELECT sum(value) FROM figure"), demo_test_int(b.db,
	    "SELECT sum(value) FROM figure"));
	assert_int_equal(demo_test_int(a.db, "SELECT count(*) FROM figure"),
	    demo_test_int(b.db, "SELECT count(*) FROM figure"));
	fa = demo_test_text(a.db, DEMO_TEST_FINGERPRINT);
	fb = demo_test_text(b.db, DEMO_TEST_FINGERPRINT);
	assert_string_equal(fa, fb);
	free(fa);
	free(fb);
	demo_test_close(&a);
	demo_test_close(&b);
}

static void
demo_scale_replicates_afdelingen_and_grows_programmes(void **state)
{
	struct demo_test t;

	(void)state;
	memset(&t, 0, sizeof(t));
	assert_true(demo_test_open(&t));
	assert_true(demo_create(t.db, 3));
	assert_int_equal(demo_test_int(t.db,
	    "SELECT count(*) FROM org_unit WHERE kind = 'directie'"), 3);
	assert_in_range(demo_test_int(t.db,
	    "SELECT count(*) FROM org_unit WHERE kind = 'afdeling'"), 30, 42);
	assert_int_equal(demo_test_int(t.db,
	    "SELECT count(*) FROM org_unit WHERE code = 'PZ-3-KCC'"), 1);
	/* Programmes grow, they do not multiply. */
	assert_in_range(demo_test_int(t.db,
	    "SELECT count(*) FROM programme WHERE year = 2014"), 10, 12);
	assert_int_equal(demo_test_int(t.db,
	    "SELECT count(*) FROM performance p JOIN effect e "
	    "ON e.id = p.effect_id JOIN programme g ON g.id = e.programme_id "
	    "WHERE g.year = 2014") % 3, 0);
	demo_test_close(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    demo_organisation_has_three_directies_and_realistic_afdelingen,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test_setup_teardown(
		    demo_years_and_periods_have_their_states,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test_setup_teardown(
		    demo_programmes_follow_the_ambitions_every_year,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test_setup_teardown(
		    demo_every_performance_has_an_owner_budget_and_indicators,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test_setup_teardown(
		    demo_every_indicator_is_reported_and_has_targets,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test_setup_teardown(
		    demo_figures_are_consistent_with_their_indicators,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test_setup_teardown(
		    demo_off_track_figures_explain_and_measure,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test_setup_teardown(
		    demo_open_period_has_every_submission_state,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test_setup_teardown(
		    demo_accounts_exist_with_their_roles,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test_setup_teardown(demo_cost_explanations_follow_the_sign,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test_setup_teardown(demo_cumulative_figures_are_quarter_figures,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test_setup_teardown(demo_annual_indicators_report_in_q4,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test_setup_teardown(demo_budget_fits_a_city_of_124000,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test_setup_teardown(
		    demo_budget_lines_add_up_and_balance,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test_setup_teardown(demo_explanations_vary,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test_setup_teardown(demo_foreign_keys_hold,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test_setup_teardown(
		    demo_refuses_a_database_with_an_organisation,
		    demo_test_setup, demo_test_teardown),
		cmocka_unit_test(demo_refuses_a_bad_scale),
		cmocka_unit_test(demo_same_scale_gives_the_same_data),
		cmocka_unit_test(
		    demo_scale_replicates_afdelingen_and_grows_programmes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
