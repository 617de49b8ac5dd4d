/*
 * page_entry.c: the entry form of one unit and period (/entry/{unit}/
 * {period}): show, save a draft or submit, decide (approve or return),
 * reopen, and download the import template.  Handlers are thin: the rules
 * are in entry.c and workflow.c, the unit of work in entry_store.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "db_period.h"
#include "entry_store.h"
#include "handlers.h"
#include "i18n.h"
#include "import.h"
#include "log.h"
#include "num.h"
#include "page.h"
#include "page_entry.h"
#include "router.h"
#include "tmpl.h"
#include "url.h"
#include "user.h"

#define ROLES_SEE	(ROLE_MANAGER | ROLE_DIRECTOR | ROLE_CMT | ROLE_ADMINISTRATOR)

/* The enum role bits the user holds with a scope containing unit. */
unsigned
page_entry_roles(const struct req *q, int64_t unit)
{
	static const unsigned bits[] = { ROLE_ADMINISTRATOR, ROLE_CMT,
	    ROLE_DIRECTOR, ROLE_MANAGER, ROLE_COUNCIL };
	unsigned	 roles = 0;
	size_t		 i;

	if (q->user == NULL)
		return 0;
	for (i = 0; i < sizeof(bits) / sizeof(bits[0]); i++)
		if (auth_scope(q, bits[i], unit))
			roles |= bits[i];
	return roles;
}

/* Who is making the change, for the audit. */
void
page_entry_who(const struct req *q, struct db_who *w)
{
	w->user_id = q->user != NULL ? q->user->id : 0;
	w->username = q->user != NULL ? q->user->username : "";
	w->client = q->client;
}

/* STATUS_KEY, STATUS_ICON, STATUS_WORD: colour, shape and word. */
void
page_entry_status(struct tmpl *t, const struct req *q, enum status s)
{
	static const char *const words[STATUS__MAX] = {
		"T_ENTRY_STATUS_NO_DATA", "T_ENTRY_STATUS_ON_TRACK",
		"T_ENTRY_STATUS_AT_RISK", "T_ENTRY_STATUS_OFF_TRACK"
	};
	static const char *const icons[STATUS__MAX] = {
		"\xe2\x97\x8b",	/* ○ */
		"\xe2\x97\x8f",	/* ● */
		"\xe2\x96\xb2",	/* ▲ */
		"\xe2\x96\xa0"	/* ■ */
	};
	unsigned i = (unsigned)s < STATUS__MAX ? (unsigned)s : 0;

	tmpl_set(t, "STATUS_KEY", status_name((enum status)i));
	tmpl_set(t, "STATUS_ICON", icons[i]);
	tmpl_set(t, "STATUS_WORD", i18n(q->lang, words[i]));
}

/* STATE_KEY, STATE_ICON, STATE_WORD of a submission state. */
void
page_entry_state(struct tmpl *t, const struct req *q, enum sub_state s)
{
	static const char *const words[SUB__MAX] = {
		"T_SUB_NONE", "T_SUB_DRAFT", "T_SUB_SUBMITTED", "T_SUB_APPROVED",
		"T_SUB_RETURNED"
	};
	static const char *const icons[SUB__MAX] = {
		"\xe2\x97\x8b", "\xe2\x9c\x8e", "\xe2\x86\x92", "\xe2\x9c\x93",
		"\xe2\x86\xa9"
	};
	unsigned i = (unsigned)s < SUB__MAX ? (unsigned)s : 0;

	tmpl_set(t, "STATE_KEY", workflow_state_name((enum sub_state)i));
	tmpl_set(t, "STATE_ICON", icons[i]);
	tmpl_set(t, "STATE_WORD", i18n(q->lang, words[i]));
}

/* The unit id and period of /entry/{unit}/{period}/...; 0 when absent. */
int
page_entry_target(const struct req *q, int64_t *unit, struct period *p)
{
	return q->argn >= 2 && url_id(q->args[0], unit) &&
	    db_period_get_by_name(q->db, q->args[1], p);
}

