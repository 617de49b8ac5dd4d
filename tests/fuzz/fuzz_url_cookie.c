/*
 * fuzz_url_cookie.c: libFuzzer harness for url_cookie(), which finds the
 * session and language cookies in the Cookie header.  The first byte picks
 * the cookie name and the size of the output buffer, the rest is the header.
 * A value found must fit the buffer, be NUL-terminated, hold no ';', and be
 * a substring of the header right after "name=".
 */
#include <string.h>

#include "fuzz.h"
#include "url.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = { "koers_session", "lang", "x" };
	const char	*name, *at;
	char		*h, *out;
	size_t		 outsz, vl;

	if (size == 0)
		return 0;
	name = names[data[0] % 3];
	outsz = (size_t)(data[0] >> 2) + 1;	/* 1..64 */
	if ((h = malloc(size)) == NULL)
		return 0;
	memcpy(h, data + 1, size - 1);
	h[size - 1] = '\0';
	if ((out = malloc(outsz)) == NULL) {
		free(h);
		return 0;
	}
	if (url_cookie(h, name, out, outsz)) {
		vl = strnlen(out, outsz);
		if (vl == outsz)
			fuzz_fail("value not terminated inside the buffer");
		if (strchr(out, ';') != NULL)
			fuzz_fail("value runs past its ';'");
		for (at = h; (at = strstr(at, name)) != NULL; at++)
			if (at[strlen(name)] == '=' &&
			    strncmp(at + strlen(name) + 1, out, vl) == 0)
				break;
		if (at == NULL)
			fuzz_fail("value \"%s\" is not in the header", out);
	}
	free(out);
	free(h);
	return 0;
}
