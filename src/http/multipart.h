/*
 * multipart.h: a multipart/form-data body (RFC 7578) into form fields.
 * Pure: no I/O.  A file part becomes a field that borrows the file's bytes
 * from the body (kv.borrowed; vallen tells the length; it may hold NULs and
 * is not NUL-terminated), so the body must outlive the fields, and a second
 * field "<name>.filename" with the file name the browser sent.
 */
#ifndef KOERS_MULTIPART_H
#define KOERS_MULTIPART_H

#include <stddef.h>

#include "http.h"

int	multipart_parse(const char *body, size_t len, const char *ctype,
	    struct kvlist *);

#endif
