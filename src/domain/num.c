/*
 * num.c: parsing and formatting scaled integers in Dutch and English, and
 * the exact arithmetic around them.  The rules are in num.h.  The parser
 * reads the input in place, twice at most, and never copies it: input of
 * any length costs no memory and cannot overflow anything.
 */
#include <stdint.h>
#include <string.h>

#include "num.h"

__extension__ typedef __int128 num_i128;

#define NUM_RESCALE_MAX	18

static const uint64_t num_pow10[] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
	10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
	100000000000ULL, 1000000000000ULL, 10000000000000ULL,
	100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
	100000000000000000ULL, 1000000000000000000ULL
};

#define NUM_EURO	"\xe2\x82\xac"		/* U+20AC */
#define NUM_MINUS	"\xe2\x88\x92"		/* U+2212 */

/*
 * Byte length of a space that may group thousands at p: ' ', U+00A0,
 * U+2009 or U+202F.  0 when there is none.
 */
static size_t
num_gap(const unsigned char *p, const unsigned char *end)
{
	size_t	 n = (size_t)(end - p);

	if (n >= 1 && p[0] == ' ')
		return 1;
	if (n >= 2 && p[0] == 0xc2 && p[1] == 0xa0)
		return 2;
	if (n >= 3 && p[0] == 0xe2 && p[1] == 0x80 &&
	    (p[2] == 0x89 || p[2] == 0xaf))
		return 3;
	return 0;
}

/* As num_gap, also ASCII white space: what may surround the number. */
static size_t
num_blank(const unsigned char *p, const unsigned char *end)
{
	if (p < end && (*p == '\t' || *p == '\n' || *p == '\r' ||
	    *p == '\v' || *p == '\f'))
		return 1;
	return num_gap(p, end);
}

/* Length of a blank that ends at end (and starts at or after start). */
static size_t
num_blank_back(const unsigned char *start, const unsigned char *end)
{
	size_t	 n;

	for (n = 1; n <= 3 && n <= (size_t)(end - start); n++)
		if (num_blank(end - n, end) == n)
			return n;
	return 0;
}

static const unsigned char *
num_skip_blanks(const unsigned char *p, const unsigned char *end)
{
	size_t	 n;

	while ((n = num_blank(p, end)) > 0)
		p += n;
	return p;
}

/* Read a sign at *p; returns 1 and advances past it and any blanks. */
static int
num_sign(const unsigned char **p, const unsigned char *end, int *neg)
{
	size_t	 n = 0;

	if (*p < end && (**p == '-' || **p == '+')) {
		*neg = **p == '-';
		n = 1;
	} else if (end - *p >= 3 && memcmp(*p, NUM_MINUS, 3) == 0) {
		*neg = 1;
		n = 3;
	} else
		return 0;
	*p = num_skip_blanks(*p + n, end);
	return 1;
}

/* A bounded string being built: keeps the NUL, notes when text is lost. */
struct num_buf {
	char	*b;
	size_t	 n;
	size_t	 cap;		/* bytes in b, NUL included */
	int	 full;
};

static void
num_putc(struct num_buf *nb, char c)
{
	if (nb->n + 1 < nb->cap) {
		nb->b[nb->n++] = c;
		nb->b[nb->n] = '\0';
	} else
		nb->full = 1;
}

static void
num_puts(struct num_buf *nb, const char *s)
{
	while (*s != '\0')
		num_putc(nb, *s++);
}

/*
 * Append the digits of [p, end), skipping separators, in English plain
 * form: no leading zeros in the whole part, no trailing zeros in the
 * fraction [f, fend), a '-' only when some digit is not 0.
 */
