/*
 * fuzz_url_id.c: libFuzzer harness for url_id(), which reads the database
 * ids in paths (/org/12) and queries.  The input is the text.  An accepted
 * id must be 1 to 2^53 and print back as exactly the text given: one
 * spelling per id, so no two paths name the same page.
 */
#include <inttypes.h>
#include <string.h>

#include "fuzz.h"
#include "url.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		*s, back[32];
	int64_t		 v = -1;

	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (url_id(s, &v)) {
		if (v < 1 || v > (INT64_C(1) << 53))
			fuzz_fail("id %" PRId64 " out of range", v);
		snprintf(back, sizeof(back), "%" PRId64, v);
		if (strcmp(back, s) != 0)
			fuzz_fail("id \"%s\" reads as %s", s, back);
	} else if (v != -1)
		fuzz_fail("refused id changed *out");
	free(s);
	return 0;
}
