/*
 * url.h: parsing what arrives in a request line and its headers.  Pure
 * functions over bytes, no I/O: these are the parsers the fuzzers drive.
 */
#ifndef KOERS_URL_H
#define KOERS_URL_H

#include <stddef.h>
#include <stdint.h>

struct kvlist;

/* Why a path was refused. */
enum url_err {
	URL_OK = 0,
	URL_BAD_ESCAPE,		/* % not followed by two hex digits */
	URL_BAD_BYTE,		/* NUL or control byte after decoding */
	URL_ENCODED_SLASH,	/* %2F or %5C: a separator in disguise */
	URL_DOT_SEGMENT,	/* "." or ".." segment */
	URL_NOT_ABSOLUTE	/* does not start with '/' */
};

char		*url_decode(const char *s, size_t len, int plus_is_space, size_t *outlen);
enum url_err	 url_path(const char *raw, size_t len, char **out);
int		 url_query(const char *raw, size_t len, struct kvlist *);
int		 url_form(const char *body, size_t len, struct kvlist *);
int		 url_cookie(const char *header, const char *name, char *out, size_t outsz);
size_t		 url_encode(const char *s, char *out, size_t outsz);

#endif

int		 url_id(const char *s, int64_t *out);
