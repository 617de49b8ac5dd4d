/*
 * export_pdf.c: the report as a PDF for the council, drawn with cairo and
 * pango: A4, a title page, a table of contents with page numbers and
 * links, a summary with a status chart, a section per programme with the
 * three W-questions and a budget chart, page numbers on every page.  Text
 * is real text (selectable, searchable); PDF metadata carries title and
 * author; bookmarks and link destinations make it navigable.
 *
 * The document is laid out twice: the first pass (to a discarding stream)
 * learns on which page each section starts and how many pages there are,
 * the second draws the same layout with those numbers in the contents and
 * footers.
 */
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "i18n.h"
#include "log.h"
#include "num.h"

#define PDF_W		595.276		/* A4 in points */
#define PDF_H		841.890
#define PDF_ML		56.7		/* 2 cm */
#define PDF_MR		56.7
#define PDF_MT		56.7
#define PDF_MB		62.0
#define PDF_CW		(PDF_W - PDF_ML - PDF_MR)
#define PDF_MAXCOL	8
#define PDF_FONT	"DejaVu Sans"

struct pdf_buf {
	unsigned char	*s;
	size_t		 len, cap;
	int		 ok;
	int		 discard;
};

struct pdf {
	cairo_surface_t		*surf;
	cairo_t			*cr;
	const struct report_doc	*doc;
	const struct export_meta *m;
	int			 pass;		/* 1: measure, 2: draw */
	int			 page;
	int			 pages;		/* from pass 1 */
	double			 y;
	int			*prog_page;	/* from pass 1 */
	int			 summary_page, intro_page;
};

struct pdf_row {
	const char	*cell[PDF_MAXCOL];
	int		 status[PDF_MAXCOL];	/* -1 or an enum status */
	int		 bold;
};

static cairo_status_t
pdf_write(void *closure, const unsigned char *data, unsigned int len)
{
	struct pdf_buf	*b = closure;
	unsigned char	*n;
	size_t		 cap;

	if (b->discard)
		return CAIRO_STATUS_SUCCESS;
	if (b->len + len > b->cap) {
		cap = b->cap ? b->cap : 65536;
		while (cap < b->len + len)
			cap *= 2;
		if ((n = realloc(b->s, cap)) == NULL) {
			b->ok = 0;
			return CAIRO_STATUS_WRITE_ERROR;
		}
		b->s = n;
		b->cap = cap;
	}
	memcpy(b->s + b->len, data, len);
	b->len += len;
	return CAIRO_STATUS_SUCCESS;
}

static const char *
pdf_t(const struct pdf *p, const char *key)
{
	return i18n(p->m->lang, key);
}

static void
pdf_status_rgb(int st, double *r, double *g, double *b)
{
	/* The same colour-blind-safe colours as the web pages. */
	switch (st) {
	case STATUS_ON_TRACK: *r = 0.0; *g = 0.416; *b = 0.306; break;
	case STATUS_AT_RISK: *r = 0.541; *g = 0.353; *b = 0.0; break;
	case STATUS_OFF_TRACK: *r = 0.690; *g = 0.0; *b = 0.125; break;
	default: *r = 0.333; *g = 0.333; *b = 0.333; break;
	}
}

static const char *
pdf_status_word(const struct pdf *p, enum status s, char *buf, size_t sz)
{
	static const char *const icons[STATUS__MAX] = {
		"\xe2\x97\x8b", "\xe2\x97\x8f", "\xe2\x96\xb2", "\xe2\x9c\x96"
	};
	static const char *const keys[STATUS__MAX] = {
		"T_REPORT_STATUS_NO_DATA", "T_REPORT_STATUS_ON_TRACK",
		"T_REPORT_STATUS_AT_RISK", "T_REPORT_STATUS_OFF_TRACK"
	};

	if ((unsigned)s >= STATUS__MAX)
		s = STATUS_NO_DATA;
	snprintf(buf, sz, "%s %s", icons[s], pdf_t(p, keys[s]));
	return buf;
}

static PangoLayout *
pdf_layout(struct pdf *p, const char *font, double width, const char *text,
    PangoAlignment align)
{
	PangoLayout		*l;
	PangoFontDescription	*fd;

	l = pango_cairo_create_layout(p->cr);
	fd = pango_font_description_from_string(font);
	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	pango_layout_set_width(l, (int)(width * PANGO_SCALE));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_alignment(l, align);
	pango_layout_set_text(l, text != NULL ? text : "", -1);
	return l;
}

static void
pdf_footer(struct pdf *p)
{
	PangoLayout	*l;
	char		 buf[128];

	snprintf(buf, sizeof(buf), "%s %d / %d", pdf_t(p, "T_REPORT_PAGE"),
	    p->page, p->pages > 0 ? p->pages : p->page);
	cairo_set_source_rgb(p->cr, 0.29, 0.29, 0.29);
	l = pdf_layout(p, PDF_FONT " 8", PDF_CW, buf, PANGO_ALIGN_RIGHT);
	cairo_move_to(p->cr, PDF_ML, PDF_H - PDF_MB + 24);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
	snprintf(buf, sizeof(buf), "%s \xc2\xb7 %s%s", p->doc->title,
	    p->doc->period, p->m->version > 0 ? "" : " \xc2\xb7 CONCEPT/DRAFT");
	l = pdf_layout(p, PDF_FONT " 8", PDF_CW * 0.75, buf, PANGO_ALIGN_LEFT);
	cairo_move_to(p->cr, PDF_ML, PDF_H - PDF_MB + 24);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
}

