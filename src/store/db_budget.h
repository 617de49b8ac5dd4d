/*
 * db_budget.h: budget lines, the Iv3 taakvelden and the
 * begrotingswijzigingen (migrations/0013-budget-lines.sql).  Every write
 * runs in the caller's transaction (src/service/budget_edit.c holds it),
 * is audited, and keeps performance.budget_cents, the phasing in
 * cost.budget_cents and the stored rollups in step (db_budget_sync()).
 */
#ifndef KOERS_DB_BUDGET_H
#define KOERS_DB_BUDGET_H

#include <stddef.h>
#include <stdint.h>

#include "budget.h"
#include "db.h"
#include "db_who.h"

struct budget_line_row {
	int64_t		 id;
	int64_t		 performance_id;
	int		 perf_number;
	char		*perf_name;
	int		 effect_number;
	int64_t		 programme_id;
	int		 programme_number;
	char		*programme_name;
	int		 year;
	int64_t		 org_unit_id;
	char		*unit_name;
	enum budget_kind kind;
	enum budget_recurrence recurrence;
	char		*taakveld;	/* "6.3" */
	char		*taakveld_name;
	char		*description;
	int64_t		 primitief;	/* cents, the budget year as adopted */
	int64_t		 actueel;	/* cents, after the amendments */
	int64_t		 raming[BUDGET_RAMING_YEARS];	/* actuele raming */
	int64_t		 n_changes;
	int64_t		 amendment_id;	/* added by an amendment; 0 not */
	int64_t		 version;
};

/* What a form or the API gives for a line. */
struct budget_line_in {
	int64_t		 performance_id;
	int64_t		 org_unit_id;	/* 0: the performance's owner */
	enum budget_kind kind;
	enum budget_recurrence recurrence;
	const char	*taakveld;
	const char	*description;
	int64_t		 amount;	/* cents, the budget year */
	int64_t		 raming[BUDGET_RAMING_YEARS];
};

/* Lasten and baten of one programme, primitief and actueel, in cents. */
struct budget_totals {
	int64_t		 programme_id;
	int		 programme_number;
	int64_t		 lasten_primitief, lasten_actueel;
	int64_t		 baten_primitief, baten_actueel;
	size_t		 n_lines;
};

struct taakveld_row {
	char		*code;
	char		*name;
};

struct amendment_row {
	int64_t		 id;
	int		 year;
	int		 number;
	char		*decided_on;
	char		*description;
	char		*created_at;
	int64_t		 n_changes;
	int64_t		 lasten_delta, baten_delta;	/* cents */
};

/* One change of an amendment, or one step of a line's history. */
struct amendment_change_row {
	int64_t		 amendment_id;
	int		 number;
	char		*decided_on;
	int64_t		 line_id;
	enum budget_kind kind;
	char		*perf_name;
	int		 programme_number;
	char		*taakveld;
	int64_t		 delta;
};

/* The state of a budget year ('draft', 'adopted', 'closed') into st.
 * 1 found, 0 no such year, -1 error. */
int		 db_budget_year_state(struct db *, int year, char *st,
		    size_t sz);
/* The year of a performance's programme: 1 found, 0 none, -1 error;
 * *owner is its owning unit. */
int		 db_budget_perf_year(struct db *, int64_t performance_id,
		    int *year, int64_t *owner);
/* 1 when unit is owner or below it, 0 not, -1 error. */
int		 db_budget_unit_under(struct db *, int64_t unit, int64_t owner);
/* 1 when code is on the Iv3 list, 0 not, -1 error. */
int		 db_budget_taakveld_exists(struct db *, const char *code);
int		 db_budget_taakvelden(struct db *, struct taakveld_row **,
		    size_t *);
void		 db_budget_taakvelden_free(struct taakveld_row *, size_t);

/* Lines of year (programme_id 0: all), in programme order. */
int		 db_budget_lines(struct db *, int year, int64_t programme_id,
		    struct budget_line_row **, size_t *);
/* One line: 1 found, 0 none, -1 error.  Free with db_budget_line_clear. */
int		 db_budget_line_get(struct db *, int64_t id,
		    struct budget_line_row *);
void		 db_budget_line_clear(struct budget_line_row *);
void		 db_budget_lines_free(struct budget_line_row *, size_t);

/* Insert a line (primitief); audited.  DB_OK with *id. */
enum db_res	 db_budget_line_insert(struct db *,
		    const struct budget_line_in *, int64_t amendment_id,
		    const struct db_who *, int64_t *id);
/* Update line id if its version is still expect_version; audited. */
enum db_res	 db_budget_line_update(struct db *, int64_t id,
		    int64_t expect_version, const struct budget_line_in *,
		    const struct db_who *);

/* Totals per programme of year, in programme order. */
int		 db_budget_totals(struct db *, int year,
		    struct budget_totals **, size_t *);

/* The next amendment number of year (1 for the first). */
int		 db_budget_amendment_next(struct db *, int year, int *number);
enum db_res	 db_budget_amendment_insert(struct db *, int year, int number,
		    const char *decided_on, const char *description,
		    const struct db_who *, int64_t *id);
enum db_res	 db_budget_change_insert(struct db *, int64_t amendment_id,
		    int64_t line_id, int64_t delta, const struct db_who *);
int		 db_budget_amendments(struct db *, int year,
		    struct amendment_row **, size_t *);
/* 1 found, 0 none, -1 error. */
int		 db_budget_amendment_get(struct db *, int64_t id,
		    struct amendment_row *);
void		 db_budget_amendments_free(struct amendment_row *, size_t);
/* The changes of an amendment (line_id 0), or of a line (amendment 0). */
int		 db_budget_changes(struct db *, int64_t amendment_id,
		    int64_t line_id, struct amendment_change_row **, size_t *);
void		 db_budget_changes_free(struct amendment_change_row *, size_t);

/* A performance of a year, for the budget forms. */
struct budget_perf_row {
	int64_t		 id;
	int		 programme_number, effect_number, number;
	char		*name;
	char		*unit_name;
	int64_t		 budget;	/* cents, the actuele year lasten */
};
int		 db_budget_performances(struct db *, int year,
		    struct budget_perf_row **, size_t *);
void		 db_budget_performances_free(struct budget_perf_row *, size_t);

/*
 * Bring performance_id's year budget in step with its actuele lasten
 * lines (when it has any), scale its quarters' budgets through the
 * quarter with it, and refresh the stored rollups of every quarter of its
 * year.  In the caller's transaction.  Returns 1, or 0 (logged).
 */
int		 db_budget_sync(struct db *, int64_t performance_id);

#endif
