/*
 * export_xlsx.c: the report as a workbook for analysis (libxlsxwriter): a
 * sheet about the report, one sheet per programme and a flat sheet of
 * every figure with its full context.  Numbers are numbers (with number
 * formats for their decimals, euros and percentages), dates are dates, and
 * every sheet's header row is frozen.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "export.h"
#include "i18n.h"
#include "log.h"
#include "text.h"
#include "utf8.h"

struct xl {
	lxw_workbook	*wb;
	const struct report_doc	*doc;
	const struct export_meta *m;
	lxw_format	*head, *text, *wrap, *money, *pct, *date, *bold;
	lxw_format	*dec[5];
};

static const char *
xl_t(const struct xl *x, const char *key)
{
	return i18n(x->m->lang, key);
}

static double
xl_scaled(int64_t v, int dec)
{
	static const double p10[] = { 1, 10, 100, 1000, 10000 };

	return (double)v / p10[dec < 0 || dec > 4 ? 0 : dec];
}

/*
 * A sheet name: at most 31 characters (bytes here), none of []:*?/\ ' nor
 * a control character, cut between characters.
 */
static void
xl_sheet_name(char *out, size_t sz, const char *in)
{
	size_t	i, n = 0, lim = sz - 1 < 31 ? sz - 1 : 31;

	for (i = 0; in[i] != '\0' && n < lim; i++) {
		if (strchr("[]:*?/\\'", in[i]) != NULL ||
		    (unsigned char)in[i] < 0x20 || in[i] == 0x7f)
			continue;
		out[n++] = in[i];
	}
	out[utf8_cut(out, n)] = '\0';
	text_clean(out, TEXT_LINE);
}

/*
 * A text cell.  Text stored before control characters were refused
 * (text.c) is written without them: one would make the whole workbook
 * invalid XML, and a published version must always export.
 */
static void
xl_str(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s,
    lxw_format *f)
{
	char	*clean;

	if (s == NULL)
		s = "";
	if (text_check(s, SIZE_MAX, TEXT_LINES, 0) == TEXT_OK) {
		worksheet_write_string(ws, r, c, s, f);
		return;
	}
	if ((clean = strdup(s)) == NULL)
		return;
	text_clean(clean, TEXT_LINES);
	worksheet_write_string(ws, r, c, clean, f);
	free(clean);
}

static const char *const xl_keys[] = {
	"T_PERIOD", "T_NUMBER", "T_PROGRAMME", "T_NUMBER", "T_EFFECT",
	"T_NUMBER", "T_PERFORMANCE", "T_OWNER", "T_REPORT_ROW_KIND",
	"T_REPORT_CODE", "T_NAME", "T_UNIT_OF_MEASURE", "T_TARGET",
	"T_YEAR_TARGET", "T_REALISED", "T_FORECAST", "T_REPORT_DEVIATION",
	"T_REPORT_DEVIATION", "T_REPORT_STATUS", "T_REPORT_NEEDS_EXPLANATION",
	"T_EXPLANATION", "T_MEASURE"
};
#define XL_NCOLS (sizeof(xl_keys) / sizeof(xl_keys[0]))

static void
xl_header(struct xl *x, lxw_worksheet *ws)
{
	static const double widths[XL_NCOLS] = {
		9, 5, 30, 5, 30, 5, 30, 24, 18, 14, 40, 9, 13, 13, 13, 13, 13,
		10, 14, 10, 50, 50
	};
	char	 buf[96];
	size_t	 c;

	for (c = 0; c < XL_NCOLS; c++) {
		if (c == 17)
			utf8_snprintf(buf, sizeof(buf), "%s %%",
			    xl_t(x, xl_keys[c]));
		else if (c == 1 || c == 3 || c == 5)
			utf8_snprintf(buf, sizeof(buf), "%s", xl_t(x,
			    "T_NUMBER"));
		else
			utf8_snprintf(buf, sizeof(buf), "%s", xl_t(x,
			    xl_keys[c]));
		xl_str(ws, 0, (lxw_col_t)c, buf, x->head);
		worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, widths[c],
		    c >= 20 ? x->wrap : NULL);
	}
	worksheet_freeze_panes(ws, 1, 0);
}

