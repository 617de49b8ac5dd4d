/*
 * db_drill.h: the single figures behind a rolled-up number (the figure,
 * target and org_unit_tree tables as the drill-down and the programme
 * dashboard read them).  Named apart from db_figure.c, which belongs to
 * figure entry.
 */
#ifndef KOERS_DB_DRILL_H
#define KOERS_DB_DRILL_H

#include "db.h"
#include "rollup_calc.h"

/* One figure of one reporting unit in one quarter. */
struct drill_fig {
	int64_t			 indicator_id;
	int64_t			 unit_id;
	char			*unit_name;
	int64_t			 period_id;
	struct rollup_input	 in;		/* in.period_index: quarter */
	int			 has_weight;
	int			 has_forecast;
	int64_t			 forecast;
	char			*explanation;
	char			*measure;
};

struct drill_fig_list {
	struct drill_fig	*v;
	size_t			 n;
};

/* A reporting unit and one of its ancestors (itself included). */
struct drill_path {
	int64_t			 unit_id;
	int64_t			 ancestor_id;
	char			*ancestor_name;
	int			 ancestor_kind;	/* enum org_kind */
};

struct drill_path_list {
	struct drill_path	*v;
	size_t			 n;
};

struct drill_fig_list	*db_drill_figures(struct db *, int64_t indicator_id,
			    int year);
struct drill_fig_list	*db_drill_programme_figures(struct db *,
			    int64_t programme_id, int64_t period_id);
struct drill_fig_list	*db_drill_performance_figures(struct db *,
			    int64_t performance_id, int64_t period_id);
struct drill_fig_list	*db_drill_effect_figures(struct db *,
			    int64_t programme_id, int64_t period_id);
void			 db_drill_fig_list_free(struct drill_fig_list *);
int			 db_drill_targets(struct db *, int64_t indicator_id,
			    int year, struct rollup_tgt **, size_t *);
struct drill_path_list	*db_drill_paths(struct db *, int64_t indicator_id);
void			 db_drill_path_list_free(struct drill_path_list *);

#endif
