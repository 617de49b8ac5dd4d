/*
 * api_structure.c: the read-only programme budget under /api/v1: years,
 * periods, the org tree, programmes and indicators.
 */
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "db_indicator.h"
#include "db_org.h"
#include "db_period.h"
#include "db_programme.h"
#include "db_structure.h"
#include "handlers.h"
#include "url.h"

/* GET /api/v1/years.  Raises 500. */
void
api_years(struct req *q, struct resp *r)
{
	struct year_list	*l;
	json_t			*a;
	size_t			 i;

	if ((l = db_year_list(q->db)) == NULL || (a = json_array()) == NULL) {
		db_year_list_free(l);
		r->status = 500;
		return;
	}
	for (i = 0; i < l->n; i++)
		json_array_append_new(a, json_pack("{s:i,s:s,s:I,s:o}",
		    "year", l->v[i].year, "state", l->v[i].state,
		    "programmes", (json_int_t)l->v[i].programmes,
		    "raadsbesluit", l->v[i].adopted_on[0] != '\0' ?
		    json_string(l->v[i].adopted_on) : json_null()));
	db_year_list_free(l);
	api_send(r, 200, json_pack("{s:o}", "years", a));
}

/* GET /api/v1/periods?year=Y (all periods without year).  Raises 400, 500. */
void
api_periods(struct req *q, struct resp *r)
{
	struct period_list	*l;
	const char		*ys = req_query(q, "year");
	int64_t			 year = 0;
	json_t			*a;
	size_t			 i;

	if (ys != NULL && (!url_id(ys, &year) || year > 2100)) {
		r->status = 400;
		return;
	}
	l = year ? db_period_list(q->db, (int)year) : db_period_list_all(q->db);
	if (l == NULL || (a = json_array()) == NULL) {
		db_period_list_free(l);
		r->status = 500;
		return;
	}
	for (i = 0; i < l->n; i++)
		json_array_append_new(a, json_pack(
		    "{s:I,s:s,s:i,s:i,s:s,s:s,s:s}",
		    "id", (json_int_t)l->v[i].id, "name", l->v[i].name,
		    "year", l->v[i].year, "quarter", l->v[i].quarter,
		    "state", db_period_state_name(l->v[i].state),
		    "deadline", l->v[i].deadline,
		    "review_deadline", l->v[i].review_deadline));
	db_period_list_free(l);
	api_send(r, 200, json_pack("{s:o}", "periods", a));
}

/*
 * GET /api/v1/org-units[?year=Y|?period=YYYY-QN]: the tree of that budget
 * year (default: the current period's), nested; units ended before it or
 * begun after it are left out.  Raises 400, 500.
 */
void
api_org_units(struct req *q, struct resp *r)
{
	struct org_list	*l;
	struct period	 p;
	const char	*ys = req_query(q, "year"), *ps = req_query(q, "period");
	json_t		**node, *root = NULL, *kids;
	int64_t		 year = 0;
	size_t		 i, j;

	if (ys != NULL) {
		if (!url_id(ys, &year) || year < 2000 || year > 2100) {
			r->status = 400;
			return;
		}
	} else if (ps != NULL) {
		if (!db_period_get_by_name(q->db, ps, &p)) {
			r->status = 400;
			return;
		}
		year = p.year;
	} else if (db_period_current(q->db, &p))
		year = p.year;
	if ((l = db_org_list_year(q->db, (int)year)) == NULL) {
		r->status = 500;
		return;
	}
	if ((node = calloc(l->n + 1, sizeof(*node))) == NULL) {
		db_org_list_free(l);
		r->status = 500;
		return;
	}
	/* Reading order puts each parent before its children. */
	for (i = 0; i < l->n; i++) {
		node[i] = json_pack("{s:I,s:s,s:s,s:s,s:s,s:[]}",
		    "id", (json_int_t)l->v[i].id, "code", l->v[i].code,
		    "name", l->v[i].name,
		    "kind", db_org_kind_name(l->v[i].kind),
		    "manager", l->v[i].manager_name, "children");
		if (node[i] == NULL)
			continue;
		if (l->v[i].parent_id == 0) {
			if (root == NULL)
				root = json_incref(node[i]);
			continue;
		}
		for (j = i; j-- > 0;)
			if (l->v[j].id == l->v[i].parent_id && node[j] != NULL) {
				kids = json_object_get(node[j], "children");
				json_array_append(kids, node[i]);
				break;
			}
	}
	for (i = 0; i < l->n; i++)
		json_decref(node[i]);
	free(node);
	db_org_list_free(l);
	api_send(r, 200, json_pack("{s:I,s:o}", "year", (json_int_t)year,
	    "org_unit", root ? root : json_null()));
}

static json_t *
api_programme_head(const struct programme *p)
{
	return json_pack("{s:I,s:i,s:i,s:s,s:s,s:{s:I,s:s},s:I}",
	    "id", (json_int_t)p->id, "year", p->year, "number", p->number,
	    "name", p->name, "portfolio_holder", p->portfolio_holder,
	    "directie", "id", (json_int_t)p->directie_id, "name",
	    p->directie_name, "budget_cents", (json_int_t)p->budget_cents);
}

