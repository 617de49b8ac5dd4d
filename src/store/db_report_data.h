/*
 * db_report_data.h: what a report draft reads besides the programme budget:
 * every figure of a year up to a quarter and the costs of a period (the
 * cost deviation thresholds come from db_cost_thresholds).
 */
#ifndef KOERS_DB_REPORT_DATA_H
#define KOERS_DB_REPORT_DATA_H

#include "db.h"
#include "report.h"

/* A figure with the indicator it belongs to; strings owned. */
struct db_report_fig {
	int64_t			 indicator_id;
	struct report_figure	 f;	/* its strings point into the fields below */
	char			*explanation;
	char			*measure;
	char			*unit_name;
};

struct db_report_cost {
	int64_t		 performance_id;
	int64_t		 budget;
	int		 has_realised;
	int64_t		 realised;
	int		 has_forecast;
	int64_t		 forecast;
	char		*explanation;
	char		*measure;
};

/* An indicator as the materialised rollup has it for a period. */
struct db_report_rollup {
	int64_t		 indicator_id;
	int		 has_value;
	int64_t		 value;
	int		 has_target;
	int64_t		 target;
	enum status	 status;
};

struct db_report_rollup	*db_report_data_rollup(struct db *, int64_t period_id,
			    size_t *n);
struct db_report_fig	*db_report_data_figures(struct db *, int year,
			    int quarter, size_t *n);
struct db_report_cost	*db_report_data_costs(struct db *, int64_t period_id,
			    size_t *n);
void			 db_report_data_figures_free(struct db_report_fig *,
			    size_t);
void			 db_report_data_costs_free(struct db_report_cost *,
			    size_t);

#endif
