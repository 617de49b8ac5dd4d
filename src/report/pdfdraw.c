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
#include "when.h"

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

double
pdfdraw_cw(const struct pdf *p)
{
	return p->pw - PDF_ML - PDF_MR;
}

double
pdfdraw_bottom(const struct pdf *p)
{
	return p->ph - PDF_MB;
}

/*
 * Line breaks at spaces only: pango also breaks after a hyphen or a slash
 * ("t/" "m", "Re-" "integratie"), which splits a word; every run of
 * characters between spaces is marked unbreakable.
 */
static void
pdfdraw_words_only(PangoLayout *l, const char *text)
{
	PangoAttrList	*al;
	PangoAttribute	*a;
	size_t		 i = 0, start;

	if ((al = pango_attr_list_new()) == NULL)
		return;
	while (text[i] != '\0') {
		while (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')
			i++;
		start = i;
		while (text[i] != '\0' && text[i] != ' ' && text[i] != '\n' &&
		    text[i] != '\t')
			i++;
		if (i - start > 1 && (a = pango_attr_allow_breaks_new(FALSE)) !=
		    NULL) {
			a->start_index = (guint)start;
			a->end_index = (guint)i;
			pango_attr_list_insert(al, a);
		}
	}
	pango_layout_set_attributes(l, al);
	pango_attr_list_unref(al);
}

/*
 * A layout of text in width points (width <= 0: one line per paragraph,
 * never wrapped).  Lines break at words only; a word wider than the whole
 * width (a pasted URL, say) is the one case that falls back to breaking
 * inside it, so that nothing runs off the page.
 */
PangoLayout *
pdfdraw_layout(struct pdf *p, const char *font, double width, const char *text,
    PangoAlignment align)
{
	PangoLayout		*l;
	PangoFontDescription	*fd;
	PangoRectangle		 lr;

	l = pango_cairo_create_layout(p->cr);
	/*
	 * Font sizes in points: pango's default of 96 dpi would set every
	 * font a third larger than its size says on a PDF surface, whose
	 * unit is the point.
	 */
	pango_cairo_context_set_resolution(pango_layout_get_context(l), 72);
	pango_layout_context_changed(l);
	fd = pango_font_description_from_string(font);
	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	pango_layout_set_alignment(l, align);
	pango_layout_set_text(l, text != NULL ? text : "", -1);
	if (width <= 0) {
		pango_layout_set_width(l, -1);
		return l;
	}
	pango_layout_set_width(l, (int)(width * PANGO_SCALE));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD);
	pdfdraw_words_only(l, text != NULL ? text : "");
	pango_layout_get_extents(l, NULL, &lr);
	if (lr.x < 0 || lr.x + lr.width > (int)(width * PANGO_SCALE) + 1) {
		/* A word wider than the page: the one break inside words. */
		pango_layout_set_attributes(l, NULL);
		pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	}
	return l;
}

/* The width of text set on one line. */
double
pdfdraw_text_width(struct pdf *p, const char *font, const char *text)
{
	PangoLayout	*l;
	PangoRectangle	 lr;

	l = pdfdraw_layout(p, font, 0, text, PANGO_ALIGN_LEFT);
	pango_layout_get_extents(l, NULL, &lr);
	g_object_unref(l);
	return (double)lr.width / PANGO_SCALE;
}

/*
 * The widest word of text: what a column must give it so that no word
 * breaks.  Pango breaks the text at every space in a layout of no width;
 * each word then overflows its own line by exactly its width.
 */
static double
pdfdraw_word_width(struct pdf *p, const char *font, const char *text)
{
	PangoLayout	*l;
	PangoRectangle	 lr;

	l = pdfdraw_layout(p, font, 0, text, PANGO_ALIGN_LEFT);
	pango_layout_set_width(l, 1);
	pango_layout_set_wrap(l, PANGO_WRAP_WORD);
	pdfdraw_words_only(l, text != NULL ? text : "");
	pango_layout_get_extents(l, NULL, &lr);
	g_object_unref(l);
	return (double)lr.width / PANGO_SCALE;
}

