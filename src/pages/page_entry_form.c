/*
 * page_entry_form.c: renders the entry form (templates/entry.tpl) of one
 * unit and period: the stored figures and costs, what the user typed with
 * a message next to each field in error, the other person's values on a
 * conflict, and the workflow buttons the user may press.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "entry_store.h"
#include "i18n.h"
#include "num.h"
#include "page.h"
#include "page_uom.h"
#include "page_entry.h"
#include "router.h"
#include "tmpl.h"
#include "user.h"
#include "utf8.h"

static void
page_entry_num(char *buf, size_t sz, const struct req *q, int has,
    int64_t v, int decimals, int plain)
{
	buf[0] = '\0';
	if (!has)
		return;
	if (plain)
		num_format_plain(buf, sz, v, decimals, q->lang == LANG_EN);
	else
		num_format(buf, sz, v, decimals, q->lang == LANG_EN);
}

/* One FIELD of a FIG or COST section. */
static void
page_entry_field(struct tmpl *sec, const struct req *q, const char *pfx,
    const char *fname, const char *label_key, const char *hint,
    const char *value, const char *ro_value, const char *theirs,
    int textarea, int editable, const struct entry_msgs *m, size_t *bad)
{
	struct tmpl	*f, *e, *u;
	char		 desc[256];
	size_t		 i;
	int		 nbad = 0;

	if ((f = tmpl_section(sec, "FIELD")) == NULL)
		return;
	tmpl_set(f, "FNAME", fname);
	tmpl_set(f, "LABEL", i18n(q->lang, label_key));
	tmpl_set(f, "HINT", hint);
	utf8_snprintf(desc, sizeof(desc), "%s_%s_hint", pfx, fname);
	for (i = 0; m != NULL && i < m->n; i++) {
		if (strcmp(m->v[i].field, fname) != 0)
			continue;
		if ((e = tmpl_section(f, "ERR")) == NULL)
			continue;
		tmpl_set(e, "MSG", i18n(q->lang, m->v[i].key));
		if (m->v[i].understood[0] != '\0' &&
		    (u = tmpl_section(e, "UNDERSTOOD")) != NULL)
			tmpl_set(u, "TEXT", m->v[i].understood);
		if (m->v[i].limit[0] != '\0' &&
		    (u = tmpl_section(e, "LIMIT")) != NULL)
			tmpl_set(u, "TEXT", m->v[i].limit);
		nbad++;
	}
	if (nbad > 0) {
		tmpl_show(f, "BAD");
		utf8_snprintf(desc + strlen(desc), sizeof(desc) - strlen(desc),
		    " %s_%s_err", pfx, fname);
		(*bad)++;
	}
	if (theirs != NULL && (u = tmpl_section(f, "THEIRS")) != NULL) {
		tmpl_set(u, "TEXT", theirs[0] != '\0' ? theirs : "\xe2\x80\x94");
		utf8_snprintf(desc + strlen(desc), sizeof(desc) - strlen(desc),
		    " %s_%s_theirs", pfx, fname);
	}
	tmpl_set(f, "INVALID", nbad > 0 ? "true" : "false");
	tmpl_set(f, "DESCRIBEDBY", desc);
	if (!editable) {
		if ((u = tmpl_section(f, "RO")) != NULL)
			tmpl_set(u, "VALUE", ro_value[0] != '\0' ? ro_value :
			    "\xe2\x80\x94");
		return;
	}
	if ((u = tmpl_section(f, textarea ? "TEXTAREA" : "NUMBER")) != NULL)
		tmpl_set(u, "VALUE", value);
}

