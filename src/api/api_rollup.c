/*
 * api_rollup.c: the rollup API, the same numbers the dashboards show:
 * per programme, effect or org unit in a period the summary status, the
 * counts per status and the finance total with its deviation.  Money in
 * cents; percentages as exact decimal strings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "db_budget.h"
#include "db_period.h"
#include "db_rollup.h"
#include "gzip.h"
#include "handlers.h"
#include "pagecache.h"
#include "rollup_approval.h"
#include "rollup_store.h"

/* The cost deviation thresholds, read once per request. */
struct api_rollup_thr {
	int	 bp;
	int64_t	 cents;
};

/*
 * The answer cached under "api|<path>|<period>" at generation gen, sent
 * as is.  Returns 1 when served.  The answer is the same for every caller
 * (every role reads every rollup) and changes only with the generation.
 */
static int
api_rollup_cached(const struct req *q, struct resp *r, const char *key,
    int64_t gen)
{
	const struct pagecache_page *p;
	unsigned char	*z = NULL;
	char		*s = NULL;
	size_t		 len;

	if ((p = pagecache_hold(key, gen)) == NULL)
		return 0;
	if (p->gz.data != NULL && gz_accepted(q->accept_enc))
		z = gz_splice("", 0, 0, &p->gz, "", 0, 0, &len);
	if (z != NULL) {
		resp_set_body(r, "application/json", (char *)z, len);
		resp_header(r, "Content-Encoding", "gzip");
	} else if ((s = strdup(p->content)) != NULL)
		resp_set_body(r, "application/json", s, p->len);
	pagecache_release(p);
	if (z == NULL && s == NULL) {
		r->status = 500;
		return 1;
	}
	r->status = 200;
	resp_header(r, "Vary", "Accept-Encoding");
	return 1;
}

/* What every rollup answer starts from. */
struct api_rollup_req {
	struct period		 p;	/* ?period=YYYY-Qn, else the current */
	char			 key[256];	/* "api|<path>|<period>" */
	int64_t			 gen;
	struct api_rollup_thr	 t;
};

/*
 * The period, the cache key and generation of a rollup answer, and the
 * thresholds.  Returns 1 when the answer is given already (404 without a
 * period, or from the page cache), 0 when the handler must build it.
 */
static int
api_rollup_begin(struct req *q, struct resp *r, struct api_rollup_req *a)
{
	const char *s = req_query(q, "period");

	if (!(s != NULL ? db_period_get_by_name(q->db, s, &a->p) :
	    db_period_current(q->db, &a->p))) {
		r->status = 404;
		return 1;
	}
	a->gen = db_rollup_generation(q->db);
	snprintf(a->key, sizeof(a->key), "api|%s|%s", q->path, a->p.name);
	if (api_rollup_cached(q, r, a->key, a->gen))
		return 1;
	db_rollup_thresholds(q->db, &a->t.bp, &a->t.cents);
	return 0;
}

/* Send j (consumed) with 200 and keep it in the page cache.  Raises 500. */
static void
api_rollup_send(struct resp *r, const struct api_rollup_req *a, json_t *j)
{
	api_send(r, 200, j);
	if (r->status != 200)
		return;
	pagecache_put(a->key, a->gen, r->body, r->len, "");
	resp_header(r, "Vary", "Accept-Encoding");
}

static json_t *
api_rollup_node(const struct api_rollup_thr *t, const struct rollup_node_row *n)
{
	struct cost_status	 cs, fs;
	int			 dev, fdev;

	dev = rollup_finance_deviation(&n->fin, t->bp, t->cents, &cs);
	fdev = rollup_finance_forecast_deviation(&n->fin, t->bp, t->cents,
	    &fs);
	return json_pack("{s:I,s:i,s:s,s:s,s:I,s:{s:I,s:I,s:I,s:I},"
	    "s:{s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:I,s:I,s:I}}",
	    "id", (json_int_t)n->id, "number", n->number, "name", n->name,
	    "status", status_name(n->status),
	    "indicators", (json_int_t)n->n_indicators,
	    "counts",
	    "on_track", (json_int_t)n->counts.n[STATUS_ON_TRACK],
	    "at_risk", (json_int_t)n->counts.n[STATUS_AT_RISK],
	    "off_track", (json_int_t)n->counts.n[STATUS_OFF_TRACK],
	    "no_data", (json_int_t)n->counts.n[STATUS_NO_DATA],
	    "finance",
	    "budget_cents", api_money(n->fin.budget),
	    "year_budget_cents", api_money(n->fin.year_budget),
	    "realised_cents", n->fin.has_realised ?
	    api_money(n->fin.realised) : json_null(),
	    "budget_realised_cents", api_money(n->fin.budget_realised),
	    "forecast_cents", n->fin.has_forecast ?
	    api_money(n->fin.forecast) : json_null(),
	    "deviation_cents", dev ? api_money(cs.deviation_cents) : json_null(),
	    "deviation_pct", dev && cs.has_bp ? api_scaled(cs.deviation_bp, 2) :
	    json_null(),
	    "needs_explanation", json_boolean(dev && cs.needs_explanation),
	    "forecast_deviation_cents", fdev ? api_money(fs.deviation_cents) :
	    json_null(),
	    "forecast_deviation_pct", fdev && fs.has_bp ?
	    api_scaled(fs.deviation_bp, 2) : json_null(),
	    "parts", (json_int_t)n->fin.n,
	    "parts_realised", (json_int_t)n->fin.n_realised,
	    "parts_forecast", (json_int_t)n->fin.n_forecast);
}

