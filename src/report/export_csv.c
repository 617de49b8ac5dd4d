/*
 * export_csv.c: the flat figure list as CSV (RFC 4180): UTF-8, a header
 * row, CRLF line ends, fields quoted when they hold a comma, a quote or a
 * line break.  Numbers are plain machine text ("1234.5", money in euros
 * with two decimals), so any program reads them the same way.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "status.h"

struct csv_buf {
	char	*s;
	size_t	 len, cap;
	int	 ok;
};

static void
csv_put(struct csv_buf *b, const char *s, size_t n)
{
	char	*ns;
	size_t	 ncap;

	if (!b->ok)
		return;
	if (b->len + n + 1 > b->cap) {
		ncap = b->cap ? b->cap : 4096;
		while (ncap < b->len + n + 1)
			ncap *= 2;
		if ((ns = realloc(b->s, ncap)) == NULL) {
			b->ok = 0;
			return;
		}
		b->s = ns;
		b->cap = ncap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

/* One field, quoted when needed, with its separator before it. */
static void
csv_field(struct csv_buf *b, const char *s, int first)
{
	const char *p;

	if (!first)
		csv_put(b, ",", 1);
	if (s == NULL)
		s = "";
	if (strpbrk(s, ",\"\r\n") == NULL) {
		csv_put(b, s, strlen(s));
		return;
	}
	csv_put(b, "\"", 1);
	for (p = s; *p != '\0'; p++) {
		if (*p == '"')
			csv_put(b, "\"", 1);	/* a quote is doubled */
		csv_put(b, p, 1);
	}
	csv_put(b, "\"", 1);
}

static void
csv_int(struct csv_buf *b, int v)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "%d", v);
	csv_field(b, buf, 0);
}

static void
csv_money(struct csv_buf *b, int has, int64_t cents)
{
	char buf[48];

	export_scaled(buf, sizeof(buf), has, cents, 2);
	csv_field(b, buf, 0);
}

static void
csv_scaled(struct csv_buf *b, int has, int64_t v, int dec)
{
	char buf[48];

	export_scaled(buf, sizeof(buf), has, v, dec);
	csv_field(b, buf, 0);
}

/* The header, which is also the column order: stable API names. */
static const char *const csv_columns[] = {
	"period", "programme_number", "programme", "effect_number", "effect",
	"performance_number", "performance", "owner", "kind", "code", "name",
	"unit", "target", "year_target", "realised", "forecast", "deviation",
	"deviation_pct", "status", "needs_explanation", "explanation",
	"measure"
};

/* The flat figure list as CSV; NULL when memory runs out. */
char *
export_csv(const struct report_doc *doc, size_t *len)
{
	struct report_rows		*rows;
	const struct report_row		*w;
	const struct report_indicator	*ri;
	const struct report_money	*m;
	struct csv_buf			 b = { NULL, 0, 0, 1 };
	size_t				 i;
	char				 pct[32];

	if ((rows = report_rows(doc)) == NULL)
		return NULL;
	for (i = 0; i < sizeof(csv_columns) / sizeof(csv_columns[0]); i++)
		csv_field(&b, csv_columns[i], i == 0);
	csv_put(&b, "\r\n", 2);
	for (i = 0; i < rows->n; i++) {
		w = &rows->v[i];
		ri = w->indicator;
		csv_field(&b, doc->period, 1);
		csv_int(&b, w->programme->number);
		csv_field(&b, w->programme->name, 0);
		csv_int(&b, w->effect->number);
		csv_field(&b, w->effect->name, 0);
		if (w->performance != NULL) {
			csv_int(&b, w->performance->number);
			csv_field(&b, w->performance->name, 0);
			csv_field(&b, w->performance->owner, 0);
		} else {
			csv_field(&b, "", 0);
			csv_field(&b, "", 0);
			csv_field(&b, "", 0);
		}
		csv_field(&b, report_row_kind_name(w->kind), 0);
		if (ri != NULL) {
			csv_field(&b, ri->code, 0);
			csv_field(&b, ri->name, 0);
			csv_field(&b, ri->unit, 0);
			csv_scaled(&b, ri->has_target, ri->target, ri->decimals);
			csv_scaled(&b, ri->has_year_target, ri->year_target,
			    ri->decimals);
			csv_scaled(&b, ri->has_value, ri->value, ri->decimals);
			csv_scaled(&b, ri->has_forecast, ri->forecast,
			    ri->decimals);
			csv_field(&b, "", 0);
			csv_field(&b, "", 0);
			csv_field(&b, status_name(ri->status), 0);
			csv_field(&b, "", 0);
			csv_field(&b, ri->explanation, 0);
			csv_field(&b, ri->measure, 0);
		} else {
			m = &w->performance->money;
			csv_field(&b, "", 0);
			csv_field(&b, w->performance->name, 0);
			csv_field(&b, "EUR", 0);
			csv_money(&b, 1, m->budget);
			csv_money(&b, 1, m->year_budget);
			csv_money(&b, m->has_realised, m->realised);
			csv_money(&b, m->has_forecast, m->forecast);
			csv_money(&b, m->has_deviation, m->deviation);
			export_scaled(pct, sizeof(pct), m->has_deviation_bp,
			    m->deviation_bp, 2);
			csv_field(&b, pct, 0);
			csv_field(&b, status_name(w->performance->status), 0);
			csv_field(&b, m->has_deviation ?
			    (m->needs_explanation ? "true" : "false") : "", 0);
			csv_field(&b, w->performance->explanation, 0);
			csv_field(&b, w->performance->measure, 0);
		}
		csv_put(&b, "\r\n", 2);
	}
	report_rows_free(rows);
	if (!b.ok) {
		free(b.s);
		return NULL;
	}
	*len = b.len;
	return b.s;
}
