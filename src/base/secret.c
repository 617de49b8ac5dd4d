/* secret.c: fresh secrets and API tokens. */
#include <stdio.h>
#include <string.h>

#include "pw.h"
#include "secret.h"

/* 32 bytes from the kernel's generator as 64 hex digits.  1 on success. */
int
secret_new(char out[SECRET_HEX + 1])
{
	unsigned char b[SECRET_HEX / 2];

	if (!pw_random(b, sizeof(b)))
		return 0;
	sha256_hex_bytes(b, sizeof(b), out);
	pw_wipe(b, sizeof(b));
	return 1;
}

/*
 * A new API token ("koers_" and 64 hex digits) and the SHA-256 hex of it,
 * which is what is stored.  1 on success.
 */
int
secret_token_new(char token[SECRET_TOKEN_LEN + 1], char hash[SHA256_HEX + 1])
{
	char s[SECRET_HEX + 1];

	if (!secret_new(s))
		return 0;
	snprintf(token, SECRET_TOKEN_LEN + 1, "%s%s", SECRET_TOKEN_PREFIX, s);
	pw_wipe(s, sizeof(s));
	return sha256_hex(token, strlen(token), hash);
}
