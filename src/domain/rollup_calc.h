/*
 * rollup_calc.h: one indicator, one period, rolled up over all its reporting
 * units: the value, the target and the status.  Pure: no I/O, no
 * allocation.  rollup_store.c feeds it from the database both in the
 * incremental hooks and in the full rebuild, so both give the same numbers.
 */
#ifndef KOERS_ROLLUP_CALC_H
#define KOERS_ROLLUP_CALC_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "rollup.h"
#include "status.h"

/* What the rollup knows of an indicator. */
struct rollup_ind {
	int64_t			 id;
	int64_t			 programme_id;
	int64_t			 effect_id;
	int64_t			 performance_id;	/* 0: effect indicator */
	int64_t			 owner_id;	/* org unit that answers for it */
	int			 year;
	struct rollup_rule	 rule;
	enum direction		 direction;
	int			 tolerance_bp;
};

/* One figure of one reporting unit in one quarter of the year. */
struct rollup_fig {
	int64_t			 unit;
	struct rollup_input	 in;		/* in.period_index: quarter */
};

/* One target of one reporting unit for one quarter (0: the year). */
struct rollup_tgt {
	int64_t			 unit;
	int			 quarter;
	int64_t			 value;
};

/* The result for one quarter. */
struct rollup_row {
	struct rollup_value	 v;
	size_t			 units;		/* units that entered the quarter */
	int			 has_target;
	int64_t			 target;
	enum status		 status;
	int64_t			 shortfall_bp;	/* 0 unless at risk or off track */
};

#define ROLLUP_SHORTFALL_MAX	1000000000LL

int	rollup_calc(const struct rollup_ind *, const struct rollup_fig *,
	    size_t, const struct rollup_tgt *, size_t, int quarter,
	    struct rollup_input *scratch, struct rollup_row *);

#endif
