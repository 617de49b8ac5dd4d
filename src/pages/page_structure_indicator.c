/*
 * page_structure_indicator.c: one indicator of a budget year as concern
 * control maintains it, /begroting/{year}/indicators/{id}: its fields, the
 * units that report it, and their targets for the year and per quarter as
 * one plain form (issue 14).  Targets are typed as Dutch numbers
 * ("1.234,5" is refused as ambiguous only when it is; "1234,5" is
 * fine) with at most the indicator's decimals.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "db_indicator.h"
#include "db_org.h"
#include "db_structure.h"
#include "i18n.h"
#include "num.h"
#include "page.h"
#include "page_structure.h"
#include "tmpl.h"
#include "utf8.h"
#include "year.h"

/* One refused form of this page. */
struct page_sti_post {
	const char		*form;		/* "i", "u", "t" or "" */
	const struct st_errs	*errs;
	const char		*msg_key;
	int			 status;
};

/* The name and id of a target cell: "t12-q1". */
static void
page_sti_cell(char *buf, size_t sz, int64_t unit, int q)
{
	snprintf(buf, sz, "t%lld-%s", (long long)unit,
	    structure_quarter_name(q));
}

static const char *
page_sti_err_of(const struct st_errs *e, const char *name)
{
	size_t	i;

	for (i = 0; e != NULL && i < e->n; i++)
		if (strcmp(e->v[i].field, name) == 0)
			return e->v[i].key;
	return NULL;
}

