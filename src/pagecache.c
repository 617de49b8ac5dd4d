/*
 * pagecache.c: a small LRU of rendered dashboard content.  An entry is
 * valid only for the data generation it was built at: a newer generation
 * (a figure, cost, submission or setting saved) makes it a miss, so a save
 * shows on the very next request.  Memory stays under PAGECACHE_MAX_BYTES.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gzip.h"
#include "pagecache.h"

/* Smaller content is not worth compressing: it is sent plain. */
#define PAGECACHE_GZ_MIN	512

struct pagecache_entry {
	char		*key;
	int64_t		 generation;
	char		*content;
	size_t		 len;
	struct gz_part	 gz;		/* the content deflated, or empty */
	char		*title;
	uint64_t	 used;		/* LRU clock */
};

static pthread_mutex_t		 pagecache_mu = PTHREAD_MUTEX_INITIALIZER;
static struct pagecache_entry	 pagecache_v[PAGECACHE_MAX_ENTRIES];
static size_t			 pagecache_total;
static uint64_t			 pagecache_clock;

static void
pagecache_drop(struct pagecache_entry *e)
{
	if (e->key == NULL)
		return;
	pagecache_total -= e->len + e->gz.len + strlen(e->key) +
	    strlen(e->title);
	free(e->key);
	free(e->content);
	gz_part_free(&e->gz);
	free(e->title);
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
 * A copy of the content cached under key at generation (free it) and its
 * title into title.  Returns 1 on a hit, 0 on a miss (or no memory).
 */
int
pagecache_get(const char *key, int64_t generation, char **content,
    size_t *len, char *title, size_t titlesz)
{
	struct pagecache_entry	*e;
	int			 hit = 0;

	*content = NULL;
	pthread_mutex_lock(&pagecache_mu);
	if ((e = pagecache_find(key, generation)) != NULL &&
	    (*content = malloc(e->len + 1)) != NULL) {
		memcpy(*content, e->content, e->len + 1);
		*len = e->len;
		snprintf(title, titlesz, "%s", e->title);
		e->used = ++pagecache_clock;
		hit = 1;
	}
	pthread_mutex_unlock(&pagecache_mu);
	return hit;
}

/*
 * The deflated content cached under key at generation (a copy: free it
 * with gz_part_free) and its title into title.  Returns 1 on a hit; 0 on a
 * miss, or when the entry was too small to deflate (ask for the plain
 * content then), or no memory.
 */
int
pagecache_get_gz(const char *key, int64_t generation, struct gz_part *gz,
    char *title, size_t titlesz)
{
	struct pagecache_entry	*e;
	int			 hit = 0;

	memset(gz, 0, sizeof(*gz));
	pthread_mutex_lock(&pagecache_mu);
	if ((e = pagecache_find(key, generation)) != NULL &&
	    e->gz.data != NULL && (gz->data = malloc(e->gz.len)) != NULL) {
		memcpy(gz->data, e->gz.data, e->gz.len);
		gz->len = e->gz.len;
		gz->crc = e->gz.crc;
		gz->plain_len = e->gz.plain_len;
		snprintf(title, titlesz, "%s", e->title);
		e->used = ++pagecache_clock;
		hit = 1;
	}
	pthread_mutex_unlock(&pagecache_mu);
	return hit;
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
	struct gz_part		 gz;
	size_t			 i, need;

	memset(&gz, 0, sizeof(gz));
	need = len + strlen(key) + strlen(title);
	if (generation < 0 || need > PAGECACHE_MAX_BYTES / 4)
		return;
	/* Outside the lock: the other threads keep serving meanwhile. */
	if (len >= PAGECACHE_GZ_MIN && !gz_deflate(content, len, &gz))
		memset(&gz, 0, sizeof(gz));
	need += gz.len;
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
		if (old == NULL)
			goto out;
		pagecache_drop(old);
	}
	if ((e->key = strdup(key)) == NULL ||
	    (e->title = strdup(title)) == NULL ||
	    (e->content = malloc(len + 1)) == NULL) {
		free(e->key);
		free(e->title);
		memset(e, 0, sizeof(*e));
		goto out;
	}
	memcpy(e->content, content, len);
	e->content[len] = '\0';
	e->len = len;
	e->gz = gz;
	memset(&gz, 0, sizeof(gz));
	e->generation = generation;
	e->used = ++pagecache_clock;
	pagecache_total += need;
out:
	pthread_mutex_unlock(&pagecache_mu);
	gz_part_free(&gz);
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
