/*
 * export.h: a report document as a file: PDF for the council, XLSX for
 * analysis, CSV of the flat figure list, JSON of the whole document.  Each
 * exporter takes the document (a draft build, or a published version read
 * back from its stored JSON) and returns the file's bytes (malloc'd).
 */
#ifndef KOERS_EXPORT_H
#define KOERS_EXPORT_H

#include <stddef.h>

#include "lang.h"
#include "report.h"

enum export_format {
	EXPORT_PDF,
	EXPORT_XLSX,
	EXPORT_CSV,
	EXPORT_JSON,
	EXPORT_ODT,
	EXPORT_CSV_NL,		/* ';', decimal commas, BOM: a Dutch Excel */
	EXPORT__MAX
};

/* What the file says about where it comes from. */
struct export_meta {
	int		 version;	/* 0: a draft */
	const char	*published_at;	/* ISO 8601, "" for a draft */
	const char	*published_by;
	const char	*hash;		/* of the stored JSON, "" for a draft */
	const char	*generated_at;	/* ISO 8601: the draft's build time */
	enum lang	 lang;
	const char	*organisation;	/* on the PDF cover; NULL or "": none */
	const char	*logo_png;	/* a PNG file for the cover; NULL: none */
};

int		 export_format_parse(const char *, enum export_format *);
const char	*export_format_ext(enum export_format);
const char	*export_format_ctype(enum export_format);
char		*export_render(const struct report_doc *, enum export_format,
		    const struct export_meta *, const char *stored_json,
		    size_t *len);
char		*export_csv(const struct report_doc *, size_t *len);
char		*export_csv_lang(const struct report_doc *, enum lang,
		    size_t *len);
char		*export_csv_nl(const struct report_doc *, size_t *len);
char		*export_odt(const struct report_doc *,
		    const struct export_meta *, size_t *len);
char		*export_xlsx(const struct report_doc *,
		    const struct export_meta *, size_t *len);
char		*export_pdf(const struct report_doc *,
		    const struct export_meta *, size_t *len);
void		 export_scaled(char *buf, size_t sz, int has, int64_t v,
		    int decimals);
int		 export_lines_note(char *buf, size_t sz,
		    const struct report_money *, enum lang);

#endif
