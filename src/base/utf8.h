/*
 * utf8.h: cutting text to a fixed buffer without cutting a character.
 * A byte cut inside a multi-byte UTF-8 character leaves invalid text that
 * Pango, XML writers and browsers refuse or mangle; every formatting of
 * user text into a fixed buffer goes through utf8_snprintf.
 */
#ifndef KOERS_UTF8_H
#define KOERS_UTF8_H

#include <stddef.h>

int	utf8_snprintf(char *buf, size_t sz, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
size_t	utf8_cut(const char *s, size_t len);

#endif