/*
 * Structure tags go through a stack, so that a page break can close them
 * all, draw the footer outside the structure tree and open them again on
 * the next page.
 */
void
pdfdraw_tag_begin(struct pdf *p, const char *name, const char *attr)
{
	struct pdf_tag	*t;

	cairo_tag_begin(p->cr, name, attr);
	if (p->ntag >= PDF_MAXTAG) {
		p->ntag++;
		return;
	}
	t = &p->tags[p->ntag++];
	t->name = name;
	utf8_snprintf(t->attr, sizeof(t->attr), "%s", attr != NULL ? attr : "");
	/* A destination names one place: it is not opened twice. */
	t->reopen = strcmp(name, CAIRO_TAG_DEST) != 0;
}

void
pdfdraw_tag_end(struct pdf *p)
{
	struct pdf_tag	*t;

	if (p->ntag <= 0)
		return;
	if (--p->ntag >= PDF_MAXTAG)
		return;
	t = &p->tags[p->ntag];
	if (t->name != NULL)
		cairo_tag_end(p->cr, t->name);
}

/* A moment as a local date only: "3 december 2026". */
void
pdfdraw_date(char *buf, size_t sz, const char *iso, int lang_en)
{
	char	*sp;

	if (when_format(buf, sz, iso, lang_en) < 0)
		return;
	if (iso != NULL && strlen(iso) > 10 && (sp = strrchr(buf, ' ')) != NULL)
		*sp = '\0';
}

/*
 * The footer: the provisional mark, title and period on the left, the
 * date and page number on the right, each measured so that they never
 * meet; the left part is cut with an ellipsis rather than wrapped.
 */
void
pdfdraw_footer(struct pdf *p)
{
	PangoLayout	*l;
	char		 buf[512], date[64];
	double		 rw, y = pdfdraw_bottom(p) + 24;

	pdfdraw_date(date, sizeof(date), p->m->version > 0 ?
	    p->m->published_at : p->m->generated_at, p->m->lang == LANG_EN);
	utf8_snprintf(buf, sizeof(buf), "%s \xc2\xb7 %s %d / %d", date,
	    pdfdraw_t(p, "T_REPORT_PAGE"), p->page,
	    p->pages > 0 ? p->pages : p->page);
	cairo_set_source_rgb(p->cr, 0.29, 0.29, 0.29);
	rw = pdfdraw_text_width(p, PDF_FONT " 8", buf);
	l = pdfdraw_layout(p, PDF_FONT " 8", 0, buf, PANGO_ALIGN_LEFT);
	cairo_move_to(p->cr, PDF_ML + pdfdraw_cw(p) - rw, y);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
	/* The provisional mark first, so that a long title cannot cut it. */
	utf8_snprintf(buf, sizeof(buf), "%s%s%s%s%s%s%s",
	    p->doc->provisional ? pdfdraw_t(p, "T_REPORT_PROV_MARK") : "",
	    p->doc->provisional ? " \xc2\xb7 " : "", p->doc->title,
	    strstr(p->doc->title, p->doc->period) ? "" : " \xc2\xb7 ",
	    strstr(p->doc->title, p->doc->period) ? "" : p->doc->period,
	    p->m->version > 0 ? "" : " \xc2\xb7 ",
	    p->m->version > 0 ? "" : pdfdraw_t(p, "T_REPORT_DRAFT_WORD"));
	l = pdfdraw_layout(p, PDF_FONT " 8", 0, buf, PANGO_ALIGN_LEFT);
	pango_layout_set_width(l, (int)((pdfdraw_cw(p) - rw - 12) *
	    PANGO_SCALE));
	pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
	cairo_move_to(p->cr, PDF_ML, y);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
}

