/* entry_store.c: the entry form's unit of work (see entry_store.h). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_org.h"
#include "db_period.h"
#include "entry_store.h"
#include "num.h"

/* The previous quarter's period id, or 0. */
static int64_t
entry_store_last_period(struct db *db, const struct period *p)
{
	struct period	 l;
	char		 name[16];
	int		 y = p->year, q = p->quarter - 1;

	if (q == 0) {
		y--;
		q = 4;
	}
	snprintf(name, sizeof(name), "%04d-Q%d", y % 10000, q % 10);
	return db_period_get_by_name(db, name, &l) ? l.id : 0;
}

/*
 * Everything the entry form of unit for period shows.  NULL when the unit
 * does not exist or on error.  Free with entry_store_form_free.
 */
struct entry_form *
entry_store_form(struct db *db, int64_t unit, const struct period *p)
{
	struct entry_form	*f;
	struct org_unit		*u;

	if ((u = db_org_get(db, unit)) == NULL)
		return NULL;
	if ((f = calloc(1, sizeof(*f))) == NULL) {
		db_org_free(u);
		return NULL;
	}
	f->org_unit_id = unit;
	f->unit_code = u->code;
	f->unit_name = u->name;
	u->code = u->name = NULL;
	db_org_free(u);
	f->period = *p;
	f->last_period_id = entry_store_last_period(db, p);
	if (!db_figure_form(db, unit, p, f->last_period_id, &f->figs,
	    &f->fign) ||
	    !db_cost_form(db, unit, p, f->last_period_id, &f->costs,
	    &f->costn) ||
	    !db_submission_get(db, unit, p->id, &f->sub) ||
	    !db_cost_thresholds(db, &f->threshold_bp, &f->threshold_cents)) {
		entry_store_form_free(f);
		return NULL;
	}
	return f;
}

void
entry_store_form_free(struct entry_form *f)
{
	if (f == NULL)
		return;
	free(f->unit_code);
	free(f->unit_name);
	db_figure_form_free(f->figs, f->fign);
	db_cost_form_free(f->costs, f->costn);
	db_submission_clear(&f->sub);
	free(f);
}

/* The validation rule of the form's figure i. */
void
entry_store_rule(const struct entry_form *f, size_t i, struct entry_rule *r)
{
	const struct form_figure *ff = &f->figs[i];

	memset(r, 0, sizeof(*r));
	r->decimals = ff->ind.decimals;
	r->has_min = ff->ind.has_min;
	r->has_max = ff->ind.has_max;
	r->min_value = ff->ind.min_value;
	r->max_value = ff->ind.max_value;
	r->direction = ff->ind.direction;
	r->tolerance_bp = ff->ind.tolerance_bp;
	r->aggregation = ff->ind.aggregation;
	r->weighted = ff->ind.weight_name != NULL &&
	    ff->ind.weight_name[0] != '\0';
	r->ratio_factor = entry_ratio_factor(ff->ind.unit);
	r->cumulative = ff->ind.cumulative;
	r->quarter = f->period.quarter;
	r->has_target = ff->has_target;
	r->target = ff->target;
	r->earlier = ff->earlier;
	r->earliern = ff->earliern;
}

/* Stored values as the text a user would type (English plain form). */
void
entry_store_fig_text(const struct figure_vals *v, int decimals,
    char buf[FIG__NUMS][40], struct entry_text *t)
{
	int64_t	x;
	int	k;

	memset(t, 0, sizeof(*t));
	memset(buf, 0, FIG__NUMS * 40);
	for (k = 0; k < FIG__NUMS; k++) {
		if (db_figure_num(v, (enum fig_num)k, &x))
			num_format_plain(buf[k], 40, x,
			    entry_num_decimals((enum fig_num)k, decimals), 1);
		*entry_text_num(t, (enum fig_num)k) = buf[k];
	}
	t->explanation = v->explanation;
	t->measure = v->measure;
}

