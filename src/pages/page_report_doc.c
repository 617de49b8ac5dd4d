/*
 * page_report_doc.c: a report document in a page dictionary, the same for
 * the live preview of a draft and for a published version, so the preview
 * looks like the final document (templates/report_doc.tpl).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http.h"
#include "i18n.h"
#include "num.h"
#include "page.h"
#include "page_uom.h"
#include "page_report.h"
#include "tmpl.h"

static void
prd_counts(struct tmpl *t, const struct status_counts *c)
{
	tmpl_set_int(t, "N_ON_TRACK", (long long)c->n[STATUS_ON_TRACK]);
	tmpl_set_int(t, "N_AT_RISK", (long long)c->n[STATUS_AT_RISK]);
	tmpl_set_int(t, "N_OFF_TRACK", (long long)c->n[STATUS_OFF_TRACK]);
	tmpl_set_int(t, "N_NO_DATA", (long long)c->n[STATUS_NO_DATA]);
}

/* Free text as paragraphs: blank lines separate them. */
void
page_report_paras(struct tmpl *t, const char *section, const char *text)
{
	struct tmpl	*s;
	const char	*p = text, *e;
	size_t		 n;

	while (p != NULL && *p != '\0') {
		while (*p == '\n' || *p == '\r')
			p++;
		if (*p == '\0')
			break;
		if ((e = strstr(p, "\n\n")) == NULL &&
		    (e = strstr(p, "\r\n\r\n")) == NULL)
			e = p + strlen(p);
		n = (size_t)(e - p);
		while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == '\n' ||
		    p[n - 1] == ' '))
			n--;
		if (n > 0 && (s = tmpl_section(t, section)) != NULL)
			tmpl_setn(s, "TEXT", p, n);
		p = e;
	}
}

static void
prd_text(struct tmpl *t, const char *section, const char *text)
{
	struct tmpl *s;

	if ((s = tmpl_section(t, section)) != NULL)
		tmpl_set(s, "TEXT", text);
}

static void
prd_value(struct tmpl *t, const char *name, const struct req *q, int has,
    int64_t v, int dec)
{
	if (has)
		page_set_num(t, name, q, v, dec);
	else
		tmpl_set(t, name, "\xe2\x80\x94");
}

static void
prd_money(struct tmpl *t, const char *name, const struct req *q, int has,
    int64_t cents)
{
	if (has)
		page_set_money(t, name, q, cents);
	else
		tmpl_set(t, name, "\xe2\x80\x94");
}

/*
 * Money of a row (a performance, a programme in the summary) or of a total
 * (a programme's or the report's table footer).  The flag's section has a
 * different name for totals: ctemplate looks a section up in the parent
 * dictionaries too, so a total's flag would otherwise show on every row;
 * for the same reason the caller names the section `partial` that says
 * "n of m lines reported" when some lines have not reported.
 */
static void
prd_money_block(struct tmpl *t, const struct req *q,
    const struct report_money *m, int total, const char *partial)
{
	char buf[48];

	prd_money(t, "YEAR_BUDGET", q, 1, m->year_budget);
	/* Like with like: the budget to date of the reported lines only. */
	prd_money(t, "BUDGET", q, m->has_realised, m->budget);
	tmpl_set_int(t, "N_LINES", (long long)m->lines);
	tmpl_set_int(t, "N_REPORTED", (long long)m->lines_reported);
	/* "n of m lines reported": a section of its own at every level. */
	if (m->lines_reported < m->lines)
		tmpl_show(t, partial);
	prd_money(t, "REALISED", q, m->has_realised, m->realised);
	prd_money(t, "FORECAST", q, m->has_forecast, m->forecast);
	prd_money(t, "DEVIATION", q, m->has_deviation, m->deviation);
	if (m->has_deviation_bp) {
		num_format_bp(buf, sizeof(buf), m->deviation_bp,
		    q->lang == LANG_EN);
		tmpl_set(t, "DEVIATION_PCT", buf);
	} else
		tmpl_set(t, "DEVIATION_PCT", "\xe2\x80\x94");
	if (m->needs_explanation)
		tmpl_show(t, total ? "TOTAL_NEEDS_EXPLANATION" :
		    "NEEDS_EXPLANATION");
}