void
pdfdraw_new_page(struct pdf *p)
{
	int	i, n = p->ntag < PDF_MAXTAG ? p->ntag : PDF_MAXTAG;

	for (i = n - 1; i >= 0; i--)
		if (p->tags[i].name != NULL)
			cairo_tag_end(p->cr, p->tags[i].name);
	pdfdraw_footer(p);
	cairo_show_page(p->cr);
	p->pw = p->landscape ? PDF_H : PDF_W;
	p->ph = p->landscape ? PDF_W : PDF_H;
	cairo_pdf_surface_set_size(p->surf, p->pw, p->ph);
	p->page++;
	p->y = PDF_MT;
	for (i = 0; i < n; i++) {
		if (!p->tags[i].reopen)
			p->tags[i].name = NULL;
		if (p->tags[i].name != NULL)
			cairo_tag_begin(p->cr, p->tags[i].name,
			    p->tags[i].attr[0] ? p->tags[i].attr : NULL);
	}
}

void
pdfdraw_need(struct pdf *p, double h)
{
	if (p->y + h > pdfdraw_bottom(p))
		pdfdraw_new_page(p);
}

/*
 * A paragraph, split over pages line by line when it must be; a
 * paragraph (P) in the structure tree unless its caller opened a tag for
 * it (a heading, a cell, a caption).
 */
void
pdfdraw_para(struct pdf *p, const char *font, double indent, const char *text,
    double after)
{
	PangoLayout	*l;
	PangoLayoutIter	*it;
	PangoRectangle	 lr;
	double		 h, base;
	/* Directly in a section (the cover) or at the top: a paragraph. */
	int		 tag = p->ntag == 0 || (p->ntag <= PDF_MAXTAG &&
			    p->tags[p->ntag - 1].name != NULL &&
			    strcmp(p->tags[p->ntag - 1].name, "Sect") == 0);

	if (text == NULL || text[0] == '\0')
		return;
	if (tag)
		pdfdraw_tag_begin(p, "P", NULL);
	l = pdfdraw_layout(p, font, pdfdraw_cw(p) - indent, text,
	    PANGO_ALIGN_LEFT);
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
	if (tag)
		pdfdraw_tag_end(p);
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
			pdfdraw_tag_begin(p, "P", NULL);
			pdfdraw_para(p, PDF_FONT " 10", 0, para, 6);
			pdfdraw_tag_end(p);
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
		pdfdraw_tag_begin(p, CAIRO_TAG_DEST, attr);
	}
	cairo_set_source_rgb(p->cr, 0.082, 0.259, 0.451);
	/* Tagged PDF: the heading's level in the structure tree. */
	pdfdraw_tag_begin(p, tags[level], NULL);
	pdfdraw_para(p, fonts[level], 0, text, 4);
	pdfdraw_tag_end(p);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	if (dest != NULL) {
		pdfdraw_tag_end(p);
		if (outline >= 0 && p->pass == 2) {
			utf8_snprintf(attr, sizeof(attr), "dest='%s'", dest);
			cairo_pdf_surface_add_outline(p->surf,
			    CAIRO_PDF_OUTLINE_ROOT, text, attr, 0);
		}
	}
}

/* ------------------------------------------------------------- tables */

#define PDF_KEEP_ROWS		20	/* a table kept on one page */
#define PDF_CELL_FONT		PDF_FONT " 8"
#define PDF_CELL_FONT_BOLD	PDF_FONT " Bold 8"

/* What a table's columns need, measured from every cell. */
struct pdf_measure {
	double	min[PDF_MAXCOL];	/* narrowest without breaking a word */
	double	data[PDF_MAXCOL];	/* every data cell on one line */
	double	head[PDF_MAXCOL];	/* the header on one line */
};

static const char *
pdfdraw_cell_font(const struct pdf_row *r, int head)
{
	return r->bold || head ? PDF_CELL_FONT_BOLD : PDF_CELL_FONT;
}

/*
 * A number's cell holds '\n' only where its formatter allows a break
 * (between an amount and its percentage): buf gets the cell on one line.
 */
static const char *
pdfdraw_one_line(const char *text, char *buf, size_t sz)
{
	size_t	i;

	if (strchr(text, '\n') == NULL)
		return text;
	utf8_snprintf(buf, sz, "%s", text);
	for (i = 0; buf[i] != '\0'; i++)
		if (buf[i] == '\n')
			buf[i] = ' ';
	return buf;
}

