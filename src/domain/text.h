/*
 * text.h: the one check of a free text typed by a user (report titles and
 * introductions, display names, explanations): valid UTF-8, within its
 * length, and without control characters.  A single-line text has none at
 * all; a multi-line text may hold tab, CR and LF.  Control characters
 * (C0, DEL, C1) and the non-characters U+FFFE and U+FFFF are never stored:
 * they make the XLSX export invalid XML and garble the PDF and the pages.
 * Pure: no I/O.
 */
#ifndef KOERS_TEXT_H
#define KOERS_TEXT_H

#include <stddef.h>

enum text_kind {
	TEXT_LINE,		/* one line: no control character at all */
	TEXT_LINES		/* several lines: tab, CR and LF allowed */
};

enum text_err {
	TEXT_OK = 0,
	TEXT_EMPTY,		/* nothing but blanks (only when required) */
	TEXT_TOO_LONG,		/* more than max bytes */
	TEXT_CONTROL		/* a control character or invalid UTF-8 */
};

enum text_err	 text_check(const char *, size_t max, enum text_kind,
		    int required);
size_t		 text_clean(char *, enum text_kind);

#endif
