/*
 * page_budget.c: the begroting of a year for concern control (issue 14):
 * lasten, baten and saldo per programme, primitief and actueel; every
 * budget line with its meerjarenraming; a line's history; and, in a
 * concept year, the forms that add and change lines.  The checks are
 * src/domain/budget.c's, the writes src/service/budget_edit.c's, so the
 * pages refuse exactly what the API refuses.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "budget.h"
#include "budget_edit.h"
#include "db_budget.h"
#include "db_org.h"
#include "db_period.h"
#include "handlers.h"
#include "i18n.h"
#include "num.h"
#include "page.h"
#include "page_budget.h"
#include "router.h"
#include "tmpl.h"
#include "url.h"

/* The catalogue key of a year's state and of its hint. */
static void
page_budget_state(struct tmpl *t, const struct req *q, const char *state)
{
	const char *k = "T_BUDGET_STATE_CLOSED", *h = "T_BUDGET_CLOSED_HINT";

	if (strcmp(state, "draft") == 0) {
		k = "T_BUDGET_STATE_DRAFT";
		h = "T_BUDGET_CONCEPT_HINT";
	} else if (strcmp(state, "adopted") == 0) {
		k = "T_BUDGET_STATE_ADOPTED";
		h = "T_BUDGET_ADOPTED_HINT";
	}
	tmpl_set(t, "STATE", i18n(q->lang, k));
	tmpl_set(t, "STATE_HINT", i18n(q->lang, h));
}

/* The year of {id} (2000..2100) and its state: 1, 0 (404 set), -1 (500). */
int
page_budget_year(struct req *q, struct resp *r, int *year, char *state,
    size_t sz)
{
	int rc;

	if (q->id[0] < 2000 || q->id[0] > 2100) {
		r->status = 404;
		return 0;
	}
	*year = (int)q->id[0];
	if ((rc = db_budget_year_state(q->db, *year, state, sz)) <= 0) {
		r->status = rc == 0 ? 404 : 500;
		return rc == 0 ? 0 : -1;
	}
	return 1;
}

/* A date "YYYY-MM-DD" as people read it: nl "03-07-2014", en as is. */
void
page_budget_date(struct tmpl *t, const char *name, const struct req *q,
    const char *iso)
{
	char buf[16];

	if (q->lang == LANG_EN || iso == NULL || strlen(iso) != 10) {
		tmpl_set(t, name, iso != NULL ? iso : "");
		return;
	}
	snprintf(buf, sizeof(buf), "%.2s-%.2s-%.4s", iso + 8, iso + 5, iso);
	tmpl_set(t, name, buf);
}

static const char *
page_budget_kind_text(const struct req *q, enum budget_kind k)
{
	return i18n(q->lang, k == BUDGET_BATEN ? "T_BUDGET_BATEN" :
	    "T_BUDGET_LASTEN");
}

static const char *
page_budget_rec_text(const struct req *q, enum budget_recurrence r)
{
	return i18n(q->lang, r == BUDGET_INCIDENTEEL ? "T_BUDGET_INCIDENTEEL" :
	    "T_BUDGET_STRUCTUREEL");
}

