/*
 * pdflang.c: set a PDF's document language, the /Lang entry of its
 * catalog, which screen readers use to pick the voice (WCAG 3.1.1,
 * PDF/UA).  cairo 1.16 (Debian 12) can set title and author but not the
 * language, so the PDF gets an incremental update (ISO 32000-1, 7.5.6):
 * appended after the untouched original bytes, a new version of the
 * catalog object with /Lang added, a cross-reference section for that one
 * object and a trailer whose /Prev points at the original's.  Readers take
 * the newest version of an object; the original stays readable as it was.
 *
 * It reads only what cairo writes: a classic "xref" table, a trailer with
 * /Size, /Root and /Info, the catalog as a plain dictionary.  Anything
 * else (or a catalog with /Lang already) gives no update.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pdflang.h"

/* The last occurrence of needle in s[0..len), or NULL. */
static const char *
pdflang_rfind(const char *s, size_t len, const char *needle)
{
	size_t	n = strlen(needle), i;

	if (n == 0 || n > len)
		return NULL;
	for (i = len - n + 1; i-- > 0; )
		if (memcmp(s + i, needle, n) == 0)
			return s + i;
	return NULL;
}

/* The number after key ("/Root 12 0 R": 12) in s[0..len), or -1. */
static long long
pdflang_num(const char *s, size_t len, const char *key)
{
	const char	*p = pdflang_rfind(s, len, key);
	long long	 v = 0;
	int		 digits = 0;

	if (p == NULL)
		return -1;
	for (p += strlen(key); p < s + len && (*p == ' ' || *p == '\n' ||
	    *p == '\r'); p++)
		continue;
	for (; p < s + len && isdigit((unsigned char)*p) && v < 1000000000000LL;
	    p++, digits++)
		v = v * 10 + (*p - '0');
	return digits > 0 ? v : -1;
}

/* Whether lang is a plain language tag: letters, digits and hyphens. */
static int
pdflang_tag_ok(const char *lang)
{
	size_t	i;

	for (i = 0; lang[i] != '\0'; i++)
		if (!isalnum((unsigned char)lang[i]) && lang[i] != '-')
			return 0;
	return i > 0 && i <= 35;
}

/*
 * The bytes to append to the PDF pdf[0..len) so that its catalog says
 * /Lang (lang), e.g. "nl-NL".  Returns them (malloc'd, *taillen set), or
 * NULL when the PDF is not one this reads or already has a language.
 */
char *
pdflang_update(const char *pdf, size_t len, const char *lang, size_t *taillen)
{
	const char	*sx, *tr, *obj, *body, *end, *close;
	char		 head[48], *tail = NULL;
	long long	 prev, size, root, info;
	size_t		 cap, n, objoff, xoff, blen;
	int		 w;

	if (pdf == NULL || lang == NULL || !pdflang_tag_ok(lang) || len < 32)
		return NULL;
	/* The original's trailer: startxref, then the trailer before it. */
	if ((sx = pdflang_rfind(pdf, len, "startxref")) == NULL ||
	    (prev = pdflang_num(sx, len - (size_t)(sx - pdf), "startxref")) < 0 ||
	    (size_t)prev >= len ||
	    (tr = pdflang_rfind(pdf, (size_t)(sx - pdf), "trailer")) == NULL)
		return NULL;
	if ((size = pdflang_num(tr, (size_t)(sx - tr), "/Size")) <= 0 ||
	    (root = pdflang_num(tr, (size_t)(sx - tr), "/Root")) <= 0 ||
	    root >= size)
		return NULL;
	info = pdflang_num(tr, (size_t)(sx - tr), "/Info");
	/* The catalog: the newest "N 0 obj" at the start of a line. */
	snprintf(head, sizeof(head), "\n%lld 0 obj", root);
	if ((obj = pdflang_rfind(pdf, (size_t)(tr - pdf), head)) == NULL)
		return NULL;
	body = obj + strlen(head);
	if ((end = strstr(body, "endobj")) == NULL || end > tr)
		return NULL;
	while (body < end && isspace((unsigned char)*body))
		body++;
	for (close = end; close > body && isspace((unsigned char)close[-1]);
	    close--)
		continue;
	if (close - body < 4 || strncmp(body, "<<", 2) != 0 ||
	    strncmp(close - 2, ">>", 2) != 0)
		return NULL;
	blen = (size_t)(close - 2 - body);
	if (memmem(body, blen, "/Type /Catalog", 14) == NULL ||
	    memmem(body, blen, "/Lang", 5) != NULL)
		return NULL;
	cap = blen + 512;
	if ((tail = malloc(cap)) == NULL)
		return NULL;
	n = 0;
	if (pdf[len - 1] != '\n')
		tail[n++] = '\n';
	objoff = len + n;
	w = snprintf(tail + n, cap - n, "%lld 0 obj\n%.*s   /Lang (%s)\n>>\n"
	    "endobj\n", root, (int)blen, body, lang);
	if (w < 0 || (size_t)w >= cap - n)
		goto fail;
	n += (size_t)w;
	xoff = len + n;
	/* One subsection of one entry: 20 bytes, "nnnnnnnnnn ggggg n \n". */
	w = snprintf(tail + n, cap - n, "xref\n%lld 1\n%010zu 00000 n \n"
	    "trailer\n<< /Size %lld\n   /Root %lld 0 R\n", root, objoff, size,
	    root);
	if (w < 0 || (size_t)w >= cap - n)
		goto fail;
	n += (size_t)w;
	if (info > 0) {
		w = snprintf(tail + n, cap - n, "   /Info %lld 0 R\n", info);
		if (w < 0 || (size_t)w >= cap - n)
			goto fail;
		n += (size_t)w;
	}
	w = snprintf(tail + n, cap - n, "   /Prev %lld\n>>\nstartxref\n%zu\n"
	    "%%%%EOF\n", prev, xoff);
	if (w < 0 || (size_t)w >= cap - n)
		goto fail;
	n += (size_t)w;
	*taillen = n;
	return tail;
fail:
	free(tail);
	return NULL;
}