static void
prd_indicators(struct tmpl *parent, const char *rows, const char *notes,
    const struct req *q, const struct report_indicator *v, size_t n)
{
	struct tmpl	*s;
	size_t		 i;

	for (i = 0; i < n; i++) {
		if ((s = tmpl_section(parent, rows)) == NULL)
			return;
		tmpl_set(s, "CODE", v[i].code);
		tmpl_set(s, "NAME", v[i].name);
		page_uom_name(s, "UNIT", q, v[i].unit);
		prd_value(s, "TARGET", q, v[i].has_target, v[i].target,
		    v[i].decimals);
		prd_value(s, "VALUE", q, v[i].has_value, v[i].value,
		    v[i].decimals);
		prd_value(s, "FORECAST", q, v[i].has_forecast, v[i].forecast,
		    v[i].decimals);
		page_status(s, q, v[i].status);
		if (v[i].explanation[0] == '\0' && v[i].measure[0] == '\0')
			continue;
		if ((s = tmpl_section(parent, notes)) == NULL)
			return;
		tmpl_set(s, "CODE", v[i].code);
		tmpl_set(s, "NAME", v[i].name);
		if (v[i].explanation[0] != '\0')
			prd_text(s, "HAS_EXPLANATION", v[i].explanation);
		if (v[i].measure[0] != '\0')
			prd_text(s, "HAS_MEASURE", v[i].measure);
	}
}

/*
 * A provisional document: per programme how many of its own figures are
 * not approved (section PROG_PROVISIONAL), or that all are (PROG_APPROVED).
 */
static void
prd_approval(struct tmpl *t, const struct req *q,
    const struct report_programme *p)
{
	struct tmpl	*s;

	if ((s = tmpl_section(t, p->n_unapproved > 0 ? "PROG_PROVISIONAL" :
	    "PROG_APPROVED")) == NULL)
		return;
	tmpl_set_int(s, "NUMBER", p->number);
	page_set_num(s, "N_UNAPPROVED", q, p->n_unapproved, 0);
	page_set_num(s, "N_FIGURES", q, p->n_figures, 0);
	tmpl_set_int(s, "DATA_UNAPPROVED", (long long)p->n_unapproved);
	tmpl_set_int(s, "DATA_FIGURES", (long long)p->n_figures);
}

static void
prd_programme(struct tmpl *t, const struct req *q,
    const struct report_programme *p)
{
	const struct report_effect	*e;
	const struct report_performance	*f;
	struct tmpl			*s, *x;
	size_t				 i, j;

	tmpl_set_int(t, "NUMBER", p->number);
	tmpl_set(t, "NAME", p->name);
	tmpl_set(t, "PORTFOLIO_HOLDER", p->portfolio_holder);
	tmpl_set(t, "DIRECTIE", p->directie);
	tmpl_set(t, "AMBITION", p->ambition);
	page_report_paras(t, "PROG_INTRO", p->intro);
	page_status(t, q, p->status);
	prd_counts(t, &p->counts);
	prd_money_block(t, q, &p->money, 1, "PROG_LINES_PARTIAL");
	for (i = 0; i < p->effectn; i++) {
		e = &p->effects[i];
		if ((s = tmpl_section(t, "EFFECT")) == NULL)
			continue;
		tmpl_set_int(s, "PROG_NUMBER", p->number);
		tmpl_set_int(s, "EFFECT_NUMBER", e->number);
		tmpl_set(s, "EFFECT_NAME", e->name);
		tmpl_set(s, "EFFECT_DESCRIPTION", e->description);
		page_status(s, q, e->status);
		tmpl_show(s, e->indicatorn > 0 ? "HAS_EIND" : "NO_EIND");
		prd_indicators(s, "EIND", "ENOTE", q, e->indicators,
		    e->indicatorn);
		for (j = 0; j < e->performancen; j++) {
			f = &e->performances[j];
			if ((x = tmpl_section(t, "PERF")) != NULL) {
				tmpl_set_int(x, "PROG_NUMBER", p->number);
				tmpl_set_int(x, "EFFECT_NUMBER", e->number);
				tmpl_set_int(x, "PERF_NUMBER", f->number);
				tmpl_set(x, "PERF_NAME", f->name);
				tmpl_set(x, "OWNER", f->owner);
				page_status(x, q, f->status);
				tmpl_show(x, f->indicatorn > 0 ? "HAS_PIND" :
				    "NO_PIND");
				prd_indicators(x, "PIND", "PNOTE", q,
				    f->indicators, f->indicatorn);
			}
			if ((x = tmpl_section(t, "COST")) != NULL) {
				tmpl_set_int(x, "PROG_NUMBER", p->number);
				tmpl_set_int(x, "EFFECT_NUMBER", e->number);
				tmpl_set_int(x, "PERF_NUMBER", f->number);
				tmpl_set(x, "PERF_NAME", f->name);
				prd_money_block(x, q, &f->money, 0, "ROW_NOT_REPORTED");
			}
			if ((f->explanation[0] != '\0' ||
			    f->measure[0] != '\0') &&
			    (x = tmpl_section(t, "CNOTE")) != NULL) {
				tmpl_set_int(x, "PROG_NUMBER", p->number);
				tmpl_set_int(x, "EFFECT_NUMBER", e->number);
				tmpl_set_int(x, "PERF_NUMBER", f->number);
				tmpl_set(x, "PERF_NAME", f->name);
				if (f->explanation[0] != '\0')
					prd_text(x, "HAS_EXPLANATION", f->explanation);
				if (f->measure[0] != '\0')
					prd_text(x, "HAS_MEASURE", f->measure);
			}
		}
	}
}

