/*
 * page_programme.c: the programmes of a budget year, and one programme
 * organised by the three W-questions of the BBV.
 */
#include <stdio.h>
#include <stdlib.h>

#include "db_period.h"
#include "db_programme.h"
#include "db_structure.h"
#include "handlers.h"
#include "i18n.h"
#include "page.h"
#include "page_indicator.h"
#include "tmpl.h"
#include "url.h"
#include "utf8.h"

/* ?year=, else the year of the current period.  0 if neither exists. */
static int
page_programme_year(struct req *q)
{
	const char	*y = req_query(q, "year");
	int64_t		 v;
	struct period	 p;

	if (y != NULL && url_id(y, &v) && v >= 2000 && v <= 2100)
		return (int)v;
	if (db_period_current(q->db, &p))
		return p.year;
	return 0;
}

/*
 * GET /programmes?year=Y: the programmes of a budget year with their
 * budgets.  Raises 500.
 */
void
page_programme_list(struct req *q, struct resp *r)
{
	struct programme_list	*l;
	struct year_list	*years;
	struct tmpl		*t, *s;
	int64_t			 total = 0;
	int			 year = page_programme_year(q);
	size_t			 i;
	char			 title[128];

	if ((years = db_year_list(q->db)) == NULL)
		goto err;
	if ((l = db_programme_list(q->db, year)) == NULL) {
		db_year_list_free(years);
		goto err;
	}
	t = page_new(q);
	for (i = 0; t != NULL && i < years->n; i++) {
		if ((s = tmpl_section(t, "YEAR_OPTION")) == NULL)
			break;
		tmpl_set_int(s, "YEAR", years->v[i].year);
		if (years->v[i].year == year)
			tmpl_show(s, "SELECTED");
	}
	for (i = 0; t != NULL && i < l->n; i++) {
		if ((s = tmpl_section(t, "PROGRAMME")) == NULL)
			break;
		tmpl_set_int(s, "ID", l->v[i].id);
		tmpl_set_int(s, "NUMBER", l->v[i].number);
		tmpl_set(s, "NAME", l->v[i].name);
		tmpl_set(s, "PORTFOLIO_HOLDER", l->v[i].portfolio_holder);
		tmpl_set(s, "DIRECTIE", l->v[i].directie_name);
		page_set_money(s, "BUDGET", q, l->v[i].budget_cents);
		total += l->v[i].budget_cents;
	}
	if (t != NULL) {
		tmpl_set_int(t, "YEAR", year);
		page_set_money(t, "TOTAL_BUDGET", q, total);
		tmpl_show(t, l->n > 0 ? "HAS_PROGRAMMES" : "NO_PROGRAMMES");
	}
	utf8_snprintf(title, sizeof(title), "%s %d",
	    i18n(q->lang, "T_PROGRAMMES_OF_YEAR"), year);
	db_programme_list_free(l);
	db_year_list_free(years);
	page_render(q, r, t, "programmes.tpl", title, NAV_PROGRAMMES);
	return;
err:
	r->status = 500;
}

static void
page_programme_indicators(struct tmpl *parent, const char *section,
    const struct req *q, const struct indicator *v, size_t n)
{
	struct tmpl	*s;
	size_t		 i;

	for (i = 0; i < n; i++)
		/* An include sees only the catalogue of its parent: fill it. */
		if ((s = tmpl_section(parent, section)) != NULL &&
		    (s = tmpl_include(s, "INDICATOR_ROW",
		    "indicator_row.tpl", (int)q->lang)) != NULL)
			page_indicator_fill(s, q, &v[i]);
}

/*
 * GET /programmes/{id}: W1 effects and their indicators; W2 performances,
 * owners and indicators; W3 budget per performance.  Raises 404, 500.
 */
