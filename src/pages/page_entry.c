/*
 * page_entry.c: the entry form of one unit and period (/entry/{unit}/
 * {period}): show it and save a draft or submit, plus what the entry
 * pages share (status and state words; who acts and their roles in scope
 * are auth_who() and auth_roles_in()).  The form is rendered by page_entry_form.c, decide
 * and reopen are in page_entry_workflow.c, the import template in
 * page_import.c.  Handlers are thin: the rules are in entry.c and
 * workflow.c, the unit of work in entry_store.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "db_period.h"
#include "entry_store.h"
#include "handlers.h"
#include "i18n.h"
#include "page_entry.h"
#include "router.h"
#include "tmpl.h"
#include "user.h"

/* STATE_KEY, STATE_ICON, STATE_WORD of a submission state. */
void
page_entry_state(struct tmpl *t, const struct req *q, enum sub_state s)
{
	static const char *const words[SUB__MAX] = {
		"T_SUB_NONE", "T_SUB_DRAFT", "T_SUB_SUBMITTED", "T_SUB_APPROVED",
		"T_SUB_RETURNED"
	};
	static const char *const icons[SUB__MAX] = {
		"\xe2\x97\x8b", "\xe2\x9c\x8e", "\xe2\x86\x92", "\xe2\x9c\x93",
		"\xe2\x86\xa9"
	};
	unsigned i = (unsigned)s < SUB__MAX ? (unsigned)s : 0;

	tmpl_set(t, "STATE_KEY", workflow_state_name((enum sub_state)i));
	tmpl_set(t, "STATE_ICON", icons[i]);
	tmpl_set(t, "STATE_WORD", i18n(q->lang, words[i]));
}

/* The unit id and period of /entry/{id}/{period}/...; 0 when the period
 * is not stored. */
int
page_entry_target(const struct req *q, int64_t *unit, struct period *p)
{
	*unit = q->id[0];
	return db_period_get_by_name(q->db, q->period.name, p);
}

/* Load the form of the request's unit and period, checking scope. */
struct entry_form *
page_entry_load(struct req *q, struct resp *r)
{
	struct entry_form	*f;
	struct period		 p;
	int64_t			 unit;

	if (!page_entry_target(q, &unit, &p)) {
		r->status = 404;
		return NULL;
	}
	if ((auth_roles_in(q, unit) & ROLE_ENTRY) == 0) {
		r->status = 403;
		return NULL;
	}
	if ((f = entry_store_form(q->db, unit, &p)) == NULL)
		r->status = 404;
	return f;
}

/*
 * GET /entry/{unit}/{period}: the form (editable for the unit's manager
 * while the workflow allows, otherwise read-only), with decide and reopen
 * for those who may.  Raises 403, 404, 500.
 */
void
page_entry_show(struct req *q, struct resp *r)
{
	static const char *const notices[][2] = {
		{ "saved", "T_ENTRY_SAVED" }, { "submitted", "T_ENTRY_SUBMITTED" },
		{ "approved", "T_ENTRY_APPROVED" }, { "returned", "T_ENTRY_RETURNED" },
		{ "reopened", "T_ENTRY_REOPENED" }
	};
	struct page_entry_view	 v;
	struct entry_form	*f;
	const char		*done = req_query(q, "done");
	size_t			 i;

	if ((f = page_entry_load(q, r)) == NULL)
		return;
	memset(&v, 0, sizeof(v));
	for (i = 0; done != NULL && i < sizeof(notices) / sizeof(notices[0]); i++)
		if (strcmp(done, notices[i][0]) == 0)
			v.notice = notices[i][1];
	page_entry_form_render(q, r, f, &v, 200);
	entry_store_form_free(f);
}

