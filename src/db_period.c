/* db_period.c: budget years and periods (year × quarter). */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "db_period.h"
#include "db_who.h"

static const char *const db_period_states[PERIOD__MAX] = {
	"planned", "open", "closed"
};

const char *
db_period_state_name(enum period_state s)
{
	return (unsigned)s < PERIOD__MAX ? db_period_states[s] : "";
}

/*
 * Parse "2014-Q3".  Returns 1 and sets year and quarter when the name is
 * exactly of that form with a plausible year.
 */
int
db_period_parse_name(const char *s, int *year, int *quarter)
{
	int	y = 0, i;

	if (s == NULL || strlen(s) != 7 || s[4] != '-' || s[5] != 'Q' ||
	    s[6] < '1' || s[6] > '4')
		return 0;
	for (i = 0; i < 4; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		y = y * 10 + (s[i] - '0');
	}
	if (y < 2000 || y > 2100)
		return 0;
	*year = y;
	*quarter = s[6] - '0';
	return 1;
}

/* Columns: id, year, quarter, state, deadline. */
static void
db_period_fill(sqlite3_stmt *st, struct period *p)
{
	const unsigned char	*s;
	int			 i;

	memset(p, 0, sizeof(*p));
	p->id = sqlite3_column_int64(st, 0);
	p->year = sqlite3_column_int(st, 1);
	p->quarter = sqlite3_column_int(st, 2);
	s = sqlite3_column_text(st, 3);
	p->state = PERIOD_PLANNED;
	for (i = 0; i < PERIOD__MAX && s != NULL; i++)
		if (strcmp((const char *)s, db_period_states[i]) == 0)
			p->state = (enum period_state)i;
	s = sqlite3_column_text(st, 4);
	snprintf(p->deadline, sizeof(p->deadline), "%s", s ? (const char *)s : "");
	snprintf(p->name, sizeof(p->name), "%04d-Q%d", p->year % 10000,
	    p->quarter % 10);
}

static struct period_list *
db_period_collect(struct db *db, sqlite3_stmt *st)
{
	struct period_list	*l;
	size_t			 cap = 0;
	int			 rc;

	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!db_grow(&l->v, &cap, l->n, sizeof(*l->v)))
			goto fail;
		db_period_fill(st, &l->v[l->n++]);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		(void)db_res_of(db, rc);
		goto fail;
	}
	return l;
fail:
	sqlite3_reset(st);
	db_period_list_free(l);
	return NULL;
}

/* The four quarters of year, in order. */
struct period_list *
db_period_list(struct db *db, int year)
{
	static const char sql[] =
	    "SELECT id, year, quarter, state, deadline FROM period"
	    " WHERE year = ? ORDER BY quarter";
	sqlite3_stmt *st;

	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	sqlite3_bind_int(st, 1, year);
	return db_period_collect(db, st);
}

/* Every period, oldest first. */
struct period_list *
db_period_list_all(struct db *db)
{
	static const char sql[] =
	    "SELECT id, year, quarter, state, deadline FROM period"
	    " ORDER BY year, quarter";
	sqlite3_stmt *st;

	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	return db_period_collect(db, st);
}

/* Returns 1 and fills p if the period exists. */
int
db_period_get(struct db *db, int64_t id, struct period *p)
{
	static const char sql[] =
	    "SELECT id, year, quarter, state, deadline FROM period WHERE id = ?";
	sqlite3_stmt	*st;
	int		 found;

	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, id);
	if ((found = sqlite3_step(st) == SQLITE_ROW))
		db_period_fill(st, p);
	sqlite3_reset(st);
	return found;
}

/* Returns 1 and fills p if "2014-Q3" names an existing period. */
int
db_period_get_by_name(struct db *db, const char *name, struct period *p)
{
	static const char sql[] =
	    "SELECT id, year, quarter, state, deadline FROM period"
	    " WHERE year = ? AND quarter = ?";
	sqlite3_stmt	*st;
	int		 year, quarter, found;

	if (!db_period_parse_name(name, &year, &quarter))
		return 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int(st, 1, year);
	sqlite3_bind_int(st, 2, quarter);
	if ((found = sqlite3_step(st) == SQLITE_ROW))
		db_period_fill(st, p);
	sqlite3_reset(st);
	return found;
}