/* The totals table: one row per programme and the total. */
static int
page_budget_totals(struct req *q, struct tmpl *t, int year)
{
	struct budget_totals	*v = NULL, sum;
	struct tmpl		*s;
	size_t			 n = 0, i;

	if (!db_budget_totals(q->db, year, &v, &n))
		return 0;
	memset(&sum, 0, sizeof(sum));
	for (i = 0; i < n; i++) {
		if ((s = tmpl_section(t, "TOTAL_ROW")) == NULL)
			break;
		tmpl_set_int(s, "NUMBER", v[i].programme_number);
		tmpl_set_int(s, "PROGRAMME_ID", (long long)v[i].programme_id);
		page_set_money(s, "LP", q, v[i].lasten_primitief);
		page_set_money(s, "LA", q, v[i].lasten_actueel);
		page_set_money(s, "BP", q, v[i].baten_primitief);
		page_set_money(s, "BA", q, v[i].baten_actueel);
		page_set_money(s, "SP", q, budget_saldo(v[i].lasten_primitief,
		    v[i].baten_primitief));
		page_set_money(s, "SA", q, budget_saldo(v[i].lasten_actueel,
		    v[i].baten_actueel));
		sum.lasten_primitief += v[i].lasten_primitief;
		sum.lasten_actueel += v[i].lasten_actueel;
		sum.baten_primitief += v[i].baten_primitief;
		sum.baten_actueel += v[i].baten_actueel;
	}
	page_set_money(t, "TOT_LP", q, sum.lasten_primitief);
	page_set_money(t, "TOT_LA", q, sum.lasten_actueel);
	page_set_money(t, "TOT_BP", q, sum.baten_primitief);
	page_set_money(t, "TOT_BA", q, sum.baten_actueel);
	page_set_money(t, "TOT_SP", q, budget_saldo(sum.lasten_primitief,
	    sum.baten_primitief));
	page_set_money(t, "TOT_SA", q, budget_saldo(sum.lasten_actueel,
	    sum.baten_actueel));
	free(v);
	return 1;
}

/* The select options of the line form; the chosen values kept. */
static int
page_budget_choices(struct req *q, struct tmpl *t, int year,
    int64_t perf, int64_t unit, const char *kind, const char *rec,
    const char *tv)
{
	struct budget_perf_row	*p = NULL;
	struct taakveld_row	*v = NULL;
	struct org_list		*ol;
	struct tmpl		*s;
	char			 text[512];
	size_t			 n = 0, nv = 0, i;
	int			 ok = 0, k;

	if (!db_budget_performances(q->db, year, &p, &n) ||
	    !db_budget_taakvelden(q->db, &v, &nv) ||
	    (ol = db_org_list(q->db)) == NULL)
		goto out;
	for (i = 0; i < n; i++) {
		if ((s = tmpl_section(t, "PERF_OPTION")) == NULL)
			break;
		tmpl_set_int(s, "VALUE", (long long)p[i].id);
		snprintf(text, sizeof(text), "%d.%d.%d %s (%s)",
		    p[i].programme_number, p[i].effect_number, p[i].number,
		    p[i].name, p[i].unit_name);
		tmpl_set(s, "TEXT", text);
		if (p[i].id == perf)
			tmpl_show(s, "SELECTED");
	}
	for (i = 0; i < ol->n; i++) {
		if ((s = tmpl_section(t, "UNIT_OPTION")) == NULL)
			break;
		tmpl_set_int(s, "VALUE", (long long)ol->v[i].id);
		tmpl_set(s, "TEXT", ol->v[i].name);
		if (ol->v[i].id == unit)
			tmpl_show(s, "SELECTED");
	}
	db_org_list_free(ol);
	for (i = 0; i < nv; i++) {
		if ((s = tmpl_section(t, "TV_OPTION")) == NULL)
			break;
		tmpl_set(s, "VALUE", v[i].code);
		snprintf(text, sizeof(text), "%s %s", v[i].code, v[i].name);
		tmpl_set(s, "TEXT", text);
		if (tv != NULL && strcmp(tv, v[i].code) == 0)
			tmpl_show(s, "SELECTED");
	}
	for (k = 0; k < BUDGET_KIND__MAX; k++) {
		if ((s = tmpl_section(t, "KIND_OPTION")) == NULL)
			break;
		tmpl_set(s, "VALUE", budget_kind_name((enum budget_kind)k));
		tmpl_set(s, "TEXT", page_budget_kind_text(q,
		    (enum budget_kind)k));
		if (kind != NULL && strcmp(kind,
		    budget_kind_name((enum budget_kind)k)) == 0)
			tmpl_show(s, "SELECTED");
	}
	for (k = 0; k < BUDGET_RECURRENCE__MAX; k++) {
		if ((s = tmpl_section(t, "REC_OPTION")) == NULL)
			break;
		tmpl_set(s, "VALUE", budget_recurrence_name(
		    (enum budget_recurrence)k));
		tmpl_set(s, "TEXT", page_budget_rec_text(q,
		    (enum budget_recurrence)k));
		if (rec != NULL && strcmp(rec, budget_recurrence_name(
		    (enum budget_recurrence)k)) == 0)
			tmpl_show(s, "SELECTED");
	}
	ok = 1;
out:
	db_budget_performances_free(p, n);
	db_budget_taakvelden_free(v, nv);
	return ok;
}