static void
xl_num(struct xl *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, int has,
    int64_t v, int dec)
{
	if (has)
		worksheet_write_number(ws, r, c, xl_scaled(v, dec),
		    x->dec[dec < 0 || dec > 4 ? 0 : dec]);
}

static void
xl_money(struct xl *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, int has,
    int64_t cents)
{
	if (has)
		worksheet_write_number(ws, r, c, (double)cents / 100.0,
		    x->money);
}

/* A status as the pages and the PDF show it: icon and word, into buf. */
static const char *
xl_status(const struct xl *x, enum status s, char *buf, size_t sz)
{
	const struct status_look *l = status_look(s);

	utf8_snprintf(buf, sz, "%s %s", l->icon, xl_t(x, l->key));
	return buf;
}

static void
xl_row(struct xl *x, lxw_worksheet *ws, lxw_row_t r,
    const struct report_row *w)
{
	const struct report_indicator	*ri = w->indicator;
	const struct report_money	*m;
	const char			*k;
	char				 sw[80];

	xl_str(ws, r, 0, x->doc->period, NULL);
	worksheet_write_number(ws, r, 1, w->programme->number, NULL);
	xl_str(ws, r, 2, w->programme->name, NULL);
	worksheet_write_number(ws, r, 3, w->effect->number, NULL);
	xl_str(ws, r, 4, w->effect->name, NULL);
	if (w->performance != NULL) {
		worksheet_write_number(ws, r, 5, w->performance->number, NULL);
		xl_str(ws, r, 6, w->performance->name, NULL);
		xl_str(ws, r, 7, w->performance->owner, NULL);
	}
	k = w->kind == REPORT_ROW_EFFECT_INDICATOR ?
	    "T_REPORT_ROW_EFFECT_INDICATOR" :
	    w->kind == REPORT_ROW_PERFORMANCE_INDICATOR ?
	    "T_REPORT_ROW_PERFORMANCE_INDICATOR" : "T_REPORT_ROW_COST";
	xl_str(ws, r, 8, xl_t(x, k), NULL);
	if (ri != NULL) {
		xl_str(ws, r, 9, ri->code, NULL);
		xl_str(ws, r, 10, ri->name, NULL);
		xl_str(ws, r, 11, ri->unit, NULL);
		xl_num(x, ws, r, 12, ri->has_target, ri->target, ri->decimals);
		xl_num(x, ws, r, 13, ri->has_year_target, ri->year_target,
		    ri->decimals);
		xl_num(x, ws, r, 14, ri->has_value, ri->value, ri->decimals);
		xl_num(x, ws, r, 15, ri->has_forecast, ri->forecast,
		    ri->decimals);
		xl_str(ws, r, 18, xl_status(x, ri->status, sw, sizeof(sw)),
		    NULL);
		if (ri->explanation[0] != '\0')
			xl_str(ws, r, 20, ri->explanation,
			    x->wrap);
		if (ri->measure[0] != '\0')
			xl_str(ws, r, 21, ri->measure, x->wrap);
		return;
	}
	m = &w->performance->money;
	xl_str(ws, r, 10, w->performance->name, NULL);
	xl_str(ws, r, 11, "EUR", NULL);
	xl_money(x, ws, r, 12, m->has_realised, m->budget);
	xl_money(x, ws, r, 13, 1, m->year_budget);
	xl_money(x, ws, r, 14, m->has_realised, m->realised);
	xl_money(x, ws, r, 15, m->has_forecast, m->forecast);
	xl_money(x, ws, r, 16, m->has_deviation, m->deviation);
	if (m->has_deviation_bp)
		worksheet_write_number(ws, r, 17,
		    (double)m->deviation_bp / 10000.0, x->pct);
	xl_str(ws, r, 18, xl_status(x, w->performance->status, sw,
	    sizeof(sw)), NULL);
	if (m->has_deviation)
		worksheet_write_boolean(ws, r, 19, m->needs_explanation, NULL);
	if (w->performance->explanation[0] != '\0')
		xl_str(ws, r, 20, w->performance->explanation,
		    x->wrap);
	if (w->performance->measure[0] != '\0')
		xl_str(ws, r, 21, w->performance->measure,
		    x->wrap);
}

