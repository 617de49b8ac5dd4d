/*
 * page.h: what every HTML page shares: the layout, the catalogue, the
 * navigation, the error page.  A handler builds its content dictionary with
 * page_new(), fills it, and hands it to page_render() with its template.
 */
#ifndef KOERS_PAGE_H
#define KOERS_PAGE_H

#include <stdint.h>

#include "handlers.h"
#include "http.h"
#include "status.h"

struct tmpl;

enum nav {
	NAV_NONE,
	NAV_HOME,
	NAV_PROGRAMMES,
	NAV_ORG,
	NAV_WORK,
	NAV_DASHBOARD,
	NAV_REPORTS,
	NAV_ADMIN,
	NAV_BUDGET,
	NAV__MAX
};

struct tmpl	*page_new(const struct req *);
void		 page_render(struct req *, struct resp *, struct tmpl *,
		    const char *content_tpl, const char *title, enum nav);
void		 page_layout_fill(struct req *, struct tmpl *, const char *title,
		    enum nav);
void		 page_render_content(struct req *, struct resp *,
		    const char *content, size_t clen, const char *title, enum nav);
/* The layout split around its content (page_layout.c). */
struct page_frame {
	const char	*head;
	size_t		 hlen;
	uint32_t	 hcrc;		/* CRC-32, for gzip.h */
	const char	*tail;
	size_t		 tlen;
	uint32_t	 tcrc;
};
const struct page_frame *page_layout(struct req *, const char *title,
		    enum nav);
struct gz_part;
void		 page_render_gz(struct req *, struct resp *,
		    const struct gz_part *content, const char *title, enum nav);
void		 page_set_money(struct tmpl *, const char *name, const struct req *,
		    int64_t cents);
void		 page_set_num(struct tmpl *, const char *name, const struct req *,
		    int64_t scaled, int decimals);
void		 page_set_when(struct tmpl *, const char *name,
		    const struct req *, const char *iso_utc);
void		 page_status(struct tmpl *, const struct req *, enum status);
void		 page_status_looks(struct tmpl *, const char *section,
		    const struct req *);

#endif
