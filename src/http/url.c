/*
 * url.c: percent-decoding, path checks, query strings, urlencoded forms and
 * cookies.  Everything is bounded by the lengths given; nothing here trusts
 * the input to be NUL-terminated or well formed.
 */
#include <stdlib.h>
#include <string.h>

#include "http.h"
#include "url.h"

static int
url_hex(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Percent-decode len bytes of s into a new NUL-terminated string.
 * Returns NULL on a malformed escape or when memory runs out.
 */
char *
url_decode(const char *s, size_t len, int plus_is_space, size_t *outlen)
{
	char	*out, *p;
	size_t	 i;
	int	 hi, lo;

	if ((out = malloc(len + 1)) == NULL)
		return NULL;
	for (p = out, i = 0; i < len; i++) {
		if (s[i] == '%') {
			if (i + 2 >= len || (hi = url_hex((unsigned char)s[i + 1])) < 0 ||
			    (lo = url_hex((unsigned char)s[i + 2])) < 0) {
				free(out);
				return NULL;
			}
			*p++ = (char)(hi << 4 | lo);
			i += 2;
		} else if (s[i] == '+' && plus_is_space)
			*p++ = ' ';
		else
			*p++ = s[i];
	}
	*p = '\0';
	if (outlen != NULL)
		*outlen = (size_t)(p - out);
	return out;
}

/*
 * Decode a request path and refuse anything that could step outside the
 * tree it names: encoded separators, dot segments, NUL and control bytes.
 * On URL_OK *out is a new string the caller frees.
 */
enum url_err
url_path(const char *raw, size_t len, char **out)
{
	char	*p;
	size_t	 i, n, seg;

	*out = NULL;
	if (len == 0 || raw[0] != '/')
		return URL_NOT_ABSOLUTE;
	for (i = 0; i + 2 < len; i++)
		if (raw[i] == '%' && raw[i + 1] == '2' &&
		    (raw[i + 2] == 'f' || raw[i + 2] == 'F'))
			return URL_ENCODED_SLASH;
	for (i = 0; i + 2 < len; i++)
		if (raw[i] == '%' && raw[i + 1] == '5' &&
		    (raw[i + 2] == 'c' || raw[i + 2] == 'C'))
			return URL_ENCODED_SLASH;
	if ((p = url_decode(raw, len, 0, &n)) == NULL)
		return URL_BAD_ESCAPE;
	for (i = 0; i < n; i++)
		if ((unsigned char)p[i] < 0x20 || p[i] == 0x7f || p[i] == '\\') {
			free(p);
			return URL_BAD_BYTE;
		}
	/* Every segment between slashes: "." and ".." are refused. */
	for (i = 0; i < n; i = seg) {
		size_t start = i + 1;

		for (seg = start; seg < n && p[seg] != '/'; seg++)
			continue;
		if ((seg - start == 1 && p[start] == '.') ||
		    (seg - start == 2 && p[start] == '.' && p[start + 1] == '.')) {
			free(p);
			return URL_DOT_SEGMENT;
		}
	}
	*out = p;
	return URL_OK;
}

/* Split "a=1&b=2" into decoded pairs appended to l.  Returns 0 on bad input. */
static int
url_pairs(const char *raw, size_t len, struct kvlist *l)
{
	size_t	 i = 0, j, eq;
	char	*k, *v;
	size_t	 kl, vl;
	int	 ok;

	while (i < len) {
		for (j = i; j < len && raw[j] != '&' && raw[j] != ';'; j++)
			continue;
		if (j > i) {
			for (eq = i; eq < j && raw[eq] != '='; eq++)
				continue;
			k = url_decode(raw + i, eq - i, 1, &kl);
			v = eq < j ? url_decode(raw + eq + 1, j - eq - 1, 1, &vl) :
			    url_decode("", 0, 1, &vl);
			ok = k != NULL && v != NULL && kl > 0 &&
			    strlen(k) == kl &&
			    kvlist_add(l, k, kl, v, vl);
			free(k);
			free(v);
			if (!ok)
				return 0;
		}
		i = j + 1;
	}
	return 1;
}

/* Parse a query string (without the '?').  Returns 0 on malformed input. */
int
url_query(const char *raw, size_t len, struct kvlist *l)
{
	return url_pairs(raw, len, l);
}

/* Parse an application/x-www-form-urlencoded body. */
int
url_form(const char *body, size_t len, struct kvlist *l)
{
	return url_pairs(body, len, l);
}

/*
 * Find cookie name in a Cookie header and copy its value into out.
 * Returns 1 if found and it fits, 0 otherwise.
 */
int
url_cookie(const char *h, const char *name, char *out, size_t outsz)
{
	size_t	nl = strlen(name), vl;
	const char *p = h, *v, *end;

	while (p != NULL && *p != '\0') {
		while (*p == ' ' || *p == '\t' || *p == ';')
			p++;
		end = strchr(p, ';');
		if (end == NULL)
			end = p + strlen(p);
		if ((size_t)(end - p) > nl && strncmp(p, name, nl) == 0 &&
		    p[nl] == '=') {
			v = p + nl + 1;
			vl = (size_t)(end - v);
			while (vl > 0 && (v[vl - 1] == ' ' || v[vl - 1] == '\t'))
				vl--;
			if (vl + 1 > outsz)
				return 0;
			memcpy(out, v, vl);
			out[vl] = '\0';
			return 1;
		}
		p = *end == ';' ? end + 1 : end;
	}
	return 0;
}

/*
 * Percent-encode s for a query value into out.  Returns the length that was
 * needed (as snprintf does); out is always NUL-terminated when outsz > 0.
 */
size_t
url_encode(const char *s, char *out, size_t outsz)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t	n = 0;
	unsigned char c;

	for (; *s != '\0'; s++) {
		c = (unsigned char)*s;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		    c == '.' || c == '~' || c == '/') {
			if (n + 1 < outsz)
				out[n] = (char)c;
			n++;
		} else {
			if (n + 3 < outsz) {
				out[n] = '%';
				out[n + 1] = hex[c >> 4];
				out[n + 2] = hex[c & 15];
			}
			n += 3;
		}
	}
	if (outsz > 0)
		out[n < outsz ? n : outsz - 1] = '\0';
	return n;
}

/*
 * Parse a database id: 1 to 2^53, decimal digits only, no sign, no leading
 * zero.  Returns 1 and sets *out on success (strtonum-style bounds).
 */
int
url_id(const char *s, int64_t *out)
{
	int64_t	v = 0;
	size_t	i;

	if (s == NULL || s[0] < '1' || s[0] > '9')
		return 0;
	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] < '0' || s[i] > '9' || i >= 16)
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	if (v > (INT64_C(1) << 53))
		return 0;
	*out = v;
	return 1;
}