/* The figure lines. */
static void
page_entry_figs(struct tmpl *t, const struct req *q,
    const struct entry_form *f, const struct page_entry_view *v,
    int editable, size_t *bad)
{
	static const char *const num_labels[FIG__NUMS] = {
		"T_REALISED", "T_ENTRY_FORECAST_YEAR", "T_ENTRY_NUMERATOR",
		"T_ENTRY_DENOMINATOR", "T_ENTRY_WEIGHT"
	};
	const struct form_figure *ff;
	const struct figure_vals *th;
	const struct entry_msgs	*m;
	struct entry_figure	 chk;
	struct entry_rule	 rule;
	struct entry_text	 st;
	struct entry_text	 typed_text;
	const char		*typed[FIG__NUMS], *text[2];
	struct tmpl		*s, *u;
	char			 pfx[32], shown[FIG__NUMS][40], ro[FIG__NUMS][48],
				 their[FIG__NUMS][40], buf[48], hint[320], dec[96],
				 sbuf[FIG__NUMS][40];
	int64_t			 sv[FIG__NUMS], x;
	int			 hs[FIG__NUMS], k, dk, has, ratio, weighted,
				 conflict;
	size_t			 i;

	for (i = 0; i < f->fign; i++) {
		ff = &f->figs[i];
		if ((s = tmpl_section(t, "FIG")) == NULL)
			return;
		utf8_snprintf(pfx, sizeof(pfx), "f%lld", (long long)ff->ind.id);
		tmpl_set(s, "PFX", pfx);
		tmpl_set_int(s, "IND_ID", ff->ind.id);
		tmpl_set(s, "CODE", ff->ind.code);
		tmpl_set(s, "NAME", ff->ind.name);
		page_uom_name(s, "UNIT", q, ff->ind.unit);
		tmpl_set_int(s, "DECIMALS", ff->ind.decimals);
		tmpl_set(s, "DIRECTION", ff->ind.direction == DIR_UP ? "up" :
		    "down");
		tmpl_set_int(s, "TOLERANCE", ff->ind.tolerance_bp);
		ratio = ff->ind.aggregation == AGG_RATIO;
		weighted = ff->ind.aggregation == AGG_MEAN &&
		    ff->ind.weight_name[0] != '\0';
		tmpl_set(s, "KIND", ff->ind.cumulative ? "cumulative" :
		    ratio ? "ratio" : "plain");
		page_entry_num(buf, sizeof(buf), q, ff->has_target, ff->target,
		    ff->ind.decimals, 0);
		tmpl_set(s, "TARGET", ff->has_target ? buf : "\xe2\x80\x94");
		num_format_plain(buf, sizeof(buf), ff->target, ff->ind.decimals, 1);
		tmpl_set(s, "TARGET_PLAIN", ff->has_target ? buf : "");
		page_entry_num(buf, sizeof(buf), q, ff->has_year_target,
		    ff->year_target, ff->ind.decimals, 0);
		tmpl_set(s, "YEAR_TARGET", ff->has_year_target ? buf :
		    "\xe2\x80\x94");
		page_entry_num(buf, sizeof(buf), q, ff->has_last &&
		    ff->last.has_value, ff->last.value, ff->ind.decimals, 0);
		tmpl_set(s, "LAST_VALUE", buf[0] ? buf : "\xe2\x80\x94");
		if (ff->has_last && ff->last.explanation[0] != '\0' &&
		    (u = tmpl_section(s, "LAST_EXPLANATION")) != NULL)
			tmpl_set(u, "TEXT", ff->last.explanation);
		conflict = v->o != NULL && v->o->fig_conflict[i] &&
		    v->theirs != NULL && i < v->theirs->fign;
		th = conflict ? &v->theirs->figs[i].cur : NULL;
		if (editable && (u = tmpl_section(s, "VERSION")) != NULL)
			tmpl_set_int(u, "V", th != NULL ? th->version :
			    v->fi != NULL && v->fi[i].present ?
			    v->fi[i].version : ff->cur.version);
		/* Stored numbers. */
		for (k = 0; k < FIG__NUMS; k++) {
			hs[k] = db_figure_num(&ff->cur, (enum fig_num)k, &sv[k]);
			dk = entry_num_decimals((enum fig_num)k,
			    ff->ind.decimals);
			page_entry_num(shown[k], sizeof(shown[k]), q, hs[k],
			    sv[k], dk, 1);
			page_entry_num(ro[k], sizeof(ro[k]), q, hs[k], sv[k],
			    dk, 0);
			if (th == NULL)
				continue;
			has = db_figure_num(th, (enum fig_num)k, &x);
			page_entry_num(their[k], sizeof(their[k]), q, has, x,
			    dk, 1);
		}
		if (v->fi != NULL && v->fi[i].present) {
			typed_text = v->fi[i].text;
			for (k = 0; k < FIG__NUMS; k++)
				typed[k] = *entry_text_num(&typed_text,
				    (enum fig_num)k);
			text[0] = v->fi[i].text.explanation;
			text[1] = v->fi[i].text.measure;
		} else {
			for (k = 0; k < FIG__NUMS; k++)
				typed[k] = shown[k];
			text[0] = ff->cur.explanation;
			text[1] = ff->cur.measure;
		}
		/* Status: of what is shown (typed after a refusal). */
		m = v->o != NULL && v->o->figs != NULL ? &v->o->figs[i].msgs :
		    NULL;
		entry_store_rule(f, i, &rule);
		if (v->fi != NULL && v->fi[i].present)
			st = v->fi[i].text;
		else
			entry_store_fig_text(&ff->cur, ff->ind.decimals, sbuf, &st);
		(void)entry_check_figure(&rule, &st, ENTRY_DRAFT, &chk);
		page_status(s, q, chk.status);
		if (ff->ind.cumulative && chk.has_judged &&
		    (u = tmpl_section(s, "JUDGED")) != NULL) {
			num_format(buf, sizeof(buf), chk.judged,
			    ff->ind.decimals, q->lang == LANG_EN);
			tmpl_set(u, "TEXT", buf);
		}
		for (k = 0; k < FIG__NUMS; k++) {
			if ((k == FIG_VALUE && ratio) || ((k == FIG_NUMERATOR ||
			    k == FIG_DENOMINATOR) && !ratio) ||
			    (k == FIG_WEIGHT && !weighted))
				continue;
			dk = entry_num_decimals((enum fig_num)k,
			    ff->ind.decimals);
			if (k == FIG_WEIGHT)	/* which: "inwoners", "klanten" */
				utf8_snprintf(hint, sizeof(hint), "%s: %s. %s",
				    i18n(q->lang, "T_ENTRY_WEIGHT"),
				    ff->ind.weight_name,
				    i18n(q->lang, "T_ENTRY_HINT_WHOLE"));
			else {
				if (dk == 0)
					utf8_snprintf(dec, sizeof(dec), "%s",
					    i18n(q->lang, "T_ENTRY_HINT_WHOLE"));
				else
					utf8_snprintf(dec, sizeof(dec), "%s %d",
					    i18n(q->lang,
					    "T_ENTRY_HINT_DECIMALS"), dk);
				if (k == FIG_FORECAST)
					utf8_snprintf(hint, sizeof(hint), "%s",
					    dec);
				else	/* what a quarter's figure means */
					utf8_snprintf(hint, sizeof(hint),
					    "%s%s%s %s", i18n(q->lang,
					    ff->ind.aggregation == AGG_LAST ?
					    "T_ENTRY_MEANS_STOCK" :
					    "T_ENTRY_MEANS_QUARTER"),
					    ff->ind.cumulative ? " " : "",
					    ff->ind.cumulative ? i18n(q->lang,
					    "T_ENTRY_MEANS_CUMULATIVE") : "",
					    dec);
			}
			page_entry_field(s, q, pfx, fig_num_names[k], num_labels[k],
			    hint, typed[k] ? typed[k] : "", ro[k],
			    th != NULL ? their[k] : NULL, 0, editable, m, bad);
		}
		if (ratio && !editable)
			page_entry_field(s, q, pfx, "value", "T_REALISED", "",
			    "", ro[0], NULL, 0, 0, NULL, bad);
		page_entry_field(s, q, pfx, "explanation", "T_EXPLANATION",
		    i18n(q->lang, "T_ENTRY_HINT_EXPLANATION"),
		    text[0] ? text[0] : "", ff->cur.explanation,
		    th != NULL ? th->explanation : NULL, 1, editable, m, bad);
		page_entry_field(s, q, pfx, "measure", "T_MEASURE",
		    i18n(q->lang, "T_ENTRY_HINT_MEASURE"),
		    text[1] ? text[1] : "", ff->cur.measure,
		    th != NULL ? th->measure : NULL, 1, editable, m, bad);
	}
}

