/*
 * page_year.c: the budget years (/begroting) and one year with its
 * quarters and their deadlines (/begroting/{year}): create, adopt
 * (vastgesteld, with the raadsbesluit's date) and close a year, adjust a
 * quarter's deadlines.  The rules are year.h's, the writes db_year.h's:
 * the same as the API and the command line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "db_period.h"
#include "db_year.h"
#include "handlers.h"
#include "i18n.h"
#include "page.h"
#include "role.h"
#include "tmpl.h"
#include "url.h"
#include "user.h"
#include "year.h"

/* The error summary: one message that links to the field it is about. */
static void
page_year_error(struct tmpl *t, const struct req *q, const char *key,
    const char *field)
{
	struct tmpl *s, *e;

	if (key == NULL || (s = tmpl_section(t, "ERRORS")) == NULL)
		return;
	if ((e = tmpl_section(s, "ERROR")) == NULL)
		return;
	tmpl_set(e, "FIELD", field);
	tmpl_set(e, "MESSAGE", i18n(q->lang, key));
}

static void
page_year_done(struct tmpl *t, const struct req *q, const char *key)
{
	struct tmpl *s;

	if (key == NULL && req_query(q, "done") != NULL &&
	    (s = tmpl_section(t, "NOTICE")) != NULL)
		tmpl_set(s, "MESSAGE", i18n(q->lang, "T_YEAR_DONE"));
}

/* The year of the path: 1 and *year, or 0 (404). */
static int
page_year_of(const struct req *q, struct resp *r, int *year)
{
	if (q->idn < 1 || q->id[0] < 2000 || q->id[0] > 2100) {
		r->status = 404;
		return 0;
	}
	*year = (int)q->id[0];
	return 1;
}

/*
 * The list of years with their next step; err_key (NULL: none) about the
 * field field, the typed values kept.  Raises 500.
 */
static void
page_year_list_render(struct req *q, struct resp *r, int status,
    const char *err_key, const char *field)
{
	struct year_list	*l;
	struct tmpl		*t, *s, *a;
	enum year_state		 st;
	const char		*v;
	char			 id[32];
	size_t			 i;

	if ((l = db_year_list(q->db)) == NULL || (t = page_new(q)) == NULL) {
		db_year_list_free(l);
		r->status = 500;
		return;
	}
	for (i = 0; i < l->n; i++) {
		if ((s = tmpl_section(t, "YEAR_ROW")) == NULL)
			break;
		st = year_state_of(l->v[i].state);
		tmpl_set_int(s, "YEAR", l->v[i].year);
		tmpl_set(s, "STATE", i18n(q->lang, year_state_key(st)));
		tmpl_set(s, "ADOPTED_ON", l->v[i].adopted_on[0] != '\0' ?
		    l->v[i].adopted_on : "\xe2\x80\x94");
		tmpl_set_int(s, "PROGRAMMES", (long long)l->v[i].programmes);
		if (st == YEAR_DRAFT && (a = tmpl_section(s, "CAN_ADOPT")) !=
		    NULL) {
			tmpl_set_int(a, "YEAR", l->v[i].year);
			snprintf(id, sizeof(id), "raadsbesluit-%d",
			    l->v[i].year);
			v = req_form(q, "raadsbesluit");
			tmpl_set(a, "VALUE", field != NULL &&
			    strcmp(field, id) == 0 && v != NULL ? v : "");
		} else if (st == YEAR_ADOPTED &&
		    (a = tmpl_section(s, "CAN_CLOSE")) != NULL)
			tmpl_set_int(a, "YEAR", l->v[i].year);
		else
			tmpl_show(s, "NO_STEP");
	}
	if (l->n == 0)
		tmpl_show(t, "NO_YEARS");
	db_year_list_free(l);
	v = req_form(q, "year");
	tmpl_set(t, "NEW_YEAR", v != NULL && strlen(v) <= 8 ? v : "");
	page_year_error(t, q, err_key, field);
	page_year_done(t, q, err_key);
	page_render(q, r, t, "years.tpl", i18n(q->lang, "T_YEARS_TITLE"),
	    NAV_YEARS);
	if (r->status < 500)
		r->status = status;
}

