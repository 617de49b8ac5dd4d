/*
 * page_uom.c: units of measure on the pages.  See page_uom.h.
 */
#include <string.h>

#include "db_uom.h"
#include "page_uom.h"
#include "uom.h"

/*
 * The unit with this code into *r: the stored row, else the compiled
 * table's (a database before 0008), else 0 (unknown: shown as its code).
 */
static int
page_uom_find(const struct req *q, const char *code, struct uom_rec *r)
{
	const struct uom	*u;

	if (code == NULL)
		return 0;
	if (q->db != NULL && db_uom_get(q->db, code, r) == 1)
		return 1;
	if ((u = uom_get(code)) == NULL)
		return 0;
	uom_rec_from(r, u);
	return 1;
}

void
page_uom_name(struct tmpl *t, const char *name, const struct req *q,
    const char *code)
{
	struct uom_rec	r;

	if (page_uom_find(q, code, &r))
		tmpl_set(t, name, r.name[q->lang == LANG_EN]);
	else
		tmpl_set(t, name, code != NULL ? code : "");
}

void
page_uom_after(struct tmpl *t, const char *name, const struct req *q,
    const char *code, int has, int64_t scaled, int decimals)
{
	struct uom_rec	r;

	if (!has)
		tmpl_set(t, name, "");
	else if (page_uom_find(q, code, &r))
		tmpl_set(t, name, uom_rec_after(&r, q->lang == LANG_EN,
		    uom_is_one(scaled, decimals)));
	else
		tmpl_set(t, name, code != NULL ? code : "");
}