static void
page_sti_render(struct req *q, struct resp *r, int year, const char *state,
    int64_t id, const struct page_sti_post *post)
{
	struct indicator	*ind = NULL;
	struct st_unit		*u = NULL;
	struct org_list		*ol = NULL;
	struct st_more		 m;
	struct page_st_view	 v;
	struct tmpl		*t = NULL, *s, *row, *c, *k;
	const char		*typed, *ek;
	char			 title[256], name[48], num[48], label[300];
	size_t			 un = 0, i;
	int			 f, qq, editable = year_editable(state);

	memset(&m, 0, sizeof(m));
	if ((f = db_structure_more(q->db, ST_INDICATOR, id, &m)) != 1 ||
	    m.year != year) {
		r->status = f < 0 ? 500 : 404;
		goto out;
	}
	if ((ind = db_indicator_get(q->db, id)) == NULL ||
	    (u = db_structure_units(q->db, id, year, &un)) == NULL ||
	    (ol = db_org_list(q->db)) == NULL || (t = page_new(q)) == NULL) {
		r->status = 500;
		goto out;
	}
	tmpl_set_int(t, "YEAR", year);
	tmpl_set_int(t, "ID", id);
	tmpl_set_int(t, "PROGRAMME_ID", m.programme_id);
	tmpl_set(t, "CODE", ind->code);
	tmpl_set(t, "NAME", ind->name);
	tmpl_set_int(t, "DECIMALS", ind->decimals);
	if (!editable)
		tmpl_show(t, "LOCKED");
	if (editable) {
		memset(&v, 0, sizeof(v));
		v.kind = ST_INDICATOR;
		snprintf(v.pfx, sizeof(v.pfx), "i");
		snprintf(v.action, sizeof(v.action),
		    "/begroting/%d/indicators/%lld", year, (long long)id);
		v.submit_key = "T_ST_SAVE";
		page_st_vals_indicator(&v, q, ind, &m);
		if (post != NULL && strcmp(post->form, "i") == 0) {
			page_st_posted(q, &v);
			v.errs = post->errs;
		}
		page_st_form(q, t, "EDIT_FORM", &v, ol);
		if (!m.figures)
			tmpl_show(t, "CAN_DELETE");
	}
	tmpl_show(t, un > 0 ? "HAS_UNITS" : "NO_UNITS");
	for (i = 0; i < un; i++) {
		if ((row = tmpl_section(t, "UNIT")) == NULL)
			break;
		tmpl_set_int(row, "UID", u[i].id);
		tmpl_set(row, "UCODE", u[i].code);
		tmpl_set(row, "UNAME", u[i].name);
		if (editable && !u[i].figures)
			tmpl_show(row, "CAN_REMOVE");
	}
	if (editable && (s = tmpl_section(t, "EDITABLE")) != NULL) {
		if ((ek = post != NULL && strcmp(post->form, "u") == 0 ?
		    page_sti_err_of(post->errs, "org_unit_id") : NULL) != NULL) {
			tmpl_show(s, "UBAD");
			if ((k = tmpl_section(s, "UERR")) != NULL)
				tmpl_set(k, "MSG", i18n(q->lang, ek));
		}
		typed = post != NULL && strcmp(post->form, "u") == 0 ?
		    req_form(q, "org_unit_id") : NULL;
		for (i = 0; i < ol->n; i++) {
			if ((k = tmpl_section(s, "UOPTION")) == NULL)
				break;
			snprintf(num, sizeof(num), "%lld",
			    (long long)ol->v[i].id);
			tmpl_set(k, "VALUE", num);
			snprintf(label, sizeof(label), "%s (%s)",
			    ol->v[i].name, ol->v[i].code);
			tmpl_set(k, "TEXT", label);
			if (typed != NULL && strcmp(typed, num) == 0)
				tmpl_show(k, "SELECTED");
		}
		if (un > 0 && (s = tmpl_section(s, "TARGETS")) != NULL) {
			for (qq = 0; qq <= 4; qq++)
				if ((k = tmpl_section(s, "QHEAD")) != NULL)
					tmpl_set(k, "Q", i18n(q->lang,
					    qq == 0 ? "T_ST_Q_YEAR" :
					    qq == 1 ? "T_ST_Q1" : qq == 2 ?
					    "T_ST_Q2" : qq == 3 ? "T_ST_Q3" :
					    "T_ST_Q4"));
			for (i = 0; i < un; i++) {
				if ((row = tmpl_section(s, "TROW")) == NULL)
					break;
				tmpl_set(row, "UNAME", u[i].name);
				for (qq = 0; qq <= 4; qq++) {
					if ((c = tmpl_section(row,
					    "CELL")) == NULL)
						break;
					if (m.yearly && qq >= 1 && qq <= 3) {
						tmpl_show(c, "NA");
						continue;
					}
					if ((c = tmpl_section(c,
					    "INPUT")) == NULL)
						break;
					page_sti_cell(name, sizeof(name),
					    u[i].id, qq);
					tmpl_set(c, "CID", name);
					snprintf(label, sizeof(label),
					    "%s, %s", u[i].name, i18n(q->lang,
					    qq == 0 ? "T_ST_Q_YEAR" :
					    qq == 1 ? "T_ST_Q1" : qq == 2 ?
					    "T_ST_Q2" : qq == 3 ? "T_ST_Q3" :
					    "T_ST_Q4"));
					tmpl_set(c, "CLABEL", label);
					if (post != NULL &&
					    strcmp(post->form, "t") == 0) {
						typed = req_form(q, name);
						tmpl_set(c, "VALUE",
						    typed != NULL ? typed : "");
						if ((ek = page_sti_err_of(
						    post->errs, name)) != NULL &&
						    (k = tmpl_section(c,
						    "ERR")) != NULL)
							tmpl_set(k, "MSG",
							    i18n(q->lang, ek));
					} else if (u[i].has[qq]) {
						num_format_plain(num,
						    sizeof(num),
						    u[i].target[qq],
						    ind->decimals,
						    q->lang == LANG_EN);
						tmpl_set(c, "VALUE", num);
					} else
						tmpl_set(c, "VALUE", "");
				}
			}
		}
	}
	if (post != NULL) {
		if (post->errs != NULL && post->errs->n > 0 &&
		    strcmp(post->form, "i") == 0)
			page_st_problem(q, t, ST_INDICATOR, "i", post->errs);
		else if (post->errs != NULL && post->errs->n > 0 &&
		    (s = tmpl_section(t, "PROBLEM")) != NULL) {
			tmpl_set(s, "MESSAGE", i18n(q->lang,
			    "T_ST_ERR_INVALID"));
			if ((s = tmpl_section(s, "HAS_LINKS")) != NULL)
				for (i = 0; i < post->errs->n; i++) {
					if ((k = tmpl_section(s,
					    "ERRLINK")) == NULL)
						break;
					snprintf(label, sizeof(label), "#%s%s",
					    strcmp(post->form, "u") == 0 ?
					    "u-" : "", post->errs->v[i].field);
					tmpl_set(k, "HREF", label);
					tmpl_set(k, "LABEL", i18n(q->lang,
					    strcmp(post->form, "u") == 0 ?
					    "T_ST_UNIT_REPORTING" :
					    "T_ST_TARGETS"));
					tmpl_set(k, "MSG", i18n(q->lang,
					    post->errs->v[i].key));
				}
		} else if (post->msg_key != NULL)
			page_st_message(q, t, post->msg_key);
	} else if (req_query(q, "done") != NULL)
		tmpl_show(t, "NOTICE");
	utf8_snprintf(title, sizeof(title), "%s %s %s",
	    i18n(q->lang, "T_INDICATOR"), ind->code, ind->name);
	page_render(q, r, t, "st_indicator.tpl", title, NAV_PROGRAMMES);
	t = NULL;
	if (post != NULL && r->status < 500)
		r->status = post->status;
out:
	tmpl_free(t);
	db_org_list_free(ol);
	db_structure_units_free(u, un);
	db_indicator_free(ind);
	db_structure_more_clear(&m);
}