void
entry_store_cost_text(const struct cost_vals *v, char buf[2][40],
    struct entry_cost_text *t)
{
	memset(t, 0, sizeof(*t));
	memset(buf, 0, 2 * 40);
	if (v->has_realised)
		num_format_plain(buf[0], 40, v->realised_cents, 2, 1);
	if (v->has_forecast)
		num_format_plain(buf[1], 40, v->forecast_cents, 2, 1);
	t->realised = buf[0];
	t->forecast = buf[1];
	t->explanation = v->explanation;
	t->measure = v->measure;
}

/* Room for the outcome of every line of f.  Returns 0 when memory runs out. */
int
entry_store_outcome_init(struct entry_outcome *o, const struct entry_form *f)
{
	memset(o, 0, sizeof(*o));
	o->figs = calloc(f->fign + 1, sizeof(*o->figs));
	o->costs = calloc(f->costn + 1, sizeof(*o->costs));
	o->fig_conflict = calloc(f->fign + 1, sizeof(int));
	o->cost_conflict = calloc(f->costn + 1, sizeof(int));
	if (o->figs == NULL || o->costs == NULL || o->fig_conflict == NULL ||
	    o->cost_conflict == NULL) {
		entry_store_outcome_clear(o);
		return 0;
	}
	return 1;
}

void
entry_store_outcome_clear(struct entry_outcome *o)
{
	if (o == NULL)
		return;
	free(o->figs);
	free(o->costs);
	free(o->fig_conflict);
	free(o->cost_conflict);
	memset(o, 0, sizeof(*o));
}

/*
 * Check every line: the lines sent as typed, the others as stored (so a
 * submit checks the whole form).  Fills o's figs and costs.  Returns ES_OK
 * or ES_INVALID (o->invalid lines with messages).
 */
enum entry_res
entry_store_check(const struct entry_form *f, const struct entry_fig_in *fi,
    const struct entry_cost_in *ci, enum entry_mode mode,
    struct entry_outcome *o)
{
	struct entry_rule	 r;
	struct entry_text	 t;
	struct entry_cost_text	 ct;
	char			 buf[FIG__NUMS][40];
	size_t			 i;
	int			 sent;

	o->invalid = 0;
	for (i = 0; i < f->fign; i++) {
		sent = fi != NULL && fi[i].present;
		if (!sent && mode == ENTRY_DRAFT)
			continue;
		entry_store_rule(f, i, &r);
		if (sent)
			t = fi[i].text;
		else
			entry_store_fig_text(&f->figs[i].cur,
			    f->figs[i].ind.decimals, buf, &t);
		if (!entry_check_figure(&r, &t, mode, &o->figs[i]))
			o->invalid++;
		if (!sent) {
			/* Messages only: the stored strings are not kept. */
			o->figs[i].explanation = "";
			o->figs[i].measure = "";
		}
	}
	for (i = 0; i < f->costn; i++) {
		sent = ci != NULL && ci[i].present;
		if (!sent && mode == ENTRY_DRAFT)
			continue;
		if (sent)
			ct = ci[i].text;
		else
			entry_store_cost_text(&f->costs[i].cur, buf, &ct);
		if (!entry_check_cost(f->costs[i].cur.budget_cents,
		    f->threshold_bp, f->threshold_cents, &ct, mode,
		    &o->costs[i]))
			o->invalid++;
		if (!sent) {
			o->costs[i].explanation = "";
			o->costs[i].measure = "";
		}
	}
	return o->invalid == 0 ? ES_OK : ES_INVALID;
}

enum entry_res
entry_store_res_of(enum db_res r)
{
	switch (r) {
	case DB_OK:
		return ES_OK;
	case DB_CONFLICT:
		return ES_CONFLICT;
	case DB_READONLY:
		return ES_READONLY;
	case DB_FULL:
		return ES_FULL;
	default:
		return ES_ERROR;
	}
}