/* What a render shows besides the stored form. */
struct page_entry_view {
	const struct entry_fig_in	*fi;	/* typed, or NULL */
	const struct entry_cost_in	*ci;
	const struct entry_outcome	*o;	/* messages, or NULL */
	const struct entry_form		*theirs; /* conflict: stored now */
	const char			*problem; /* catalogue key, or NULL */
	const char			*problem_title;
	const char			*notice;
	size_t				 bad;	/* fields with a message */
};

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
	snprintf(desc, sizeof(desc), "%s_%s_hint", pfx, fname);
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
		snprintf(desc + strlen(desc), sizeof(desc) - strlen(desc),
		    " %s_%s_err", pfx, fname);
		(*bad)++;
	}
	if (theirs != NULL && (u = tmpl_section(f, "THEIRS")) != NULL) {
		tmpl_set(u, "TEXT", theirs[0] != '\0' ? theirs : "\xe2\x80\x94");
		snprintf(desc + strlen(desc), sizeof(desc) - strlen(desc),
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
	static const char *const num_fields[5] = {
		"value", "forecast", "numerator", "denominator", "weight"
	};
	static const char *const num_labels[5] = {
		"T_REALISED", "T_ENTRY_FORECAST_YEAR", "T_ENTRY_NUMERATOR",
		"T_ENTRY_DENOMINATOR", "T_ENTRY_WEIGHT"
	};
	const struct form_figure *ff;
	const struct figure_vals *th;
	const struct entry_msgs	*m;
	struct entry_figure	 chk;
	struct entry_rule	 rule;
	struct entry_text	 st;
	const char		*typed[5], *text[2];
	struct tmpl		*s, *u;
	char			 pfx[32], shown[5][40], ro[5][48], their[5][40],
				 buf[48], hint[160], sbuf[5][40];
	int64_t			 sv[5];
	int			 hs[5], k, ratio, weighted, conflict;
	size_t			 i;

	for (i = 0; i < f->fign; i++) {
		ff = &f->figs[i];
		if ((s = tmpl_section(t, "FIG")) == NULL)
			return;
		snprintf(pfx, sizeof(pfx), "f%lld", (long long)ff->ind.id);
		tmpl_set(s, "PFX", pfx);
		tmpl_set_int(s, "IND_ID", ff->ind.id);
		tmpl_set(s, "CODE", ff->ind.code);
		tmpl_set(s, "NAME", ff->ind.name);
		tmpl_set(s, "UNIT", ff->ind.unit);
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
		hs[0] = ff->cur.has_value; sv[0] = ff->cur.value;
		hs[1] = ff->cur.has_forecast; sv[1] = ff->cur.forecast;
		hs[2] = ff->cur.has_numerator; sv[2] = ff->cur.numerator;
		hs[3] = ff->cur.has_denominator; sv[3] = ff->cur.denominator;
		hs[4] = ff->cur.has_weight; sv[4] = ff->cur.weight;
		for (k = 0; k < 5; k++) {
			page_entry_num(shown[k], sizeof(shown[k]), q, hs[k],
			    sv[k], ff->ind.decimals, 1);
			page_entry_num(ro[k], sizeof(ro[k]), q, hs[k], sv[k],
			    ff->ind.decimals, 0);
		}
		if (th != NULL) {
			page_entry_num(their[0], 40, q, th->has_value,
			    th->value, ff->ind.decimals, 1);
			page_entry_num(their[1], 40, q, th->has_forecast,
			    th->forecast, ff->ind.decimals, 1);
			page_entry_num(their[2], 40, q, th->has_numerator,
			    th->numerator, ff->ind.decimals, 1);
			page_entry_num(their[3], 40, q, th->has_denominator,
			    th->denominator, ff->ind.decimals, 1);
			page_entry_num(their[4], 40, q, th->has_weight,
			    th->weight, ff->ind.decimals, 1);
		}
		if (v->fi != NULL && v->fi[i].present) {
			typed[0] = v->fi[i].text.value;
			typed[1] = v->fi[i].text.forecast;
			typed[2] = v->fi[i].text.numerator;
			typed[3] = v->fi[i].text.denominator;
			typed[4] = v->fi[i].text.weight;
			text[0] = v->fi[i].text.explanation;
			text[1] = v->fi[i].text.measure;
		} else {
			for (k = 0; k < 5; k++)
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
		page_entry_status(s, q, chk.status);
		if (ff->ind.cumulative && chk.has_judged &&
		    (u = tmpl_section(s, "JUDGED")) != NULL) {
			num_format(buf, sizeof(buf), chk.judged,
			    ff->ind.decimals, q->lang == LANG_EN);
			tmpl_set(u, "TEXT", buf);
		}
		for (k = 0; k < 5; k++) {
			if ((k == 0 && ratio) || ((k == 2 || k == 3) && !ratio) ||
			    (k == 4 && !weighted))
				continue;
			if (k == 4)	/* which weight: "inwoners", "klanten" */
				snprintf(hint, sizeof(hint), "%s: %s. %s %d",
				    i18n(q->lang, "T_ENTRY_WEIGHT"),
				    ff->ind.weight_name,
				    i18n(q->lang, "T_ENTRY_HINT_DECIMALS"),
				    ff->ind.decimals);
			else
				snprintf(hint, sizeof(hint), "%s %d",
				    i18n(q->lang, "T_ENTRY_HINT_DECIMALS"),
				    ff->ind.decimals);
			page_entry_field(s, q, pfx, num_fields[k], num_labels[k],
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
		snprintf(pfx, sizeof(pfx), "c%lld", (long long)fc->performance_id);
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
				snprintf(buf + strlen(buf), sizeof(buf) -
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

/* Render the form of f with what v adds, answering status. */
static void
page_entry_render(struct req *q, struct resp *r, const struct entry_form *f,
    const struct page_entry_view *v, int status)
{
	struct tmpl	*t, *s;
	struct wf_ctx	 c;
	unsigned	 roles = page_entry_roles(q, f->org_unit_id);
	size_t		 bad = 0;
	int		 editable;
	char		 title[256];

	c.period = f->period.state;
	c.state = f->sub.state;
	c.reopened = f->sub.reopened;
	c.roles = roles;
	editable = (roles & ROLE_MANAGER) && workflow_editable(&c);
	if ((t = page_new(q)) == NULL) {
		r->status = 500;
		return;
	}
	tmpl_set_int(t, "UNIT_ID", f->org_unit_id);
	tmpl_set(t, "UNIT_NAME", f->unit_name);
	tmpl_set(t, "PERIOD", f->period.name);
	tmpl_set(t, "DEADLINE", f->period.deadline);
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
	if (c.roles != 0 && workflow_check(&c, WF_APPROVE, NULL, NULL) == WF_OK)
		tmpl_show(t, "DECIDE");
	c.roles = roles & ROLE_ADMINISTRATOR;
	if (c.roles != 0 && workflow_check(&c, WF_REOPEN, "x", NULL) == WF_OK)
		tmpl_show(t, "REOPEN");
	if (v->problem != NULL && (s = tmpl_section(t, "PROBLEM")) != NULL) {
		tmpl_set(s, "PROBLEM_TITLE", i18n(q->lang, v->problem_title ?
		    v->problem_title : "T_ENTRY_NOT_SAVED"));
		tmpl_set(s, "MESSAGE", i18n(q->lang, v->problem));
		if (bad > 0 && (s = tmpl_section(s, "COUNT")) != NULL)
			tmpl_set_int(s, "N", (long long)bad);
	}
	snprintf(title, sizeof(title), "%s: %s, %s",
	    i18n(q->lang, "T_ENTRY_TITLE"), f->unit_name, f->period.name);
	page_render(q, r, t, "entry.tpl", title, NAV_WORK);
	if (r->status == 0 || r->status == 200)
		r->status = status;
	r->no_store = 1;
}

/* Load the form of the request's unit and period, checking scope. */
static struct entry_form *
page_entry_load(struct req *q, struct resp *r)
{
	struct entry_form	*f;
	struct period		 p;
	int64_t			 unit;

	if (!page_entry_target(q, &unit, &p)) {
		r->status = 404;
		return NULL;
	}
	if ((page_entry_roles(q, unit) & ROLES_SEE) == 0) {
		r->status = 403;
		return NULL;
	}
	if ((f = entry_store_form(q->db, unit, &p)) == NULL)
		r->status = 404;
	return f;
}

/*
 * GET /entry/{unit}/{period}: the form (editable for the unit's manager
 * while the workflow allows, otherwise read-only), with decide and reopen
 * for those who may.  Raises 403, 404, 500.
 */
void
page_entry_show(struct req *q, struct resp *r)
{
	static const char *const notices[][2] = {
		{ "saved", "T_ENTRY_SAVED" }, { "submitted", "T_ENTRY_SUBMITTED" },
		{ "approved", "T_ENTRY_APPROVED" }, { "returned", "T_ENTRY_RETURNED" },
		{ "reopened", "T_ENTRY_REOPENED" }
	};
	struct page_entry_view	 v;
	struct entry_form	*f;
	const char		*done = req_query(q, "done");
	size_t			 i;

	if ((f = page_entry_load(q, r)) == NULL)
		return;
	memset(&v, 0, sizeof(v));
	for (i = 0; done != NULL && i < sizeof(notices) / sizeof(notices[0]); i++)
		if (strcmp(done, notices[i][0]) == 0)
			v.notice = notices[i][1];
	page_entry_render(q, r, f, &v, 200);
	entry_store_form_free(f);
}

/* The typed form: every line whose version field was sent. */
static void
page_entry_parse(const struct req *q, const struct entry_form *f,
    struct entry_fig_in *fi, struct entry_cost_in *ci)
{
	char		 k[64];
	const char	*s;
	size_t		 i;

#define PE_FIELD(pfx, id, name) \
	(snprintf(k, sizeof(k), "%s%lld_%s", pfx, (long long)(id), name), \
	 req_form(q, k))
	for (i = 0; i < f->fign; i++) {
		if ((s = PE_FIELD("f", f->figs[i].ind.id, "version")) == NULL)
			continue;
		fi[i].present = 1;
		fi[i].version = strtoll(s, NULL, 10);
		fi[i].text.value = PE_FIELD("f", f->figs[i].ind.id, "value");
		fi[i].text.forecast = PE_FIELD("f", f->figs[i].ind.id,
		    "forecast");
		fi[i].text.numerator = PE_FIELD("f", f->figs[i].ind.id,
		    "numerator");
		fi[i].text.denominator = PE_FIELD("f", f->figs[i].ind.id,
		    "denominator");
		fi[i].text.weight = PE_FIELD("f", f->figs[i].ind.id, "weight");
		fi[i].text.explanation = PE_FIELD("f", f->figs[i].ind.id,
		    "explanation");
		fi[i].text.measure = PE_FIELD("f", f->figs[i].ind.id, "measure");
	}
	for (i = 0; i < f->costn; i++) {
		if ((s = PE_FIELD("c", f->costs[i].performance_id, "version")) ==
		    NULL)
			continue;
		ci[i].present = 1;
		ci[i].version = strtoll(s, NULL, 10);
		ci[i].text.realised = PE_FIELD("c", f->costs[i].performance_id,
		    "realised");
		ci[i].text.forecast = PE_FIELD("c", f->costs[i].performance_id,
		    "cost_forecast");
		ci[i].text.explanation = PE_FIELD("c",
		    f->costs[i].performance_id, "cost_explanation");
		ci[i].text.measure = PE_FIELD("c", f->costs[i].performance_id,
		    "cost_measure");
	}
#undef PE_FIELD
}

/*
 * POST /entry/{unit}/{period}: save a draft (action=save) or submit
 * (action=submit).  Success redirects (303) to the form.  Anything else
 * shows the form again with everything as typed: 422 with a message per
 * field, 409 on a conflict (the other person's values beside the user's)
 * or a workflow refusal, 507 when the database cannot be written.
 * Raises 400, 403, 404, 409, 422, 500, 507.
 */
void
page_entry_save(struct req *q, struct resp *r)
{
	struct page_entry_view	 v;
	struct entry_outcome	 o;
	struct entry_form	*f, *now = NULL;
	struct entry_fig_in	*fi = NULL;
	struct entry_cost_in	*ci = NULL;
	struct db_who		 who;
	const char		*action = req_form(q, "action");
	enum wf_action		 act;
	enum entry_res		 res;
	char			 loc[128];
	int			 status;

	if ((f = page_entry_load(q, r)) == NULL)
		return;
	if ((page_entry_roles(q, f->org_unit_id) & ROLE_MANAGER) == 0) {
		entry_store_form_free(f);
		r->status = 403;
		return;
	}
	if (action == NULL || (strcmp(action, "save") != 0 &&
	    strcmp(action, "submit") != 0)) {
		entry_store_form_free(f);
		r->status = 400;
		return;
	}
	act = strcmp(action, "save") == 0 ? WF_SAVE : WF_SUBMIT;
	memset(&o, 0, sizeof(o));
	if ((fi = calloc(f->fign + 1, sizeof(*fi))) == NULL ||
	    (ci = calloc(f->costn + 1, sizeof(*ci))) == NULL ||
	    !entry_store_outcome_init(&o, f)) {
		r->status = 500;
		goto out;
	}
	page_entry_parse(q, f, fi, ci);
	page_entry_who(q, &who);
	res = entry_store_save(q->db, f, fi, ci, act,
	    page_entry_roles(q, f->org_unit_id), &who, &o);
	if (res == ES_OK) {
		snprintf(loc, sizeof(loc), "/entry/%lld/%s?done=%s",
		    (long long)f->org_unit_id, f->period.name,
		    act == WF_SAVE ? "saved" : "submitted");
		resp_redirect(r, 303, loc);
		goto out;
	}
	status = entry_store_http_status(res, o.wf);
	memset(&v, 0, sizeof(v));
	v.fi = fi;
	v.ci = ci;
	v.o = &o;
	switch (res) {
	case ES_INVALID:
		v.problem = act == WF_SUBMIT ? "T_ENTRY_FIX_TO_SUBMIT" :
		    "T_ENTRY_FIX_TO_SAVE";
		break;
	case ES_CONFLICT:
		/* Show what is stored now beside what the user typed. */
		now = entry_store_form(q->db, f->org_unit_id, &f->period);
		v.theirs = now;
		v.problem = "T_ENTRY_CONFLICT";
		v.problem_title = "T_ENTRY_CONFLICT_TITLE";
		break;
	case ES_WORKFLOW:
		v.problem = workflow_err_key(o.wf);
		break;
	case ES_READONLY:
	case ES_FULL:
		v.problem = "T_ERR_507";
		break;
	default:
		r->status = 500;
		goto out;
	}
	/* The state shown is the state now. */
	if (now != NULL) {
		page_entry_render(q, r, now, &v, status);
	} else
		page_entry_render(q, r, f, &v, status);
out:
	entry_store_outcome_clear(&o);
	free(fi);
	free(ci);
	entry_store_form_free(now);
	entry_store_form_free(f);
}

/* Shared by decide and reopen: run the transition, redirect or explain. */
static void
page_entry_transition(struct req *q, struct resp *r, enum wf_action act,
    const char *comment, const char *done)
{
	struct page_entry_view	 v;
	struct entry_form	*f;
	struct db_who		 who;
	enum entry_res		 res;
	enum wf_err		 wf;
	char			 loc[128];

	if ((f = page_entry_load(q, r)) == NULL)
		return;
	page_entry_who(q, &who);
	res = entry_store_transition(q->db, f->org_unit_id, &f->period, act,
	    comment, page_entry_roles(q, f->org_unit_id), &who, &wf);
	if (res == ES_OK) {
		snprintf(loc, sizeof(loc), "/entry/%lld/%s?done=%s",
		    (long long)f->org_unit_id, f->period.name, done);
		resp_redirect(r, 303, loc);
		entry_store_form_free(f);
		return;
	}
	if (res == ES_ERROR) {
		entry_store_form_free(f);
		r->status = 500;
		return;
	}
	memset(&v, 0, sizeof(v));
	v.problem = res == ES_WORKFLOW ? workflow_err_key(wf) : "T_ERR_507";
	v.problem_title = "T_ENTRY_NOT_DONE";
	page_entry_render(q, r, f, &v, entry_store_http_status(res, wf));
	entry_store_form_free(f);
}

/*
 * POST /entry/{unit}/{period}/decision: approve (action=approve) or
 * return with a comment (action=return), director or CMT in scope.
 * Raises 400, 403, 404, 409, 422, 500, 507.
 */
void
page_entry_decide(struct req *q, struct resp *r)
{
	const char	*action = req_form(q, "action");
	struct period	 p;
	int64_t		 unit;

	if (!page_entry_target(q, &unit, &p)) {
		r->status = 404;
		return;
	}
	if ((page_entry_roles(q, unit) & (ROLE_DIRECTOR | ROLE_CMT)) == 0) {
		r->status = 403;
		return;
	}
	if (action != NULL && strcmp(action, "approve") == 0)
		page_entry_transition(q, r, WF_APPROVE, NULL, "approved");
	else if (action != NULL && strcmp(action, "return") == 0)
		page_entry_transition(q, r, WF_RETURN, req_form(q, "comment"),
		    "returned");
	else
		r->status = 400;
}

/*
 * POST /entry/{unit}/{period}/reopen: the administrator reopens a
 * submitted or approved submission with a reason (audited).
 * Raises 403, 404, 409, 422, 500, 507.
 */
void
page_entry_reopen(struct req *q, struct resp *r)
{
	page_entry_transition(q, r, WF_REOPEN, req_form(q, "reason"),
	    "reopened");
}

/*
 * GET /entry/{unit}/{period}/template.csv (and .xlsx): the import file of
 * this form, filled with what is stored.  Raises 403, 404, 500.
 */
void
page_entry_template(struct req *q, struct resp *r)
{
	struct entry_form	*f;
	char			*csv, disp[128];
	size_t			 len;
	int			 xlsx;

	if ((f = page_entry_load(q, r)) == NULL)
		return;
	xlsx = strstr(q->path, ".xlsx") != NULL;
	if ((csv = xlsx ? import_template_xlsx(f, &len) :
	    import_template_csv(f, &len)) == NULL) {
		entry_store_form_free(f);
		r->status = 500;
		return;
	}
	snprintf(disp, sizeof(disp), "attachment; filename=\"koers-%s-%s.%s\"",
	    f->unit_code, f->period.name, xlsx ? "xlsx" : "csv");
	resp_set_body(r, xlsx ? "application/vnd.openxmlformats-officedocument"
	    ".spreadsheetml.sheet" : "text/csv; charset=utf-8", csv, len);
	(void)resp_header(r, "Content-Disposition", disp);
	r->status = 200;
	r->no_store = 1;
	entry_store_form_free(f);
}
