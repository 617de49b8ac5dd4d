/*
 * page_entry_workflow.c: the workflow actions on an entry form
 * (/entry/{unit}/{period}/decision and /reopen): approve, return and
 * reopen.  Saving and submitting are in page_entry.c; the rules are in
 * workflow.c, the unit of work in entry_store.c.
 */
#include <stdio.h>
#include <string.h>

#include "auth.h"
#include "entry_store.h"
#include "handlers.h"
#include "page_entry.h"
#include "router.h"
#include "user.h"

/* Shared by decide and reopen: run the transition, redirect or explain. */
static void
page_entry_transition(struct req *q, struct resp *r, enum wf_action act,
    const char *comment, const char *done)
{
	struct page_entry_view	 v;
	struct entry_form	*f;
	struct db_who		 who;
	enum entry_res		 res;
	enum wf_err		 wf;
	char			 loc[128];

	if ((f = page_entry_load(q, r)) == NULL)
		return;
	auth_who(q, &who);
	res = entry_store_transition(q->db, f->org_unit_id, &f->period, act,
	    comment, auth_roles_in(q, f->org_unit_id), &who, &wf);
	if (res == ES_OK) {
		snprintf(loc, sizeof(loc), "/entry/%lld/%s?done=%s",
		    (long long)f->org_unit_id, f->period.name, done);
		resp_redirect(r, 303, loc);
		entry_store_form_free(f);
		return;
	}
	if (res == ES_ERROR) {
		entry_store_form_free(f);
		r->status = 500;
		return;
	}
	memset(&v, 0, sizeof(v));
	/* The form keeps what was typed; a comment problem sits on the field. */
	if (act == WF_REOPEN)
		v.reopen_reason = comment;
	else
		v.decision_comment = comment;
	if (res == ES_WORKFLOW && (wf == WF_COMMENT_REQUIRED ||
	    wf == WF_COMMENT_TOO_LONG))
		v.comment_err = workflow_err_key(wf);
	v.problem = res == ES_WORKFLOW ? workflow_err_key(wf) : "T_ERR_STORAGE";
	v.problem_title = "T_ENTRY_NOT_DONE";
	page_entry_form_render(q, r, f, &v, entry_store_http_status(res, wf));
	entry_store_form_free(f);
}

/*
 * POST /entry/{unit}/{period}/decision: approve (action=approve) or
 * return with a comment (action=return), director or CMT in scope.
 * Raises 400, 403, 404, 409, 422, 500, 507.
 */
void
page_entry_workflow_decide(struct req *q, struct resp *r)
{
	const char	*action = req_form(q, "action");
	struct period	 p;
	int64_t		 unit;

	if (!page_entry_target(q, &unit, &p)) {
		r->status = 404;
		return;
	}
	if ((auth_roles_in(q, unit) & (ROLE_DIRECTOR | ROLE_CMT)) == 0) {
		r->status = 403;
		return;
	}
	if (action != NULL && strcmp(action, "approve") == 0)
		page_entry_transition(q, r, WF_APPROVE, NULL, "approved");
	else if (action != NULL && strcmp(action, "return") == 0)
		page_entry_transition(q, r, WF_RETURN, req_form(q, "comment"),
		    "returned");
	else
		r->status = 400;
}

/*
 * POST /entry/{unit}/{period}/reopen: the administrator reopens a
 * submitted or approved submission with a reason (audited).
 * Raises 403, 404, 409, 422, 500, 507.
 */
void
page_entry_workflow_reopen(struct req *q, struct resp *r)
{
	page_entry_transition(q, r, WF_REOPEN, req_form(q, "reason"),
	    "reopened");
}
