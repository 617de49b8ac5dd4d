/*
 * entry.h: checking what a manager typed for one figure or one cost line,
 * at the source.  Pure functions over plain values: no I/O, no allocation.
 *
 * A check returns every problem as a message per field (the field's name,
 * a catalogue key and what Koers understood), never one generic error, so
 * the form can put each message next to its field and keep what was typed.
 *
 * Two modes:
 *   ENTRY_DRAFT   keeps incomplete work: empty fields are fine, but a number
 *                 that cannot be read, is ambiguous, has too many decimals
 *                 or lies outside the indicator's range is refused (the
 *                 typed text is kept and the message shown);
 *   ENTRY_SUBMIT  demands a complete, valid figure: a value (numerator and
 *                 denominator for a ratio, a weight for a weighted mean), a
 *                 forecast, an explanation when the figure is at risk or off
 *                 track, a corrective measure when it is off track;
 *   ENTRY_IMPORT  a row of a bulk import: a value and the explanation and
 *                 measure its status demands; forecast and weight optional.
 */
#ifndef KOERS_ENTRY_H
#define KOERS_ENTRY_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "rollup.h"
#include "status.h"

/*
 * Largest number typed in any field, in absolute value and in its own unit
 * (10^12: a trillion; money: euro).  Far beyond any municipal figure, and
 * small enough that the sums the rollups make over every unit and quarter
 * (ratio parts and values, each at most 10^16 when scaled) cannot leave
 * int64: without it, parts near INT64_MAX passed the check and broke the
 * rollup after the save (a 500 that lost what was typed).
 */
#define ENTRY_NUM_MAX		1000000000000LL
#define ENTRY_NUM_MAX_TEXT	"1000000000000"

/* Longest explanation or measure, in bytes. */
#define ENTRY_TEXT_MAX	4000

enum entry_mode {
	ENTRY_DRAFT,
	ENTRY_SUBMIT,
	ENTRY_IMPORT	/* as SUBMIT, but forecast and weight may be empty */
};

/* One message: which field, which catalogue text, what was read. */
struct entry_msg {
	const char	*field;		/* "value", "forecast", "explanation", ... */
	const char	*key;		/* "T_ENTRY_..." in the catalogue */
	char		 understood[64]; /* what Koers read, or "" */
	char		 limit[32];	/* the bound broken (English plain), or "" */
};

#define ENTRY_MSG_MAX	8

struct entry_msgs {
	struct entry_msg v[ENTRY_MSG_MAX];
	size_t		 n;
};

/* What the check needs to know of an indicator, its target and its past. */
struct entry_rule {
	int		 decimals;	/* 0..4 */
	int		 has_min, has_max;
	int64_t		 min_value, max_value;	/* scaled */
	enum direction	 direction;
	int		 tolerance_bp;
	enum aggregation aggregation;
	int		 weighted;	/* mean with a named weight */
	int64_t		 ratio_factor;	/* ratio: 100 for '%', else 1 */
	int		 cumulative;
	int		 quarter;	/* 1..4, the period entered */
	int		 has_target;
	int64_t		 target;	/* this period's target (year-to-date if cumulative) */
	/* Cumulative: this unit's own figures of the year's earlier quarters. */
	const struct rollup_input *earlier;
	size_t		 earliern;
};

/*
 * The five optional numbers of a figure, in the order every list of them
 * keeps (columns, form fields, API members, audit fields); the names are
 * the fields' names in all of those.
 */
enum fig_num {
	FIG_VALUE,
	FIG_FORECAST,
	FIG_NUMERATOR,
	FIG_DENOMINATOR,
	FIG_WEIGHT,
	FIG__NUMS
};

extern const char *const fig_num_names[FIG__NUMS];

/* A figure as typed.  NULL means the field was not sent: the same as "". */
struct entry_text {
	const char	*value;
	const char	*forecast;
	const char	*numerator;
	const char	*denominator;
	const char	*weight;
	const char	*explanation;
	const char	*measure;
};

/* A figure as understood.  explanation and measure point into the text. */
struct entry_figure {
	int		 has_value;
	int64_t		 value;		/* ratio: computed from the components */
	int		 has_forecast;
	int64_t		 forecast;
	int		 has_numerator, has_denominator;
	int64_t		 numerator, denominator;
	int		 has_weight;
	int64_t		 weight;
	const char	*explanation;	/* never NULL */
	const char	*measure;	/* never NULL */
	int		 has_judged;	/* the value held against the target */
	int64_t		 judged;	/* year-to-date when cumulative */
	enum status	 status;
	struct entry_msgs msgs;
};

struct entry_cost_text {
	const char	*realised;
	const char	*forecast;
	const char	*explanation;
	const char	*measure;
};

struct entry_cost {
	int		 has_realised;
	int64_t		 realised;	/* cents */
	int		 has_forecast;
	int64_t		 forecast;	/* cents */
	const char	*explanation;
	const char	*measure;
	struct cost_status dev;		/* valid when has_realised */
	struct entry_msgs msgs;
};

/* Number k of a figure as typed: where its text is. */
const char	**entry_text_num(struct entry_text *, enum fig_num);

/* Number k of a figure as understood: 1 and *v when it has one. */
int		 entry_figure_num(const struct entry_figure *, enum fig_num,
		    int64_t *v);

/*
 * The decimals of number k of a figure of an indicator with `decimals`
 * decimals.  DECISION: a ratio's numerator and denominator and a weighted
 * mean's weight are whole counts (pupils, inhabitants, respondents), kept
 * unscaled, typed and shown without decimals; the ratio itself and every
 * other number take the indicator's decimals.  The scale of the parts
 * cancels out of the ratio and of the weighted mean, so the rollups do not
 * depend on it.
 */
int		 entry_num_decimals(enum fig_num k, int decimals);

/* The ratio factor of an indicator with unit of measure `unit`. */
int64_t		 entry_ratio_factor(const char *unit);

/*
 * Check one figure.  Fills *out (always, also when there are messages) and
 * returns 1 when there is no message, 0 otherwise.
 */
int		 entry_check_figure(const struct entry_rule *,
		    const struct entry_text *, enum entry_mode,
		    struct entry_figure *out);

/*
 * Check one cost line against its budget so far and the thresholds: in
 * euro with cents.  Submitting demands realised and forecast, and an
 * explanation when the deviation needs one (status_cost).  Returns as
 * entry_check_figure().
 */
int		 entry_check_cost(int64_t budget_cents, int threshold_bp,
		    int64_t threshold_cents, const struct entry_cost_text *,
		    enum entry_mode, struct entry_cost *out);

/* 1 when s is valid UTF-8 without control characters other than tab/newline. */
int		 entry_text_ok(const char *s);

#endif
