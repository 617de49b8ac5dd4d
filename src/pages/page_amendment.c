/*
 * page_amendment.c: the begrotingswijzigingen of a year for concern
 * control (issue 14): the list, one amendment with its changes, and in an
 * adopted year the form that records a new one (up to
 * PAGE_AMEND_ROWS changes of existing lines; new lines in an amendment go
 * through the API).  The checks are src/domain/budget.c's, the write
 * src/service/budget_edit.c's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "budget.h"
#include "budget_edit.h"
#include "db_budget.h"
#include "handlers.h"
#include "i18n.h"
#include "num.h"
#include "page.h"
#include "page_budget.h"
#include "router.h"
#include "tmpl.h"
#include "url.h"

#define PAGE_AMEND_ROWS	6
/* Above this many lines in a year the form lists one programme's lines at
 * a time (the first, unless one is chosen): six selects of every line of
 * a large city would make a page of megabytes. */
#define PAGE_AMEND_ALL_MAX	600

/* A signed amount with its sign, for a change: "+€ 250.000". */
static void
page_amend_delta(struct tmpl *t, const char *name, const struct req *q,
    int64_t cents)
{
	char buf[64];

	buf[0] = '+';
	num_format_money(buf + 1, sizeof(buf) - 1, cents, 0,
	    q->lang == LANG_EN);
	tmpl_set(t, name, cents > 0 ? buf : buf + 1);
}

/* The line options of one change row, the chosen one kept. */
static int
page_amend_row(struct req *q, struct tmpl *t, int row,
    const struct budget_line_row *l, size_t n, int64_t chosen,
    const char *delta)
{
	struct tmpl	*s, *o;
	char		 text[512], amount[48];
	size_t		 i;

	if ((s = tmpl_section(t, "CHANGE_ROW")) == NULL)
		return 0;
	tmpl_set_int(s, "ROW", row);
	tmpl_set(s, "F_DELTA", delta != NULL ? delta : "");
	for (i = 0; i < n; i++) {
		if ((o = tmpl_section(s, "LINE_OPTION")) == NULL)
			return 0;
		tmpl_set_int(o, "VALUE", (long long)l[i].id);
		num_format_money(amount, sizeof(amount), l[i].actueel, 0,
		    q->lang == LANG_EN);
		snprintf(text, sizeof(text), "%d.%d.%d %s, %s %s, %s (%s)",
		    l[i].programme_number, l[i].effect_number, l[i].perf_number,
		    l[i].perf_name, budget_kind_name(l[i].kind), l[i].taakveld,
		    l[i].description, amount);
		tmpl_set(o, "TEXT", text);
		if (l[i].id == chosen)
			tmpl_show(o, "SELECTED");
	}
	return 1;
}

/*
 * The programme filter of the form: ?programme= (or the posted field),
 * else every programme when the year has at most PAGE_AMEND_ALL_MAX
 * lines, else the first.  Fills PROG_OPTION.  Returns 1, 0 on error.
 */
static int
page_amend_programmes(const struct req *q, struct tmpl *s, int year,
    int64_t *prog)
{
	struct budget_totals	*v = NULL;
	struct tmpl		*o;
	const char		*f;
	size_t			 n = 0, i, lines = 0;
	int			 found = 0;

	*prog = 0;
	if (!db_budget_totals(q->db, year, &v, &n))
		return 0;
	if ((f = req_query(q, "programme")) == NULL)
		f = req_form(q, "programme");
	if (f != NULL && f[0] != '\0')
		(void)url_id(f, prog);
	for (i = 0; i < n; i++) {
		lines += v[i].n_lines;
		found |= v[i].programme_id == *prog;
	}
	if (!found)
		*prog = lines > PAGE_AMEND_ALL_MAX && n > 0 ?
		    v[0].programme_id : 0;
	if (lines <= PAGE_AMEND_ALL_MAX)
		tmpl_show(s, "ALL_OPTION");
	for (i = 0; i < n; i++) {
		if ((o = tmpl_section(s, "PROG_OPTION")) == NULL)
			break;
		tmpl_set_int(o, "VALUE", (long long)v[i].programme_id);
		tmpl_set_int(o, "NUMBER", v[i].programme_number);
		if (v[i].programme_id == *prog)
			tmpl_show(o, "SELECTED");
	}
	free(v);
	return 1;
}

