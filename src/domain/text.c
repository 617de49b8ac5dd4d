/* text.c: the one check of a typed free text (see text.h). */
#include <string.h>

#include "text.h"

/*
 * The length of the allowed character at p (1..4), or 0 when p starts
 * with invalid UTF-8 (overlong, surrogate, beyond U+10FFFF, cut), a
 * control character the kind does not allow, or U+FFFE/U+FFFF.
 */
static size_t
text_char(const unsigned char *p, enum text_kind kind)
{
	unsigned	 c = p[0], min;
	size_t		 need, i;

	if (c < 0x80) {
		if (c == 0x7f)
			return 0;
		if (c < 0x20 && !(kind == TEXT_LINES &&
		    (c == '\t' || c == '\n' || c == '\r')))
			return 0;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		need = 1; c &= 0x1f; min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		need = 2; c &= 0x0f; min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		need = 3; c &= 0x07; min = 0x10000;
	} else
		return 0;
	for (i = 1; i <= need; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (p[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	/* C1 controls and the two non-characters XML refuses. */
	if ((c >= 0x80 && c <= 0x9f) || c == 0xfffe || c == 0xffff)
		return 0;
	return need + 1;
}

static int
text_chars_ok(const char *s, enum text_kind kind)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 n;

	for (; *p != '\0'; p += n)
		if ((n = text_char(p, kind)) == 0)
			return 0;
	return 1;
}

/*
 * Drop from s, in place, every byte that text_check would refuse (control
 * characters, invalid UTF-8): for writing text stored before the check
 * existed into a format that must stay valid (the XLSX export).  Returns
 * the new length.
 */
size_t
text_clean(char *s, enum text_kind kind)
{
	unsigned char	*p = (unsigned char *)s, *w = p;
	size_t		 n;

	while (*p != '\0') {
		if ((n = text_char(p, kind)) == 0) {
			p++;
			continue;
		}
		while (n-- > 0)
			*w++ = *p++;
	}
	*w = '\0';
	return (size_t)(w - (unsigned char *)s);
}

/*
 * Check s (NULL is "") of the kind against max bytes; required: blanks
 * only is TEXT_EMPTY.  Returns TEXT_OK or the first problem, in the order
 * control, empty, too long.
 */
enum text_err
text_check(const char *s, size_t max, enum text_kind kind, int required)
{
	if (s == NULL)
		s = "";
	if (!text_chars_ok(s, kind))
		return TEXT_CONTROL;
	if (required && s[strspn(s, " \t\r\n")] == '\0')
		return TEXT_EMPTY;
	if (strlen(s) > max)
		return TEXT_TOO_LONG;
	return TEXT_OK;
}
