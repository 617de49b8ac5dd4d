/*
 * demo_programme.h: the demo programme budget as templates, shared by
 * demo_budget.c (which instantiates them per budget year and scale) and
 * demo_programme.c (which holds the Dutch texts).  Not for other callers.
 */
#ifndef KOERS_DEMO_PROGRAMME_H
#define KOERS_DEMO_PROGRAMME_H

#include <stddef.h>
#include <stdint.h>

#define DEMO_EFFECT_INDS	2
#define DEMO_PERF_INDS		3
#define DEMO_EFFECT_PERFS	3
#define DEMO_PROG_EFFECTS	4

/*
 * An indicator.  target is the 2012 year target, scaled by 10^decimals, for
 * the whole owning unit at scale 1 (split over the teams when per_team);
 * it moves by step a year (0: 2 % of the target) in the good direction.
 * volume is, per quarter, the denominator of a ratio or the weight of a
 * weighted mean, unscaled.
 */
struct demo_ind {
	const char	*name;
	const char	*unit;		/* aantal, %, dagen, euro, score */
	const char	*direction;	/* up, down */
	const char	*aggregation;	/* sum, mean, last, ratio */
	const char	*weight_name;
	int		 cumulative;
	int		 decimals;
	int		 tolerance_bp;
	int64_t		 target;
	int64_t		 step;
	int64_t		 volume;
	int		 per_team;	/* reported by each team of the owner */
	const char	*source;
	int		 is_policy;
};

struct demo_perf {
	const char	*name;		/* NULL ends the list */
	const char	*description;
	const char	*owner;		/* org_unit code at scale 1 */
	int64_t		 budget_keur;	/* 2012 budget, thousands of euro */
	struct demo_ind	 ind[DEMO_PERF_INDS];
};

struct demo_effect {
	const char	*name;		/* NULL ends the list */
	const char	*description;
	struct demo_ind	 ind[DEMO_EFFECT_INDS];
	struct demo_perf perf[DEMO_EFFECT_PERFS];
};

struct demo_prog {
	const char	*name;
	const char	*holder;	/* portfolio holder (wethouder) */
	const char	*directie;	/* org_unit code of the owning directie */
	const char	*ambition;
	struct demo_effect effect[DEMO_PROG_EFFECTS];
};

extern const struct demo_prog	demo_progs[];
extern const size_t		demo_progs_len;

#endif
