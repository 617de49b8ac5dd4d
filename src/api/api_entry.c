/*
 * api_entry.c: quarterly figures under /api/v1.  Numbers travel as
 * decimal strings in English form with the indicator's decimals ("77.6");
 * the input side also takes the Dutch form and refuses ambiguous ones,
 * exactly like the form.
 *
 *   GET  /api/v1/figures?org_unit=ID&period=2014-Q3
 *   PUT  /api/v1/figures/{indicator}/{org_unit}/{period}
 *   POST /api/v1/submissions/{org_unit}/{period}/{submit|approve|return|reopen}
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "api_body.h"
#include "auth.h"
#include "db_period.h"
#include "entry_store.h"
#include "handlers.h"
#include "num.h"
#include "router.h"
#include "url.h"

static json_t *
api_entry_num(int has, int64_t v, int decimals)
{
	return has ? api_scaled(v, decimals) : json_null();
}

/* Figure i of f as JSON, with its status as stored. */
static json_t *
api_entry_figure(const struct entry_form *f, size_t i)
{
	const struct form_figure *ff = &f->figs[i];
	struct entry_rule	 rule;
	struct entry_text	 t;
	struct entry_figure	 chk;
	char			 buf[FIG__NUMS][40];
	json_t			*j, *rest;
	int64_t			 x;
	int			 d = ff->ind.decimals, k, has, ok;

	entry_store_rule(f, i, &rule);
	entry_store_fig_text(&ff->cur, d, buf, &t);
	(void)entry_check_figure(&rule, &t, ENTRY_DRAFT, &chk);
	if ((j = json_pack("{s:I,s:s,s:s,s:s,s:i}",
	    "indicator", (json_int_t)ff->ind.id,
	    "code", ff->ind.code,
	    "name", ff->ind.name,
	    "unit", ff->ind.unit,
	    "decimals", d)) == NULL)
		return NULL;
	for (k = 0; k < FIG__NUMS; k++) {
		has = db_figure_num(&ff->cur, (enum fig_num)k, &x);
		json_object_set_new(j, fig_num_names[k],
		    api_entry_num(has, x,
		    entry_num_decimals((enum fig_num)k, d)));
	}
	rest = json_pack("{s:s,s:s,s:I,s:o,s:o,s:s,s:s,s:s}",
	    "explanation", ff->cur.explanation,
	    "measure", ff->cur.measure,
	    "version", (json_int_t)ff->cur.version,
	    "target", api_entry_num(ff->has_target, ff->target, d),
	    "year_target", api_entry_num(ff->has_year_target, ff->year_target,
	    d),
	    "status", status_name(chk.status),
	    "updated_at", ff->cur.updated_at,
	    "updated_by", ff->cur.updated_by);
	ok = rest != NULL && json_object_update(j, rest) == 0;
	json_decref(rest);
	if (!ok) {
		json_decref(j);
		return NULL;
	}
	return j;
}

static json_t *
api_entry_cost(const struct form_cost *c)
{
	return json_pack("{s:I,s:s,s:I,s:o,s:o,s:s,s:s,s:I}",
	    "performance", (json_int_t)c->performance_id,
	    "name", c->name,
	    "budget_cents", (json_int_t)c->cur.budget_cents,
	    "realised_cents", c->cur.has_realised ?
	    json_integer(c->cur.realised_cents) : json_null(),
	    "forecast_cents", c->cur.has_forecast ?
	    json_integer(c->cur.forecast_cents) : json_null(),
	    "explanation", c->cur.explanation,
	    "measure", c->cur.measure,
	    "version", (json_int_t)c->cur.version);
}

/* Per-field messages as JSON. */
static json_t *
api_entry_errors(const struct entry_form *f, const struct entry_outcome *o)
{
	json_t	*a = json_array();
	size_t	 i, k;

	for (i = 0; a != NULL && i < f->fign; i++)
		for (k = 0; k < o->figs[i].msgs.n; k++)
			json_array_append_new(a, json_pack(
			    "{s:I,s:s,s:s,s:s,s:s}",
			    "indicator", (json_int_t)f->figs[i].ind.id,
			    "field", o->figs[i].msgs.v[k].field,
			    "code", o->figs[i].msgs.v[k].key,
			    "understood", o->figs[i].msgs.v[k].understood,
			    "limit", o->figs[i].msgs.v[k].limit));
	for (i = 0; a != NULL && i < f->costn; i++)
		for (k = 0; k < o->costs[i].msgs.n; k++)
			json_array_append_new(a, json_pack(
			    "{s:I,s:s,s:s,s:s,s:s}",
			    "performance", (json_int_t)f->costs[i].performance_id,
			    "field", o->costs[i].msgs.v[k].field,
			    "code", o->costs[i].msgs.v[k].key,
			    "understood", o->costs[i].msgs.v[k].understood,
			    "limit", o->costs[i].msgs.v[k].limit));
	return a;
}


