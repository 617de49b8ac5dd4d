/*
 * tmpl.h: the C face of Google ctemplate (tmpl.cc is the project's only C++).
 *
 * Every template starts with {{%AUTOESCAPE context="HTML"}} (or "XML" for
 * SVG), so every variable is escaped for where it stands.  Variable and
 * section names must be string literals: ctemplate keeps every name it has
 * seen in a global table that is never freed.
 *
 * One dictionary per request.  Section and include dictionaries belong to
 * their parent and are freed with it.  When filling a dictionary fails
 * (memory ran out) the failure is logged and kept: tmpl_section() and
 * tmpl_include() return NULL, and tmpl_render() of that dictionary returns
 * NULL, so the caller answers 500 instead of a page with parts missing.
 */
#ifndef KOERS_TMPL_H
#define KOERS_TMPL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct tmpl;

/*
 * The catalogue: texts a template names as {{T_KEY}}.  Register every text
 * before tmpl_init(), which puts each text once per language into
 * ctemplate's global dictionary (as T_KEY__0, T_KEY__1) and compiles each
 * template once per language with its {{T_KEY}} renamed to match: a render
 * adds no catalogue text to its dictionary.  A template naming a text that
 * is not in the catalogue stops the start.
 */
#define TMPL_LANGS	2
void		 tmpl_text(const char *key, const char *text_nl, const char *text_en);

int		 tmpl_init(const char *dir, int dev);
/*
 * A value every template sees (ctemplate's global dictionary), such as the
 * URL of a static file.  Set at start, before serving: not thread-safe.
 */
void		 tmpl_set_global(const char *name, const char *val);
struct tmpl	*tmpl_new(void);
void		 tmpl_free(struct tmpl *);
void		 tmpl_set(struct tmpl *, const char *name, const char *val);
void		 tmpl_setn(struct tmpl *, const char *name, const char *val, size_t len);
void		 tmpl_set_int(struct tmpl *, const char *name, long long val);
struct tmpl	*tmpl_section(struct tmpl *, const char *name);
void		 tmpl_show(struct tmpl *, const char *name);
struct tmpl	*tmpl_include(struct tmpl *, const char *name, const char *file,
		    int lang);
char		*tmpl_render(const char *file, struct tmpl *, int lang, size_t *len);
/* Tests only: the n-th next call that fills a dictionary fails as if
 * memory had run out (0: none). */
void		 tmpl_test_fail(int n);

#ifdef __cplusplus
}
#endif

#endif
