/*
 * test_pdflang.c: the document language added to a cairo PDF by an
 * incremental update: the new catalog, its xref entry and the trailer
 * pointing back at the original; nothing for what it cannot read.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "pdflang.h"

/* The shape of cairo 1.16's end of file. */
static const char pdf[] =
    "%PDF-1.5\n"
    "1 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    "2 0 obj\n<< /Producer (cairo) >>\nendobj\n"
    "3 0 obj\n<< /Type /Catalog\n   /Pages 1 0 R\n"
    "   /MarkInfo << /Marked true >>\n>>\nendobj\n"
    "xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n"
    "0000000061 00000 n \n0000000099 00000 n \n"
    "trailer\n<< /Size 4\n   /Root 3 0 R\n   /Info 2 0 R\n>>\n"
    "startxref\n175\n%%EOF\n";

static void
appends_a_catalog_with_lang_and_its_xref(void **state)
{
	char	*tail, *all, *p;
	size_t	 n, len = sizeof(pdf) - 1;
	long	 off;

	(void)state;
	tail = pdflang_update(pdf, len, "nl-NL", &n);
	assert_non_null(tail);
	all = malloc(len + n + 1);
	assert_non_null(all);
	memcpy(all, pdf, len);
	memcpy(all + len, tail, n);
	all[len + n] = '\0';
	/* The original bytes stay; the new catalog follows them. */
	assert_memory_equal(all, pdf, len);
	assert_non_null(strstr(tail, "3 0 obj\n<< /Type /Catalog\n"));
	assert_non_null(strstr(tail, "/MarkInfo << /Marked true >>\n"));
	assert_non_null(strstr(tail, "   /Lang (nl-NL)\n>>\nendobj\n"));
	/* Its xref entry points at "3 0 obj", 20 bytes an entry. */
	p = strstr(tail, "xref\n3 1\n");
	assert_non_null(p);
	off = strtol(p + 9, NULL, 10);
	assert_int_equal(strncmp(all + off, "3 0 obj", 7), 0);
	assert_int_equal(strchr(p + 9, '\n') - (p + 9) + 1, 20);
	/* The trailer: same size, root and info, /Prev the old xref. */
	assert_non_null(strstr(tail, "<< /Size 4\n   /Root 3 0 R\n"
	    "   /Info 2 0 R\n   /Prev 175\n>>\n"));
	/* startxref points at the new xref section. */
	p = strstr(tail, "startxref\n");
	assert_non_null(p);
	off = strtol(p + 10, NULL, 10);
	assert_int_equal(strncmp(all + off, "xref\n3 1\n", 9), 0);
	assert_int_equal(strcmp(all + len + n - 6, "%%EOF\n"), 0);
	/* A second update finds /Lang and adds nothing. */
	assert_null(pdflang_update(all, len + n, "en-GB", &n));
	free(all);
	free(tail);
}

static void
refuses_what_it_cannot_read(void **state)
{
	char	 buf[sizeof(pdf)];
	size_t	 n;

	(void)state;
	assert_null(pdflang_update(pdf, sizeof(pdf) - 1, "nl NL", &n));
	assert_null(pdflang_update(pdf, sizeof(pdf) - 1, "", &n));
	assert_null(pdflang_update(pdf, sizeof(pdf) - 1,
	    "nl) /OpenAction (x", &n));
	assert_null(pdflang_update("%PDF-1.5\nno trailer at all here\n", 31,
	    "nl", &n));
	/* A root that is no catalog. */
	memcpy(buf, pdf, sizeof(pdf));
	memcpy(strstr(buf, "/Root 3"), "/Root 2", 7);
	assert_null(pdflang_update(buf, sizeof(pdf) - 1, "nl", &n));
	/* A startxref beyond the end. */
	memcpy(buf, pdf, sizeof(pdf));
	memcpy(strstr(buf, "startxref\n175"), "startxref\n999", 13);
	assert_null(pdflang_update(buf, sizeof(pdf) - 1, "nl", &n));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(appends_a_catalog_with_lang_and_its_xref),
		cmocka_unit_test(refuses_what_it_cannot_read),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
