/*
 * test_report_export.c: a report as a download, decided once below the
 * report pages and the API (service/report_export.c): who may have the
 * draft, which version, which format, under which name.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "db_period.h"
#include "db_report.h"
#include "demo.h"
#include "report.h"
#include "report_export.h"
#include "report_publish.h"
#include "rollup_store.h"
#include "testdb.h"

static void
version_numbers_are_plain_and_bounded(void **state)
{
	static const char *const bad[] = { NULL, "", "0", "01", "-1", "+1",
	    " 1", "1 ", "1x", "0x10", "1000001", "99999999",
	    "99999999999999999999" };
	size_t	i;
	int	v = -1;

	(void)state;
	assert_true(report_version_parse("1", &v));
	assert_int_equal(v, 1);
	assert_true(report_version_parse("1000000", &v));
	assert_int_equal(v, REPORT_VERSION_MAX);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		v = -1;
		assert_false(report_version_parse(bad[i], &v));
		assert_int_equal(v, -1);
	}
}

static void
draft_for_composers_versions_for_all(void **state)
{
	struct db		*db;
	struct period		 per;
	struct report_file	 f;
	struct audit_entry	 who = { 0, "griffie", "test", "", "", "",
	    "", "" };
	char			 path[64];
	int64_t			 id;
	int			 version;

	(void)state;
	assert_non_null(db = testdb_new(path, sizeof(path)));
	assert_true(demo_create(db, 1));
	assert_true(rollup_store_rebuild(db));
	assert_true(db_period_get_by_name(db, "2014-Q2", &per));
	assert_int_equal(db_report_insert(db, per.id, "voortgangsrapportage",
	    "VR 2014-Q2", 0, &id), DB_OK);

	/* The draft: only for those who compose, never to be stored. */
	assert_int_equal(report_export(db, id, "/r/export.csv", NULL, 0,
	    LANG_NL, &f), REPORT_PUB_FORBIDDEN);
	assert_null(f.bytes);
	assert_int_equal(report_export(db, id, "/r/export.csv", NULL, 1,
	    LANG_NL, &f), REPORT_PUB_OK);
	assert_string_equal(f.name, "koers-rapportage-2014-Q2-concept.csv");
	assert_string_equal(f.ctype, "text/csv; charset=utf-8; header=present");
	assert_true(f.draft);
	assert_true(f.len > 0);
	report_export_free(&f);
	report_export_free(NULL);

	/* No such format, report or version; a version that is no number. */
	assert_int_equal(report_export(db, id, "/r/export.doc", NULL, 1,
	    LANG_NL, &f), REPORT_PUB_NOTFOUND);
	assert_int_equal(report_export(db, id, "/r/export", NULL, 1,
	    LANG_NL, &f), REPORT_PUB_NOTFOUND);
	assert_int_equal(report_export(db, id + 1, "/r/export.csv", NULL, 1,
	    LANG_NL, &f), REPORT_PUB_NOTFOUND);
	assert_int_equal(report_export(db, id, "/r/export.csv", "1", 1,
	    LANG_NL, &f), REPORT_PUB_NOTFOUND);
	assert_int_equal(report_export(db, id, "/r/export.csv", "01", 1,
	    LANG_NL, &f), REPORT_PUB_BAD);

	/* A published version: for everyone, by its number. */
	assert_int_equal(report_publish(db, id, &who, 1, &version), REPORT_PUB_OK);
	assert_int_equal(report_export(db, id, "/r/export.json", "1", 0,
	    LANG_EN, &f), REPORT_PUB_OK);
	assert_string_equal(f.name, "koers-rapportage-2014-Q2-v1.json");
	assert_false(f.draft);
	assert_true(f.len > 0 && f.bytes[0] == '{');
	report_export_free(&f);
	testdb_free(db, path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(version_numbers_are_plain_and_bounded),
		cmocka_unit_test(draft_for_composers_versions_for_all),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
