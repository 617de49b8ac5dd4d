/*
 * db_cost.h: the cost lines (budget, realised, forecast) of the
 * performances a unit owns, per period; saved like figures: versioned,
 * audited, with the rollup hook, in the caller's transaction.
 */
#ifndef KOERS_DB_COST_H
#define KOERS_DB_COST_H

#include <stddef.h>
#include <stdint.h>

#include "db.h"
#include "db_who.h"
#include "model.h"

struct cost_vals {
	int64_t		 budget_cents;	/* through this period */
	int		 has_realised, has_forecast;
	int64_t		 realised_cents, forecast_cents;
	char		*explanation;
	char		*measure;
	int64_t		 version;	/* 0: no row yet */
};

struct form_cost {
	int64_t		 performance_id;
	int		 programme_number;
	int		 number;
	char		*name;
	int64_t		 year_budget_cents;
	struct cost_vals cur;
	int		 has_last;
	struct cost_vals last;
};

struct cost_key {
	int64_t		 performance_id;
	int64_t		 period_id;
	const char	*period_name;
};

int		 db_cost_form(struct db *, int64_t org_unit_id,
		    const struct period *, int64_t last_period_id,
		    struct form_cost **, size_t *);
void		 db_cost_form_free(struct form_cost *, size_t);
int		 db_cost_get(struct db *, int64_t performance_id,
		    int64_t period_id, struct cost_vals *);
void		 db_cost_vals_clear(struct cost_vals *);
enum db_res	 db_cost_save(struct db *, const struct cost_key *,
		    int64_t expect_version, const struct cost_vals *,
		    const struct db_who *, int64_t *new_version);
int		 db_cost_thresholds(struct db *, int *bp, int64_t *cents);
int		 db_cost_owner(struct db *, int64_t performance_id,
		    int64_t *org_unit_id);

#endif