/* "2014-07-01T09:00:00Z" as a date cell; text when it does not parse. */
static void
xl_date(struct xl *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
    const char *iso)
{
	lxw_datetime	dt;
	int		y, mo, d, h, mi, s;

	if (iso == NULL || iso[0] == '\0')
		return;
	if (sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi,
	    &s) != 6) {
		xl_str(ws, r, c, iso, NULL);
		return;
	}
	memset(&dt, 0, sizeof(dt));
	dt.year = y;
	dt.month = (uint8_t)mo;
	dt.day = (uint8_t)d;
	dt.hour = (uint8_t)h;
	dt.min = (uint8_t)mi;
	dt.sec = s;
	worksheet_write_datetime(ws, r, c, &dt, x->date);
}

/*
 * A provisional document's mark in the print header of ws, so that every
 * printed page carries it ("&C" centres; the texts hold no "&").
 */
static void
xl_mark(struct xl *x, lxw_worksheet *ws)
{
	char	hdr[128];

	if (!x->doc->provisional)
		return;
	utf8_snprintf(hdr, sizeof(hdr), "&C%s \xc2\xb7 %s",
	    xl_t(x, "T_REPORT_PROV_MARK"), x->doc->period);
	(void)worksheet_set_header(ws, hdr);
}

static void
xl_about(struct xl *x)
{
	lxw_worksheet	*ws;
	lxw_row_t	 r = 0;
	char		 name[40], audit[96], sw[80];
	const char	*draft = xl_t(x, "T_REPORT_DRAFT");

	xl_sheet_name(name, sizeof(name), xl_t(x, "T_REPORT_SUMMARY"));
	ws = workbook_add_worksheet(x->wb, name);
	xl_mark(x, ws);
	worksheet_set_column(ws, 0, 0, 30, x->bold);
	worksheet_set_column(ws, 1, 6, 18, NULL);
	xl_str(ws, r, 0, xl_t(x, "T_REPORT_TITLE_FIELD"),
	    x->head);
	xl_str(ws, r++, 1, x->doc->title, x->head);
	worksheet_freeze_panes(ws, 1, 0);
	if (x->doc->provisional) {
		char	prov[256];

		utf8_snprintf(prov, sizeof(prov), "%s: %lld %s %lld %s",
		    xl_t(x, "T_PROV_WORD"), (long long)x->doc->n_unapproved,
		    xl_t(x, "T_PROV_OF"), (long long)x->doc->n_figures,
		    xl_t(x, "T_PROV_NOT_APPROVED"));
		xl_str(ws, r, 0, xl_t(x, "T_REPORT_PROV_MARK"), x->head);
		xl_str(ws, r++, 1, xl_t(x, "T_REPORT_PROV_LONG"), x->head);
		xl_str(ws, r++, 1, prov, NULL);
	}
	xl_str(ws, r, 0, xl_t(x, "T_REPORT_KIND"), NULL);
	xl_str(ws, r++, 1, x->doc->kind, NULL);
	xl_str(ws, r, 0, xl_t(x, "T_PERIOD"), NULL);
	xl_str(ws, r++, 1, x->doc->period, NULL);
	xl_str(ws, r, 0, xl_t(x, "T_REPORT_VERSION"), NULL);
	if (x->m->version > 0)
		worksheet_write_number(ws, r++, 1, x->m->version, NULL);
	else
		xl_str(ws, r++, 1, draft, NULL);
	xl_str(ws, r, 0, xl_t(x, x->m->version > 0 ?
	    "T_REPORT_PUBLISHED_AT" : "T_REPORT_PREPARED"), NULL);
	xl_date(x, ws, r++, 1, x->m->generated_at);
	if (x->m->version > 0) {
		xl_str(ws, r, 0,
		    xl_t(x, "T_REPORT_PUBLISHED_BY"), NULL);
		xl_str(ws, r++, 1, x->m->published_by, NULL);
		xl_str(ws, r, 0, xl_t(x, "T_REPORT_HASH"),
		    NULL);
		xl_str(ws, r++, 1, x->m->hash, NULL);
	}
	if (x->doc->audited) {
		utf8_snprintf(audit, sizeof(audit), "%lld %s",
		    (long long)x->doc->audit_entries, x->doc->audit_head);
		xl_str(ws, r, 0, xl_t(x, "T_REPORT_AUDIT_HEAD"), NULL);
		xl_str(ws, r++, 1, audit, NULL);
	}
	xl_str(ws, r, 0, xl_t(x, "T_REPORT_OVERALL"), NULL);
	xl_str(ws, r++, 1, xl_status(x, x->doc->status, sw, sizeof(sw)), NULL);
	r++;
	xl_str(ws, r, 0, xl_t(x, "T_PROGRAMME"), x->head);
	xl_str(ws, r, 1, xl_t(x, "T_REPORT_STATUS"), x->head);
	xl_str(ws, r, 2, xl_t(x, "T_REPORT_YEAR_BUDGET"),
	    x->head);
	xl_str(ws, r, 3, xl_t(x, "T_REPORT_BUDGET_TO_DATE"),
	    x->head);
	xl_str(ws, r, 4, xl_t(x, "T_REPORT_REALISED_TO_DATE"),
	    x->head);
	xl_str(ws, r, 5, xl_t(x, "T_REPORT_DEVIATION"),
	    x->head);
	xl_str(ws, r, 6, xl_t(x, "T_REPORT_FORECAST_YEAR"),
	    x->head);
	xl_str(ws, r, 7, xl_t(x, "T_REPORT_LINES_NOTE"), x->head);
	xl_str(ws, r, 8, xl_t(x, "T_XLSX_LASTEN_PRIMITIEF"), x->head);
	xl_str(ws, r, 9, xl_t(x, "T_XLSX_LASTEN_ACTUEEL"), x->head);
	xl_str(ws, r, 10, xl_t(x, "T_XLSX_BATEN_PRIMITIEF"), x->head);
	xl_str(ws, r, 11, xl_t(x, "T_XLSX_BATEN_ACTUEEL"), x->head);
	xl_str(ws, r, 12, xl_t(x, "T_XLSX_SALDO_PRIMITIEF"), x->head);
	xl_str(ws, r, 13, xl_t(x, "T_XLSX_SALDO_ACTUEEL"), x->head);
	if (x->doc->provisional)
		xl_str(ws, r, 14, xl_t(x, "T_REPORT_PROV_MARK"), x->head);
	r++;
	for (size_t i = 0; i <= x->doc->programmen; i++, r++) {
		const struct report_programme *p = i < x->doc->programmen ?
		    &x->doc->programmes[i] : NULL;
		const struct report_money *m = p ? &p->money : &x->doc->money;
		char lab[300];

		if (p != NULL)
			utf8_snprintf(lab, sizeof(lab), "%d. %s", p->number,
			    p->name);
		else
			utf8_snprintf(lab, sizeof(lab), "%s", xl_t(x,
			    "T_TOTAL"));
		xl_str(ws, r, 0, lab, NULL);
		xl_str(ws, r, 1, xl_status(x, p ? p->status :
		    x->doc->status, sw, sizeof(sw)), NULL);
		xl_money(x, ws, r, 2, 1, m->year_budget);
		/* Like with like: the budget of the reported lines. */
		xl_money(x, ws, r, 3, m->has_realised, m->budget);
		xl_money(x, ws, r, 4, m->has_realised, m->realised);
		xl_money(x, ws, r, 5, m->has_deviation, m->deviation);
		xl_money(x, ws, r, 6, m->has_forecast, m->forecast);
		if (export_lines_note(lab, sizeof(lab), m, x->m->lang))
			xl_str(ws, r, 7, lab, NULL);
		/* Lasten, baten and saldo, primitief and actueel (issue 14). */
		{
			const struct report_budget *bg = p ? &p->budget :
			    &x->doc->budget;

			xl_money(x, ws, r, 8, bg->has, bg->lasten_primitief);
			xl_money(x, ws, r, 9, bg->has, bg->lasten_actueel);
			xl_money(x, ws, r, 10, bg->has, bg->baten_primitief);
			xl_money(x, ws, r, 11, bg->has, bg->baten_actueel);
			xl_money(x, ws, r, 12, bg->has, bg->baten_primitief -
			    bg->lasten_primitief);
			xl_money(x, ws, r, 13, bg->has, bg->baten_actueel -
			    bg->lasten_actueel);
		}
		/* Each programme's own figures (issue 13, item 3). */
		if (x->doc->provisional) {
			utf8_snprintf(lab, sizeof(lab), "%s: %lld %s %lld %s",
			    xl_t(x, "T_PROV_WORD"), (long long)(p ?
			    p->n_unapproved : x->doc->n_unapproved),
			    xl_t(x, "T_PROV_OF"), (long long)(p ?
			    p->n_figures : x->doc->n_figures),
			    xl_t(x, "T_PROV_NOT_APPROVED"));
			xl_str(ws, r, 14, lab, NULL);
		}
	}
}

