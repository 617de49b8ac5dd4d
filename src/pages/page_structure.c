/*
 * page_structure.c: concern control maintains the programmes of a budget
 * year, with their effects, performances and new indicators, under
 * /begroting/{year}/programmes (issue 14).  The checks are structure.h's,
 * the writes db_structure.h's; a refused form comes back with what was
 * typed, a summary linking to each field in error, and the message at the
 * field.  An adopted or closed year shows no forms and refuses every
 * change (409): it changes through a begrotingswijziging.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "db_org.h"
#include "db_programme.h"
#include "db_structure.h"
#include "i18n.h"
#include "page.h"
#include "page_structure.h"
#include "tmpl.h"
#include "utf8.h"
#include "year.h"

/* The form that was posted and refused, to show again. */
struct page_st_post {
	const char		*pfx;
	const struct st_errs	*errs;
	const char		*msg_key;	/* a message without fields */
	int			 status;
};

/* Whether form pfx is the one posted: then it shows what was typed. */
static void
page_st_prepare(const struct req *q, struct page_st_view *v,
    const struct page_st_post *post)
{
	if (post != NULL && post->pfx != NULL &&
	    strcmp(post->pfx, v->pfx) == 0) {
		page_st_posted(q, v);
		v->errs = post->errs;
	}
}

static void
page_st_finish(struct req *q, struct resp *r, struct tmpl *t,
    const char *tpl, const char *title, const struct page_st_post *post,
    enum st_kind k)
{
	if (post != NULL) {
		if (post->errs != NULL && post->errs->n > 0)
			page_st_problem(q, t, k, post->pfx, post->errs);
		else if (post->msg_key != NULL)
			page_st_message(q, t, post->msg_key);
	} else if (req_query(q, "done") != NULL)
		tmpl_show(t, "NOTICE");
	page_render(q, r, t, tpl, title, NAV_PROGRAMMES);
	if (post != NULL && r->status < 500)
		r->status = post->status;
}

static void
page_st_list_render(struct req *q, struct resp *r, int year,
    const char *state, const struct page_st_post *post)
{
	struct programme_list	*l = NULL;
	struct org_list		*ol = NULL;
	struct page_st_view	 v;
	struct tmpl		*t = NULL, *s;
	char			 title[128];
	size_t			 i;

	if ((l = db_programme_list(q->db, year)) == NULL ||
	    (ol = db_org_list(q->db)) == NULL || (t = page_new(q)) == NULL) {
		r->status = 500;
		goto out;
	}
	tmpl_set_int(t, "YEAR", year);
	for (i = 0; i < l->n; i++) {
		if ((s = tmpl_section(t, "PROGRAMME")) == NULL)
			break;
		tmpl_set_int(s, "ID", l->v[i].id);
		tmpl_set_int(s, "NUMBER", l->v[i].number);
		tmpl_set(s, "NAME", l->v[i].name);
		tmpl_set(s, "PORTFOLIO_HOLDER", l->v[i].portfolio_holder);
		tmpl_set(s, "DIRECTIE", l->v[i].directie_name);
	}
	tmpl_show(t, l->n > 0 ? "HAS_PROGRAMMES" : "NO_PROGRAMMES");
	if (!year_editable(state))
		tmpl_show(t, "LOCKED");
	else if ((s = tmpl_section(t, "EDITABLE")) != NULL) {
		if (l->n > 0)
			tmpl_show(s, "HAS_PROGRAMMES");
		memset(&v, 0, sizeof(v));
		v.kind = ST_PROGRAMME;
		snprintf(v.pfx, sizeof(v.pfx), "np");
		snprintf(v.action, sizeof(v.action),
		    "/begroting/%d/programmes", year);
		v.submit_key = "T_ST_CREATE";
		page_st_prepare(q, &v, post);
		page_st_form(q, s, "NEW_FORM", &v, ol);
	}
	utf8_snprintf(title, sizeof(title), "%s %d",
	    i18n(q->lang, "T_ST_PROGRAMMES_TITLE"), year);
	page_st_finish(q, r, t, "st_programmes.tpl", title, post,
	    ST_PROGRAMME);
	t = NULL;
out:
	tmpl_free(t);
	db_org_list_free(ol);
	db_programme_list_free(l);
}

