/*
 * page_figure.c: one figure (indicator x unit x period) with its history,
 * read from the audit log (/figures/{indicator}/{unit}/{period}).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_figure.h"
#include "db_indicator.h"
#include "db_org.h"
#include "db_period.h"
#include "handlers.h"
#include "entry.h"
#include "i18n.h"
#include "num.h"
#include "page.h"
#include "page_uom.h"
#include "tmpl.h"
#include "utf8.h"

static const char *
page_figure_label(const struct req *q, const char *field)
{
	static const char *const map[][2] = {
		{ "value", "T_REALISED" }, { "forecast", "T_FORECAST" },
		{ "numerator", "T_ENTRY_NUMERATOR" },
		{ "denominator", "T_ENTRY_DENOMINATOR" },
		{ "weight", "T_ENTRY_WEIGHT" }, { "explanation", "T_EXPLANATION" },
		{ "measure", "T_MEASURE" }
	};
	size_t i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(field, map[i][0]) == 0)
			return i18n(q->lang, map[i][1]);
	return field;
}

/*
 * A value from the audit entry as the reader reads numbers: the audit
 * keeps them in the plain English form ("25.80"); a number field is shown
 * as num_format() writes it in the reader's language ("25,80"), ratio
 * parts and weights as whole counts.  Text that does not read as a number is shown as is.
 */
static void
page_figure_value(struct tmpl *c, const char *name, const struct req *q,
    const char *field, const char *v, int decimals)
{
	struct num_parse	np;
	int			k, d;

	if (v == NULL || v[0] == '\0') {
		tmpl_set(c, name, "\xe2\x80\x94");
		return;
	}
	for (k = 0; k < FIG__NUMS; k++)
		if (strcmp(field, fig_num_names[k]) == 0)
			break;
	if (k == FIG__NUMS)
		tmpl_set(c, name, v);
	else if (num_parse(v, d = entry_num_decimals((enum fig_num)k,
	    decimals), &np) == NUM_OK)
		page_set_num(c, name, q, np.value, d);
	else
		tmpl_set(c, name, v);
}

/* One CHANGE per field in the audit entry's old and new JSON. */
static void
page_figure_changes(struct tmpl *ev, const struct req *q,
    const struct figure_event *e, int decimals)
{
	json_t		*o, *n, *v;
	const char	*k, *ov;
	struct tmpl	*c;

	o = json_loads(e->old_value, 0, NULL);
	n = json_loads(e->new_value, 0, NULL);
	if (n == NULL || !json_is_object(n)) {
		json_decref(o);
		json_decref(n);
		return;
	}
	json_object_foreach(n, k, v) {
		if ((c = tmpl_section(ev, "CHANGE")) == NULL)
			break;
		ov = o != NULL ? json_string_value(json_object_get(o, k)) : NULL;
		tmpl_set(c, "FIELD", page_figure_label(q, k));
		page_figure_value(c, "OLD", q, k, ov, decimals);
		page_figure_value(c, "NEW", q, k, json_string_value(v),
		    decimals);
	}
	json_decref(o);
	json_decref(n);
}

/*
 * GET /figures/{indicator}/{unit}/{period}: the figure now and every change
 * to it (who, when, old -> new), newest first.  Raises 404, 500.
 */
void
page_figure_show(struct req *q, struct resp *r)
{
	struct indicator	*ind = NULL;
	struct org_unit		*u = NULL;
	struct figure_event	*h = NULL;
	struct figure_vals	 v;
	struct period		 p;
	struct tmpl		*t, *s;
	int64_t			 iid, uid;
	size_t			 hn = 0, i;
	char			 title[300];

	memset(&v, 0, sizeof(v));
	iid = q->id[0];
	uid = q->id[1];
	if (!db_period_get_by_name(q->db, q->period.name, &p) ||
	    (ind = db_indicator_get(q->db, iid)) == NULL ||
	    (u = db_org_get(q->db, uid)) == NULL) {
		r->status = 404;
		goto out;
	}
	if (db_figure_get(q->db, iid, uid, p.id, &v) < 0 ||
	    !db_figure_history(q->db, iid, uid, p.name, &h, &hn)) {
		r->status = 500;
		goto out;
	}
	if ((t = page_new(q)) == NULL) {
		r->status = 500;
		goto out;
	}
	tmpl_set_int(t, "IND_ID", ind->id);
	tmpl_set(t, "IND_NAME", ind->name);
	tmpl_set_int(t, "UNIT_ID", u->id);
	tmpl_set(t, "UNIT_NAME", u->name);
	tmpl_set(t, "PERIOD", p.name);
	/* The unit after the value: "1 dag", "1,5 dagen" (uom_is_one). */
	page_uom_after(t, "IND_UNIT", q, ind->unit, v.has_value, v.value,
	    ind->decimals);
	if (v.has_value)
		page_set_num(t, "VALUE", q, v.value, ind->decimals);
	else
		tmpl_set(t, "VALUE", "\xe2\x80\x94");
	if (v.has_forecast)
		page_set_num(t, "FORECAST", q, v.forecast, ind->decimals);
	else
		tmpl_set(t, "FORECAST", "\xe2\x80\x94");
	tmpl_set(t, "EXPLANATION", v.explanation != NULL ? v.explanation : "");
	tmpl_set(t, "MEASURE", v.measure != NULL ? v.measure : "");
	tmpl_set_int(t, "VERSION", v.version);
	tmpl_show(t, hn > 0 ? "HAS_HISTORY" : "NO_HISTORY");
	for (i = 0; i < hn; i++) {
		if ((s = tmpl_section(t, "EVENT")) == NULL)
			break;
		page_set_when(s, "AT", q, h[i].at);
		tmpl_set(s, "WHO", h[i].username[0] != '\0' ? h[i].username :
		    "\xe2\x80\x94");
		tmpl_set(s, "ACTION", i18n(q->lang,
		    strcmp(h[i].action, "figure.create") == 0 ?
		    "T_FIGURE_CREATED" : "T_FIGURE_CHANGED"));
		page_figure_changes(s, q, &h[i], ind->decimals);
	}
	utf8_snprintf(title, sizeof(title), "%s, %s, %s", ind->name, u->name,
	    p.name);
	page_render(q, r, t, "figure.tpl", title, NAV_WORK);
out:
	db_figure_vals_clear(&v);
	db_figure_history_free(h, hn);
	db_org_free(u);
	db_indicator_free(ind);
}
