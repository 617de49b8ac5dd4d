/*
 * export_csv.c: the flat figure list as CSV (RFC 4180): UTF-8, a header
 * row, CRLF line ends, fields quoted when they hold a comma, a quote or a
 * line break.  Numbers are plain machine text ("1234.5", money in euros
 * with two decimals), so any program reads them the same way.  Every text
 * cell goes through csv_out_text_cell: a text a spreadsheet would run as a
 * formula (=HYPERLINK(..), @SUM(..), +cmd|..) starts with an apostrophe.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "export.h"
#include "i18n.h"
#include "num.h"
#include "status.h"
#include "utf8.h"

/*
 * How the file is written.  The international dialect (the default) is the
 * one above.  The Dutch one is what a Dutch Excel opens with a double
 * click: a UTF-8 byte order mark (else "efficiënte" is garbled), ';'
 * between cells, decimal commas and no thousands separators (so every
 * number is a number), Dutch headings, status words and period.
 */
struct csv_dialect {
	char		 sep;
	const char	*quote;		/* what makes a cell quoted */
	int		 comma;		/* decimal comma */
	int		 bom;
	int		 dutch;		/* headings, words */
};

static const struct csv_dialect csv_intl = { ',', ",\"\r\n", 0, 0, 0 };
static const struct csv_dialect csv_nl = { ';', ";\"\r\n", 1, 1, 1 };

/* A number cell (plain machine text: never neutralised, "-5" is -5). */
static void
csv_num(struct csv_out *o, const char *s)
{
	csv_out_cell(o, s, 0);
}

/* A text cell: what a spreadsheet would run as a formula is neutralised. */
static void
csv_text(struct csv_out *o, const char *s)
{
	csv_out_text_cell(o, s, 0);
}

static void
csv_int(struct csv_out *o, int v)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "%d", v);
	csv_num(o, buf);
}

/* A scaled number in the dialect's notation, "" when missing. */
static void
csv_scaled(struct csv_out *o, const struct csv_dialect *d, int has,
    int64_t v, int dec)
{
	char buf[48];

	export_scaled(buf, sizeof(buf), has, v, dec);
	if (has && d->comma)
		num_format_plain(buf, sizeof(buf), v, dec, 0);
	csv_num(o, buf);
}

static void
csv_money(struct csv_out *o, const struct csv_dialect *d, int has,
    int64_t cents)
{
	csv_scaled(o, d, has, cents, 2);
}

/* A word: the API's name, or in the Dutch dialect the catalogue's. */
static const char *
csv_status(const struct csv_dialect *d, enum status s)
{
	return d->dutch ? i18n(LANG_NL, status_look(s)->key) : status_name(s);
}

/* The header, which is also the column order: stable API names. */
static const char *const csv_columns[] = {
	"period", "programme_number", "programme", "effect_number", "effect",
	"performance_number", "performance", "owner", "kind", "code", "name",
	"unit", "target", "year_target", "realised", "forecast", "deviation",
	"deviation_pct", "status", "needs_explanation", "explanation",
	"measure", "lines", "lines_reported", "reported",
	"programme_lasten_primitief", "programme_lasten_actueel",
	"programme_baten_primitief", "programme_baten_actueel",
	"programme_saldo_primitief", "programme_saldo_actueel", "provisional"
};

/* The same columns for a Dutch reader (same order). */
static const char *const csv_columns_nl[] = {
	"periode", "programmanummer", "programma", "effectnummer", "effect",
	"prestatienummer", "prestatie", "eigenaar", "soort", "code", "naam",
	"eenheid", "streefwaarde", "streefwaarde jaar", "realisatie",
	"prognose", "afwijking", "afwijking %", "status",
	"toelichting nodig", "toelichting", "maatregel", "regels",
	"regels gerapporteerd", "gerapporteerd",
	"programma lasten primitief", "programma lasten actueel",
	"programma baten primitief", "programma baten actueel",
	"programma saldo primitief", "programma saldo actueel", "voorlopig"
};

_Static_assert(sizeof(csv_columns) == sizeof(csv_columns_nl),
    "every column has its Dutch heading");

