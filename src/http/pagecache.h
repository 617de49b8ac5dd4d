/*
 * pagecache.h: rendered dashboard content (the output of a page's content
 * template, never the layout with its user name and CSRF token), kept per
 * key and data generation, plain and deflated (gzip.h).  One global LRU
 * with a byte cap, shared by the server's threads under a mutex; a request
 * holds the page it sends instead of copying it out.
 */
#ifndef KOERS_PAGECACHE_H
#define KOERS_PAGECACHE_H

#include <stddef.h>
#include <stdint.h>

#define PAGECACHE_MAX_ENTRIES	64
#define PAGECACHE_MAX_BYTES	(4u * 1024 * 1024)

#include "gzip.h"

/* A cached page: immutable, shared by every request that holds it. */
struct pagecache_page {
	const char	*content;	/* NUL-terminated */
	size_t		 len;
	struct gz_part	 gz;		/* deflated; data NULL when small */
	const char	*title;
};

const struct pagecache_page *
	pagecache_hold(const char *key, int64_t generation);
void	pagecache_release(const struct pagecache_page *);
void	pagecache_put(const char *key, int64_t generation, const char *content,
	    size_t len, const char *title);
void	pagecache_clear(void);
size_t	pagecache_bytes(void);

#endif
