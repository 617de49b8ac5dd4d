/*
 * dashboard.h: what the dashboard pages share: the period they show (and
 * the same quarter a year earlier), a status as colour + icon + word, a
 * finance total with its deviation, and the period selector.
 */
#ifndef KOERS_DASHBOARD_H
#define KOERS_DASHBOARD_H

#include "http.h"
#include "page.h"
#include "model.h"
#include "rollup.h"
#include "status.h"

struct tmpl;

/* The period a dashboard shows and its year-over-year counterpart. */
struct dash_period {
	struct period	 cur;
	int		 has_prev;	/* the same quarter last year exists */
	struct period	 prev;
	int		 bp;		/* cost deviation thresholds */
	int64_t		 cents;
};

int	dash_period(struct req *, struct dash_period *);
void	dash_period_form(struct tmpl *, struct req *, const struct dash_period *);
void	dash_status(struct tmpl *, const char *section, const struct req *,
	    enum status);
void	dash_counts(struct tmpl *, const struct status_counts *);
#define DASH_APPROVAL_INDICATOR	(-1)	/* dash_approval() of one indicator */
int	dash_approval(struct tmpl *, const char *section, const struct req *,
	    int kind, int64_t node_id, int64_t period_id);
void	dash_finance(struct tmpl *, const char *section, const struct req *,
	    const struct dash_period *, const struct finance *);
void	dash_num(struct tmpl *, const char *name, const struct req *,
	    int has, int64_t v, int decimals);



struct indicator;
struct drill_fig;

void	dash_rule(struct rollup_rule *, const struct indicator *);
int	dash_forecast(const struct indicator *, const struct drill_fig *,
	    size_t, int64_t *);
void	dash_cache_key(char *, size_t, const struct req *,
	    const struct dash_period *);
int	dash_cache_serve(struct req *, struct resp *, const char *key,
	    int64_t generation, enum nav);
void	dash_cache_render(struct req *, struct resp *, struct tmpl *,
	    const char *tpl, const char *key, int64_t generation,
	    const char *title, enum nav);

/* A long list cut into pages of per items (dashboard_pager.c). */
struct dash_pager {
	size_t	 total;		/* items in the whole list */
	size_t	 per;		/* items per page */
	size_t	 pages;		/* at least 1 */
	size_t	 page;		/* 1-based, within 1..pages */
	size_t	 first;		/* index of the page's first item */
	size_t	 end;		/* one past its last item */
	int	 lang_en;	/* counts in the reader's language */
};

#define DASH_PER_PAGE	25	/* performances per programme page */
#define DASH_ROWS_PER_PAGE 50	/* rows of one-line tables */

void	dash_pager(struct dash_pager *, const struct req *, size_t total,
	    size_t per);
int	dash_pager_has(const struct dash_pager *, size_t);
void	dash_pager_fill(struct tmpl *, const struct dash_pager *);

#endif
