/*
 * report_export.h: a report as a file to download, the same for the report
 * pages and the API: which document (a published version, or the draft for
 * those who compose), in which format, under which name.  The handlers only
 * answer it over HTTP.
 */
#ifndef KOERS_REPORT_EXPORT_H
#define KOERS_REPORT_EXPORT_H

#include <stddef.h>
#include <stdint.h>

#include "db.h"
#include "lang.h"
#include "report_publish.h"

struct report_file {
	char		*bytes;		/* malloc'd */
	size_t		 len;
	const char	*ctype;		/* static */
	char		 name[128];	/* koers-rapportage-2014-Q3-v2.pdf */
	int		 draft;		/* built now: not to be stored */
	char		 published_at[32]; /* a version's, UTC; "" for a draft */
};

enum report_pub_res	 report_export(struct db *, int64_t report_id,
			    const char *name, const char *version,
			    int composer, enum lang, struct report_file *);
void			 report_export_free(struct report_file *);
void			 report_export_org(struct db *, char *buf, size_t sz);

#endif
