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

#endif