/*
 * Section BUDGET_SALDO of t: lasten, baten and saldo, primitief and
 * actueel, of every programme of year (programme_id 0) or of one, for the
 * dashboards (issue 14: everywhere a programme's budget shows).  Nothing
 * when the year has no budget lines.  Returns 1, or 0 on a read failure.
 */
int
page_budget_saldo(const struct req *q, struct tmpl *t, int year,
    int64_t programme_id)
{
	struct budget_totals	*v = NULL;
	struct tmpl		*sec = NULL, *s;
	size_t			 n = 0, i, lines = 0;

	if (!db_budget_totals(q->db, year, &v, &n))
		return 0;
	for (i = 0; i < n; i++)
		lines += v[i].n_lines;
	for (i = 0; lines > 0 && i < n; i++) {
		if (programme_id != 0 && v[i].programme_id != programme_id)
			continue;
		if (sec == NULL && (sec = tmpl_section(t, "BUDGET_SALDO")) ==
		    NULL)
			break;
		tmpl_set_int(sec, "BUDGET_YEAR", year);
		if ((s = tmpl_section(sec, "SALDO_ROW")) == NULL)
			break;
		tmpl_set_int(s, "NUMBER", v[i].programme_number);
		tmpl_set_int(s, "PROGRAMME_ID", (long long)v[i].programme_id);
		page_set_money(s, "LP", q, v[i].lasten_primitief);
		page_set_money(s, "LA", q, v[i].lasten_actueel);
		page_set_money(s, "BP", q, v[i].baten_primitief);
		page_set_money(s, "BA", q, v[i].baten_actueel);
		page_set_money(s, "SP", q, budget_saldo(v[i].lasten_primitief,
		    v[i].baten_primitief));
		page_set_money(s, "SA", q, budget_saldo(v[i].lasten_actueel,
		    v[i].baten_actueel));
		tmpl_set_int(s, "LA_CENTS", (long long)v[i].lasten_actueel);
		tmpl_set_int(s, "BA_CENTS", (long long)v[i].baten_actueel);
	}
	free(v);
	return 1;
}

/* The raming years' labels (y+1..y+3). */
static void
page_budget_raming_years(struct tmpl *t, int year)
{
	tmpl_set_int(t, "Y1", year + 1);
	tmpl_set_int(t, "Y2", year + 2);
	tmpl_set_int(t, "Y3", year + 3);
}

/* The typed amounts and texts back into the form. */
static void
page_budget_refill(const struct req *q, struct tmpl *t)
{
	static const char *const f[][2] = { { "amount", "F_AMOUNT" },
	    { "raming1", "F_RAMING1" }, { "raming2", "F_RAMING2" },
	    { "raming3", "F_RAMING3" }, { "description", "F_DESCRIPTION" } };
	const char	*v;
	size_t		 i;

	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++)
		if ((v = req_form(q, f[i][0])) != NULL)
			tmpl_set(t, f[i][1], v);
}

/*
 * GET /begroting/budget: the begroting of the current period's year.
 * Raises 404 (no periods), 303.
 */
void
page_budget_index(struct req *q, struct resp *r)
{
	struct period	p;
	char		loc[64];

	if (!db_period_current(q->db, &p)) {
		r->status = 404;
		return;
	}
	snprintf(loc, sizeof(loc), "/begroting/%d/budget", p.year);
	resp_redirect(r, 303, loc);
}