static json_t *
api_rollup_list(const struct api_rollup_thr *t,
    const struct rollup_node_list *l)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; a != NULL && i < l->n; i++)
		json_array_append_new(a, api_rollup_node(t, &l->v[i]));
	return a;
}

/*
 * The approval of the figures behind node's numbers (issue 13, item 3):
 * {"figures": n, "unapproved": n, "provisional": bool}.  NULL when the
 * read fails.
 */
static json_t *
api_rollup_approval(const struct req *q, int kind, int64_t node_id,
    int64_t period_id)
{
	struct approval	a;

	if (!rollup_approval_get(q->db, kind, node_id, period_id, &a))
		return NULL;
	return json_pack("{s:I,s:I,s:b}", "figures", (json_int_t)a.n_figures,
	    "unapproved", (json_int_t)a.n_unapproved,
	    "provisional", a.n_unapproved > 0);
}

/*
 * Add to every programme object of progs (an array, or one object) its
 * budget of year: "budget": {lasten/baten/saldo, primitief and actueel}
 * (issue 14; the finance object's year_budget_cents is the actuele
 * lasten of its performances).  Returns 1, or 0 on a read failure.
 */
static int
api_rollup_budget(const struct req *q, json_t *progs, int year)
{
	struct budget_totals	*t = NULL;
	json_t			*p;
	size_t			 n = 0, i, k, m;

	if (progs == NULL || !db_budget_totals(q->db, year, &t, &n))
		return 0;
	m = json_is_array(progs) ? json_array_size(progs) : 1;
	for (k = 0; k < m; k++) {
		p = json_is_array(progs) ? json_array_get(progs, k) : progs;
		for (i = 0; i < n; i++)
			if (t[i].programme_id ==
			    json_integer_value(json_object_get(p, "id")))
				json_object_set_new(p, "budget",
				    api_budget_totals(&t[i]));
	}
	free(t);
	return 1;
}

/* GET /api/v1/rollup/programmes?period=: every programme.  Raises 404, 500. */
void
api_rollup_programmes(struct req *q, struct resp *r)
{
	struct api_rollup_req	 a;
	struct rollup_node_list	*l;
	json_t			*progs;

	if (api_rollup_begin(q, r, &a))
		return;
	if ((l = db_rollup_programmes(q->db, a.p.id)) == NULL) {
		r->status = 500;
		return;
	}
	progs = api_rollup_list(&a.t, l);
	db_rollup_node_list_free(l);
	if (!api_rollup_budget(q, progs, a.p.year)) {
		json_decref(progs);
		r->status = 500;
		return;
	}
	api_rollup_send(r, &a, json_pack("{s:s,s:o,s:o*}", "period", a.p.name,
	    "programmes", progs, "approval",
	    api_rollup_approval(q, APPROVAL_ALL, 0, a.p.id)));
}

/*
 * GET /api/v1/rollup/programmes/{id}?period=: one programme and its
 * effects.  Raises 404, 500.
 */
void
api_rollup_programme(struct req *q, struct resp *r)
{
	struct api_rollup_req	 a;
	struct rollup_node_row	 n;
	struct rollup_node_list	*l;
	json_t			*prog;

	if (api_rollup_begin(q, r, &a))
		return;
	if (!db_rollup_programme(q->db, q->id[0], a.p.id, &n)) {
		r->status = 404;
		return;
	}
	if ((l = db_rollup_effects(q->db, q->id[0], a.p.id)) == NULL) {
		free(n.name);
		r->status = 500;
		return;
	}
	prog = api_rollup_node(&a.t, &n);
	if (!api_rollup_budget(q, prog, a.p.year)) {
		json_decref(prog);
		free(n.name);
		db_rollup_node_list_free(l);
		r->status = 500;
		return;
	}
	api_rollup_send(r, &a, json_pack("{s:s,s:o,s:o,s:o*}", "period",
	    a.p.name, "programme", prog,
	    "effects", api_rollup_list(&a.t, l), "approval",
	    api_rollup_approval(q, ROLLUP_PROGRAMME, q->id[0], a.p.id)));
	free(n.name);
	db_rollup_node_list_free(l);
}

/*
 * GET /api/v1/rollup/org-units/{id}?period=: everything the unit and the
 * units below it answer for, and its child units side by side.  Raises
 * 404, 500.
 */
void
api_rollup_org_unit(struct req *q, struct resp *r)
{
	struct api_rollup_req	 a;
	struct rollup_node_list	*u = NULL, *c = NULL;

	if (api_rollup_begin(q, r, &a))
		return;
	if ((u = db_rollup_unit(q->db, q->id[0], a.p.id)) == NULL ||
	    (c = db_rollup_unit_children(q->db, q->id[0], a.p.id)) == NULL) {
		r->status = 500;
		goto out;
	}
	if (u->n != 1) {
		r->status = 404;
		goto out;
	}
	api_rollup_send(r, &a, json_pack("{s:s,s:o,s:o,s:o*}", "period",
	    a.p.name, "org_unit", api_rollup_node(&a.t, &u->v[0]),
	    "children", api_rollup_list(&a.t, c), "approval",
	    api_rollup_approval(q, ROLLUP_UNIT, q->id[0], a.p.id)));
out:
	db_rollup_node_list_free(u);
	db_rollup_node_list_free(c);
}