/*
 * Whether a cell is set whole on one line: numbers, statuses (an icon
 * with its word) and anything no wider than its column.
 */
static int
pdfdraw_unbroken(enum pdf_col col, const struct pdf_row *r, int c, int head)
{
	return !head && (col == PDF_COL_NUM || r->status[c] >= 0);
}

static void
pdfdraw_measure(struct pdf *p, const enum pdf_col *cols, int n,
    const struct pdf_row *head, const struct pdf_row *rows, size_t rown,
    struct pdf_measure *ms)
{
	const char	*f, *one;
	char		 buf[512];
	double		 w;
	size_t		 i;
	int		 c;

	for (c = 0; c < n; c++) {
		f = pdfdraw_cell_font(head, 1);
		/* A header wraps at words: its widest word is a minimum. */
		ms->min[c] = pdfdraw_word_width(p, f, head->cell[c]);
		ms->head[c] = pdfdraw_text_width(p, f, head->cell[c]);
		ms->data[c] = 0;
		for (i = 0; i < rown; i++) {
			f = pdfdraw_cell_font(&rows[i], 0);
			one = pdfdraw_one_line(rows[i].cell[c], buf, sizeof(buf));
			w = pdfdraw_text_width(p, f, one);
			if (w > ms->data[c])
				ms->data[c] = w;
			/* A number never wraps: its widest line is a minimum. */
			if (pdfdraw_unbroken(cols[c], &rows[i], c, 0))
				w = pdfdraw_text_width(p, f, rows[i].cell[c]);
			else
				w = pdfdraw_word_width(p, f, rows[i].cell[c]);
			if (w > ms->min[c])
				ms->min[c] = w;
		}
		ms->min[c] += 2 * PDF_PAD;
		ms->head[c] += 2 * PDF_PAD;
		ms->data[c] += 2 * PDF_PAD;
		if (ms->data[c] < ms->min[c])
			ms->data[c] = ms->min[c];
	}
}

/*
 * Grow the columns in set (all, or all but the key) toward goal[] by at
 * most *rest in total, in proportion to what each lacks.
 */
static void
pdfdraw_grow(double *w, const double *goal, const int *set, int n,
    double *rest)
{
	double	need = 0, f;
	int	c;

	for (c = 0; c < n; c++)
		if (set[c] && goal[c] > w[c])
			need += goal[c] - w[c];
	if (need <= 0 || *rest <= 0)
		return;
	f = need <= *rest ? 1.0 : *rest / need;
	for (c = 0; c < n; c++)
		if (set[c] && goal[c] > w[c])
			w[c] += (goal[c] - w[c]) * f;
	*rest -= need * f;
}

/*
 * The widths of the columns in use[] within cw, or 0 when even their
 * minimum widths do not fit.  Every column first gets its minimum; then
 * numbers and short words their whole width, the names a fair share, the
 * headers their whole width, and the names what is left.
 */
static int
pdfdraw_widths(const enum pdf_col *cols, int n, const int *use,
    const struct pdf_measure *ms, double cw, double *w)
{
	double	rest = cw, goal[PDF_MAXCOL] = { 0 };
	int	other[PDF_MAXCOL] = { 0 }, key = -1, c;

	for (c = 0; c < n; c++) {
		w[c] = use[c] ? ms->min[c] : 0;
		rest -= w[c];
		other[c] = use[c] && cols[c] != PDF_COL_KEY;
		if (use[c] && cols[c] == PDF_COL_KEY && key < 0)
			key = c;
	}
	if (rest < -0.01)
		return 0;
	/* The names a fair share first, then the numbers all they need. */
	if (key >= 0 && rest > 0) {
		double g = ms->data[key] < 0.3 * cw ? ms->data[key] : 0.3 * cw;

		if (g > w[key]) {
			g = g - w[key] < rest ? g - w[key] : rest;
			w[key] += g;
			rest -= g;
		}
	}
	pdfdraw_grow(w, ms->data, other, n, &rest);
	for (c = 0; c < n; c++)
		goal[c] = ms->head[c] > ms->data[c] ? ms->head[c] : ms->data[c];
	pdfdraw_grow(w, goal, other, n, &rest);
	if (key >= 0)
		w[key] += rest > 0 ? rest : 0;
	else
		for (c = 0; c < n; c++)
			if (other[c])
				w[c] += rest > 0 ? rest / n : 0;
	return 1;
}

