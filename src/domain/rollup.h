/*
 * rollup.h: how the figures of several org units and periods combine into
 * one value, how costs add up, and which way a trend points.  Pure
 * functions over plain structs: no I/O, no allocation.  Every result is
 * independent of the order of its inputs.  The rules in words are in
 * docs/rollup-rules.md; statuses and their summary are in status.h.
 */
#ifndef KOERS_ROLLUP_H
#define KOERS_ROLLUP_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "status.h"

enum rollup_err {
	ROLLUP_OK = 0,
	ROLLUP_EINVAL,		/* bad rule or arguments: a programming error */
	ROLLUP_ERANGE		/* result or sum does not fit in int64 */
};

/* What the rollup needs to know of an indicator. */
struct rollup_rule {
	enum aggregation aggregation;
	int		 decimals;	/* 0..4: values are scaled by 10^decimals */
	int		 weighted;	/* mean: 1 when weight_name is set */
	int64_t		 ratio_factor;	/* ratio: 100 for '%', 1 for a quotient */
	int		 cumulative;	/* targets are year-to-date */
};

/* One figure: one org unit, one period.  Missing is never zero. */
struct rollup_input {
	int		 has_value;
	int64_t		 value;		/* scaled */
	int64_t		 weight;	/* mean: <= 0 (or NULL, pass 0) is unusable */
	int		 has_ratio;	/* ratio: numerator and denominator entered */
	int64_t		 numerator;
	int64_t		 denominator;
	int		 period_index;	/* e.g. the quarter, 1..4 */
};

/* The rolled-up value, with what it was made of (for drill-down). */
struct rollup_value {
	int		 has_value;	/* 0: no data (value is 0, meaningless) */
	int64_t		 value;		/* scaled like the indicator */
	size_t		 n;		/* figures used */
	size_t		 skipped;	/* figures with data that were not used */
	int64_t		 num, den;	/* ratio: the summed components */
	int64_t		 weight_sum;	/* mean: the summed weights used */
	int		 last_period;	/* last: the period the value is from */
};

/*
 * Costs of one performance (a cost line), or the total of several.  Build
 * a part with rollup_finance_part(); a zero-initialised struct is the
 * empty total.  Like with like: budget, realised and the deviation are
 * over the lines that reported a realisation only (n_realised of n), so
 * a missing amount is never read as zero spent and an unreported line's
 * budget never reads as underspending.  The forecast is over the lines
 * with a forecast, against their year budget.
 */
struct finance {
	int64_t		 budget;	/* cents, through the period, of the
					 * parts with realised (the shown
					 * budget; equals budget_realised) */
	int64_t		 year_budget;	/* cents, whole year, all parts */
	int		 has_realised;	/* at least one part has realised */
	int64_t		 realised;	/* cents, through the period */
	int64_t		 budget_realised; /* budget of the parts with realised */
	int		 has_forecast;	/* at least one part has a forecast */
	int64_t		 forecast;	/* cents, year end */
	int64_t		 year_budget_forecast; /* year budget of those parts */
	size_t		 n;		/* parts: every cost line */
	size_t		 n_realised;	/* parts with realised ("n of m") */
	size_t		 n_forecast;	/* parts with a forecast */
};

enum trend {
	TREND_NONE = 0,		/* "none": one side has no data */
	TREND_SAME,		/* "same" */
	TREND_BETTER,		/* "better" */
	TREND_WORSE,		/* "worse" */
	TREND__MAX
};

enum rollup_err	 rollup_value(const struct rollup_rule *,
		    const struct rollup_input *, size_t, struct rollup_value *);
enum rollup_err	 rollup_ytd(const struct rollup_rule *,
		    const struct rollup_input *, size_t, int period,
		    struct rollup_value *);
enum rollup_err	 rollup_period_value(const struct rollup_rule *,
		    const struct rollup_input *, size_t, int period,
		    struct rollup_value *);

struct finance	 rollup_finance_part(int64_t budget, int64_t year_budget,
		    int has_realised, int64_t realised,
		    int has_forecast, int64_t forecast);
enum rollup_err	 rollup_finance_add(struct finance *, const struct finance *);
int		 rollup_finance_deviation(const struct finance *,
		    int threshold_bp, int64_t threshold_cents,
		    struct cost_status *);
int		 rollup_finance_forecast_deviation(const struct finance *,
		    int threshold_bp, int64_t threshold_cents,
		    struct cost_status *);

enum trend	 rollup_trend_status(enum status before, enum status now);
enum trend	 rollup_trend_value(int64_t before, int has_before,
		    int64_t now, int has_now, enum direction);
const char	*rollup_trend_name(enum trend);

#endif
