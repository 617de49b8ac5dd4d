/* utf8.c: cutting text without cutting a character (see utf8.h). */
#include <stdarg.h>
#include <stdio.h>

#include "utf8.h"

/*
 * The longest prefix of s[0..len) that ends on a character boundary: len,
 * or less when the last character starts before len and ends after it.
 * s must hold at least len bytes.
 */
size_t
utf8_cut(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 j = len, k = 0, need;

	while (j > 0 && k < 3 && (p[j - 1] & 0xc0) == 0x80) {
		j--;
		k++;
	}
	if (j == 0)
		return len;
	need = p[j - 1] >= 0xf0 ? 4 : p[j - 1] >= 0xe0 ? 3 :
	    p[j - 1] >= 0xc0 ? 2 : 1;
	return need > k + 1 ? j - 1 : len;
}

/*
 * snprintf, but a cut (the result does not fit in sz) falls between two
 * characters, never inside one.  Returns what vsnprintf returns: the
 * length the whole text would have, so n >= sz still says it was cut.
 */
int
utf8_snprintf(char *buf, size_t sz, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;

	if (sz == 0)
		return 0;
	va_start(ap, fmt);
	n = vsnprintf(buf, sz, fmt, ap);
	va_end(ap);
	if (n < 0)
		buf[0] = '\0';
	else if ((size_t)n >= sz)
		buf[utf8_cut(buf, sz - 1)] = '\0';
	return n;
}
