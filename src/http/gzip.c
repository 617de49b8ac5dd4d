/*
 * gzip.c: spliced gzip answers (see gzip.h), on zlib.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "gzip.h"

#define GZ_STORED_MAX	65535	/* bytes in one stored block */

uint32_t
gz_crc(const void *p, size_t n)
{
	uLong	crc = crc32(0L, Z_NULL, 0);

	while (n > 0) {
		uInt chunk = n > 0x40000000u ? 0x40000000u : (uInt)n;

		crc = crc32(crc, p, chunk);
		p = (const unsigned char *)p + chunk;
		n -= chunk;
	}
	return (uint32_t)crc;
}

int
gz_deflate(const char *s, size_t n, struct gz_part *p)
{
	z_stream	 z;
	size_t		 cap;
	int		 rc;

	memset(p, 0, sizeof(*p));
	memset(&z, 0, sizeof(z));
	if (n > 0x7fffffffu ||
	    deflateInit2(&z, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
		return 0;
	/* The bound for Z_FINISH, and room for the sync flush's empty block. */
	cap = deflateBound(&z, (uLong)n) + 16;
	if ((p->data = malloc(cap)) == NULL) {
		deflateEnd(&z);
		return 0;
	}
	z.next_in = (Bytef *)(uintptr_t)s;
	z.avail_in = (uInt)n;
	z.next_out = p->data;
	z.avail_out = (uInt)cap;
	/* A sync flush ends byte-aligned, in no final block: more may follow. */
	rc = deflate(&z, Z_SYNC_FLUSH);
	p->len = cap - z.avail_out;
	deflateEnd(&z);
	if (rc != Z_OK || z.avail_in != 0 || z.avail_out == 0) {
		gz_part_free(p);
		return 0;
	}
	p->crc = gz_crc(s, n);
	p->plain_len = n;
	return 1;
}

void
gz_part_free(struct gz_part *p)
{
	if (p == NULL)
		return;
	free(p->data);
	memset(p, 0, sizeof(*p));
}

/* Bytes that s as stored blocks takes (a final one even when empty). */
static size_t
gz_stored_size(size_t n, int final)
{
	size_t blocks = (n + GZ_STORED_MAX - 1) / GZ_STORED_MAX;

	if (blocks == 0 && final)
		blocks = 1;
	return n + 5 * blocks;
}

/* Write s as stored blocks at o; the last is final when final is set. */
static unsigned char *
gz_stored(unsigned char *o, const char *s, size_t n, int final)
{
	size_t	chunk;

	do {
		if (n == 0 && !final)
			break;
		chunk = n > GZ_STORED_MAX ? GZ_STORED_MAX : n;
		*o++ = final && chunk == n ? 1 : 0;	/* BFINAL, BTYPE 00 */
		*o++ = (unsigned char)(chunk & 0xff);
		*o++ = (unsigned char)(chunk >> 8);
		*o++ = (unsigned char)(~chunk & 0xff);
		*o++ = (unsigned char)((~chunk >> 8) & 0xff);
		memcpy(o, s, chunk);
		o += chunk;
		s += chunk;
		n -= chunk;
	} while (n > 0);
	return o;
}

static unsigned char *
gz_le32(unsigned char *o, uint32_t v)
{
	*o++ = (unsigned char)(v & 0xff);
	*o++ = (unsigned char)((v >> 8) & 0xff);
	*o++ = (unsigned char)((v >> 16) & 0xff);
	*o++ = (unsigned char)((v >> 24) & 0xff);
	return o;
}

unsigned char *
gz_splice(const char *head, size_t hlen, uint32_t hcrc,
    const struct gz_part *body, const char *tail, size_t tlen, uint32_t tcrc,
    size_t *len)
{
	/* Deflate, no flags, no time, no extra flags, unknown system. */
	static const unsigned char hdr[10] = {
		0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff
	};
	unsigned char	*buf, *o;
	uLong		 crc;
	size_t		 n;

	n = sizeof(hdr) + gz_stored_size(hlen, 0) + body->len +
	    gz_stored_size(tlen, 1) + 8;
	if ((buf = malloc(n)) == NULL)
		return NULL;
	memcpy(buf, hdr, sizeof(hdr));
	o = gz_stored(buf + sizeof(hdr), head, hlen, 0);
	memcpy(o, body->data, body->len);
	o = gz_stored(o + body->len, tail, tlen, 1);
	crc = crc32_combine(hcrc, body->crc, (z_off_t)body->plain_len);
	crc = crc32_combine(crc, tcrc, (z_off_t)tlen);
	o = gz_le32(o, (uint32_t)crc);
	o = gz_le32(o, (uint32_t)((hlen + body->plain_len + tlen) & 0xffffffffu));
	*len = (size_t)(o - buf);
	return buf;
}

/* The first occurrence at or after s of any secret; its length in *sl. */
static const char *
gz_next_secret(const char *s, size_t n, const char *const *secrets,
    size_t nsecret, size_t *sl)
{
	const char	*best = NULL, *p;
	size_t		 i, l;

	for (i = 0; i < nsecret; i++) {
		if (secrets[i] == NULL || (l = strlen(secrets[i])) == 0)
			continue;
		p = memmem(s, n, secrets[i], l);
		if (p != NULL && (best == NULL || p < best)) {
			best = p;
			*sl = l;
		}
	}
	return best;
}

/* Feed s to z with flush; 1 when it all went in and output room is left. */
static int
gz_feed(z_stream *z, const char *s, size_t n, int flush)
{
	int rc;

	z->next_in = (Bytef *)(uintptr_t)s;
	z->avail_in = (uInt)n;
	rc = deflate(z, flush);
	if (flush == Z_FINISH)
		return rc == Z_STREAM_END;
	return rc == Z_OK && z->avail_in == 0 && z->avail_out > 0;
}

unsigned char *
gz_compress(const char *s, size_t n, const char *const *secrets,
    size_t nsecret, size_t *len)
{
	static const unsigned char hdr[10] = {
		0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff
	};
	z_stream	 z;
	unsigned char	*buf = NULL, *o;
	const char	*p = s, *end = s + n, *sec;
	size_t		 cap, sl = 0, occ = 0, secbytes = 0;
	int		 ok = 0;

	if (n > 0x7fffffffu)
		return NULL;
	/* Count what goes stored, to size the buffer. */
	for (; (sec = gz_next_secret(p, (size_t)(end - p), secrets,
	    nsecret, &sl)) != NULL; occ++) {
		if (occ == 64)
			return NULL;
		secbytes += sl;
		p = sec + sl;
	}
	memset(&z, 0, sizeof(z));
	if (deflateInit2(&z, 5, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
		return NULL;
	cap = sizeof(hdr) + deflateBound(&z, (uLong)n) + (occ + 1) * 16 +
	    gz_stored_size(secbytes, 0) + 5 * occ + 8;
	if ((buf = malloc(cap)) == NULL)
		goto out;
	memcpy(buf, hdr, sizeof(hdr));
	z.next_out = buf + sizeof(hdr);
	z.avail_out = (uInt)(cap - sizeof(hdr) - 8);
	for (p = s; (sec = gz_next_secret(p, (size_t)(end - p), secrets,
	    nsecret, &sl)) != NULL; p = sec + sl) {
		/* What comes before, then a clean, byte-aligned cut. */
		if (!gz_feed(&z, p, (size_t)(sec - p), Z_FULL_FLUSH))
			goto out;
		if (z.avail_out < gz_stored_size(sl, 0))
			goto out;
		o = gz_stored(z.next_out, sec, sl, 0);
		z.avail_out -= (uInt)(o - z.next_out);
		z.next_out = o;
	}
	if (!gz_feed(&z, p, (size_t)(end - p), Z_FINISH))
		goto out;
	o = gz_le32(z.next_out, gz_crc(s, n));
	o = gz_le32(o, (uint32_t)(n & 0xffffffffu));
	*len = (size_t)(o - buf);
	ok = 1;
out:
	deflateEnd(&z);
	if (!ok) {
		free(buf);
		return NULL;
	}
	return buf;
}

/* Whether q (the text after "q=", up to ';' ',' or space) is above 0. */
static int
gz_weight(const char *q, size_t n)
{
	size_t	i;

	if (n == 0 || (q[0] != '0' && q[0] != '1'))
		return 0;	/* not a qvalue: refused, to be safe */
	if (q[0] == '1')
		return 1;
	for (i = 1; i < n; i++)
		if (q[i] != '.' && q[i] != '0')
			return 1;
	return 0;
}

int
gz_accepted(const char *ae)
{
	const char	*p = ae, *tok, *end, *q;
	size_t		 toklen;
	int		 gzip = -1, star = -1, w;

	if (ae == NULL)
		return 0;
	while (*p != '\0') {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		if (*p == '\0')
			break;
		tok = p;
		while (*p != '\0' && *p != ',' && *p != ';' && *p != ' ' &&
		    *p != '\t')
			p++;
		toklen = (size_t)(p - tok);
		end = p;
		while (*end != '\0' && *end != ',')
			end++;
		/* Parameters: ";" OWS name "=" value; the weight is "q". */
		w = 1;
		for (q = p; q < end; q++) {
			if (*q != ';')
				continue;
			q++;
			while (q < end && (*q == ' ' || *q == '\t'))
				q++;
			if (q + 1 < end && (q[0] == 'q' || q[0] == 'Q') &&
			    q[1] == '=') {
				w = gz_weight(q + 2, strcspn(q + 2, " \t;,"));
				break;
			}
			q--;
		}
		if ((toklen == 4 && strncasecmp(tok, "gzip", 4) == 0) ||
		    (toklen == 6 && strncasecmp(tok, "x-gzip", 6) == 0))
			gzip = w;
		else if (toklen == 1 && tok[0] == '*')
			star = w;
		p = end;
	}
	return gzip >= 0 ? gzip : star > 0;
}