/* The year page; err_key a refusal at the form (status 409/422). */
static void
page_budget_render(struct req *q, struct resp *r, int status,
    const char *err_key)
{
	struct budget_line_row	*l = NULL;
	struct tmpl		*t, *s;
	const char		*fu;
	char			 state[16], title[64];
	size_t			 n = 0, i;
	int64_t			 perf = 0, unit = 0;
	int			 year, k, rc;

	if ((rc = page_budget_year(q, r, &year, state, sizeof(state))) <= 0)
		return;
	if ((t = page_new(q)) == NULL) {
		r->status = 500;
		return;
	}
	tmpl_set_int(t, "YEAR", year);
	page_budget_state(t, q, state);
	page_budget_raming_years(t, year);
	if (!page_budget_totals(q, t, year) ||
	    !db_budget_lines(q->db, year, 0, &l, &n)) {
		tmpl_free(t);
		r->status = 500;
		return;
	}
	if (n == 0)
		tmpl_show(t, "NO_LINES");
	for (i = 0; i < n; i++) {
		if ((s = tmpl_section(t, "LINE_ROW")) == NULL)
			break;
		tmpl_set_int(s, "ID", (long long)l[i].id);
		tmpl_set_int(s, "YEAR", year);
		tmpl_set_int(s, "PN", l[i].programme_number);
		tmpl_set_int(s, "EN", l[i].effect_number);
		tmpl_set_int(s, "FN", l[i].perf_number);
		tmpl_set(s, "PERFORMANCE", l[i].perf_name);
		tmpl_set(s, "UNIT", l[i].unit_name);
		tmpl_set(s, "KIND", page_budget_kind_text(q, l[i].kind));
		tmpl_set(s, "REC", page_budget_rec_text(q, l[i].recurrence));
		tmpl_set(s, "TAAKVELD", l[i].taakveld);
		tmpl_set(s, "TAAKVELD_NAME", l[i].taakveld_name);
		tmpl_set(s, "DESCRIPTION", l[i].description);
		page_set_money(s, "PRIMITIEF", q, l[i].primitief);
		page_set_money(s, "ACTUEEL", q, l[i].actueel);
		for (k = 0; k < BUDGET_RAMING_YEARS; k++)
			page_set_money(s, k == 0 ? "R1" : k == 1 ? "R2" : "R3",
			    q, l[i].raming[k]);
		if (l[i].n_changes > 0)
			tmpl_show(s, "AMENDED");
	}
	if (budget_lines_editable(state) != BUDGET_OK && err_key != NULL &&
	    (s = tmpl_section(t, "PAGE_ERROR")) != NULL)
		tmpl_set(s, "MESSAGE", i18n(q->lang, err_key));
	if (budget_lines_editable(state) == BUDGET_OK) {
		if ((s = tmpl_section(t, "CONCEPT")) == NULL) {
			db_budget_lines_free(l, n);
			tmpl_free(t);
			r->status = 500;
			return;
		}
		tmpl_set_int(s, "YEAR", year);
		page_budget_raming_years(s, year);
		if (err_key != NULL && (s = tmpl_section(s, "FORM_ERROR")) !=
		    NULL)
			tmpl_set(s, "MESSAGE", i18n(q->lang, err_key));
		s = tmpl_section(t, "CONCEPT");
		if (err_key != NULL) {
			page_budget_refill(q, s);
			(void)url_id(req_form(q, "performance_id"), &perf);
			if ((fu = req_form(q, "org_unit_id")) != NULL &&
			    fu[0] != '\0')
				(void)url_id(fu, &unit);
		}
		if (!page_budget_choices(q, s, year, perf, unit,
		    err_key != NULL ? req_form(q, "kind") : NULL,
		    err_key != NULL ? req_form(q, "recurrence") : NULL,
		    err_key != NULL ? req_form(q, "taakveld") : NULL)) {
			db_budget_lines_free(l, n);
			tmpl_free(t);
			r->status = 500;
			return;
		}
	}
	if (req_query(q, "done") != NULL && err_key == NULL &&
	    (s = tmpl_section(t, "NOTICE")) != NULL)
		tmpl_set(s, "MESSAGE", i18n(q->lang, "T_BUDGET_SAVED"));
	db_budget_lines_free(l, n);
	snprintf(title, sizeof(title), "%s %d", i18n(q->lang,
	    "T_BUDGET_TITLE"), year);
	r->status = status;
	page_render(q, r, t, "budget.tpl", title, NAV_YEARS);
	if (r->status == 200 && status != 200)
		r->status = status;
}

