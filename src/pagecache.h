/*
 * pagecache.h: rendered dashboard content (the output of a page's content
 * template, never the layout with its user name and CSRF token), kept per
 * key and data generation, plain and deflated (gzip.h).  One global LRU with a byte cap, shared by the
 * server's threads under a mutex.
 */
#ifndef KOERS_PAGECACHE_H
#define KOERS_PAGECACHE_H

#include <stddef.h>
#include <stdint.h>

#define PAGECACHE_MAX_ENTRIES	64
#define PAGECACHE_MAX_BYTES	(4u * 1024 * 1024)

struct gz_part;

int	pagecache_get(const char *key, int64_t generation, char **content,
	    size_t *len, char *title, size_t titlesz);
int	pagecache_get_gz(const char *key, int64_t generation,
	    struct gz_part *, char *title, size_t titlesz);
void	pagecache_put(const char *key, int64_t generation, const char *content,
	    size_t len, const char *title);
void	pagecache_clear(void);
size_t	pagecache_bytes(void);

#endif
