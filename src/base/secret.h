/*
 * secret.h: fresh secrets from the kernel's generator, as hex: session ids
 * and CSRF tokens (auth.c), the login form's token (page_login.c) and API
 * tokens (account.c).  Only their SHA-256 (sha256.h) is ever stored.
 */
#ifndef KOERS_SECRET_H
#define KOERS_SECRET_H

#include "sha256.h"

#define SECRET_HEX		64	/* 32 random bytes as hex */
#define SECRET_TOKEN_PREFIX	"koers_"
#define SECRET_TOKEN_LEN	(6 + SECRET_HEX)

int	 secret_new(char out[SECRET_HEX + 1]);
int	 secret_token_new(char token[SECRET_TOKEN_LEN + 1],
	    char hash[SHA256_HEX + 1]);

#endif