/* GET /begroting/{year}/budget.  Raises 404, 500. */
void
page_budget(struct req *q, struct resp *r)
{
	page_budget_render(q, r, 200, NULL);
}

/*
 * The line form's fields into *in (texts borrowed from the request).
 * Returns BUDGET_OK or why not.
 */
enum budget_err
page_budget_line_form(const struct req *q, struct budget_line_in *in)
{
	static const char *const rf[BUDGET_RAMING_YEARS] = { "raming1",
	    "raming2", "raming3" };
	const char	*v;
	enum budget_err	 e;
	int		 i;

	memset(in, 0, sizeof(*in));
	if ((v = req_form(q, "performance_id")) != NULL && v[0] != '\0' &&
	    !url_id(v, &in->performance_id))
		return BUDGET_E_PERFORMANCE;
	if ((v = req_form(q, "org_unit_id")) != NULL && v[0] != '\0' &&
	    !url_id(v, &in->org_unit_id))
		return BUDGET_E_UNIT;
	if (!budget_kind_parse(req_form(q, "kind"), &in->kind))
		return BUDGET_E_KIND;
	if (!budget_recurrence_parse(req_form(q, "recurrence"),
	    &in->recurrence))
		return BUDGET_E_RECURRENCE;
	in->taakveld = req_form(q, "taakveld");
	if (in->taakveld == NULL)
		return BUDGET_E_TAAKVELD;
	in->description = req_form(q, "description");
	if ((e = budget_amount_parse(req_form(q, "amount"), 0, &in->amount)) !=
	    BUDGET_OK)
		return e;
	for (i = 0; i < BUDGET_RAMING_YEARS; i++) {
		v = req_form(q, rf[i]);
		if (v == NULL || v[0] == '\0')
			continue;
		if ((e = budget_amount_parse(v, 0, &in->raming[i])) !=
		    BUDGET_OK)
			return e;
	}
	return BUDGET_OK;
}

/* The status of a refusal on a page: the year's state is a conflict. */
int
page_budget_refusal_status(enum budget_err e)
{
	return e == BUDGET_E_YEAR_NOT_CONCEPT ||
	    e == BUDGET_E_YEAR_NOT_ADOPTED || e == BUDGET_E_VERSION ? 409 :
	    422;
}

/*
 * POST /begroting/{year}/budget: add a line (concept year).  303 to the
 * year page; the page again with the reason (409, 422).  Raises 404, 500,
 * 507.
 */
void
page_budget_line_create(struct req *q, struct resp *r)
{
	struct budget_line_in	in;
	struct budget_outcome	o;
	struct db_who		who;
	enum budget_err		e;
	char			state[16], loc[64];
	int64_t			id;
	int			year, res;

	if (page_budget_year(q, r, &year, state, sizeof(state)) <= 0)
		return;
	if ((e = page_budget_line_form(q, &in)) != BUDGET_OK) {
		page_budget_render(q, r, 422, budget_err_key(e));
		return;
	}
	auth_who(q, &who);
	res = budget_edit_line_create(q->db, &who, &in, &id, &o);
	if (res < 0) {
		r->status = o.sys == DB_FULL ? 507 : 500;
		return;
	}
	if (res == 0) {
		page_budget_render(q, r, page_budget_refusal_status(o.why),
		    budget_err_key(o.why));
		return;
	}
	snprintf(loc, sizeof(loc), "/begroting/%d/budget?done=1#line-%lld",
	    year, (long long)id);
	resp_redirect(r, 303, loc);
}

