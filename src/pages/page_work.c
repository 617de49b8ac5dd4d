/*
 * page_work.c: "Mijn werk" (/work): per open period, every unit in the
 * user's scope with what it must report, its state, its deadline and what
 * is overdue; for directors and the CMT what awaits their approval; for
 * the administrator the periods to open and close.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "db.h"
#include "db_period.h"
#include "db_submission.h"
#include "handlers.h"
#include "i18n.h"
#include "page.h"
#include "page_entry.h"
#include "router.h"
#include "tmpl.h"
#include "user.h"
#include "workflow.h"

/* The units the user's manager, director and CMT grants cover. */
static size_t
page_work_scope(const struct req *q, int64_t *out, size_t max)
{
	size_t i, n = 0;

	for (i = 0; q->user != NULL && i < q->user->grantn && n < max; i++)
		if (q->user->grants[i].role & (ROLE_MANAGER | ROLE_DIRECTOR |
		    ROLE_CMT | ROLE_ADMINISTRATOR))
			out[n++] = q->user->grants[i].org_unit_id;
	return n;
}

static void
page_work_period(struct tmpl *t, const struct req *q, const struct period *p,
    const int64_t *scope, size_t scopen, const char *today, int *waiting)
{
	struct work_item	*w;
	struct tmpl		*s, *row, *u;
	unsigned		 roles;
	size_t			 n, i;
	int			 late;

	if (!db_submission_work(q->db, p->id, scope, scopen, &w, &n))
		return;
	if ((s = tmpl_section(t, "PERIOD")) == NULL) {
		db_submission_work_free(w, n);
		return;
	}
	tmpl_set(s, "PERIOD", p->name);
	page_set_when(s, "DEADLINE", q, p->deadline);
	if (n == 0)
		tmpl_show(s, "NO_UNITS");
	else
		tmpl_show(s, "HAS_UNITS");
	for (i = 0; i < n; i++) {
		if ((row = tmpl_section(s, "UNIT")) == NULL)
			break;
		roles = auth_roles_in(q, w[i].org_unit_id);
		tmpl_set_int(row, "UNIT_ID", w[i].org_unit_id);
		tmpl_set(row, "UNIT_NAME", w[i].name);
		tmpl_set(row, "UNIT_CODE", w[i].code);
		tmpl_set(row, "PERIOD", p->name);
		page_entry_state(row, q, w[i].state);
		tmpl_set_int(row, "ENTERED", (long long)w[i].entered);
		tmpl_set_int(row, "INDICATORS", (long long)w[i].indicators);
		tmpl_set_int(row, "COSTS", (long long)w[i].costs);
		late = strcmp(today, p->deadline) > 0 &&
		    (w[i].state == SUB_NONE || w[i].state == SUB_DRAFT ||
		    w[i].state == SUB_RETURNED);
		if (late)
			tmpl_show(row, "OVERDUE");
		if (w[i].state == SUB_RETURNED && w[i].comment[0] != '\0' &&
		    (u = tmpl_section(row, "COMMENT")) != NULL)
			tmpl_set(u, "TEXT", w[i].comment);
		if (w[i].state == SUB_SUBMITTED &&
		    (roles & (ROLE_DIRECTOR | ROLE_CMT))) {
			tmpl_show(row, "AWAITS");
			(*waiting)++;
		}
	}
	db_submission_work_free(w, n);
}

/*
 * GET /work: my work for every open period; the administrator also sees
 * every period with the buttons to open or close it.  Raises 500.
 */
void
page_work(struct req *q, struct resp *r)
{
	struct period_list	*pl;
	struct tmpl		*t, *s;
	int64_t			 scope[64];
	size_t			 scopen, i;
	char			 today[32];
	const char		*done = req_query(q, "done");
	int			 waiting = 0, open = 0;

	if ((pl = db_period_list_all(q->db)) == NULL) {
		r->status = 500;
		return;
	}
	if ((t = page_new(q)) == NULL) {
		db_period_list_free(pl);
		r->status = 500;
		return;
	}
	db_now(today, sizeof(today));
	today[10] = '\0';
	scopen = page_work_scope(q, scope, sizeof(scope) / sizeof(scope[0]));
	for (i = 0; i < pl->n; i++)
		if (pl->v[i].state == PERIOD_OPEN) {
			page_work_period(t, q, &pl->v[i], scope, scopen, today,
			    &waiting);
			open++;
		}
	if (open == 0)
		tmpl_show(t, "NO_OPEN");
	if (q->user != NULL && (q->user->roles & (ROLE_DIRECTOR | ROLE_CMT)) &&
	    (s = tmpl_section(t, "WAITING")) != NULL)
		tmpl_set_int(s, "N", waiting);
	if (done != NULL && strcmp(done, "period") == 0)
		tmpl_show(t, "PERIOD_CHANGED");
	if (q->user != NULL && (q->user->roles & ROLE_ADMINISTRATOR)) {
		tmpl_show(t, "ADMIN");
		for (i = 0; i < pl->n; i++) {
			if ((s = tmpl_section(t, "APERIOD")) == NULL)
				break;
			tmpl_set(s, "PERIOD", pl->v[i].name);
			page_set_when(s, "DEADLINE", q, pl->v[i].deadline);
			tmpl_set(s, "STATE", i18n(q->lang,
			    pl->v[i].state == PERIOD_OPEN ? "T_PERIOD_OPEN" :
			    pl->v[i].state == PERIOD_CLOSED ? "T_PERIOD_CLOSED" :
			    "T_PERIOD_PLANNED"));
			if (pl->v[i].state == PERIOD_PLANNED)
				tmpl_show(s, "CAN_OPEN");
			else if (pl->v[i].state == PERIOD_OPEN)
				tmpl_show(s, "CAN_CLOSE");
		}
	}
	db_period_list_free(pl);
	page_render(q, r, t, "work.tpl", i18n(q->lang, "T_WORK_TITLE"),
	    NAV_WORK);
	r->no_store = 1;
}

/*
 * POST /periods/{period}/state: open (to=open) a planned period or close
 * (to=closed) an open one; administrator only; audited.  Redirects (303)
 * to /work.  Raises 400, 403, 404, 409, 500, 507.
 */
void
page_work_period_state(struct req *q, struct resp *r)
{
	struct period	 p;
	struct db_who	 who;
	const char	*to = req_form(q, "to");
	enum period_state next;
	enum db_res	 res;

	if (!db_period_get_by_name(q->db, q->period.name, &p)) {
		r->status = 404;
		return;
	}
	if (to != NULL && strcmp(to, "open") == 0)
		next = PERIOD_OPEN;
	else if (to != NULL && strcmp(to, "closed") == 0)
		next = PERIOD_CLOSED;
	else {
		r->status = 400;
		return;
	}
	if (workflow_period(p.state, next, q->user != NULL ? q->user->roles :
	    0) != WF_OK) {
		r->status = q->user != NULL &&
		    (q->user->roles & ROLE_ADMINISTRATOR) ? 409 : 403;
		return;
	}
	auth_who(q, &who);
	res = db_period_set_state(q->db, &p, next, &who);
	if (res == DB_OK)
		resp_redirect(r, 303, "/work?done=period");
	else
		r->status = res == DB_CONFLICT ? 409 : (res == DB_READONLY ||
		    res == DB_FULL) ? 507 : 500;
}
