/*
 * page_structure_form.c: the generic form, the error summary and the year
 * of the structure pages (page_structure.h).
 */
#include <stdio.h>
#include <string.h>

#include "db_indicator.h"
#include "db_structure.h"
#include "i18n.h"
#include "num.h"
#include "page.h"
#include "page_structure.h"
#include "tmpl.h"
#include "uom.h"

int
page_st_year(struct req *q, struct resp *r, int *year, char state[16])
{
	if (q->id[0] < 2000 || q->id[0] > 2100 ||
	    !db_structure_year_state(q->db, (int)q->id[0], state)) {
		r->status = 404;
		return 0;
	}
	*year = (int)q->id[0];
	return 1;
}

void
page_st_posted(const struct req *q, struct page_st_view *v)
{
	const struct st_field	*f;
	const char		*s;
	size_t			 i, n;

	f = structure_fields(v->kind, &n);
	for (i = 0; f != NULL && i < n; i++)
		v->vals[i] = (s = req_form(q, f[i].name)) != NULL ? s : "";
	if (v->parent_name != NULL)
		v->parent_sel = req_form(q, v->parent_name);
}

static const char *
page_st_int(struct page_st_view *v, size_t i, int64_t n)
{
	snprintf(v->nbuf[i], sizeof(v->nbuf[i]), "%lld", (long long)n);
	return v->nbuf[i];
}

void
page_st_vals_programme(struct page_st_view *v, const struct programme *p,
    const struct st_more *m)
{
	v->vals[SP_NUMBER] = page_st_int(v, SP_NUMBER, p->number);
	v->vals[SP_NAME] = p->name;
	v->vals[SP_PORTFOLIO] = p->portfolio_holder;
	v->vals[SP_DIRECTIE] = page_st_int(v, SP_DIRECTIE, p->directie_id);
	v->vals[SP_W1] = p->ambition;
	v->vals[SP_W2] = m != NULL && m->w2 != NULL ? m->w2 : "";
	v->vals[SP_W3] = m != NULL && m->w3 != NULL ? m->w3 : "";
}

void
page_st_vals_effect(struct page_st_view *v, const struct effect *e)
{
	v->vals[SE_NUMBER] = page_st_int(v, SE_NUMBER, e->number);
	v->vals[SE_NAME] = e->name;
	v->vals[SE_DESCRIPTION] = e->description;
}

void
page_st_vals_performance(struct page_st_view *v, const struct performance *f)
{
	v->vals[SF_NUMBER] = page_st_int(v, SF_NUMBER, f->number);
	v->vals[SF_NAME] = f->name;
	v->vals[SF_DESCRIPTION] = f->description;
	v->vals[SF_OWNER] = page_st_int(v, SF_OWNER, f->org_unit_id);
}

void
page_st_vals_indicator(struct page_st_view *v, const struct req *q,
    const struct indicator *i, const struct st_more *m)
{
	v->vals[SI_CODE] = i->code;
	v->vals[SI_NAME] = i->name;
	v->vals[SI_DEFINITION] = m->definition != NULL ? m->definition : "";
	v->vals[SI_UNIT] = i->unit;
	v->vals[SI_DIRECTION] = i->direction == DIR_DOWN ? "down" : "up";
	v->vals[SI_AGGREGATION] = db_aggregation_name(i->aggregation);
	v->vals[SI_WEIGHT] = i->weight_name != NULL ? i->weight_name : "";
	v->vals[SI_CUMULATIVE] = i->cumulative ? "1" : "";
	v->vals[SI_FREQUENCY] = m->yearly ? "year" : "quarter";
	v->vals[SI_DECIMALS] = page_st_int(v, SI_DECIMALS, i->decimals);
	num_format_plain(v->nbuf[SI_TOLERANCE], sizeof(v->nbuf[SI_TOLERANCE]),
	    i->tolerance_bp, 2, q->lang == LANG_EN);
	v->vals[SI_TOLERANCE] = v->nbuf[SI_TOLERANCE];
	v->vals[SI_SOURCE] = i->source != NULL ? i->source : "";
	v->vals[SI_POLICY] = i->is_policy ? "1" : "";
}

