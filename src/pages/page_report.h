/* page_report.h: what the report pages and the report API share. */
#ifndef KOERS_PAGE_REPORT_H
#define KOERS_PAGE_REPORT_H

#include "audit.h"
#include "db_report.h"
#include "export.h"
#include "http.h"
#include "report.h"
#include "report_publish.h"

struct tmpl;

void		 page_report_who(const struct req *, struct audit_entry *);
int		 page_report_load(struct req *, int64_t id, int version,
		    struct report_doc **, struct report_version **);
int		 page_report_status(enum report_pub_res);
void		 page_report_doc_fill(struct tmpl *, const struct req *,
		    const struct report_doc *);
void		 page_report_paras(struct tmpl *, const char *section,
		    const char *text);

#endif
