/*
 * test_export_formats.c: the report in open formats (report/export_odt.c,
 * the Dutch dialect of report/export_csv.c): the ODT is a zip with
 * "mimetype" first and stored, every part well-formed XML with every text
 * escaped and paragraphs kept; the Dutch CSV has a BOM, ';', decimal
 * commas and Dutch words, while the international CSV stays as it was.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <expat.h>
#include <minizip/unzip.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "db_period.h"
#include "demo.h"
#include "export.h"
#include "i18n.h"
#include "report.h"
#include "report_build.h"
#include "rollup_store.h"
#include "testdb.h"
#include "tmpl.h"

static struct report_doc	*doc;
static char			 dbpath[64];
static struct db		*db;

#define HOSTILE	"A & B <script>\"q\" 'a' ]]> \xc3\xab"

static int
setup(void **state)
{
	struct period	per;
	char		*p;

	(void)state;
	i18n_register();
	if (!tmpl_init("templates", 0))
		return -1;
	if ((db = testdb_new(dbpath, sizeof(dbpath))) == NULL ||
	    !demo_create(db, 1) || !rollup_store_rebuild(db) ||
	    !db_period_get_by_name(db, "2014-Q2", &per) ||
	    (doc = report_build(db, per.id, 0)) == NULL)
		return -1;
	free(doc->title);
	doc->title = strdup(HOSTILE);
	p = doc->programmes[0].intro;
	doc->programmes[0].intro = strdup("Eerste regel\nTweede regel\n\n"
	    "Tweede alinea");
	free(p);
	return doc->title != NULL && doc->programmes[0].intro != NULL ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	report_doc_free(doc);
	testdb_free(db, dbpath);
	return 0;
}

/* One part of the zip in path, NUL-terminated (malloc'd). */
static char *
zip_part(const char *path, const char *name, int *method, int *first)
{
	unzFile		 z;
	unz_file_info	 fi;
	char		*s = NULL, cur[64];

	assert_non_null(z = unzOpen(path));
	assert_int_equal(unzGoToFirstFile(z), UNZ_OK);
	assert_int_equal(unzGetCurrentFileInfo(z, &fi, cur, sizeof(cur), NULL, 0,
	    NULL, 0), UNZ_OK);
	*first = strcmp(cur, name) == 0;
	if (unzLocateFile(z, name, 1) != UNZ_OK)
		goto out;
	assert_int_equal(unzGetCurrentFileInfo(z, &fi, NULL, 0, NULL, 0, NULL,
	    0), UNZ_OK);
	*method = (int)fi.compression_method;
	assert_non_null(s = malloc(fi.uncompressed_size + 1));
	assert_int_equal(unzOpenCurrentFile(z), UNZ_OK);
	assert_int_equal(unzReadCurrentFile(z, s, (unsigned)fi.uncompressed_size),
	    (int)fi.uncompressed_size);
	s[fi.uncompressed_size] = '\0';
	unzCloseCurrentFile(z);
out:
	unzClose(z);
	return s;
}

static int
well_formed(const char *s)
{
	XML_Parser	p = XML_ParserCreate("UTF-8");
	int		ok;

	ok = XML_Parse(p, s, (int)strlen(s), 1) == XML_STATUS_OK;
	if (!ok)
		fprintf(stderr, "line %lu: %s\n",
		    (unsigned long)XML_GetCurrentLineNumber(p),
		    XML_ErrorString(XML_GetErrorCode(p)));
	XML_ParserFree(p);
	return ok;
}