static int
xl_build(struct xl *x, const struct report_rows *rows)
{
	lxw_worksheet	*ws;
	lxw_row_t	 r;
	size_t		 i, j;
	char		 name[64], lab[300];

	xl_about(x);
	for (i = 0; i < x->doc->programmen; i++) {
		utf8_snprintf(lab, sizeof(lab), "%d %s",
		    x->doc->programmes[i].number,
		    x->doc->programmes[i].name);
		xl_sheet_name(name, sizeof(name), lab);
		if ((ws = workbook_add_worksheet(x->wb, name)) == NULL)
			return 0;
		xl_mark(x, ws);
		xl_header(x, ws);
		for (r = 1, j = 0; j < rows->n; j++)
			if (rows->v[j].programme == &x->doc->programmes[i])
				xl_row(x, ws, r++, &rows->v[j]);
		worksheet_autofilter(ws, 0, 0, r > 1 ? r - 1 : 1,
		    XL_NCOLS - 1);
	}
	xl_sheet_name(name, sizeof(name), xl_t(x, "T_REPORT_ALL_FIGURES"));
	if ((ws = workbook_add_worksheet(x->wb, name)) == NULL)
		return 0;
	xl_mark(x, ws);
	xl_header(x, ws);
	for (j = 0; j < rows->n; j++)
		xl_row(x, ws, (lxw_row_t)(j + 1), &rows->v[j]);
	worksheet_autofilter(ws, 0, 0, (lxw_row_t)(rows->n > 0 ? rows->n : 1),
	    XL_NCOLS - 1);
	return 1;
}