/* The cost lines. */
static void
page_entry_costs(struct tmpl *t, const struct req *q,
    const struct entry_form *f, const struct page_entry_view *v,
    int editable, size_t *bad)
{
	const struct form_cost	*fc;
	const struct cost_vals	*th;
	const struct entry_msgs	*m;
	struct cost_status	 cs;
	struct tmpl		*s, *u;
	char			 pfx[32], a[48], b[48], ra[48], rb[48], ta[48],
				 tb[48], buf[96], pct[32];
	const char		*ty[4];
	int			 conflict;
	size_t			 i;

	for (i = 0; i < f->costn; i++) {
		fc = &f->costs[i];
		if ((s = tmpl_section(t, "COST")) == NULL)
			return;
		utf8_snprintf(pfx, sizeof(pfx), "c%lld",
		    (long long)fc->performance_id);
		tmpl_set(s, "PFX", pfx);
		tmpl_set(s, "NAME", fc->name);
		page_set_money(s, "BUDGET", q, fc->cur.budget_cents);
		page_set_money(s, "YEAR_BUDGET", q, fc->year_budget_cents);
		if (fc->has_last && fc->last.has_realised)
			page_set_money(s, "LAST_VALUE", q, fc->last.realised_cents);
		else
			tmpl_set(s, "LAST_VALUE", "\xe2\x80\x94");
		if (fc->cur.has_realised) {
			cs = status_cost(fc->cur.budget_cents,
			    fc->cur.realised_cents, f->threshold_bp,
			    f->threshold_cents);
			num_format_money(buf, sizeof(buf), cs.deviation_cents, 0,
			    q->lang == LANG_EN);
			if (cs.has_bp) {
				num_format_bp(pct, sizeof(pct), cs.deviation_bp,
				    q->lang == LANG_EN);
				utf8_snprintf(buf + strlen(buf), sizeof(buf) -
				    strlen(buf), " (%s)", pct);
			}
			if ((u = tmpl_section(s, "DEVIATION")) != NULL) {
				tmpl_set(u, "TEXT", buf);
				if (cs.needs_explanation)
					tmpl_show(u, "NEEDS");
			}
		}
		conflict = v->o != NULL && v->o->cost_conflict[i] &&
		    v->theirs != NULL && i < v->theirs->costn;
		th = conflict ? &v->theirs->costs[i].cur : NULL;
		if (editable && (u = tmpl_section(s, "VERSION")) != NULL)
			tmpl_set_int(u, "V", th != NULL ? th->version :
			    v->ci != NULL && v->ci[i].present ?
			    v->ci[i].version : fc->cur.version);
		a[0] = b[0] = ra[0] = rb[0] = ta[0] = tb[0] = '\0';
		if (fc->cur.has_realised) {
			num_format_plain(a, sizeof(a), fc->cur.realised_cents, 2,
			    q->lang == LANG_EN);
			num_format_money(ra, sizeof(ra), fc->cur.realised_cents,
			    1, q->lang == LANG_EN);
		}
		if (fc->cur.has_forecast) {
			num_format_plain(b, sizeof(b), fc->cur.forecast_cents, 2,
			    q->lang == LANG_EN);
			num_format_money(rb, sizeof(rb), fc->cur.forecast_cents,
			    1, q->lang == LANG_EN);
		}
		if (th != NULL && th->has_realised)
			num_format_plain(ta, sizeof(ta), th->realised_cents, 2,
			    q->lang == LANG_EN);
		if (th != NULL && th->has_forecast)
			num_format_plain(tb, sizeof(tb), th->forecast_cents, 2,
			    q->lang == LANG_EN);
		if (v->ci != NULL && v->ci[i].present) {
			ty[0] = v->ci[i].text.realised;
			ty[1] = v->ci[i].text.forecast;
			ty[2] = v->ci[i].text.explanation;
			ty[3] = v->ci[i].text.measure;
		} else {
			ty[0] = a;
			ty[1] = b;
			ty[2] = fc->cur.explanation;
			ty[3] = fc->cur.measure;
		}
		m = v->o != NULL && v->o->costs != NULL ? &v->o->costs[i].msgs :
		    NULL;
		page_entry_field(s, q, pfx, "realised", "T_ENTRY_REALISED_COST",
		    i18n(q->lang, "T_ENTRY_HINT_MONEY"), ty[0] ? ty[0] : "", ra,
		    th != NULL ? ta : NULL, 0, editable, m, bad);
		page_entry_field(s, q, pfx, "cost_forecast",
		    "T_ENTRY_COST_FORECAST", i18n(q->lang, "T_ENTRY_HINT_MONEY"),
		    ty[1] ? ty[1] : "", rb, th != NULL ? tb : NULL, 0, editable,
		    m, bad);
		page_entry_field(s, q, pfx, "cost_explanation", "T_EXPLANATION",
		    i18n(q->lang, "T_ENTRY_HINT_COST_EXPLANATION"),
		    ty[2] ? ty[2] : "", fc->cur.explanation,
		    th != NULL ? th->explanation : NULL, 1, editable, m, bad);
		page_entry_field(s, q, pfx, "cost_measure", "T_MEASURE",
		    i18n(q->lang, "T_ENTRY_HINT_MEASURE"), ty[3] ? ty[3] : "",
		    fc->cur.measure, th != NULL ? th->measure : NULL, 1,
		    editable, m, bad);
	}
}

