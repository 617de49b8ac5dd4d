/*
 * api_structure_edit.c: concern control maintains the programme structure
 * of a concept year through /api/v1 (issue 14).  A body is one JSON
 * object whose members are the fields of structure.h, as strings (numbers
 * and booleans are taken too for whole-number and yes/no fields); the
 * checks are the pages' (structure_check()).  POST and PUT carry every
 * field: a member left out is empty, as a form field left empty.
 *
 * Answers: 201 {"id": N} on create, 200 {"id": N} on update, 204 on
 * delete; 400 for a body that is no JSON object; 422 {"error", "field",
 * "errors": [{"field", "code", "message"}]} for a field that does not
 * validate or does not apply; 409 when the year is adopted or closed (a
 * begrotingswijziging) or when figures hang on what is deleted; 404, 507,
 * 500.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "auth.h"
#include "db_structure.h"
#include "handlers.h"
#include "i18n.h"
#include "structure.h"

/* A body's members as the texts of a form. */
struct api_st_in {
	json_t		*o;
	struct st_form	 f;
	char		 buf[ST_MAXF][32];
};

/* The member key of o as text into *out; 0 for a type we do not read. */
static int
api_st_text(json_t *o, const char *key, char *buf, size_t sz,
    const char **out)
{
	json_t	*v = json_object_get(o, key);

	*out = NULL;
	if (v == NULL)
		return 1;
	if (json_is_null(v))
		*out = "";
	else if (json_is_string(v))
		*out = json_string_value(v);
	else if (json_is_integer(v)) {
		snprintf(buf, sz, "%lld", (long long)json_integer_value(v));
		*out = buf;
	} else if (json_is_boolean(v))
		*out = json_is_true(v) ? "1" : "0";
	else
		return 0;
	/* A NUL inside a JSON string would cut the text short: refuse. */
	if (json_is_string(v) && strlen(*out) != json_string_length(v))
		return 0;
	return 1;
}

static void
api_st_in_clear(struct api_st_in *in)
{
	json_decref(in->o);
	in->o = NULL;
}

/* The 422 answer for errors e. */
static void
api_st_invalid(const struct req *q, struct resp *r, const struct st_errs *e)
{
	json_t	*a = json_array();
	size_t	 i;
	char	 code[64];

	for (i = 0; a != NULL && i < e->n; i++) {
		snprintf(code, sizeof(code), "%s", e->v[i].key + 2);
		for (char *c = code; *c != '\0'; c++)
			if (*c >= 'A' && *c <= 'Z')
				*c = (char)(*c - 'A' + 'a');
		json_array_append_new(a, json_pack("{s:s,s:s,s:s}",
		    "field", e->v[i].field, "code", code,
		    "message", i18n(q->lang, e->v[i].key)));
	}
	api_error(q, r, 422, "T_ST_ERR_INVALID", json_pack("{s:s,s:o}",
	    "field", e->n > 0 ? e->v[0].field : "", "errors",
	    a != NULL ? a : json_array()));
}

/*
 * Read the body into in for kind k.  Returns 1, or 0 with the answer
 * given (400 for no object, 422 for a member of the wrong type).
 */
static int
api_st_read(struct req *q, struct resp *r, enum st_kind k,
    struct api_st_in *in)
{
	const struct st_field	*f;
	struct st_errs		 e;
	size_t			 i, n;

	memset(in, 0, sizeof(*in));
	e.n = 0;
	in->o = q->body != NULL ? json_loadb(q->body, q->bodysz,
	    JSON_REJECT_DUPLICATES, NULL) : NULL;
	if (!json_is_object(in->o)) {
		api_st_in_clear(in);
		api_error(q, r, 400, "T_API_BODY_OBJECT", NULL);
		return 0;
	}
	f = structure_fields(k, &n);
	for (i = 0; f != NULL && i < n; i++)
		if (!api_st_text(in->o, f[i].name, in->buf[i],
		    sizeof(in->buf[i]), &in->f.in[i]))
			structure_err(&e, f[i].name, "T_ST_ERR_TYPE");
	if (e.n > 0) {
		api_st_invalid(q, r, &e);
		api_st_in_clear(in);
		return 0;
	}
	return 1;
}