static char *
xl_slurp(const char *path, size_t *len)
{
	FILE	*f;
	char	*s = NULL;
	long	 n;

	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) > 0 &&
	    fseek(f, 0, SEEK_SET) == 0 && (s = malloc((size_t)n)) != NULL &&
	    fread(s, 1, (size_t)n, f) != (size_t)n) {
		free(s);
		s = NULL;
	}
	if (s != NULL)
		*len = (size_t)n;
	fclose(f);
	return s;
}

/*
 * The report as an XLSX workbook.  libxlsxwriter writes to a file, so the
 * workbook goes through a private temporary file.  Returns the bytes and
 * sets *len; NULL on failure (logged).
 */
char *
export_xlsx(const struct report_doc *doc, const struct export_meta *m,
    size_t *len)
{
	lxw_workbook_options	 opt;
	lxw_doc_properties	 props;
	struct report_rows	*rows;
	struct xl		 x;
	const char		*tmp = getenv("TMPDIR");
	char			 path[512], *bytes = NULL;
	char			*title = NULL, *author = NULL;
	struct tm		 tm;
	int			 fd, d;
	static const char *const decfmt[] = {
		"#,##0", "#,##0.0", "#,##0.00", "#,##0.000", "#,##0.0000"
	};

	if (tmp == NULL || tmp[0] == '\0')
		tmp = "/tmp";
	utf8_snprintf(path, sizeof(path), "%s/koers-xlsx-XXXXXX", tmp);
	if ((fd = mkstemp(path)) == -1) {
		log_err("xlsx: cannot create a temporary file in %s", tmp);
		return NULL;
	}
	close(fd);
	if ((rows = report_rows(doc)) == NULL) {
		unlink(path);
		return NULL;
	}
	memset(&opt, 0, sizeof(opt));
	opt.constant_memory = LXW_FALSE;
	opt.tmpdir = (char *)tmp;
	memset(&x, 0, sizeof(x));
	x.doc = doc;
	x.m = m;
	if ((x.wb = workbook_new_opt(path, &opt)) == NULL)
		goto out;
	memset(&props, 0, sizeof(props));
	memset(&tm, 0, sizeof(tm));
	/*
	 * The document properties are written as they are: a control
	 * character stored before text.c refused it would make them invalid
	 * XML.  libxlsxwriter copies these; its fields are not const.
	 */
	if ((title = strdup(doc->title != NULL ? doc->title : "")) == NULL ||
	    (author = strdup(m->published_by != NULL &&
	    m->published_by[0] != '\0' ? m->published_by : "Koers")) == NULL) {
		workbook_close(x.wb);
		goto out;
	}
	text_clean(title, TEXT_LINE);
	text_clean(author, TEXT_LINE);
	props.title = title;
	props.subject = doc->period;
	props.author = author;
	props.company = (char *)"Koers";
	/* The document's own time, so a published version's file is stable. */
	if (m->generated_at != NULL && strptime(m->generated_at,
	    "%Y-%m-%dT%H:%M:%SZ", &tm) != NULL)
		props.created = timegm(&tm);
	workbook_set_properties(x.wb, &props);
	x.head = workbook_add_format(x.wb);
	format_set_bold(x.head);
	format_set_bg_color(x.head, 0xF3F5F8);
	format_set_bottom(x.head, LXW_BORDER_MEDIUM);
	format_set_text_wrap(x.head);
	x.bold = workbook_add_format(x.wb);
	format_set_bold(x.bold);
	x.wrap = workbook_add_format(x.wb);
	format_set_text_wrap(x.wrap);
	format_set_align(x.wrap, LXW_ALIGN_VERTICAL_TOP);
	x.money = workbook_add_format(x.wb);
	format_set_num_format(x.money, "\"\xe2\x82\xac \"#,##0.00;"
	    "\"-\xe2\x82\xac \"#,##0.00");
	x.pct = workbook_add_format(x.wb);
	format_set_num_format(x.pct, "0.00%");
	x.date = workbook_add_format(x.wb);
	format_set_num_format(x.date, "yyyy-mm-dd hh:mm:ss");
	for (d = 0; d < 5; d++) {
		x.dec[d] = workbook_add_format(x.wb);
		format_set_num_format(x.dec[d], decfmt[d]);
	}
	if (!xl_build(&x, rows)) {
		workbook_close(x.wb);
		goto out;
	}
	if (workbook_close(x.wb) != LXW_NO_ERROR) {
		log_err("xlsx: cannot write the workbook");
		goto out;
	}
	bytes = xl_slurp(path, len);
out:
	free(title);
	free(author);
	unlink(path);
	report_rows_free(rows);
	return bytes;
}
