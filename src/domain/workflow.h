/*
 * workflow.h: the quarterly submission's state machine and who may move
 * it.  Pure functions: the caller says which roles the user holds with a
 * scope that contains the unit; nothing here reads a database.
 *
 *   (none) --save--> draft --submit--> submitted --approve--> approved
 *   (none), draft, returned --submit--> submitted
 *   submitted --return (comment required)--> returned --save--> draft
 *   submitted, approved --reopen (administrator, reason required)--> draft
 *
 * Manager: save and submit.  Director or CMT: approve and return.
 * Administrator: reopen.  Four eyes: the user who submitted may not
 * approve or return that submission, whatever roles they hold.  A planned period accepts nothing; a closed period
 * locks every figure, except a submission the administrator reopened after
 * the close (until it is approved again).  Submitted figures wait for the
 * director and cannot be changed; approved figures are read-only.
 * Periods: planned -> open -> closed, by the administrator only.
 */
#ifndef KOERS_WORKFLOW_H
#define KOERS_WORKFLOW_H

#include "model.h"

enum sub_state {
	SUB_NONE = 0,		/* "none": not started, no row */
	SUB_DRAFT,		/* "draft" */
	SUB_SUBMITTED,		/* "submitted" */
	SUB_APPROVED,		/* "approved" */
	SUB_RETURNED,		/* "returned" */
	SUB__MAX
};

enum wf_action {
	WF_SAVE,
	WF_SUBMIT,
	WF_APPROVE,
	WF_RETURN,
	WF_REOPEN,
	WF__MAX
};

enum wf_err {
	WF_OK = 0,
	WF_FORBIDDEN,		/* the role may not (403) */
	WF_PERIOD_PLANNED,	/* the period is not open yet (409) */
	WF_PERIOD_CLOSED,	/* the period is closed: locked (409) */
	WF_READONLY,		/* approved: read-only (409) */
	WF_STATE,		/* not from this state (409) */
	WF_COMMENT_REQUIRED,	/* return and reopen need a comment (422) */
	WF_OWN_SUBMISSION,	/* four eyes: not one's own submission (403) */
	WF_COMMENT_TOO_LONG,	/* comment beyond WF_COMMENT_MAX (422) */
	WF__MAXERR
};

/* Longest return comment or reopen reason, in characters (not bytes). */
#define WF_COMMENT_MAX	2000

/* Where a submission stands. */
struct wf_ctx {
	enum period_state period;
	enum sub_state	 state;
	int		 reopened;	/* reopened by the administrator */
	unsigned	 roles;		/* enum role bits held in the unit's scope */
	int64_t		 actor;		/* the user acting; 0: the system */
	int64_t		 submitter;	/* who submitted it; 0: unknown */
};

/* Where it goes. */
struct wf_next {
	enum sub_state	 state;
	int		 reopened;
};

enum wf_err	 workflow_check(const struct wf_ctx *, enum wf_action,
		    const char *comment, struct wf_next *next);
int		 workflow_editable(const struct wf_ctx *);
enum wf_err	 workflow_period(enum period_state from, enum period_state to,
		    unsigned roles);
int		 workflow_http_status(enum wf_err);
size_t		 workflow_chars(const char *);
const char	*workflow_err_key(enum wf_err);
const char	*workflow_state_name(enum sub_state);
int		 workflow_state_from_name(const char *, enum sub_state *);
const char	*workflow_action_name(enum wf_action);
int		 workflow_action_from_name(const char *, enum wf_action *);

#endif
