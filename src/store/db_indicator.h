/* db_indicator.h: indicators, their targets and figures. */
#ifndef KOERS_DB_INDICATOR_H
#define KOERS_DB_INDICATOR_H

#include "db.h"
#include "model.h"

struct sqlite3_stmt;

/* The column list db_indicator_fill() reads, prefixed with the table alias i. */
#define DB_INDICATOR_COLS \
	"i.id, coalesce(i.effect_id, 0), coalesce(i.performance_id, 0)," \
	" i.code, i.name, i.unit, i.direction, i.aggregation, i.weight_name," \
	" i.cumulative, i.decimals, i.tolerance_bp, i.min_value, i.max_value," \
	" i.baseline, coalesce(i.baseline_year, 0), i.source, i.is_policy"
#define DB_INDICATOR_NCOLS 18

int		 db_indicator_fill(struct sqlite3_stmt *, int col, struct indicator *);
void		 db_indicator_clear(struct indicator *);
struct indicator *db_indicator_get(struct db *, int64_t id);
int		 db_indicator_load_targets(struct db *, struct indicator *, int year);
int		 db_indicator_load_figures(struct db *, struct indicator *);
int		 db_indicator_get_history(struct db *, int64_t id,
		    struct indicator **);
void		 db_indicator_free(struct indicator *);
const char	*db_aggregation_name(enum aggregation);

#endif