/*
 * A whole number member: a JSON integer, or a string of digits only.
 * Returns it, or 0 for anything else.
 */
static int64_t
api_st_int(json_t *v)
{
	const char	*s;
	int64_t		 n = 0;

	if (json_is_integer(v))
		return json_integer_value(v) > 0 ? json_integer_value(v) : 0;
	if (!json_is_string(v))
		return 0;
	for (s = json_string_value(v); *s != '\0'; s++) {
		if (*s < '0' || *s > '9' || n > INT64_C(900719925474099))
			return 0;
		n = n * 10 + (*s - '0');
	}
	return n;
}

/* Answer a store result; ok: the status and body of success. */
static void
api_st_answer(struct req *q, struct resp *r, enum st_res res,
    const struct st_errs *e, int ok, int64_t id)
{
	switch (res) {
	case STR_OK:
		if (ok == 204)
			r->status = 204;
		else
			api_send(r, ok, json_pack("{s:I}", "id",
			    (json_int_t)id));
		break;
	case STR_INVALID:
		api_st_invalid(q, r, e);
		break;
	case STR_LOCKED:
		api_error(q, r, 409, "T_ST_ERR_LOCKED", NULL);
		break;
	case STR_IN_USE:
		api_error(q, r, 409, "T_ST_ERR_IN_USE", NULL);
		break;
	case STR_NOTFOUND:
		r->status = 404;
		break;
	case STR_STORAGE:
		api_error(q, r, 507, "T_ERR_STORAGE", NULL);
		break;
	default:
		r->status = 500;
		break;
	}
}

/* Create (id 0) or update one entity from the body. */
static void
api_st_save(struct req *q, struct resp *r, enum st_kind k, int64_t id,
    int64_t parent, int parent_perf)
{
	struct api_st_in	 in;
	struct st_rec		 rec;
	struct st_errs		 e;
	struct db_who		 who;
	enum st_res		 res;
	int64_t			 new_id = 0;

	if (!api_st_read(q, r, k, &in))
		return;
	if (!structure_check(k, &in.f, &rec, &e)) {
		api_st_invalid(q, r, &e);
		goto out;
	}
	auth_who(q, &who);
	res = db_structure_save(q->db, &who, k, id, parent, parent_perf, &rec,
	    &new_id, &e);
	api_st_answer(q, r, res, &e, id == 0 ? 201 : 200, new_id);
out:
	api_st_in_clear(&in);
}

static void
api_st_delete(struct req *q, struct resp *r, enum st_kind k)
{
	struct db_who	who;
	struct st_errs	e;

	e.n = 0;
	auth_who(q, &who);
	api_st_answer(q, r, db_structure_delete(q->db, &who, k, q->id[0]), &e,
	    204, q->id[0]);
}

/*
 * POST /api/v1/programmes: {"year", "number", "name", "portfolio_holder",
 * "directie_id", "w1", "w2", "w3"}.  Raises 400, 409, 422, 500, 507.
 */
void
api_st_programme_create(struct req *q, struct resp *r)
{
	json_t		*o;
	json_t		*y;
	struct st_errs	 e;
	int64_t		 year = 0;

	e.n = 0;
	o = q->body != NULL ? json_loadb(q->body, q->bodysz,
	    JSON_REJECT_DUPLICATES, NULL) : NULL;
	y = json_object_get(o, "year");
	year = api_st_int(y);
	if (!json_is_object(o)) {
		json_decref(o);
		api_error(q, r, 400, "T_API_BODY_OBJECT", NULL);
		return;
	}
	json_decref(o);
	if (year < 2000 || year > 2100) {
		structure_err(&e, "year", "T_ST_ERR_YEAR");
		api_st_invalid(q, r, &e);
		return;
	}
	api_st_save(q, r, ST_PROGRAMME, 0, year, 0);
	/* A year that does not exist is the body's fault. */
	if (r->status == 404) {
		r->status = 0;
		structure_err(&e, "year", "T_ST_ERR_YEAR");
		api_st_invalid(q, r, &e);
	}
}

/* PUT /api/v1/programmes/{id}.  Raises 400, 404, 409, 422, 500, 507. */
void
api_st_programme_update(struct req *q, struct resp *r)
{
	api_st_save(q, r, ST_PROGRAMME, q->id[0], 0, 0);
}