/*
 * COMMENT (what was typed), INVALID, DESCRIBEDBY and COMMENT_ERR of the
 * decision or reopen form whose textarea has id `id`.
 */
static void
page_entry_comment(struct tmpl *s, const struct req *q, const char *id,
    const char *typed, const char *err)
{
	struct tmpl	*e;
	char		 by[64];

	tmpl_set(s, "COMMENT", typed != NULL ? typed : "");
	tmpl_set(s, "INVALID", err != NULL ? "true" : "false");
	utf8_snprintf(by, sizeof(by),
	    err != NULL ? "%s_hint %s_err" : "%s_hint",
	    id, id);
	tmpl_set(s, "DESCRIBEDBY", by);
	if (err != NULL && (e = tmpl_section(s, "COMMENT_ERR")) != NULL)
		tmpl_set(e, "MSG", i18n(q->lang, err));
}

/* Render the form of f with what v adds, answering status. */
void
page_entry_form_render(struct req *q, struct resp *r,
    const struct entry_form *f, const struct page_entry_view *v, int status)
{
	struct tmpl	*t, *s;
	struct wf_ctx	 c;
	enum wf_err	 wf = WF_OK;
	unsigned	 roles = auth_roles_in(q, f->org_unit_id);
	size_t		 bad = 0;
	int		 editable;
	char		 title[256];

	memset(&c, 0, sizeof(c));
	c.period = f->period.state;
	c.state = f->sub.state;
	c.reopened = f->sub.reopened;
	c.roles = roles;
	c.actor = q->user != NULL ? q->user->id : 0;
	c.submitter = f->sub.updated_by_id;
	editable = (roles & ROLE_MANAGER) && workflow_editable(&c);
	if ((t = page_new(q)) == NULL) {
		r->status = 500;
		return;
	}
	/* How each status looks, for entry.js to copy while a figure is typed. */
	page_status_looks(t, "STATUS_LOOK", q);
	tmpl_set_int(t, "UNIT_ID", f->org_unit_id);
	tmpl_set(t, "UNIT_NAME", f->unit_name);
	tmpl_set(t, "PERIOD", f->period.name);
	page_set_when(t, "DEADLINE", q, f->period.deadline);
	tmpl_set(t, "PERIOD_STATE", i18n(q->lang, f->period.state ==
	    PERIOD_OPEN ? "T_PERIOD_OPEN" : f->period.state == PERIOD_CLOSED ?
	    "T_PERIOD_CLOSED" : "T_PERIOD_PLANNED"));
	page_entry_state(t, q, f->sub.state);
	if (f->sub.comment[0] != '\0' && (f->sub.state == SUB_RETURNED ||
	    f->sub.state == SUB_DRAFT) &&
	    (s = tmpl_section(t, "RETURNED")) != NULL)
		tmpl_set(s, "COMMENT", f->sub.comment);
	if (v->notice != NULL && (s = tmpl_section(t, "NOTICE")) != NULL)
		tmpl_set(s, "MESSAGE", i18n(q->lang, v->notice));
	if (editable)
		tmpl_show(t, "EDITABLE");
	if (f->fign > 0)
		tmpl_show(t, "HAS_FIGS");
	if (f->costn > 0)
		tmpl_show(t, "HAS_COSTS");
	if (f->fign == 0 && f->costn == 0)
		tmpl_show(t, "NO_LINES");
	page_entry_figs(t, q, f, v, editable, &bad);
	page_entry_costs(t, q, f, v, editable, &bad);
	c.roles = roles & (ROLE_DIRECTOR | ROLE_CMT);
	if (c.roles != 0 && (wf = workflow_check(&c, WF_APPROVE, NULL, NULL)) ==
	    WF_OK) {
		if ((s = tmpl_section(t, "DECIDE")) != NULL)
			page_entry_comment(s, q, "decision_comment",
			    v->decision_comment, v->decision_comment != NULL ?
			    v->comment_err : NULL);
	} else if (c.roles != 0 && wf == WF_OWN_SUBMISSION &&
	    (s = tmpl_section(t, "OWN_SUBMISSION")) != NULL)
		tmpl_set(s, "MESSAGE", i18n(q->lang, "T_WF_OWN_SUBMISSION"));
	c.roles = roles & ROLE_ADMINISTRATOR;
	if (c.roles != 0 && workflow_check(&c, WF_REOPEN, "x", NULL) == WF_OK &&
	    (s = tmpl_section(t, "REOPEN")) != NULL)
		page_entry_comment(s, q, "reopen_reason", v->reopen_reason,
		    v->reopen_reason != NULL ? v->comment_err : NULL);
	if (v->problem != NULL && (s = tmpl_section(t, "PROBLEM")) != NULL) {
		tmpl_set(s, "PROBLEM_TITLE", i18n(q->lang, v->problem_title ?
		    v->problem_title : "T_ENTRY_NOT_SAVED"));
		tmpl_set(s, "MESSAGE", i18n(q->lang, v->problem));
		if (bad > 0 && (s = tmpl_section(s, "COUNT")) != NULL)
			tmpl_set_int(s, "N", (long long)bad);
	}
	utf8_snprintf(title, sizeof(title), "%s: %s, %s",
	    i18n(q->lang, "T_ENTRY_TITLE"), f->unit_name, f->period.name);
	page_render(q, r, t, "entry.tpl", title, NAV_WORK);
	if (r->status == 0 || r->status == 200)
		r->status = status;
	r->no_store = 1;
}