static const char *
csv_kind(const struct csv_dialect *d, enum report_row_kind k)
{
	if (!d->dutch)
		return report_row_kind_name(k);
	switch (k) {
	case REPORT_ROW_EFFECT_INDICATOR:
		return "effectindicator";
	case REPORT_ROW_PERFORMANCE_INDICATOR:
		return "prestatie-indicator";
	default:
		return "kosten";
	}
}

/*
 * The money columns of a cost line or a total: budget to date (only
 * beside a realisation), year budget, realised, forecast, deviation and
 * its percentage.
 */
static void
csv_money_cols(struct csv_out *o, const struct csv_dialect *d,
    const struct report_money *m)
{
	csv_money(o, d, m->has_realised, m->budget);
	csv_money(o, d, 1, m->year_budget);
	csv_money(o, d, m->has_realised, m->realised);
	csv_money(o, d, m->has_forecast, m->forecast);
	csv_money(o, d, m->has_deviation, m->deviation);
	csv_scaled(o, d, m->has_deviation_bp, m->deviation_bp, 2);
}

/*
 * How many cost lines a money cell is over: "lines", "lines_reported" and
 * the note the page and the PDF show ("3 van 7 regels gerapporteerd",
 * "niet gerapporteerd"; empty when every line reported).
 */
static void
csv_lines(struct csv_out *o, const struct report_money *m, enum lang lang)
{
	char note[128];

	csv_int(o, (int)m->lines);
	csv_int(o, (int)m->lines_reported);
	export_lines_note(note, sizeof(note), m, lang);
	csv_text(o, note);
}

/* Lasten, baten and saldo, primitief and actueel (issue 14). */
static void
csv_budget(struct csv_out *o, const struct csv_dialect *d,
    const struct report_budget *bg)
{
	csv_money(o, d, bg->has, bg->lasten_primitief);
	csv_money(o, d, bg->has, bg->lasten_actueel);
	csv_money(o, d, bg->has, bg->baten_primitief);
	csv_money(o, d, bg->has, bg->baten_actueel);
	csv_money(o, d, bg->has, bg->baten_primitief - bg->lasten_primitief);
	csv_money(o, d, bg->has, bg->baten_actueel - bg->lasten_actueel);
}

/*
 * A total row: kind "programme_total" (programme set) or "total" (the
 * whole report), with the money of all the lines above it.
 */
static void
csv_total(struct csv_out *o, const struct csv_dialect *d, const char *per,
    const struct report_doc *doc, const struct report_programme *g,
    enum lang lang)
{
	const struct report_money *m = g != NULL ? &g->money : &doc->money;
	int i;

	csv_out_text_cell(o, per, 1);
	if (g != NULL) {
		csv_int(o, g->number);
		csv_text(o, g->name);
	} else {
		csv_num(o, "");
		csv_num(o, "");
	}
	for (i = 0; i < 5; i++)		/* effect, performance, owner */
		csv_num(o, "");
	csv_text(o, g != NULL ? (d->dutch ? "programmatotaal" :
	    "programme_total") : (d->dutch ? "totaal" : "total"));
	csv_num(o, "");
	csv_text(o, i18n(lang, "T_TOTAL"));
	csv_text(o, "EUR");
	csv_money_cols(o, d, m);
	csv_num(o, "");			/* status */
	csv_num(o, "");			/* needs_explanation */
	csv_num(o, "");
	csv_num(o, "");
	csv_lines(o, m, lang);
	csv_budget(o, d, g != NULL ? &g->budget : &doc->budget);
	csv_text(o, doc->provisional ? "voorlopig" : "");
	csv_out_eol(o);
}

/*
 * The flat figure list as CSV in dialect d: the indicators and cost lines
 * of each programme, then its total row, and a last row with the report's
 * total; the notes on lines that have not reported are in lang.  NULL when
 * memory runs out.
 */
static char *
export_csv_write(const struct report_doc *doc, const struct csv_dialect *d,
    enum lang lang, size_t *len)
{
	struct report_rows		*rows;
	const struct report_row		*w;
	const struct report_indicator	*ri;
	const struct report_money	*m;
	struct csv_out			 b;
	size_t				 i;
	char				 per[64];

