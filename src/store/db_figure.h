/*
 * db_figure.h: the figures of one unit and period, as the entry form, the
 * API and the import read and write them.  Writes run inside the caller's
 * transaction (db_submission_begin), append an audit entry and tell the
 * materialised rollups, all in that same transaction.
 */
#ifndef KOERS_DB_FIGURE_H
#define KOERS_DB_FIGURE_H

#include <stddef.h>
#include <stdint.h>

#include "db.h"
#include "db_who.h"
#include "entry.h"
#include "model.h"
#include "rollup.h"

/* A figure's stored values.  version 0: there is no row yet. */
struct figure_vals {
	int		 has_value, has_forecast, has_numerator,
			 has_denominator, has_weight;
	int64_t		 value, forecast, numerator, denominator, weight;
	char		*explanation;
	char		*measure;
	int64_t		 version;
	char		*updated_at;	/* "" when no row */
	char		*updated_by;	/* display name or username, or "" */
};

/* One line of the entry form: an indicator the unit reports. */
struct form_figure {
	struct indicator ind;
	int		 has_target, has_year_target;
	int64_t		 target, year_target;	/* scaled; target: this quarter */
	int		 has_last;
	struct figure_vals last;	/* the previous quarter's figure */
	struct figure_vals cur;
	struct rollup_input earlier[4];	/* this year's earlier quarters */
	size_t		 earliern;
	int		 programme_number;
	char		*performance_name;	/* or the effect's name */
};

/* The key of one figure. */
struct figure_key {
	int64_t		 indicator_id;
	int64_t		 org_unit_id;
	int64_t		 period_id;
	const char	*period_name;	/* "2014-Q3", for the audit */
	int		 decimals;	/* the indicator's, for the audit text */
};

/* One audit entry, for a history. */
struct figure_event {
	int64_t		 id;
	char		*at;
	char		*username;	/* the display name when there is one */
	char		*action;
	char		*old_value;
	char		*new_value;
};

int		 db_figure_form(struct db *, int64_t org_unit_id,
		    const struct period *, int64_t last_period_id,
		    struct form_figure **, size_t *);
void		 db_figure_form_free(struct form_figure *, size_t);
int		 db_figure_get(struct db *, int64_t indicator_id,
		    int64_t org_unit_id, int64_t period_id, struct figure_vals *);
void		 db_figure_vals_clear(struct figure_vals *);
int		 db_figure_num(const struct figure_vals *, enum fig_num,
		    int64_t *v);
void		 db_figure_set_num(struct figure_vals *, enum fig_num, int has,
		    int64_t v);
enum db_res	 db_figure_save(struct db *, const struct figure_key *,
		    int64_t expect_version, const struct figure_vals *,
		    const struct db_who *, int64_t *new_version);
int		 db_figure_reported_by(struct db *, const char *indicator_code,
		    int64_t org_unit_id, int year, struct indicator *);
int		 db_figure_history(struct db *, int64_t indicator_id,
		    int64_t org_unit_id, const char *period_name,
		    struct figure_event **, size_t *);
void		 db_figure_history_free(struct figure_event *, size_t);
void		 db_figure_entity_id(char *buf, size_t sz, int64_t indicator_id,
		    int64_t org_unit_id, const char *period_name);

#endif
