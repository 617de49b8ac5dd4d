/* page_home.c: the start page and the load balancers' health check. */
#include <stdio.h>

#include "db_period.h"
#include "i18n.h"
#include "page.h"
#include "tmpl.h"
#include "handlers.h"

/*
 * GET /: budget years and periods with their states.  Raises 500.
 */
void
page_home(struct req *q, struct resp *r)
{
	struct tmpl		*t, *s;
	struct year_list	*years;
	struct period_list	*periods;
	size_t			 i;
	char			 key[32];

	if ((years = db_year_list(q->db)) == NULL ||
	    (periods = db_period_list_all(q->db)) == NULL) {
		db_year_list_free(years);
		r->status = 500;
		return;
	}
	t = page_new(q);
	for (i = 0; t != NULL && i < years->n; i++) {
		if ((s = tmpl_section(t, "YEAR")) == NULL)
			break;
		tmpl_set_int(s, "YEAR", years->v[i].year);
		tmpl_set_int(s, "PROGRAMMES", (long long)years->v[i].programmes);
		snprintf(key, sizeof(key), "T_YEAR_%s",
		    years->v[i].state[0] == 'a' ? "ADOPTED" :
		    years->v[i].state[0] == 'c' ? "CLOSED" : "DRAFT");
		tmpl_set(s, "STATE", i18n(q->lang, key));
	}
	for (i = 0; t != NULL && i < periods->n; i++) {
		if (periods->v[i].state == PERIOD_PLANNED)
			continue;
		if ((s = tmpl_section(t, "PERIOD")) == NULL)
			break;
		tmpl_set(s, "NAME", periods->v[i].name);
		page_set_when(s, "DEADLINE", q, periods->v[i].deadline);
		tmpl_set(s, "STATE", i18n(q->lang,
		    periods->v[i].state == PERIOD_OPEN ? "T_PERIOD_OPEN" :
		    "T_PERIOD_CLOSED"));
		tmpl_set(s, "STATE_KEY", db_period_state_name(periods->v[i].state));
	}
	db_year_list_free(years);
	db_period_list_free(periods);
	page_render(q, r, t, "home.tpl", i18n(q->lang, "T_HOME_TITLE"), NAV_HOME);
}

/* GET /healthz: a tiny fixed answer, no database. */
void
page_health(struct req *q, struct resp *r)
{
	(void)q;
	resp_static(r, "text/plain; charset=utf-8", "ok\n");
}

/* GET /toegankelijkheid: the accessibility statement; public. */
void
page_accessibility(struct req *q, struct resp *r)
{
	page_render(q, r, page_new(q), "accessibility.tpl",
	    i18n(q->lang, "T_A11Y_TITLE"), NAV_NONE);
}
