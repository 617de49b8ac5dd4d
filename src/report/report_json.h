/*
 * report_json.h: the report document as canonical JSON (sorted keys,
 * compact, UTF-8).  This text is what a published version stores and what
 * its hash is taken of; a published version is read back from it, never
 * rebuilt from the live database.
 */
#ifndef KOERS_REPORT_JSON_H
#define KOERS_REPORT_JSON_H

#include <jansson.h>

#include "report.h"

#define REPORT_JSON_FORMAT	"koers-report/1"

json_t			*report_json(const struct report_doc *);
char			*report_json_dump(const struct report_doc *);
struct report_doc	*report_json_parse(const char *text);
int			 report_json_hash(const char *text, char out[65]);
int			 report_json_scaled(const char *, int decimals, int64_t *);

#endif
