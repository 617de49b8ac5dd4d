/*
 * fuzz_router.c: libFuzzer harness for router_match(), run against every
 * pattern in the route table.  The input is a decoded path.  A match must
 * give typed captures of their kind (ids 1..2^53, a period 2000..2100 Q1..4,
 * a version 1..ROUTE_VERSION_MAX, non-empty strings), and putting the
 * captures back into the pattern, printed canonically, must give the path
 * again: the router never matches a path it cannot account for byte by
 * byte, and never hands a handler an id written two ways.  A failed match
 * leaves nothing captured.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "fuzz.h"
#include "http.h"
#include "router.h"

/* Append the len bytes at s to buf (of sz) at *n; 0 if they won't fit. */
static int
fuzz_router_put(char *buf, size_t sz, size_t *n, const char *s, size_t len)
{
	if (*n + len >= sz)
		return 0;
	memcpy(buf + *n, s, len);
	*n += len;
	return 1;
}

/* Rebuild the path from pattern and captures into buf; 0 if it won't fit. */
static int
fuzz_router_rebuild(const char *pat, const struct req *q, char *buf, size_t sz)
{
	size_t		 a = 0, ids = 0, n = 0, l;
	const char	*p = pat, *e;
	char		 num[32];

	while (*p != '\0') {
		e = strchrnul(p + 1, '/');
		l = (size_t)(e - p);
		if (*p == '/') {
			if (!fuzz_router_put(buf, sz, &n, "/", 1))
				return 0;
			p++;
			continue;
		}
		switch (router_cap(p, l)) {
		case CAP_LITERAL:
			if (!fuzz_router_put(buf, sz, &n, p, l))
				return 0;
			break;
		case CAP_ID:
			if (ids >= q->idn)
				fuzz_fail("pattern %s has more ids than req", pat);
			if (q->id[ids] < 1 || q->id[ids] > (INT64_C(1) << 53))
				fuzz_fail("id %" PRId64 " out of range",
				    q->id[ids]);
			snprintf(num, sizeof(num), "%" PRId64, q->id[ids++]);
			if (!fuzz_router_put(buf, sz, &n, num, strlen(num)))
				return 0;
			break;
		case CAP_PERIOD:
			if (q->period.year < 2000 || q->period.year > 2100 ||
			    q->period.quarter < 1 || q->period.quarter > 4)
				fuzz_fail("period %d-Q%d", q->period.year,
				    q->period.quarter);
			snprintf(num, sizeof(num), "%04d-Q%d", q->period.year,
			    q->period.quarter);
			if (strcmp(num, q->period.name) != 0)
				fuzz_fail("period name %s", q->period.name);
			if (!fuzz_router_put(buf, sz, &n, num, strlen(num)))
				return 0;
			break;
		case CAP_VERSION:
			if (q->version < 1 || q->version > ROUTE_VERSION_MAX)
				fuzz_fail("version %d", q->version);
			snprintf(num, sizeof(num), "%d", q->version);
			if (!fuzz_router_put(buf, sz, &n, num, strlen(num)))
				return 0;
			break;
		case CAP_WORD:
		case CAP_REST:
			if (a >= q->argn)
				fuzz_fail("pattern %s has more strings than args",
				    pat);
			if (q->args[a] == NULL || q->args[a][0] == '\0')
				fuzz_fail("empty capture for %s", pat);
			if (!fuzz_router_put(buf, sz, &n, q->args[a],
			    strlen(q->args[a])))
				return 0;
			a++;
			break;
		case CAP_UNKNOWN:
			fuzz_fail("pattern %s matched with an unknown capture",
			    pat);
		}
		p = e;
	}
	buf[n] = '\0';
	if (a != q->argn || ids != q->idn)
		fuzz_fail("pattern %s: %zu/%zu strings, %zu/%zu ids", pat, a,
		    q->argn, ids, q->idn);
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
			if (q.argn != 0 || q.idn != 0)
				fuzz_fail("failed match left %zu captures",
				    q.argn + q.idn);
			if (router_match(routes[i].pattern, path, NULL))
				fuzz_fail("match with and without req differ");
			continue;
		}
		if (!router_match(routes[i].pattern, path, NULL))
			fuzz_fail("match with and without req differ");
		if (q.argn > REQ_MAXARGS || q.idn > REQ_MAXARGS)
			fuzz_fail("%zu strings, %zu ids", q.argn, q.idn);
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