/* GET /begroting: every budget year, its state and next step.  Raises 500. */
void
page_year_list(struct req *q, struct resp *r)
{
	page_year_list_render(q, r, 200, NULL, NULL);
}

/* The year typed in a form: 1 and *year when 2000..2100. */
static int
page_year_typed(const char *s, int *year)
{
	int64_t v;

	if (s == NULL || strlen(s) != 4 || !url_id(s, &v) || v < 2000 ||
	    v > 2100)
		return 0;
	*year = (int)v;
	return 1;
}

/*
 * POST /begroting: year.  303 to the new year's page; 422 with the
 * message at the form.  Raises 500.
 */
void
page_year_create(struct req *q, struct resp *r)
{
	struct db_who	 who;
	enum year_res	 res;
	char		 loc[48];
	int		 year;

	if (!page_year_typed(req_form(q, "year"), &year))
		res = YEAR_BAD_YEAR;
	else {
		auth_who(q, &who);
		res = db_year_create(q->db, year, &who);
	}
	if (res == YEAR_ERROR) {
		r->status = 500;
		return;
	}
	if (res != YEAR_OK) {
		page_year_list_render(q, r, 422, year_res_key(res), "new-year");
		return;
	}
	snprintf(loc, sizeof(loc), "/begroting/%d?done=1", year);
	resp_redirect(r, 303, loc);
}

/*
 * POST /begroting/{year}/state: to (adopted or closed), raadsbesluit
 * (adopted).  303 to the year's page; 422 with the message at the form.
 * Raises 404, 422, 500.
 */
void
page_year_state(struct req *q, struct resp *r)
{
	const char	*to = req_form(q, "to");
	struct db_who	 who;
	enum year_res	 res;
	enum year_state	 st;
	char		 loc[48], field[32];
	int		 year;

	if (!page_year_of(q, r, &year))
		return;
	st = year_state_of(to);
	if (st != YEAR_ADOPTED && st != YEAR_CLOSED) {
		r->status = 400;
		return;
	}
	auth_who(q, &who);
	res = db_year_set_state(q->db, year, st, req_form(q, "raadsbesluit"),
	    &who);
	if (res == YEAR_ERROR) {
		r->status = 500;
		return;
	}
	if (res == YEAR_NOT_FOUND) {
		r->status = 404;
		return;
	}
	if (res != YEAR_OK) {
		snprintf(field, sizeof(field), st == YEAR_ADOPTED ?
		    "raadsbesluit-%d" : "close-%d", year);
		page_year_list_render(q, r, 422, year_res_key(res), field);
		return;
	}
	snprintf(loc, sizeof(loc), "/begroting/%d?done=1", year);
	resp_redirect(r, 303, loc);
}