/* DELETE /api/v1/programmes/{id}.  Raises 404, 409, 500, 507. */
void
api_st_programme_delete(struct req *q, struct resp *r)
{
	api_st_delete(q, r, ST_PROGRAMME);
}

/* POST /api/v1/programmes/{id}/effects.  Raises 400, 404, 409, 422, 500. */
void
api_st_effect_create(struct req *q, struct resp *r)
{
	api_st_save(q, r, ST_EFFECT, 0, q->id[0], 0);
}

/* PUT /api/v1/effects/{id}.  Raises 400, 404, 409, 422, 500, 507. */
void
api_st_effect_update(struct req *q, struct resp *r)
{
	api_st_save(q, r, ST_EFFECT, q->id[0], 0, 0);
}

/* DELETE /api/v1/effects/{id}.  Raises 404, 409, 500, 507. */
void
api_st_effect_delete(struct req *q, struct resp *r)
{
	api_st_delete(q, r, ST_EFFECT);
}

/* POST /api/v1/effects/{id}/performances.  Raises 400, 404, 409, 422, 500. */
void
api_st_performance_create(struct req *q, struct resp *r)
{
	api_st_save(q, r, ST_PERFORMANCE, 0, q->id[0], 0);
}

/* PUT /api/v1/performances/{id}.  Raises 400, 404, 409, 422, 500, 507. */
void
api_st_performance_update(struct req *q, struct resp *r)
{
	api_st_save(q, r, ST_PERFORMANCE, q->id[0], 0, 0);
}

/* DELETE /api/v1/performances/{id}.  Raises 404, 409, 500, 507. */
void
api_st_performance_delete(struct req *q, struct resp *r)
{
	api_st_delete(q, r, ST_PERFORMANCE);
}

/*
 * POST /api/v1/effects/{id}/indicators (an effect indicator) and
 * /api/v1/performances/{id}/indicators.  Raises 400, 404, 409, 422, 500.
 */
void
api_st_effect_indicator_create(struct req *q, struct resp *r)
{
	api_st_save(q, r, ST_INDICATOR, 0, q->id[0], 0);
}

void
api_st_performance_indicator_create(struct req *q, struct resp *r)
{
	api_st_save(q, r, ST_INDICATOR, 0, q->id[0], 1);
}

/* PUT /api/v1/indicators/{id}.  Raises 400, 404, 409, 422, 500, 507. */
void
api_st_indicator_update(struct req *q, struct resp *r)
{
	api_st_save(q, r, ST_INDICATOR, q->id[0], 0, 0);
}

/* DELETE /api/v1/indicators/{id}.  Raises 404, 409, 500, 507. */
void
api_st_indicator_delete(struct req *q, struct resp *r)
{
	api_st_delete(q, r, ST_INDICATOR);
}

/*
 * POST /api/v1/indicators/{id}/units: {"org_unit_id": N}, a reporting
 * unit more.  Raises 400, 404, 409, 422, 500, 507.
 */
void
api_st_unit_add(struct req *q, struct resp *r)
{
	struct db_who	 who;
	struct st_errs	 e;
	json_t		*o, *u;
	int64_t		 unit = 0;

	e.n = 0;
	o = q->body != NULL ? json_loadb(q->body, q->bodysz,
	    JSON_REJECT_DUPLICATES, NULL) : NULL;
	if (!json_is_object(o)) {
		json_decref(o);
		api_error(q, r, 400, "T_API_BODY_OBJECT", NULL);
		return;
	}
	u = json_object_get(o, "org_unit_id");
	unit = api_st_int(u);
	json_decref(o);
	if (unit <= 0) {
		structure_err(&e, "org_unit_id", "T_ST_ERR_UNIT");
		api_st_invalid(q, r, &e);
		return;
	}
	auth_who(q, &who);
	api_st_answer(q, r, db_structure_unit_add(q->db, &who, q->id[0], unit,
	    &e), &e, 201, unit);
}

/*
 * DELETE /api/v1/indicators/{indicator}/units/{id}: the unit no longer
 * reports it (with its targets).  Raises 404, 409, 500, 507.
 */