/* One line's page: its place, amounts, history and (concept) its form. */
static void
page_budget_line_render(struct req *q, struct resp *r, int status,
    const char *err_key)
{
	struct budget_line_row		 l;
	struct amendment_change_row	*c = NULL;
	struct tmpl			*t, *s;
	char				 state[16], title[96];
	size_t				 n = 0, i;
	int				 year, rc, k;
	int64_t				 run;

	if ((rc = page_budget_year(q, r, &year, state, sizeof(state))) <= 0)
		return;
	if ((rc = db_budget_line_get(q->db, q->id[1], &l)) != 1 ||
	    l.year != year) {
		r->status = rc < 0 ? 500 : 404;
		db_budget_line_clear(&l);
		return;
	}
	if (!db_budget_changes(q->db, 0, l.id, &c, &n) ||
	    (t = page_new(q)) == NULL) {
		db_budget_changes_free(c, n);
		db_budget_line_clear(&l);
		r->status = 500;
		return;
	}
	tmpl_set_int(t, "YEAR", year);
	tmpl_set_int(t, "ID", (long long)l.id);
	page_budget_state(t, q, state);
	page_budget_raming_years(t, year);
	tmpl_set_int(t, "PN", l.programme_number);
	tmpl_set(t, "PROGRAMME", l.programme_name);
	tmpl_set_int(t, "EN", l.effect_number);
	tmpl_set_int(t, "FN", l.perf_number);
	tmpl_set(t, "PERFORMANCE", l.perf_name);
	tmpl_set(t, "UNIT", l.unit_name);
	tmpl_set(t, "KIND", page_budget_kind_text(q, l.kind));
	tmpl_set(t, "REC", page_budget_rec_text(q, l.recurrence));
	tmpl_set(t, "TAAKVELD", l.taakveld);
	tmpl_set(t, "TAAKVELD_NAME", l.taakveld_name);
	tmpl_set(t, "DESCRIPTION", l.description);
	page_set_money(t, "PRIMITIEF", q, l.primitief);
	page_set_money(t, "ACTUEEL", q, l.actueel);
	for (k = 0; k < BUDGET_RAMING_YEARS; k++)
		page_set_money(t, k == 0 ? "R1" : k == 1 ? "R2" : "R3", q,
		    l.raming[k]);
	/* The history: primitief, each amendment with the running total. */
	run = l.primitief;
	for (i = 0; i < n; i++) {
		if ((s = tmpl_section(t, "HISTORY")) == NULL)
			break;
		run += c[i].delta;
		tmpl_set_int(s, "YEAR", year);
		tmpl_set_int(s, "AMENDMENT_ID", (long long)c[i].amendment_id);
		tmpl_set_int(s, "NUMBER", c[i].number);
		page_budget_date(s, "DATE", q, c[i].decided_on);
		{
			char	buf[64];

			num_format_money(buf + 1, sizeof(buf) - 1, c[i].delta,
			    0, q->lang == LANG_EN);
			buf[0] = '+';
			tmpl_set(s, "DELTA", c[i].delta >= 0 ? buf : buf + 1);
		}
		page_set_money(s, "RUNNING", q, run);
	}
	if (budget_lines_editable(state) != BUDGET_OK && err_key != NULL &&
	    (s = tmpl_section(t, "PAGE_ERROR")) != NULL)
		tmpl_set(s, "MESSAGE", i18n(q->lang, err_key));
	if (budget_lines_editable(state) == BUDGET_OK) {
		if ((s = tmpl_section(t, "CONCEPT")) == NULL) {
			r->status = 500;
			goto out;
		}
		tmpl_set_int(s, "YEAR", year);
		tmpl_set_int(s, "ID", (long long)l.id);
		tmpl_set_int(s, "VERSION", (long long)l.version);
		page_budget_raming_years(s, year);
		if (err_key != NULL) {
			struct tmpl *e = tmpl_section(s, "FORM_ERROR");

			if (e != NULL)
				tmpl_set(e, "MESSAGE", i18n(q->lang, err_key));
			page_budget_refill(q, s);
		} else {
			static const char *const rn[BUDGET_RAMING_YEARS] = {
			    "F_RAMING1", "F_RAMING2", "F_RAMING3" };
			char	buf[64];

			tmpl_set(s, "F_DESCRIPTION", l.description);
			num_format_plain(buf, sizeof(buf), l.primitief, 2,
			    q->lang == LANG_EN);
			tmpl_set(s, "F_AMOUNT", buf);
			for (k = 0; k < BUDGET_RAMING_YEARS; k++) {
				num_format_plain(buf, sizeof(buf), l.raming[k],
				    2, q->lang == LANG_EN);
				tmpl_set(s, rn[k], buf);
			}
		}
		if (!page_budget_choices(q, s, year, l.performance_id,
		    l.org_unit_id, err_key != NULL ? req_form(q, "kind") :
		    budget_kind_name(l.kind), err_key != NULL ?
		    req_form(q, "recurrence") :
		    budget_recurrence_name(l.recurrence), err_key != NULL ?
		    req_form(q, "taakveld") : l.taakveld)) {
			r->status = 500;
			goto out;
		}
	}
	if (req_query(q, "done") != NULL && err_key == NULL &&
	    (s = tmpl_section(t, "NOTICE")) != NULL)
		tmpl_set(s, "MESSAGE", i18n(q->lang, "T_BUDGET_SAVED"));
	snprintf(title, sizeof(title), "%s %lld", i18n(q->lang,
	    "T_BUDGET_LINE"), (long long)l.id);
	db_budget_changes_free(c, n);
	db_budget_line_clear(&l);
	page_render(q, r, t, "budget_line.tpl", title, NAV_YEARS);
	if (r->status == 200 && status != 200)
		r->status = status;
	return;
out:
	tmpl_free(t);
	db_budget_changes_free(c, n);
	db_budget_line_clear(&l);
}