/*
 * GET /begroting/{year}/indicators/{id}: the indicator's form, reporting
 * units and targets.  Raises 404, 500.
 */
void
page_st_indicator(struct req *q, struct resp *r)
{
	char	state[16];
	int	year;

	if (page_st_year(q, r, &year, state))
		page_sti_render(q, r, year, state, q->id[1], NULL);
}

static void
page_sti_refused(struct req *q, struct resp *r, int year, const char *state,
    const char *form, enum st_res res, const struct st_errs *e)
{
	struct page_sti_post	post;

	memset(&post, 0, sizeof(post));
	post.status = page_st_status(res, &post.msg_key);
	if (post.msg_key == NULL) {
		r->status = post.status;
		return;
	}
	post.form = form;
	post.errs = res == STR_INVALID ? e : NULL;
	page_sti_render(q, r, year, state, q->id[1], &post);
}

static void
page_sti_done(struct resp *r, int year, int64_t id)
{
	char	loc[128];

	snprintf(loc, sizeof(loc), "/begroting/%d/indicators/%lld?done=1",
	    year, (long long)id);
	resp_redirect(r, 303, loc);
}

/* The year of the path and the indicator's must agree.  1, or 0 answered. */
static int
page_sti_open(struct req *q, struct resp *r, int *year, char state[16],
    struct st_more *m)
{
	int	f;

	memset(m, 0, sizeof(*m));
	if (!page_st_year(q, r, year, state))
		return 0;
	if ((f = db_structure_more(q->db, ST_INDICATOR, q->id[1], m)) != 1 ||
	    m->year != *year) {
		db_structure_more_clear(m);
		r->status = f < 0 ? 500 : 404;
		return 0;
	}
	return 1;
}

/* POST /begroting/{year}/indicators/{id}.  303; 409; 422.  Raises 404. */
void
page_st_indicator_save(struct req *q, struct resp *r)
{
	const struct st_field	*fl;
	struct st_more		 m;
	struct st_form		 f;
	struct st_rec		 rec;
	struct st_errs		 e;
	struct db_who		 who;
	enum st_res		 res;
	char			 state[16];
	int64_t			 new_id;
	size_t			 i, n;
	int			 year;

	if (!page_sti_open(q, r, &year, state, &m))
		return;
	db_structure_more_clear(&m);
	memset(&f, 0, sizeof(f));
	fl = structure_fields(ST_INDICATOR, &n);
	for (i = 0; fl != NULL && i < n; i++)
		f.in[i] = req_form(q, fl[i].name);
	if (!structure_check(ST_INDICATOR, &f, &rec, &e)) {
		page_sti_refused(q, r, year, state, "i", STR_INVALID, &e);
		return;
	}
	auth_who(q, &who);
	if ((res = db_structure_save(q->db, &who, ST_INDICATOR, q->id[1], 0, 0,
	    &rec, &new_id, &e)) != STR_OK)
		page_sti_refused(q, r, year, state, "i", res, &e);
	else
		page_sti_done(r, year, q->id[1]);
}

/* POST /begroting/{year}/indicators/{id}/delete: 303 to its programme. */
void
page_st_indicator_delete(struct req *q, struct resp *r)
{
	struct st_more	 m;
	struct db_who	 who;
	enum st_res	 res;
	char		 state[16], loc[128];
	int		 year;
	int64_t		 prog;

	if (!page_sti_open(q, r, &year, state, &m))
		return;
	prog = m.programme_id;
	db_structure_more_clear(&m);
	auth_who(q, &who);
	if ((res = db_structure_delete(q->db, &who, ST_INDICATOR,
	    q->id[1])) != STR_OK) {
		page_sti_refused(q, r, year, state, "", res, NULL);
		return;
	}
	snprintf(loc, sizeof(loc), "/begroting/%d/programmes/%lld?done=1",
	    year, (long long)prog);
	resp_redirect(r, 303, loc);
}