/* The typed form: every line whose version field was sent. */
static void
page_entry_parse(const struct req *q, const struct entry_form *f,
    struct entry_fig_in *fi, struct entry_cost_in *ci)
{
	char		 k[64];
	const char	*s;
	size_t		 i;
	int		 n;

#define PE_FIELD(pfx, id, name) \
	(snprintf(k, sizeof(k), "%s%lld_%s", pfx, (long long)(id), name), \
	 req_form(q, k))
	for (i = 0; i < f->fign; i++) {
		if ((s = PE_FIELD("f", f->figs[i].ind.id, "version")) == NULL)
			continue;
		fi[i].present = 1;
		fi[i].version = strtoll(s, NULL, 10);
		for (n = 0; n < FIG__NUMS; n++)
			*entry_text_num(&fi[i].text, (enum fig_num)n) =
			    PE_FIELD("f", f->figs[i].ind.id, fig_num_names[n]);
		fi[i].text.explanation = PE_FIELD("f", f->figs[i].ind.id,
		    "explanation");
		fi[i].text.measure = PE_FIELD("f", f->figs[i].ind.id, "measure");
	}
	for (i = 0; i < f->costn; i++) {
		if ((s = PE_FIELD("c", f->costs[i].performance_id, "version")) ==
		    NULL)
			continue;
		ci[i].present = 1;
		ci[i].version = strtoll(s, NULL, 10);
		ci[i].text.realised = PE_FIELD("c", f->costs[i].performance_id,
		    "realised");
		ci[i].text.forecast = PE_FIELD("c", f->costs[i].performance_id,
		    "cost_forecast");
		ci[i].text.explanation = PE_FIELD("c",
		    f->costs[i].performance_id, "cost_explanation");
		ci[i].text.measure = PE_FIELD("c", f->costs[i].performance_id,
		    "cost_measure");
	}
#undef PE_FIELD
}

/*
 * POST /entry/{unit}/{period}: save a draft (action=save) or submit
 * (action=submit).  Success redirects (303) to the form.  Anything else
 * shows the form again with everything as typed: 422 with a message per
 * field, 409 on a conflict (the other person's values beside the user's)
 * or a workflow refusal, 507 when the database cannot be written.
 * Raises 400, 403, 404, 409, 422, 500, 507.
 */
void
page_entry_save(struct req *q, struct resp *r)
{
	struct page_entry_view	 v;
	struct entry_outcome	 o;
	struct entry_form	*f, *now = NULL;
	struct entry_fig_in	*fi = NULL;
	struct entry_cost_in	*ci = NULL;
	struct db_who		 who;
	const char		*action = req_form(q, "action");
	enum wf_action		 act;
	enum entry_res		 res;
	char			 loc[128];
	int			 status;

	if ((f = page_entry_load(q, r)) == NULL)
		return;
	if ((auth_roles_in(q, f->org_unit_id) & ROLE_MANAGER) == 0) {
		entry_store_form_free(f);
		r->status = 403;
		return;
	}
	if (action == NULL || (strcmp(action, "save") != 0 &&
	    strcmp(action, "submit") != 0)) {
		entry_store_form_free(f);
		r->status = 400;
		return;
	}
	act = strcmp(action, "save") == 0 ? WF_SAVE : WF_SUBMIT;
	memset(&o, 0, sizeof(o));
	if ((fi = calloc(f->fign + 1, sizeof(*fi))) == NULL ||
	    (ci = calloc(f->costn + 1, sizeof(*ci))) == NULL ||
	    !entry_store_outcome_init(&o, f)) {
		r->status = 500;
		goto out;
	}
	page_entry_parse(q, f, fi, ci);
	auth_who(q, &who);
	res = entry_store_save(q->db, f, fi, ci, act,
	    auth_roles_in(q, f->org_unit_id), &who, &o);
	if (res == ES_OK) {
		snprintf(loc, sizeof(loc), "/entry/%lld/%s?done=%s",
		    (long long)f->org_unit_id, f->period.name,
		    act == WF_SAVE ? "saved" : "submitted");
		resp_redirect(r, 303, loc);
		goto out;
	}
	status = entry_store_http_status(res, o.wf);
	memset(&v, 0, sizeof(v));
	v.fi = fi;
	v.ci = ci;
	v.o = &o;
	switch (res) {
	case ES_INVALID:
		v.problem = act == WF_SUBMIT ? "T_ENTRY_FIX_TO_SUBMIT" :
		    "T_ENTRY_FIX_TO_SAVE";
		break;
	case ES_CONFLICT:
		/* Show what is stored now beside what the user typed. */
		now = entry_store_form(q->db, f->org_unit_id, &f->period);
		v.theirs = now;
		v.problem = "T_ENTRY_CONFLICT";
		v.problem_title = "T_ENTRY_CONFLICT_TITLE";
		break;
	case ES_WORKFLOW:
		v.problem = workflow_err_key(o.wf);
		break;
	case ES_READONLY:
	case ES_FULL:
		v.problem = "T_ERR_STORAGE";
		break;
	default:
		r->status = 500;
		goto out;
	}
	/* The state shown is the state now. */
	if (now != NULL) {
		page_entry_form_render(q, r, now, &v, status);
	} else
		page_entry_form_render(q, r, f, &v, status);
out:
	entry_store_outcome_clear(&o);
	free(fi);
	free(ci);
	entry_store_form_free(now);
	entry_store_form_free(f);
}
