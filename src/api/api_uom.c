/*
 * api_uom.c: the units of measure over the API: list them (every role),
 * add one and rename one's labels (R_UOM_EDIT in the route table).  The
 * validation and the audit entry are uom_admin's, the same as the page's.
 */
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "api_body.h"
#include "auth.h"
#include "db_uom.h"
#include "handlers.h"
#include "uom.h"
#include "uom_admin.h"

static json_t *
api_uom_json(const struct uom_rec *r)
{
	json_t	*o;
	size_t	 f;

	if ((o = json_object()) == NULL)
		return NULL;
	for (f = 0; f < UOM_F__MAX; f++)
		if (json_object_set_new(o, uom_field_names[f],
		    json_string(uom_rec_get(r, (enum uom_field)f))) != 0) {
			json_decref(o);
			return NULL;
		}
	return o;
}

/* GET /api/v1/units-of-measure: every unit.  Raises 500. */
void
api_uoms(struct req *q, struct resp *r)
{
	struct uom_rec	*v;
	json_t		*a;
	size_t		 n, i;

	if ((v = db_uom_list(q->db, &n)) == NULL ||
	    (a = json_array()) == NULL) {
		free(v);
		r->status = 500;
		return;
	}
	for (i = 0; i < n; i++)
		if (json_array_append_new(a, api_uom_json(&v[i])) != 0) {
			free(v);
			json_decref(a);
			r->status = 500;
			return;
		}
	free(v);
	api_send(r, 200, json_pack("{s:o}", "units_of_measure", a));
}

/* The 422 of a refused unit, naming the member at fault. */
static void
api_uom_invalid(const struct req *q, struct resp *r, enum uom_err e,
    enum uom_field at)
{
	api_error(q, r, 422, uom_err_key(e), json_pack("{s:s}", "field",
	    uom_field_names[at]));
}

/*
 * The body, read: 1, or 0 with the answer given (400 not an object or a
 * member of the wrong type, 422 a member that is not a field or too long).
 */
static int
api_uom_body(const struct req *q, struct resp *r, struct api_uom_body *b)
{
	struct api_body_err	err;
	size_t			f;

	if (!api_body_uom(q->body, q->bodysz, b, &err)) {
		if (err.key == NULL)
			r->status = 500;
		else
			api_error(q, r, strcmp(err.key,
			    "T_API_BODY_UNKNOWN") == 0 ? 422 : 400, err.key,
			    json_pack("{s:s}", "field", err.field));
		return 0;
	}
	for (f = 0; f < UOM_F__MAX; f++)
		if (b->too_long & (1u << f)) {
			api_uom_invalid(q, r, f == UOM_F_CODE ? UOM_BAD_CODE :
			    f == UOM_F_SYMBOL ? UOM_BAD_SYMBOL :
			    f <= UOM_F_NAME_EN ? UOM_BAD_NAME : UOM_BAD_LABEL,
			    (enum uom_field)f);
			return 0;
		}
	return 1;
}

/* Answer the outcome of an add or a rename with the unit as stored. */
static void
api_uom_done(struct req *q, struct resp *r, enum uom_admin_res res,
    enum uom_err e, enum uom_field at, const char *code, int created)
{
	struct uom_rec	now;

	switch (res) {
	case UOM_ADMIN_OK:
		break;
	case UOM_ADMIN_INVALID:
		api_uom_invalid(q, r, e, at);
		return;
	case UOM_ADMIN_EXISTS:
		api_error(q, r, 409, "T_UOM_ERR_EXISTS", json_pack("{s:s}",
		    "field", "code"));
		return;
	case UOM_ADMIN_NOT_FOUND:
		api_error(q, r, 404, "T_UOM_ERR_UNKNOWN", NULL);
		return;
	default:
		r->status = 500;
		return;
	}
	if (db_uom_get(q->db, code, &now) != 1) {
		r->status = 500;
		return;
	}
	api_send(r, created ? 201 : 200, json_pack("{s:o}", "unit_of_measure",
	    api_uom_json(&now)));
}

/*
 * POST /api/v1/units-of-measure: {"code", "name_nl", "name_en", "symbol",
 * "one_nl", "many_nl", "one_en", "many_en"}; absent is "".  201 with the
 * unit; 409 when the code exists; 422 naming the member at fault.
 * Raises 400, 409, 422, 500.
 */
void
api_uom_create(struct req *q, struct resp *r)
{
	struct api_uom_body	b;
	struct db_who		who;
	enum uom_err		e = UOM_OK;
	enum uom_field		at = UOM_F_CODE;
	enum uom_admin_res	res;

	if (!api_uom_body(q, r, &b))
		return;
	auth_who(q, &who);
	res = uom_admin_add(q->db, &who, &b.rec, &e, &at);
	api_uom_done(q, r, res, e, at, b.rec.code, 1);
}

/*
 * PUT /api/v1/units-of-measure: {"code": which unit, and the labels to
 * change}; absent members keep their stored label, null empties one.
 * 200 with the unit; 404 for an unknown code; 422 naming the member at
 * fault.  Raises 400, 404, 422, 500.
 */
void
api_uom_rename(struct req *q, struct resp *r)
{
	struct api_uom_body	b;
	struct uom_rec		rec;
	struct db_who		who;
	enum uom_err		e = UOM_OK;
	enum uom_field		at = UOM_F_CODE;
	enum uom_admin_res	res;
	size_t			f;

	if (!api_uom_body(q, r, &b))
		return;
	switch (db_uom_get(q->db, b.rec.code, &rec)) {
	case 1:
		break;
	case 0:
		api_error(q, r, 404, "T_UOM_ERR_UNKNOWN", NULL);
		return;
	default:
		r->status = 500;
		return;
	}
	for (f = UOM_F_SYMBOL; f < UOM_F__MAX; f++)
		if (b.given & (1u << f))
			(void)uom_rec_set(&rec, (enum uom_field)f,
			    uom_rec_get(&b.rec, (enum uom_field)f));
	auth_who(q, &who);
	res = uom_admin_rename(q->db, &who, &rec, &e, &at);
	api_uom_done(q, r, res, e, at, rec.code, 0);
}
