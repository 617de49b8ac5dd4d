/*
 * model.h: the plain structs of the domain, as the data layer fills them and
 * the pages, the API and the domain functions read them.  Strings are owned
 * by the struct; every list type has a _free in its db_<table>.c that
 * accepts NULL.
 */
#ifndef KOERS_MODEL_H
#define KOERS_MODEL_H

#include <stddef.h>
#include <stdint.h>

enum org_kind {
	ORG_GEMEENTE,
	ORG_DIRECTIE,
	ORG_AFDELING,
	ORG_TEAM,
	ORG__MAX
};

struct org_unit {
	int64_t		 id;
	int64_t		 parent_id;	/* 0 for the gemeente */
	enum org_kind	 kind;
	char		*code;
	char		*name;
	char		*manager_name;
	int		 depth;		/* 0 for the gemeente */
	int		 first_year;	/* valid from; 0: always */
	int		 last_year;	/* valid until; 0: open */
};

struct org_list {
	struct org_unit	*v;
	size_t		 n;
};

enum period_state {
	PERIOD_PLANNED,
	PERIOD_OPEN,
	PERIOD_CLOSED,
	PERIOD__MAX
};

struct period {
	int64_t		 id;
	int		 year;
	int		 quarter;
	enum period_state state;
	char		 deadline[11];	/* YYYY-MM-DD: submission */
	char		 review_deadline[11]; /* YYYY-MM-DD: review */
	char		 name[12];	/* 2014-Q3 */
};

struct period_list {
	struct period	*v;
	size_t		 n;
};

struct year {
	int		 year;
	char		*state;
	size_t		 programmes;
	char		 adopted_on[11];	/* raadsbesluit, or "" */
};

struct year_list {
	struct year	*v;
	size_t		 n;
};

enum direction {
	DIR_UP,		/* higher is better */
	DIR_DOWN	/* lower is better */
};

enum aggregation {
	AGG_SUM,
	AGG_MEAN,
	AGG_LAST,
	AGG_RATIO,
	AGG__MAX
};

struct target {
	int64_t		 org_unit_id;
	int		 year;
	int		 quarter;	/* 0: the whole year */
	int64_t		 value;		/* scaled */
};

struct figure {
	int64_t		 id;
	int64_t		 indicator_id;
	int64_t		 org_unit_id;
	int64_t		 period_id;
	char		 period[12];
	int		 has_value;
	int64_t		 value;
	int		 has_forecast;
	int64_t		 forecast;
	char		*explanation;
	char		*measure;
	int64_t		 version;
	char		*updated_by;
	char		*updated_at;
};

struct indicator {
	int64_t		 id;
	int64_t		 effect_id;	/* 0 unless an effect indicator */
	int64_t		 performance_id; /* 0 unless a performance indicator */
	char		*code;
	char		*name;
	char		*unit;
	enum direction	 direction;
	enum aggregation aggregation;
	char		*weight_name;
	int		 cumulative;
	int		 decimals;
	int		 tolerance_bp;
	int		 has_min, has_max, has_baseline;
	int64_t		 min_value, max_value, baseline;
	int		 baseline_year;
	char		*source;
	int		 is_policy;
	/* Filled by the calls that ask for them: */
	struct target	*targets;
	size_t		 targetn;
	struct figure	*figures;
	size_t		 figuren;
};

struct performance {
	int64_t		 id;
	int64_t		 effect_id;
	int		 number;
	char		*name;
	char		*description;
	int64_t		 org_unit_id;
	char		*org_unit_name;
	int64_t		 budget_cents;
	struct indicator *indicators;
	size_t		 indicatorn;
};

struct effect {
	int64_t		 id;
	int		 number;
	char		*name;
	char		*description;
	struct indicator *indicators;
	size_t		 indicatorn;
	struct performance *performances;
	size_t		 performancen;
};

struct programme {
	int64_t		 id;
	int		 year;
	int		 number;
	char		*name;
	char		*portfolio_holder;
	int64_t		 directie_id;
	char		*directie_name;
	char		*ambition;
	int64_t		 budget_cents;	/* sum of its performances' budgets */
	struct effect	*effects;
	size_t		 effectn;
};

struct programme_list {
	struct programme *v;
	size_t		 n;
};

#endif
