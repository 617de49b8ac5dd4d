/*
 * fuzz_num.c: libFuzzer harness for num_parse.  The first byte chooses
 * the decimals (data[0] % 5), the rest is the text.  Whatever parses must
 * come back unchanged through num_format_plain in both languages, and
 * through num_format unless it is the one family the parser must call
 * ambiguous.  Any mismatch aborts, which is how libFuzzer reports it.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
 *       tests/fuzz/fuzz_num.c src/domain/num.c -o /tmp/fuzz_num
 *   /tmp/fuzz_num -max_total_time=60 tests/fuzz/corpus/num/
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
fuzz_num_fail(const char *what, const char *text, int decimals)
{
	fprintf(stderr, "fuzz_num: %s: \"%s\" with %d decimals\n", what, text,
	    decimals);
	abort();
}

/* Formatted text must parse back to v; grouped may instead be ambiguous. */
static void
fuzz_num_back(const char *text, int decimals, int64_t v, int may_be_ambiguous)
{
	struct num_parse	 r;

	if (num_parse(text, decimals, &r) == NUM_OK && r.value == v)
		return;
	if (may_be_ambiguous && r.err == NUM_AMBIGUOUS)
		return;
	fuzz_num_fail("round trip", text, decimals);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct num_parse	 r;
	char			*s, buf[64];
	uint64_t		 m;
	int			 decimals, en, n, amb;

	if (size == 0)
		return 0;
	decimals = data[0] % (NUM_DECIMALS_MAX + 1);
	if ((s = malloc(size)) == NULL)
		return 0;
	memcpy(s, data + 1, size - 1);
	s[size - 1] = '\0';

	num_parse(s, decimals, &r);
	if (memchr(r.understood, '\0', sizeof(r.understood)) == NULL)
		fuzz_num_fail("understood not terminated", s, decimals);
	if (r.err != NUM_OK && r.value != 0)
		fuzz_num_fail("value set on error", s, decimals);
	if (r.err == NUM_OK) {
		m = r.value < 0 ? 0 - (uint64_t)r.value : (uint64_t)r.value;
		amb = (decimals == 0 || decimals == 3) &&
		    m >= 1000 && m <= 999999;
		for (en = 0; en <= 1; en++) {
			n = num_format_plain(buf, sizeof(buf), r.value,
			    decimals, en);
			if (n < 0 || (size_t)n != strlen(buf))
				fuzz_num_fail("plain length", s, decimals);
			fuzz_num_back(buf, decimals, r.value, 0);
			n = num_format(buf, sizeof(buf), r.value, decimals,
			    en);
			if (n < 0 || (size_t)n != strlen(buf))
				fuzz_num_fail("grouped length", s, decimals);
			fuzz_num_back(buf, decimals, r.value, amb);
			/* Money and percentages must not trip the sanitizers. */
			num_format_money(buf, sizeof(buf), r.value, en, en);
			if (en)
				fuzz_num_back(buf, 2, r.value, 0);
			num_format_bp(buf, sizeof(buf), r.value, en);
		}
		num_format_plain(buf, sizeof(buf), r.value, decimals, 1);
		if (strcmp(buf, r.understood) != 0)
			fuzz_num_fail("understood is not the plain form", s,
			    decimals);
	}
	free(s);
	return 0;
}
