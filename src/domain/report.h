/*
 * report.h: the progress report (voortgangs- or bestuursrapportage) as a
 * document: per programme the three W-questions of the BBV with status,
 * explanations and finance, an overall summary and the free texts council
 * staff write.  A draft is built from the live database (report_build.c);
 * a published version is this document stored as canonical JSON
 * (report_json.c) and read back, never rebuilt, so later changes to figures
 * cannot alter what the council received.
 *
 * Numbers are exact: indicator values scaled by 10^decimals, money in
 * euro cents.  Everything here is pure: no I/O.
 */
#ifndef KOERS_REPORT_H
#define KOERS_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "rollup.h"
#include "status.h"

/* Figures of one indicator for the report's period, rolled up. */
struct report_indicator {
	char		*code;
	char		*name;
	char		*unit;
	int		 decimals;
	enum direction	 direction;
	int		 is_policy;
	int		 cumulative;
	int		 has_target;
	int64_t		 target;	/* period target (year-to-date if cumulative) */
	int		 has_year_target;
	int64_t		 year_target;
	int		 has_value;
	int64_t		 value;		/* realised, rolled up over the units */
	int		 has_forecast;
	int64_t		 forecast;	/* year-end forecast */
	enum status	 status;
	char		*explanation;	/* the units' explanations, one per line */
	char		*measure;	/* the units' corrective measures */
};

/* Cost of a performance (or the total of a programme or the report). */
struct report_money {
	int		 has_cost;	/* a performance: a cost row exists for the
					 * period (only those are parts of a total,
					 * as in the rollups) */
	int64_t		 year_budget;	/* cents, whole year */
	int64_t		 budget;	/* cents, through the period */
	int		 has_realised;
	int64_t		 realised;	/* through the period */
	int		 has_forecast;
	int64_t		 forecast;	/* year end */
	int		 has_deviation;
	int64_t		 deviation;	/* realised - budget of the reporting parts */
	int		 has_deviation_bp;
	int64_t		 deviation_bp;
	int		 needs_explanation; /* above both thresholds */
	size_t		 lines;		/* cost lines (performances) */
	size_t		 lines_reported; /* of those, with realised: budget
					 * and deviation are over these */
};

/*
 * The budget of a programme, or of the whole begroting (issue 14): lasten
 * and baten of its budget lines, as adopted (primitief) and after the
 * begrotingswijzigingen (actueel), in cents; the saldo is baten - lasten.
 * has is 0 when the year has no budget lines (and in documents published
 * before the budget lines existed).
 */
struct report_budget {
	int		 has;
	int64_t		 lasten_primitief, lasten_actueel;
	int64_t		 baten_primitief, baten_actueel;
};

struct report_performance {
	int		 number;
	char		*name;
	char		*owner;		/* owning org unit */
	enum status	 status;
	struct status_counts counts;
	struct report_money money;
	char		*explanation;	/* of the cost deviation */
	char		*measure;
	struct report_indicator *indicators;
	size_t		 indicatorn;
};

struct report_effect {
	int		 number;
	char		*name;
	char		*description;
	enum status	 status;
	struct status_counts counts;
	struct report_indicator *indicators;
	size_t		 indicatorn;
	struct report_performance *performances;
	size_t		 performancen;
};

struct report_programme {
	int64_t		 id;
	int		 number;
	char		*name;
	char		*portfolio_holder;
	char		*directie;
	char		*ambition;
	char		*intro;		/* free text by council staff */
	enum status	 status;
	struct status_counts counts;
	struct report_money money;
	struct report_budget budget;
	struct report_effect *effects;
	size_t		 effectn;
	/*
	 * Approval of this programme's own figures (issue 13, item 3): how
	 * many figures its indicators are made of and how many of them were
	 * not approved when the document was built.
	 */
	int64_t		 n_figures;
	int64_t		 n_unapproved;
};

struct report_doc {
	int64_t		 report_id;
	char		*title;
	char		*kind;		/* voortgangsrapportage, bestuursrapportage */
	char		*period;	/* "2014-Q2" */
	int		 year;
	int		 quarter;
	char		*intro;		/* free text by council staff */
	int		 threshold_bp;	/* cost deviation thresholds applied */
	int64_t		 threshold_cents;
	enum status	 status;	/* the summary over all programmes */
	struct status_counts counts;
	struct report_money money;
	struct report_budget budget;
	struct report_programme *programmes;
	size_t		 programmen;
	/*
	 * Approval (issue 13, item 3): provisional when the period was not
	 * closed when the document was built; the figures of the period and
	 * how many of them were not approved then.  Every export marks a
	 * provisional document "voorlopig" on every page.
	 */
	int		 provisional;
	int64_t		 n_figures;
	int64_t		 n_unapproved;
	/*
	 * A published version: the audit log's newest entry when it was
	 * published (its id and hash), a copy of the chain's head outside
	 * the database ("" for an empty log).  audited is 0 for a draft.
	 */
	int		 audited;
	int64_t		 audit_entries;
	char		 audit_head[65];
};

/*
 * One row of the flat figure list (CSV, XLSX): an indicator or the cost of
 * a performance, with everything needed to read it alone.  Pointers borrow
 * from the document.
 */
enum report_row_kind {
	REPORT_ROW_EFFECT_INDICATOR,
	REPORT_ROW_PERFORMANCE_INDICATOR,
	REPORT_ROW_COST
};

struct report_row {
	enum report_row_kind kind;
	const struct report_programme *programme;
	const struct report_effect *effect;
	const struct report_performance *performance; /* NULL for an effect indicator */
	const struct report_indicator *indicator; /* NULL for a cost row */
};

struct report_rows {
	struct report_row *v;
	size_t		 n;
};

/* One unit's figure as report_indicator_compute() takes it. */
struct report_figure {
	int64_t		 org_unit_id;
	int		 quarter;
	int		 has_value;
	int64_t		 value;
	int		 has_forecast;
	int64_t		 forecast;
	int		 has_ratio;
	int64_t		 numerator;
	int64_t		 denominator;
	int64_t		 weight;
	const char	*explanation;
	const char	*measure;
	const char	*unit_name;
};

/* Bounds of the texts council staff type, in bytes. */
#define REPORT_TITLE_MAX	200
#define REPORT_TEXT_MAX		20000

const char	*report_title_check(const char *);
const char	*report_intro_check(const char *);
int		 report_indicator_compute(struct report_indicator *,
		    const struct indicator *, int year, int quarter,
		    const struct report_figure *, size_t);
int		 report_summarise(struct report_doc *);
struct report_rows *report_rows(const struct report_doc *);
void		 report_rows_free(struct report_rows *);
const char	*report_row_kind_name(enum report_row_kind);
void		 report_indicator_clear(struct report_indicator *);
void		 report_doc_free(struct report_doc *);
char		*report_strdup(const char *);
#define REPORT_VERSION_MAX	1000000
int		 report_version_parse(const char *, int *);

#endif
