/*
 * rollup_store_rb.h: the state of one rollup rebuild, shared by
 * src/rollup_store_rebuild.c (structure, indicators) and
 * src/rollup_store_rb.c (costs and node rows).  Private to those two.
 */
#ifndef KOERS_ROLLUP_STORE_RB_H
#define KOERS_ROLLUP_STORE_RB_H

#include <stddef.h>
#include <stdint.h>

#include "rollup_store.h"

#define RB_YEARS	128	/* budget years 2000..2100 fit */

struct rb_node {
	int64_t			 n_ind;
	struct status_counts	 c;
	struct finance		 f;
};

struct rb {
	struct db		*db;
	int64_t			 maxunit, maxperiod, maxprog, maxeff, maxperf,
				 maxind;
	int64_t			*parent;	/* [unit] */
	int			*p_year, *p_quarter;	/* [period] */
	int64_t			 pid[RB_YEARS][5];	/* [year-2000][q] */
	int			*g_year;	/* [programme] */
	int64_t			*g_dir;
	int64_t			*e_prog;	/* [effect] */
	int64_t			*f_eff, *f_owner, *f_budget; /* [perf] */
	struct rollup_ind	*ind;		/* [indicator]; id 0: none */
	struct rb_node		*n_prog, *n_eff; /* [id * 5 + q] */
	struct rb_node		*n_unit;	/* [unit * nper + period] */
	int64_t			*n_unit_ind;	/* [unit * RB_YEARS + y] */
};

int	rollup_store_rb_grow(void *, size_t *, size_t, size_t);
int	rollup_store_rb_costs(struct rb *);
int	rollup_store_rb_nodes(struct rb *, int64_t *changed);

#endif