/*
 * GET /begroting/{year}/programmes: the programmes of the year and, in a
 * concept year, the form for a new one.  Raises 404, 500.
 */
void
page_st_programmes(struct req *q, struct resp *r)
{
	char	state[16];
	int	year;

	if (page_st_year(q, r, &year, state))
		page_st_list_render(q, r, year, state, NULL);
}

static void
page_st_effect_choices(const struct programme *p, struct page_st_choice *c,
    size_t *n, int with_perfs)
{
	size_t	i, j;

	*n = 0;
	for (i = 0; i < p->effectn; i++) {
		snprintf(c[*n].value, sizeof(c[*n].value), "%s%lld",
		    with_perfs ? "e" : "", (long long)p->effects[i].id);
		snprintf(c[*n].text, sizeof(c[*n].text), "%d. %s",
		    p->effects[i].number, p->effects[i].name);
		(*n)++;
		for (j = 0; with_perfs && j < p->effects[i].performancen; j++) {
			snprintf(c[*n].value, sizeof(c[*n].value), "p%lld",
			    (long long)p->effects[i].performances[j].id);
			snprintf(c[*n].text, sizeof(c[*n].text),
			    "\xc2\xa0\xc2\xa0%d.%d %s", p->effects[i].number,
			    p->effects[i].performances[j].number,
			    p->effects[i].performances[j].name);
			(*n)++;
		}
	}
}

static void
page_st_ind_links(struct tmpl *s, int year, const struct indicator *v,
    size_t n)
{
	struct tmpl	*k;
	char		 href[96];
	size_t		 i;

	if (n == 0 || (s = tmpl_section(s, "INDS")) == NULL)
		return;
	for (i = 0; i < n; i++) {
		if ((k = tmpl_section(s, "IND")) == NULL)
			return;
		snprintf(href, sizeof(href), "/begroting/%d/indicators/%lld",
		    year, (long long)v[i].id);
		tmpl_set(k, "HREF", href);
		tmpl_set(k, "CODE", v[i].code);
		tmpl_set(k, "NAME", v[i].name);
	}
}

