/*
 * page_admin_uom.c: the units of measure (eenheden) as the administrator
 * keeps them: the list with every label, a form to add one and a form per
 * unit to rename its labels (Dutch and English, singular and plural).
 * Validation and audit are uom_admin's, shared with the API; who may come
 * here is the route table's R_UOM_EDIT.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "db_uom.h"
#include "handlers.h"
#include "i18n.h"
#include "page.h"
#include "tmpl.h"
#include "uom.h"
#include "uom_admin.h"

/* The record the form sent: every field, "" when absent or too long. */
static void
page_admin_uom_form(const struct req *q, struct uom_rec *r, int *fits)
{
	size_t	f;

	memset(r, 0, sizeof(*r));
	*fits = 1;
	for (f = 0; f < UOM_F__MAX; f++)
		if (!uom_rec_set(r, (enum uom_field)f,
		    req_form(q, uom_field_names[f])))
			*fits = 0;
}

/* The fields of r into section s, by their upper-case names. */
static void
page_admin_uom_fields(struct tmpl *s, const struct uom_rec *r)
{
	static const char *const up[UOM_F__MAX] = {
		"CODE", "SYMBOL", "NAME_NL", "NAME_EN", "ONE_NL", "MANY_NL",
		"ONE_EN", "MANY_EN"
	};
	size_t	f;

	for (f = 0; f < UOM_F__MAX; f++)
		tmpl_set(s, up[f], uom_rec_get(r, (enum uom_field)f));
}

/*
 * The page: every unit with its rename form, and the add form; err_key a
 * message at the form of `code` (or at the add form when adding), the
 * typed values kept.  Raises 500.
 */
static void
page_admin_uom_render(struct req *q, struct resp *r, int status,
    const char *err_key, const struct uom_rec *typed, int adding)
{
	struct uom_rec	*v;
	struct tmpl	*t, *s, *e;
	size_t		 n, i;
	char		 ex[64];

	if ((v = db_uom_list(q->db, &n)) == NULL || (t = page_new(q)) == NULL) {
		free(v);
		r->status = 500;
		return;
	}
	for (i = 0; i < n; i++) {
		if ((s = tmpl_section(t, "UOM")) == NULL)
			break;
		/* A failed rename shows what was typed, at its own form. */
		if (!adding && typed != NULL &&
		    strcmp(typed->code, v[i].code) == 0) {
			page_admin_uom_fields(s, typed);
			if (err_key != NULL &&
			    (e = tmpl_section(s, "ROW_ERROR")) != NULL)
				tmpl_set(e, "MESSAGE", i18n(q->lang, err_key));
		} else
			page_admin_uom_fields(s, &v[i]);
		tmpl_set_int(s, "N", (long long)i);
		/* How it reads after a number, in both forms. */
		snprintf(ex, sizeof(ex), "1 %s", uom_rec_after(&v[i],
		    q->lang == LANG_EN, 1));
		tmpl_set(s, "EXAMPLE_ONE", ex);
		snprintf(ex, sizeof(ex), "%s %s", q->lang == LANG_EN ? "2.5" :
		    "2,5", uom_rec_after(&v[i], q->lang == LANG_EN, 0));
		tmpl_set(s, "EXAMPLE_MANY", ex);
	}
	free(v);
	if ((s = tmpl_section(t, "NEW")) != NULL) {
		if (adding && typed != NULL)
			page_admin_uom_fields(s, typed);
		if (adding && err_key != NULL &&
		    (e = tmpl_section(s, "FORM_ERROR")) != NULL)
			tmpl_set(e, "MESSAGE", i18n(q->lang, err_key));
	}
	if (err_key == NULL && req_query(q, "done") != NULL &&
	    (s = tmpl_section(t, "NOTICE")) != NULL)
		tmpl_set(s, "MESSAGE", i18n(q->lang, "T_UOM_DONE"));
	page_render(q, r, t, "admin_uom.tpl", i18n(q->lang, "T_UOM_TITLE"),
	    NAV_ADMIN);
	if (r->status < 500)
		r->status = status;
}

/* GET /admin/units-of-measure: the list and the forms.  Raises 500. */
void
page_admin_uoms(struct req *q, struct resp *r)
{
	page_admin_uom_render(q, r, 200, NULL, NULL, 0);
}

/*
 * The end of both POSTs: 303 back to the list on success, else the page
 * again with the message (422 invalid, 409 taken, 404 unknown unit).
 */
static void
page_admin_uom_done(struct req *q, struct resp *r, enum uom_admin_res res,
    enum uom_err err, const struct uom_rec *typed, int adding)
{
	switch (res) {
	case UOM_ADMIN_OK:
		resp_redirect(r, 303, "/admin/units-of-measure?done=1");
		return;
	case UOM_ADMIN_INVALID:
		page_admin_uom_render(q, r, 422, uom_err_key(err), typed,
		    adding);
		return;
	case UOM_ADMIN_EXISTS:
		page_admin_uom_render(q, r, 409, "T_UOM_ERR_EXISTS", typed, 1);
		return;
	case UOM_ADMIN_NOT_FOUND:
		page_admin_uom_render(q, r, 404, "T_UOM_ERR_UNKNOWN", NULL, 0);
		return;
	default:
		r->status = 500;
		return;
	}
}

/*
 * POST /admin/units-of-measure: code, symbol, name_nl, name_en, one_nl,
 * many_nl, one_en, many_en.  303 to the list; 422 or 409 with the message
 * at the form.  Raises 500.
 */
void
page_admin_uom_create(struct req *q, struct resp *r)
{
	struct uom_rec		rec;
	struct db_who		who;
	enum uom_err		err = UOM_OK;
	enum uom_field		at;
	enum uom_admin_res	res;
	int			fits;

	page_admin_uom_form(q, &rec, &fits);
	auth_who(q, &who);
	if (!fits) {
		page_admin_uom_done(q, r, UOM_ADMIN_INVALID,
		    UOM_BAD_LABEL, &rec, 1);
		return;
	}
	res = uom_admin_add(q->db, &who, &rec, &err, &at);
	page_admin_uom_done(q, r, res, err, &rec, 1);
}

/*
 * POST /admin/units-of-measure/rename: code (which unit) and its new
 * labels.  303 to the list; 422 with the message at that unit's form, 404
 * for an unknown code.  Raises 500.
 */
void
page_admin_uom_rename(struct req *q, struct resp *r)
{
	struct uom_rec		rec;
	struct db_who		who;
	enum uom_err		err = UOM_OK;
	enum uom_field		at;
	enum uom_admin_res	res;
	int			fits;

	page_admin_uom_form(q, &rec, &fits);
	auth_who(q, &who);
	if (!fits) {
		page_admin_uom_done(q, r, UOM_ADMIN_INVALID,
		    UOM_BAD_LABEL, &rec, 0);
		return;
	}
	res = uom_admin_rename(q->db, &who, &rec, &err, &at);
	page_admin_uom_done(q, r, res, err, &rec, 0);
}