static void
num_canon(struct num_buf *nb, int neg, const unsigned char *p,
    const unsigned char *end, const unsigned char *f, const unsigned char *fend)
{
	const unsigned char	*q, *last = NULL;
	int			 lead = 1, nonzero = 0;

	for (q = p; q < end; q++)
		if (*q >= '1' && *q <= '9')
			nonzero = 1;
	for (q = f; q < fend; q++)
		if (*q >= '1' && *q <= '9')
			nonzero = 1, last = q;
	if (neg && nonzero)
		num_putc(nb, '-');
	for (q = p; q < end; q++) {
		if (*q < '0' || *q > '9' || (lead && *q == '0'))
			continue;
		lead = 0;
		num_putc(nb, (char)*q);
	}
	if (lead)
		num_putc(nb, '0');
	if (last != NULL) {
		num_putc(nb, '.');
		for (q = f; q <= last; q++)
			num_putc(nb, (char)*q);
	}
}

/* Finish a text that may have been cut short: end it in "...". */
static void
num_mark_cut(struct num_buf *nb)
{
	if (!nb->full || nb->cap < 4)
		return;
	if (nb->n > nb->cap - 4)
		nb->n = nb->cap - 4;
	memcpy(nb->b + nb->n, "...", 4);
	nb->n += 3;
}

/*
 * Check the thousands groups of the whole part [p, end): first group 1..3
 * digits not starting with '0', later groups exactly 3 digits.
 */
static int
num_groups_ok(const unsigned char *p, const unsigned char *end)
{
	const unsigned char	*q;
	size_t			 len = 0, n;
	int			 first = 1;

	for (q = p; q <= end; ) {
		if (q < end && *q >= '0' && *q <= '9') {
			len++;
			q++;
			continue;
		}
		if (first ? (len < 1 || len > 3 || *p == '0') : len != 3)
			return 0;
		first = 0;
		len = 0;
		if (q == end)
			break;
		n = num_gap(q, end);
		q += n > 0 ? n : 1;
	}
	return 1;
}

/* mag = mag * 10 + d, or note the overflow past limit. */
static void
num_push(uint64_t *mag, int *over, uint64_t limit, unsigned d)
{
	if (*over || *mag > (limit - d) / 10)
		*over = 1;
	else
		*mag = *mag * 10 + d;
}

static enum num_err
num_fail(struct num_parse *out, enum num_err err)
{
	out->err = err;
	out->value = 0;
	return err;
}

