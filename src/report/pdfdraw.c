/* pdfdraw.c: drawing primitives of the PDF export; see pdfdraw.h. */
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "num.h"
#include "pdfdraw.h"
#include "utf8.h"

cairo_status_t
pdfdraw_write(void *closure, const unsigned char *data, unsigned int len)
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

const char *
pdfdraw_t(const struct pdf *p, const char *key)
{
	return i18n(p->m->lang, key);
}

void
pdfdraw_status_rgb(int st, double *r, double *g, double *b)
{
	/* The same colour-blind-safe colours as the web pages. */
	switch (st) {
	case STATUS_ON_TRACK: *r = 0.0; *g = 0.416; *b = 0.306; break;
	case STATUS_AT_RISK: *r = 0.541; *g = 0.353; *b = 0.0; break;
	case STATUS_OFF_TRACK: *r = 0.690; *g = 0.0; *b = 0.125; break;
	default: *r = 0.333; *g = 0.333; *b = 0.333; break;
	}
}

const char *
pdfdraw_status_word(const struct pdf *p, enum status s, char *buf, size_t sz)
{
	const struct status_look *l = status_look(s);

	utf8_snprintf(buf, sz, "%s %s", l->icon, pdfdraw_t(p, l->key));
	return buf;
}

PangoLayout *
pdfdraw_layout(struct pdf *p, const char *font, double width, const char *text,
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

void
pdfdraw_footer(struct pdf *p)
{
	PangoLayout	*l;
	char		 buf[128];

	utf8_snprintf(buf, sizeof(buf), "%s %d / %d", pdfdraw_t(p,
	    "T_REPORT_PAGE"),
	    p->page, p->pages > 0 ? p->pages : p->page);
	cairo_set_source_rgb(p->cr, 0.29, 0.29, 0.29);
	l = pdfdraw_layout(p, PDF_FONT " 8", PDF_CW, buf, PANGO_ALIGN_RIGHT);
	cairo_move_to(p->cr, PDF_ML, PDF_H - PDF_MB + 24);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
	/* The provisional mark first, so that a long title cannot cut it. */
	utf8_snprintf(buf, sizeof(buf), "%s%s%s \xc2\xb7 %s%s%s",
	    p->doc->provisional ? pdfdraw_t(p, "T_REPORT_PROV_MARK") : "",
	    p->doc->provisional ? " \xc2\xb7 " : "", p->doc->title,
	    p->doc->period, p->m->version > 0 ? "" : " \xc2\xb7 ",
	    p->m->version > 0 ? "" : pdfdraw_t(p, "T_REPORT_DRAFT_WORD"));
	l = pdfdraw_layout(p, PDF_FONT " 8", PDF_CW * 0.75, buf, PANGO_ALIGN_LEFT);
	cairo_move_to(p->cr, PDF_ML, PDF_H - PDF_MB + 24);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
}

void
pdfdraw_new_page(struct pdf *p)
{
	pdfdraw_footer(p);
	cairo_show_page(p->cr);
	p->page++;
	p->y = PDF_MT;
}

void
pdfdraw_need(struct pdf *p, double h)
{
	if (p->y + h > PDF_H - PDF_MB)
		pdfdraw_new_page(p);
}

/* A paragraph, split over pages line by line when it must be. */
void
pdfdraw_para(struct pdf *p, const char *font, double indent, const char *text,
    double after)
{
	PangoLayout	*l;
	PangoLayoutIter	*it;
	PangoRectangle	 lr;
	double		 h, base;

	if (text == NULL || text[0] == '\0')
		return;
	l = pdfdraw_layout(p, font, PDF_CW - indent, text, PANGO_ALIGN_LEFT);
	it = pango_layout_get_iter(l);
	do {
		pango_layout_iter_get_line_extents(it, NULL, &lr);
		h = (double)lr.height / PANGO_SCALE;
		base = (double)(pango_layout_iter_get_baseline(it) - lr.y) /
		    PANGO_SCALE;
		pdfdraw_need(p, h);
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
void
pdfdraw_text(struct pdf *p, const char *text)
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
			/* Structure for assistive technology: a paragraph. */
			cairo_tag_begin(p->cr, "P", NULL);
			pdfdraw_para(p, PDF_FONT " 10", 0, para, 6);
			cairo_tag_end(p->cr, "P");
			free(para);
		}
		s = e;
	}
}

