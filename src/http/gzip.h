/*
 * gzip.h: gzip answers for cached pages without compressing per request.
 *
 * A cached page is the same for everyone; only the layout around it (with
 * the user's name and CSRF token) differs.  So the shared content is
 * deflated once, when it is cached, and each answer is spliced together:
 * the gzip header, the layout's head as a stored (uncompressed) block, the
 * deflated content, the layout's tail as the final stored block, and the
 * trailer with the CRC-32 of the whole, combined from the parts' CRCs.
 * Secrets are only ever in stored blocks, never in a compression context
 * with data an attacker could choose (BREACH).  Pure: no I/O.
 */
#ifndef KOERS_GZIP_H
#define KOERS_GZIP_H

#include <stddef.h>
#include <stdint.h>

/* A part of an answer: deflated (raw, byte-aligned, not final) or plain. */
struct gz_part {
	unsigned char	*data;		/* malloc'd */
	size_t		 len;
	uint32_t	 crc;		/* CRC-32 of the plain text */
	size_t		 plain_len;
};

uint32_t	 gz_crc(const void *, size_t);
/* Deflate s into p.  0 when memory runs out. */
int		 gz_deflate(const char *s, size_t n, struct gz_part *p);
void		 gz_part_free(struct gz_part *);
/*
 * The gzip member of head (plain, with its CRC hcrc), body (deflated) and
 * tail (plain, tcrc), malloc'd, its size in *len.  NULL when memory runs out.
 */
unsigned char	*gz_splice(const char *head, size_t hlen, uint32_t hcrc,
		    const struct gz_part *body, const char *tail, size_t tlen,
		    uint32_t tcrc, size_t *len);
/*
 * s (n bytes) as one gzip member, deflated, except that every occurrence
 * of each of the nsecret strings in secrets (session tokens) goes in a
 * stored block, with the compressor's history reset before it (full
 * flush) and never fed the secret: no compressed byte depends on a
 * secret, so its length cannot reveal one (BREACH).  Malloc'd, its size in
 * *len; NULL when memory runs out or there are more than 64 occurrences.
 */
unsigned char	*gz_compress(const char *s, size_t n,
		    const char *const *secrets, size_t nsecret, size_t *len);
/*
 * Whether an Accept-Encoding header value accepts gzip (RFC 9110 12.5.3:
 * "gzip" or "x-gzip" or "*" with a weight above 0, and not refused by
 * "gzip;q=0").
 */
int		 gz_accepted(const char *accept_encoding);

#endif
