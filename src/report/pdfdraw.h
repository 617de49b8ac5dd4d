/*
 * pdfdraw.h: the drawing primitives of the PDF export (export_pdf.c): a
 * page flow on A4 with a running y position, paragraphs that split over
 * pages line by line, headings with link destinations and bookmarks,
 * tables whose header repeats on every page, page footers, and the status
 * colours and words.  cairo + pango; every text is real, selectable text.
 *
 * Nothing is placed by a guessed width: a table's columns are measured
 * from their cells and headers, text wraps at words only, and a table
 * that cannot fit on a portrait page turns the page to landscape or
 * splits its columns.  Page footers are drawn while no structure tag is
 * open, so that they stay outside the structure tree (cairo 1.16 cannot
 * mark them as artifacts).
 */
#ifndef KOERS_PDFDRAW_H
#define KOERS_PDFDRAW_H

#include <cairo.h>
#include <pango/pangocairo.h>

#include "export.h"
#include "report.h"

#define PDF_W		595.276		/* A4 portrait, in points */
#define PDF_H		841.890
#define PDF_ML		56.7		/* 2 cm */
#define PDF_MR		56.7
#define PDF_MT		56.7
#define PDF_MB		62.0
#define PDF_MAXCOL	8
#define PDF_MAXTAG	8
#define PDF_FONT	"DejaVu Sans"
#define PDF_PAD		3.0		/* a table cell's inner margin */

/* A table column: how its width is found and how its cells wrap. */
enum pdf_col {
	PDF_COL_KEY,	/* the name: takes the width left, wraps at words,
			 * repeated when a table's columns are split */
	PDF_COL_WORDS,	/* short text (unit, status): wraps at words only
			 * when the table cannot fit otherwise */
	PDF_COL_NUM	/* a number: never wraps, right-aligned */
};

/* A structure tag open on the page (reopened after a page break). */
struct pdf_tag {
	const char	*name;
	char		 attr[96];
	int		 reopen;
};

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
	double			 pw, ph;	/* this page's size */
	int			 landscape;	/* the next page's orientation */
	struct pdf_tag		 tags[PDF_MAXTAG];
	int			 ntag;
	int			*prog_page;	/* from pass 1 */
	int			 summary_page, intro_page;
};

struct pdf_row {
	const char	*cell[PDF_MAXCOL];
	int		 status[PDF_MAXCOL];	/* -1 or an enum status */
	int		 bold;
};

cairo_status_t	 pdfdraw_write(void *, const unsigned char *, unsigned int);
const char	*pdfdraw_t(const struct pdf *, const char *key);
void		 pdfdraw_status_rgb(int status, double *, double *, double *);
const char	*pdfdraw_status_word(const struct pdf *, enum status, char *,
		    size_t);
PangoLayout	*pdfdraw_layout(struct pdf *, const char *font, double width,
		    const char *text, PangoAlignment);
double		 pdfdraw_cw(const struct pdf *);
double		 pdfdraw_bottom(const struct pdf *);
double		 pdfdraw_text_width(struct pdf *, const char *font,
		    const char *text);
void		 pdfdraw_tag_begin(struct pdf *, const char *name,
		    const char *attr);
void		 pdfdraw_tag_end(struct pdf *);
void		 pdfdraw_date(char *buf, size_t sz, const char *iso,
		    int lang_en);
void		 pdfdraw_footer(struct pdf *);
void		 pdfdraw_new_page(struct pdf *);
void		 pdfdraw_need(struct pdf *, double height);
void		 pdfdraw_para(struct pdf *, const char *font, double indent,
		    const char *text, double after);
void		 pdfdraw_text(struct pdf *, const char *text);
void		 pdfdraw_heading(struct pdf *, int level, const char *text,
		    const char *dest, int outline);
void		 pdfdraw_table(struct pdf *, const enum pdf_col *cols,
		    int ncols, const struct pdf_row *head,
		    const struct pdf_row *rows, size_t rown);
int		 pdfdraw_table_fits(struct pdf *, const enum pdf_col *cols,
		    int ncols, const struct pdf_row *head,
		    const struct pdf_row *rows, size_t rown);
void		 pdfdraw_landscape_page(struct pdf *);
void		 pdfdraw_row_init(struct pdf_row *);
const char	*pdfdraw_money(char *b, const struct pdf *, int has, int64_t);
const char	*pdfdraw_num(char *b, const struct pdf *, int has, int64_t,
		    int decimals);
const char	*pdfdraw_dev(char *b, const struct pdf *,
		    const struct report_money *);
void		 pdfdraw_legend(struct pdf *);
void		 pdfdraw_caption(struct pdf *, const char *text);

#endif