static void
page_st_programme_render(struct req *q, struct resp *r, int year,
    const char *state, int64_t id, const struct page_st_post *post)
{
	struct programme	*p = NULL;
	struct org_list		*ol = NULL;
	struct page_st_choice	*choices = NULL;
	struct st_more		 m;
	struct page_st_view	 v;
	struct tmpl		*t = NULL, *s, *e;
	const struct performance *pf;
	char			 title[256];
	size_t			 i, j, nperf = 0, nc;
	int			 editable = year_editable(state), f;

	memset(&m, 0, sizeof(m));
	if ((p = db_programme_get(q->db, id)) == NULL || p->year != year) {
		r->status = 404;
		goto out;
	}
	for (i = 0; i < p->effectn; i++)
		nperf += p->effects[i].performancen;
	if ((f = db_structure_more(q->db, ST_PROGRAMME, id, &m)) != 1 ||
	    (ol = db_org_list(q->db)) == NULL ||
	    (choices = calloc(p->effectn + nperf + 1,
	    sizeof(*choices))) == NULL || (t = page_new(q)) == NULL) {
		r->status = f == 0 ? 404 : 500;
		goto out;
	}
	tmpl_set_int(t, "YEAR", year);
	tmpl_set_int(t, "ID", p->id);
	tmpl_set_int(t, "NUMBER", p->number);
	tmpl_set(t, "NAME", p->name);
	if (!editable)
		tmpl_show(t, "LOCKED");
	memset(&v, 0, sizeof(v));
	v.kind = ST_PROGRAMME;
	snprintf(v.pfx, sizeof(v.pfx), "p");
	snprintf(v.action, sizeof(v.action), "/begroting/%d/programmes/%lld",
	    year, (long long)id);
	v.submit_key = "T_ST_SAVE";
	page_st_vals_programme(&v, p, &m);
	page_st_prepare(q, &v, post);
	if (editable) {
		page_st_form(q, t, "EDIT_FORM", &v, ol);
		if (!m.figures)
			tmpl_show(t, "CAN_DELETE");
	}
	for (i = 0; i < p->effectn; i++) {
		if ((e = tmpl_section(t, "EFFECT")) == NULL)
			break;
		tmpl_set_int(e, "EID", p->effects[i].id);
		tmpl_set_int(e, "ENUMBER", p->effects[i].number);
		tmpl_set(e, "ENAME", p->effects[i].name);
		page_st_ind_links(e, year, p->effects[i].indicators,
		    p->effects[i].indicatorn);
		if (!editable)
			continue;
		memset(&v, 0, sizeof(v));
		v.kind = ST_EFFECT;
		snprintf(v.pfx, sizeof(v.pfx), "e%lld",
		    (long long)p->effects[i].id);
		snprintf(v.action, sizeof(v.action),
		    "/begroting/%d/effects/%lld", year,
		    (long long)p->effects[i].id);
		v.submit_key = "T_ST_SAVE";
		page_st_vals_effect(&v, &p->effects[i]);
		page_st_prepare(q, &v, post);
		page_st_form(q, e, "EFFECT_FORM", &v, ol);
		tmpl_show(e, "EFFECT_DELETE");
	}
	for (i = 0; i < p->effectn; i++)
		for (j = 0; j < p->effects[i].performancen; j++) {
			pf = &p->effects[i].performances[j];
			if ((e = tmpl_section(t, "PERF")) == NULL)
				break;
			tmpl_set_int(e, "FID", pf->id);
			tmpl_set_int(e, "ENUMBER", p->effects[i].number);
			tmpl_set_int(e, "FNUMBER", pf->number);
			tmpl_set(e, "FNAME", pf->name);
			tmpl_set(e, "OWNER", pf->org_unit_name);
			page_st_ind_links(e, year, pf->indicators,
			    pf->indicatorn);
			if (!editable)
				continue;
			memset(&v, 0, sizeof(v));
			v.kind = ST_PERFORMANCE;
			snprintf(v.pfx, sizeof(v.pfx), "f%lld",
			    (long long)pf->id);
			snprintf(v.action, sizeof(v.action),
			    "/begroting/%d/performances/%lld", year,
			    (long long)pf->id);
			v.submit_key = "T_ST_SAVE";
			page_st_vals_performance(&v, pf);
			page_st_prepare(q, &v, post);
			page_st_form(q, e, "PERF_FORM", &v, ol);
			tmpl_show(e, "PERF_DELETE");
		}
	if (editable && (s = tmpl_section(t, "EDITABLE")) != NULL) {
		memset(&v, 0, sizeof(v));
		v.kind = ST_EFFECT;
		snprintf(v.pfx, sizeof(v.pfx), "ne");
		snprintf(v.action, sizeof(v.action),
		    "/begroting/%d/programmes/%lld/effects", year,
		    (long long)id);
		v.submit_key = "T_ST_CREATE";
		page_st_prepare(q, &v, post);
		page_st_form(q, s, "NEW_EFFECT", &v, ol);
		if (p->effectn > 0) {
			tmpl_show(s, "HAS_EFFECTS");
			page_st_effect_choices(p, choices, &nc, 0);
			memset(&v, 0, sizeof(v));
			v.kind = ST_PERFORMANCE;
			snprintf(v.pfx, sizeof(v.pfx), "nf");
			snprintf(v.action, sizeof(v.action),
			    "/begroting/%d/programmes/%lld/performances",
			    year, (long long)id);
			v.submit_key = "T_ST_CREATE";
			v.parent_name = "effect_id";
			v.parent_label = "T_ST_PARENT_EFFECT";
			v.parents = choices;
			v.parentn = nc;
			page_st_prepare(q, &v, post);
			page_st_form(q, s, "NEW_PERF", &v, ol);
			page_st_effect_choices(p, choices, &nc, 1);
			memset(&v, 0, sizeof(v));
			v.kind = ST_INDICATOR;
			snprintf(v.pfx, sizeof(v.pfx), "ni");
			snprintf(v.action, sizeof(v.action),
			    "/begroting/%d/programmes/%lld/indicators",
			    year, (long long)id);
			v.submit_key = "T_ST_CREATE";
			v.parent_name = "parent";
			v.parent_label = "T_ST_PARENT";
			v.parents = choices;
			v.parentn = nc;
			v.vals[SI_DECIMALS] = "0";
			v.vals[SI_TOLERANCE] = "10";
			v.vals[SI_FREQUENCY] = "quarter";
			page_st_prepare(q, &v, post);
			page_st_form(q, s, "NEW_IND", &v, ol);
		}
	}
	utf8_snprintf(title, sizeof(title), "%s %d. %s",
	    i18n(q->lang, "T_PROGRAMME"), p->number, p->name);
	page_st_finish(q, r, t, "st_programme.tpl", title, post,
	    post != NULL && post->pfx != NULL ? post->pfx[0] == 'p' ?
	    ST_PROGRAMME : post->pfx[0] == 'n' ? post->pfx[1] == 'e' ?
	    ST_EFFECT : post->pfx[1] == 'f' ? ST_PERFORMANCE : ST_INDICATOR :
	    post->pfx[0] == 'e' ? ST_EFFECT : ST_PERFORMANCE : ST_PROGRAMME);
	t = NULL;
out:
	tmpl_free(t);
	free(choices);
	db_structure_more_clear(&m);
	db_org_list_free(ol);
	db_programme_free(p);
}

