/*
 * sha256.h: SHA-256 as 64 lower-case hex digits, and hex itself.  The one
 * place Koers turns bytes into hex: session and token hashes (auth.c), the
 * hash of a published report (report_publish.c) and the audit chain
 * (audit.c) all come through here.
 */
#ifndef KOERS_SHA256_H
#define KOERS_SHA256_H

#include <stddef.h>

#define SHA256_HEX	64	/* digits, without the NUL */

int	 sha256_hex(const void *data, size_t len, char out[SHA256_HEX + 1]);
void	 sha256_hex_bytes(const unsigned char *b, size_t n, char *out);

#endif
