/*
 * test_workflow.c: every workflow transition, allowed and refused, by role,
 * period state, submission state and reopen flag.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "router.h"
#include "workflow.h"

static const unsigned roles_all[] = {
	ROLE_ADMINISTRATOR, ROLE_CMT, ROLE_DIRECTOR, ROLE_MANAGER, ROLE_COUNCIL
};

/*
 * The allowed transitions, written out as the issue states them; the test
 * checks that exactly these (and nothing else) are allowed.
 */
static int
expected(unsigned role, enum wf_action a, enum period_state p,
    enum sub_state s, int reopened, struct wf_next *n)
{
	int open = p == PERIOD_OPEN, closed = p == PERIOD_CLOSED;

	switch (a) {
	case WF_SAVE:
	case WF_SUBMIT:
		if (role != ROLE_MANAGER)
			return 0;
		if (!((open && (s == SUB_NONE || s == SUB_DRAFT ||
		    s == SUB_RETURNED)) ||
		    (closed && reopened && (s == SUB_DRAFT || s == SUB_RETURNED))))
			return 0;
		n->state = a == WF_SAVE ? SUB_DRAFT : SUB_SUBMITTED;
		n->reopened = reopened;
		return 1;
	case WF_APPROVE:
	case WF_RETURN:
		if (role != ROLE_DIRECTOR && role != ROLE_CMT)
			return 0;
		if (s != SUB_SUBMITTED || !(open || (closed && reopened)))
			return 0;
		n->state = a == WF_APPROVE ? SUB_APPROVED : SUB_RETURNED;
		n->reopened = a == WF_APPROVE ? 0 : reopened;
		return 1;
	case WF_REOPEN:
		if (role != ROLE_ADMINISTRATOR || !(open || closed))
			return 0;
		if (s != SUB_SUBMITTED && s != SUB_APPROVED)
			return 0;
		n->state = SUB_DRAFT;
		n->reopened = 1;
		return 1;
	default:
		return 0;
	}
}

static void
exactly_the_listed_transitions_are_allowed_for_every_role_and_state(void **st)
{
	struct wf_ctx	 c;
	struct wf_next	 got, want;
	enum wf_err	 e;
	size_t		 r, allowed = 0, refused = 0;
	int		 a, p, s, ro, exp;

	(void)st;
	for (r = 0; r < sizeof(roles_all) / sizeof(roles_all[0]); r++)
	for (a = 0; a < WF__MAX; a++)
	for (p = 0; p < PERIOD__MAX; p++)
	for (s = 0; s < SUB__MAX; s++)
	for (ro = 0; ro < 2; ro++) {
		memset(&c, 0, sizeof(c));
		c.roles = roles_all[r];
		c.period = (enum period_state)p;
		c.state = (enum sub_state)s;
		c.reopened = ro;
		memset(&got, 0x55, sizeof(got));
		e = workflow_check(&c, (enum wf_action)a, "een reden", &got);
		exp = expected(roles_all[r], (enum wf_action)a,
		    (enum period_state)p, (enum sub_state)s, ro, &want);
		if (exp) {
			if (e != WF_OK)
				fail_msg("role %u %s in period %d state %s "
				    "reopened %d refused (%d)", roles_all[r],
				    workflow_action_name((enum wf_action)a), p,
				    workflow_state_name((enum sub_state)s), ro, e);
			assert_int_equal(got.state, want.state);
			assert_int_equal(got.reopened, want.reopened);
			allowed++;
		} else {
			if (e == WF_OK)
				fail_msg("role %u %s in period %d state %s "
				    "reopened %d allowed", roles_all[r],
				    workflow_action_name((enum wf_action)a), p,
				    workflow_state_name((enum sub_state)s), ro);
			assert_int_not_equal(workflow_http_status(e), 200);
			refused++;
		}
	}
	/* 5 roles x 5 actions x 3 periods x 5 states x 2 flags. */
	assert_int_equal(allowed + refused, 5 * 5 * 3 * 5 * 2);
	assert_true(allowed > 30);
}

static void
a_role_without_the_right_is_forbidden_before_anything_else(void **st)
{
	struct wf_ctx c = { PERIOD_PLANNED, SUB_APPROVED, 0, ROLE_DIRECTOR,
	    0, 0 };

	(void)st;
	assert_int_equal(workflow_check(&c, WF_SAVE, NULL, NULL), WF_FORBIDDEN);
	assert_int_equal(workflow_http_status(WF_FORBIDDEN), 403);
	c.roles = ROLE_MANAGER;
	assert_int_equal(workflow_check(&c, WF_APPROVE, NULL, NULL), WF_FORBIDDEN);
	assert_int_equal(workflow_check(&c, WF_REOPEN, "x", NULL), WF_FORBIDDEN);
	c.roles = ROLE_COUNCIL;
	assert_int_equal(workflow_check(&c, WF_SUBMIT, NULL, NULL), WF_FORBIDDEN);
	c.roles = 0;
	assert_int_equal(workflow_check(&c, WF_SAVE, NULL, NULL), WF_FORBIDDEN);
}

