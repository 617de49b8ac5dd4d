/* workflow.c: the submission state machine (see workflow.h). */
#include <string.h>

#include "role.h"
#include "workflow.h"

static const char *const workflow_states[SUB__MAX] = {
	"none", "draft", "submitted", "approved", "returned"
};

static const char *const workflow_actions[WF__MAX] = {
	"save", "submit", "approve", "return", "reopen"
};

/* Which roles may take each action (in the unit's scope). */
static const unsigned workflow_roles[WF__MAX] = {
	ROLE_MANAGER,			/* save */
	ROLE_MANAGER,			/* submit */
	ROLE_DIRECTOR | ROLE_CMT,	/* approve */
	ROLE_DIRECTOR | ROLE_CMT,	/* return */
	ROLE_ADMINISTRATOR		/* reopen */
};

const char *
workflow_state_name(enum sub_state s)
{
	return (unsigned)s < SUB__MAX ? workflow_states[s] : "";
}

/* Returns 1 and sets *s when name is a state name ("none" included). */
int
workflow_state_from_name(const char *name, enum sub_state *s)
{
	int i;

	for (i = 0; name != NULL && i < SUB__MAX; i++)
		if (strcmp(name, workflow_states[i]) == 0) {
			*s = (enum sub_state)i;
			return 1;
		}
	return 0;
}

const char *
workflow_action_name(enum wf_action a)
{
	return (unsigned)a < WF__MAX ? workflow_actions[a] : "";
}

int
workflow_action_from_name(const char *name, enum wf_action *a)
{
	int i;

	for (i = 0; name != NULL && i < WF__MAX; i++)
		if (strcmp(name, workflow_actions[i]) == 0) {
			*a = (enum wf_action)i;
			return 1;
		}
	return 0;
}

/* The characters (UTF-8 lead bytes) of s; NULL is "". */
size_t
workflow_chars(const char *s)
{
	size_t n = 0;

	for (; s != NULL && *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

static int
workflow_filled(const char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return 1;
	return 0;
}

/*
 * May a user holding ctx->roles in the unit's scope take action a?  The
 * order of the checks decides the answer when several fail: role, then
 * period, then state, then four eyes, then the comment.  Returns WF_OK and fills *next
 * (when not NULL), or the reason it may not.
 */
enum wf_err
workflow_check(const struct wf_ctx *c, enum wf_action a, const char *comment,
    struct wf_next *next)
{
	struct wf_next	 n;

	if ((unsigned)a >= WF__MAX || (unsigned)c->state >= SUB__MAX)
		return WF_STATE;
	if ((c->roles & workflow_roles[a]) == 0)
		return WF_FORBIDDEN;
	if (c->period == PERIOD_PLANNED)
		return WF_PERIOD_PLANNED;
	if (c->period != PERIOD_OPEN && c->period != PERIOD_CLOSED)
		return WF_STATE;
	n.state = c->state;
	n.reopened = c->reopened;
	switch (a) {
	case WF_SAVE:
	case WF_SUBMIT:
		if (c->period == PERIOD_CLOSED && !(c->reopened &&
		    (c->state == SUB_DRAFT || c->state == SUB_RETURNED)))
			return WF_PERIOD_CLOSED;
		if (c->state == SUB_APPROVED)
			return WF_READONLY;
		if (c->state == SUB_SUBMITTED)
			return WF_STATE;
		n.state = a == WF_SAVE ? SUB_DRAFT : SUB_SUBMITTED;
		break;
	case WF_APPROVE:
	case WF_RETURN:
		if (c->period == PERIOD_CLOSED && !c->reopened)
			return WF_PERIOD_CLOSED;
		if (c->state != SUB_SUBMITTED)
			return c->state == SUB_APPROVED ? WF_READONLY : WF_STATE;
		/* Four eyes: whoever submitted cannot judge it too. */
		if (c->actor != 0 && c->actor == c->submitter)
			return WF_OWN_SUBMISSION;
		if (a == WF_RETURN && !workflow_filled(comment))
			return WF_COMMENT_REQUIRED;
		if (a == WF_RETURN && workflow_chars(comment) > WF_COMMENT_MAX)
			return WF_COMMENT_TOO_LONG;
		n.state = a == WF_APPROVE ? SUB_APPROVED : SUB_RETURNED;
		if (a == WF_APPROVE)
			n.reopened = 0;
		break;
	case WF_REOPEN:
		if (c->state != SUB_SUBMITTED && c->state != SUB_APPROVED)
			return WF_STATE;
		if (!workflow_filled(comment))
			return WF_COMMENT_REQUIRED;
		if (workflow_chars(comment) > WF_COMMENT_MAX)
			return WF_COMMENT_TOO_LONG;
		n.state = SUB_DRAFT;
		n.reopened = 1;
		break;
	default:
		return WF_STATE;
	}
	if (next != NULL)
		*next = n;
	return WF_OK;
}

/*
 * 1 when the figures of the submission may be changed at all (by a
 * manager): the form shows inputs, else the read-only view.
 */
int
workflow_editable(const struct wf_ctx *c)
{
	struct wf_ctx	 m = *c;

	m.roles = ROLE_MANAGER;
	return workflow_check(&m, WF_SAVE, NULL, NULL) == WF_OK;
}

/*
 * May a user with roles move a period from one state to the next?  Only
 * the administrator, only forward: planned -> open -> closed.
 */
enum wf_err
workflow_period(enum period_state from, enum period_state to, unsigned roles)
{
	if ((roles & ROLE_ADMINISTRATOR) == 0)
		return WF_FORBIDDEN;
	if ((from == PERIOD_PLANNED && to == PERIOD_OPEN) ||
	    (from == PERIOD_OPEN && to == PERIOD_CLOSED))
		return WF_OK;
	return WF_STATE;
}

/* The HTTP status a refusal answers with. */
int
workflow_http_status(enum wf_err e)
{
	switch (e) {
	case WF_OK:
		return 200;
	case WF_FORBIDDEN:
	case WF_OWN_SUBMISSION:
		return 403;
	case WF_COMMENT_REQUIRED:
	case WF_COMMENT_TOO_LONG:
		return 422;
	default:
		return 409;
	}
}

/* The catalogue key that explains a refusal. */
const char *
workflow_err_key(enum wf_err e)
{
	static const char *const keys[WF__MAXERR] = {
		"", "T_ERR_403", "T_WF_PERIOD_PLANNED", "T_WF_PERIOD_CLOSED",
		"T_WF_READONLY", "T_WF_STATE", "T_WF_COMMENT_REQUIRED",
		"T_WF_OWN_SUBMISSION", "T_WF_COMMENT_TOO_LONG"
	};

	return (unsigned)e < WF__MAXERR ? keys[e] : "T_WF_STATE";
}
