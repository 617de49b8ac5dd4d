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
#include <limits.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "pdfdraw.h"
#include "pdflang.h"
#include "i18n.h"
#include "log.h"
#include "num.h"
#include "utf8.h"
#include "when.h"
#include "uom.h"






















/* Stacked bars: per programme its indicators by status. */
static void
pdf_status_chart(struct pdf *p)
{
	static const int	 order[] = { STATUS_ON_TRACK, STATUS_AT_RISK,
				    STATUS_OFF_TRACK, STATUS_NO_DATA };
	static const enum pdf_col cols[] = { PDF_COL_KEY, PDF_COL_NUM,
				    PDF_COL_NUM, PDF_COL_NUM, PDF_COL_NUM };
	const struct report_doc	*d = p->doc;
	PangoLayout		*l;
	struct pdf_row		 head, *rows;
	double			 lw = 150, bw, x, r, g, b, seg;
	size_t			 i, tot, k;
	char			 lab[160], hw[4][64], (*c)[5][64];

	/* The heading stays with the chart: room for both, or a new page. */
	pdfdraw_need(p, 40 + 16 * (d->programmen < 8 ? d->programmen : 8) + 60);
	pdfdraw_heading(p, 3, pdfdraw_t(p, "T_REPORT_CHART_STATUS"), NULL, -1);
	pdfdraw_tag_begin(p, "Figure", NULL);
	bw = pdfdraw_cw(p) - lw - 10;
	for (i = 0; i < d->programmen; i++) {
		const struct status_counts *sc = &d->programmes[i].counts;

		pdfdraw_need(p, 16);
		utf8_snprintf(lab, sizeof(lab), "%d. %s",
		    d->programmes[i].number,
		    d->programmes[i].name);
		l = pdfdraw_layout(p, PDF_FONT " 7.5", lw, lab, PANGO_ALIGN_LEFT);
		pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
		cairo_move_to(p->cr, PDF_ML, p->y + 1);
		pango_cairo_show_layout(p->cr, l);
		g_object_unref(l);
		for (tot = 0, k = 0; k < STATUS__MAX; k++)
			tot += sc->n[k];
		x = PDF_ML + lw + 10;
		for (k = 0; tot > 0 && k < 4; k++) {
			seg = bw * (double)sc->n[order[k]] / (double)tot;
			if (sc->n[order[k]] == 0)
				continue;
			pdfdraw_status_rgb(order[k], &r, &g, &b);
			cairo_set_source_rgb(p->cr, r, g, b);
			cairo_rectangle(p->cr, x, p->y + 1, seg, 11);
			cairo_fill(p->cr);
			utf8_snprintf(lab, sizeof(lab), "%zu", sc->n[order[k]]);
			/* A number only where the bar holds all of it. */
			if (pdfdraw_text_width(p, PDF_FONT " Bold 7", lab) + 4 <=
			    seg) {
				cairo_set_source_rgb(p->cr, 1, 1, 1);
				l = pdfdraw_layout(p, PDF_FONT " Bold 7", seg,
				    lab, PANGO_ALIGN_CENTER);
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
	pdfdraw_legend(p);
	pdfdraw_caption(p, pdfdraw_t(p, "T_REPORT_CHART_STATUS_ALT"));
	pdfdraw_tag_end(p);
	/* The chart's numbers as a table: its text alternative. */
	rows = calloc(d->programmen, sizeof(*rows));
	c = calloc(d->programmen, sizeof(*c));
	if (rows == NULL || c == NULL)
		goto out;
	pdfdraw_row_init(&head);
	head.cell[0] = pdfdraw_t(p, "T_PROGRAMME");
	/* Each status with its icon, as everywhere: never by colour alone. */
	for (k = 0; k < 4; k++)
		head.cell[k + 1] = pdfdraw_status_word(p, (enum status)order[k],
		    hw[k], sizeof(hw[k]));
	for (i = 0; i < d->programmen; i++) {
		pdfdraw_row_init(&rows[i]);
		utf8_snprintf(c[i][0], sizeof(c[i][0]), "%d. %s",
		    d->programmes[i].number, d->programmes[i].name);
		rows[i].cell[0] = c[i][0];
		for (k = 0; k < 4; k++) {
			utf8_snprintf(c[i][k + 1], sizeof(c[i][k + 1]), "%zu",
			    d->programmes[i].counts.n[order[k]]);
			rows[i].cell[k + 1] = c[i][k + 1];
		}
	}
	pdfdraw_table(p, cols, 5, &head, rows, d->programmen);
out:
	free(rows);
	free(c);
}

/* Budget to date beside realised, per performance of a programme. */
static void
pdf_cost_chart(struct pdf *p, const struct report_programme *pr)
{
	PangoLayout	*l;
	int64_t		 max = 1;
	double		 lw = 60, bw, x, tw;
	size_t		 i, j;
	int		 k;
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
	pdfdraw_heading(p, 3, pdfdraw_t(p, "T_REPORT_CHART_COST"), NULL, -1);
	pdfdraw_tag_begin(p, "Figure", NULL);
	bw = pdfdraw_cw(p) - lw - 10;
	for (i = 0; i < pr->effectn; i++)
		for (j = 0; j < pr->effects[i].performancen; j++) {
			const struct report_performance *f =
			    &pr->effects[i].performances[j];

			pdfdraw_need(p, 18);
			utf8_snprintf(lab, sizeof(lab), "%d.%d.%d", pr->number,
			    pr->effects[i].number, f->number);
			l = pdfdraw_layout(p, PDF_FONT " 7.5", lw, lab,
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
	/* The legend: each key after the measured width of the one before. */
	pdfdraw_need(p, 14);
	x = PDF_ML;
	for (k = 0; k < 2; k++) {
		const char *t = pdfdraw_t(p, k == 0 ? "T_REPORT_BUDGET_TO_DATE" :
		    "T_REPORT_REALISED_TO_DATE");

		tw = pdfdraw_text_width(p, PDF_FONT " 8", t);
		if (k == 0)
			cairo_set_source_rgb(p->cr, 0.62, 0.71, 0.82);
		else
			cairo_set_source_rgb(p->cr, 0.082, 0.259, 0.451);
		cairo_rectangle(p->cr, x, p->y + 2, 10, 8);
		cairo_fill(p->cr);
		cairo_set_source_rgb(p->cr, 0, 0, 0);
		l = pdfdraw_layout(p, PDF_FONT " 8", 0, t, PANGO_ALIGN_LEFT);
		cairo_move_to(p->cr, x + 14, p->y);
		pango_cairo_show_layout(p->cr, l);
		g_object_unref(l);
		x += 14 + tw + 20;
	}
	p->y += 18;
	pdfdraw_caption(p, pdfdraw_t(p, "T_REPORT_CHART_COST_ALT"));
	pdfdraw_tag_end(p);
	p->y += 2;
}

static void
pdf_indicator_table(struct pdf *p, const struct report_indicator *v,
    size_t n)
{
	static const enum pdf_col cols[] = { PDF_COL_KEY, PDF_COL_WORDS,
				    PDF_COL_NUM, PDF_COL_NUM, PDF_COL_NUM,
				    PDF_COL_WORDS };
	struct pdf_row		 head, *rows;
	char			(*names)[300], (*words)[64], (*nums)[3][64];
	char			 note[64];
	size_t			 i;

	if (n == 0) {
		pdfdraw_para(p, PDF_FONT " Italic 9", 0,
		    pdfdraw_t(p, "T_NO_INDICATORS"), 6);
		return;
	}
	rows = calloc(n, sizeof(*rows));
	names = calloc(n, sizeof(*names));
	words = calloc(n, sizeof(*words));
	nums = calloc(n, sizeof(*nums));
	if (rows == NULL || names == NULL || words == NULL || nums == NULL)
		goto out;
	pdfdraw_row_init(&head);
	head.cell[0] = pdfdraw_t(p, "T_INDICATOR");
	head.cell[1] = pdfdraw_t(p, "T_UNIT_OF_MEASURE");
	head.cell[2] = pdfdraw_t(p, "T_TARGET");
	head.cell[3] = pdfdraw_t(p, "T_REALISED");
	head.cell[4] = pdfdraw_t(p, "T_FORECAST");
	head.cell[5] = pdfdraw_t(p, "T_REPORT_STATUS");
	for (i = 0; i < n; i++) {
		pdfdraw_row_init(&rows[i]);
		utf8_snprintf(names[i], sizeof(names[i]), "%s (%s)", v[i].name,
		    v[i].code);
		rows[i].cell[0] = names[i];
		rows[i].cell[1] = uom_name(v[i].unit, p->m->lang == LANG_EN);
		rows[i].cell[2] = pdfdraw_num(nums[i][0], p, v[i].has_target,
		    v[i].target, v[i].decimals);
		rows[i].cell[3] = pdfdraw_num(nums[i][1], p, v[i].has_value,
		    v[i].value, v[i].decimals);
		rows[i].cell[4] = pdfdraw_num(nums[i][2], p, v[i].has_forecast,
		    v[i].forecast, v[i].decimals);
		rows[i].cell[5] = pdfdraw_status_word(p, v[i].status, words[i],
		    sizeof(words[i]));
		rows[i].status[5] = (int)v[i].status;
	}
	pdfdraw_table(p, cols, 6, &head, rows, n);
	for (i = 0; i < n; i++) {
		if (v[i].explanation[0] != '\0') {
			utf8_snprintf(note, sizeof(note), "%s \xe2\x80\x93 %s",
			    v[i].code, pdfdraw_t(p, "T_EXPLANATION"));
			pdfdraw_para(p, PDF_FONT " Bold 8.5", 8, note, 1);
			pdfdraw_para(p, PDF_FONT " 8.5", 8, v[i].explanation, 3);
		}
		if (v[i].measure[0] != '\0') {
			utf8_snprintf(note, sizeof(note), "%s \xe2\x80\x93 %s",
			    v[i].code, pdfdraw_t(p, "T_MEASURE"));
			pdfdraw_para(p, PDF_FONT " Bold 8.5", 8, note, 1);
			pdfdraw_para(p, PDF_FONT " 8.5", 8, v[i].measure, 3);
		}
	}
out:
	free(rows);
	free(names);
	free(words);
	free(nums);
}

/* "Wat mag het kosten?": its heading, and the cost table. */
static void
pdf_cost_table(struct pdf *p, const struct report_programme *pr,
    const char *heading)
{
	static const enum pdf_col cols[] = { PDF_COL_KEY, PDF_COL_NUM,
				    PDF_COL_NUM, PDF_COL_NUM, PDF_COL_NUM,
				    PDF_COL_NUM };
	const struct report_money *m;
	struct pdf_row		 head, *rows;
	size_t			 i, j, n = 0, k = 0;
	char			(*c)[6][300];
	char			 note[96];

	for (i = 0; i < pr->effectn; i++)
		n += pr->effects[i].performancen;
	rows = calloc(n + 1, sizeof(*rows));
	c = calloc(n + 1, sizeof(*c));
	if (rows == NULL || c == NULL) {
		pdfdraw_heading(p, 2, heading, NULL, -1);
		goto out;
	}
	pdfdraw_row_init(&head);
	head.cell[0] = pdfdraw_t(p, "T_PERFORMANCE");
	head.cell[1] = pdfdraw_t(p, "T_REPORT_YEAR_BUDGET");
	head.cell[2] = pdfdraw_t(p, "T_REPORT_BUDGET_TO_DATE");
	head.cell[3] = pdfdraw_t(p, "T_REPORT_REALISED_TO_DATE");
	head.cell[4] = pdfdraw_t(p, "T_REPORT_DEVIATION");
	head.cell[5] = pdfdraw_t(p, "T_REPORT_FORECAST_YEAR");
	for (i = 0; i <= pr->effectn; i++)
		for (j = 0; j < (i < pr->effectn ?
		    pr->effects[i].performancen : 1); j++, k++) {
			pdfdraw_row_init(&rows[k]);
			if (i < pr->effectn) {
				const struct report_performance *f =
				    &pr->effects[i].performances[j];

				m = &f->money;
				(void)export_lines_note(note, sizeof(note), m,
				    p->m->lang);
				utf8_snprintf(c[k][0], sizeof(c[k][0]),
				    "%d.%d.%d %s%s%s%s", pr->number,
				    pr->effects[i].number, f->number, f->name,
				    note[0] ? " (" : "", note, note[0] ? ")" : "");
			} else {
				m = &pr->money;
				(void)export_lines_note(note, sizeof(note), m,
				    p->m->lang);
				utf8_snprintf(c[k][0], sizeof(c[k][0]), "%s%s%s%s",
				    pdfdraw_t(p, "T_TOTAL"), note[0] ? " (" : "",
				    note, note[0] ? ")" : "");
				rows[k].bold = 1;
			}
			rows[k].cell[0] = c[k][0];
			rows[k].cell[1] = pdfdraw_money(c[k][1], p, 1,
			    m->year_budget);
			/* Like with like: the budget of the reported lines. */
			rows[k].cell[2] = pdfdraw_money(c[k][2], p,
			    m->has_realised, m->budget);
			rows[k].cell[3] = pdfdraw_money(c[k][3], p,
			    m->has_realised, m->realised);
			rows[k].cell[4] = pdfdraw_dev(c[k][4], p, m);
			rows[k].cell[5] = pdfdraw_money(c[k][5], p,
			    m->has_forecast, m->forecast);
		}
	/* A table too wide for portrait takes its heading along. */
	if (!pdfdraw_table_fits(p, cols, 6, &head, rows, k))
		pdfdraw_landscape_page(p);
	pdfdraw_heading(p, 2, heading, NULL, -1);
	pdfdraw_table(p, cols, 6, &head, rows, k);
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

	pdfdraw_new_page(p);
	p->prog_page[ix] = p->page;
	utf8_snprintf(dest, sizeof(dest), "prog-%d", pr->number);
	utf8_snprintf(buf, sizeof(buf), "%s %d. %s", pdfdraw_t(p,
	    "T_PROGRAMME"),
	    pr->number, pr->name);
	pdfdraw_heading(p, 1, buf, dest, 0);
	utf8_snprintf(buf, sizeof(buf),
	    "%s: %s \xc2\xb7 %s: %s \xc2\xb7 %s: %s",
	    pdfdraw_t(p, "T_PORTFOLIO_HOLDER"), pr->portfolio_holder,
	    pdfdraw_t(p, "T_DIRECTIE"), pr->directie, pdfdraw_t(p, "T_REPORT_STATUS"),
	    pdfdraw_status_word(p, pr->status, w, sizeof(w)));
	pdfdraw_para(p, PDF_FONT " 9", 0, buf, 6);
	/* A provisional document says it of each programme's own figures,
	 * as the HTML view does. */
	if (p->doc->provisional) {
		if (pr->n_unapproved > 0)
			utf8_snprintf(buf, sizeof(buf), "%s: %lld %s %lld %s.",
			    pdfdraw_t(p, "T_PROV_WORD"),
			    (long long)pr->n_unapproved,
			    pdfdraw_t(p, "T_PROV_OF"),
			    (long long)pr->n_figures,
			    pdfdraw_t(p, "T_PROV_NOT_APPROVED"));
		else
			utf8_snprintf(buf, sizeof(buf), "%s",
			    pdfdraw_t(p, "T_REPORT_PROG_ALL_APPROVED"));
		pdfdraw_para(p, PDF_FONT " Bold 9", 0, buf, 6);
	}
	pdfdraw_text(p, pr->intro);
	utf8_snprintf(buf, sizeof(buf), "1. %s", pdfdraw_t(p, "T_W1"));
	pdfdraw_heading(p, 2, buf, NULL, -1);
	pdfdraw_para(p, PDF_FONT " Italic 10", 0, pr->ambition, 6);
	for (i = 0; i < pr->effectn; i++) {
		e = &pr->effects[i];
		utf8_snprintf(buf, sizeof(buf), "%s %d.%d: %s (%s)",
		    pdfdraw_t(p, "T_EFFECT"), pr->number, e->number, e->name,
		    pdfdraw_status_word(p, e->status, w, sizeof(w)));
		pdfdraw_heading(p, 3, buf, NULL, -1);
		pdfdraw_para(p, PDF_FONT " 9", 0, e->description, 4);
		pdf_indicator_table(p, e->indicators, e->indicatorn);
	}
	utf8_snprintf(buf, sizeof(buf), "2. %s", pdfdraw_t(p, "T_W2"));
	pdfdraw_heading(p, 2, buf, NULL, -1);
	for (i = 0; i < pr->effectn; i++)
		for (j = 0; j < pr->effects[i].performancen; j++) {
			f = &pr->effects[i].performances[j];
			utf8_snprintf(buf, sizeof(buf), "%s %d.%d.%d: %s (%s)",
			    pdfdraw_t(p, "T_PERFORMANCE"), pr->number,
			    pr->effects[i].number, f->number, f->name,
			    pdfdraw_status_word(p, f->status, w, sizeof(w)));
			pdfdraw_heading(p, 3, buf, NULL, -1);
			utf8_snprintf(buf, sizeof(buf), "%s: %s",
			    pdfdraw_t(p, "T_OWNER"), f->owner);
			pdfdraw_para(p, PDF_FONT " 8.5", 0, buf, 3);
			pdf_indicator_table(p, f->indicators, f->indicatorn);
		}
	utf8_snprintf(buf, sizeof(buf), "3. %s", pdfdraw_t(p, "T_W3"));
	pdf_cost_table(p, pr, buf);
	pdf_cost_chart(p, pr);
	for (i = 0; i < pr->effectn; i++)
		for (j = 0; j < pr->effects[i].performancen; j++) {
			f = &pr->effects[i].performances[j];
			if (f->explanation[0] == '\0' && f->measure[0] == '\0')
				continue;
			utf8_snprintf(buf, sizeof(buf),
			    "%d.%d.%d %s \xe2\x80\x93 %s",
			    pr->number, pr->effects[i].number, f->number,
			    f->name, pdfdraw_t(p, "T_REPORT_COST_EXPLANATIONS"));
			pdfdraw_para(p, PDF_FONT " Bold 8.5", 0, buf, 1);
			pdfdraw_para(p, PDF_FONT " 8.5", 0, f->explanation, 2);
			pdfdraw_para(p, PDF_FONT " 8.5", 0, f->measure, 4);
		}
}

/*
 * The organisation's logo (a PNG file named by the caller), scaled into
 * a box at the cover's top, with the organisation's name as its caption:
 * cairo 1.16 cannot give a figure alternative text, the name is the
 * logo's text.  A file that cannot be read leaves the logo out.
 */
static int
pdf_logo(struct pdf *p)
{
	cairo_surface_t	*img;
	double		 w, h, sc;

	if (p->m->logo_png == NULL || p->m->logo_png[0] == '\0')
		return 0;
	img = cairo_image_surface_create_from_png(p->m->logo_png);
	if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS ||
	    (w = cairo_image_surface_get_width(img)) <= 0 ||
	    (h = cairo_image_surface_get_height(img)) <= 0) {
		if (p->pass == 1)
			log_err("pdf: cannot read the logo %s: %s",
			    p->m->logo_png, cairo_status_to_string(
			    cairo_surface_status(img)));
		cairo_surface_destroy(img);
		return 0;
	}
	sc = 200.0 / w < 70.0 / h ? 200.0 / w : 70.0 / h;
	pdfdraw_tag_begin(p, "Figure", NULL);
	cairo_save(p->cr);
	cairo_translate(p->cr, PDF_ML, p->y);
	cairo_scale(p->cr, sc, sc);
	cairo_set_source_surface(p->cr, img, 0, 0);
	/* A fill, not a paint: cairo 1.16 fails a paint inside a tag. */
	cairo_rectangle(p->cr, 0, 0, w, h);
	cairo_fill(p->cr);
	cairo_restore(p->cr);
	p->y += h * sc + 8;
	cairo_surface_destroy(img);
	if (p->m->organisation != NULL && p->m->organisation[0] != '\0') {
		pdfdraw_tag_begin(p, "Caption", NULL);
		pdfdraw_para(p, PDF_FONT " Bold 16", 0, p->m->organisation, 0);
		pdfdraw_tag_end(p);
	}
	pdfdraw_tag_end(p);
	return 1;
}

static void
pdf_title_page(struct pdf *p)
{
	char	buf[512], key[64], w[64], when[64];

	p->y = 90;
	if (!pdf_logo(p) && p->m->organisation != NULL &&
	    p->m->organisation[0] != '\0')
		pdfdraw_para(p, PDF_FONT " Bold 16", 0, p->m->organisation, 0);
	p->y += 36;
	if (p->y < 200)
		p->y = 200;
	utf8_snprintf(key, sizeof(key), "T_REPORT_KIND_%s",
	    strcmp(p->doc->kind, "bestuursrapportage") == 0 ?
	    "BESTUURSRAPPORTAGE" : "VOORTGANGSRAPPORTAGE");
	pdfdraw_para(p, PDF_FONT " 14", 0, pdfdraw_t(p, key), 8);
	cairo_set_source_rgb(p->cr, 0.082, 0.259, 0.451);
	pdfdraw_tag_begin(p, "H1", NULL);
	pdfdraw_para(p, PDF_FONT " Bold 26", 0, p->doc->title, 12);
	pdfdraw_tag_end(p);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	utf8_snprintf(buf, sizeof(buf), "%s %s", pdfdraw_t(p, "T_PERIOD"),
	    p->doc->period);
	pdfdraw_para(p, PDF_FONT " 14", 0, buf, 24);
	utf8_snprintf(buf, sizeof(buf), "%s: %s", pdfdraw_t(p,
	    "T_REPORT_OVERALL"),
	    pdfdraw_status_word(p, p->doc->status, w, sizeof(w)));
	pdfdraw_para(p, PDF_FONT " 11", 0, buf, 40);
	if (p->doc->provisional) {
		utf8_snprintf(buf, sizeof(buf), "%s. %s: %lld %s %lld %s.",
		    pdfdraw_t(p, "T_REPORT_PROV_LONG"),
		    pdfdraw_t(p, "T_PROV_WORD"),
		    (long long)p->doc->n_unapproved, pdfdraw_t(p, "T_PROV_OF"),
		    (long long)p->doc->n_figures,
		    pdfdraw_t(p, "T_PROV_NOT_APPROVED"));
		pdfdraw_para(p, PDF_FONT " Bold 11", 0, buf, 12);
	}
	if (p->m->version > 0) {
		(void)when_format(when, sizeof(when), p->m->published_at,
		    p->m->lang == LANG_EN);
		/* Each hash on a line of its own: never wrapped inside. */
		utf8_snprintf(buf, sizeof(buf), "%s %d\n%s: %s\n%s: %s\n%s:\n%s",
		    pdfdraw_t(p, "T_REPORT_VERSION"), p->m->version,
		    pdfdraw_t(p, "T_REPORT_PUBLISHED_AT"), when,
		    pdfdraw_t(p, "T_REPORT_PUBLISHED_BY"), p->m->published_by,
		    pdfdraw_t(p, "T_REPORT_HASH"), p->m->hash);
		pdfdraw_para(p, PDF_FONT " 9", 0, buf, 0);
		/* An outside copy of the audit chain's head (docs/operations.md). */
		if (p->doc->audited) {
			utf8_snprintf(buf, sizeof(buf), "%s:\n%lld %s",
			    pdfdraw_t(p, "T_REPORT_AUDIT_HEAD"),
			    (long long)p->doc->audit_entries,
			    p->doc->audit_head);
			pdfdraw_para(p, PDF_FONT " 9", 0, buf, 0);
		}
	} else {
		cairo_set_source_rgb(p->cr, 0.690, 0.0, 0.125);
		pdfdraw_para(p, PDF_FONT " Bold 14", 0,
		    pdfdraw_t(p, "T_REPORT_DRAFT_MARK"), 6);
		cairo_set_source_rgb(p->cr, 0, 0, 0);
		(void)when_format(when, sizeof(when), p->m->generated_at,
		    p->m->lang == LANG_EN);
		utf8_snprintf(buf, sizeof(buf), "%s: %s", pdfdraw_t(p,
		    "T_REPORT_PREPARED"), when);
		pdfdraw_para(p, PDF_FONT " 9", 0, buf, 0);
	}
}

/* A line of the contents: the title wraps at words, the page measured. */
static void
pdf_toc_line(struct pdf *p, const char *text, const char *dest, int page)
{
	PangoLayout	*l;
	char		 attr[64], num[16];
	double		 nw;
	int		 h;

	utf8_snprintf(attr, sizeof(attr), "dest='%s'", dest);
	utf8_snprintf(num, sizeof(num), "%d", page);
	nw = pdfdraw_text_width(p, PDF_FONT " 10", num);
	l = pdfdraw_layout(p, PDF_FONT " 10", pdfdraw_cw(p) - nw - 16, text,
	    PANGO_ALIGN_LEFT);
	pango_layout_get_size(l, NULL, &h);
	pdfdraw_need(p, (double)h / PANGO_SCALE + 6);
	pdfdraw_tag_begin(p, "TOCI", NULL);
	pdfdraw_tag_begin(p, CAIRO_TAG_LINK, attr);
	cairo_move_to(p->cr, PDF_ML, p->y);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
	l = pdfdraw_layout(p, PDF_FONT " 10", 0, num, PANGO_ALIGN_LEFT);
	cairo_move_to(p->cr, PDF_ML + pdfdraw_cw(p) - nw, p->y);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
	pdfdraw_tag_end(p);
	pdfdraw_tag_end(p);
	p->y += (double)h / PANGO_SCALE + 6;
}

static void
pdf_summary(struct pdf *p)
{
	static const enum pdf_col cols[] = { PDF_COL_KEY, PDF_COL_WORDS,
				    PDF_COL_NUM, PDF_COL_NUM, PDF_COL_NUM,
				    PDF_COL_NUM };
	const struct report_doc	*d = p->doc;
	const struct report_money *m;
	struct pdf_row		 head, *rows;
	char			(*c)[6][300];
	char			 note[96];
	enum status		 st;
	size_t			 i;

	rows = calloc(d->programmen + 1, sizeof(*rows));
	c = calloc(d->programmen + 1, sizeof(*c));
	if (rows == NULL || c == NULL) {
		pdfdraw_new_page(p);
		p->summary_page = p->page;
		goto out;
	}
	pdfdraw_row_init(&head);
	head.cell[0] = pdfdraw_t(p, "T_PROGRAMME");
	head.cell[1] = pdfdraw_t(p, "T_REPORT_STATUS");
	head.cell[2] = pdfdraw_t(p, "T_REPORT_BUDGET_TO_DATE");
	head.cell[3] = pdfdraw_t(p, "T_REPORT_REALISED_TO_DATE");
	head.cell[4] = pdfdraw_t(p, "T_REPORT_DEVIATION");
	head.cell[5] = pdfdraw_t(p, "T_REPORT_FORECAST_YEAR");
	for (i = 0; i <= d->programmen; i++) {
		pdfdraw_row_init(&rows[i]);
		if (i < d->programmen) {
			m = &d->programmes[i].money;
			(void)export_lines_note(note, sizeof(note), m,
			    p->m->lang);
			utf8_snprintf(c[i][0], sizeof(c[i][0]), "%d. %s%s%s%s",
			    d->programmes[i].number, d->programmes[i].name,
			    note[0] ? " (" : "", note, note[0] ? ")" : "");
			st = d->programmes[i].status;
		} else {
			m = &d->money;
			(void)export_lines_note(note, sizeof(note), m,
			    p->m->lang);
			utf8_snprintf(c[i][0], sizeof(c[i][0]), "%s%s%s%s",
			    pdfdraw_t(p, "T_TOTAL"), note[0] ? " (" : "", note,
			    note[0] ? ")" : "");
			rows[i].bold = 1;
			st = d->status;
		}
		rows[i].cell[0] = c[i][0];
		rows[i].cell[1] = pdfdraw_status_word(p, st, c[i][1],
		    sizeof(c[i][1]));
		rows[i].status[1] = (int)st;
		rows[i].cell[2] = pdfdraw_money(c[i][2], p, m->has_realised,
		    m->budget);
		rows[i].cell[3] = pdfdraw_money(c[i][3], p, m->has_realised,
		    m->realised);
		rows[i].cell[4] = pdfdraw_dev(c[i][4], p, m);
		rows[i].cell[5] = pdfdraw_money(c[i][5], p, m->has_forecast,
		    m->forecast);
	}
	/* A table too wide for portrait takes its heading along. */
	if (pdfdraw_table_fits(p, cols, 6, &head, rows, d->programmen + 1))
		pdfdraw_new_page(p);
	else
		pdfdraw_landscape_page(p);
	p->summary_page = p->page;
	pdfdraw_heading(p, 1, pdfdraw_t(p, "T_REPORT_SUMMARY"), "summary", 0);
	pdfdraw_table(p, cols, 6, &head, rows, d->programmen + 1);
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

	p->surf = cairo_pdf_surface_create_for_stream(pdfdraw_write, out, PDF_W,
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
	utf8_snprintf(buf, sizeof(buf), "%s %s", p->doc->kind, p->doc->period);
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
	p->pw = PDF_W;
	p->ph = PDF_H;
	p->landscape = 0;
	p->ntag = 0;
	/*
	 * Tagged PDF: headings, paragraphs, tables and figures at the top of
	 * the structure tree.  No Document element holds them: the footers
	 * are drawn outside every tag, which keeps them out of the tree
	 * (cairo 1.16 has no artifact marking), and a Document element
	 * would take them in.
	 */
	/*
	 * The cover is a section (Sect): cairo calls a PDF tagged only
	 * when its first tag is a grouping element.
	 */
	pdfdraw_tag_begin(p, "Sect", NULL);
	pdf_title_page(p);
	pdfdraw_tag_end(p);
	/* Contents. */
	pdfdraw_new_page(p);
	pdfdraw_heading(p, 1, pdfdraw_t(p, "T_REPORT_CONTENTS"), NULL, -1);
	pdfdraw_tag_begin(p, "TOC", NULL);
	if (p->doc->intro[0] != '\0')
		pdf_toc_line(p, pdfdraw_t(p, "T_REPORT_INTRO"), "intro",
		    p->intro_page);
	pdf_toc_line(p, pdfdraw_t(p, "T_REPORT_SUMMARY"), "summary",
	    p->summary_page);
	for (i = 0; i < p->doc->programmen; i++) {
		utf8_snprintf(buf, sizeof(buf), "%s %d. %s", pdfdraw_t(p,
		    "T_PROGRAMME"),
		    p->doc->programmes[i].number, p->doc->programmes[i].name);
		utf8_snprintf(buf + 400, 32, "prog-%d",
		    p->doc->programmes[i].number);
		pdf_toc_line(p, buf, buf + 400, p->prog_page[i]);
	}
	pdfdraw_tag_end(p);
	if (p->doc->intro[0] != '\0') {
		pdfdraw_new_page(p);
		p->intro_page = p->page;
		pdfdraw_heading(p, 1, pdfdraw_t(p, "T_REPORT_INTRO"), "intro", 0);
		pdfdraw_text(p, p->doc->intro);
	}
	pdf_summary(p);
	for (i = 0; i < p->doc->programmen; i++)
		pdf_programme(p, i);
	while (p->ntag > 0)
		pdfdraw_tag_end(p);
	pdfdraw_footer(p);
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
	char		*tail;
	size_t		 taillen = 0;
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
	/* The document language, which cairo 1.16 cannot set (pdflang.c). */
	if ((tail = pdflang_update((const char *)out.s, out.len,
	    m->lang == LANG_EN ? "en-GB" : "nl-NL", &taillen)) == NULL ||
	    taillen > UINT_MAX || pdfdraw_write(&out, (unsigned char *)tail,
	    (unsigned int)taillen) != CAIRO_STATUS_SUCCESS)
		log_err("pdf: the document language could not be set");
	free(tail);
	if (!out.ok) {
		free(out.s);
		return NULL;
	}
	*len = out.len;
	return (char *)out.s;
}
