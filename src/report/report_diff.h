/*
 * report_diff.h: what changed between two versions of a report, in
 * figures, statuses and texts.  Pure: compares two documents.
 *
 * Programmes, effects and performances are matched by number, indicators
 * by code.  Compared: every indicator's target, year target, realised,
 * forecast, status, explanation and measure; every performance's budget,
 * year budget, realised, forecast, status, explanation and measure; the
 * status of every effect, programme and the whole report; the title, the
 * report's and the programmes' introductions.  Totals are not listed: they
 * follow from the performances that changed.  Something present on one
 * side only is one "structure" change.
 */
#ifndef KOERS_REPORT_DIFF_H
#define KOERS_REPORT_DIFF_H

#include "report.h"

enum report_change_kind {
	REPORT_CHANGE_FIGURE,
	REPORT_CHANGE_STATUS,
	REPORT_CHANGE_TEXT,
	REPORT_CHANGE_STRUCTURE
};

struct report_change {
	enum report_change_kind kind;
	char		*where;		/* "3 Name › 3.1.2 Name › CODE Name" */
	char		*code;		/* indicator code, "" otherwise */
	const char	*field;		/* "value", "status", "intro", ... */
	char		*old_value;	/* plain text: "12.5", "on_track", "" */
	char		*new_value;
};

struct report_diff {
	struct report_change *v;
	size_t		 n;
};

struct report_diff	*report_diff(const struct report_doc *a,
			    const struct report_doc *b);
void			 report_diff_free(struct report_diff *);
const char		*report_change_kind_name(enum report_change_kind);

#endif
