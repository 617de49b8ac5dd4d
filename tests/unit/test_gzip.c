/*
 * test_gzip.c: a spliced gzip answer inflates (with zlib checking its
 * CRC-32 and length) to exactly head + content + tail, whatever the sizes;
 * the layout parts stay uncompressed; Accept-Encoding is read per RFC 9110.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <zlib.h>

#include "gzip.h"

/* Inflate a whole gzip member; NULL unless it ends cleanly. */
static char *
gunzip(const unsigned char *z, size_t zlen, size_t *len)
{
	z_stream	 s;
	size_t		 cap = 1 << 20;
	char		*out;
	int		 rc;

	memset(&s, 0, sizeof(s));
	if ((out = malloc(cap)) == NULL ||
	    inflateInit2(&s, 16 + MAX_WBITS) != Z_OK)
		return NULL;
	s.next_in = (Bytef *)(uintptr_t)z;
	s.avail_in = (uInt)zlen;
	s.next_out = (Bytef *)out;
	s.avail_out = (uInt)cap;
	rc = inflate(&s, Z_FINISH);
	*len = cap - s.avail_out;
	if (rc != Z_STREAM_END || s.avail_in != 0) {
		inflateEnd(&s);
		free(out);
		return NULL;
	}
	inflateEnd(&s);
	return out;
}

static char *
text(size_t n, unsigned seed)
{
	char	*s = malloc(n + 1);
	size_t	 i;

	for (i = 0; s != NULL && i < n; i++) {
		seed = seed * 1103515245u + 12345u;
		s[i] = "<td class=\"num\">€ 1.234</td>\n"[(seed >> 16) % 28];
	}
	if (s != NULL)
		s[n] = '\0';
	return s;
}

static void
splice_and_check(size_t hn, size_t bn, size_t tn)
{
	char		*h = text(hn, 1), *b = text(bn, 2), *t = text(tn, 3);
	char		*plain, *want;
	unsigned char	*z;
	struct gz_part	 part;
	size_t		 zlen, len;

	assert_non_null(h);
	assert_non_null(b);
	assert_non_null(t);
	assert_true(gz_deflate(b, bn, &part));
	assert_int_equal(part.plain_len, bn);
	z = gz_splice(h, hn, gz_crc(h, hn), &part, t, tn, gz_crc(t, tn), &zlen);
	assert_non_null(z);
	plain = gunzip(z, zlen, &len);
	assert_non_null(plain);
	assert_int_equal(len, hn + bn + tn);
	assert_non_null(want = malloc(hn + bn + tn + 1));
	memcpy(want, h, hn);
	memcpy(want + hn, b, bn);
	memcpy(want + hn + bn, t, tn);
	assert_memory_equal(plain, want, len);
	/* The head is sent as it is (stored), never compressed. */
	if (hn > 0 && hn < 65535)
		assert_memory_equal(z + 10 + 5, h, hn);
	free(want);
	free(plain);
	free(z);
	gz_part_free(&part);
	free(h);
	free(b);
	free(t);
}

static void
spliced_answer_inflates_to_the_whole_page(void **state)
{
	(void)state;
	splice_and_check(2300, 43000, 300);
	splice_and_check(0, 43000, 0);
	splice_and_check(1, 1, 1);
	splice_and_check(2300, 0, 300);
	/* Parts longer than one stored block (65535 bytes). */
	splice_and_check(70000, 200000, 140000);
	splice_and_check(65535, 10, 65535);
}

static void
accept_encoding_is_read_with_its_weights(void **state)
{
	(void)state;
	assert_true(gz_accepted("gzip"));
	assert_true(gz_accepted("gzip, deflate, br"));
	assert_true(gz_accepted("br;q=1.0, GZIP;q=0.5"));
	assert_true(gz_accepted("x-gzip"));
	assert_true(gz_accepted("*"));
	assert_true(gz_accepted("deflate, *;q=0.1"));
	assert_true(gz_accepted("gzip ; q=0.001"));
	assert_false(gz_accepted(""));
	assert_false(gz_accepted(NULL));
	assert_false(gz_accepted("identity"));
	assert_false(gz_accepted("deflate, br"));
	assert_false(gz_accepted("gzip;q=0"));
	assert_false(gz_accepted("gzip;q=0.000, deflate"));
	assert_false(gz_accepted("*;q=0.5, gzip;q=0"));
	assert_false(gz_accepted("*;q=0"));
	assert_false(gz_accepted("gzipx, xgzip"));
	assert_false(gz_accepted("gzip;q=abc"));
}

/* A page of n bytes holding secret twice and an attacker's guess g. */
static char *
page_with(const char *secret, const char *g, size_t n)
{
	char	*p = malloc(n + 1);
	size_t	 i;

	assert_non_null(p);
	for (i = 0; i < n; i++)
		p[i] = "<td>budget row</td>\n"[i % 20];
	memcpy(p + 100, "name=\"csrf\" value=\"", 20);
	memcpy(p + 120, secret, strlen(secret));
	memcpy(p + 5000, "name=\"csrf\" value=\"", 20);
	memcpy(p + 5020, secret, strlen(secret));
	memcpy(p + 9000, "q=name=\"csrf\" value=\"", 22);
	memcpy(p + 9022, g, strlen(g));
	p[n] = '\0';
	return p;
}

static void
compressed_answer_inflates_and_never_compresses_a_secret(void **state)
{
	const char	*a = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
	const char	*b = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";
	const char	*guess = "0123456789abcdef0123";
	const char	*sa[1], *sb[1];
	unsigned char	*za, *zb;
	char		*pa, *pb, *back;
	size_t		 la, lb, n;

	(void)state;
	pa = page_with(a, guess, 200000);
	pb = page_with(b, guess, 200000);
	sa[0] = a;
	sb[0] = b;
	assert_non_null(za = gz_compress(pa, 200000, sa, 1, &la));
	assert_non_null(zb = gz_compress(pb, 200000, sb, 1, &lb));
	assert_true(la < 20000);
	assert_non_null(back = gunzip(za, la, &n));
	assert_int_equal(n, 200000);
	assert_memory_equal(back, pa, n);
	free(back);
	/* The secret is there as it is (stored), twice... */
	assert_non_null(memmem(za, la, a, 64));
	/* ...and a guess that matches it costs no fewer bytes than one that
	 * does not: the length tells nothing (BREACH). */
	assert_int_equal(la, lb);
	free(za);
	free(zb);
	/* No secret at all, or an empty page. */
	assert_non_null(za = gz_compress(pa, 200000, NULL, 0, &la));
	assert_non_null(back = gunzip(za, la, &n));
	assert_memory_equal(back, pa, 200000);
	free(back);
	free(za);
	assert_non_null(za = gz_compress("", 0, sa, 1, &la));
	assert_non_null(back = gunzip(za, la, &n));
	assert_int_equal(n, 0);
	free(back);
	free(za);
	free(pa);
	free(pb);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(spliced_answer_inflates_to_the_whole_page),
		cmocka_unit_test(accept_encoding_is_read_with_its_weights),
		cmocka_unit_test(compressed_answer_inflates_and_never_compresses_a_secret),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
