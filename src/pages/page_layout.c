/*
 * page_layout.c: the layout around every page (templates/layout.tpl),
 * split at its content marker.
 *
 * The layout is a function of the language, the title, the navigation
 * entry, the user's name and roles and the session's CSRF token, and of
 * nothing else.  Each server thread keeps the last few it rendered, keyed
 * by exactly those inputs, so that a page served from the page cache costs
 * no template expansion.  With --dev (templates may change) it is rendered
 * every time.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gzip.h"
#include "http.h"
#include "i18n.h"
#include "log.h"
#include "page.h"
#include "tmpl.h"
#include "user.h"

#define PAGE_LAYOUT_KEEP	16
#define PAGE_LAYOUT_KEY		1024

static const char page_layout_marker[] = "<!--KOERS-CONTENT-->";

struct page_layout_entry {
	char		*key;
	char		*html;		/* the whole layout, marker included */
	size_t		 len;
	size_t		 at;		/* where the marker starts */
	struct page_frame frame;	/* html split around the marker */
};

struct page_layout_memo {
	struct page_layout_entry	v[PAGE_LAYOUT_KEEP];
	unsigned			next;
	struct page_layout_entry	fresh;	/* --dev, or a key too long */
};

static pthread_once_t	page_layout_once = PTHREAD_ONCE_INIT;
static pthread_key_t	page_layout_key;
static int		page_layout_key_ok;

/* Forget e; its key and layout hold a CSRF token, so wipe them first. */
static void
page_layout_entry_clear(struct page_layout_entry *e)
{
	if (e->key != NULL)
		explicit_bzero(e->key, strlen(e->key));
	if (e->html != NULL)
		explicit_bzero(e->html, e->len);
	free(e->key);
	free(e->html);
	memset(e, 0, sizeof(*e));
}

/* At thread exit. */
static void
page_layout_memo_free(void *p)
{
	struct page_layout_memo	*m = p;
	size_t			 i;

	for (i = 0; i < PAGE_LAYOUT_KEEP; i++)
		page_layout_entry_clear(&m->v[i]);
	page_layout_entry_clear(&m->fresh);
	free(m);
}

static void
page_layout_init(void)
{
	page_layout_key_ok = pthread_key_create(&page_layout_key,
	    page_layout_memo_free) == 0;
}

static struct page_layout_memo *
page_layout_memo(void)
{
	struct page_layout_memo *m;

	pthread_once(&page_layout_once, page_layout_init);
	if (!page_layout_key_ok)
		return NULL;
	if ((m = pthread_getspecific(page_layout_key)) == NULL &&
	    (m = calloc(1, sizeof(*m))) != NULL &&
	    pthread_setspecific(page_layout_key, m) != 0) {
		free(m);
		m = NULL;
	}
	return m;
}

/*
 * Every input of the layout, each length-prefixed so that no two different
 * inputs give the same key.  0 when it does not fit.
 */
static int
page_layout_keyof(char *key, size_t sz, const struct req *q,
    const char *title, enum nav nav)
{
	const char	*name = "", *csrf = q->csrf != NULL ? q->csrf : "";
	unsigned	 roles = 0;
	int		 n;

	if (q->user != NULL) {
		name = q->user->display_name[0] != '\0' ?
		    q->user->display_name : q->user->username;
		roles = q->user->roles;
	}
	n = snprintf(key, sz, "%d|%d|%d|%x|%zu:%s|%zu:%s|%zu:%s", (int)q->lang,
	    (int)nav, q->user != NULL, roles, strlen(csrf), csrf,
	    strlen(name), name, strlen(title), title);
	return n > 0 && (size_t)n < sz;
}

/* Render the layout into e under key (NULL: not kept).  0 on failure. */
static int
page_layout_render(struct req *q, const char *title, enum nav nav,
    struct page_layout_entry *e, const char *key)
{
	struct tmpl	*t;
	const char	*at;

	page_layout_entry_clear(e);
	if ((t = page_new(q)) == NULL)
		return 0;
	page_layout_fill(q, t, title, nav);
	e->html = tmpl_render("layout.tpl", t, (int)q->lang, &e->len);
	tmpl_free(t);
	if (e->html == NULL ||
	    (at = strstr(e->html, page_layout_marker)) == NULL ||
	    (key != NULL && (e->key = strdup(key)) == NULL)) {
		log_err("page: cannot render the layout");
		page_layout_entry_clear(e);
		return 0;
	}
	e->at = (size_t)(at - e->html);
	e->frame.head = e->html;
	e->frame.hlen = e->at;
	e->frame.tail = e->html + e->at + sizeof(page_layout_marker) - 1;
	e->frame.tlen = e->len - e->at - (sizeof(page_layout_marker) - 1);
	/* For spliced gzip answers (gzip.h). */
	e->frame.hcrc = gz_crc(e->frame.head, e->frame.hlen);
	e->frame.tcrc = gz_crc(e->frame.tail, e->frame.tlen);
	return 1;
}

/*
 * The layout for q with title and nav: what goes before the content and
 * what comes after, valid until this thread's next call.  NULL when it
 * cannot be rendered.
 */
const struct page_frame *
page_layout(struct req *q, const char *title, enum nav nav)
{
	struct page_layout_memo		*m;
	struct page_layout_entry	*e = NULL;
	char				 key[PAGE_LAYOUT_KEY];
	size_t				 i;

	if ((m = page_layout_memo()) == NULL)
		return NULL;
	if ((q->app != NULL && q->app->dev) ||
	    !page_layout_keyof(key, sizeof(key), q, title, nav)) {
		e = &m->fresh;
		if (!page_layout_render(q, title, nav, e, NULL))
			return NULL;
	} else {
		for (i = 0; i < PAGE_LAYOUT_KEEP && e == NULL; i++)
			if (m->v[i].key != NULL &&
			    strcmp(m->v[i].key, key) == 0)
				e = &m->v[i];
		if (e == NULL) {
			e = &m->v[m->next++ % PAGE_LAYOUT_KEEP];
			if (!page_layout_render(q, title, nav, e, key))
				return NULL;
		}
	}
	return &e->frame;
}