enum num_err
num_parse(const char *s, int decimals, struct num_parse *out)
{
	struct num_parse	 dummy;
	struct num_buf		 nb;
	const unsigned char	*p, *e, *q, *sep = NULL, *decp = NULL;
	const unsigned char	*ip, *ie, *fp, *fe;
	size_t			 ndot = 0, ncomma = 0, ngap = 0, ndig = 0;
	size_t			 run = 0, n, a, b, nf;
	uint64_t		 mag = 0, limit;
	int			 neg = 0, nsign = 0, euro = 0, dash = 0;
	int			 leading = 0, over = 0, extra = 0, thou = 0;
	int			 last = 0;

	if (out == NULL)
		out = &dummy;
	out->understood[0] = '\0';
	nb.b = out->understood;
	nb.n = 0;
	nb.cap = sizeof(out->understood);
	nb.full = 0;

	if (decimals < 0 || decimals > NUM_DECIMALS_MAX)
		return num_fail(out, NUM_RANGE);
	if (s == NULL)
		return num_fail(out, NUM_EMPTY);

	/* Trim, then peel off sign, euro, percent and ",-". */
	p = (const unsigned char *)s;
	e = p + strlen(s);
	p = num_skip_blanks(p, e);
	while (e > p && (n = num_blank_back(p, e)) > 0)
		e -= n;
	if (p == e)
		return num_fail(out, NUM_EMPTY);
	nsign += num_sign(&p, e, &neg);
	if (e - p >= 3 && memcmp(p, NUM_EURO, 3) == 0) {
		euro = 1;
		p = num_skip_blanks(p + 3, e);
	}
	nsign += num_sign(&p, e, &neg);
	if (nsign > 1)
		return num_fail(out, NUM_SYNTAX);
	if (e > p && e[-1] == '%') {
		if (euro)
			return num_fail(out, NUM_SYNTAX);
		e--;
		while (e > p && (n = num_blank_back(p, e)) > 0)
			e -= n;
	}
	if (e - p >= 2 && e[-1] == '-' && e[-2] == ',') {
		dash = 1;
		e--;
	}

	/* First pass: which separators, how many, none doubled. */
	for (q = p; q < e; ) {
		if (*q >= '0' && *q <= '9') {
			ndig++;
			run++;
			q++;
			continue;
		}
		if (*q == '.' || *q == ',') {
			if (*q == '.')
				ndot++;
			else
				ncomma++;
			last = *q;
			n = 1;
		} else if ((n = num_gap(q, e)) > 0) {
			ngap++;
			last = ' ';
		} else
			return num_fail(out, NUM_SYNTAX);
		if (run == 0) {
			if (q != p || last == ' ')
				return num_fail(out, NUM_SYNTAX);
			leading = 1;
		}
		sep = q;
		run = 0;
		q += n;
	}
	if (ndig == 0 || (run == 0 && !dash))
		return num_fail(out, NUM_SYNTAX);

	/* Which separator is the decimal one, which groups thousands. */
	if (leading) {
		if (ndot + ncomma + ngap != 1)
			return num_fail(out, NUM_SYNTAX);
		decp = p;
	} else if (dash) {
		/* "1.234,-": the comma is the decimal separator. */
		if (run != 0 || ncomma != 1 || (ndot > 0 && ngap > 0))
			return num_fail(out, NUM_SYNTAX);
		decp = sep;
		thou = ndot > 0 ? '.' : ngap > 0 ? ' ' : 0;
	} else if (ngap > 0) {
		if (ndot + ncomma > 1 || (ndot + ncomma == 1 && last == ' '))
			return num_fail(out, NUM_SYNTAX);
		if (ndot + ncomma == 1)
			decp = sep;
		thou = ' ';
	} else if (ndot > 0 && ncomma > 0) {
		if ((last == '.' ? ndot : ncomma) != 1)
			return num_fail(out, NUM_SYNTAX);
		decp = sep;
		thou = last == '.' ? ',' : '.';
	} else if (ndot + ncomma > 1)
		thou = last;
	else if (ndot + ncomma == 1) {
		a = (size_t)(sep - p);
		b = (size_t)(e - sep - 1);
		if (b == 3 && a >= 1 && a <= 3 && *p != '0') {
			/* Decimal reading, then thousands reading. */
			num_canon(&nb, neg, p, sep, sep + 1, e);
			num_puts(&nb, " / ");
			num_canon(&nb, neg, p, e, e, e);
			return num_fail(out, NUM_AMBIGUOUS);
		}
		decp = sep;
	}

	ip = p;
	ie = decp != NULL ? decp : e;
	fp = decp != NULL ? decp + 1 : e;
	fe = e;
	if (thou && !num_groups_ok(ip, ie))
		return num_fail(out, NUM_SYNTAX);

	/* Second pass: the value, scaled, as a magnitude below the limit. */
	limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
	for (q = ip; q < ie; q++)
		if (*q >= '0' && *q <= '9')
			num_push(&mag, &over, limit, (unsigned)(*q - '0'));
	for (q = fp, nf = 0; q < fe; q++, nf++) {
		if (nf < (size_t)decimals)
			num_push(&mag, &over, limit, (unsigned)(*q - '0'));
		else if (*q != '0')
			extra = 1;
	}
	for (; nf < (size_t)decimals; nf++)
		num_push(&mag, &over, limit, 0);

	if (extra || over) {
		num_canon(&nb, neg, ip, ie, fp, fe);
		num_mark_cut(&nb);
		return num_fail(out, extra ? NUM_TOO_MANY_DECIMALS : NUM_RANGE);
	}
	out->err = NUM_OK;
	if (neg && mag == (uint64_t)INT64_MAX + 1)
		out->value = INT64_MIN;
	else
		out->value = neg ? -(int64_t)mag : (int64_t)mag;
	num_format_plain(out->understood, sizeof(out->understood),
	    out->value, decimals, 1);
	return NUM_OK;
}