/*
 * GET /begroting/{year}/programmes/{id}: the programme with its effects,
 * performances and indicators, and in a concept year their forms.
 * Raises 404, 500.
 */
void
page_st_programme(struct req *q, struct resp *r)
{
	char	state[16];
	int	year;

	if (page_st_year(q, r, &year, state))
		page_st_programme_render(q, r, year, state, q->id[1], NULL);
}

/* After a refused write: the page again with the message, or the error. */
static void
page_st_refused(struct req *q, struct resp *r, int year, const char *state,
    int64_t programme, const char *pfx, enum st_res res,
    const struct st_errs *e)
{
	struct page_st_post	post;

	memset(&post, 0, sizeof(post));
	post.status = page_st_status(res, &post.msg_key);
	if (post.msg_key == NULL) {
		r->status = post.status;
		return;
	}
	post.pfx = pfx;
	post.errs = res == STR_INVALID ? e : NULL;
	if (programme == 0)
		page_st_list_render(q, r, year, state, &post);
	else
		page_st_programme_render(q, r, year, state, programme, &post);
}

static void
page_st_done(struct resp *r, int year, int64_t programme, const char *frag)
{
	char	loc[160];

	if (programme == 0)
		snprintf(loc, sizeof(loc), "/begroting/%d/programmes?done=1",
		    year);
	else
		snprintf(loc, sizeof(loc),
		    "/begroting/%d/programmes/%lld?done=1%s", year,
		    (long long)programme, frag);
	resp_redirect(r, 303, loc);
}

/*
 * The one flow of every form on these pages: check, write, then 303 back
 * (the new indicator: to its page) or the page again with the refusal.
 */
static void
page_st_write(struct req *q, struct resp *r, int year, const char *state,
    enum st_kind k, int64_t id, int64_t parent, int parent_perf,
    int64_t programme, const char *pfx)
{
	struct st_form	 f;
	struct st_rec	 rec;
	struct st_errs	 e;
	struct db_who	 who;
	const struct st_field *fl;
	enum st_res	 res;
	int64_t		 new_id = 0;
	size_t		 i, n;
	char		 loc[128];

	memset(&f, 0, sizeof(f));
	fl = structure_fields(k, &n);
	for (i = 0; fl != NULL && i < n; i++)
		f.in[i] = req_form(q, fl[i].name);
	if (!structure_check(k, &f, &rec, &e)) {
		page_st_refused(q, r, year, state, programme, pfx, STR_INVALID,
		    &e);
		return;
	}
	auth_who(q, &who);
	res = db_structure_save(q->db, &who, k, id, parent, parent_perf, &rec,
	    &new_id, &e);
	if (res != STR_OK) {
		page_st_refused(q, r, year, state, programme, pfx, res, &e);
		return;
	}
	if (k == ST_INDICATOR && id == 0) {
		snprintf(loc, sizeof(loc), "/begroting/%d/indicators/%lld",
		    year, (long long)new_id);
		resp_redirect(r, 303, loc);
	} else
		page_st_done(r, year, k == ST_PROGRAMME && id == 0 ? new_id :
		    programme, "");
}

/*
 * POST /begroting/{year}/programmes: a new programme.  303 to it; 409 in
 * an adopted or closed year; 422 with the form again.  Raises 404, 500.
 */