/*
 * GET /api/v1/figures?org_unit=ID&period=2014-Q3: every figure and cost
 * line of the unit's form, with the submission's state.
 * Raises 400, 403, 404, 500.
 */
void
api_figures_list(struct req *q, struct resp *r)
{
	struct entry_form	*f;
	struct period		 p;
	json_t			*figs, *costs;
	int64_t			 unit;
	size_t			 i;

	if (!url_id(req_query(q, "org_unit"), &unit) ||
	    req_query(q, "period") == NULL) {
		r->status = 400;
		return;
	}
	if (!db_period_get_by_name(q->db, req_query(q, "period"), &p)) {
		r->status = 404;
		return;
	}
	if ((auth_roles_in(q, unit) & ROLE_ENTRY) == 0) {
		r->status = 403;
		return;
	}
	if ((f = entry_store_form(q->db, unit, &p)) == NULL) {
		r->status = 404;
		return;
	}
	figs = json_array();
	costs = json_array();
	for (i = 0; figs != NULL && i < f->fign; i++)
		json_array_append_new(figs, api_entry_figure(f, i));
	for (i = 0; costs != NULL && i < f->costn; i++)
		json_array_append_new(costs, api_entry_cost(&f->costs[i]));
	api_send(r, 200, json_pack("{s:I,s:s,s:s,s:s,s:I,s:s,s:o,s:o}",
	    "org_unit", (json_int_t)unit,
	    "period", p.name,
	    "period_state", db_period_state_name(p.state),
	    "state", workflow_state_name(f->sub.state),
	    "submission_version", (json_int_t)f->sub.version,
	    "comment", f->sub.comment,
	    "figures", figs, "costs", costs));
	entry_store_form_free(f);
}

/*
 * Answer a save or transition that did not succeed: 422 with the messages
 * of form f (NULL: none), the workflow's refusal, 507 or 500.
 */
static void
api_entry_refused(const struct req *q, struct resp *r, enum entry_res res,
    enum wf_err wf, const struct entry_form *f, const struct entry_outcome *o)
{
	switch (res) {
	case ES_INVALID:
		api_error(q, r, 422, "T_ERR_INVALID", json_pack("{s:o}",
		    "errors", f != NULL ? api_entry_errors(f, o) :
		    json_array()));
		break;
	case ES_WORKFLOW:
		/* A comment problem names its field, as the form does. */
		api_error(q, r, workflow_http_status(wf),
		    workflow_err_key(wf), wf == WF_COMMENT_REQUIRED ||
		    wf == WF_COMMENT_TOO_LONG ? json_pack("{s:[{s:s,s:s}]}",
		    "errors", "field", "comment", "code",
		    workflow_err_key(wf)) : NULL);
		break;
	case ES_READONLY:
	case ES_FULL:
		api_error(q, r, 507, "T_ERR_STORAGE", NULL);
		break;
	default:
		r->status = 500;
		break;
	}
}

/*
 * Answer a body that api_body_*() refused: status (400 or 422) naming the
 * member, or 500.
 */
static void
api_entry_body_error(const struct req *q, struct resp *r, int status,
    const struct api_body_err *err)
{
	if (err->key == NULL) {
		r->status = 500;
		return;
	}
	api_error(q, r, status, err->key, json_pack("{s:s}", "field",
	    err->field));
}

/*
 * PUT /api/v1/figures/{indicator}/{org_unit}/{period}: save one figure as
 * a draft.  Body: {"version": N, "value": "77.6", "forecast": ...,
 * "numerator", "denominator", "weight", "explanation", "measure"}; absent
 * members keep what is stored, null empties them.  200 with the figure;
 * 409 {"error":{"code":"err_conflict",...},"current":{...}} when version
 * is stale; 422 {"error":{"code":"err_invalid",...},"errors":[{field, code,
 * understood, limit}]}.
 * Raises 400, 403, 404, 409, 422, 500, 507.
 */
