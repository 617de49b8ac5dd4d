/*
 * rollup_store.c: materialised rollups.  Until the rollup tables exist the
 * hooks have nothing to keep current.
 */
#include "db.h"
#include "rollup_store.h"

int
rollup_store_figure_changed(struct db *db, int64_t indicator_id,
    int64_t org_unit_id, int64_t period_id)
{
	(void)db;
	(void)indicator_id;
	(void)org_unit_id;
	(void)period_id;
	return 1;
}

int
rollup_store_cost_changed(struct db *db, int64_t performance_id,
    int64_t period_id)
{
	(void)db;
	(void)performance_id;
	(void)period_id;
	return 1;
}

int
rollup_store_rebuild(struct db *db)
{
	(void)db;
	return 1;
}
