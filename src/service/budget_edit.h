/*
 * budget_edit.h: the writes of the municipality's own budget, each one
 * transaction: check (src/domain/budget.c), write (src/store/db_budget.c),
 * keep the performance budgets and rollups in step, audit, commit; on any
 * refusal nothing is saved.  The pages and the API call these alone.
 */
#ifndef KOERS_BUDGET_EDIT_H
#define KOERS_BUDGET_EDIT_H

#include <stddef.h>
#include <stdint.h>

#include "budget.h"
#include "db.h"
#include "db_budget.h"
#include "db_who.h"

/* One change of an amendment: a signed delta of an existing line, or
 * (line_id 0) a new line whose year amount is the change. */
struct budget_change_in {
	int64_t		 line_id;
	int64_t		 delta;		/* cents, signed, not 0 */
	struct budget_line_in line;	/* line_id 0: the new line */
};

struct budget_amend_in {
	int		 year;
	const char	*decided_on;	/* YYYY-MM-DD */
	const char	*description;
	const struct budget_change_in *changes;
	size_t		 n;
};

/* The outcome: res 1 done, 0 refused (why, and which change: bad), -1 a
 * system failure (500; storage full: sys says so). */
struct budget_outcome {
	enum budget_err	 why;
	size_t		 bad;		/* the change at fault, 0-based */
	enum db_res	 sys;
};

int	budget_edit_line_create(struct db *, const struct db_who *,
	    const struct budget_line_in *, int64_t *id, struct budget_outcome *);
/* Change line id (not its performance) if its version is still
 * expect_version; BUDGET_E_VERSION when not. */
int	budget_edit_line_update(struct db *, const struct db_who *, int64_t id,
	    int64_t expect_version, const struct budget_line_in *,
	    struct budget_outcome *);
int	budget_edit_amend(struct db *, const struct db_who *,
	    const struct budget_amend_in *, int64_t *id, int *number,
	    struct budget_outcome *);

#endif
