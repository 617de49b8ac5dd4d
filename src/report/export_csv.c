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
#include "status.h"

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

static void
csv_money(struct csv_out *o, int has, int64_t cents)
{
	char buf[48];

	export_scaled(buf, sizeof(buf), has, cents, 2);
	csv_num(o, buf);
}

static void
csv_scaled(struct csv_out *o, int has, int64_t v, int dec)
{
	char buf[48];

	export_scaled(buf, sizeof(buf), has, v, dec);
	csv_num(o, buf);
}

/* The header, which is also the column order: stable API names. */
static const char *const csv_columns[] = {
	"period", "programme_number", "programme", "effect_number", "effect",
	"performance_number", "performance", "owner", "kind", "code", "name",
	"unit", "target", "year_target", "realised", "forecast", "deviation",
	"deviation_pct", "status", "needs_explanation", "explanation",
	"measure", "programme_lasten_primitief", "programme_lasten_actueel",
	"programme_baten_primitief", "programme_baten_actueel",
	"programme_saldo_primitief", "programme_saldo_actueel", "provisional"
};

/* The flat figure list as CSV; NULL when memory runs out. */
char *
export_csv(const struct report_doc *doc, size_t *len)
{
	struct report_rows		*rows;
	const struct report_row		*w;
	const struct report_indicator	*ri;
	const struct report_money	*m;
	struct csv_out			 b;
	size_t				 i;
	char				 pct[32];

	if ((rows = report_rows(doc)) == NULL)
		return NULL;
	memset(&b, 0, sizeof(b));
	b.quote = ",\"\r\n";		/* RFC 4180 only */
	for (i = 0; i < sizeof(csv_columns) / sizeof(csv_columns[0]); i++)
		csv_out_cell(&b, csv_columns[i], i == 0);
	csv_out_eol(&b);
	for (i = 0; i < rows->n; i++) {
		w = &rows->v[i];
		ri = w->indicator;
		csv_out_text_cell(&b, doc->period, 1);
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
		csv_text(&b, report_row_kind_name(w->kind));
		if (ri != NULL) {
			csv_text(&b, ri->code);
			csv_text(&b, ri->name);
			csv_text(&b, ri->unit);
			csv_scaled(&b, ri->has_target, ri->target, ri->decimals);
			csv_scaled(&b, ri->has_year_target, ri->year_target,
			    ri->decimals);
			csv_scaled(&b, ri->has_value, ri->value, ri->decimals);
			csv_scaled(&b, ri->has_forecast, ri->forecast,
			    ri->decimals);
			csv_num(&b, "");
			csv_num(&b, "");
			csv_text(&b, status_name(ri->status));
			csv_num(&b, "");
			csv_text(&b, ri->explanation);
			csv_text(&b, ri->measure);
		} else {
			m = &w->performance->money;
			csv_num(&b, "");
			csv_text(&b, w->performance->name);
			csv_text(&b, "EUR");
			/* Budget to date only beside a realisation. */
			csv_money(&b, m->has_realised, m->budget);
			csv_money(&b, 1, m->year_budget);
			csv_money(&b, m->has_realised, m->realised);
			csv_money(&b, m->has_forecast, m->forecast);
			csv_money(&b, m->has_deviation, m->deviation);
			export_scaled(pct, sizeof(pct), m->has_deviation_bp,
			    m->deviation_bp, 2);
			csv_num(&b, pct);
			csv_text(&b, status_name(w->performance->status));
			csv_text(&b, m->has_deviation ?
			    (m->needs_explanation ? "true" : "false") : "");
			csv_text(&b, w->performance->explanation);
			csv_text(&b, w->performance->measure);
		}
		/* The programme's budget (issue 14), as its name and number. */
		{
			const struct report_budget *bg = &w->programme->budget;

			csv_money(&b, bg->has, bg->lasten_primitief);
			csv_money(&b, bg->has, bg->lasten_actueel);
			csv_money(&b, bg->has, bg->baten_primitief);
			csv_money(&b, bg->has, bg->baten_actueel);
			csv_money(&b, bg->has, bg->baten_primitief -
			    bg->lasten_primitief);
			csv_money(&b, bg->has, bg->baten_actueel -
			    bg->lasten_actueel);
		}
		/* Every row: a row read alone still says it is provisional. */
		csv_text(&b, doc->provisional ? "voorlopig" : "");
		csv_out_eol(&b);
	}
	report_rows_free(rows);
	if (b.failed || b.buf == NULL) {
		free(b.buf);
		return NULL;
	}
	*len = b.len;
	return b.buf;
}