/* The catalogue key of a choice's text. */
static const char *
page_st_choice_key(const char *field, const char *choice)
{
	static const struct {
		const char	*field, *choice, *key;
	} keys[] = {
		{ "direction", "up", "T_ST_DIRECTION_UP" },
		{ "direction", "down", "T_ST_DIRECTION_DOWN" },
		{ "aggregation", "sum", "T_ST_AGG_SUM" },
		{ "aggregation", "mean", "T_ST_AGG_MEAN" },
		{ "aggregation", "last", "T_ST_AGG_LAST" },
		{ "aggregation", "ratio", "T_ST_AGG_RATIO" },
		{ "frequency", "quarter", "T_ST_FREQ_QUARTER" },
		{ "frequency", "year", "T_ST_FREQ_YEAR" },
	};
	size_t	i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (strcmp(keys[i].field, field) == 0 &&
		    strcmp(keys[i].choice, choice) == 0)
			return keys[i].key;
	return NULL;
}

static void
page_st_option(struct tmpl *s, const char *value, const char *text,
    const char *sel)
{
	struct tmpl	*o;

	if ((o = tmpl_section(s, "OPTION")) == NULL)
		return;
	tmpl_set(o, "VALUE", value);
	tmpl_set(o, "TEXT", text);
	if (sel != NULL && strcmp(sel, value) == 0)
		tmpl_show(o, "SELECTED");
}

/* The options of an org unit select: directies only, or every unit. */
static void
page_st_units(struct tmpl *s, const struct org_list *ol, int directies,
    const char *sel)
{
	char	val[24], text[300];
	size_t	i;
	int	d;

	page_st_option(s, "", "", sel);
	for (i = 0; ol != NULL && i < ol->n; i++) {
		if (directies && ol->v[i].kind != ORG_DIRECTIE)
			continue;
		snprintf(val, sizeof(val), "%lld", (long long)ol->v[i].id);
		text[0] = '\0';
		for (d = 0; !directies && d < ol->v[i].depth && d < 8; d++)
			strcat(text, "\xc2\xa0\xc2\xa0");
		snprintf(text + strlen(text), sizeof(text) - strlen(text),
		    "%s (%s)", ol->v[i].name, ol->v[i].code);
		page_st_option(s, val, text, sel);
	}
}

/* The message of field name in errs, or NULL. */
static const char *
page_st_err_of(const struct st_errs *e, const char *name)
{
	size_t	i;

	for (i = 0; e != NULL && i < e->n; i++)
		if (strcmp(e->v[i].field, name) == 0)
			return e->v[i].key;
	return NULL;
}

static void
page_st_err(struct req *q, struct tmpl *s, const char *key)
{
	struct tmpl	*e;

	if (key == NULL)
		return;
	tmpl_show(s, "BAD");
	if ((e = tmpl_section(s, "ERR")) != NULL)
		tmpl_set(e, "MSG", i18n(q->lang, key));
}