/* The list page; err_key a refusal at the form. */
static void
page_amendments_render(struct req *q, struct resp *r, int status,
    const char *err_key, long long bad_row)
{
	struct amendment_row	*a = NULL;
	struct budget_line_row	*l = NULL;
	struct tmpl		*t, *s, *e;
	const char		*v;
	char			 state[16], title[64], key[16];
	size_t			 n = 0, nl = 0, i;
	int64_t			 chosen, prog = 0;
	int			 year, row;

	if (page_budget_year(q, r, &year, state, sizeof(state)) <= 0)
		return;
	if (!db_budget_amendments(q->db, year, &a, &n) ||
	    (t = page_new(q)) == NULL) {
		db_budget_amendments_free(a, n);
		r->status = 500;
		return;
	}
	tmpl_set_int(t, "YEAR", year);
	if (n == 0)
		tmpl_show(t, "NONE");
	for (i = 0; i < n; i++) {
		if ((s = tmpl_section(t, "AMENDMENT_ROW")) == NULL)
			break;
		tmpl_set_int(s, "YEAR", year);
		tmpl_set_int(s, "ID", (long long)a[i].id);
		tmpl_set_int(s, "NUMBER", a[i].number);
		page_budget_date(s, "DATE", q, a[i].decided_on);
		tmpl_set(s, "DESCRIPTION", a[i].description);
		page_amend_delta(s, "LASTEN", q, a[i].lasten_delta);
		page_amend_delta(s, "BATEN", q, a[i].baten_delta);
	}
	db_budget_amendments_free(a, n);
	if (budget_amendable(state) != BUDGET_OK) {
		tmpl_show(t, "NOT_ADOPTED");
		if (err_key != NULL && (e = tmpl_section(t, "PAGE_ERROR")) !=
		    NULL)
			tmpl_set(e, "MESSAGE", i18n(q->lang, err_key));
	} else {
		if ((s = tmpl_section(t, "ADOPTED")) == NULL ||
		    !page_amend_programmes(q, s, year, &prog) ||
		    !db_budget_lines(q->db, year, prog, &l, &nl))
			goto fail;
		tmpl_set_int(s, "YEAR", year);
		tmpl_set_int(s, "PROGRAMME_FILTER", (long long)prog);
		if (err_key != NULL && (e = tmpl_section(s, "FORM_ERROR")) !=
		    NULL) {
			tmpl_set(e, "MESSAGE", i18n(q->lang, err_key));
			if (bad_row > 0) {
				tmpl_set_int(e, "ROW", bad_row);
				tmpl_show(e, "HAS_ROW");
			}
		}
		if (err_key != NULL) {
			if ((v = req_form(q, "decided_on")) != NULL)
				tmpl_set(s, "F_DATE", v);
			if ((v = req_form(q, "description")) != NULL)
				tmpl_set(s, "F_DESCRIPTION", v);
		}
		for (row = 1; row <= PAGE_AMEND_ROWS; row++) {
			chosen = 0;
			snprintf(key, sizeof(key), "line%d", row);
			if (err_key != NULL)
				(void)url_id(req_form(q, key), &chosen);
			snprintf(key, sizeof(key), "delta%d", row);
			if (!page_amend_row(q, s, row, l, nl, chosen,
			    err_key != NULL ? req_form(q, key) : NULL))
				goto fail;
		}
		db_budget_lines_free(l, nl);
		l = NULL;
	}
	if (req_query(q, "done") != NULL && err_key == NULL &&
	    (s = tmpl_section(t, "NOTICE")) != NULL)
		tmpl_set(s, "MESSAGE", i18n(q->lang, "T_AMEND_SAVED"));
	snprintf(title, sizeof(title), "%s %d", i18n(q->lang,
	    "T_AMEND_TITLE"), year);
	page_render(q, r, t, "amendments.tpl", title, NAV_YEARS);
	if (r->status == 200 && status != 200)
		r->status = status;
	return;
fail:
	db_budget_lines_free(l, nl);
	tmpl_free(t);
	r->status = 500;
}

/* GET /begroting/{year}/amendments.  Raises 404, 500. */
void
page_amendments(struct req *q, struct resp *r)
{
	page_amendments_render(q, r, 200, NULL, 0);
}

/*
 * POST /begroting/{year}/amendments: record an amendment (adopted year).
 * 303 to it; the list again with the reason and the row at fault (409,
 * 422).  Raises 404, 500, 507.
 */