void
page_st_programme_create(struct req *q, struct resp *r)
{
	char	state[16];
	int	year;

	if (page_st_year(q, r, &year, state))
		page_st_write(q, r, year, state, ST_PROGRAMME, 0, year, 0, 0,
		    "np");
}

/* The entity id[1] of kind k must be of the path's year: its programme. */
static int64_t
page_st_owner(struct req *q, struct resp *r, enum st_kind k, int year)
{
	struct st_more	m;
	int		f;
	int64_t		prog;

	if ((f = db_structure_more(q->db, k, q->id[1], &m)) != 1 ||
	    m.year != year) {
		db_structure_more_clear(&m);
		r->status = f < 0 ? 500 : 404;
		return 0;
	}
	prog = m.programme_id;
	db_structure_more_clear(&m);
	return prog;
}

/* POST /begroting/{year}/programmes/{id}.  303; 409; 422.  Raises 404. */
void
page_st_programme_save(struct req *q, struct resp *r)
{
	char	state[16];
	int	year;

	if (page_st_year(q, r, &year, state) &&
	    page_st_owner(q, r, ST_PROGRAMME, year) != 0)
		page_st_write(q, r, year, state, ST_PROGRAMME, q->id[1], 0, 0,
		    q->id[1], "p");
}

static void
page_st_remove(struct req *q, struct resp *r, enum st_kind k)
{
	struct db_who	 who;
	struct st_errs	 e;
	enum st_res	 res;
	char		 state[16];
	int		 year;
	int64_t		 prog;

	e.n = 0;
	if (!page_st_year(q, r, &year, state) ||
	    (prog = page_st_owner(q, r, k, year)) == 0)
		return;
	auth_who(q, &who);
	if ((res = db_structure_delete(q->db, &who, k, q->id[1])) == STR_OK)
		page_st_done(r, year, k == ST_PROGRAMME ? 0 : prog, "");
	else
		page_st_refused(q, r, year, state, prog, "", res, &e);
}

/* POST /begroting/{year}/programmes/{id}/delete.  303; 409.  Raises 404. */
void
page_st_programme_delete(struct req *q, struct resp *r)
{
	page_st_remove(q, r, ST_PROGRAMME);
}

/* POST /begroting/{year}/programmes/{id}/effects.  303; 409; 422. */
void
page_st_effect_create(struct req *q, struct resp *r)
{
	char	state[16];
	int	year;

	if (page_st_year(q, r, &year, state) &&
	    page_st_owner(q, r, ST_PROGRAMME, year) != 0)
		page_st_write(q, r, year, state, ST_EFFECT, 0, q->id[1], 0,
		    q->id[1], "ne");
}

/* POST /begroting/{year}/effects/{id}.  303; 409; 422.  Raises 404. */
void
page_st_effect_save(struct req *q, struct resp *r)
{
	char	state[16], pfx[24];
	int	year;
	int64_t	prog;

	if (!page_st_year(q, r, &year, state) ||
	    (prog = page_st_owner(q, r, ST_EFFECT, year)) == 0)
		return;
	snprintf(pfx, sizeof(pfx), "e%lld", (long long)q->id[1]);
	page_st_write(q, r, year, state, ST_EFFECT, q->id[1], 0, 0, prog, pfx);
}

/* POST /begroting/{year}/effects/{id}/delete.  303; 409.  Raises 404. */
void
page_st_effect_delete(struct req *q, struct resp *r)
{
	page_st_remove(q, r, ST_EFFECT);
}

/*
 * The parent chosen on a new performance or indicator form: an effect of
 * this programme ("12" or "e12") or, for an indicator, a performance
 * ("p34").  Returns 1 with *id and *perf, or 0.
 */
static int
page_st_parent(struct req *q, const char *name, int64_t programme,
    int allow_perf, int64_t *id, int *perf)
{
	const char	*s = req_form(q, name);
	struct st_more	 m;
	char		*end;
	long long	 v;
	int		 ok;

	*perf = 0;
	if (s == NULL)
		return 0;
	if (*s == 'p' && allow_perf) {
		*perf = 1;
		s++;
	} else if (*s == 'e')
		s++;
	if (*s < '1' || *s > '9')
		return 0;
	v = strtoll(s, &end, 10);
	if (*end != '\0' || v <= 0)
		return 0;
	*id = v;
	ok = db_structure_more(q->db, *perf ? ST_PERFORMANCE : ST_EFFECT,
	    *id, &m) == 1 && m.programme_id == programme;
	db_structure_more_clear(&m);
	return ok;
}