/*
 * Fill t with the whole document: title block, contents, introduction,
 * summary, and per programme the three W-questions.
 */
void
page_report_doc_fill(struct tmpl *t, const struct req *q,
    const struct report_doc *doc)
{
	struct tmpl	*s;
	size_t		 i;
	char		 key[64];

	tmpl_set(t, "DOC_TITLE", doc->title);
	snprintf(key, sizeof(key), "T_REPORT_KIND_%s",
	    strcmp(doc->kind, "bestuursrapportage") == 0 ?
	    "BESTUURSRAPPORTAGE" : "VOORTGANGSRAPPORTAGE");
	tmpl_set(t, "DOC_KIND", i18n(q->lang, key));
	tmpl_set(t, "DOC_PERIOD", doc->period);
	/* A period that was not closed: the document is provisional. */
	if (doc->provisional && (s = tmpl_section(t, "DOC_PROVISIONAL")) !=
	    NULL) {
		page_set_num(s, "N_UNAPPROVED", q, doc->n_unapproved, 0);
		page_set_num(s, "N_FIGURES", q, doc->n_figures, 0);
		tmpl_set_int(s, "DATA_UNAPPROVED", (long long)doc->n_unapproved);
		tmpl_set_int(s, "DATA_FIGURES", (long long)doc->n_figures);
	}
	page_report_paras(t, "DOC_INTRO", doc->intro);
	if (doc->intro[0] != '\0')
		tmpl_show(t, "HAS_DOC_INTRO");
	page_status(t, q, doc->status);
	prd_counts(t, &doc->counts);
	prd_money_block(t, q, &doc->money, 1, "DOC_LINES_PARTIAL");
	for (i = 0; i < doc->programmen; i++) {
		if ((s = tmpl_section(t, "TOC")) != NULL) {
			tmpl_set_int(s, "NUMBER", doc->programmes[i].number);
			tmpl_set(s, "NAME", doc->programmes[i].name);
		}
		if ((s = tmpl_section(t, "SUMMARY")) != NULL) {
			tmpl_set_int(s, "NUMBER", doc->programmes[i].number);
			tmpl_set(s, "NAME", doc->programmes[i].name);
			page_status(s, q, doc->programmes[i].status);
			prd_counts(s, &doc->programmes[i].counts);
			prd_money_block(s, q, &doc->programmes[i].money, 0,
			    "SUM_LINES_PARTIAL");
		}
		if ((s = tmpl_section(t, "PROG")) != NULL) {
			prd_programme(s, q, &doc->programmes[i]);
			if (doc->provisional)
				prd_approval(s, q, &doc->programmes[i]);
		}
	}
}
