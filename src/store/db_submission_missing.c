/*
 * db_submission_missing.c: the submission table as the dashboards read it:
 * the units that report figures in a period's year and have not submitted.
 */
#include <sqlite3.h>
#include <stdlib.h>

#include "db_submission_missing.h"
#include "log.h"

/*
 * A unit must submit when it reports an indicator of the period's budget
 * year (unit_year, migrations/0005-unit-year.sql, kept by triggers);
 * "not submitted" is no row, a draft, or returned for changes.  The year's
 * units by primary key, each with its unit and submission row: a few
 * hundred lookups, not the unit's indicators of every year.
 */
static const char db_submission_sql_missing[] =
	"SELECT u.id, u.name, coalesce(s.state, '') FROM unit_year y "
	"JOIN org_unit u ON u.id = y.org_unit_id "
	"LEFT JOIN submission s ON s.org_unit_id = u.id AND s.period_id = ?1 "
	"WHERE y.year = (SELECT year FROM period WHERE id = ?1) "
	"AND (s.state IS NULL OR s.state IN ('draft', 'returned')) "
	/* A unit ended or not yet begun in that year does not report. */
	"AND (u.first_year IS NULL OR u.first_year <= y.year) "
	"AND (u.last_year IS NULL OR u.last_year >= y.year) "
	"ORDER BY u.sort, u.name";

/* The units that have not submitted period_id.  NULL on error. */
struct submission_missing_list *
db_submission_missing(struct db *db, int64_t period_id)
{
	struct submission_missing_list	*l;
	sqlite3_stmt			*st;
	size_t				 cap = 0;
	int				 rc;

	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	if ((st = db_stmt(db, db_submission_sql_missing)) == NULL ||
	    sqlite3_bind_int64(st, 1, period_id) != SQLITE_OK)
		goto fail;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!db_grow(&l->v, &cap, l->n, sizeof(*l->v)))
			goto fail;
		l->v[l->n].unit_id = sqlite3_column_int64(st, 0);
		l->v[l->n].unit_name = db_col_text(st, 1);
		l->v[l->n].state = db_col_text(st, 2);
		l->n++;
		if (l->v[l->n - 1].unit_name == NULL ||
		    l->v[l->n - 1].state == NULL)
			goto fail;
	}
	if (rc != SQLITE_DONE) {
		log_err("db: submission: %s", db_errmsg(db));
		goto fail;
	}
	sqlite3_reset(st);
	return l;
fail:
	if (st != NULL)
		sqlite3_reset(st);
	db_submission_missing_list_free(l);
	return NULL;
}

void
db_submission_missing_list_free(struct submission_missing_list *l)
{
	size_t	i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].unit_name);
		free(l->v[i].state);
	}
	free(l->v);
	free(l);
}