/*
 * A new performance or indicator below programme q->id[1]: the form field
 * `field` names its parent (an effect, or for an indicator "e12"/"p34");
 * pfx is the form's prefix for the page shown again on a refusal.
 */
static void
page_st_child_create(struct req *q, struct resp *r, enum st_kind kind,
    const char *field, int indicator, const char *pfx)
{
	struct st_errs	 e;
	char		 state[16];
	int		 year, perf;
	int64_t		 parent;

	e.n = 0;
	if (!page_st_year(q, r, &year, state) ||
	    page_st_owner(q, r, ST_PROGRAMME, year) == 0)
		return;
	if (!page_st_parent(q, field, q->id[1], indicator, &parent, &perf)) {
		structure_err(&e, field, "T_ST_ERR_PARENT");
		page_st_refused(q, r, year, state, q->id[1], pfx,
		    STR_INVALID, &e);
		return;
	}
	page_st_write(q, r, year, state, kind, 0, parent, indicator ? perf : 0,
	    q->id[1], pfx);
}

/* POST /begroting/{year}/programmes/{id}/performances (effect_id). */
void
page_st_performance_create(struct req *q, struct resp *r)
{
	page_st_child_create(q, r, ST_PERFORMANCE, "effect_id", 0, "nf");
}

/* POST /begroting/{year}/performances/{id}.  303; 409; 422. */
void
page_st_performance_save(struct req *q, struct resp *r)
{
	char	state[16], pfx[24];
	int	year;
	int64_t	prog;

	if (!page_st_year(q, r, &year, state) ||
	    (prog = page_st_owner(q, r, ST_PERFORMANCE, year)) == 0)
		return;
	snprintf(pfx, sizeof(pfx), "f%lld", (long long)q->id[1]);
	page_st_write(q, r, year, state, ST_PERFORMANCE, q->id[1], 0, 0, prog,
	    pfx);
}

/* POST /begroting/{year}/performances/{id}/delete.  303; 409. */
void
page_st_performance_delete(struct req *q, struct resp *r)
{
	page_st_remove(q, r, ST_PERFORMANCE);
}

/*
 * POST /begroting/{year}/programmes/{id}/indicators (parent "e12" or
 * "p34"): a new indicator; 303 to its page for units and targets.
 */
void
page_st_indicator_create(struct req *q, struct resp *r)
{
	page_st_child_create(q, r, ST_INDICATOR, "parent", 1, "ni");
}

/*
 * POST /begroting/{year}/programmes/renumber: the programmes numbered
 * 1..n in their present order.  303; 409.  Raises 404, 500.
 */
void
page_st_programmes_renumber(struct req *q, struct resp *r)
{
	struct db_who	 who;
	struct st_errs	 e;
	enum st_res	 res;
	char		 state[16];
	int		 year;

	e.n = 0;
	if (!page_st_year(q, r, &year, state))
		return;
	auth_who(q, &who);
	if ((res = db_structure_renumber(q->db, &who, ST_PROGRAMME,
	    year)) == STR_OK)
		page_st_done(r, year, 0, "");
	else
		page_st_refused(q, r, year, state, 0, "", res, &e);
}

/*
 * POST /begroting/{year}/programmes/{id}/renumber: its effects and the
 * performances of each numbered 1..n in their present order.  303; 409.
 */
void
page_st_programme_renumber(struct req *q, struct resp *r)
{
	struct db_who	 who;
	struct st_errs	 e;
	enum st_res	 res;
	char		 state[16];
	int		 year;

	e.n = 0;
	if (!page_st_year(q, r, &year, state) ||
	    page_st_owner(q, r, ST_PROGRAMME, year) == 0)
		return;
	auth_who(q, &who);
	if ((res = db_structure_renumber(q->db, &who, ST_EFFECT,
	    q->id[1])) == STR_OK)
		page_st_done(r, year, q->id[1], "");
	else
		page_st_refused(q, r, year, state, q->id[1], "", res, &e);
}
