/*
 * rollup_store.h: the materialised rollups, kept current in the same
 * transaction as every write that changes a figure or a cost.
 *
 * Writers (figure and cost saves, imports, reopen) call the *_changed
 * functions inside their write transaction, after the change.  They return
 * 1 on success; 0 means the caller must roll back.
 */
#ifndef KOERS_ROLLUP_STORE_H
#define KOERS_ROLLUP_STORE_H

#include <stdint.h>

struct db;

int	rollup_store_figure_changed(struct db *, int64_t indicator_id,
	    int64_t org_unit_id, int64_t period_id);
int	rollup_store_cost_changed(struct db *, int64_t performance_id,
	    int64_t period_id);
int	rollup_store_rebuild(struct db *);

#endif
