/*
 * report_publish.h: publishing a report as a frozen version, and reading a
 * report back either as a draft (built from the live database) or as a
 * published version (parsed from its stored JSON, never rebuilt).
 */
#ifndef KOERS_REPORT_PUBLISH_H
#define KOERS_REPORT_PUBLISH_H

#include "audit.h"
#include "db.h"
#include "db_report.h"
#include "report.h"

enum report_pub_res {
	REPORT_PUB_OK,
	REPORT_PUB_NOTFOUND,
	REPORT_PUB_FORBIDDEN,	/* a draft, asked by one who does not compose */
	REPORT_PUB_BAD,		/* not a version number */
	REPORT_PUB_PROVISIONAL,	/* the period is open: confirm first */
	REPORT_PUB_ERROR
};

enum report_pub_res	 report_publish(struct db *, int64_t report_id,
			    const struct audit_entry *who, int confirm_provisional,
		    int *version);
struct report_doc	*report_publish_load(struct db *, int64_t report_id,
			    int version, struct report_version **);
enum report_pub_res	 report_publish_get(struct db *, int64_t report_id,
			    int version, int composer, struct report_doc **,
			    struct report_version **);

#endif
