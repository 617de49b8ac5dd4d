/*
 * entry_store.h: the entry form's unit of work.  Loads what the form shows
 * for one unit and period, checks what was typed (entry.c), checks the
 * workflow (workflow.c) and saves figures, costs and the submission's
 * state in one transaction, or nothing.  No SQL here: it calls the data
 * layer (db_figure, db_cost, db_submission).  Used by the form handler,
 * the API and the import alike.
 */
#ifndef KOERS_ENTRY_STORE_H
#define KOERS_ENTRY_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "db.h"
#include "db_cost.h"
#include "db_figure.h"
#include "db_submission.h"
#include "entry.h"
#include "workflow.h"

struct entry_form {
	int64_t		 org_unit_id;
	char		*unit_code;
	char		*unit_name;
	struct period	 period;
	int64_t		 last_period_id;	/* 0: none */
	struct form_figure *figs;
	size_t		 fign;
	struct form_cost *costs;
	size_t		 costn;
	struct submission sub;
	int		 threshold_bp;
	int64_t		 threshold_cents;
};

/* What was sent for one line; absent lines keep their stored values. */
struct entry_fig_in {
	int		 present;
	int64_t		 version;	/* the version the user started from */
	struct entry_text text;
};

struct entry_cost_in {
	int		 present;
	int64_t		 version;
	struct entry_cost_text text;
};

enum entry_res {
	ES_OK = 0,
	ES_INVALID,		/* messages per field (422) */
	ES_CONFLICT,		/* somebody saved first (409) */
	ES_WORKFLOW,		/* refused by the workflow: see wf */
	ES_READONLY,		/* the database cannot be written (507) */
	ES_FULL,		/* the disk is full (507) */
	ES_ERROR		/* a system failure (500) */
};

/* The outcome, line by line, parallel to the form's figs and costs. */
struct entry_outcome {
	enum entry_res	 res;
	enum wf_err	 wf;
	struct entry_figure *figs;
	struct entry_cost *costs;
	int		*fig_conflict;
	int		*cost_conflict;
	size_t		 invalid;
	size_t		 conflicts;
};

struct entry_form *entry_store_form(struct db *, int64_t org_unit_id,
		    const struct period *);
void		 entry_store_form_free(struct entry_form *);
void		 entry_store_rule(const struct entry_form *, size_t fig,
		    struct entry_rule *);
void		 entry_store_fig_text(const struct figure_vals *, int decimals,
		    char buf[FIG__NUMS][40], struct entry_text *);
void		 entry_store_cost_text(const struct cost_vals *,
		    char buf[2][40], struct entry_cost_text *);
int		 entry_store_outcome_init(struct entry_outcome *,
		    const struct entry_form *);
void		 entry_store_outcome_clear(struct entry_outcome *);
enum entry_res	 entry_store_check(const struct entry_form *,
		    const struct entry_fig_in *, const struct entry_cost_in *,
		    enum entry_mode, struct entry_outcome *);
enum entry_res	 entry_store_apply(struct db *, const struct entry_form *,
		    const struct entry_fig_in *, const struct entry_cost_in *,
		    enum wf_action, unsigned roles, const struct db_who *,
		    struct entry_outcome *);
enum entry_res	 entry_store_save(struct db *, const struct entry_form *,
		    const struct entry_fig_in *, const struct entry_cost_in *,
		    enum wf_action, unsigned roles, const struct db_who *,
		    struct entry_outcome *);
enum entry_res	 entry_store_transition(struct db *, int64_t org_unit_id,
		    const struct period *, enum wf_action, const char *comment,
		    unsigned roles, const struct db_who *, enum wf_err *);
int		 entry_store_http_status(enum entry_res, enum wf_err);
enum entry_res	 entry_store_res_of(enum db_res);

#endif
