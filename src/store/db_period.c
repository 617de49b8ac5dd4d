/* db_period.c: budget years and periods (year × quarter). */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "db_memo.h"
#include "db_period.h"
#include "db_who.h"
#include "period.h"

static const char *const db_period_states[PERIOD__MAX] = {
	"planned", "open", "closed"
};

/* The stored name of a period state ("open", ...); "" when out of range. */
const char *
db_period_state_name(enum period_state s)
{
	return (unsigned)s < PERIOD__MAX ? db_period_states[s] : "";
}

/* Columns: id, year, quarter, state, deadline, review_deadline.  Returns 1 (a db_fill_fn). */
static int
db_period_fill(sqlite3_stmt *st, void *vp)
{
	struct period		*p = vp;
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
	s = sqlite3_column_text(st, 5);
	snprintf(p->review_deadline, sizeof(p->review_deadline), "%s",
	    s ? (const char *)s : "");
	snprintf(p->name, sizeof(p->name), "%04d-Q%d", p->year % 10000,
	    p->quarter % 10);
	return 1;
}

static struct period_list *
db_period_collect(struct db *db, sqlite3_stmt *st)
{
	struct period_list	*l;

	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	if (!db_rows(db, st, sizeof(*l->v), db_period_fill, &l->v, &l->n)) {
		db_period_list_free(l);
		return NULL;
	}
	return l;
}

/* The four quarters of year, in order. */
struct period_list *
db_period_list(struct db *db, int year)
{
	static const char sql[] =
	    "SELECT id, year, quarter, state, deadline, review_deadline FROM period"
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
	    "SELECT id, year, quarter, state, deadline, review_deadline FROM period"
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
	    "SELECT id, year, quarter, state, deadline, review_deadline FROM period WHERE id = ?";
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

/* A period lookup as the memo keeps it: found or not. */
struct db_period_memo {
	int		found;
	struct period	p;
};

/* Returns 1 and fills p if "2014-Q3" names an existing period. */
int
db_period_get_by_name(struct db *db, const char *name, struct period *p)
{
	static const char sql[] =
	    "SELECT id, year, quarter, state, deadline, review_deadline FROM period"
	    " WHERE year = ? AND quarter = ?";
	sqlite3_stmt		*st;
	const struct db_period_memo *m;
	struct db_period_memo	 keep;
	int			 year, quarter;

	if (name == NULL ||
	    !period_parse(name, strlen(name), &year, &quarter))
		return 0;
	if ((m = db_memo_get(db, MEMO_PERIOD_NAME, 0, name, NULL)) != NULL) {
		*p = m->p;
		return m->found;
	}
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int(st, 1, year);
	sqlite3_bind_int(st, 2, quarter);
	memset(&keep, 0, sizeof(keep));
	if ((keep.found = sqlite3_step(st) == SQLITE_ROW)) {
		db_period_fill(st, p);
		keep.p = *p;
	}
	sqlite3_reset(st);
	db_memo_put(db, MEMO_PERIOD_NAME, 0, name, &keep, sizeof(keep));
	return keep.found;
}

/*
 * The period to show by default: the earliest open one, else the latest
 * closed one, else the latest planned one.  Returns 0 when there are no
 * periods.  Chosen in C from the few rows: an ORDER BY on an expression
 * would build a sorter on every dashboard request.
 */
int
db_period_current(struct db *db, struct period *p)
{
	static const char sql[] =
	    "SELECT id, year, quarter, state, deadline, review_deadline FROM period";
	static const int rank[PERIOD__MAX] = {
		[PERIOD_OPEN] = 0, [PERIOD_CLOSED] = 1, [PERIOD_PLANNED] = 2
	};
	sqlite3_stmt		*st;
	const struct db_period_memo *m;
	struct db_period_memo	 keep;
	struct period		 c;
	int			 found = 0, better, ord, best = 0;

	if ((m = db_memo_get(db, MEMO_PERIOD_CURRENT, 0, NULL, NULL)) != NULL) {
		*p = m->p;
		return m->found;
	}
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		db_period_fill(st, &c);
		ord = c.year * 10 + c.quarter;
		if (!found || rank[c.state] < rank[p->state])
			better = 1;
		else if (rank[c.state] > rank[p->state])
			better = 0;
		else
			better = c.state == PERIOD_OPEN ? ord < best : ord > best;
		if (better) {
			*p = c;
			best = ord;
			found = 1;
		}
	}
	sqlite3_reset(st);
	memset(&keep, 0, sizeof(keep));
	if ((keep.found = found))
		keep.p = *p;
	db_memo_put(db, MEMO_PERIOD_CURRENT, 0, NULL, &keep, sizeof(keep));
	return found;
}

/* Free the list of db_period_list(); NULL is fine. */
void
db_period_list_free(struct period_list *l)
{
	if (l == NULL)
		return;
	free(l->v);
	free(l);
}

/* One row of db_year_list(). */
static int
db_year_fill(sqlite3_stmt *st, void *p)
{
	struct year	*y = p;

	y->year = sqlite3_column_int(st, 0);
	y->programmes = (size_t)sqlite3_column_int64(st, 2);
	snprintf(y->adopted_on, sizeof(y->adopted_on), "%s",
	    sqlite3_column_text(st, 3) != NULL ?
	    (const char *)sqlite3_column_text(st, 3) : "");
	return (y->state = db_col_text(st, 1)) != NULL;
}

/* Every budget year with its state and number of programmes. */
struct year_list *
db_year_list(struct db *db)
{
	static const char sql[] =
	    "SELECT y.year, y.state,"
	    " (SELECT count(*) FROM programme p WHERE p.year = y.year),"
	    " y.adopted_on FROM budget_year y ORDER BY y.year";
	sqlite3_stmt		*st;
	struct year_list	*l;

	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	if (!db_rows(db, st, sizeof(*l->v), db_year_fill, &l->v, &l->n)) {
		db_year_list_free(l);
		return NULL;
	}
	return l;
}

/* Free the list of db_year_list(); NULL is fine. */
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
	sqlite3_stmt		*st;
	enum db_res		 res;
	int			 rc;

	db_read_end(db);
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
	if (!audit_append_by(db, who, to == PERIOD_OPEN ? "period.open" :
	    to == PERIOD_CLOSED ? "period.close" : "period.plan", "period",
	    p->name, db_period_state_name(p->state),
	    db_period_state_name(to))) {
		db_rollback(db);
		return DB_ERROR;
	}
	res = db_commit_res(db);
	if (res != DB_OK)
		db_rollback(db);
	return res;
}
