/*
 * fuzz_url_path.c: libFuzzer harness for url_path() (and url_decode()
 * under it), which turns the raw request path into the one the router and
 * the static file server see.  The input is the raw path.  Whatever it
 * accepts must start with '/', hold no NUL, control byte or backslash, and
 * have no "." or ".." segment; an accepted path must decode to the same
 * thing twice.
 */
#include <string.h>

#include "fuzz.h"
#include "url.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*raw = (const char *)data;
	char		*p, *again, *seg;
	enum url_err	 e;
	size_t		 i, n;

	e = url_path(raw, size, &p);
	if (e != URL_OK) {
		if (p != NULL)
			fuzz_fail("refused path left *out set");
		return 0;
	}
	if (p == NULL || p[0] != '/')
		fuzz_fail("accepted path is not absolute");
	n = strlen(p);
	if (n > size)
		fuzz_fail("decoded path longer than the raw one");
	for (i = 0; i < n; i++)
		if ((unsigned char)p[i] < 0x20 || p[i] == 0x7f || p[i] == '\\')
			fuzz_fail("control byte or backslash at %zu", i);
	for (seg = p; seg != NULL; seg = strchr(seg + 1, '/'))
		if (strncmp(seg, "/./", 3) == 0 || strcmp(seg, "/.") == 0 ||
		    strncmp(seg, "/../", 4) == 0 || strcmp(seg, "/..") == 0)
			fuzz_fail("dot segment in \"%s\"", p);
	/* Decoding never looks at more than it is given. */
	if ((again = url_decode(raw, size, 0, &n)) == NULL)
		fuzz_fail("url_path accepted what url_decode refuses");
	if (strcmp(again, p) != 0)
		fuzz_fail("two decodings differ");
	free(again);
	free(p);
	return 0;
}