void
page_programme_show(struct req *q, struct resp *r)
{
	struct programme	*p;
	struct st_more		 m;
	struct tmpl		*t, *e, *f, *b;
	const struct performance *pf;
	int64_t			 id;
	size_t			 i, j;
	char			 title[256];

	id = q->id[0];
	if ((p = db_programme_get(q->db, id)) == NULL) {
		r->status = 404;
		return;
	}
	if ((t = page_new(q)) == NULL) {
		db_programme_free(p);
		r->status = 500;
		return;
	}
	tmpl_set_int(t, "ID", p->id);
	tmpl_set_int(t, "YEAR", p->year);
	tmpl_set_int(t, "NUMBER", p->number);
	tmpl_set(t, "NAME", p->name);
	tmpl_set(t, "PORTFOLIO_HOLDER", p->portfolio_holder);
	tmpl_set(t, "DIRECTIE", p->directie_name);
	tmpl_set_int(t, "DIRECTIE_ID", p->directie_id);
	tmpl_set(t, "AMBITION", p->ambition);
	/* The second and third W's own texts (issue 14), when written. */
	if (db_structure_more(q->db, ST_PROGRAMME, id, &m) == 1) {
		if (m.w2[0] != '\0' && (e = tmpl_section(t, "W2_TEXT")) != NULL)
			tmpl_set(e, "TEXT", m.w2);
		if (m.w3[0] != '\0' && (e = tmpl_section(t, "W3_TEXT")) != NULL)
			tmpl_set(e, "TEXT", m.w3);
	}
	db_structure_more_clear(&m);
	page_set_money(t, "TOTAL_BUDGET", q, p->budget_cents);
	for (i = 0; i < p->effectn; i++) {
		if ((e = tmpl_section(t, "EFFECT")) == NULL)
			continue;
		tmpl_set_int(e, "EFFECT_ID", p->effects[i].id);
		tmpl_set_int(e, "EFFECT_NUMBER", p->effects[i].number);
		tmpl_set(e, "EFFECT_NAME", p->effects[i].name);
		tmpl_set(e, "EFFECT_DESCRIPTION", p->effects[i].description);
		if (p->effects[i].indicatorn == 0)
			tmpl_show(e, "NO_EFFECT_INDICATORS");
		else
			tmpl_show(e, "HAS_EFFECT_INDICATORS");
		page_programme_indicators(e, "EFFECT_INDICATOR", q,
		    p->effects[i].indicators, p->effects[i].indicatorn);
		/* W2 lists the same effects with their performances. */
		for (j = 0; j < p->effects[i].performancen; j++) {
			pf = &p->effects[i].performances[j];
			if ((f = tmpl_section(t, "PERFORMANCE")) != NULL) {
				tmpl_set(f, "EFFECT_NAME", p->effects[i].name);
				tmpl_set_int(f, "PERF_ID", pf->id);
				tmpl_set_int(f, "PERF_NUMBER", pf->number);
				tmpl_set_int(f, "EFFECT_NUMBER", p->effects[i].number);
				tmpl_set(f, "PERF_NAME", pf->name);
				tmpl_set(f, "PERF_DESCRIPTION", pf->description);
				tmpl_set_int(f, "OWNER_ID", pf->org_unit_id);
				tmpl_set(f, "OWNER", pf->org_unit_name);
				tmpl_show(f, pf->indicatorn > 0 ?
				    "HAS_PERF_INDICATORS" : "NO_PERF_INDICATORS");
				page_programme_indicators(f, "PERF_INDICATOR", q,
				    pf->indicators, pf->indicatorn);
			}
			if ((b = tmpl_section(t, "BUDGET_ROW")) != NULL) {
				tmpl_set_int(b, "EFFECT_NUMBER", p->effects[i].number);
				tmpl_set_int(b, "PERF_NUMBER", pf->number);
				tmpl_set(b, "PERF_NAME", pf->name);
				tmpl_set(b, "OWNER", pf->org_unit_name);
				page_set_money(b, "BUDGET", q, pf->budget_cents);
			}
		}
	}
	utf8_snprintf(title, sizeof(title), "%s %d. %s",
	    i18n(q->lang, "T_PROGRAMME"), p->number, p->name);
	db_programme_free(p);
	page_render(q, r, t, "programme.tpl", title, NAV_PROGRAMMES);
}
