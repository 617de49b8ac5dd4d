/* multipart.c: multipart/form-data bodies into form fields. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "multipart.h"

/* The boundary parameter of ctype into b (without quotes); 0 if none. */
static int
multipart_boundary(const char *ctype, char *b, size_t sz)
{
	const char	*p;
	size_t		 n = 0;
	int		 quoted;

	if (strncasecmp(ctype, "multipart/form-data", 19) != 0 ||
	    (p = strcasestr(ctype, "boundary=")) == NULL)
		return 0;
	p += 9;
	if ((quoted = *p == '"'))
		p++;
	while (*p != '\0' && n + 1 < sz) {
		if ((quoted && *p == '"') || (!quoted && (*p == ';' ||
		    *p == ' ' || *p == '\t')))
			break;
		b[n++] = *p++;
	}
	b[n] = '\0';
	return n > 0 && n <= 70;
}

static const char *
multipart_find(const char *h, size_t hl, const char *needle, size_t nl)
{
	return memmem(h, hl, needle, nl);
}

/* A parameter (name="...") of a Content-Disposition header line. */
static int
multipart_param(const char *line, size_t ll, const char *param, char *out,
    size_t sz, size_t *outlen)
{
	char		 pat[32];
	const char	*p, *end = line + ll, *q;
	size_t		 pl;

	pl = (size_t)snprintf(pat, sizeof(pat), "%s=\"", param);
	for (p = line; (p = multipart_find(p, (size_t)(end - p), pat, pl)) != NULL;
	    p++) {
		/* Whole word: "name=" not inside "filename=". */
		if (p > line && p[-1] != ' ' && p[-1] != ';' && p[-1] != '\t')
			continue;
		p += pl;
		if ((q = memchr(p, '"', (size_t)(end - p))) == NULL ||
		    (size_t)(q - p) >= sz)
			return 0;
		memcpy(out, p, (size_t)(q - p));
		out[q - p] = '\0';
		*outlen = (size_t)(q - p);
		return 1;
	}
	return 0;
}

/*
 * Parse body as multipart/form-data with the boundary in ctype, adding
 * each part to form.  Returns 1, or 0 when the body is malformed (400).
 */
int
multipart_parse(const char *body, size_t len, const char *ctype,
    struct kvlist *form)
{
	char		 b[80], delim[88], name[128], fname[256], key[140];
	const char	*p, *end = body + len, *hend, *next, *line, *eol;
	size_t		 dl, nl, fl;
	int		 has_name, has_file;

	if (!multipart_boundary(ctype, b, sizeof(b)))
		return 0;
	dl = (size_t)snprintf(delim, sizeof(delim), "--%s", b);
	/* The first delimiter may come right at the start. */
	if (len >= dl && memcmp(body, delim, dl) == 0)
		p = body + dl;
	else {
		dl = (size_t)snprintf(delim, sizeof(delim), "\r\n--%s", b);
		if ((p = multipart_find(body, len, delim, dl)) == NULL)
			return 0;
		p += dl;
	}
	dl = (size_t)snprintf(delim, sizeof(delim), "\r\n--%s", b);
	for (;;) {
		/* After a delimiter: "--" ends, CRLF starts a part. */
		if (end - p >= 2 && p[0] == '-' && p[1] == '-')
			return 1;
		if (end - p < 2 || p[0] != '\r' || p[1] != '\n')
			return 0;
		p += 2;
		if ((hend = multipart_find(p, (size_t)(end - p), "\r\n\r\n",
		    4)) == NULL)
			return 0;
		has_name = has_file = 0;
		for (line = p; line < hend; line = eol + 2) {
			if ((eol = multipart_find(line, (size_t)(hend + 2 - line),
			    "\r\n", 2)) == NULL)
				eol = hend;
			if ((size_t)(eol - line) > 20 &&
			    strncasecmp(line, "Content-Disposition:", 20) == 0) {
				has_name = multipart_param(line,
				    (size_t)(eol - line), "name", name,
				    sizeof(name), &nl);
				has_file = multipart_param(line,
				    (size_t)(eol - line), "filename", fname,
				    sizeof(fname), &fl);
			}
			if (eol >= hend)
				break;
		}
		if (!has_name)
			return 0;
		p = hend + 4;
		if ((next = multipart_find(p, (size_t)(end - p), delim, dl)) ==
		    NULL)
			return 0;
		/* A file stays where it is (an upload's mapped temporary
		 * file): it is not copied onto the heap. */
		if (!(has_file ? kvlist_add_ref(form, name, nl, p,
		    (size_t)(next - p)) : kvlist_add(form, name, nl, p,
		    (size_t)(next - p))))
			return 0;
		if (has_file) {
			nl = (size_t)snprintf(key, sizeof(key), "%s.filename",
			    name);
			if (!kvlist_add(form, key, nl, fname, fl))
				return 0;
		}
		p = next + dl;
	}
}
