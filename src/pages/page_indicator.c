/* page_indicator.c: an indicator on any page, and its own page. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_indicator.h"
#include "db_org.h"
#include "handlers.h"
#include "i18n.h"
#include "page.h"
#include "page_uom.h"
#include "page_indicator.h"
#include "tmpl.h"

/*
 * The year target of ind as one number: the single unit's target, or the
 * sum over units for a summed indicator.  Returns 0 when there is no single
 * honest number (several units of a mean, ratio or stock).
 */
int
page_indicator_year_target(const struct indicator *ind, int year,
    int64_t *out)
{
	size_t	i, n = 0;
	int64_t	sum = 0;

	for (i = 0; i < ind->targetn; i++) {
		if (ind->targets[i].year != year || ind->targets[i].quarter != 0)
			continue;
		sum += ind->targets[i].value;
		n++;
	}
	if (n == 0 || (n > 1 && ind->aggregation != AGG_SUM))
		return 0;
	*out = sum;
	return 1;
}

/* Name, unit, direction, baseline, year target and source of ind. */
void
page_indicator_fill(struct tmpl *s, const struct req *q,
    const struct indicator *ind)
{
	struct tmpl	*y;
	int64_t		 v;
	int		 year = ind->targetn > 0 ? ind->targets[0].year : 0;

	tmpl_set_int(s, "IND_ID", ind->id);
	tmpl_set(s, "IND_CODE", ind->code);
	tmpl_set(s, "IND_NAME", ind->name);
	page_uom_name(s, "IND_UNIT", q, ind->unit);
	tmpl_set(s, "IND_DIRECTION", i18n(q->lang,
	    ind->direction == DIR_UP ? "T_DIR_UP" : "T_DIR_DOWN"));
	tmpl_set(s, "IND_DIRECTION_ARROW", ind->direction == DIR_UP ?
	    "\xe2\x86\x91" : "\xe2\x86\x93");
	if (ind->has_baseline) {
		page_set_num(s, "IND_BASELINE", q, ind->baseline, ind->decimals);
		if (ind->baseline_year != 0 &&
		    (y = tmpl_section(s, "IND_BASELINE_YEAR")) != NULL)
			tmpl_set_int(y, "YEAR", ind->baseline_year);
	} else
		tmpl_set(s, "IND_BASELINE", "\xe2\x80\x94");
	if (page_indicator_year_target(ind, year, &v))
		page_set_num(s, "IND_TARGET", q, v, ind->decimals);
	else
		tmpl_set(s, "IND_TARGET", "\xe2\x80\x94");
	tmpl_set(s, "IND_SOURCE", ind->source);
	if (ind->is_policy)
		tmpl_show(s, "IND_POLICY");
}

/*
 * GET /indicators/{id}: an indicator with its targets and every figure
 * reported for it, per unit and period.  Raises 404, 500.
 */
void
page_indicator_show(struct req *q, struct resp *r)
{
	struct indicator	*ind;
	struct org_list		*org;
	struct tmpl		*t, *s;
	const struct figure	*f;
	const char		*unit;
	size_t			 i, j;
	int			 found;

	if ((found = db_indicator_get_history(q->db, q->id[0], &ind)) != 1 ||
	    (org = db_org_list(q->db)) == NULL) {
		db_indicator_free(ind);
		r->status = found == 0 ? 404 : 500;
		return;
	}
	t = page_new(q);
	if (t != NULL) {
		page_indicator_fill(t, q, ind);
		tmpl_set(t, "IND_AGGREGATION", db_aggregation_name(ind->aggregation));
		tmpl_show(t, ind->figuren > 0 ? "HAS_FIGURES" : "NO_FIGURES");
	}
	for (i = 0; t != NULL && i < ind->figuren; i++) {
		f = &ind->figures[i];
		if ((s = tmpl_section(t, "FIGURE")) == NULL)
			break;
		unit = "";
		for (j = 0; j < org->n; j++)
			if (org->v[j].id == f->org_unit_id)
				unit = org->v[j].name;
		tmpl_set(s, "PERIOD", f->period);
		tmpl_set(s, "UNIT_NAME", unit);
		tmpl_set_int(s, "UNIT_ID", f->org_unit_id);
		if (f->has_value)
			page_set_num(s, "VALUE", q, f->value, ind->decimals);
		else
			tmpl_set(s, "VALUE", "\xe2\x80\x94");
		if (f->has_forecast)
			page_set_num(s, "FORECAST", q, f->forecast, ind->decimals);
		else
			tmpl_set(s, "FORECAST", "\xe2\x80\x94");
		tmpl_set(s, "EXPLANATION", f->explanation);
		tmpl_set(s, "MEASURE", f->measure);
	}
	page_render(q, r, t, "indicator.tpl", ind->name, NAV_PROGRAMMES);
	db_org_list_free(org);
	db_indicator_free(ind);
}