	if ((rows = report_rows(doc)) == NULL)
		return NULL;
	memset(&b, 0, sizeof(b));
	b.quote = d->quote;
	b.sep = d->sep;
	if (d->bom)
		csv_out_bom(&b);
	for (i = 0; i < sizeof(csv_columns) / sizeof(csv_columns[0]); i++)
		csv_out_cell(&b, d->dutch ? csv_columns_nl[i] : csv_columns[i],
		    i == 0);
	csv_out_eol(&b);
	if (d->dutch && doc->quarter >= 1 && doc->quarter <= 4)
		utf8_snprintf(per, sizeof(per), "%de kwartaal %d",
		    doc->quarter, doc->year);
	else
		utf8_snprintf(per, sizeof(per), "%s", doc->period);
	for (i = 0; i < rows->n; i++) {
		w = &rows->v[i];
		ri = w->indicator;
		csv_out_text_cell(&b, per, 1);
		csv_int(&b, w->programme->number);
		csv_text(&b, w->programme->name);
		csv_int(&b, w->effect->number);
		csv_text(&b, w->effect->name);
		if (w->performance != NULL) {
			csv_int(&b, w->performance->number);
			csv_text(&b, w->performance->name);
			csv_text(&b, w->performance->owner);
		} else {
			csv_num(&b, "");
			csv_num(&b, "");
			csv_num(&b, "");
		}
		csv_text(&b, csv_kind(d, w->kind));
		if (ri != NULL) {
			csv_text(&b, ri->code);
			csv_text(&b, ri->name);
			csv_text(&b, ri->unit);
			csv_scaled(&b, d, ri->has_target, ri->target,
			    ri->decimals);
			csv_scaled(&b, d, ri->has_year_target, ri->year_target,
			    ri->decimals);
			csv_scaled(&b, d, ri->has_value, ri->value,
			    ri->decimals);
			csv_scaled(&b, d, ri->has_forecast, ri->forecast,
			    ri->decimals);
			csv_num(&b, "");
			csv_num(&b, "");
			csv_text(&b, csv_status(d, ri->status));
			csv_num(&b, "");
			csv_text(&b, ri->explanation);
			csv_text(&b, ri->measure);
			csv_num(&b, "");
			csv_num(&b, "");
			csv_num(&b, "");
		} else {
			m = &w->performance->money;
			csv_num(&b, "");
			csv_text(&b, w->performance->name);
			csv_text(&b, "EUR");
			csv_money_cols(&b, d, m);
			csv_text(&b, csv_status(d, w->performance->status));
			csv_text(&b, m->has_deviation ? (m->needs_explanation ?
			    (d->dutch ? "ja" : "true") : (d->dutch ? "nee" :
			    "false")) : "");
			csv_text(&b, w->performance->explanation);
			csv_text(&b, w->performance->measure);
			csv_lines(&b, m, lang);
		}
		/* The programme's budget (issue 14), as its name and number. */
		csv_budget(&b, d, &w->programme->budget);
		/* Every row: a row read alone still says it is provisional. */
		csv_text(&b, doc->provisional ? "voorlopig" : "");
		csv_out_eol(&b);
		if (i + 1 == rows->n || rows->v[i + 1].programme != w->programme)
			csv_total(&b, d, per, doc, w->programme, lang);
	}
	csv_total(&b, d, per, doc, NULL, lang);
	report_rows_free(rows);
	if (b.failed || b.buf == NULL) {
		free(b.buf);
		return NULL;
	}
	*len = b.len;
	return b.buf;
}

/* The flat figure list as international CSV, notes in Dutch. */
char *
export_csv(const struct report_doc *doc, size_t *len)
{
	return export_csv_write(doc, &csv_intl, LANG_NL, len);
}

/* The flat figure list as international CSV, notes in lang. */
char *
export_csv_lang(const struct report_doc *doc, enum lang lang, size_t *len)
{
	return export_csv_write(doc, &csv_intl, lang, len);
}

/* The same list for a Dutch Excel (see csv_nl); NULL when memory runs out. */
char *
export_csv_nl(const struct report_doc *doc, size_t *len)
{
	return export_csv_write(doc, &csv_nl, LANG_NL, len);
}
