/* page_indicator.h: how an indicator reads on any page. */
#ifndef KOERS_PAGE_INDICATOR_H
#define KOERS_PAGE_INDICATOR_H

#include "http.h"
#include "model.h"

struct tmpl;

void	page_indicator_fill(struct tmpl *, const struct req *,
	    const struct indicator *);
int	page_indicator_year_target(const struct indicator *, int year,
	    int64_t *out);

#endif