void
api_figure_put(struct req *q, struct resp *r)
{
	struct entry_form	*f = NULL, *now = NULL;
	struct entry_outcome	 o;
	struct entry_fig_in	*fi = NULL;
	struct entry_text	 t;
	struct db_who		 who;
	struct period		 p;
	struct api_figure_body	 body;
	struct api_body_err	 err;
	char			 buf[FIG__NUMS][40];
	int64_t			 ind, unit;
	size_t			 ix;
	enum entry_res		 res;

	memset(&o, 0, sizeof(o));
	ind = q->id[0];
	unit = q->id[1];
	if (!db_period_get_by_name(q->db, q->period.name, &p)) {
		r->status = 404;
		return;
	}
	if ((auth_roles_in(q, unit) & ROLE_MANAGER) == 0) {
		r->status = 403;
		return;
	}
	if (!api_body_figure(q->body, q->bodysz, &body, &err)) {
		api_entry_body_error(q, r, 400, &err);
		return;
	}
	if ((f = entry_store_form(q->db, unit, &p)) == NULL) {
		r->status = 404;
		goto out;
	}
	for (ix = 0; ix < f->fign; ix++)
		if (f->figs[ix].ind.id == ind)
			break;
	if (ix == f->fign) {
		r->status = 404;
		goto out;
	}
	if (!api_body_figure_applies(&body,
	    f->figs[ix].ind.aggregation == AGG_RATIO,
	    f->figs[ix].ind.aggregation == AGG_MEAN &&
	    f->figs[ix].ind.weight_name != NULL &&
	    f->figs[ix].ind.weight_name[0] != '\0', &err)) {
		api_entry_body_error(q, r, 422, &err);
		goto out;
	}
	entry_store_fig_text(&f->figs[ix].cur, f->figs[ix].ind.decimals, buf,
	    &t);
	api_body_figure_apply(&body, &t);
	if ((fi = calloc(f->fign, sizeof(*fi))) == NULL ||
	    !entry_store_outcome_init(&o, f)) {
		r->status = 500;
		goto out;
	}
	fi[ix].present = 1;
	fi[ix].version = body.version;
	fi[ix].text = t;
	auth_who(q, &who);
	res = entry_store_save(q->db, f, fi, NULL, WF_SAVE,
	    auth_roles_in(q, unit), &who, &o);
	switch (res) {
	case ES_OK:
	case ES_CONFLICT:
		if ((now = entry_store_form(q->db, unit, &p)) == NULL ||
		    ix >= now->fign) {
			r->status = 500;
			break;
		}
		if (res == ES_OK)
			api_send(r, 200, api_entry_figure(now, ix));
		else
			api_error(q, r, 409, "T_ERR_CONFLICT", json_pack(
			    "{s:o}", "current", api_entry_figure(now, ix)));
		break;
	default:
		api_entry_refused(q, r, res, o.wf, f, &o);
		break;
	}
out:
	entry_store_outcome_clear(&o);
	free(fi);
	entry_store_form_free(now);
	entry_store_form_free(f);
	api_body_figure_clear(&body);
}

/*
 * POST /api/v1/submissions/{org_unit}/{period}/{action}: submit (the form
 * as stored must be complete and valid), approve, return (body {"comment":
 * "..."} required) or reopen (body {"comment": reason} required).  200 with
 * the new state; 403 when the role may not; 409 when the state or period
 * does not allow it; 422 with per-field errors or when the comment is
 * missing.  Raises 400, 403, 404, 409, 422, 500, 507.
 */
void
api_submission_action(struct req *q, struct resp *r)
{
	struct entry_form	*f = NULL;
	struct entry_outcome	 o;
	struct db_who		 who;
	struct period		 p;
	struct api_submission_body body;
	struct api_body_err	 err;
	enum wf_action		 act;
	enum wf_err		 wf = WF_OK;
	enum entry_res		 res;
	int64_t			 unit;

	memset(&o, 0, sizeof(o));
	unit = q->id[0];
	if (!db_period_get_by_name(q->db, q->period.name, &p) ||
	    !workflow_action_from_name(q->args[0], &act) || act == WF_SAVE) {
		r->status = 404;
		return;
	}
	if (!api_body_submission(q->body, q->bodysz, &body, &err)) {
		api_entry_body_error(q, r, 400, &err);
		return;
	}
	auth_who(q, &who);
	if (act == WF_SUBMIT) {
		if ((f = entry_store_form(q->db, unit, &p)) == NULL) {
			r->status = 404;
			goto out;
		}
		if (!entry_store_outcome_init(&o, f)) {
			r->status = 500;
			goto out;
		}
		res = entry_store_save(q->db, f, NULL, NULL, WF_SUBMIT,
		    auth_roles_in(q, unit), &who, &o);
		wf = o.wf;
	} else
		res = entry_store_transition(q->db, unit, &p, act, body.comment,
		    auth_roles_in(q, unit), &who, &wf);
	switch (res) {
	case ES_OK:
		entry_store_form_free(f);
		f = NULL;
		if ((f = entry_store_form(q->db, unit, &p)) == NULL) {
			r->status = 500;
			break;
		}
		api_send(r, 200, json_pack("{s:I,s:s,s:s,s:I,s:s}",
		    "org_unit", (json_int_t)unit, "period", p.name,
		    "state", workflow_state_name(f->sub.state),
		    "submission_version", (json_int_t)f->sub.version,
		    "comment", f->sub.comment));
		break;
	default:
		api_entry_refused(q, r, res, wf, f, &o);
		break;
	}
out:
	entry_store_outcome_clear(&o);
	entry_store_form_free(f);
	api_body_submission_clear(&body);
}