/*
 * Write mag with `decimals` decimals into dst (room for 32 bytes): thou
 * between groups of the whole part unless 0, dec before the decimals.
 */
static size_t
num_digits(char *dst, uint64_t mag, int decimals, char thou, char dec)
{
	char		 rev[32];
	uint64_t	 ip = mag / num_pow10[decimals];
	uint64_t	 fp = mag % num_pow10[decimals];
	size_t		 n = 0, len = 0, k = 0;
	int		 i;

	do {
		if (thou != '\0' && k > 0 && k % 3 == 0)
			rev[n++] = thou;
		rev[n++] = (char)('0' + ip % 10);
		ip /= 10;
		k++;
	} while (ip > 0);
	while (n > 0)
		dst[len++] = rev[--n];
	if (decimals > 0) {
		dst[len++] = dec;
		for (i = decimals - 1; i >= 0; i--) {
			dst[len + (size_t)i] = (char)('0' + fp % 10);
			fp /= 10;
		}
		len += (size_t)decimals;
	}
	dst[len] = '\0';
	return len;
}

/* Copy len bytes of s to buf as snprintf would; returns len. */
static int
num_emit(char *buf, size_t sz, const char *s, size_t len)
{
	size_t	 n;

	if (sz > 0) {
		n = len < sz - 1 ? len : sz - 1;
		memcpy(buf, s, n);
		buf[n] = '\0';
	}
	return (int)len;
}

static uint64_t
num_mag(int64_t v)
{
	return v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
}

static int
num_format_sep(char *buf, size_t sz, int64_t scaled, int decimals,
    int lang_en, int grouped)
{
	char		 tmp[64];
	size_t		 len = 0;
	uint64_t	 mag;

	if (decimals < 0 || decimals > NUM_DECIMALS_MAX) {
		if (sz > 0)
			buf[0] = '\0';
		return -1;
	}
	mag = num_mag(scaled);
	if (scaled < 0)
		tmp[len++] = '-';
	len += num_digits(tmp + len, mag, decimals,
	    grouped ? (lang_en ? ',' : '.') : '\0', lang_en ? '.' : ',');
	/*
	 * "1,234" with 3 decimals is ambiguous to num_parse; the plain form
	 * must always parse back, so it says "1,2340" instead.
	 */
	if (!grouped && decimals == 3 && mag >= 1000 && mag <= 999999)
		tmp[len++] = '0';
	return num_emit(buf, sz, tmp, len);
}

int
num_format(char *buf, size_t sz, int64_t scaled, int decimals, int lang_en)
{
	return num_format_sep(buf, sz, scaled, decimals, lang_en, 1);
}

int
num_format_plain(char *buf, size_t sz, int64_t scaled, int decimals,
    int lang_en)
{
	return num_format_sep(buf, sz, scaled, decimals, lang_en, 0);
}

int
num_format_money(char *buf, size_t sz, int64_t cents, int with_cents,
    int lang_en)
{
	char		 tmp[64];
	size_t		 len = 0;
	uint64_t	 mag = num_mag(cents);

	/* mag is at most 2^63, so adding 50 cannot wrap. */
	if (!with_cents)
		mag = (mag + 50) / 100;
	if (cents < 0 && mag > 0)
		tmp[len++] = '-';
	memcpy(tmp + len, NUM_EURO, 3);
	len += 3;
	if (!lang_en)
		tmp[len++] = ' ';
	len += num_digits(tmp + len, mag, with_cents ? 2 : 0,
	    lang_en ? ',' : '.', lang_en ? '.' : ',');
	return num_emit(buf, sz, tmp, len);
}

