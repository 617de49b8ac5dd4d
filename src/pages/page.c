/*
 * page.c: the layout around every page, and the error page.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gzip.h"
#include "http.h"
#include "i18n.h"
#include "log.h"
#include "num.h"
#include "page.h"
#include "tmpl.h"
#include "when.h"
#include "user.h"

static void	page_fail(struct resp *);
static void	page_wrap(struct req *, struct resp *, const char *, size_t,
		    const char *, enum nav);

/* A new dictionary for a page's content.  NULL when memory runs out. */
struct tmpl *
page_new(const struct req *q)
{
	struct tmpl *t;

	if ((t = tmpl_new()) == NULL)
		return NULL;
	/* Catalogue texts are added by each render, for its template only. */
	tmpl_set(t, "LANG", i18n_code(q->lang));
	tmpl_set(t, "OTHER_LANG", q->lang == LANG_EN ? "nl" : "en");
	tmpl_set(t, "PATH", q->path);
	/* Every form that changes state carries this in a hidden "csrf" field. */
	tmpl_set(t, "CSRF", q->csrf != NULL ? q->csrf : "");
	return t;
}

/*
 * Render content_tpl inside layout.tpl into r, and free t.
 *
 * ctemplate's include dictionaries do not see their parent's values, so the
 * content is expanded on its own (t also holds the layout's values, which
 * the content may use) and put where the layout (page_layout.c) has its
 * marker.  The layout is split at the marker before any data goes in, so
 * data can never place content anywhere else.
 * Raises 500 when a template cannot be expanded.
 */
void
page_render(struct req *q, struct resp *r, struct tmpl *t,
    const char *content_tpl, const char *title, enum nav nav)
{
	char	*content = NULL;
	size_t	 clen;

	if (t == NULL) {
		r->status = 500;
		return;
	}
	page_layout_fill(q, t, title, nav);
	content = tmpl_render(content_tpl, t, (int)q->lang, &clen);
	tmpl_free(t);
	if (content == NULL) {
		log_err("page: cannot render %s", content_tpl);
		page_fail(r);
		return;
	}
	page_wrap(q, r, content, clen, title, nav);
	free(content);
}

/*
 * What the layout shows of the user: their name, the account link and the
 * logout form (section USER, which sees CSRF from the page), and one section
 * per role held (ROLE_ADMINISTRATOR, ROLE_MANAGER, ...) so that the
 * navigation shows each role its own pages.  ANONYMOUS when nobody is
 * logged in.
 */
static void
page_user(const struct req *q, struct tmpl *t)
{
	struct tmpl	*s;
	unsigned	 i;

	if (q->user == NULL) {
		tmpl_show(t, "ANONYMOUS");
		return;
	}
	if ((s = tmpl_section(t, "USER")) == NULL)
		return;
	tmpl_set(s, "USER_NAME", q->user->display_name[0] != '\0' ?
	    q->user->display_name : q->user->username);
	tmpl_set(s, "CSRF", q->csrf != NULL ? q->csrf : "");
	for (i = 0; i < ROLE_COUNT; i++)
		if (q->user->roles & role_at(i))
			tmpl_show(t, role_section(role_at(i)));
}

/*
 * Put values the layout needs (title, navigation, user) into t.  The
 * content template may use them too.
 */
void
page_layout_fill(struct req *q, struct tmpl *t, const char *title,
    enum nav nav)
{
	static const char *const navnames[NAV__MAX] = {
		"NAV_NONE", "NAV_HOME", "NAV_PROGRAMMES", "NAV_ORG",
		"NAV_WORK", "NAV_DASHBOARD", "NAV_REPORTS", "NAV_ADMIN",
		"NAV_BUDGET"
	};

	tmpl_set(t, "TITLE", title);
	tmpl_show(t, navnames[nav]);
	page_user(q, t);
}

static void
page_fail(struct resp *r)
{
	resp_free(r);
	r->status = 500;
	resp_static(r, "text/plain; charset=utf-8",
	    "Internal error / Interne fout\n");
}

/*
 * Send content (already rendered, e.g. from the page cache; not freed)
 * inside the layout, into r.  Raises 500.
 */
void
page_render_content(struct req *q, struct resp *r, const char *content,
    size_t clen, const char *title, enum nav nav)
{
	page_wrap(q, r, content, clen, title, nav);
}

