/* report_build.h: a report draft from the live database. */
#ifndef KOERS_REPORT_BUILD_H
#define KOERS_REPORT_BUILD_H

#include "db.h"
#include "report.h"

struct report_doc	*report_build(struct db *, int64_t period_id,
			    int64_t report_id);

#endif