int
num_format_bp(char *buf, size_t sz, int64_t bp, int lang_en)
{
	char		 tmp[64];
	size_t		 len = 0;
	uint64_t	 tenths = (num_mag(bp) + 5) / 10;

	if (tenths > 0)
		tmp[len++] = bp < 0 ? '-' : '+';
	len += num_digits(tmp + len, tenths, 1,
	    lang_en ? ',' : '.', lang_en ? '.' : ',');
	if (!lang_en)
		tmp[len++] = ' ';
	tmp[len++] = '%';
	return num_emit(buf, sz, tmp, len);
}

int
num_rescale(int64_t v, int from_dec, int to_dec, int64_t *out)
{
	int64_t	 r;

	if (from_dec < 0 || from_dec > NUM_RESCALE_MAX ||
	    to_dec < 0 || to_dec > NUM_RESCALE_MAX)
		return 0;
	if (to_dec >= from_dec) {
		if (__builtin_mul_overflow(v,
		    (int64_t)num_pow10[to_dec - from_dec], &r))
			return 0;
	} else
		r = num_div_round(v, (int64_t)num_pow10[from_dec - to_dec]);
	*out = r;
	return 1;
}

int64_t
num_div_round(int64_t a, int64_t b)
{
	int64_t		 q, r;
	uint64_t	 ur, ub;

	if (b == 0)
		return 0;
	if (a == INT64_MIN && b == -1)
		return INT64_MAX;
	q = a / b;
	r = a % b;
	ur = num_mag(r);
	ub = num_mag(b);
	/* |r| >= |b| / 2, written so that nothing can wrap. */
	if (ur >= ub - ur)
		q += (a < 0) == (b < 0) ? 1 : -1;
	return q;
}

int
num_mul_div(int64_t a, int64_t b, int64_t c, int64_t *out)
{
	num_i128	 p, q, r, ur, uc;

	if (c == 0)
		return 0;
	/* |a * b| <= 2^126: fits. */
	p = (num_i128)a * b;
	q = p / c;
	r = p % c;
	ur = r < 0 ? -r : r;
	uc = c < 0 ? -(num_i128)c : (num_i128)c;
	if (ur >= uc - ur)
		q += (p < 0) == (c < 0) ? 1 : -1;
	if (q < INT64_MIN || q > INT64_MAX)
		return 0;
	*out = (int64_t)q;
	return 1;
}

const char *
num_err_text(enum num_err err, int lang_en)
{
	switch (err) {
	case NUM_OK:
		return lang_en ? "The number is correct." :
		    "Het getal is goed.";
	case NUM_EMPTY:
		return lang_en ? "Please enter a number." :
		    "Vul een getal in.";
	case NUM_SYNTAX:
		return lang_en ?
		    "This is not a number we can read. Use digits, with a "
		    "point before the decimals, for example 1234.5." :
		    "Dit is geen getal dat we kunnen lezen. Gebruik cijfers, "
		    "met een komma voor de decimalen, bijvoorbeeld 1234,5.";
	case NUM_AMBIGUOUS:
		return lang_en ?
		    "This number can be read in two ways: as thousands or "
		    "with decimals. For a whole number, leave out the point "
		    "or comma (1234). For decimals, add a zero at the end "
		    "(1.2340)." :
		    "Dit getal kan op twee manieren gelezen worden: als "
		    "duizendtal of met decimalen. Voor een heel getal laat u "
		    "de punt of komma weg (1234). Voor decimalen zet u er een "
		    "nul achter (1,2340).";
	case NUM_TOO_MANY_DECIMALS:
		return lang_en ?
		    "This number has more decimals than allowed here." :
		    "Dit getal heeft meer cijfers achter de komma dan hier "
		    "mag.";
	case NUM_RANGE:
		return lang_en ? "This number is too large or too small." :
		    "Dit getal is te groot of te klein.";
	}
	return lang_en ? "This number is not valid." :
	    "Dit getal is niet geldig.";
}