/* The layout (page_layout.c) around content, into r.  Raises 500. */
static void
page_wrap(struct req *q, struct resp *r, const char *content, size_t clen,
    const char *title, enum nav nav)
{
	const struct page_frame	*f;
	char			*html;

	if ((f = page_layout(q, title, nav)) == NULL ||
	    (html = malloc(f->hlen + clen + f->tlen + 1)) == NULL) {
		page_fail(r);
		return;
	}
	memcpy(html, f->head, f->hlen);
	memcpy(html + f->hlen, content, clen);
	memcpy(html + f->hlen + clen, f->tail, f->tlen);
	html[f->hlen + clen + f->tlen] = '\0';
	resp_set_body(r, "text/html; charset=utf-8", html,
	    f->hlen + clen + f->tlen);
}

/*
 * As page_render_content(), for content deflated once for everybody (the
 * page cache's): the answer is gzip, spliced around it (gzip.h).  The
 * caller has checked that the client accepts gzip.  Raises 500.
 */
void
page_render_gz(struct req *q, struct resp *r, const struct gz_part *content,
    const char *title, enum nav nav)
{
	const struct page_frame	*f;
	unsigned char		*gz;
	size_t			 len;

	if ((f = page_layout(q, title, nav)) == NULL ||
	    (gz = gz_splice(f->head, f->hlen, f->hcrc, content, f->tail,
	    f->tlen, f->tcrc, &len)) == NULL) {
		page_fail(r);
		return;
	}
	resp_set_body(r, "text/html; charset=utf-8", (char *)gz, len);
	resp_header(r, "Content-Encoding", "gzip");
}

/* The error page: status and a fixed message from the catalogue. */
void
page_error(struct req *q, struct resp *r, int status, const char *msg)
{
	struct tmpl	*t;
	char		 code[8];

	if ((t = page_new(q)) == NULL) {
		r->status = status;
		resp_static(r, "text/plain; charset=utf-8", "Error\n");
		return;
	}
	snprintf(code, sizeof(code), "%d", status);
	tmpl_set(t, "STATUS", code);
	tmpl_set(t, "MESSAGE", msg);
	page_render(q, r, t, "error.tpl", i18n(q->lang, "T_ERROR"), NAV_NONE);
	r->status = status;
}

void
page_set_money(struct tmpl *t, const char *name, const struct req *q,
    int64_t cents)
{
	char buf[64];

	num_format_money(buf, sizeof(buf), cents, 0, q->lang == LANG_EN);
	tmpl_set(t, name, buf);
}

void
page_set_num(struct tmpl *t, const char *name, const struct req *q,
    int64_t scaled, int decimals)
{
	char buf[64];

	num_format(buf, sizeof(buf), scaled, decimals, q->lang == LANG_EN);
	tmpl_set(t, name, buf);
}

/* A stored UTC moment as local time in the reader's language (when.h). */
void
page_set_when(struct tmpl *t, const char *name, const struct req *q,
    const char *iso)
{
	char buf[64];

	(void)when_format(buf, sizeof(buf), iso, q->lang == LANG_EN);
	tmpl_set(t, name, buf);
}

/*
 * How status s shows (status_look(), the one place that decides it):
 * STATUS (the API key, for data attributes), STATUS_CLASS, STATUS_ICON and
 * STATUS_WORD.  Templates write it as
 * <span class="status {{STATUS_CLASS}}"><span aria-hidden="true">
 * {{STATUS_ICON}}</span> {{STATUS_WORD}}</span>.
 */
void
page_status(struct tmpl *t, const struct req *q, enum status s)
{
	const struct status_look *l = status_look(s);

	tmpl_set(t, "STATUS", status_name((unsigned)s < STATUS__MAX ? s :
	    STATUS_NO_DATA));
	tmpl_set(t, "STATUS_CLASS", l->css);
	tmpl_set(t, "STATUS_ICON", l->icon);
	tmpl_set(t, "STATUS_WORD", i18n(q->lang, l->key));
}

/*
 * One section per status, in the order the count columns show them (on
 * track, at risk, off track, no data), each filled by page_status(): the
 * legend of a table of counts, and what the entry form's script copies
 * when it judges a figure while it is typed.
 */
void
page_status_looks(struct tmpl *t, const char *section, const struct req *q)
{
	static const enum status order[] = { STATUS_ON_TRACK, STATUS_AT_RISK,
	    STATUS_OFF_TRACK, STATUS_NO_DATA };
	struct tmpl	*s;
	size_t		 i;

	for (i = 0; i < sizeof(order) / sizeof(order[0]); i++)
		if ((s = tmpl_section(t, section)) != NULL)
			page_status(s, q, order[i]);
}
