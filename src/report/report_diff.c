/* report_diff.c: the changes between two report documents. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "report_diff.h"

struct rd {
	struct report_diff	*d;
	size_t			 cap;
	int			 ok;
};

const char *
report_change_kind_name(enum report_change_kind k)
{
	switch (k) {
	case REPORT_CHANGE_FIGURE: return "figure";
	case REPORT_CHANGE_STATUS: return "status";
	case REPORT_CHANGE_TEXT: return "text";
	default: return "structure";
	}
}

/* A path into buf; a long one is cut, which only shortens the label. */
static void __attribute__((format(printf, 3, 4)))
rd_path(char *buf, size_t sz, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	(void)vsnprintf(buf, sz, fmt, ap);
	va_end(ap);
}

static void
rd_add(struct rd *r, enum report_change_kind k, const char *where,
    const char *code, const char *field, const char *o, const char *n)
{
	struct report_change	*nv, *c;
	size_t			 ncap;

	if (!r->ok)
		return;
	if (r->d->n == r->cap) {
		ncap = r->cap ? r->cap * 2 : 16;
		if ((nv = reallocarray(r->d->v, ncap, sizeof(*nv))) == NULL) {
			r->ok = 0;
			return;
		}
		r->d->v = nv;
		r->cap = ncap;
	}
	c = &r->d->v[r->d->n];
	c->kind = k;
	c->field = field;
	c->where = strdup(where);
	c->code = strdup(code);
	c->old_value = strdup(o);
	c->new_value = strdup(n);
	r->d->n++;
	if (c->where == NULL || c->code == NULL || c->old_value == NULL ||
	    c->new_value == NULL)
		r->ok = 0;
}

static void
rd_text(struct rd *r, const char *where, const char *field, const char *a,
    const char *b)
{
	if (strcmp(a, b) != 0)
		rd_add(r, REPORT_CHANGE_TEXT, where, "", field, a, b);
}

static void
rd_status(struct rd *r, const char *where, const char *code, enum status a,
    enum status b)
{
	if (a != b)
		rd_add(r, REPORT_CHANGE_STATUS, where, code, "status",
		    status_name(a), status_name(b));
}

static void
rd_num(struct rd *r, const char *where, const char *code, const char *field,
    int ha, int64_t a, int hb, int64_t b, int dec)
{
	char sa[48], sb[48];

	if (ha == hb && (!ha || a == b))
		return;
	export_scaled(sa, sizeof(sa), ha, a, dec);
	export_scaled(sb, sizeof(sb), hb, b, dec);
	rd_add(r, REPORT_CHANGE_FIGURE, where, code, field, sa, sb);
}

static void
rd_indicators(struct rd *r, const char *where,
    const struct report_indicator *a, size_t an,
    const struct report_indicator *b, size_t bn)
{
	const struct report_indicator	*x, *y;
	size_t				 i, j;
	char				 w[512];

	for (i = 0; i < an; i++) {
		x = &a[i];
		for (y = NULL, j = 0; j < bn && y == NULL; j++)
			if (strcmp(b[j].code, x->code) == 0)
				y = &b[j];
		rd_path(w, sizeof(w), "%s \xe2\x80\xba %s %s", where, x->code,
		    x->name);
		if (y == NULL) {
			rd_add(r, REPORT_CHANGE_STRUCTURE, w, x->code,
			    "indicator", x->name, "");
			continue;
		}
		rd_num(r, w, x->code, "target", x->has_target, x->target,
		    y->has_target, y->target, y->decimals);
		rd_num(r, w, x->code, "year_target", x->has_year_target,
		    x->year_target, y->has_year_target, y->year_target,
		    y->decimals);
		rd_num(r, w, x->code, "value", x->has_value, x->value,
		    y->has_value, y->value, y->decimals);
		rd_num(r, w, x->code, "forecast", x->has_forecast, x->forecast,
		    y->has_forecast, y->forecast, y->decimals);
		rd_status(r, w, x->code, x->status, y->status);
		if (strcmp(x->explanation, y->explanation) != 0)
			rd_add(r, REPORT_CHANGE_TEXT, w, x->code, "explanation",
			    x->explanation, y->explanation);
		if (strcmp(x->measure, y->measure) != 0)
			rd_add(r, REPORT_CHANGE_TEXT, w, x->code, "measure",
			    x->measure, y->measure);
	}
	for (j = 0; j < bn; j++) {
		for (x = NULL, i = 0; i < an && x == NULL; i++)
			if (strcmp(a[i].code, b[j].code) == 0)
				x = &a[i];
		if (x == NULL) {
			rd_path(w, sizeof(w), "%s \xe2\x80\xba %s %s", where,
			    b[j].code, b[j].name);
			rd_add(r, REPORT_CHANGE_STRUCTURE, w, b[j].code,
			    "indicator", "", b[j].name);
		}
	}
}

