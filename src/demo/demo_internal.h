/*
 * demo_internal.h: what the demo's files share (see demo.h).
 *
 * demo.c runs the load and holds the accounts and the helpers every part
 * uses (the one random stream, rounding, binding and stepping inserts);
 * demo_org.c the organisation and the periods; demo_budget.c the
 * programme budget with its indicators and targets; demo_figure.c the
 * workflow states, submissions, figures and costs.  Not for other
 * callers.
 */
#ifndef KOERS_DEMO_INTERNAL_H
#define KOERS_DEMO_INTERNAL_H

#include <sqlite3.h>
#include <stddef.h>
#include <stdint.h>

#include "demo.h"
#include "demo_programme.h"

#define DEMO_NITEMS(a)		(sizeof(a) / sizeof((a)[0]))
#define DEMO_YEAR_FIRST		2012
#define DEMO_YEARS		6	/* 2012-2017 */
#define DEMO_FIG_YEARS		3	/* figures in 2012, 2013 and 2014 */
#define DEMO_OPEN_YEAR		2014
#define DEMO_OPEN_QUARTER	3
/* Sizes of demo_org_units[] and demo_accounts_table[] (checked there). */
#define DEMO_NUNITS		29
#define DEMO_NACCOUNTS		6
/* Inhabitants of the demo city: the weight of its per-inhabitant means. */
#define DEMO_INHABITANTS	124000

enum demo_state {
	DEMO_NONE,		/* not started: no submission row */
	DEMO_DRAFT,
	DEMO_SUBMITTED,
	DEMO_APPROVED,
	DEMO_RETURNED
};

/*
 * The organisation at scale 1, parents before children.  Team codes are
 * <afdeling>-<team>.  account names the demo account whose person manages
 * the unit, so that the figures that unit enters carry a real user.
 */
struct demo_unit {
	const char	*code;
	const char	*parent;
	const char	*kind;
	const char	*name;
	const char	*account;
};

extern const struct demo_unit	demo_org_units[DEMO_NUNITS];

/* One instance of a unit template at one replica. */
struct demo_inst {
	int64_t		 id;
	int64_t		 user_id;	/* its manager's account, 0: none */
	int64_t		 director_id;	/* its directie's director, 0: none */
	int		 used;		/* reports figures or owns costs */
	enum demo_state	 state;		/* in the open period */
};

/* One (indicator, reporting unit) of a year that has figures. */
struct demo_pair {
	const struct demo_ind *t;
	int64_t		 ind_id;
	size_t		 unit;		/* index into demo.inst */
	int64_t		 tgt[5];	/* year, Q1..Q4 */
	int64_t		 min, max;	/* max < min: unbounded above */
	int64_t		 volume;	/* denominator or weight per quarter */
	int64_t		 acc;		/* sum of the quarters so far */
	int		 year;
	int		 health;	/* 0 good, 1 mixed, 2 troubled */
	int		 annual;	/* measured once a year: a Q4 figure */
};

/* One performance of a year that has figures, for its cost rows. */
struct demo_cost {
	int64_t		 perf_id;
	int64_t		 budget;	/* cents, whole year */
	size_t		 unit;
	int		 year;
	int		 health;
};

/* One performance of any year, for its budget lines (demo_begroting.c). */
struct demo_perfrec {
	int64_t		 perf_id;
	const struct demo_perf *tpl;
	int64_t		 unit_id;
	int64_t		 budget;	/* cents, the year's lasten */
	int		 year;
	int		 first;		/* replica 0, copy 0 */
};

struct demo {
	struct db		*db;
	int			 scale;
	int			 copies;	/* performances per template and replica */
	uint64_t		 rng;
	struct demo_inst	*inst;		/* scale * DEMO_NUNITS */
	size_t			 ninst;
	int64_t			 account_id[DEMO_NACCOUNTS];
	int64_t			 period_id[DEMO_FIG_YEARS][4];
	struct demo_pair	*pairs;
	size_t			 npairs, cappairs;
	struct demo_cost	*costs;
	size_t			 ncosts, capcosts;
	struct demo_perfrec	*perfs;
	size_t			 nperfs, capperfs;
	size_t			 nunits, nind, nfig;
	int64_t			 tpl_keur;	/* sum of the templates' budgets */
};

/* demo.c */