static void
odt_is_a_package_of_escaped_well_formed_parts(void **state)
{
	static const char *const parts[] = { "content.xml", "styles.xml",
	    "meta.xml", "META-INF/manifest.xml" };
	struct export_meta	 m;
	char			*b, *s, path[] = "/tmp/koers-odt-XXXXXX";
	size_t			 len, i;
	int			 fd, method = -1, first = 0;

	(void)state;
	memset(&m, 0, sizeof(m));
	m.lang = LANG_NL;
	m.published_at = m.published_by = m.hash = "";
	m.generated_at = "2014-07-20T10:00:00Z";
	assert_non_null(b = export_render(doc, EXPORT_ODT, &m, NULL, &len));
	assert_true(len > 1000 && memcmp(b, "PK\3\4", 4) == 0);
	assert_int_equal(memcmp(b + 30, "mimetypeapplication/vnd.oasis."
	    "opendocument.text", 47), 0);
	assert_true((fd = mkstemp(path)) >= 0);
	assert_int_equal(write(fd, b, len), (ssize_t)len);
	close(fd);

	assert_non_null(s = zip_part(path, "mimetype", &method, &first));
	assert_true(first);
	assert_int_equal(method, 0);	/* stored */
	free(s);
	for (i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		assert_non_null(s = zip_part(path, parts[i], &method, &first));
		assert_true(well_formed(s));
		assert_true(strncmp(s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
		    38) == 0);
		/* The title is in content, styles (header) and meta. */
		if (i < 3) {
			assert_non_null(strstr(s, "A &amp; B &lt;script&gt;"
			    "&quot;q&quot; &#39;a&#39; ]]&gt; \xc3\xab"));
			assert_null(strstr(s, "<script>"));
		}
		if (i == 0) {
			assert_non_null(strstr(s, "<text:p text:style-name="
			    "\"Text_20_body\">Eerste regel<text:line-break/>"
			    "Tweede regel</text:p>"));
			assert_non_null(strstr(s, "<text:p text:style-name="
			    "\"Text_20_body\">Tweede alinea</text:p>"));
		}
		free(s);
	}
	unlink(path);
	free(b);
}

static void
csv_dialects(void **state)
{
	char	*nl, *intl, *e;
	size_t	 nlen, ilen;

	(void)state;
	assert_non_null(intl = export_csv(doc, &ilen));
	assert_non_null(nl = export_csv_nl(doc, &nlen));
	/* International: as before. */
	assert_true(strncmp(intl, "period,programme_number,programme,", 34) ==
	    0);
	assert_non_null(strstr(intl, "\r\n2014-Q2,1,"));
	assert_non_null(strstr(intl, ",cost,,"));
	/* Dutch: BOM, ';', Dutch headings, period and words. */
	assert_true(strncmp(nl, "\xef\xbb\xbfperiode;programmanummer;", 27) == 0);
	assert_non_null(strstr(nl, "\r\n2e kwartaal 2014;1;"));
	assert_non_null(strstr(nl, ";kosten;;"));
	assert_null(strstr(nl, ";cost;"));
	assert_non_null(e = strstr(nl, ";EUR;"));
	/* A number with a decimal comma and no thousands separator. */
	assert_true(e[5] >= '0' && e[5] <= '9');
	e += 5;
	while (*e >= '0' && *e <= '9')
		e++;
	assert_int_equal(*e, ',');
	assert_true(e[1] >= '0' && e[1] <= '9' && e[2] >= '0' && e[2] <= '9');
	assert_true(nlen > ilen / 2);
	free(nl);
	free(intl);
}

static void
format_names(void **state)
{
	enum export_format f;

	(void)state;
	assert_true(export_format_parse("odt", &f));
	assert_int_equal(f, EXPORT_ODT);
	assert_true(export_format_parse("csv-nl", &f));
	assert_int_equal(f, EXPORT_CSV_NL);
	assert_string_equal(export_format_ext(EXPORT_CSV_NL), "csv");
	assert_string_equal(export_format_ctype(EXPORT_ODT),
	    "application/vnd.oasis.opendocument.text");
	assert_false(export_format_parse("ods", &f));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(odt_is_a_package_of_escaped_well_formed_parts),
		cmocka_unit_test(csv_dialects),
		cmocka_unit_test(format_names),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
