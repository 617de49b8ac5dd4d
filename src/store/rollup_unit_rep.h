/*
 * rollup_unit_rep.h: the indicators an org unit's subtree reports but the
 * unit does not answer for, judged on the subtree's own figures
 * (migrations/0009-rollup-unit-reported.sql, docs/rollup-rules.md).
 */
#ifndef KOERS_ROLLUP_UNIT_REP_H
#define KOERS_ROLLUP_UNIT_REP_H

#include <stddef.h>
#include <stdint.h>

#include "rollup_calc.h"

struct db;

/* One stored row that changes: old or now -1 when there is no row. */
struct rollup_rep_move {
	int64_t	unit_id, period_id;
	int	old, now;
};

/*
 * The org tree as parent ids, for callers that hold it (the rebuild):
 * parent[u] for 1 <= u <= maxunit, 0 at the top, -1 when there is no
 * unit u.  Without it the ancestors are read from org_unit_tree.
 */
struct rollup_rep_tree {
	const int64_t	*parent;
	int64_t		 maxunit;
};

int	rollup_unit_rep_diff(struct db *, const struct rollup_rep_tree *,
	    const struct rollup_ind *,
	    const int64_t pids[5], const struct rollup_fig *, size_t,
	    const struct rollup_tgt *, size_t, struct rollup_rep_move **,
	    size_t *);
int	rollup_unit_rep_write(struct db *, int64_t indicator_id,
	    const struct rollup_rep_move *, size_t);

#endif
