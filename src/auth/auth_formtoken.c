/* auth_formtoken.c: the login form's signed token (see auth_formtoken.h). */
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdio.h>
#include <string.h>

#include "auth.h"
#include "auth_formtoken.h"
#include "db_secret.h"
#include "log.h"
#include "pw.h"
#include "secret.h"
#include "sha256.h"

#define FT_NONCE	8
#define FT_TIME		8
#define FT_MAC		16
#define FT_BYTES	(FT_NONCE + FT_TIME + FT_MAC)

/* The server's key, 32 bytes.  1, or 0 on failure (logged). */
static int
auth_formtoken_key(struct db *db, unsigned char key[32])
{
	char	fresh[SECRET_HEX + 1], hex[65];
	int	i, ok = 0;
	unsigned v;

	if (!secret_new(fresh))
		return 0;
	if (db_secret_get(db, "login_form_key", fresh, hex) != DB_OK) {
		log_err("auth: the login form key cannot be read or made");
		goto out;
	}
	for (i = 0; i < 32; i++) {
		if (sscanf(hex + 2 * i, "%2x", &v) != 1)
			goto out;
		key[i] = (unsigned char)v;
	}
	ok = 1;
out:
	pw_wipe(fresh, sizeof(fresh));
	pw_wipe(hex, sizeof(hex));
	return ok;
}

/* The MAC over the token's first FT_NONCE + FT_TIME bytes into mac. */
static int
auth_formtoken_mac(const unsigned char key[32], const unsigned char *msg,
    unsigned char mac[FT_MAC])
{
	static const char	 label[] = "koers login form\n";
	unsigned char		 in[sizeof(label) - 1 + FT_NONCE + FT_TIME];
	unsigned char		 md[EVP_MAX_MD_SIZE];
	unsigned int		 mdlen = 0;

	memcpy(in, label, sizeof(label) - 1);
	memcpy(in + sizeof(label) - 1, msg, FT_NONCE + FT_TIME);
	if (HMAC(EVP_sha256(), key, 32, in, sizeof(in), md, &mdlen) == NULL ||
	    mdlen != 32)
		return 0;
	memcpy(mac, md, FT_MAC);
	return 1;
}

int
auth_formtoken_new(struct db *db, int64_t now,
    char out[AUTH_FORMTOKEN_HEX + 1])
{
	unsigned char	key[32], b[FT_BYTES];
	int		i, ok = 0;

	if (!auth_formtoken_key(db, key))
		return 0;
	if (!pw_random(b, FT_NONCE))
		goto out;
	for (i = 0; i < FT_TIME; i++)
		b[FT_NONCE + i] = (unsigned char)((uint64_t)now >>
		    (8 * (FT_TIME - 1 - i)));
	if (!auth_formtoken_mac(key, b, b + FT_NONCE + FT_TIME))
		goto out;
	sha256_hex_bytes(b, FT_BYTES, out);
	ok = 1;
out:
	pw_wipe(key, sizeof(key));
	return ok;
}

int
auth_formtoken_ok(struct db *db, const char *tok, int64_t now)
{
	unsigned char	key[32], b[FT_BYTES], mac[FT_MAC];
	uint64_t	t = 0;
	unsigned	v;
	int		i, ok = 0;

	if (tok == NULL || strlen(tok) != AUTH_FORMTOKEN_HEX)
		return 0;
	for (i = 0; i < FT_BYTES; i++) {
		if (!((tok[2 * i] >= '0' && tok[2 * i] <= '9') ||
		    (tok[2 * i] >= 'a' && tok[2 * i] <= 'f')) ||
		    !((tok[2 * i + 1] >= '0' && tok[2 * i + 1] <= '9') ||
		    (tok[2 * i + 1] >= 'a' && tok[2 * i + 1] <= 'f')) ||
		    sscanf(tok + 2 * i, "%2x", &v) != 1)
			return 0;
		b[i] = (unsigned char)v;
	}
	for (i = 0; i < FT_TIME; i++)
		t = t << 8 | b[FT_NONCE + i];
	if ((int64_t)t > now + 60 || (int64_t)t < now - AUTH_FORMTOKEN_TTL)
		return 0;
	if (!auth_formtoken_key(db, key))
		return 0;
	ok = auth_formtoken_mac(key, b, mac) &&
	    CRYPTO_memcmp(mac, b + FT_NONCE + FT_TIME, FT_MAC) == 0;
	pw_wipe(key, sizeof(key));
	return ok;
}
