/*
 * multipart.h: a multipart/form-data body (RFC 7578) into form fields.
 * Pure: no I/O.  A file part becomes a field with the file's bytes (its
 * vallen tells the length; it may hold NULs) and a second field
 * "<name>.filename" with the file name the browser sent.
 */
#ifndef KOERS_MULTIPART_H
#define KOERS_MULTIPART_H

#include <stddef.h>

#include "http.h"

int	multipart_parse(const char *body, size_t len, const char *ctype,
	    struct kvlist *);

#endif