/*
 * A cell's layout: text wraps at words within the column; a number or a
 * status is set on one line, a number on two only where its formatter
 * allows and the column is too narrow for one.
 */
static PangoLayout *
pdfdraw_cell(struct pdf *p, double w, const struct pdf_row *r, int c,
    enum pdf_col col, int head)
{
	const char	*f = pdfdraw_cell_font(r, head), *t = r->cell[c];
	char		 buf[512];

	if (!pdfdraw_unbroken(col, r, c, head))
		return pdfdraw_layout(p, f, w - 2 * PDF_PAD, t,
		    PANGO_ALIGN_LEFT);
	if (strchr(t, '\n') != NULL) {
		const char *one = pdfdraw_one_line(t, buf, sizeof(buf));

		if (pdfdraw_text_width(p, f, one) <= w - 2 * PDF_PAD + 0.01)
			t = one;
	}
	return pdfdraw_layout(p, f, 0, t, PANGO_ALIGN_RIGHT);
}

static double
pdfdraw_row_height(struct pdf *p, const double *w, const enum pdf_col *cols,
    const int *use, int n, const struct pdf_row *r, int head)
{
	PangoLayout	*l;
	int		 i, lh;
	double		 h = 0;

	for (i = 0; i < n; i++) {
		if (!use[i])
			continue;
		l = pdfdraw_cell(p, w[i], r, i, cols[i], head);
		pango_layout_get_size(l, NULL, &lh);
		if ((double)lh / PANGO_SCALE > h)
			h = (double)lh / PANGO_SCALE;
		g_object_unref(l);
	}
	return h + 2 * PDF_PAD;
}

/*
 * One row, tagged for assistive technology as a table row (TR) of header
 * cells (TH) or data cells (TD).
 */
static void
pdfdraw_row_draw(struct pdf *p, const double *w, const enum pdf_col *cols,
    const int *use, int n, const struct pdf_row *r, double h, int head)
{
	const char	*cell = head ? "TH" : "TD";
	PangoLayout	*l;
	double		 x = PDF_ML, tot = 0, cr, cg, cb;
	int		 i, tw;

	for (i = 0; i < n; i++)
		tot += use[i] ? w[i] : 0;
	if (head) {
		cairo_set_source_rgb(p->cr, 0.953, 0.961, 0.973);
		cairo_rectangle(p->cr, PDF_ML, p->y, tot, h);
		cairo_fill(p->cr);
	}
	pdfdraw_tag_begin(p, "TR", NULL);
	for (i = 0; i < n; i++) {
		if (!use[i])
			continue;
		pdfdraw_tag_begin(p, cell, NULL);
		if (r->status[i] >= 0) {
			pdfdraw_status_rgb(r->status[i], &cr, &cg, &cb);
			cairo_set_source_rgb(p->cr, cr, cg, cb);
		} else
			cairo_set_source_rgb(p->cr, 0.106, 0.106, 0.106);
		l = pdfdraw_cell(p, w[i], r, i, cols[i], head);
		if (cols[i] == PDF_COL_NUM && head) {
			/* A number's header aligns right, like the number. */
			pango_layout_set_alignment(l, PANGO_ALIGN_RIGHT);
			cairo_move_to(p->cr, x + PDF_PAD, p->y + PDF_PAD);
		} else if (pdfdraw_unbroken(cols[i], r, i, head) &&
		    cols[i] == PDF_COL_NUM) {
			pango_layout_get_size(l, &tw, NULL);
			cairo_move_to(p->cr, x + w[i] - PDF_PAD -
			    (double)tw / PANGO_SCALE, p->y + PDF_PAD);
		} else
			cairo_move_to(p->cr, x + PDF_PAD, p->y + PDF_PAD);
		pango_cairo_show_layout(p->cr, l);
		g_object_unref(l);
		pdfdraw_tag_end(p);
		x += w[i];
	}
	pdfdraw_tag_end(p);
	cairo_set_source_rgb(p->cr, 0.78, 0.78, 0.78);
	cairo_set_line_width(p->cr, head ? 1.0 : 0.4);
	cairo_move_to(p->cr, PDF_ML, p->y + h);
	cairo_line_to(p->cr, PDF_ML + tot, p->y + h);
	cairo_stroke(p->cr);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	p->y += h;
}

