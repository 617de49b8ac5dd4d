/*
 * import.h: bulk import of figures from CSV or XLSX, all or nothing.
 *
 * Columns (header row, any order, names as below; Dutch ';' CSV too):
 *   indicator_code, org_unit_code, period      required
 *   value, forecast, numerator, denominator, weight, explanation, measure
 *   version      the figure's version the row is based on (the template
 *                carries it; empty: the figure did not exist yet)
 * Every row is checked first: the unit exists and is in the user's scope
 * (manager), the period exists and its submission may be changed, the unit
 * reports the indicator that year, the numbers read (Dutch or English,
 * ambiguity refused), the range, an explanation where the figure is at risk
 * or off track and a measure where it is off track, no figure twice.  Then
 * all rows are saved in one transaction (as a draft of each unit's
 * submission), or, when any row is wrong, none, with a report of every
 * problem: row, column, value, reason.
 *
 * Versions: a row whose figure was saved by somebody else since the
 * template was downloaded (its version differs from the row's) is refused,
 * that row only, as the entry form refuses a stale save; the other rows
 * are saved and the report lists the refused ones (refused).  A file
 * without the version column (a template from before versions, or a file
 * made by hand) is taken as based on an empty form: it fills figures that
 * were never saved, and each row for a figure that exists is refused with
 * the advice to download a fresh template.  Nothing is overwritten blind.
 */
#ifndef KOERS_IMPORT_H
#define KOERS_IMPORT_H

#include <stddef.h>
#include <stdint.h>

#include "csv.h"
#include "db.h"
#include "db_who.h"
#include "entry_store.h"

/* Problems kept in a report; more are counted, not kept. */
#define IMPORT_MAX_ISSUES	1000

struct import_issue {
	size_t		 row;		/* 1-based line in the file */
	char		 column[32];
	char		 value[80];	/* as in the file, shortened */
	const char	*key;		/* catalogue key of the reason */
	char		 understood[64];
	char		 theirs[64];	/* refused: what is stored now */
	int		 refused;	/* changed since: refused, others saved */
};

struct import_report {
	size_t		 rows;		/* data rows read */
	size_t		 applied;	/* figures saved (0 unless all were fine) */
	size_t		 issuen;	/* problems found (may exceed kept) */
	size_t		 refused;	/* of which rows refused as changed since */
	struct import_issue *issues;	/* at most IMPORT_MAX_ISSUES */
	size_t		 kept;
	enum entry_res	 res;
};

/* The roles the importing user holds in the scope of a unit. */
typedef unsigned (*import_roles_fn)(void *arg, int64_t org_unit_id);
typedef void (*import_progress_fn)(void *arg, size_t done, size_t total);

struct import_ctx {
	struct db		*db;
	const struct db_who	*who;
	import_roles_fn		 roles;
	void			*roles_arg;
	import_progress_fn	 progress;	/* may be NULL */
	void			*progress_arg;
};

enum entry_res	 import_table(const struct import_ctx *,
		    const struct csv_table *, struct import_report *);
enum entry_res	 import_csv(const struct import_ctx *, const char *buf,
		    size_t len, struct import_report *);
enum entry_res	 import_file(const struct import_ctx *, const char *path,
		    struct import_report *);
void		 import_report_clear(struct import_report *);
char		*import_template_csv(const struct entry_form *, size_t *len);
char		*import_template_xlsx(const struct entry_form *, size_t *len);
int		 import_is_xlsx(const char *buf, size_t len);

#endif
