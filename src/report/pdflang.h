/*
 * pdflang.h: the document language (/Lang in the catalog) of a PDF that
 * cairo 1.16 wrote, which has no way to set it.  See pdflang.c.
 */
#ifndef KOERS_PDFLANG_H
#define KOERS_PDFLANG_H

#include <stddef.h>

char	*pdflang_update(const char *pdf, size_t len, const char *lang,
	    size_t *taillen);

#endif