/* One table of the columns in use[], its header repeated on each page. */
static void
pdfdraw_table_part(struct pdf *p, const double *w, const enum pdf_col *cols,
    const int *use, int n, const struct pdf_row *head,
    const struct pdf_row *rows, size_t rown)
{
	double	hh, h;
	size_t	i;

	hh = pdfdraw_row_height(p, w, cols, use, n, head, 1);
	/* A short table stays on one page when a page can hold it. */
	for (i = 0, h = hh; i < rown && i < PDF_KEEP_ROWS; i++)
		h += pdfdraw_row_height(p, w, cols, use, n, &rows[i], 0);
	if (rown > PDF_KEEP_ROWS || h > pdfdraw_bottom(p) - PDF_MT)
		h = hh + (rown > 0 ?
		    pdfdraw_row_height(p, w, cols, use, n, &rows[0], 0) : 0);
	pdfdraw_need(p, h);
	pdfdraw_tag_begin(p, "Table", NULL);
	pdfdraw_row_draw(p, w, cols, use, n, head, hh, 1);
	for (i = 0; i < rown; i++) {
		h = pdfdraw_row_height(p, w, cols, use, n, &rows[i], 0);
		if (p->y + h > pdfdraw_bottom(p)) {
			pdfdraw_tag_end(p);
			/* A table on a landscape page goes on on landscape. */
			if (p->pw > p->ph)
				pdfdraw_landscape_page(p);
			else
				pdfdraw_new_page(p);
			pdfdraw_tag_begin(p, "Table", NULL);
			pdfdraw_row_draw(p, w, cols, use, n, head, hh, 1);
		}
		pdfdraw_row_draw(p, w, cols, use, n, &rows[i], h, 0);
	}
	pdfdraw_tag_end(p);
	p->y += 8;
}

/*
 * Whether a table's columns fit the width of this page: a caller that
 * puts a heading above a table turns the page before the heading.
 */
int
pdfdraw_table_fits(struct pdf *p, const enum pdf_col *cols, int n,
    const struct pdf_row *head, const struct pdf_row *rows, size_t rown)
{
	struct pdf_measure	 ms;
	double			 w[PDF_MAXCOL];
	int			 use[PDF_MAXCOL], c;

	if (n <= 0 || n > PDF_MAXCOL)
		return 1;
	pdfdraw_measure(p, cols, n, head, rows, rown, &ms);
	for (c = 0; c < n; c++)
		use[c] = 1;
	return pdfdraw_widths(cols, n, use, &ms, pdfdraw_cw(p), w);
}

/* Turn the next page to landscape: a new page, then portrait after it. */
void
pdfdraw_landscape_page(struct pdf *p)
{
	p->landscape = 1;
	pdfdraw_new_page(p);
	p->landscape = 0;
}

/*
 * A table whose columns are measured from their cells.  In the structure
 * tree each page's part is a whole table (Table, its header row, its
 * rows), so that the page footer between them is not read as part of a
 * table and every part has its column headers.
 *
 * When the columns' minimum widths do not fit the portrait page, the
 * table goes on a landscape page; when they do not fit that either, its
 * columns are split over several tables, each beginning with the key
 * column.
 */
