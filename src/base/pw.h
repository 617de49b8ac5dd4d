/*
 * pw.h: passwords.  Argon2id with the parameters below; the encoded string
 * (which carries salt and parameters) is all that is stored.
 */
#ifndef KOERS_PW_H
#define KOERS_PW_H

#include <stddef.h>

#define PW_MIN_LEN	12	/* characters (bytes of UTF-8) */
#define PW_MAX_LEN	1024
#define PW_T_COST	3	/* passes */
#define PW_M_COST	(19 * 1024)	/* KiB: 19 MiB */
#define PW_PARALLEL	1

char	*pw_hash(const char *password);
int	 pw_verify(const char *encoded, const char *password);
void	 pw_dummy_verify(const char *password);
void	 pw_wipe(void *, size_t);
int	 pw_random(void *buf, size_t len);

#endif