static void
rd_performance(struct rd *r, const char *where,
    const struct report_performance *x, const struct report_performance *y)
{
	const struct report_money *a = &x->money, *b = &y->money;

	rd_num(r, where, "", "budget", 1, a->budget, 1, b->budget, 2);
	rd_num(r, where, "", "year_budget", 1, a->year_budget, 1,
	    b->year_budget, 2);
	rd_num(r, where, "", "realised", a->has_realised, a->realised,
	    b->has_realised, b->realised, 2);
	rd_num(r, where, "", "cost_forecast", a->has_forecast, a->forecast,
	    b->has_forecast, b->forecast, 2);
	rd_status(r, where, "", x->status, y->status);
	rd_text(r, where, "explanation", x->explanation, y->explanation);
	rd_text(r, where, "measure", x->measure, y->measure);
	rd_indicators(r, where, x->indicators, x->indicatorn, y->indicators,
	    y->indicatorn);
}

static void
rd_effect(struct rd *r, const char *where, int prog,
    const struct report_effect *x, const struct report_effect *y)
{
	const struct report_performance	*f, *g;
	size_t				 i, j;
	char				 w[512], wp[1024];

	rd_path(w, sizeof(w), "%s \xe2\x80\xba %d.%d %s", where, prog,
	    x->number, x->name);
	rd_status(r, w, "", x->status, y->status);
	rd_indicators(r, w, x->indicators, x->indicatorn, y->indicators,
	    y->indicatorn);
	for (i = 0; i < x->performancen; i++) {
		f = &x->performances[i];
		for (g = NULL, j = 0; j < y->performancen && g == NULL; j++)
			if (y->performances[j].number == f->number)
				g = &y->performances[j];
		rd_path(wp, sizeof(wp), "%s \xe2\x80\xba %d.%d.%d %s", w, prog,
		    x->number, f->number, f->name);
		if (g == NULL)
			rd_add(r, REPORT_CHANGE_STRUCTURE, wp, "",
			    "performance", f->name, "");
		else
			rd_performance(r, wp, f, g);
	}
	for (j = 0; j < y->performancen; j++) {
		for (f = NULL, i = 0; i < x->performancen && f == NULL; i++)
			if (x->performances[i].number ==
			    y->performances[j].number)
				f = &x->performances[i];
		if (f == NULL)
			rd_add(r, REPORT_CHANGE_STRUCTURE, w, "", "performance",
			    "", y->performances[j].name);
	}
}

static void
rd_programme(struct rd *r, const struct report_programme *x,
    const struct report_programme *y)
{
	const struct report_effect	*e, *f;
	size_t				 i, j;
	char				 w[512];

	rd_path(w, sizeof(w), "%d %s", x->number, x->name);
	rd_status(r, w, "", x->status, y->status);
	rd_text(r, w, "intro", x->intro, y->intro);
	for (i = 0; i < x->effectn; i++) {
		e = &x->effects[i];
		for (f = NULL, j = 0; j < y->effectn && f == NULL; j++)
			if (y->effects[j].number == e->number)
				f = &y->effects[j];
		if (f == NULL)
			rd_add(r, REPORT_CHANGE_STRUCTURE, w, "", "effect",
			    e->name, "");
		else
			rd_effect(r, w, x->number, e, f);
	}
	for (j = 0; j < y->effectn; j++) {
		for (e = NULL, i = 0; i < x->effectn && e == NULL; i++)
			if (x->effects[i].number == y->effects[j].number)
				e = &x->effects[i];
		if (e == NULL)
			rd_add(r, REPORT_CHANGE_STRUCTURE, w, "", "effect", "",
			    y->effects[j].name);
	}
}

/*
 * The changes from a to b in document order.  NULL when memory runs out.
 */
struct report_diff *
report_diff(const struct report_doc *a, const struct report_doc *b)
{
	const struct report_programme	*p, *q;
	struct rd			 r;
	size_t				 i, j;

	r.cap = 0;
	r.ok = 1;
	if ((r.d = calloc(1, sizeof(*r.d))) == NULL)
		return NULL;
	rd_text(&r, "", "title", a->title, b->title);
	rd_text(&r, "", "intro", a->intro, b->intro);
	rd_status(&r, "", "", a->status, b->status);
	for (i = 0; i < a->programmen; i++) {
		p = &a->programmes[i];
		for (q = NULL, j = 0; j < b->programmen && q == NULL; j++)
			if (b->programmes[j].number == p->number)
				q = &b->programmes[j];
		if (q == NULL)
			rd_add(&r, REPORT_CHANGE_STRUCTURE, "", "", "programme",
			    p->name, "");
		else
			rd_programme(&r, p, q);
	}
	for (j = 0; j < b->programmen; j++) {
		for (p = NULL, i = 0; i < a->programmen && p == NULL; i++)
			if (a->programmes[i].number == b->programmes[j].number)
				p = &a->programmes[i];
		if (p == NULL)
			rd_add(&r, REPORT_CHANGE_STRUCTURE, "", "", "programme",
			    "", b->programmes[j].name);
	}
	if (!r.ok) {
		report_diff_free(r.d);
		return NULL;
	}
	return r.d;
}

void
report_diff_free(struct report_diff *d)
{
	size_t i;

	if (d == NULL)
		return;
	for (i = 0; i < d->n; i++) {
		free(d->v[i].where);
		free(d->v[i].code);
		free(d->v[i].old_value);
		free(d->v[i].new_value);
	}
	free(d->v);
	free(d);
}
