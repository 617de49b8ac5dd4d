/* page_entry.h: what the entry pages and the entry API share. */
#ifndef KOERS_PAGE_ENTRY_H
#define KOERS_PAGE_ENTRY_H

#include <stdint.h>

#include "db_who.h"
#include "http.h"
#include "status.h"
#include "workflow.h"

struct tmpl;

unsigned	 page_entry_roles(const struct req *, int64_t org_unit_id);
void		 page_entry_who(const struct req *, struct db_who *);
void		 page_entry_status(struct tmpl *, const struct req *, enum status);
void		 page_entry_state(struct tmpl *, const struct req *, enum sub_state);
int		 page_entry_target(const struct req *, int64_t *unit,
		    struct period *);

#endif