/* Uniform in [lo, hi], from the demo's one random stream. */
int64_t		 demo_range(struct demo *, int64_t lo, int64_t hi);
/* One of the n texts of v, from the same stream. */
const char	*demo_pick(struct demo *, const char *const *v, size_t n);
/* a * b / c rounded to nearest, for non-negative b and positive c. */
int64_t		 demo_muldiv(int64_t a, int64_t b, int64_t c);
/* 10 to the power e, for e >= 0. */
int64_t		 demo_pow10(int e);
/* v limited to [min, max]; max < min: no upper limit. */
int64_t		 demo_clamp(int64_t v, int64_t min, int64_t max);
/* Step and reset a cached insert: 1, or 0 with what failed logged. */
int		 demo_step(struct demo *, sqlite3_stmt *, const char *what);
/*
 * Bind a static text, a copied text, an optional value (NULL unless has)
 * or a reference (NULL for 0).  They return the sqlite3_bind_* result;
 * SQLITE_OK is 0, so callers OR a row's bindings together and check once.
 */
int		 demo_bind_static(sqlite3_stmt *, int, const char *);
int		 demo_bind_copy(sqlite3_stmt *, int, const char *);
int		 demo_bind_opt(sqlite3_stmt *, int, int has, int64_t v);
int		 demo_bind_ref(sqlite3_stmt *, int, int64_t id);
/* The index of username in demo_accounts_table[], or -1. */
int		 demo_account_ix(const char *username);

/* demo_org.c */

/* The index of code in demo_org_units[], or -1. */
int		 demo_org_tpl(const char *code);
/* Whether unit template t is replicated per scale (afdelingen, teams). */
int		 demo_org_replicated(size_t t);
/* The index into demo.inst of template t at replica r. */
size_t		 demo_org_inst_ix(size_t t, int r);
/* Insert the organisation at d's scale: 1, or 0 (logged). */
int		 demo_org_insert(struct demo *);
/* Insert budget years and periods: 1, or 0 (logged). */
int		 demo_org_periods(struct demo *);
/*
 * The teams of afdeling template owner (at most max) into team[] with
 * their shares in basis points into share[]; returns how many.
 */
int		 demo_org_team_shares(size_t owner, int *team, int64_t *share,
		    size_t max);

/* demo_budget.c */

/*
 * Insert every programme of every budget year with its effects,
 * performances, indicators and targets; collects d->pairs and d->costs
 * for the figures.  Returns 1, or 0 (logged).
 */
int		 demo_budget_programmes(struct demo *);

/*
 * Record a performance for its budget lines.  Returns 1, or 0 (logged).
 */
int		 demo_budget_perf_add(struct demo *, const struct demo_perfrec *);

/* demo_begroting.c */

/*
 * The budget lines of every performance (lasten and baten with their
 * taakvelden and meerjarenraming), the algemene dekkingsmiddelen and the
 * begrotingswijziging of 2014; moves the amended performances' budgets
 * and their d->costs.  Run after demo_budget_programmes(), before the
 * figures.  Returns 1, or 0 (logged).
 */
int		 demo_begroting_lines(struct demo *);

/* demo_figure.c */

/* Decide every used unit's workflow state in the open period. */
void		 demo_figure_states(struct demo *);
/* Insert the submissions of every period up to the open one: 1 or 0. */
int		 demo_figure_submissions(struct demo *);
/* Insert the figures and costs of every period up to the open one: 1 or 0. */
int		 demo_figure_entries(struct demo *);

/* demo_text.c */

/*
 * The explanation and measure of a figure of t with value v (year to date
 * for a cumulative indicator) against target in quarter q, annual when the
 * indicator is measured once a year; status 0 on track (both ""), 1 at
 * risk (explanation only), 2 off track (both).
 */
void		 demo_text_figure(struct demo *, const struct demo_ind *t,
		    int64_t v, int64_t target, int q, int annual, int status,
		    char *expl, size_t esz, char *meas, size_t msz);
/*
 * The explanation of a cost line realised against budget (both year to
 * date, cents) in quarter q, which starts with the direction of the
 * deviation; with a measure when measure.  "" when equal.
 */
void		 demo_text_cost(struct demo *, int64_t budget,
		    int64_t realised, int q, int measure, char *expl,
		    size_t esz, char *meas, size_t msz);

#endif