/* One year's page; err_key about field.  Raises 404, 500. */
static void
page_year_show_render(struct req *q, struct resp *r, int status, int year,
    const char *err_key, const char *field)
{
	struct db_year_info	 y;
	struct period_list	*l = NULL;
	struct tmpl		*t = NULL, *s, *f;
	const char		*v;
	char			 id[24];
	size_t			 i;
	enum year_res		 res;
	int			 mine;

	if ((res = db_year_get(q->db, year, &y)) != YEAR_OK) {
		r->status = res == YEAR_NOT_FOUND ? 404 : 500;
		return;
	}
	if ((l = db_period_list(q->db, year)) == NULL ||
	    (t = page_new(q)) == NULL) {
		db_period_list_free(l);
		r->status = 500;
		return;
	}
	tmpl_set_int(t, "YEAR", year);
	tmpl_set(t, "STATE", i18n(q->lang, year_state_key(y.state)));
	tmpl_set(t, "ADOPTED_ON", y.adopted_on[0] != '\0' ? y.adopted_on :
	    "\xe2\x80\x94");
	tmpl_show(t, year_editable(year_state_name(y.state)) ? "DRAFT" :
	    "FIXED");
	if (q->user != NULL && (q->user->roles & ROLE_BEGROTING) != 0)
		tmpl_show(t, "MAY_ORG");
	for (i = 0; i < l->n; i++) {
		if ((s = tmpl_section(t, "QUARTER")) == NULL)
			break;
		tmpl_set(s, "NAME", l->v[i].name);
		tmpl_set(s, "PSTATE", i18n(q->lang,
		    l->v[i].state == PERIOD_OPEN ? "T_PERIOD_OPEN" :
		    l->v[i].state == PERIOD_CLOSED ? "T_PERIOD_CLOSED" :
		    "T_PERIOD_PLANNED"));
		tmpl_set(s, "DEADLINE", l->v[i].deadline);
		tmpl_set(s, "REVIEW", l->v[i].review_deadline);
		if (l->v[i].state == PERIOD_CLOSED) {
			tmpl_show(s, "CLOSED");
			continue;
		}
		if ((f = tmpl_section(s, "EDIT")) == NULL)
			continue;
		tmpl_set(f, "NAME", l->v[i].name);
		snprintf(id, sizeof(id), "sub-%s", l->v[i].name);
		mine = field != NULL && strlen(field) > 4 &&
		    strncmp(field + 4, l->v[i].name, 7) == 0;
		v = req_form(q, "submission");
		tmpl_set(f, "SUB", mine && v != NULL && strlen(v) <= 10 ? v :
		    l->v[i].deadline);
		v = req_form(q, "review");
		tmpl_set(f, "REV", mine && v != NULL && strlen(v) <= 10 ? v :
		    l->v[i].review_deadline);
	}
	db_period_list_free(l);
	page_year_error(t, q, err_key, field);
	page_year_done(t, q, err_key);
	snprintf(id, sizeof(id), "%s %d", i18n(q->lang, "T_YEAR_TITLE"), year);
	page_render(q, r, t, "year.tpl", id, NAV_YEARS);
	if (r->status < 500)
		r->status = status;
}

/*
 * GET /begroting/{year}: state, raadsbesluit, the quarters with both
 * deadlines and their forms.  Raises 404, 500.
 */
void
page_year_show(struct req *q, struct resp *r)
{
	int year;

	if (page_year_of(q, r, &year))
		page_year_show_render(q, r, 200, year, NULL, NULL);
}

/*
 * POST /periods/{period}/deadlines: submission, review (YYYY-MM-DD).
 * 303 to the year's page; 422 with the message at the field.  Raises 404,
 * 422, 500.
 */
void
page_year_deadlines(struct req *q, struct resp *r)
{
	struct period	 p;
	struct db_who	 who;
	enum year_res	 res;
	char		 loc[48], field[24];

	if (!db_period_get_by_name(q->db, q->period.name, &p)) {
		r->status = 404;
		return;
	}
	auth_who(q, &who);
	res = db_year_period_deadlines(q->db, p.id, req_form(q, "submission"),
	    req_form(q, "review"), &who);
	if (res == YEAR_ERROR) {
		r->status = 500;
		return;
	}
	if (res != YEAR_OK) {
		snprintf(field, sizeof(field), "%s-%s",
		    res == YEAR_REVIEW_EARLY ? "rev" : "sub", p.name);
		if (res == YEAR_BAD_DATE &&
		    year_date_ok(req_form(q, "submission")))
			snprintf(field, sizeof(field), "rev-%s", p.name);
		page_year_show_render(q, r, 422, p.year, year_res_key(res),
		    field);
		return;
	}
	snprintf(loc, sizeof(loc), "/begroting/%d?done=1", p.year);
	resp_redirect(r, 303, loc);
}
