/*
 * fuzz_router.c: libFuzzer harness for router_match(), run against every
 * pattern in the route table.  The input is a decoded path.  A match must
 * capture at most REQ_MAXARGS non-empty segments, and putting the captures
 * back into the pattern must give the path again: the router never matches
 * a path it cannot account for byte by byte.  A failed match leaves nothing
 * captured.
 */
#include <string.h>

#include "fuzz.h"
#include "http.h"
#include "router.h"

/* Rebuild the path from pattern and captures into buf; 0 if it won't fit. */
static int
fuzz_router_rebuild(const char *pat, const struct req *q, char *buf, size_t sz)
{
	size_t	 a = 0, n = 0, l;
	const char *p = pat, *e;

	while (*p != '\0') {
		if (*p == '{' && (e = strchr(p, '}')) != NULL) {
			if (a >= q->argn)
				fuzz_fail("pattern %s has more captures than args", pat);
			l = strlen(q->args[a]);
			if (n + l >= sz)
				return 0;
			memcpy(buf + n, q->args[a++], l);
			n += l;
			p = e + 1;
			continue;
		}
		if (n + 1 >= sz)
			return 0;
		buf[n++] = *p++;
	}
	buf[n] = '\0';
	if (a != q->argn)
		fuzz_fail("pattern %s: %zu captures, %zu args", pat, a, q->argn);
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct req	 q;
	char		*path, *back;
	size_t		 i, j;

	if ((path = malloc(size + 1)) == NULL)
		return 0;
	memcpy(path, data, size);
	path[size] = '\0';
	if ((back = malloc(size + 1)) == NULL) {
		free(path);
		return 0;
	}
	for (i = 0; i < routes_len; i++) {
		memset(&q, 0, sizeof(q));
		if (!router_match(routes[i].pattern, path, &q)) {
			if (q.argn != 0)
				fuzz_fail("failed match left %zu captures", q.argn);
			if (router_match(routes[i].pattern, path, NULL))
				fuzz_fail("match with and without req differ");
			continue;
		}
		if (!router_match(routes[i].pattern, path, NULL))
			fuzz_fail("match with and without req differ");
		if (q.argn > REQ_MAXARGS)
			fuzz_fail("%zu captures", q.argn);
		for (j = 0; j < q.argn; j++)
			if (q.args[j] == NULL || q.args[j][0] == '\0')
				fuzz_fail("empty capture %zu for %s", j,
				    routes[i].pattern);
		if (!fuzz_router_rebuild(routes[i].pattern, &q, back, size + 1) ||
		    strcmp(back, path) != 0)
			fuzz_fail("%s matched \"%s\" but rebuilds differently",
			    routes[i].pattern, path);
		for (j = 0; j < q.argn; j++)
			free(q.args[j]);
	}
	free(back);
	free(path);
	return 0;
}
