/* test_multipart.c: multipart/form-data bodies into form fields. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "http.h"
#include "multipart.h"

static const char body[] =
    "--XyZ\r\n"
    "Content-Disposition: form-data; name=\"csrf\"\r\n\r\n"
    "abc123\r\n"
    "--XyZ\r\n"
    "Content-Disposition: form-data; name=\"file\"; filename=\"cijfers.csv\"\r\n"
    "Content-Type: text/csv\r\n\r\n"
    "a,b\r\n1,\0002\r\n"
    "--XyZ--\r\n";

static void
fields_and_files_with_binary_content_are_read(void **st)
{
	struct kvlist		 f;
	const struct kv		*kv;

	(void)st;
	memset(&f, 0, sizeof(f));
	assert_true(multipart_parse(body, sizeof(body) - 1,
	    "multipart/form-data; boundary=XyZ", &f));
	assert_non_null(kv = kvlist_get(&f, "csrf"));
	assert_string_equal(kv->val, "abc123");
	assert_non_null(kv = kvlist_get(&f, "file"));
	assert_int_equal(kv->vallen, 9);
	assert_memory_equal(kv->val, "a,b\r\n1,\0002", 9);
	/* The file is not copied: an 8 MiB upload stays in its mapped file. */
	assert_true(kv->borrowed);
	assert_ptr_equal(kv->val, memmem(body, sizeof(body) - 1, "a,b", 3));
	assert_non_null(kv = kvlist_get(&f, "file.filename"));
	assert_string_equal(kv->val, "cijfers.csv");
	kvlist_free(&f);
	/* A quoted boundary. */
	assert_true(multipart_parse(body, sizeof(body) - 1,
	    "multipart/form-data; boundary=\"XyZ\"", &f));
	kvlist_free(&f);
}

static void
malformed_bodies_are_refused(void **st)
{
	struct kvlist	f;
	static const char noend[] = "--XyZ\r\nContent-Disposition: form-data;"
	    " name=\"a\"\r\n\r\nvalue without end";
	static const char noname[] = "--XyZ\r\nContent-Type: text/plain\r\n\r\n"
	    "x\r\n--XyZ--\r\n";

	(void)st;
	memset(&f, 0, sizeof(f));
	assert_false(multipart_parse(body, sizeof(body) - 1,
	    "multipart/form-data", &f));
	assert_false(multipart_parse(body, sizeof(body) - 1,
	    "multipart/form-data; boundary=Other", &f));
	assert_false(multipart_parse(noend, sizeof(noend) - 1,
	    "multipart/form-data; boundary=XyZ", &f));
	assert_false(multipart_parse(noname, sizeof(noname) - 1,
	    "multipart/form-data; boundary=XyZ", &f));
	assert_false(multipart_parse("", 0,
	    "multipart/form-data; boundary=XyZ", &f));
	kvlist_free(&f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fields_and_files_with_binary_content_are_read),
		cmocka_unit_test(malformed_bodies_are_refused),
	};

	return cmocka_run_group_tests_name("multipart", tests, NULL, NULL);
}
