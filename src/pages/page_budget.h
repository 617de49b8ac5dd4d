/* page_budget.h: what the begroting pages share (page_budget.c). */
#ifndef KOERS_PAGE_BUDGET_H
#define KOERS_PAGE_BUDGET_H

#include <stddef.h>

#include "budget.h"
#include "db_budget.h"
#include "http.h"

struct tmpl;

/* The year of {id} and its state: 1, 0 (404 set), -1 (500 set). */
int		 page_budget_year(struct req *, struct resp *, int *year,
		    char *state, size_t sz);
void		 page_budget_date(struct tmpl *, const char *name,
		    const struct req *, const char *iso);
enum budget_err	 page_budget_line_form(const struct req *,
		    struct budget_line_in *);
int		 page_budget_refusal_status(enum budget_err);
int		 page_budget_saldo(const struct req *, struct tmpl *, int year,
		    int64_t programme_id);

#endif