void
page_amendment_create(struct req *q, struct resp *r)
{
	struct budget_change_in	 c[PAGE_AMEND_ROWS];
	struct budget_amend_in	 a;
	struct budget_outcome	 o;
	struct db_who		 who;
	enum budget_err		 e;
	const char		*ls, *ds;
	char			 state[16], key[16], loc[80];
	int			 rows[PAGE_AMEND_ROWS], year, row, number, res;
	size_t			 n = 0;
	int64_t			 id;

	if (page_budget_year(q, r, &year, state, sizeof(state)) <= 0)
		return;
	memset(c, 0, sizeof(c));
	for (row = 1; row <= PAGE_AMEND_ROWS; row++) {
		snprintf(key, sizeof(key), "line%d", row);
		ls = req_form(q, key);
		snprintf(key, sizeof(key), "delta%d", row);
		ds = req_form(q, key);
		if ((ls == NULL || ls[0] == '\0') &&
		    (ds == NULL || ds[0] == '\0'))
			continue;
		if (ls == NULL || !url_id(ls, &c[n].line_id)) {
			page_amendments_render(q, r, 422, "T_BUDGET_E_LINE",
			    row);
			return;
		}
		if ((e = budget_amount_parse(ds, 1, &c[n].delta)) !=
		    BUDGET_OK) {
			page_amendments_render(q, r, 422, budget_err_key(e),
			    row);
			return;
		}
		rows[n++] = row;
	}
	a = (struct budget_amend_in){ .year = year,
	    .decided_on = req_form(q, "decided_on"),
	    .description = req_form(q, "description"), .changes = c, .n = n };
	auth_who(q, &who);
	res = budget_edit_amend(q->db, &who, &a, &id, &number, &o);
	if (res < 0) {
		r->status = o.sys == DB_FULL ? 507 : 500;
		return;
	}
	if (res == 0) {
		page_amendments_render(q, r, page_budget_refusal_status(o.why),
		    budget_err_key(o.why), n > 0 && o.bad < n &&
		    o.why != BUDGET_E_DATE && o.why != BUDGET_E_DESCRIPTION &&
		    o.why != BUDGET_E_YEAR_NOT_ADOPTED &&
		    o.why != BUDGET_E_NO_CHANGES ? rows[o.bad] : 0);
		return;
	}
	snprintf(loc, sizeof(loc), "/begroting/%d/amendments/%lld?done=1",
	    year, (long long)id);
	resp_redirect(r, 303, loc);
}

/* GET /begroting/{year}/amendments/{id}: one amendment.  404, 500. */
void
page_amendment(struct req *q, struct resp *r)
{
	struct amendment_row		 a;
	struct amendment_change_row	*c = NULL;
	struct tmpl			*t, *s;
	char				 state[16], title[96];
	size_t				 n = 0, i;
	int				 year, rc;

	if (page_budget_year(q, r, &year, state, sizeof(state)) <= 0)
		return;
	if ((rc = db_budget_amendment_get(q->db, q->id[1], &a)) != 1 ||
	    a.year != year) {
		if (rc == 1) {
			free(a.decided_on);
			free(a.description);
			free(a.created_at);
		}
		r->status = rc < 0 ? 500 : 404;
		return;
	}
	if (!db_budget_changes(q->db, a.id, 0, &c, &n) ||
	    (t = page_new(q)) == NULL) {
		r->status = 500;
		goto out;
	}
	tmpl_set_int(t, "YEAR", year);
	tmpl_set_int(t, "NUMBER", a.number);
	page_budget_date(t, "DATE", q, a.decided_on);
	tmpl_set(t, "DESCRIPTION", a.description);
	page_set_when(t, "CREATED", q, a.created_at);
	page_amend_delta(t, "LASTEN", q, a.lasten_delta);
	page_amend_delta(t, "BATEN", q, a.baten_delta);
	for (i = 0; i < n; i++) {
		if ((s = tmpl_section(t, "CHANGE")) == NULL)
			break;
		tmpl_set_int(s, "YEAR", year);
		tmpl_set_int(s, "LINE_ID", (long long)c[i].line_id);
		tmpl_set_int(s, "PN", c[i].programme_number);
		tmpl_set(s, "PERFORMANCE", c[i].perf_name);
		tmpl_set(s, "KIND", i18n(q->lang, c[i].kind == BUDGET_BATEN ?
		    "T_BUDGET_BATEN" : "T_BUDGET_LASTEN"));
		tmpl_set(s, "TAAKVELD", c[i].taakveld);
		page_amend_delta(s, "DELTA", q, c[i].delta);
	}
	if (req_query(q, "done") != NULL &&
	    (s = tmpl_section(t, "NOTICE")) != NULL)
		tmpl_set(s, "MESSAGE", i18n(q->lang, "T_AMEND_SAVED"));
	snprintf(title, sizeof(title), "%s %d-%d", i18n(q->lang,
	    "T_AMEND_ONE"), year, a.number);
	page_render(q, r, t, "amendment.tpl", title, NAV_YEARS);
out:
	db_budget_changes_free(c, n);
	free(a.decided_on);
	free(a.description);
	free(a.created_at);
}
