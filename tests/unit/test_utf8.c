/*
 * test_utf8.c: cutting text to a fixed buffer never cuts a character, at
 * every offset of every character width.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "entry.h"
#include "utf8.h"

static void
a_cut_falls_between_characters_at_every_offset(void **st)
{
	static const char *const chars[] = {
		"\xc3\xa9", "\xe2\x82\xac", "\xf0\x9d\x84\x9e"	/* é € 𝄞 */
	};
	char	 src[512], buf[128];
	size_t	 c, k, len, i;
	int	 n;

	(void)st;
	for (c = 0; c < 3; c++)
		for (k = 0; k < 8; k++) {
			memset(src, 'x', k);
			len = k;
			for (i = 0; i < 100; i++) {
				memcpy(src + len, chars[c], strlen(chars[c]));
				len += strlen(chars[c]);
			}
			src[len] = '\0';
			n = utf8_snprintf(buf, sizeof(buf), "%s \xc2\xb7 %s", src,
			    "2014-Q3");
			assert_int_equal(n, (int)len + 4 + 7);
			assert_true(entry_text_ok(buf));
			assert_true(strlen(buf) > sizeof(buf) - 5);
			assert_memory_equal(buf, src, strlen(buf));
		}
	/* What fits is not touched. */
	assert_int_equal(utf8_snprintf(buf, 8, "%s", "\xe2\x82\xac" "ab"), 5);
	assert_string_equal(buf, "\xe2\x82\xac" "ab");
	assert_int_equal(utf8_cut("ab\xe2\x82", 4), 2);
	assert_int_equal(utf8_cut("ab\xe2\x82\xac", 5), 5);
	assert_int_equal(utf8_cut("ab", 2), 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_cut_falls_between_characters_at_every_offset),
	};

	return cmocka_run_group_tests_name("utf8", tests, NULL, NULL);
}