/*
 * A heading; dest names a link destination (and a bookmark at level
 * `outline` when >= 0).
 */
void
pdfdraw_heading(struct pdf *p, int level, const char *text, const char *dest,
    int outline)
{
	static const char *const fonts[] = {
		PDF_FONT " Bold 20", PDF_FONT " Bold 15", PDF_FONT " Bold 12",
		PDF_FONT " Bold 10.5"
	};
	static const char *const tags[] = { "H1", "H2", "H3", "H4" };
	char attr[96];

	if (level < 0 || level > 3)
		level = 3;
	p->y += level <= 1 ? 10 : 6;
	pdfdraw_need(p, 80);	/* keep a heading with what follows */
	if (dest != NULL) {
		utf8_snprintf(attr, sizeof(attr), "name='%s'", dest);
		cairo_tag_begin(p->cr, CAIRO_TAG_DEST, attr);
	}
	cairo_set_source_rgb(p->cr, 0.082, 0.259, 0.451);
	/* Tagged PDF: the heading's level in the structure tree. */
	cairo_tag_begin(p->cr, tags[level], NULL);
	pdfdraw_para(p, fonts[level], 0, text, 4);
	cairo_tag_end(p->cr, tags[level]);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	if (dest != NULL) {
		cairo_tag_end(p->cr, CAIRO_TAG_DEST);
		if (outline >= 0 && p->pass == 2) {
			utf8_snprintf(attr, sizeof(attr), "dest='%s'", dest);
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
pdfdraw_cell(struct pdf *p, double w, const char *text, int bold, int num)
{
	PangoLayout *l;

	l = pdfdraw_layout(p, bold ? PDF_FONT " Bold 7.5" : PDF_FONT " 7.5",
	    w - 6, text, PANGO_ALIGN_LEFT);
	if (num)
		pango_layout_set_width(l, -1);
	return l;
}

static double
pdfdraw_row_height(struct pdf *p, const double *w, const int *num, int n,
    const struct pdf_row *r, int head)
{
	PangoLayout	*l;
	int		 i, lh;
	double		 h = 0;

	for (i = 0; i < n; i++) {
		l = pdfdraw_cell(p, w[i], r->cell[i], r->bold || head,
		    num[i] && !head);
		pango_layout_get_size(l, NULL, &lh);
		if ((double)lh / PANGO_SCALE > h)
			h = (double)lh / PANGO_SCALE;
		g_object_unref(l);
	}
	return h + 6;
}

/*
 * One row, tagged for assistive technology as a table row (TR) of header
 * cells (TH) or data cells (TD).
 */
static void
pdfdraw_row_draw(struct pdf *p, const double *w, const int *num, int n,
    const struct pdf_row *r, double h, int head)
{
	const char	*cell = head ? "TH" : "TD";
	PangoLayout	*l;
	double		 x = PDF_ML, cr, cg, cb;
	int		 i, tw;

	if (head) {
		cairo_set_source_rgb(p->cr, 0.953, 0.961, 0.973);
		cairo_rectangle(p->cr, PDF_ML, p->y, PDF_CW, h);
		cairo_fill(p->cr);
	}
	cairo_tag_begin(p->cr, "TR", NULL);
	for (i = 0; i < n; i++) {
		cairo_tag_begin(p->cr, cell, NULL);
		if (r->status[i] >= 0) {
			pdfdraw_status_rgb(r->status[i], &cr, &cg, &cb);
			cairo_set_source_rgb(p->cr, cr, cg, cb);
		} else
			cairo_set_source_rgb(p->cr, 0.106, 0.106, 0.106);
		l = pdfdraw_cell(p, w[i], r->cell[i], r->bold || head,
		    num[i] && !head);
		if (num[i] && !head) {
			pango_layout_get_size(l, &tw, NULL);
			cairo_move_to(p->cr, x + w[i] - 3 -
			    (double)tw / PANGO_SCALE, p->y + 3);
		} else
			cairo_move_to(p->cr, x + 3, p->y + 3);
		pango_cairo_show_layout(p->cr, l);
		g_object_unref(l);
		cairo_tag_end(p->cr, cell);
		x += w[i];
	}
	cairo_tag_end(p->cr, "TR");
	cairo_set_source_rgb(p->cr, 0.78, 0.78, 0.78);
	cairo_set_line_width(p->cr, head ? 1.0 : 0.4);
	cairo_move_to(p->cr, PDF_ML, p->y + h);
	cairo_line_to(p->cr, PDF_ML + PDF_CW, p->y + h);
	cairo_stroke(p->cr);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	p->y += h;
}

/*
 * A table; the header row repeats on every page it runs over.  In the
 * structure tree each page's part is a whole table (Table, its header row,
 * its rows), so that the page footer between them is not read as part of
 * a table and every part has its column headers.
 */
void
pdfdraw_table(struct pdf *p, const double *frac, const int *num, int n,
    const struct pdf_row *head, const struct pdf_row *rows, size_t rown)
{
	double	w[PDF_MAXCOL], hh, h;
	size_t	i;
	int	c;

	for (c = 0; c < n; c++)
		w[c] = frac[c] * PDF_CW;
	hh = pdfdraw_row_height(p, w, num, n, head, 1);
	pdfdraw_need(p, hh + (rown > 0 ?
	    pdfdraw_row_height(p, w, num, n, &rows[0], 0) : 0));
	cairo_tag_begin(p->cr, "Table", NULL);
	pdfdraw_row_draw(p, w, num, n, head, hh, 1);
	for (i = 0; i < rown; i++) {
		h = pdfdraw_row_height(p, w, num, n, &rows[i], 0);
		if (p->y + h > PDF_H - PDF_MB) {
			cairo_tag_end(p->cr, "Table");
			pdfdraw_new_page(p);
			cairo_tag_begin(p->cr, "Table", NULL);
			pdfdraw_row_draw(p, w, num, n, head, hh, 1);
		}
		pdfdraw_row_draw(p, w, num, n, &rows[i], h, 0);
	}
	cairo_tag_end(p->cr, "Table");
	p->y += 8;
}

void
pdfdraw_row_init(struct pdf_row *r)
{
	int i;

	memset(r, 0, sizeof(*r));
	for (i = 0; i < PDF_MAXCOL; i++) {
		r->cell[i] = "";
		r->status[i] = -1;
	}
}

/* Cell texts: each formats into its own buffer b (64 bytes, 96 for pdfdraw_dev). */
const char *
pdfdraw_money(char *b, const struct pdf *p, int has, int64_t cents)
{
	if (!has)
		return "\xe2\x80\x94";
	num_format_money(b, 64, cents, 0, p->m->lang == LANG_EN);
	return b;
}

const char *
pdfdraw_num(char *b, const struct pdf *p, int has, int64_t v, int dec)
{
	if (!has)
		return "\xe2\x80\x94";
	num_format(b, 64, v, dec, p->m->lang == LANG_EN);
	return b;
}

const char *
pdfdraw_dev(char *b, const struct pdf *p, const struct report_money *m)
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
		utf8_snprintf(pct, sizeof(pct), "\xe2\x80\x94");
	utf8_snprintf(b, 96, "%s (%s)%s", amt, pct,
	    m->needs_explanation ? " !" : "");
	return b;
}

void
pdfdraw_legend(struct pdf *p)
{
	PangoLayout	*l;
	double		 x = PDF_ML, r, g, b;
	char		 w[64];
	int		 s;

	pdfdraw_need(p, 16);
	for (s = STATUS_ON_TRACK; s <= STATUS_OFF_TRACK + 1; s++) {
		int st = s > STATUS_OFF_TRACK ? STATUS_NO_DATA : s;

		pdfdraw_status_rgb(st, &r, &g, &b);
		cairo_set_source_rgb(p->cr, r, g, b);
		cairo_rectangle(p->cr, x, p->y + 2, 10, 8);
		cairo_fill(p->cr);
		l = pdfdraw_layout(p, PDF_FONT " 8", 110, pdfdraw_status_word(p,
		    (enum status)st, w, sizeof(w)), PANGO_ALIGN_LEFT);
		cairo_move_to(p->cr, x + 14, p->y);
		pango_cairo_show_layout(p->cr, l);
		g_object_unref(l);
		x += 120;
	}
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	p->y += 18;
}