/*
 * Inside the caller's transaction: check the workflow for action (WF_SAVE
 * or WF_SUBMIT) against the submission as stored now, check the lines
 * (entry_store_check), write every line sent and move the submission.
 * Returns ES_OK, or why not; the caller rolls back on anything else.
 */
enum entry_res
entry_store_apply(struct db *db, const struct entry_form *f,
    const struct entry_fig_in *fi, const struct entry_cost_in *ci,
    enum wf_action action, unsigned roles, const struct db_who *who,
    struct entry_outcome *o)
{
	struct submission	 sub;
	struct wf_ctx		 c;
	struct wf_next		 next;
	struct figure_key	 fk;
	struct cost_key		 ck;
	struct figure_vals	 fv;
	struct cost_vals	 cv;
	const struct entry_figure *ef;
	const struct entry_cost	*ec;
	enum db_res		 dr;
	enum entry_res		 res;
	int64_t			 nv, x;
	size_t			 i;
	int			 k, has;

	if (!db_submission_get(db, f->org_unit_id, f->period.id, &sub))
		return ES_ERROR;
	memset(&c, 0, sizeof(c));
	c.period = f->period.state;
	c.state = sub.state;
	c.reopened = sub.reopened;
	c.roles = roles;
	c.actor = who->user_id;
	c.submitter = sub.updated_by_id;
	if ((o->wf = workflow_check(&c, action, NULL, &next)) != WF_OK) {
		db_submission_clear(&sub);
		return ES_WORKFLOW;
	}
	if ((res = entry_store_check(f, fi, ci, action == WF_SUBMIT ?
	    ENTRY_SUBMIT : ENTRY_DRAFT, o)) != ES_OK) {
		db_submission_clear(&sub);
		return res;
	}
	o->conflicts = 0;
	for (i = 0; i < f->fign; i++) {
		if (fi == NULL || !fi[i].present)
			continue;
		ef = &o->figs[i];
		memset(&fk, 0, sizeof(fk));
		fk.indicator_id = f->figs[i].ind.id;
		fk.org_unit_id = f->org_unit_id;
		fk.period_id = f->period.id;
		fk.period_name = f->period.name;
		fk.decimals = f->figs[i].ind.decimals;
		memset(&fv, 0, sizeof(fv));
		for (k = 0; k < FIG__NUMS; k++) {
			has = entry_figure_num(ef, (enum fig_num)k, &x);
			db_figure_set_num(&fv, (enum fig_num)k, has, x);
		}
		fv.explanation = (char *)(uintptr_t)ef->explanation;
		fv.measure = (char *)(uintptr_t)ef->measure;
		dr = db_figure_save(db, &fk, fi[i].version, &fv, who, &nv);
		if (dr == DB_CONFLICT) {
			o->fig_conflict[i] = 1;
			o->conflicts++;
		} else if (dr != DB_OK) {
			db_submission_clear(&sub);
			return entry_store_res_of(dr);
		}
	}
	for (i = 0; i < f->costn; i++) {
		if (ci == NULL || !ci[i].present)
			continue;
		ec = &o->costs[i];
		ck.performance_id = f->costs[i].performance_id;
		ck.period_id = f->period.id;
		ck.period_name = f->period.name;
		memset(&cv, 0, sizeof(cv));
		cv.budget_cents = f->costs[i].cur.budget_cents;
		cv.has_realised = ec->has_realised;
		cv.realised_cents = ec->realised;
		cv.has_forecast = ec->has_forecast;
		cv.forecast_cents = ec->forecast;
		cv.explanation = (char *)(uintptr_t)ec->explanation;
		cv.measure = (char *)(uintptr_t)ec->measure;
		dr = db_cost_save(db, &ck, ci[i].version, &cv, who, &nv);
		if (dr == DB_CONFLICT) {
			o->cost_conflict[i] = 1;
			o->conflicts++;
		} else if (dr != DB_OK) {
			db_submission_clear(&sub);
			return entry_store_res_of(dr);
		}
	}
	if (o->conflicts > 0) {
		db_submission_clear(&sub);
		return ES_CONFLICT;
	}
	dr = DB_OK;
	if (next.state != sub.state)
		dr = db_submission_set(db, f->org_unit_id, f->period.id,
		    f->period.name, sub.version, next.state,
		    sub.state == SUB_RETURNED ? sub.comment : "",
		    workflow_action_name(action), who, &nv);
	db_submission_clear(&sub);
	return entry_store_res_of(dr);
}

