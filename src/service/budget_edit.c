/* budget_edit.c: the budget's writes as transactions (budget_edit.h). */
#include <stdlib.h>
#include <string.h>

#include "budget_edit.h"
#include "log.h"
#include "year.h"

/* End the transaction: commit when res is 1, else roll back. */
static int
budget_edit_end(struct db *db, int res, struct budget_outcome *o)
{
	if (res == 1) {
		if ((o->sys = db_commit_res(db)) == DB_OK)
			return 1;
		db_rollback(db);
		return -1;
	}
	db_rollback(db);
	if (res < 0 && o->sys == DB_OK)
		o->sys = DB_ERROR;
	return res;
}

/* The pure checks of a line as given. */
static enum budget_err
budget_edit_line_check(const struct budget_line_in *in)
{
	int i;

	if ((unsigned)in->kind >= BUDGET_KIND__MAX)
		return BUDGET_E_KIND;
	if ((unsigned)in->recurrence >= BUDGET_RECURRENCE__MAX)
		return BUDGET_E_RECURRENCE;
	if (!budget_taakveld_syntax(in->taakveld))
		return BUDGET_E_TAAKVELD;
	if (budget_desc_check(in->description, BUDGET_DESC_MAX, 0) !=
	    BUDGET_OK)
		return BUDGET_E_DESCRIPTION;
	if (in->amount < 0 || in->amount > BUDGET_MAX_CENTS)
		return BUDGET_E_AMOUNT_RANGE;
	for (i = 0; i < BUDGET_RAMING_YEARS; i++)
		if (in->raming[i] < 0 || in->raming[i] > BUDGET_MAX_CENTS)
			return BUDGET_E_AMOUNT_RANGE;
	return BUDGET_OK;
}

/*
 * What needs the database: the performance (its year must be year, when
 * year is not 0), the unit under its owner (0: the owner, written back
 * into *unit), the taakveld on the list.  Returns 1 with *pyear, 0 with
 * o->why, -1 on error.
 */
static int
budget_edit_line_place(struct db *db, const struct budget_line_in *in,
    int year, int64_t *unit, int *pyear, struct budget_outcome *o)
{
	int64_t	owner;
	int	rc;

	if ((rc = db_budget_perf_year(db, in->performance_id, pyear,
	    &owner)) <= 0) {
		o->why = BUDGET_E_PERFORMANCE;
		return rc;
	}
	if (year != 0 && *pyear != year) {
		o->why = BUDGET_E_PERFORMANCE;
		return 0;
	}
	*unit = in->org_unit_id != 0 ? in->org_unit_id : owner;
	if ((rc = db_budget_unit_under(db, *unit, owner)) <= 0) {
		o->why = BUDGET_E_UNIT;
		return rc;
	}
	if ((rc = db_budget_taakveld_exists(db, in->taakveld)) <= 0) {
		o->why = BUDGET_E_TAAKVELD;
		return rc;
	}
	return 1;
}

/* 1 when year's state allows what check says, 0 (o->why), -1 error. */
static int
budget_edit_year(struct db *db, int year,
    enum budget_err (*check)(const char *), struct budget_outcome *o)
{
	char	state[16];
	int	rc;

	if ((rc = db_budget_year_state(db, year, state, sizeof(state))) < 0)
		return -1;
	if ((o->why = check(rc == 1 ? state : NULL)) != BUDGET_OK)
		return 0;
	return 1;
}

/*
 * Create a line in a concept year.  Returns 1 with *id, 0 refused
 * (o->why), -1 on a system failure.
 */
int
budget_edit_line_create(struct db *db, const struct db_who *who,
    const struct budget_line_in *given, int64_t *id, struct budget_outcome *o)
{
	struct budget_line_in	in = *given;
	int			year, res;

	memset(o, 0, sizeof(*o));
	*id = 0;
	if ((o->why = budget_edit_line_check(&in)) != BUDGET_OK)
		return 0;
	if (!db_begin_immediate(db)) {
		o->sys = DB_ERROR;
		return -1;
	}
	if ((res = budget_edit_line_place(db, &in, 0, &in.org_unit_id, &year,
	    o)) == 1 &&
	    (res = budget_edit_year(db, year, budget_lines_editable, o)) == 1) {
		if ((o->sys = db_budget_line_insert(db, &in, 0, who, id)) !=
		    DB_OK || !db_budget_sync(db, in.performance_id))
			res = -1;
	}
	return budget_edit_end(db, res, o);
}

/*
 * Change a line of a concept year: everything but its performance.
 * Returns 1, 0 refused (o->why), -1 on a system failure.
 */
int
budget_edit_line_update(struct db *db, const struct db_who *who, int64_t id,
    int64_t expect_version, const struct budget_line_in *given,
    struct budget_outcome *o)
{
	struct budget_line_in	in = *given;
	struct budget_line_row	cur;
	int			year, res;

	memset(o, 0, sizeof(*o));
	if ((o->why = budget_edit_line_check(&in)) != BUDGET_OK)
		return 0;
	if (!db_begin_immediate(db)) {
		o->sys = DB_ERROR;
		return -1;
	}
	if ((res = db_budget_line_get(db, id, &cur)) == 0)
		o->why = BUDGET_E_LINE;
	if (res == 1) {
		in.performance_id = cur.performance_id;
		res = budget_edit_year(db, cur.year, budget_lines_editable, o);
	}
	if (res == 1)
		res = budget_edit_line_place(db, &in, cur.year,
		    &in.org_unit_id, &year, o);
	if (res == 1) {
		switch ((o->sys = db_budget_line_update(db, id, expect_version,
		    &in, who))) {
		case DB_OK:
			if (!db_budget_sync(db, in.performance_id))
				res = -1;
			break;
		case DB_CONFLICT:
			o->sys = DB_OK;
			o->why = BUDGET_E_VERSION;
			res = 0;
			break;
		default:
			res = -1;
			break;
		}
	}
	db_budget_line_clear(&cur);
	return budget_edit_end(db, res, o);
}

