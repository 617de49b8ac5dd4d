/* sha256.c: SHA-256 as hex, through OpenSSL's EVP interface. */
#include <openssl/evp.h>
#include <pthread.h>

#include "sha256.h"

/*
 * The n bytes of b as 2n lower-case hex digits and a NUL in out (which
 * holds 2n + 1 characters).
 */
void
sha256_hex_bytes(const unsigned char *b, size_t n, char *out)
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		out[2 * i] = hex[b[i] >> 4];
		out[2 * i + 1] = hex[b[i] & 15];
	}
	out[2 * n] = '\0';
}

static pthread_once_t	 sha256_once = PTHREAD_ONCE_INIT;
static EVP_MD		*sha256_md;	/* kept for the process's life */

static void
sha256_fetch(void)
{
	sha256_md = EVP_MD_fetch(NULL, "SHA256", NULL);
}

/* The SHA-256 of len bytes at data as 64 hex digits.  1 on success. */
int
sha256_hex(const void *data, size_t len, char out[SHA256_HEX + 1])
{
	unsigned char	md[EVP_MAX_MD_SIZE];
	unsigned int	mdlen = 0;

	/* Fetched once: an implicit fetch per call cost ~6 % of a page. */
	pthread_once(&sha256_once, sha256_fetch);
	if (sha256_md == NULL ||
	    EVP_Digest(data, len, md, &mdlen, sha256_md, NULL) != 1 ||
	    mdlen != 32)
		return 0;
	sha256_hex_bytes(md, mdlen, out);
	return 1;
}
