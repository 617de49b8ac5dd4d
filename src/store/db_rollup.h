/*
 * db_rollup.h: reading the materialised rollups (migrations/0002-rollup.sql)
 * for the dashboards and the rollup API.
 */
#ifndef KOERS_DB_ROLLUP_H
#define KOERS_DB_ROLLUP_H

#include "db.h"
#include "rollup.h"
#include "status.h"

/* One programme, effect or org unit in one period. */
struct rollup_node_row {
	int64_t			 id;
	int			 number;
	char			*name;
	int64_t			 n_indicators;
	struct status_counts	 counts;	/* n[STATUS_NO_DATA]: the rest */
	enum status		 status;	/* status_summary(counts) */
	struct finance		 fin;
};

struct rollup_node_list {
	struct rollup_node_row	*v;
	size_t			 n;
};

struct rollup_node_list	*db_rollup_programmes(struct db *, int64_t period_id);
struct rollup_node_list	*db_rollup_effects(struct db *, int64_t programme_id,
			    int64_t period_id);
struct rollup_node_list	*db_rollup_unit(struct db *, int64_t unit_id,
			    int64_t period_id);
struct rollup_node_list	*db_rollup_unit_children(struct db *, int64_t unit_id,
			    int64_t period_id);
int			 db_rollup_programme(struct db *, int64_t programme_id,
			    int64_t period_id, struct rollup_node_row *);
void			 db_rollup_node_list_free(struct rollup_node_list *);
void			 db_rollup_thresholds(struct db *, int *bp, int64_t *cents);
int64_t			 db_rollup_generation(struct db *);

/* For db_rollup*.c: step sql with ?1 = a (?2 = b), one element per row. */
int			 db_rollup_each(struct db *, const char *sql, int64_t a,
			    int64_t b, size_t elemsz, db_fill_fn, void *vp,
			    size_t *n);

/* db_rollup_indicator.c */

/* One indicator rolled up over all its reporting units in one period. */
struct rollup_ind_row {
	int64_t			 indicator_id;
	int64_t			 period_id;
	int			 year;
	int			 quarter;
	int64_t			 programme_id;
	int64_t			 effect_id;
	int64_t			 performance_id;	/* 0: effect indicator */
	int64_t			 owner_id;
	struct rollup_value	 v;
	int64_t			 units;
	int			 has_target;
	int64_t			 target;
	enum status		 status;
	int64_t			 shortfall_bp;
};

struct rollup_ind_list {
	struct rollup_ind_row	*v;
	size_t			 n;
};

struct rollup_ind_list	*db_rollup_indicators_of_programme(struct db *,
			    int64_t programme_id, int64_t period_id);
struct rollup_ind_list	*db_rollup_indicators_of_performance(struct db *,
			    int64_t performance_id, int64_t period_id);
struct rollup_ind_list	*db_rollup_indicators_of_effects(struct db *,
			    int64_t programme_id, int64_t period_id);
struct rollup_ind_list	*db_rollup_indicator_history(struct db *,
			    int64_t indicator_id);
void			 db_rollup_ind_list_free(struct rollup_ind_list *);
const struct rollup_ind_row *db_rollup_ind_find(const struct rollup_ind_list *,
			    int64_t indicator_id, int64_t period_id);

/* An indicator furthest off its target, with what its units said. */
struct rollup_worst_row {
	struct rollup_ind_row	 r;
	char			*code;
	char			*name;
	char			*unit;
	int			 decimals;
	int			 programme_number;
	char			*programme_name;
	char			*explanation;	/* the units' texts, joined */
	char			*measure;
};

struct rollup_worst_list {
	struct rollup_worst_row	*v;
	size_t			 n;
};

struct rollup_worst_list *db_rollup_worst(struct db *, int64_t period_id,
			    int limit);
void			 db_rollup_worst_list_free(struct rollup_worst_list *);

/* The summary status of each programme (by number) in one quarter. */
struct rollup_hist_row {
	int			 number;
	int64_t			 period_id;
	int			 year;
	int			 quarter;
	struct status_counts	 counts;
	enum status		 status;
};

struct rollup_hist_list {
	struct rollup_hist_row	*v;
	size_t			 n;
};

struct rollup_hist_list	*db_rollup_programme_history(struct db *,
			    int year, int quarter, int quarters);
void			 db_rollup_hist_list_free(struct rollup_hist_list *);

/* A performance in a period: its indicators' statuses and its cost. */
struct rollup_perf_row {
	int64_t			 id;
	int			 number;
	int			 effect_number;
	int64_t			 effect_id;
	int64_t			 programme_id;
	int			 programme_number;
	char			*name;
	char			*programme_name;
	int64_t			 owner_id;
	char			*owner_name;
	int64_t			 n_indicators;
	struct status_counts	 counts;
	enum status		 status;
	int			 has_cost;
	struct finance		 fin;
	char			*explanation;	/* of the cost row */
	char			*measure;
};

struct rollup_perf_list {
	struct rollup_perf_row	*v;
	size_t			 n;
};

struct rollup_perf_list	*db_rollup_performances_of_programme(struct db *,
			    int64_t programme_id, int64_t period_id);
struct rollup_perf_list	*db_rollup_performance(struct db *,
			    int64_t performance_id, int64_t period_id);
struct rollup_perf_list	*db_rollup_performances_of_unit(struct db *,
			    int64_t unit_id, int64_t period_id);
struct rollup_perf_list	*db_rollup_costs_largest(struct db *,
			    int64_t period_id, int limit);
struct rollup_perf_list	*db_rollup_costs_of_period(struct db *,
			    int64_t period_id, int64_t min_cents);
void			 db_rollup_perf_list_free(struct rollup_perf_list *);

#endif