static void
a_planned_period_accepts_nothing(void **st)
{
	struct wf_ctx c = { PERIOD_PLANNED, SUB_NONE, 0, ROLE_MANAGER, 0, 0 };

	(void)st;
	assert_int_equal(workflow_check(&c, WF_SAVE, NULL, NULL),
	    WF_PERIOD_PLANNED);
	c.roles = ROLE_ADMINISTRATOR;
	c.state = SUB_APPROVED;
	assert_int_equal(workflow_check(&c, WF_REOPEN, "x", NULL),
	    WF_PERIOD_PLANNED);
}

static void
closing_locks_figures_and_reopen_unlocks_one_unit(void **st)
{
	struct wf_ctx	 c = { PERIOD_CLOSED, SUB_APPROVED, 0, ROLE_MANAGER,
	    0, 0 };
	struct wf_next	 n;

	(void)st;
	assert_int_equal(workflow_check(&c, WF_SAVE, NULL, NULL),
	    WF_PERIOD_CLOSED);
	assert_false(workflow_editable(&c));
	/* A unit left in draft at the close is locked too. */
	c.state = SUB_DRAFT;
	assert_int_equal(workflow_check(&c, WF_SAVE, NULL, NULL),
	    WF_PERIOD_CLOSED);
	assert_false(workflow_editable(&c));
	/* The administrator reopens the approved submission. */
	c.state = SUB_APPROVED;
	c.roles = ROLE_ADMINISTRATOR;
	assert_int_equal(workflow_check(&c, WF_REOPEN, "", NULL),
	    WF_COMMENT_REQUIRED);
	assert_int_equal(workflow_check(&c, WF_REOPEN, "Correctie Q3",
	    &n), WF_OK);
	assert_int_equal(n.state, SUB_DRAFT);
	assert_int_equal(n.reopened, 1);
	c.state = n.state;
	c.reopened = n.reopened;
	assert_true(workflow_editable(&c));
	c.roles = ROLE_MANAGER;
	assert_int_equal(workflow_check(&c, WF_SUBMIT, NULL, &n), WF_OK);
	c.state = n.state;
	c.roles = ROLE_DIRECTOR;
	assert_int_equal(workflow_check(&c, WF_APPROVE, NULL, &n), WF_OK);
	assert_int_equal(n.state, SUB_APPROVED);
	assert_int_equal(n.reopened, 0);
	c.state = n.state;
	c.reopened = n.reopened;
	assert_false(workflow_editable(&c));
}

static void
return_needs_a_comment_and_the_next_save_makes_a_draft(void **st)
{
	struct wf_ctx	 c = { PERIOD_OPEN, SUB_SUBMITTED, 0, ROLE_DIRECTOR,
	    0, 0 };
	struct wf_next	 n;

	(void)st;
	assert_int_equal(workflow_check(&c, WF_RETURN, NULL, NULL),
	    WF_COMMENT_REQUIRED);
	assert_int_equal(workflow_check(&c, WF_RETURN, " \n\t", NULL),
	    WF_COMMENT_REQUIRED);
	assert_int_equal(workflow_http_status(WF_COMMENT_REQUIRED), 422);
	assert_int_equal(workflow_check(&c, WF_RETURN, "Graag aanvullen", &n),
	    WF_OK);
	assert_int_equal(n.state, SUB_RETURNED);
	c.state = SUB_RETURNED;
	c.roles = ROLE_MANAGER;
	assert_true(workflow_editable(&c));
	assert_int_equal(workflow_check(&c, WF_SAVE, NULL, &n), WF_OK);
	assert_int_equal(n.state, SUB_DRAFT);
}

static void
submitted_and_approved_figures_cannot_be_changed(void **st)
{
	struct wf_ctx c = { PERIOD_OPEN, SUB_SUBMITTED, 0, ROLE_MANAGER, 0, 0 };

	(void)st;
	assert_int_equal(workflow_check(&c, WF_SAVE, NULL, NULL), WF_STATE);
	assert_int_equal(workflow_check(&c, WF_SUBMIT, NULL, NULL), WF_STATE);
	c.state = SUB_APPROVED;
	assert_int_equal(workflow_check(&c, WF_SAVE, NULL, NULL), WF_READONLY);
	assert_int_equal(workflow_http_status(WF_READONLY), 409);
	c.roles = ROLE_DIRECTOR;
	assert_int_equal(workflow_check(&c, WF_APPROVE, NULL, NULL),
	    WF_READONLY);
}