void
pdfdraw_table(struct pdf *p, const enum pdf_col *cols, int n,
    const struct pdf_row *head, const struct pdf_row *rows, size_t rown)
{
	struct pdf_measure	 ms;
	double			 w[PDF_MAXCOL], cw, used;
	int			 use[PDF_MAXCOL], c, from, added, turned = 0;

	if (n <= 0 || n > PDF_MAXCOL)
		return;
	pdfdraw_measure(p, cols, n, head, rows, rown, &ms);
	for (c = 0; c < n; c++)
		use[c] = 1;
	if (!pdfdraw_widths(cols, n, use, &ms, pdfdraw_cw(p), w) &&
	    p->pw < p->ph) {
		/* Turn the page for this table; the next page turns back. */
		pdfdraw_landscape_page(p);
		turned = 1;
	}
	cw = pdfdraw_cw(p);
	if (turned || pdfdraw_widths(cols, n, use, &ms, cw, w) == 0) {
		if (pdfdraw_widths(cols, n, use, &ms, cw, w)) {
			pdfdraw_table_part(p, w, cols, use, n, head, rows,
			    rown);
			return;
		}
		/* Split: the key column, then as many others as fit. */
		for (from = 0; from < n; ) {
			for (c = 0, used = 0; c < n; c++) {
				use[c] = cols[c] == PDF_COL_KEY;
				used += use[c] ? ms.min[c] : 0;
			}
			for (c = from, added = 0; c < n; c++) {
				if (cols[c] == PDF_COL_KEY)
					continue;
				/* At least one column a part, however wide. */
				if (used + ms.min[c] > cw && added > 0)
					break;
				use[c] = 1;
				used += ms.min[c];
				added++;
			}
			from = c;
			if (!pdfdraw_widths(cols, n, use, &ms, cw, w))
				/* One column alone wider than the page. */
				for (c = 0; c < n; c++)
					w[c] = use[c] ? cw * ms.min[c] / used : 0;
			pdfdraw_table_part(p, w, cols, use, n, head, rows,
			    rown);
		}
		return;
	}
	pdfdraw_table_part(p, w, cols, use, n, head, rows, rown);
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
	/* The one place a number's cell may break: before its percentage. */
	utf8_snprintf(b, 96, "%s\n(%s)%s", amt, pct,
	    m->needs_explanation ? " !" : "");
	return b;
}

/* The status colours with their words, each measured, wrapped as a line. */
void
pdfdraw_legend(struct pdf *p)
{
	PangoLayout	*l;
	double		 x = PDF_ML, r, g, b, tw;
	char		 w[64];
	int		 s;

	pdfdraw_need(p, 16);
	for (s = STATUS_ON_TRACK; s <= STATUS_OFF_TRACK + 1; s++) {
		int st = s > STATUS_OFF_TRACK ? STATUS_NO_DATA : s;

		(void)pdfdraw_status_word(p, (enum status)st, w, sizeof(w));
		tw = pdfdraw_text_width(p, PDF_FONT " 8", w);
		if (x > PDF_ML && x + 14 + tw > PDF_ML + pdfdraw_cw(p)) {
			x = PDF_ML;
			p->y += 16;
			pdfdraw_need(p, 16);
		}
		pdfdraw_status_rgb(st, &r, &g, &b);
		cairo_set_source_rgb(p->cr, r, g, b);
		cairo_rectangle(p->cr, x, p->y + 2, 10, 8);
		cairo_fill(p->cr);
		l = pdfdraw_layout(p, PDF_FONT " 8", 0, w, PANGO_ALIGN_LEFT);
		cairo_move_to(p->cr, x + 14, p->y);
		pango_cairo_show_layout(p->cr, l);
		g_object_unref(l);
		x += 14 + tw + 18;
	}
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	p->y += 18;
}

/*
 * A chart's caption: what it shows, in words, inside its Figure.  cairo
 * 1.16 cannot write a figure's /Alt text, so the text alternative is this
 * visible caption (the figures themselves are in the tables).
 */
void
pdfdraw_caption(struct pdf *p, const char *text)
{
	cairo_set_source_rgb(p->cr, 0.29, 0.29, 0.29);
	pdfdraw_tag_begin(p, "Caption", NULL);
	pdfdraw_para(p, PDF_FONT " Italic 8", 0, text, 6);
	pdfdraw_tag_end(p);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
}