/* GET /api/v1/programmes?year=Y.  Raises 400, 500. */
void
api_programmes(struct req *q, struct resp *r)
{
	struct programme_list	*l;
	const char		*ys = req_query(q, "year");
	int64_t			 year;
	json_t			*a;
	size_t			 i;

	if (ys == NULL || !url_id(ys, &year) || year > 2100) {
		r->status = 400;
		return;
	}
	if ((l = db_programme_list(q->db, (int)year)) == NULL ||
	    (a = json_array()) == NULL) {
		db_programme_list_free(l);
		r->status = 500;
		return;
	}
	for (i = 0; i < l->n; i++)
		json_array_append_new(a, api_programme_head(&l->v[i]));
	db_programme_list_free(l);
	api_send(r, 200, json_pack("{s:I,s:o}", "year", (json_int_t)year,
	    "programmes", a));
}

static json_t *
api_indicators(const struct indicator *v, size_t n)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; a != NULL && i < n; i++)
		json_array_append_new(a, api_indicator(&v[i], 1));
	return a;
}

/*
 * GET /api/v1/programmes/{id}: the programme with effects, performances,
 * indicators (with targets) and budget.  Raises 404, 500.
 */
void
api_programme(struct req *q, struct resp *r)
{
	struct programme	*p;
	struct st_more		 m;
	const struct performance *f;
	json_t			*j, *effects, *e, *perfs;
	int64_t			 id;
	size_t			 i, k;

	memset(&m, 0, sizeof(m));
	id = q->id[0];
	if ((p = db_programme_get(q->db, id)) == NULL) {
		r->status = 404;
		return;
	}
	j = api_programme_head(p);
	effects = json_array();
	for (i = 0; j != NULL && effects != NULL && i < p->effectn; i++) {
		perfs = json_array();
		for (k = 0; perfs != NULL && k < p->effects[i].performancen; k++) {
			f = &p->effects[i].performances[k];
			json_array_append_new(perfs, json_pack(
			    "{s:I,s:i,s:s,s:s,s:{s:I,s:s},s:I,s:o}",
			    "id", (json_int_t)f->id, "number", f->number,
			    "name", f->name, "description", f->description,
			    "owner", "id", (json_int_t)f->org_unit_id,
			    "name", f->org_unit_name,
			    "budget_cents", (json_int_t)f->budget_cents,
			    "indicators", api_indicators(f->indicators,
			    f->indicatorn)));
		}
		e = json_pack("{s:I,s:i,s:s,s:s,s:o,s:o}",
		    "id", (json_int_t)p->effects[i].id,
		    "number", p->effects[i].number,
		    "name", p->effects[i].name,
		    "description", p->effects[i].description,
		    "indicators", api_indicators(p->effects[i].indicators,
		    p->effects[i].indicatorn),
		    "performances", perfs);
		json_array_append_new(effects, e);
	}
	/* The three W's texts; ambition is the first (issue 14). */
	if (j != NULL && db_structure_more(q->db, ST_PROGRAMME, id, &m) == 1) {
		json_object_set_new(j, "w2", json_string(m.w2));
		json_object_set_new(j, "w3", json_string(m.w3));
	}
	db_structure_more_clear(&m);
	if (j != NULL) {
		json_object_set_new(j, "ambition", json_string(p->ambition));
		json_object_set_new(j, "effects", effects);
	} else
		json_decref(effects);
	db_programme_free(p);
	api_send(r, 200, j);
}

/*
 * GET /api/v1/indicators/{id}: the indicator with every target and figure.
 * Raises 404, 500.
 */
void
api_indicator_show(struct req *q, struct resp *r)
{
	struct indicator	*ind;
	struct st_more		 m;
	const struct figure	*f;
	json_t			*j, *a;
	size_t			 i;
	int			 found;

	if ((found = db_indicator_get_history(q->db, q->id[0], &ind)) != 1 ||
	    (j = api_indicator(ind, 1)) == NULL) {
		db_indicator_free(ind);
		r->status = found == 0 ? 404 : 500;
		return;
	}
	a = json_array();
	for (i = 0; a != NULL && i < ind->figuren; i++) {
		f = &ind->figures[i];
		json_array_append_new(a, json_pack(
		    "{s:I,s:s,s:o,s:o,s:s,s:s,s:I,s:s,s:s}",
		    "org_unit", (json_int_t)f->org_unit_id,
		    "period", f->period,
		    "value", f->has_value ? api_scaled(f->value, ind->decimals) :
		    json_null(),
		    "forecast", f->has_forecast ? api_scaled(f->forecast,
		    ind->decimals) : json_null(),
		    "explanation", f->explanation, "measure", f->measure,
		    "version", (json_int_t)f->version,
		    "updated_by", f->updated_by, "updated_at", f->updated_at));
	}
	json_object_set_new(j, "figures", a);
	if (db_structure_more(q->db, ST_INDICATOR, ind->id, &m) == 1) {
		json_object_set_new(j, "definition", json_string(m.definition));
		json_object_set_new(j, "frequency", json_string(m.yearly ?
		    "year" : "quarter"));
	}
	db_structure_more_clear(&m);
	db_indicator_free(ind);
	api_send(r, 200, j);
}
