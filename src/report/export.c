/* export.c: choosing an export format and producing its bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "i18n.h"
#include "num.h"
#include "report_json.h"
#include "utf8.h"

/* What --format names: the extension, "csv-nl" for the Dutch CSV. */
static const char *const export_names[EXPORT__MAX] = {
	"pdf", "xlsx", "csv", "json", "odt", "csv-nl"
};

static const char *const export_exts[EXPORT__MAX] = {
	"pdf", "xlsx", "csv", "json", "odt", "csv"
};

static const char *const export_ctypes[EXPORT__MAX] = {
	"application/pdf",
	"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	"text/csv; charset=utf-8; header=present",
	"application/json",
	"application/vnd.oasis.opendocument.text",
	"text/csv; charset=utf-8; header=present"
};

/*
 * "pdf", "xlsx", "csv", "json", "odt" or "csv-nl".  Returns 1 and sets *f
 * on a match.
 */
int
export_format_parse(const char *s, enum export_format *f)
{
	int i;

	for (i = 0; s != NULL && i < EXPORT__MAX; i++)
		if (strcmp(s, export_names[i]) == 0) {
			*f = (enum export_format)i;
			return 1;
		}
	return 0;
}

const char *
export_format_ext(enum export_format f)
{
	return (unsigned)f < EXPORT__MAX ? export_exts[f] : "bin";
}

const char *
export_format_ctype(enum export_format f)
{
	return (unsigned)f < EXPORT__MAX ? export_ctypes[f] :
	    "application/octet-stream";
}

/* A scaled value as plain machine text ("-1234.5"), "" when missing. */
void
export_scaled(char *buf, size_t sz, int has, int64_t v, int decimals)
{
	if (!has) {
		if (sz > 0)
			buf[0] = '\0';
		return;
	}
	num_format_plain(buf, sz, v, decimals, 1);
}

/*
 * "3 van 7 regels gerapporteerd" into buf when some of m's cost lines
 * have not reported (their budget and deviation are left out of m's
 * totals: docs/rollup-rules.md), "niet gerapporteerd" for a single line
 * that has not.  Returns 1 with buf filled, 0 (buf "") when every line
 * reported or m has no lines.
 */
int
export_lines_note(char *buf, size_t sz, const struct report_money *m,
    enum lang lang)
{
	if (sz > 0)
		buf[0] = '\0';
	if (m->lines_reported >= m->lines)
		return 0;
	if (m->lines == 1)
		utf8_snprintf(buf, sz, "%s", i18n(lang, "T_NOT_REPORTED"));
	else
		utf8_snprintf(buf, sz, "%zu %s %zu %s", m->lines_reported,
		    i18n(lang, "T_LINES_OF"), m->lines,
		    i18n(lang, "T_LINES_REPORTED"));
	return 1;
}

/*
 * The file for doc in format f.  JSON of a published version is its stored
 * text exactly (stored_json); of a draft, the canonical dump.  NULL on
 * failure.
 */
char *
export_render(const struct report_doc *doc, enum export_format f,
    const struct export_meta *m, const char *stored_json, size_t *len)
{
	char *s;

	switch (f) {
	case EXPORT_PDF:
		return export_pdf(doc, m, len);
	case EXPORT_XLSX:
		return export_xlsx(doc, m, len);
	case EXPORT_CSV:
		return export_csv_lang(doc, m->lang, len);
	case EXPORT_CSV_NL:
		return export_csv_nl(doc, len);
	case EXPORT_ODT:
		return export_odt(doc, m, len);
	case EXPORT_JSON:
		s = stored_json != NULL ? strdup(stored_json) :
		    report_json_dump(doc);
		if (s != NULL)
			*len = strlen(s);
		return s;
	default:
		return NULL;
	}
}