void
page_st_form(struct req *q, struct tmpl *t, const char *section,
    const struct page_st_view *v, const struct org_list *ol)
{
	const struct st_field	*f;
	struct tmpl		*s, *fs, *k;
	char			 fid[96];
	size_t			 i, n, u;

	if ((s = tmpl_section(t, section)) == NULL ||
	    (s = tmpl_include(s, "FORM", "st_form.tpl", (int)q->lang)) == NULL)
		return;
	tmpl_set(s, "CSRF", q->csrf != NULL ? q->csrf : "");
	tmpl_set(s, "ACTION", v->action);
	snprintf(fid, sizeof(fid), "h-%s", v->pfx);
	tmpl_set(s, "HEADING", fid);
	tmpl_set(s, "SUBMIT", i18n(q->lang, v->submit_key));
	if (v->parent_name != NULL && (fs = tmpl_section(s, "PARENT")) != NULL) {
		snprintf(fid, sizeof(fid), "%s-%s", v->pfx, v->parent_name);
		tmpl_set(fs, "FID", fid);
		tmpl_set(fs, "NAME", v->parent_name);
		tmpl_set(fs, "LABEL", i18n(q->lang, v->parent_label));
		for (i = 0; i < v->parentn; i++)
			page_st_option(fs, v->parents[i].value,
			    v->parents[i].text, v->parent_sel);
		page_st_err(q, fs, page_st_err_of(v->errs, v->parent_name));
	}
	f = structure_fields(v->kind, &n);
	for (i = 0; f != NULL && i < n; i++) {
		const char *val = v->vals[i] != NULL ? v->vals[i] : "";

		if ((fs = tmpl_section(s, "FIELD")) == NULL)
			return;
		snprintf(fid, sizeof(fid), "%s-%s", v->pfx, f[i].name);
		tmpl_set(fs, "FID", fid);
		tmpl_set(fs, "NAME", f[i].name);
		tmpl_set(fs, "LABEL", i18n(q->lang, f[i].label));
		page_st_err(q, fs, page_st_err_of(v->errs, f[i].name));
		if (f[i].type == STT_BOOL) {
			if ((k = tmpl_section(fs, "CHECK")) != NULL &&
			    val[0] != '\0' && strcmp(val, "0") != 0)
				tmpl_show(k, "CHECKED");
			continue;
		}
		if ((k = tmpl_section(fs, "NOCHECK")) != NULL && f[i].required)
			tmpl_show(k, "REQ");
		switch (f[i].type) {
		case STT_LINES:
			if ((k = tmpl_section(fs, "AREA")) != NULL)
				tmpl_set(k, "VALUE", val);
			break;
		case STT_ID:
			if ((k = tmpl_section(fs, "SELECT")) != NULL)
				page_st_units(k, ol, v->kind == ST_PROGRAMME,
				    val);
			break;
		case STT_UOM:
			if ((k = tmpl_section(fs, "SELECT")) == NULL)
				break;
			page_st_option(k, "", "", val);
			for (u = 0; u < uom_table_len; u++)
				page_st_option(k, uom_table[u].code,
				    uom_table[u].name[q->lang == LANG_EN],
				    val);
			break;
		case STT_CHOICE:
			if ((k = tmpl_section(fs, "SELECT")) == NULL)
				break;
			for (u = 0; f[i].choices[u] != NULL; u++)
				page_st_option(k, f[i].choices[u],
				    i18n(q->lang, page_st_choice_key(
				    f[i].name, f[i].choices[u])), val);
			break;
		default:
			if ((k = tmpl_section(fs, "LINE")) != NULL) {
				tmpl_set(k, "VALUE", val);
				tmpl_set_int(k, "MAX", f[i].max > 0 ?
				    (long long)f[i].max : 40);
			}
			break;
		}
	}
}

void
page_st_problem(struct req *q, struct tmpl *t, enum st_kind k,
    const char *pfx, const struct st_errs *e)
{
	struct tmpl	*s, *l;
	char		 href[96];
	const struct st_field *f;
	size_t		 i, n;
	int		 ix;

	if (e == NULL || e->n == 0 || (s = tmpl_section(t, "PROBLEM")) == NULL)
		return;
	tmpl_set(s, "MESSAGE", i18n(q->lang, "T_ST_ERR_INVALID"));
	if ((s = tmpl_section(s, "HAS_LINKS")) == NULL)
		return;
	f = structure_fields(k, &n);
	for (i = 0; i < e->n; i++) {
		if ((l = tmpl_section(s, "ERRLINK")) == NULL)
			return;
		snprintf(href, sizeof(href), "#%s-%s", pfx, e->v[i].field);
		tmpl_set(l, "HREF", href);
		ix = structure_field_index(k, e->v[i].field);
		tmpl_set(l, "LABEL", ix >= 0 && f != NULL ?
		    i18n(q->lang, f[ix].label) :
		    strcmp(e->v[i].field, "org_unit_id") == 0 ?
		    i18n(q->lang, "T_ST_UNIT_REPORTING") :
		    strcmp(e->v[i].field, "effect_id") == 0 ?
		    i18n(q->lang, "T_ST_PARENT_EFFECT") :
		    i18n(q->lang, "T_ST_PARENT"));
		tmpl_set(l, "MSG", i18n(q->lang, e->v[i].key));
	}
}

void
page_st_message(struct req *q, struct tmpl *t, const char *key)
{
	struct tmpl	*s;

	if ((s = tmpl_section(t, "PROBLEM")) != NULL)
		tmpl_set(s, "MESSAGE", i18n(q->lang, key));
}

int
page_st_status(enum st_res res, const char **key)
{
	switch (res) {
	case STR_INVALID:
		*key = "T_ST_ERR_INVALID";
		return 422;
	case STR_LOCKED:
		*key = "T_ST_ERR_LOCKED";
		return 409;
	case STR_IN_USE:
		*key = "T_ST_ERR_IN_USE";
		return 409;
	case STR_NOTFOUND:
		*key = NULL;
		return 404;
	case STR_STORAGE:
		*key = "T_ERR_STORAGE";
		return 507;
	default:
		*key = NULL;
		return 500;
	}
}
