/*
 * test_tmpl.c: the template shim fails loudly.  When filling a dictionary
 * fails (memory ran out, simulated with tmpl_test_fail()) the render of
 * that dictionary returns NULL, so the page answers 500, instead of a page
 * rendered with a value or a row silently missing.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tmpl.h"

static char dir[] = "/tmp/koers-test-tmpl-XXXXXX";

static int
setup(void **state)
{
	char	 path[sizeof(dir) + 16];
	FILE	*f;

	(void)state;
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/t.tpl", dir);
	if ((f = fopen(path, "w")) == NULL)
		return -1;
	fputs("{{%AUTOESCAPE context=\"HTML\"}}"
	    "{{A}}{{#S}}[{{B}}]{{/S}}{{#V}}!{{/V}}", f);
	if (fclose(f) != 0 || !tmpl_init(dir, 0))
		return -1;
	return 0;
}

static int
teardown(void **state)
{
	char path[sizeof(dir) + 16];

	(void)state;
	snprintf(path, sizeof(path), "%s/t.tpl", dir);
	unlink(path);
	rmdir(dir);
	return 0;
}

/* Fill A, one S with B, show V; n-th fill fails (0: none). */
static char *
fill_and_render(int n)
{
	struct tmpl	*t, *s;
	char		*out;

	tmpl_test_fail(n);
	if ((t = tmpl_new()) == NULL)
		return NULL;
	tmpl_set(t, "A", "x");
	if ((s = tmpl_section(t, "S")) != NULL)
		tmpl_set_int(s, "B", 7);
	tmpl_show(t, "V");
	out = tmpl_render("t.tpl", t, 0, NULL);
	tmpl_free(t);
	tmpl_test_fail(0);
	return out;
}

static void
a_full_fill_renders(void **state)
{
	char *out;

	(void)state;
	assert_non_null(out = fill_and_render(0));
	assert_string_equal(out, "x[7]!");
	free(out);
}

static void
any_failed_fill_refuses_the_render(void **state)
{
	int n;

	(void)state;
	/* 1: tmpl_new, 2: A, 3: S, 4: B, 5: V. */
	for (n = 1; n <= 5; n++)
		assert_null(fill_and_render(n));
}

static void
a_failure_stays_with_its_dictionary(void **state)
{
	struct tmpl	*t, *u;
	char		*out;

	(void)state;
	assert_non_null(t = tmpl_new());
	assert_non_null(u = tmpl_new());
	tmpl_test_fail(1);
	tmpl_set(t, "A", "x");
	tmpl_set(u, "A", "y");
	assert_null(tmpl_render("t.tpl", t, 0, NULL));
	assert_non_null(out = tmpl_render("t.tpl", u, 0, NULL));
	assert_string_equal(out, "y");
	free(out);
	tmpl_free(t);
	tmpl_free(u);
	tmpl_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_full_fill_renders),
		cmocka_unit_test(any_failed_fill_refuses_the_render),
		cmocka_unit_test(a_failure_stays_with_its_dictionary),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
