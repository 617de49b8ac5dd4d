/*
 * pagecache.c: a small LRU of rendered dashboard content.  An entry is
 * valid only for the data generation it was built at: a newer generation
 * (a figure, cost, submission or setting saved) makes it a miss, so a save
 * shows on the very next request.  Memory stays under PAGECACHE_MAX_BYTES.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "gzip.h"
#include "pagecache.h"

/* Smaller content is not worth compressing: it is sent plain. */
#define PAGECACHE_GZ_MIN	512

/* A page and its readers: the table holds one reference, each reader one. */
struct pagecache_held {
	struct pagecache_page	 page;		/* first: what readers see */
	unsigned		 refs;
};

struct pagecache_entry {
	char			*key;
	int64_t			 generation;
	struct pagecache_held	*held;
	size_t			 bytes;		/* counted in pagecache_total */
	uint64_t		 used;		/* LRU clock */
};

static pthread_mutex_t		 pagecache_mu = PTHREAD_MUTEX_INITIALIZER;
static struct pagecache_entry	 pagecache_v[PAGECACHE_MAX_ENTRIES];
static size_t			 pagecache_total;
static uint64_t			 pagecache_clock;

/* Drop one reference to h; the last frees it.  Call with the lock held. */
static void
pagecache_unref(struct pagecache_held *h)
{
	if (h == NULL || --h->refs > 0)
		return;
	free((char *)h->page.content);
	free((char *)h->page.title);
	gz_part_free(&h->page.gz);
	free(h);
}

static void
pagecache_drop(struct pagecache_entry *e)
{
	if (e->key == NULL)
		return;
	pagecache_total -= e->bytes;
	free(e->key);
	pagecache_unref(e->held);
	memset(e, 0, sizeof(*e));
}

/*
 * The entry under key at generation, or NULL; an entry of another
 * generation is dropped.  Call with the lock held.
 */
static struct pagecache_entry *
pagecache_find(const char *key, int64_t generation)
{
	struct pagecache_entry	*e;
	size_t			 i;

	for (i = 0; i < PAGECACHE_MAX_ENTRIES; i++) {
		e = &pagecache_v[i];
		if (e->key == NULL || strcmp(e->key, key) != 0)
			continue;
		if (e->generation == generation)
			return e;
		pagecache_drop(e);
		break;
	}
	return NULL;
}

/*
 * The page cached under key at generation, held for the caller until
 * pagecache_release(): nothing is copied, and an eviction meanwhile only
 * takes it out of the table.  NULL on a miss.
 */
const struct pagecache_page *
pagecache_hold(const char *key, int64_t generation)
{
	struct pagecache_entry	*e;
	struct pagecache_held	*h = NULL;

	pthread_mutex_lock(&pagecache_mu);
	if ((e = pagecache_find(key, generation)) != NULL) {
		h = e->held;
		h->refs++;
		e->used = ++pagecache_clock;
	}
	pthread_mutex_unlock(&pagecache_mu);
	return h != NULL ? &h->page : NULL;
}

/* Let go of a page from pagecache_hold(); NULL is fine. */
void
pagecache_release(const struct pagecache_page *p)
{
	if (p == NULL)
		return;
	pthread_mutex_lock(&pagecache_mu);
	pagecache_unref((struct pagecache_held *)(uintptr_t)p);
	pthread_mutex_unlock(&pagecache_mu);
}

/* A new page holding copies of content and title, and gz (taken). */
static struct pagecache_held *
pagecache_held_new(const char *content, size_t len, const char *title,
    struct gz_part *gz)
{
	struct pagecache_held	*h;
	char			*c;

	if ((h = calloc(1, sizeof(*h))) == NULL)
		return NULL;
	if ((c = malloc(len + 1)) == NULL ||
	    (h->page.title = strdup(title)) == NULL) {
		free(c);
		free(h);
		return NULL;
	}
	memcpy(c, content, len);
	c[len] = '\0';
	h->page.content = c;
	h->page.len = len;
	h->page.gz = *gz;
	memset(gz, 0, sizeof(*gz));
	h->refs = 1;
	return h;
}

/*
 * Keep a copy of content, and of content deflated, under key at
 * generation, evicting the oldest.
 */
void
pagecache_put(const char *key, int64_t generation, const char *content,
    size_t len, const char *title)
{
	struct pagecache_entry	*e = NULL, *old;
	struct pagecache_held	*h = NULL;
	struct gz_part		 gz;
	char			*k = NULL;
	size_t			 i, need;

	memset(&gz, 0, sizeof(gz));
	need = len + strlen(key) + strlen(title);
	if (generation < 0 || need > PAGECACHE_MAX_BYTES / 4)
		return;
	/* Outside the lock: the other threads keep serving meanwhile. */
	if (len >= PAGECACHE_GZ_MIN && !gz_deflate(content, len, &gz))
		memset(&gz, 0, sizeof(gz));
	need += gz.len;
	if ((k = strdup(key)) == NULL ||
	    (h = pagecache_held_new(content, len, title, &gz)) == NULL) {
		free(k);
		gz_part_free(&gz);
		return;
	}
	pthread_mutex_lock(&pagecache_mu);
	for (i = 0; i < PAGECACHE_MAX_ENTRIES; i++)
		if (pagecache_v[i].key != NULL &&
		    strcmp(pagecache_v[i].key, key) == 0)
			pagecache_drop(&pagecache_v[i]);
	for (;;) {
		old = NULL;
		e = NULL;
		for (i = 0; i < PAGECACHE_MAX_ENTRIES; i++) {
			if (pagecache_v[i].key == NULL) {
				if (e == NULL)
					e = &pagecache_v[i];
			} else if (old == NULL ||
			    pagecache_v[i].used < old->used)
				old = &pagecache_v[i];
		}
		if (e != NULL && pagecache_total + need <= PAGECACHE_MAX_BYTES)
			break;
		if (old == NULL) {
			e = NULL;	/* empty, and still no room: not kept */
			break;
		}
		pagecache_drop(old);
	}
	if (e != NULL) {
		e->key = k;
		e->held = h;
		e->bytes = need;
		e->generation = generation;
		e->used = ++pagecache_clock;
		pagecache_total += need;
		k = NULL;
		h = NULL;
	}
	pagecache_unref(h);
	pthread_mutex_unlock(&pagecache_mu);
	free(k);
}

/* Forget everything (tests). */
void
pagecache_clear(void)
{
	size_t	i;

	pthread_mutex_lock(&pagecache_mu);
	for (i = 0; i < PAGECACHE_MAX_ENTRIES; i++)
		pagecache_drop(&pagecache_v[i]);
	pthread_mutex_unlock(&pagecache_mu);
}

/* The bytes held now. */
size_t
pagecache_bytes(void)
{
	size_t	n;

	pthread_mutex_lock(&pagecache_mu);
	n = pagecache_total;
	pthread_mutex_unlock(&pagecache_mu);
	return n;
}
