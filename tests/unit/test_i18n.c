/* test_i18n.c: the catalogue is complete and unambiguous. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "i18n.h"

static void
every_key_has_both_languages_and_a_template_name(void **state)
{
	const struct i18n_table	*t;
	size_t			 i, j;

	(void)state;
	for (j = 0; j < i18n_tables_len; j++) {
		t = &i18n_tables[j];
		for (i = 0; i < *t->len; i++) {
			assert_true(strncmp(t->msgs[i].key, "T_", 2) == 0);
			assert_non_null(t->msgs[i].text[LANG_NL]);
			assert_non_null(t->msgs[i].text[LANG_EN]);
			assert_true(t->msgs[i].text[LANG_NL][0] != '\0');
			assert_true(t->msgs[i].text[LANG_EN][0] != '\0');
		}
	}
}

static void
no_key_is_defined_twice(void **state)
{
	const struct i18n_table	*a, *b;
	size_t			 i, j, k, l;

	(void)state;
	for (j = 0; j < i18n_tables_len; j++) {
		a = &i18n_tables[j];
		for (i = 0; i < *a->len; i++)
			for (l = j; l < i18n_tables_len; l++) {
				b = &i18n_tables[l];
				for (k = (l == j ? i + 1 : 0); k < *b->len; k++)
					if (strcmp(a->msgs[i].key, b->msgs[k].key) == 0)
						fail_msg("%s twice", a->msgs[i].key);
			}
	}
}

static void
lookup_finds_the_language_asked_for(void **state)
{
	(void)state;
	assert_string_equal(i18n(LANG_NL, "T_W1"), "Wat willen we bereiken?");
	assert_string_equal(i18n(LANG_EN, "T_W1"), "What do we want to achieve?");
	assert_string_equal(i18n(LANG_EN, "T_NO_SUCH_KEY"), "T_NO_SUCH_KEY");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_key_has_both_languages_and_a_template_name),
		cmocka_unit_test(no_key_is_defined_twice),
		cmocka_unit_test(lookup_finds_the_language_asked_for),
	};

	return cmocka_run_group_tests_name("i18n", tests, NULL, NULL);
}
