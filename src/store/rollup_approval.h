/*
 * rollup_approval.h: how many figures behind a rolled-up number are not
 * approved yet (migrations/0007-rollup-approval.sql, issue 13 item 3).
 *
 * A figure's workflow state is the submission state of its org unit and
 * period; anything but "approved" makes a number that includes it
 * provisional ("voorlopig").  The writers call the *_changed functions in
 * their write transaction; they return 1, or 0 when the caller must roll
 * back.
 */
#ifndef KOERS_ROLLUP_APPROVAL_H
#define KOERS_ROLLUP_APPROVAL_H

#include <stdint.h>

struct db;

/* The figures behind a number and how many of them are not approved. */
struct approval {
	int64_t	n_figures;
	int64_t	n_unapproved;
};

/* What rollup_approval_get() adds up (ROLLUP_* of rollup_store.h, or 0). */
#define APPROVAL_ALL	0	/* every indicator of the period */

int	rollup_approval_figure_changed(struct db *, int64_t indicator_id,
	    int64_t period_id);
int	rollup_approval_submission_changed(struct db *, int64_t org_unit_id,
	    int64_t period_id);
/* The rebuild's writes of rows that differ (src/store/rebuild/). */
int	rollup_approval_put(struct db *, int64_t indicator_id,
	    int64_t period_id, int64_t n_figures, int64_t n_unapproved);
int	rollup_approval_delete(struct db *, int64_t indicator_id,
	    int64_t period_id);
int	rollup_approval_get(struct db *, int kind, int64_t node_id,
	    int64_t period_id, struct approval *);
int	rollup_approval_indicator(struct db *, int64_t indicator_id,
	    int64_t period_id, struct approval *);

#endif
