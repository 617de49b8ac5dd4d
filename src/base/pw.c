/* pw.c: Argon2id password hashing, random bytes, wiping secrets. */
#include <argon2.h>
#include <string.h>
#include <stdlib.h>
#include <sys/random.h>

#include "pw.h"

/* Fill buf with len bytes from the kernel's generator.  Returns 1 on success. */
int
pw_random(void *buf, size_t len)
{
	unsigned char	*p = buf;
	ssize_t		 n;

	while (len > 0) {
		n = getrandom(p, len, 0);
		if (n <= 0)
			return 0;
		p += n;
		len -= (size_t)n;
	}
	return 1;
}

/* Overwrite a secret so that the compiler cannot drop the store. */
void
pw_wipe(void *p, size_t len)
{
	explicit_bzero(p, len);
}

/*
 * The Argon2id encoding of password with a fresh 16-byte salt, malloc'd.
 * NULL on failure.
 */
char *
pw_hash(const char *password)
{
	unsigned char	 salt[16];
	size_t		 enclen;
	char		*enc;

	if (!pw_random(salt, sizeof(salt)))
		return NULL;
	enclen = argon2_encodedlen(PW_T_COST, PW_M_COST, PW_PARALLEL,
	    sizeof(salt), 32, Argon2_id);
	if ((enc = malloc(enclen)) == NULL)
		return NULL;
	if (argon2id_hash_encoded(PW_T_COST, PW_M_COST, PW_PARALLEL, password,
	    strlen(password), salt, sizeof(salt), 32, enc, enclen) !=
	    ARGON2_OK) {
		free(enc);
		return NULL;
	}
	return enc;
}

/*
 * 1 if password matches encoded.  libargon2 compares in constant time.
 */
int
pw_verify(const char *encoded, const char *password)
{
	if (encoded == NULL || *encoded == '\0')
		return 0;
	return argon2id_verify(encoded, password, strlen(password)) ==
	    ARGON2_OK;
}

/*
 * Spend the time a real verification takes, for an unknown user, so that the
 * answer's timing does not tell whether an account exists.
 */
void
pw_dummy_verify(const char *password)
{
	static const char dummy[] =
	    "$argon2id$v=19$m=19456,t=3,p=1$AAAAAAAAAAAAAAAAAAAAAA$"
	    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

	(void)argon2id_verify(dummy, password, strlen(password));
}