void
api_st_unit_remove(struct req *q, struct resp *r)
{
	struct db_who	who;
	struct st_errs	e;

	e.n = 0;
	auth_who(q, &who);
	api_st_answer(q, r, db_structure_unit_remove(q->db, &who, q->id[0],
	    q->id[1]), &e, 204, 0);
}

/*
 * PUT /api/v1/indicators/{indicator}/targets/{id}: the targets of one
 * reporting unit, {"year": "1.234,5", "q1": ..., "q4": ...}: a member
 * absent keeps its target, null or "" removes it; a number has at most
 * the indicator's decimals; a yearly indicator takes year and q4 only.
 * Raises 400, 404, 409, 422, 500, 507.
 */
void
api_st_targets(struct req *q, struct resp *r)
{
	struct st_more	 m;
	struct st_cell	 cells[1][5];
	struct st_errs	 e;
	struct db_who	 who;
	enum st_res	 res;
	json_t		*o;
	const char	*t, *key;
	char		 buf[32];
	int		 k, found;

	e.n = 0;
	memset(cells, 0, sizeof(cells));
	if ((found = db_structure_more(q->db, ST_INDICATOR, q->id[0],
	    &m)) != 1) {
		r->status = found == 0 ? 404 : 500;
		return;
	}
	o = q->body != NULL ? json_loadb(q->body, q->bodysz,
	    JSON_REJECT_DUPLICATES, NULL) : NULL;
	if (!json_is_object(o)) {
		json_decref(o);
		db_structure_more_clear(&m);
		api_error(q, r, 400, "T_API_BODY_OBJECT", NULL);
		return;
	}
	for (k = 0; k <= 4; k++) {
		/* A JSON number is refused: send the decimal as text. */
		if (json_is_number(json_object_get(o,
		    structure_quarter_name(k)))) {
			structure_err(&e, structure_quarter_name(k),
			    "T_ST_ERR_TYPE");
			continue;
		}
		if (!api_st_text(o, structure_quarter_name(k), buf,
		    sizeof(buf), &t)) {
			structure_err(&e, structure_quarter_name(k),
			    "T_ST_ERR_TYPE");
			continue;
		}
		if (t == NULL)
			continue;
		cells[0][k].given = 1;
		if (!structure_target_parse(t, m.decimals, k, m.yearly,
		    &cells[0][k].value, &cells[0][k].present, &key))
			structure_err(&e, structure_quarter_name(k), key);
	}
	json_decref(o);
	db_structure_more_clear(&m);
	if (e.n > 0) {
		api_st_invalid(q, r, &e);
		return;
	}
	auth_who(q, &who);
	res = db_structure_targets(q->db, &who, q->id[0], &q->id[1], cells, 1);
	if (res == STR_INVALID) {
		structure_err(&e, "org_unit_id", "T_ST_ERR_NOT_REPORTING");
		api_st_invalid(q, r, &e);
	} else if (res == STR_OK)
		api_send(r, 200, json_pack("{s:I,s:I}", "indicator",
		    (json_int_t)q->id[0], "org_unit",
		    (json_int_t)q->id[1]));
	else
		api_st_answer(q, r, res, &e, 200, 0);
}

/*
 * POST /api/v1/years/{id}/renumber: the programmes of the year numbered
 * 1..n in their present order.  204.  Raises 404, 409, 500, 507.
 */
void
api_st_year_renumber(struct req *q, struct resp *r)
{
	struct db_who	who;
	struct st_errs	e;

	e.n = 0;
	if (q->id[0] < 2000 || q->id[0] > 2100) {
		r->status = 404;
		return;
	}
	auth_who(q, &who);
	api_st_answer(q, r, db_structure_renumber(q->db, &who, ST_PROGRAMME,
	    q->id[0]), &e, 204, 0);
}

/*
 * POST /api/v1/programmes/{id}/renumber: its effects, and the
 * performances of each, numbered 1..n.  204.  Raises 404, 409, 500, 507.
 */
void
api_st_programme_renumber(struct req *q, struct resp *r)
{
	struct db_who	who;
	struct st_errs	e;

	e.n = 0;
	auth_who(q, &who);
	api_st_answer(q, r, db_structure_renumber(q->db, &who, ST_EFFECT,
	    q->id[0]), &e, 204, 0);
}