static void
pdf_new_page(struct pdf *p)
{
	pdf_footer(p);
	cairo_show_page(p->cr);
	p->page++;
	p->y = PDF_MT;
}

static void
pdf_need(struct pdf *p, double h)
{
	if (p->y + h > PDF_H - PDF_MB)
		pdf_new_page(p);
}

/* A paragraph, split over pages line by line when it must be. */
static void
pdf_para(struct pdf *p, const char *font, double indent, const char *text,
    double after)
{
	PangoLayout	*l;
	PangoLayoutIter	*it;
	PangoRectangle	 lr;
	double		 h, base;

	if (text == NULL || text[0] == '\0')
		return;
	l = pdf_layout(p, font, PDF_CW - indent, text, PANGO_ALIGN_LEFT);
	it = pango_layout_get_iter(l);
	do {
		pango_layout_iter_get_line_extents(it, NULL, &lr);
		h = (double)lr.height / PANGO_SCALE;
		base = (double)(pango_layout_iter_get_baseline(it) - lr.y) /
		    PANGO_SCALE;
		pdf_need(p, h);
		cairo_move_to(p->cr, PDF_ML + indent, p->y + base);
		pango_cairo_show_layout_line(p->cr,
		    pango_layout_iter_get_line_readonly(it));
		p->y += h;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	g_object_unref(l);
	p->y += after;
}

/* Free text: paragraphs separated by blank lines. */
static void
pdf_text(struct pdf *p, const char *text)
{
	const char	*s = text, *e;
	char		*para;

	while (s != NULL && *s != '\0') {
		while (*s == '\n' || *s == '\r')
			s++;
		if (*s == '\0')
			break;
		if ((e = strstr(s, "\n\n")) == NULL)
			e = s + strlen(s);
		if ((para = strndup(s, (size_t)(e - s))) != NULL) {
			pdf_para(p, PDF_FONT " 10", 0, para, 6);
			free(para);
		}
		s = e;
	}
}

/*
 * A heading; dest names a link destination (and a bookmark at level
 * `outline` when >= 0).
 */
static void
pdf_heading(struct pdf *p, int level, const char *text, const char *dest,
    int outline)
{
	static const char *const fonts[] = {
		PDF_FONT " Bold 20", PDF_FONT " Bold 15", PDF_FONT " Bold 12",
		PDF_FONT " Bold 10.5"
	};
	char attr[96];

	if (level < 0 || level > 3)
		level = 3;
	p->y += level <= 1 ? 10 : 6;
	pdf_need(p, 80);	/* keep a heading with what follows */
	if (dest != NULL) {
		snprintf(attr, sizeof(attr), "name='%s'", dest);
		cairo_tag_begin(p->cr, CAIRO_TAG_DEST, attr);
	}
	cairo_set_source_rgb(p->cr, 0.082, 0.259, 0.451);
	pdf_para(p, fonts[level], 0, text, 4);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	if (dest != NULL) {
		cairo_tag_end(p->cr, CAIRO_TAG_DEST);
		if (outline >= 0 && p->pass == 2) {
			snprintf(attr, sizeof(attr), "dest='%s'", dest);
			cairo_pdf_surface_add_outline(p->surf,
			    CAIRO_PDF_OUTLINE_ROOT, text, attr, 0);
		}
	}
}

/*
 * A cell's layout: text wraps within the column, numbers never wrap (they
 * are right-aligned by the caller from their width).
 */
static PangoLayout *
pdf_cell(struct pdf *p, double w, const char *text, int bold, int num)
{
	PangoLayout *l;

	l = pdf_layout(p, bold ? PDF_FONT " Bold 7.5" : PDF_FONT " 7.5",
	    w - 6, text, PANGO_ALIGN_LEFT);
	if (num)
		pango_layout_set_width(l, -1);
	return l;
}

static double
pdf_row_height(struct pdf *p, const double *w, const int *num, int n,
    const struct pdf_row *r, int head)
{
	PangoLayout	*l;
	int		 i, lh;
	double		 h = 0;

	for (i = 0; i < n; i++) {
		l = pdf_cell(p, w[i], r->cell[i], r->bold || head,
		    num[i] && !head);
		pango_layout_get_size(l, NULL, &lh);
		if ((double)lh / PANGO_SCALE > h)
			h = (double)lh / PANGO_SCALE;
		g_object_unref(l);
	}
	return h + 6;
}

static void
pdf_row_draw(struct pdf *p, const double *w, const int *num, int n,
    const struct pdf_row *r, double h, int head)
{
	PangoLayout	*l;
	double		 x = PDF_ML, cr, cg, cb;
	int		 i, tw;

	if (head) {
		cairo_set_source_rgb(p->cr, 0.953, 0.961, 0.973);
		cairo_rectangle(p->cr, PDF_ML, p->y, PDF_CW, h);
		cairo_fill(p->cr);
	}
	for (i = 0; i < n; i++) {
		if (r->status[i] >= 0) {
			pdf_status_rgb(r->status[i], &cr, &cg, &cb);
			cairo_set_source_rgb(p->cr, cr, cg, cb);
		} else
			cairo_set_source_rgb(p->cr, 0.106, 0.106, 0.106);
		l = pdf_cell(p, w[i], r->cell[i], r->bold || head,
		    num[i] && !head);
		if (num[i] && !head) {
			pango_layout_get_size(l, &tw, NULL);
			cairo_move_to(p->cr, x + w[i] - 3 -
			    (double)tw / PANGO_SCALE, p->y + 3);
		} else
			cairo_move_to(p->cr, x + 3, p->y + 3);
		pango_cairo_show_layout(p->cr, l);
		g_object_unref(l);
		x += w[i];
	}
	cairo_set_source_rgb(p->cr, 0.78, 0.78, 0.78);
	cairo_set_line_width(p->cr, head ? 1.0 : 0.4);
	cairo_move_to(p->cr, PDF_ML, p->y + h);
	cairo_line_to(p->cr, PDF_ML + PDF_CW, p->y + h);
	cairo_stroke(p->cr);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	p->y += h;
}

/* A table; the header row repeats on every page it runs over. */
static void
pdf_table(struct pdf *p, const double *frac, const int *num, int n,
    const struct pdf_row *head, const struct pdf_row *rows, size_t rown)
{
	double	w[PDF_MAXCOL], hh, h;
	size_t	i;
	int	c;

	for (c = 0; c < n; c++)
		w[c] = frac[c] * PDF_CW;
	hh = pdf_row_height(p, w, num, n, head, 1);
	pdf_need(p, hh + (rown > 0 ?
	    pdf_row_height(p, w, num, n, &rows[0], 0) : 0));
	pdf_row_draw(p, w, num, n, head, hh, 1);
	for (i = 0; i < rown; i++) {
		h = pdf_row_height(p, w, num, n, &rows[i], 0);
		if (p->y + h > PDF_H - PDF_MB) {
			pdf_new_page(p);
			pdf_row_draw(p, w, num, n, head, hh, 1);
		}
		pdf_row_draw(p, w, num, n, &rows[i], h, 0);
	}
	p->y += 8;
}

static void
pdf_row_init(struct pdf_row *r)
{
	int i;

	memset(r, 0, sizeof(*r));
	for (i = 0; i < PDF_MAXCOL; i++) {
		r->cell[i] = "";
		r->status[i] = -1;
	}
}

/* Cell texts: each formats into its own buffer b (64 bytes, 96 for pdf_dev). */
static const char *
pdf_money(char *b, const struct pdf *p, int has, int64_t cents)
{
	if (!has)
		return "\xe2\x80\x94";
	num_format_money(b, 64, cents, 0, p->m->lang == LANG_EN);
	return b;
}

static const char *
pdf_num(char *b, const struct pdf *p, int has, int64_t v, int dec)
{
	if (!has)
		return "\xe2\x80\x94";
	num_format(b, 64, v, dec, p->m->lang == LANG_EN);
	return b;
}

static const char *
pdf_dev(char *b, const struct pdf *p, const struct report_money *m)
{
	char	pct[24], amt[40];

	if (!m->has_deviation)
		return "\xe2\x80\x94";
	num_format_money(amt, sizeof(amt), m->deviation, 0,
	    p->m->lang == LANG_EN);
	if (m->has_deviation_bp)
		num_format_bp(pct, sizeof(pct), m->deviation_bp,
		    p->m->lang == LANG_EN);
	else
		snprintf(pct, sizeof(pct), "\xe2\x80\x94");
	snprintf(b, 96, "%s (%s)%s", amt, pct, m->needs_explanation ? " !" : "");
	return b;
}

static void
pdf_legend(struct pdf *p)
{
	PangoLayout	*l;
	double		 x = PDF_ML, r, g, b;
	char		 w[64];
	int		 s;

	pdf_need(p, 16);
	for (s = STATUS_ON_TRACK; s <= STATUS_OFF_TRACK + 1; s++) {
		int st = s > STATUS_OFF_TRACK ? STATUS_NO_DATA : s;

		pdf_status_rgb(st, &r, &g, &b);
		cairo_set_source_rgb(p->cr, r, g, b);
		cairo_rectangle(p->cr, x, p->y + 2, 10, 8);
		cairo_fill(p->cr);
		l = pdf_layout(p, PDF_FONT " 8", 110, pdf_status_word(p,
		    (enum status)st, w, sizeof(w)), PANGO_ALIGN_LEFT);
		cairo_move_to(p->cr, x + 14, p->y);
		pango_cairo_show_layout(p->cr, l);
		g_object_unref(l);
		x += 120;
	}
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	p->y += 18;
}

/* Stacked bars: per programme its indicators by status. */
static void
pdf_status_chart(struct pdf *p)
{
	const struct report_doc	*d = p->doc;
	PangoLayout		*l;
	double			 lw = 150, bw = PDF_CW - lw - 10, x, r, g, b;
	size_t			 i, tot, k;
	char			 lab[160], num[16];
	static const int	 order[] = { STATUS_ON_TRACK, STATUS_AT_RISK,
				    STATUS_OFF_TRACK, STATUS_NO_DATA };

	pdf_heading(p, 3, pdf_t(p, "T_REPORT_CHART_STATUS"), NULL, -1);
	for (i = 0; i < d->programmen; i++) {
		const struct status_counts *c = &d->programmes[i].counts;

		pdf_need(p, 16);
		snprintf(lab, sizeof(lab), "%d. %s", d->programmes[i].number,
		    d->programmes[i].name);
		l = pdf_layout(p, PDF_FONT " 7.5", lw, lab, PANGO_ALIGN_LEFT);
		pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
		cairo_move_to(p->cr, PDF_ML, p->y + 1);
		pango_cairo_show_layout(p->cr, l);
		g_object_unref(l);
		for (tot = 0, k = 0; k < STATUS__MAX; k++)
			tot += c->n[k];
		x = PDF_ML + lw + 10;
		for (k = 0; tot > 0 && k < 4; k++) {
			double seg = bw * (double)c->n[order[k]] / (double)tot;

			if (c->n[order[k]] == 0)
				continue;
			pdf_status_rgb(order[k], &r, &g, &b);
			cairo_set_source_rgb(p->cr, r, g, b);
			cairo_rectangle(p->cr, x, p->y + 1, seg, 11);
			cairo_fill(p->cr);
			if (seg > 14) {
				snprintf(num, sizeof(num), "%zu",
				    c->n[order[k]]);
				cairo_set_source_rgb(p->cr, 1, 1, 1);
				l = pdf_layout(p, PDF_FONT " Bold 7", seg,
				    num, PANGO_ALIGN_CENTER);
				cairo_move_to(p->cr, x, p->y + 1.5);
				pango_cairo_show_layout(p->cr, l);
				g_object_unref(l);
			}
			x += seg;
		}
		cairo_set_source_rgb(p->cr, 0, 0, 0);
		p->y += 15;
	}
	p->y += 4;
	pdf_legend(p);
}

/* Budget to date beside realised, per performance of a programme. */
static void
pdf_cost_chart(struct pdf *p, const struct report_programme *pr)
{
	PangoLayout	*l;
	int64_t		 max = 1;
	double		 lw = 60, bw = PDF_CW - lw - 10;
	size_t		 i, j;
	char		 lab[32];

	for (i = 0; i < pr->effectn; i++)
		for (j = 0; j < pr->effects[i].performancen; j++) {
			const struct report_money *m =
			    &pr->effects[i].performances[j].money;

			if (m->budget > max)
				max = m->budget;
			if (m->has_realised && m->realised > max)
				max = m->realised;
		}
	pdf_heading(p, 3, pdf_t(p, "T_REPORT_CHART_COST"), NULL, -1);
	for (i = 0; i < pr->effectn; i++)
		for (j = 0; j < pr->effects[i].performancen; j++) {
			const struct report_performance *f =
			    &pr->effects[i].performances[j];

			pdf_need(p, 18);
			snprintf(lab, sizeof(lab), "%d.%d.%d", pr->number,
			    pr->effects[i].number, f->number);
			l = pdf_layout(p, PDF_FONT " 7.5", lw, lab,
			    PANGO_ALIGN_LEFT);
			cairo_move_to(p->cr, PDF_ML, p->y + 2);
			pango_cairo_show_layout(p->cr, l);
			g_object_unref(l);
			cairo_set_source_rgb(p->cr, 0.62, 0.71, 0.82);
			cairo_rectangle(p->cr, PDF_ML + lw + 10, p->y,
			    f->money.budget > 0 ? bw * (double)f->money.budget /
			    (double)max : 0, 7);
			cairo_fill(p->cr);
			if (f->money.has_realised && f->money.realised > 0) {
				cairo_set_source_rgb(p->cr, 0.082, 0.259, 0.451);
				cairo_rectangle(p->cr, PDF_ML + lw + 10,
				    p->y + 7, bw * (double)f->money.realised /
				    (double)max, 7);
				cairo_fill(p->cr);
			}
			cairo_set_source_rgb(p->cr, 0, 0, 0);
			p->y += 17;
		}
	pdf_need(p, 14);
	cairo_set_source_rgb(p->cr, 0.62, 0.71, 0.82);
	cairo_rectangle(p->cr, PDF_ML, p->y + 2, 10, 8);
	cairo_fill(p->cr);
	cairo_set_source_rgb(p->cr, 0.082, 0.259, 0.451);
	cairo_rectangle(p->cr, PDF_ML + 170, p->y + 2, 10, 8);
	cairo_fill(p->cr);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	l = pdf_layout(p, PDF_FONT " 8", 150,
	    pdf_t(p, "T_REPORT_BUDGET_TO_DATE"), PANGO_ALIGN_LEFT);
	cairo_move_to(p->cr, PDF_ML + 14, p->y);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
	l = pdf_layout(p, PDF_FONT " 8", 150,
	    pdf_t(p, "T_REPORT_REALISED_TO_DATE"), PANGO_ALIGN_LEFT);
	cairo_move_to(p->cr, PDF_ML + 184, p->y);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
	p->y += 20;
}

static void
pdf_indicator_table(struct pdf *p, const struct report_indicator *v,
    size_t n)
{
	static const double	 frac[] = { .40, .10, .12, .12, .12, .14 };
	static const int	 num[] = { 0, 0, 1, 1, 1, 0 };
	struct pdf_row		 head, *rows;
	char			(*names)[300], (*words)[64], (*nums)[3][64];
	char			 note[64];
	size_t			 i;

	if (n == 0) {
		pdf_para(p, PDF_FONT " Italic 9", 0,
		    pdf_t(p, "T_NO_INDICATORS"), 6);
		return;
	}
	rows = calloc(n, sizeof(*rows));
	names = calloc(n, sizeof(*names));
	words = calloc(n, sizeof(*words));
	nums = calloc(n, sizeof(*nums));
	if (rows == NULL || names == NULL || words == NULL || nums == NULL)
		goto out;
	pdf_row_init(&head);
	head.cell[0] = pdf_t(p, "T_INDICATOR");
	head.cell[1] = pdf_t(p, "T_UNIT_OF_MEASURE");
	head.cell[2] = pdf_t(p, "T_TARGET");
	head.cell[3] = pdf_t(p, "T_REALISED");
	head.cell[4] = pdf_t(p, "T_FORECAST");
	head.cell[5] = pdf_t(p, "T_REPORT_STATUS");
	for (i = 0; i < n; i++) {
		pdf_row_init(&rows[i]);
		snprintf(names[i], sizeof(names[i]), "%s (%s)", v[i].name,
		    v[i].code);
		rows[i].cell[0] = names[i];
		rows[i].cell[1] = v[i].unit;
		rows[i].cell[2] = pdf_num(nums[i][0], p, v[i].has_target,
		    v[i].target, v[i].decimals);
		rows[i].cell[3] = pdf_num(nums[i][1], p, v[i].has_value,
		    v[i].value, v[i].decimals);
		rows[i].cell[4] = pdf_num(nums[i][2], p, v[i].has_forecast,
		    v[i].forecast, v[i].decimals);
		rows[i].cell[5] = pdf_status_word(p, v[i].status, words[i],
		    sizeof(words[i]));
		rows[i].status[5] = (int)v[i].status;
	}
	pdf_table(p, frac, num, 6, &head, rows, n);
	for (i = 0; i < n; i++) {
		if (v[i].explanation[0] != '\0') {
			snprintf(note, sizeof(note), "%s \xe2\x80\x93 %s",
			    v[i].code, pdf_t(p, "T_EXPLANATION"));
			pdf_para(p, PDF_FONT " Bold 8.5", 8, note, 1);
			pdf_para(p, PDF_FONT " 8.5", 8, v[i].explanation, 3);
		}
		if (v[i].measure[0] != '\0') {
			snprintf(note, sizeof(note), "%s \xe2\x80\x93 %s",
			    v[i].code, pdf_t(p, "T_MEASURE"));
			pdf_para(p, PDF_FONT " Bold 8.5", 8, note, 1);
			pdf_para(p, PDF_FONT " 8.5", 8, v[i].measure, 3);
		}
	}
out:
	free(rows);
	free(names);
	free(words);
	free(nums);
}

static void
pdf_cost_table(struct pdf *p, const struct report_programme *pr)
{
	static const double	 frac[] = { .27, .14, .14, .14, .17, .14 };
	static const int	 num[] = { 0, 1, 1, 1, 1, 1 };
	const struct report_money *m;
	struct pdf_row		 head, *rows;
	size_t			 i, j, n = 0, k = 0;
	char			(*c)[6][300];

	for (i = 0; i < pr->effectn; i++)
		n += pr->effects[i].performancen;
	rows = calloc(n + 1, sizeof(*rows));
	c = calloc(n + 1, sizeof(*c));
	if (rows == NULL || c == NULL)
		goto out;
	pdf_row_init(&head);
	head.cell[0] = pdf_t(p, "T_PERFORMANCE");
	head.cell[1] = pdf_t(p, "T_REPORT_YEAR_BUDGET");
	head.cell[2] = pdf_t(p, "T_REPORT_BUDGET_TO_DATE");
	head.cell[3] = pdf_t(p, "T_REPORT_REALISED_TO_DATE");
	head.cell[4] = pdf_t(p, "T_REPORT_DEVIATION");
	head.cell[5] = pdf_t(p, "T_REPORT_FORECAST_YEAR");
	for (i = 0; i <= pr->effectn; i++)
		for (j = 0; j < (i < pr->effectn ?
		    pr->effects[i].performancen : 1); j++, k++) {
			pdf_row_init(&rows[k]);
			if (i < pr->effectn) {
				const struct report_performance *f =
				    &pr->effects[i].performances[j];

				snprintf(c[k][0], sizeof(c[k][0]),
				    "%d.%d.%d %s", pr->number,
				    pr->effects[i].number, f->number, f->name);
				m = &f->money;
			} else {
				snprintf(c[k][0], sizeof(c[k][0]), "%s",
				    pdf_t(p, "T_TOTAL"));
				rows[k].bold = 1;
				m = &pr->money;
			}
			rows[k].cell[0] = c[k][0];
			rows[k].cell[1] = pdf_money(c[k][1], p, 1,
			    m->year_budget);
			rows[k].cell[2] = pdf_money(c[k][2], p, 1, m->budget);
			rows[k].cell[3] = pdf_money(c[k][3], p,
			    m->has_realised, m->realised);
			rows[k].cell[4] = pdf_dev(c[k][4], p, m);
			rows[k].cell[5] = pdf_money(c[k][5], p,
			    m->has_forecast, m->forecast);
		}
	pdf_table(p, frac, num, 6, &head, rows, k);
out:
	free(rows);
	free(c);
}

static void
pdf_programme(struct pdf *p, size_t ix)
{
	const struct report_programme	*pr = &p->doc->programmes[ix];
	const struct report_effect	*e;
	const struct report_performance	*f;
	char				 buf[512], dest[32], w[64];
	size_t				 i, j;

	pdf_new_page(p);
	p->prog_page[ix] = p->page;
	snprintf(dest, sizeof(dest), "prog-%d", pr->number);
	snprintf(buf, sizeof(buf), "%s %d. %s", pdf_t(p, "T_PROGRAMME"),
	    pr->number, pr->name);
	pdf_heading(p, 1, buf, dest, 0);
	snprintf(buf, sizeof(buf), "%s: %s \xc2\xb7 %s: %s \xc2\xb7 %s: %s",
	    pdf_t(p, "T_PORTFOLIO_HOLDER"), pr->portfolio_holder,
	    pdf_t(p, "T_DIRECTIE"), pr->directie, pdf_t(p, "T_REPORT_STATUS"),
	    pdf_status_word(p, pr->status, w, sizeof(w)));
	pdf_para(p, PDF_FONT " 9", 0, buf, 6);
	pdf_text(p, pr->intro);
	snprintf(buf, sizeof(buf), "1. %s", pdf_t(p, "T_W1"));
	pdf_heading(p, 2, buf, NULL, -1);
	pdf_para(p, PDF_FONT " Italic 10", 0, pr->ambition, 6);
	for (i = 0; i < pr->effectn; i++) {
		e = &pr->effects[i];
		snprintf(buf, sizeof(buf), "%s %d.%d: %s (%s)",
		    pdf_t(p, "T_EFFECT"), pr->number, e->number, e->name,
		    pdf_status_word(p, e->status, w, sizeof(w)));
		pdf_heading(p, 3, buf, NULL, -1);
		pdf_para(p, PDF_FONT " 9", 0, e->description, 4);
		pdf_indicator_table(p, e->indicators, e->indicatorn);
	}
	snprintf(buf, sizeof(buf), "2. %s", pdf_t(p, "T_W2"));
	pdf_heading(p, 2, buf, NULL, -1);
	for (i = 0; i < pr->effectn; i++)
		for (j = 0; j < pr->effects[i].performancen; j++) {
			f = &pr->effects[i].performances[j];
			snprintf(buf, sizeof(buf), "%s %d.%d.%d: %s (%s)",
			    pdf_t(p, "T_PERFORMANCE"), pr->number,
			    pr->effects[i].number, f->number, f->name,
			    pdf_status_word(p, f->status, w, sizeof(w)));
			pdf_heading(p, 3, buf, NULL, -1);
			snprintf(buf, sizeof(buf), "%s: %s",
			    pdf_t(p, "T_OWNER"), f->owner);
			pdf_para(p, PDF_FONT " 8.5", 0, buf, 3);
			pdf_indicator_table(p, f->indicators, f->indicatorn);
		}
	snprintf(buf, sizeof(buf), "3. %s", pdf_t(p, "T_W3"));
	pdf_heading(p, 2, buf, NULL, -1);
	pdf_cost_table(p, pr);
	pdf_cost_chart(p, pr);
	for (i = 0; i < pr->effectn; i++)
		for (j = 0; j < pr->effects[i].performancen; j++) {
			f = &pr->effects[i].performances[j];
			if (f->explanation[0] == '\0' && f->measure[0] == '\0')
				continue;
			snprintf(buf, sizeof(buf), "%d.%d.%d %s \xe2\x80\x93 %s",
			    pr->number, pr->effects[i].number, f->number,
			    f->name, pdf_t(p, "T_REPORT_COST_EXPLANATIONS"));
			pdf_para(p, PDF_FONT " Bold 8.5", 0, buf, 1);
			pdf_para(p, PDF_FONT " 8.5", 0, f->explanation, 2);
			pdf_para(p, PDF_FONT " 8.5", 0, f->measure, 4);
		}
}

static void
pdf_title_page(struct pdf *p)
{
	char	buf[512], key[64], w[64];

	p->y = 200;
	snprintf(key, sizeof(key), "T_REPORT_KIND_%s",
	    strcmp(p->doc->kind, "bestuursrapportage") == 0 ?
	    "BESTUURSRAPPORTAGE" : "VOORTGANGSRAPPORTAGE");
	pdf_para(p, PDF_FONT " 14", 0, pdf_t(p, key), 8);
	cairo_set_source_rgb(p->cr, 0.082, 0.259, 0.451);
	pdf_para(p, PDF_FONT " Bold 26", 0, p->doc->title, 12);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	snprintf(buf, sizeof(buf), "%s %s", pdf_t(p, "T_PERIOD"),
	    p->doc->period);
	pdf_para(p, PDF_FONT " 14", 0, buf, 24);
	snprintf(buf, sizeof(buf), "%s: %s", pdf_t(p, "T_REPORT_OVERALL"),
	    pdf_status_word(p, p->doc->status, w, sizeof(w)));
	pdf_para(p, PDF_FONT " 11", 0, buf, 40);
	if (p->m->version > 0) {
		snprintf(buf, sizeof(buf), "%s %d\n%s: %s\n%s: %s\n%s: %s",
		    pdf_t(p, "T_REPORT_VERSION"), p->m->version,
		    pdf_t(p, "T_REPORT_PUBLISHED_AT"), p->m->published_at,
		    pdf_t(p, "T_REPORT_PUBLISHED_BY"), p->m->published_by,
		    pdf_t(p, "T_REPORT_HASH"), p->m->hash);
		pdf_para(p, PDF_FONT " 9", 0, buf, 0);
	} else {
		cairo_set_source_rgb(p->cr, 0.690, 0.0, 0.125);
		pdf_para(p, PDF_FONT " Bold 14", 0,
		    pdf_t(p, "T_REPORT_DRAFT_MARK"), 6);
		cairo_set_source_rgb(p->cr, 0, 0, 0);
		snprintf(buf, sizeof(buf), "%s: %s", pdf_t(p,
		    "T_REPORT_PREPARED"), p->m->generated_at);
		pdf_para(p, PDF_FONT " 9", 0, buf, 0);
	}
}

static void
pdf_toc_line(struct pdf *p, const char *text, const char *dest, int page)
{
	PangoLayout	*l;
	char		 attr[64], num[16];

	pdf_need(p, 16);
	snprintf(attr, sizeof(attr), "dest='%s'", dest);
	snprintf(num, sizeof(num), "%d", page);
	cairo_tag_begin(p->cr, CAIRO_TAG_LINK, attr);
	l = pdf_layout(p, PDF_FONT " 10", PDF_CW - 40, text, PANGO_ALIGN_LEFT);
	cairo_move_to(p->cr, PDF_ML, p->y);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
	l = pdf_layout(p, PDF_FONT " 10", 40, num, PANGO_ALIGN_RIGHT);
	cairo_move_to(p->cr, PDF_ML + PDF_CW - 40, p->y);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
	cairo_tag_end(p->cr, CAIRO_TAG_LINK);
	p->y += 17;
}

static void
pdf_summary(struct pdf *p)
{
	static const double	 frac[] = { .27, .12, .15, .15, .17, .14 };
	static const int	 num[] = { 0, 0, 1, 1, 1, 1 };
	const struct report_doc	*d = p->doc;
	const struct report_money *m;
	struct pdf_row		 head, *rows;
	char			(*c)[6][300];
	enum status		 st;
	size_t			 i;

	pdf_new_page(p);
	p->summary_page = p->page;
	pdf_heading(p, 1, pdf_t(p, "T_REPORT_SUMMARY"), "summary", 0);
	rows = calloc(d->programmen + 1, sizeof(*rows));
	c = calloc(d->programmen + 1, sizeof(*c));
	if (rows == NULL || c == NULL)
		goto out;
	pdf_row_init(&head);
	head.cell[0] = pdf_t(p, "T_PROGRAMME");
	head.cell[1] = pdf_t(p, "T_REPORT_STATUS");
	head.cell[2] = pdf_t(p, "T_REPORT_BUDGET_TO_DATE");
	head.cell[3] = pdf_t(p, "T_REPORT_REALISED_TO_DATE");
	head.cell[4] = pdf_t(p, "T_REPORT_DEVIATION");
	head.cell[5] = pdf_t(p, "T_REPORT_FORECAST_YEAR");
	for (i = 0; i <= d->programmen; i++) {
		pdf_row_init(&rows[i]);
		if (i < d->programmen) {
			snprintf(c[i][0], sizeof(c[i][0]), "%d. %s",
			    d->programmes[i].number, d->programmes[i].name);
			m = &d->programmes[i].money;
			st = d->programmes[i].status;
		} else {
			snprintf(c[i][0], sizeof(c[i][0]), "%s",
			    pdf_t(p, "T_TOTAL"));
			rows[i].bold = 1;
			m = &d->money;
			st = d->status;
		}
		rows[i].cell[0] = c[i][0];
		rows[i].cell[1] = pdf_status_word(p, st, c[i][1],
		    sizeof(c[i][1]));
		rows[i].status[1] = (int)st;
		rows[i].cell[2] = pdf_money(c[i][2], p, 1, m->budget);
		rows[i].cell[3] = pdf_money(c[i][3], p, m->has_realised,
		    m->realised);
		rows[i].cell[4] = pdf_dev(c[i][4], p, m);
		rows[i].cell[5] = pdf_money(c[i][5], p, m->has_forecast,
		    m->forecast);
	}
	pdf_table(p, frac, num, 6, &head, rows, d->programmen + 1);
	p->y += 12;
	pdf_status_chart(p);
out:
	free(rows);
	free(c);
}

static int
pdf_render(struct pdf *p, struct pdf_buf *out)
{
	char	buf[512];
	size_t	i;
	int	ok;

	p->surf = cairo_pdf_surface_create_for_stream(pdf_write, out, PDF_W,
	    PDF_H);
	p->cr = cairo_create(p->surf);
	if (cairo_status(p->cr) != CAIRO_STATUS_SUCCESS) {
		cairo_destroy(p->cr);
		cairo_surface_destroy(p->surf);
		return 0;
	}
	cairo_pdf_surface_set_metadata(p->surf, CAIRO_PDF_METADATA_TITLE,
	    p->doc->title);
	cairo_pdf_surface_set_metadata(p->surf, CAIRO_PDF_METADATA_AUTHOR,
	    p->m->published_by != NULL && p->m->published_by[0] != '\0' ?
	    p->m->published_by : "Koers");
	snprintf(buf, sizeof(buf), "%s %s", p->doc->kind, p->doc->period);
	cairo_pdf_surface_set_metadata(p->surf, CAIRO_PDF_METADATA_SUBJECT, buf);
	cairo_pdf_surface_set_metadata(p->surf, CAIRO_PDF_METADATA_CREATOR,
	    "Koers");
	if (p->m->generated_at != NULL && p->m->generated_at[0] != '\0') {
		cairo_pdf_surface_set_metadata(p->surf,
		    CAIRO_PDF_METADATA_CREATE_DATE, p->m->generated_at);
		cairo_pdf_surface_set_metadata(p->surf,
		    CAIRO_PDF_METADATA_MOD_DATE, p->m->generated_at);
	}
	p->page = 1;
	p->y = PDF_MT;
	pdf_title_page(p);
	/* Contents. */
	pdf_new_page(p);
	pdf_heading(p, 1, pdf_t(p, "T_REPORT_CONTENTS"), NULL, -1);
	if (p->doc->intro[0] != '\0')
		pdf_toc_line(p, pdf_t(p, "T_REPORT_INTRO"), "intro",
		    p->intro_page);
	pdf_toc_line(p, pdf_t(p, "T_REPORT_SUMMARY"), "summary",
	    p->summary_page);
	for (i = 0; i < p->doc->programmen; i++) {
		snprintf(buf, sizeof(buf), "%s %d. %s", pdf_t(p, "T_PROGRAMME"),
		    p->doc->programmes[i].number, p->doc->programmes[i].name);
		snprintf(buf + 400, 32, "prog-%d", p->doc->programmes[i].number);
		pdf_toc_line(p, buf, buf + 400, p->prog_page[i]);
	}
	if (p->doc->intro[0] != '\0') {
		pdf_new_page(p);
		p->intro_page = p->page;
		pdf_heading(p, 1, pdf_t(p, "T_REPORT_INTRO"), "intro", 0);
		pdf_text(p, p->doc->intro);
	}
	pdf_summary(p);
	for (i = 0; i < p->doc->programmen; i++)
		pdf_programme(p, i);
	pdf_footer(p);
	cairo_show_page(p->cr);
	ok = cairo_status(p->cr) == CAIRO_STATUS_SUCCESS;
	if (!ok)
		log_err("pdf: %s", cairo_status_to_string(cairo_status(p->cr)));
	cairo_destroy(p->cr);
	cairo_surface_finish(p->surf);
	if (ok && cairo_surface_status(p->surf) != CAIRO_STATUS_SUCCESS) {
		log_err("pdf: %s", cairo_status_to_string(
		    cairo_surface_status(p->surf)));
		ok = 0;
	}
	cairo_surface_destroy(p->surf);
	return ok;
}

/*
 * The report as a PDF.  Returns the bytes (malloc'd) and sets *len; NULL
 * on failure.
 */
char *
export_pdf(const struct report_doc *doc, const struct export_meta *m,
    size_t *len)
{
	struct pdf	 p;
	struct pdf_buf	 measure = { NULL, 0, 0, 1, 1 };
	struct pdf_buf	 out = { NULL, 0, 0, 1, 0 };
	int		 ok;

	memset(&p, 0, sizeof(p));
	p.doc = doc;
	p.m = m;
	if ((p.prog_page = calloc(doc->programmen + 1, sizeof(int))) == NULL)
		return NULL;
	p.pass = 1;
	ok = pdf_render(&p, &measure);
	p.pages = p.page;
	p.pass = 2;
	ok = ok && pdf_render(&p, &out) && out.ok;
	free(p.prog_page);
	if (!ok) {
		free(out.s);
		return NULL;
	}
	*len = out.len;
	return (char *)out.s;
}
