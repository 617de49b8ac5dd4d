/*
 * status.h: how one figure is judged against its target, how a cost
 * deviation is judged against the thresholds, and how the statuses of many
 * indicators are summarised into one.  Pure functions over plain values:
 * no I/O, no allocation.  The rules in words are in docs/rollup-rules.md.
 */
#ifndef KOERS_STATUS_H
#define KOERS_STATUS_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"

/*
 * Ordered so that a worse status compares higher; STATUS_NO_DATA is lowest
 * because it says nothing about performance.  The names are stable API keys
 * (JSON, CSS classes, exports): never renumber, never rename.
 */
enum status {
	STATUS_NO_DATA = 0,	/* "no_data": grey */
	STATUS_ON_TRACK,	/* "on_track": green */
	STATUS_AT_RISK,		/* "at_risk": amber */
	STATUS_OFF_TRACK,	/* "off_track": red */
	STATUS__MAX
};

/*
 * How many indicators have each status: n[STATUS_ON_TRACK] and so on.  A
 * parent's counts (performance, effect, programme, org unit) are its own
 * indicators plus its children's counts, merged; status_summary() then
 * takes the worst status of those with data (none: no data), the one
 * rule for every summary (docs/rollup-rules.md).
 */
struct status_counts {
	size_t		 n[STATUS__MAX];
};

/* A cost deviation, as judged by status_cost(). */
struct cost_status {
	int64_t		 deviation_cents; /* realised - budget; + is overspending */
	int		 has_bp;	/* 0 when the budget is 0: no percentage */
	int64_t		 deviation_bp;	/* deviation / |budget| in basis points */
	int		 needs_explanation; /* over both thresholds */
};

/*
 * How a status shows, the one place that decides it for every page, the
 * PDF, the XLSX and the entry form's script (which copies it from the
 * page): a shape, so that colour is never the only signal; the catalogue
 * key of its word; the CSS class that gives its colour.
 */
struct status_look {
	const char	*icon;	/* UTF-8: ○ no data, ● on track, ▲ at risk, ✖ off */
	const char	*key;	/* catalogue key of the word: T_STATUS_ON_TRACK */
	const char	*css;	/* CSS class: status-on_track */
};

const char	*status_name(enum status);
const struct status_look *status_look(enum status);
int		 status_from_name(const char *, enum status *);
enum status	 status_of(int64_t value, int has_value, int64_t target,
		    int has_target, enum direction, int tolerance_bp);
struct cost_status status_cost(int64_t budget_cents, int64_t realised_cents,
		    int threshold_bp, int64_t threshold_cents);
int		 status_counts_add(struct status_counts *, enum status);
void		 status_counts_merge(struct status_counts *,
		    const struct status_counts *);
size_t		 status_counts_with_data(const struct status_counts *);
enum status	 status_summary(const struct status_counts *);

/* Exact division rounded half away from zero; shared with rollup.c. */
int		 status_round_div(__int128 num, __int128 den, int64_t *out);

#endif