/*
 * Save (WF_SAVE: draft) or submit (WF_SUBMIT: complete and valid) the
 * lines sent, in one transaction, or nothing.  roles: the user's roles in
 * the unit's scope.  Returns ES_OK or why not; o says which line.
 */
enum entry_res
entry_store_save(struct db *db, const struct entry_form *f,
    const struct entry_fig_in *fi, const struct entry_cost_in *ci,
    enum wf_action action, unsigned roles, const struct db_who *who,
    struct entry_outcome *o)
{
	enum entry_res	res;

	if ((res = entry_store_res_of(db_submission_begin(db))) != ES_OK)
		return o->res = res;
	res = entry_store_apply(db, f, fi, ci, action, roles, who, o);
	if (res == ES_OK)
		res = entry_store_res_of(db_submission_commit(db));
	else
		db_rollback(db);
	return o->res = res;
}

/*
 * Approve, return (comment required) or reopen (reason required) the
 * submission of unit for period p, or submit it as stored.  Returns ES_OK,
 * ES_WORKFLOW with *wf, ES_INVALID (submit of an incomplete form) or the
 * failure.
 */
enum entry_res
entry_store_transition(struct db *db, int64_t unit, const struct period *p,
    enum wf_action action, const char *comment, unsigned roles,
    const struct db_who *who, enum wf_err *wf)
{
	struct entry_form	*f = NULL;
	struct entry_outcome	 o;
	struct submission	 sub;
	struct wf_ctx		 c;
	struct wf_next		 next;
	enum entry_res		 res;
	int64_t			 nv;

	*wf = WF_OK;
	memset(&o, 0, sizeof(o));
	if ((res = entry_store_res_of(db_submission_begin(db))) != ES_OK)
		return res;
	if (action == WF_SUBMIT || action == WF_SAVE) {
		res = ES_ERROR;
		if ((f = entry_store_form(db, unit, p)) != NULL &&
		    entry_store_outcome_init(&o, f))
			res = entry_store_apply(db, f, NULL, NULL, action, roles,
			    who, &o);
		*wf = o.wf;
		goto done;
	}
	if (!db_submission_get(db, unit, p->id, &sub)) {
		res = ES_ERROR;
		goto done;
	}
	memset(&c, 0, sizeof(c));
	c.period = p->state;
	c.state = sub.state;
	c.reopened = sub.reopened;
	c.roles = roles;
	c.actor = who->user_id;
	c.submitter = sub.updated_by_id;
	if ((*wf = workflow_check(&c, action, comment, &next)) != WF_OK)
		res = ES_WORKFLOW;
	else
		res = entry_store_res_of(db_submission_set(db, unit, p->id,
		    p->name, sub.version, next.state,
		    action == WF_APPROVE ? "" : comment,
		    workflow_action_name(action), who, &nv));
	db_submission_clear(&sub);
done:
	if (res == ES_OK)
		res = entry_store_res_of(db_submission_commit(db));
	else
		db_rollback(db);
	entry_store_outcome_clear(&o);
	entry_store_form_free(f);
	return res;
}

/* The HTTP status of an outcome. */
int
entry_store_http_status(enum entry_res r, enum wf_err wf)
{
	switch (r) {
	case ES_OK:
		return 200;
	case ES_INVALID:
		return 422;
	case ES_CONFLICT:
		return 409;
	case ES_WORKFLOW:
		return workflow_http_status(wf);
	case ES_READONLY:
	case ES_FULL:
		return 507;
	default:
		return 500;
	}
}