/*
 * The period to show by default: the earliest open one, else the latest
 * closed one, else the first.  Returns 0 when there are no periods.
 */
int
db_period_current(struct db *db, struct period *p)
{
	static const char sql[] =
	    "SELECT id, year, quarter, state, deadline FROM period"
	    " ORDER BY CASE state WHEN 'open' THEN 0 WHEN 'closed' THEN 1"
	    " ELSE 2 END,"
	    " CASE state WHEN 'open' THEN year * 10 + quarter"
	    " ELSE -(year * 10 + quarter) END"
	    " LIMIT 1";
	sqlite3_stmt	*st;
	int		 found;

	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	if ((found = sqlite3_step(st) == SQLITE_ROW))
		db_period_fill(st, p);
	sqlite3_reset(st);
	return found;
}

void
db_period_list_free(struct period_list *l)
{
	if (l == NULL)
		return;
	free(l->v);
	free(l);
}

/* Every budget year with its state and number of programmes. */
struct year_list *
db_year_list(struct db *db)
{
	static const char sql[] =
	    "SELECT y.year, y.state,"
	    " (SELECT count(*) FROM programme p WHERE p.year = y.year)"
	    " FROM budget_year y ORDER BY y.year";
	sqlite3_stmt		*st;
	struct year_list	*l;
	size_t			 cap = 0;
	int			 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!db_grow(&l->v, &cap, l->n, sizeof(*l->v)))
			goto fail;
		l->v[l->n].year = sqlite3_column_int(st, 0);
		l->v[l->n].programmes = (size_t)sqlite3_column_int64(st, 2);
		if ((l->v[l->n].state = db_col_text(st, 1)) == NULL)
			goto fail;
		l->n++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		(void)db_res_of(db, rc);
		goto fail;
	}
	return l;
fail:
	sqlite3_reset(st);
	db_year_list_free(l);
	return NULL;
}

void
db_year_list_free(struct year_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		free(l->v[i].state);
	free(l->v);
	free(l);
}

/*
 * Move period p from its state (as read) to `to`, audited ("period.open",
 * "period.close"; entity "period", id its name).  The caller has checked
 * that the move is allowed (workflow_period).  Returns DB_OK, DB_CONFLICT
 * when the state moved meanwhile, or the failure.
 */
enum db_res
db_period_set_state(struct db *db, const struct period *p,
    enum period_state to, const struct db_who *who)
{
	static const char sql[] =
	    "UPDATE period SET state = ?1 WHERE id = ?2 AND state = ?3";
	struct audit_entry	 ae;
	sqlite3_stmt		*st;
	enum db_res		 res;
	int			 rc;

	if ((res = db_res_of(db, sqlite3_exec(db->sql, "BEGIN IMMEDIATE",
	    NULL, NULL, NULL))) != DB_OK)
		return res;
	if ((st = db_stmt(db, sql)) == NULL) {
		db_rollback(db);
		return DB_ERROR;
	}
	sqlite3_bind_text(st, 1, db_period_state_name(to), -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, p->id);
	sqlite3_bind_text(st, 3, db_period_state_name(p->state), -1,
	    SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if ((res = db_res_of(db, rc)) != DB_OK) {
		db_rollback(db);
		return res;
	}
	if (sqlite3_changes(db->sql) != 1) {
		db_rollback(db);
		return DB_CONFLICT;
	}
	memset(&ae, 0, sizeof(ae));
	ae.user_id = who->user_id;
	ae.username = who->username;
	ae.client = who->client;
	ae.action = to == PERIOD_OPEN ? "period.open" : to == PERIOD_CLOSED ?
	    "period.close" : "period.plan";
	ae.entity = "period";
	ae.entity_id = p->name;
	ae.old_value = db_period_state_name(p->state);
	ae.new_value = db_period_state_name(to);
	if (!audit_append(db, &ae)) {
		db_rollback(db);
		return DB_ERROR;
	}
	res = db_res_of(db, sqlite3_exec(db->sql, "COMMIT", NULL, NULL, NULL));
	if (res != DB_OK)
		db_rollback(db);
	return res;
}