/* The org unit id of the form, or 0. */
static int64_t
page_sti_unit(const struct req *q)
{
	const char	*s = req_form(q, "org_unit_id");
	char		*end;
	long long	 v;

	if (s == NULL || *s < '1' || *s > '9')
		return 0;
	v = strtoll(s, &end, 10);
	return *end == '\0' && v > 0 ? v : 0;
}

/* POST /begroting/{year}/indicators/{id}/units (org_unit_id).  303; 422. */
void
page_st_unit_add(struct req *q, struct resp *r)
{
	struct st_more	 m;
	struct st_errs	 e;
	struct db_who	 who;
	enum st_res	 res;
	char		 state[16];
	int		 year;
	int64_t		 unit;

	e.n = 0;
	if (!page_sti_open(q, r, &year, state, &m))
		return;
	db_structure_more_clear(&m);
	if ((unit = page_sti_unit(q)) == 0) {
		structure_err(&e, "org_unit_id", "T_ST_ERR_UNIT");
		page_sti_refused(q, r, year, state, "u", STR_INVALID, &e);
		return;
	}
	auth_who(q, &who);
	if ((res = db_structure_unit_add(q->db, &who, q->id[1], unit,
	    &e)) != STR_OK)
		page_sti_refused(q, r, year, state, "u", res, &e);
	else
		page_sti_done(r, year, q->id[1]);
}

/* POST /begroting/{year}/indicators/{id}/units/remove (org_unit_id). */
void
page_st_unit_remove(struct req *q, struct resp *r)
{
	struct st_more	 m;
	struct db_who	 who;
	enum st_res	 res;
	char		 state[16];
	int		 year;
	int64_t		 unit;

	if (!page_sti_open(q, r, &year, state, &m))
		return;
	db_structure_more_clear(&m);
	if ((unit = page_sti_unit(q)) == 0) {
		r->status = 404;
		return;
	}
	auth_who(q, &who);
	if ((res = db_structure_unit_remove(q->db, &who, q->id[1],
	    unit)) != STR_OK)
		page_sti_refused(q, r, year, state, "", res, NULL);
	else
		page_sti_done(r, year, q->id[1]);
}

/*
 * POST /begroting/{year}/indicators/{id}/targets: every cell "t{unit}-
 * {year|q1..q4}" of every reporting unit; an empty cell removes its
 * target.  303; 409; 422 with the grid as typed.  Raises 404, 500.
 */
void
page_st_targets(struct req *q, struct resp *r)
{
	struct st_more	 m;
	struct st_unit	*u = NULL;
	struct st_cell	(*cells)[5] = NULL;
	int64_t		*ids = NULL;
	struct st_errs	 e;
	struct db_who	 who;
	enum st_res	 res;
	const char	*key, *text;
	/* Error field names live here: e holds pointers into it. */
	char		 names[ST_MAXF + 4][48], name[48], state[16];
	size_t		 un = 0, i;
	int		 year, qq, yearly, decimals;

	e.n = 0;
	if (!page_sti_open(q, r, &year, state, &m))
		return;
	yearly = m.yearly;
	decimals = m.decimals;
	db_structure_more_clear(&m);
	if ((u = db_structure_units(q->db, q->id[1], year, &un)) == NULL ||
	    (cells = calloc(un + 1, sizeof(*cells))) == NULL ||
	    (ids = calloc(un + 1, sizeof(*ids))) == NULL) {
		r->status = 500;
		goto out;
	}
	for (i = 0; i < un; i++) {
		ids[i] = u[i].id;
		for (qq = 0; qq <= 4; qq++) {
			page_sti_cell(name, sizeof(name), u[i].id, qq);
			if ((text = req_form(q, name)) == NULL)
				continue;
			cells[i][qq].given = 1;
			if (structure_target_parse(text, decimals, qq, yearly,
			    &cells[i][qq].value, &cells[i][qq].present, &key))
				continue;
			if (e.n < sizeof(names) / sizeof(names[0])) {
				snprintf(names[e.n], sizeof(names[e.n]), "%s",
				    name);
				structure_err(&e, names[e.n], key);
			}
		}
	}
	if (e.n > 0) {
		page_sti_refused(q, r, year, state, "t", STR_INVALID, &e);
		goto out;
	}
	auth_who(q, &who);
	if ((res = db_structure_targets(q->db, &who, q->id[1], ids, cells,
	    un)) != STR_OK)
		page_sti_refused(q, r, year, state, "t", res, &e);
	else
		page_sti_done(r, year, q->id[1]);
out:
	free(ids);
	free(cells);
	db_structure_units_free(u, un);
}