/* GET /begroting/{year}/lines/{id}.  Raises 404, 500. */
void
page_budget_line(struct req *q, struct resp *r)
{
	page_budget_line_render(q, r, 200, NULL);
}

/*
 * POST /begroting/{year}/lines/{id}: change a line of a concept year.
 * 303 to the line; the page again with the reason (409, 422).  Raises
 * 404, 500, 507.
 */
void
page_budget_line_save(struct req *q, struct resp *r)
{
	struct budget_line_in	in;
	struct budget_outcome	o;
	struct db_who		who;
	enum budget_err		e;
	const char		*vs;
	char			state[16], loc[64];
	int64_t			version = 0;
	int			year, res;

	if (page_budget_year(q, r, &year, state, sizeof(state)) <= 0)
		return;
	if ((vs = req_form(q, "version")) == NULL || !url_id(vs, &version)) {
		page_budget_line_render(q, r, 422, "T_BUDGET_E_VERSION");
		return;
	}
	if ((e = page_budget_line_form(q, &in)) != BUDGET_OK) {
		page_budget_line_render(q, r, 422, budget_err_key(e));
		return;
	}
	auth_who(q, &who);
	res = budget_edit_line_update(q->db, &who, q->id[1], version, &in, &o);
	if (res < 0) {
		r->status = o.sys == DB_FULL ? 507 : 500;
		return;
	}
	if (res == 0) {
		if (o.why == BUDGET_E_LINE) {
			r->status = 404;
			return;
		}
		page_budget_line_render(q, r, page_budget_refusal_status(o.why),
		    budget_err_key(o.why));
		return;
	}
	snprintf(loc, sizeof(loc), "/begroting/%d/lines/%lld?done=1", year,
	    (long long)q->id[1]);
	resp_redirect(r, 303, loc);
}