/* The pure checks of an amendment as given; o->bad names the change. */
static enum budget_err
budget_edit_amend_check(const struct budget_amend_in *a,
    struct budget_outcome *o)
{
	enum budget_err	e;
	size_t		i, j;

	if (!year_date_ok(a->decided_on))
		return BUDGET_E_DATE;
	if (budget_desc_check(a->description, BUDGET_AMEND_DESC_MAX, 1) !=
	    BUDGET_OK)
		return BUDGET_E_DESCRIPTION;
	if (a->n == 0)
		return BUDGET_E_NO_CHANGES;
	if (a->n > BUDGET_CHANGES_MAX)
		return BUDGET_E_TOO_MANY;
	for (i = 0; i < a->n; i++) {
		o->bad = i;
		if (a->changes[i].delta == 0)
			return BUDGET_E_AMOUNT_ZERO;
		if (a->changes[i].delta > BUDGET_MAX_CENTS ||
		    a->changes[i].delta < -BUDGET_MAX_CENTS)
			return BUDGET_E_AMOUNT_RANGE;
		if (a->changes[i].line_id == 0) {
			if (a->changes[i].delta < 0)
				return BUDGET_E_NEGATIVE;
			if ((e = budget_edit_line_check(&a->changes[i].line)) !=
			    BUDGET_OK)
				return e;
			continue;
		}
		for (j = 0; j < i; j++)
			if (a->changes[j].line_id == a->changes[i].line_id)
				return BUDGET_E_DUPLICATE_LINE;
	}
	o->bad = 0;
	return BUDGET_OK;
}

/* One change inside the transaction: 1, 0 refused, -1 error; *perf is
 * the performance whose budget it moves. */
static int
budget_edit_change(struct db *db, const struct db_who *who, int year,
    int64_t amendment_id, const struct budget_change_in *c, int64_t *perf,
    struct budget_outcome *o)
{
	struct budget_line_in	 in;
	struct budget_line_row	 cur;
	int64_t			 line = c->line_id, v;
	int			 res, pyear;

	if (line == 0) {
		in = c->line;
		in.amount = 0;
		memset(in.raming, 0, sizeof(in.raming));
		if ((res = budget_edit_line_place(db, &in, year,
		    &in.org_unit_id, &pyear, o)) != 1)
			return res;
		if ((o->sys = db_budget_line_insert(db, &in, amendment_id, who,
		    &line)) != DB_OK)
			return -1;
		*perf = in.performance_id;
	} else {
		if ((res = db_budget_line_get(db, line, &cur)) != 1) {
			o->why = BUDGET_E_LINE;
			return res;
		}
		*perf = cur.performance_id;
		res = cur.year != year ? (o->why = BUDGET_E_LINE, 0) :
		    (o->why = budget_actual(cur.actueel, c->delta, &v)) !=
		    BUDGET_OK ? 0 : 1;
		db_budget_line_clear(&cur);
		if (res != 1)
			return res;
	}
	if ((o->sys = db_budget_change_insert(db, amendment_id, line, c->delta,
	    who)) != DB_OK)
		return -1;
	return 1;
}

/*
 * Record an amendment of an adopted year with its changes, numbered next
 * in its year, and bring every performance it touches in step.  Returns
 * 1 with *id and *number, 0 refused (o->why, o->bad), -1 on a system
 * failure.
 */
int
budget_edit_amend(struct db *db, const struct db_who *who,
    const struct budget_amend_in *a, int64_t *id, int *number,
    struct budget_outcome *o)
{
	int64_t	*perfs = NULL;
	size_t	 i;
	int	 res;

	memset(o, 0, sizeof(*o));
	*id = 0;
	*number = 0;
	if ((o->why = budget_edit_amend_check(a, o)) != BUDGET_OK)
		return 0;
	if ((perfs = calloc(a->n, sizeof(*perfs))) == NULL) {
		o->sys = DB_ERROR;
		return -1;
	}
	if (!db_begin_immediate(db)) {
		free(perfs);
		o->sys = DB_ERROR;
		return -1;
	}
	res = budget_edit_year(db, a->year, budget_amendable, o);
	if (res == 1 && !db_budget_amendment_next(db, a->year, number))
		res = -1;
	if (res == 1 && (o->sys = db_budget_amendment_insert(db, a->year,
	    *number, a->decided_on, a->description, who, id)) != DB_OK)
		res = -1;
	for (i = 0; res == 1 && i < a->n; i++) {
		o->bad = i;
		res = budget_edit_change(db, who, a->year, *id, &a->changes[i],
		    &perfs[i], o);
	}
	for (i = 0; res == 1 && i < a->n; i++)
		if (!db_budget_sync(db, perfs[i]))
			res = -1;
	if (res == 1)
		o->bad = 0;
	free(perfs);
	if (res != 1) {
		*id = 0;
		*number = 0;
	}
	return budget_edit_end(db, res, o);
}
