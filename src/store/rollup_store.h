/*
 * rollup_store.h: the materialised rollups (migrations/0002-rollup.sql),
 * kept current in the same transaction as every write that changes a
 * figure or a cost.
 *
 * Writers (figure and cost saves, imports, reopen) call the *_changed
 * functions inside their write transaction, after the change.  They return
 * 1 on success; 0 means the caller must roll back.
 */
#ifndef KOERS_ROLLUP_STORE_H
#define KOERS_ROLLUP_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "rollup_calc.h"

struct db;

/* Node kinds of rollup_node. */
enum rollup_kind {
	ROLLUP_PROGRAMME = 1,
	ROLLUP_EFFECT = 2,
	ROLLUP_UNIT = 3
};

int	rollup_store_figure_changed(struct db *, int64_t indicator_id,
	    int64_t org_unit_id, int64_t period_id);
int	rollup_store_cost_changed(struct db *, int64_t performance_id,
	    int64_t period_id);
int	rollup_store_rebuild(struct db *);
int	rollup_store_rebuild_count(struct db *, int64_t *changed);
int	rollup_store_rebuild_threads(struct db *, int threads, int chunk,
	    int64_t *changed);
int	rollup_store_touch(struct db *);

/* Figures (and targets) of one indicator in one year, at most. */
#define ROLLUP_STORE_MAXFIG	4096
int	rollup_store_ind_load(struct db *, int64_t indicator_id,
	    struct rollup_ind *, int64_t pids[5], struct rollup_fig *,
	    size_t *, struct rollup_tgt *, size_t *);

/*
 * One rollup_indicator row as stored, columns in table order.  All int64
 * and nothing else, so two rows compare with memcmp (the rebuild writes
 * only rows that differ from what is stored).
 */
struct rollup_irow {
	int64_t	indicator_id, period_id, has_value, value, units, has_target,
		target, status, shortfall_bp;
};
#define ROLLUP_IROW_COLS	9

/* Shared by the hooks and the rebuild (rollup_store_rebuild.c). */
void	rollup_store_irow(const struct rollup_ind *, int64_t period_id,
	    const struct rollup_row *, struct rollup_irow *);
int	rollup_store_irow_put(struct db *, const struct rollup_irow *);
int	rollup_store_irow_delete(struct db *, int64_t indicator_id,
	    int64_t period_id);
int	rollup_store_row_put(struct db *, const struct rollup_ind *,
	    int64_t period_id, const struct rollup_row *);
void	rollup_store_ind_rule(struct rollup_ind *, const char *unit,
	    const char *direction, const char *aggregation, int weighted,
	    int cumulative, int decimals, int tolerance_bp);
int	rollup_store_node_put(struct db *, int kind, int64_t node_id,
	    int64_t period_id, int64_t n_indicators,
	    const struct status_counts *, const struct finance *);
#endif