static void
four_eyes_the_submitter_may_not_approve_or_return(void **st)
{
	struct wf_ctx	 c;
	struct wf_next	 n;

	(void)st;
	memset(&c, 0, sizeof(c));
	c.period = PERIOD_OPEN;
	c.state = SUB_SUBMITTED;
	c.roles = ROLE_MANAGER | ROLE_DIRECTOR | ROLE_CMT;
	c.actor = 7;
	c.submitter = 7;
	assert_int_equal(workflow_check(&c, WF_APPROVE, NULL, &n),
	    WF_OWN_SUBMISSION);
	assert_int_equal(workflow_check(&c, WF_RETURN, "Graag aanvullen", &n),
	    WF_OWN_SUBMISSION);
	assert_int_equal(workflow_http_status(WF_OWN_SUBMISSION), 403);
	assert_string_equal(workflow_err_key(WF_OWN_SUBMISSION),
	    "T_WF_OWN_SUBMISSION");
	c.actor = 8;
	assert_int_equal(workflow_check(&c, WF_APPROVE, NULL, &n), WF_OK);
	assert_int_equal(workflow_check(&c, WF_RETURN, "Graag aanvullen", &n),
	    WF_OK);
}

static void
a_comment_is_bounded_in_characters_not_bytes(void **st)
{
	struct wf_ctx	 c;
	char		 buf[4 * WF_COMMENT_MAX + 8];
	size_t		 i;

	(void)st;
	memset(&c, 0, sizeof(c));
	c.period = PERIOD_OPEN;
	c.state = SUB_SUBMITTED;
	c.roles = ROLE_DIRECTOR | ROLE_ADMINISTRATOR;
	/* 2000 two-byte characters (4000 bytes): fine. */
	for (i = 0; i < WF_COMMENT_MAX; i++)
		memcpy(buf + 2 * i, "\xc3\xab", 2);
	buf[2 * WF_COMMENT_MAX] = '\0';
	assert_int_equal(workflow_chars(buf), WF_COMMENT_MAX);
	assert_int_equal(workflow_check(&c, WF_RETURN, buf, NULL), WF_OK);
	assert_int_equal(workflow_check(&c, WF_REOPEN, buf, NULL), WF_OK);
	/* One more: too long, for return and reopen alike. */
	memcpy(buf + 2 * WF_COMMENT_MAX, "x", 2);
	assert_int_equal(workflow_check(&c, WF_RETURN, buf, NULL),
	    WF_COMMENT_TOO_LONG);
	assert_int_equal(workflow_check(&c, WF_REOPEN, buf, NULL),
	    WF_COMMENT_TOO_LONG);
	assert_int_equal(workflow_http_status(WF_COMMENT_TOO_LONG), 422);
	assert_string_equal(workflow_err_key(WF_COMMENT_TOO_LONG),
	    "T_WF_COMMENT_TOO_LONG");
	/* Approving takes no comment: whatever came along is ignored. */
	assert_int_equal(workflow_check(&c, WF_APPROVE, buf, NULL), WF_OK);
}

static void
periods_move_forward_only_by_the_administrator(void **st)
{
	int f, t;

	(void)st;
	for (f = 0; f < PERIOD__MAX; f++)
		for (t = 0; t < PERIOD__MAX; t++) {
			int ok = (f == PERIOD_PLANNED && t == PERIOD_OPEN) ||
			    (f == PERIOD_OPEN && t == PERIOD_CLOSED);
			assert_int_equal(workflow_period((enum period_state)f,
			    (enum period_state)t, ROLE_ADMINISTRATOR),
			    ok ? WF_OK : WF_STATE);
			assert_int_equal(workflow_period((enum period_state)f,
			    (enum period_state)t, ROLE_ANY & ~ROLE_ADMINISTRATOR),
			    WF_FORBIDDEN);
		}
}

static void
state_and_action_names_round_trip(void **st)
{
	enum sub_state	s;
	enum wf_action	a;
	int		i;

	(void)st;
	for (i = 0; i < SUB__MAX; i++) {
		assert_true(workflow_state_from_name(
		    workflow_state_name((enum sub_state)i), &s));
		assert_int_equal(s, i);
	}
	for (i = 0; i < WF__MAX; i++) {
		assert_true(workflow_action_from_name(
		    workflow_action_name((enum wf_action)i), &a));
		assert_int_equal(a, i);
	}
	assert_false(workflow_state_from_name("Draft", &s));
	assert_false(workflow_action_from_name("delete", &a));
	assert_false(workflow_action_from_name(NULL, &a));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(exactly_the_listed_transitions_are_allowed_for_every_role_and_state),
		cmocka_unit_test(a_role_without_the_right_is_forbidden_before_anything_else),
		cmocka_unit_test(a_planned_period_accepts_nothing),
		cmocka_unit_test(closing_locks_figures_and_reopen_unlocks_one_unit),
		cmocka_unit_test(return_needs_a_comment_and_the_next_save_makes_a_draft),
		cmocka_unit_test(submitted_and_approved_figures_cannot_be_changed),
		cmocka_unit_test(four_eyes_the_submitter_may_not_approve_or_return),
		cmocka_unit_test(a_comment_is_bounded_in_characters_not_bytes),
		cmocka_unit_test(periods_move_forward_only_by_the_administrator),
		cmocka_unit_test(state_and_action_names_round_trip),
	};

	return cmocka_run_group_tests_name("workflow", tests, NULL, NULL);
}
