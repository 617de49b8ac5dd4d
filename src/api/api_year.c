/*
 * api_year.c: the budget year's life cycle and the org tree's changes
 * under /api/v1, with the rules and writes of the pages (year.h,
 * orgtree.h, db_year.h, db_orgtree.h).  Bodies are JSON objects; a refused
 * change answers 422 with {"error": {"code", "message"}}.
 */
#include <string.h>

#include "api.h"
#include "auth.h"
#include "db_orgtree.h"
#include "db_period.h"
#include "db_year.h"
#include "handlers.h"
#include "orgtree.h"
#include "year.h"

/* The request body as a JSON object, or NULL (400 sent). */
static json_t *
api_year_body(const struct req *q, struct resp *r)
{
	json_t *o;

	if (q->body == NULL || q->bodysz == 0 ||
	    (o = json_loadb(q->body, q->bodysz, JSON_REJECT_DUPLICATES,
	    NULL)) == NULL) {
		api_error(q, r, 400, "T_YEAR_API_BODY", NULL);
		return NULL;
	}
	if (!json_is_object(o)) {
		json_decref(o);
		api_error(q, r, 400, "T_YEAR_API_BODY", NULL);
		return NULL;
	}
	return o;
}

/* A year's JSON, as GET /api/v1/years lists it (plus raadsbesluit). */
static void
api_year_send(const struct req *q, struct resp *r, int status, int year)
{
	struct db_year_info y;

	if (db_year_get(q->db, year, &y) != YEAR_OK) {
		r->status = 500;
		return;
	}
	api_send(r, status, json_pack("{s:i,s:s,s:o}", "year", year, "state",
	    year_state_name(y.state), "raadsbesluit", y.adopted_on[0] ?
	    json_string(y.adopted_on) : json_null()));
}

/* 422 (or 404, 500) for a refused year step. */
static void
api_year_refused(const struct req *q, struct resp *r, enum year_res res)
{
	if (res == YEAR_ERROR)
		r->status = 500;
	else
		api_error(q, r, res == YEAR_NOT_FOUND ? 404 : 422,
		    year_res_key(res), NULL);
}

/*
 * POST /api/v1/years {"year": 2015}: a new concept year with its four
 * quarters.  201 with the year.  Raises 400, 422, 500.
 */
void
api_year_create(struct req *q, struct resp *r)
{
	struct db_who	 who;
	json_t		*o, *y;
	enum year_res	 res;
	json_int_t	 year = 0;

	if ((o = api_year_body(q, r)) == NULL)
		return;
	y = json_object_get(o, "year");
	if (json_is_integer(y))
		year = json_integer_value(y);
	json_decref(o);
	auth_who(q, &who);
	res = year < 2000 || year > 2100 ? YEAR_BAD_YEAR :
	    db_year_create(q->db, (int)year, &who);
	if (res != YEAR_OK) {
		api_year_refused(q, r, res);
		return;
	}
	api_year_send(q, r, 201, (int)year);
}

/*
 * POST /api/v1/years/{year}/state {"state": "adopted", "raadsbesluit":
 * "2014-11-06"} or {"state": "closed"}.  200 with the year.  Raises 400,
 * 404, 422, 500.
 */
void
api_year_state(struct req *q, struct resp *r)
{
	struct db_who	 who;
	json_t		*o;
	enum year_res	 res;
	enum year_state	 st;
	const char	*date;
	int		 year;

	if (q->id[0] < 2000 || q->id[0] > 2100) {
		r->status = 404;
		return;
	}
	year = (int)q->id[0];
	if ((o = api_year_body(q, r)) == NULL)
		return;
	st = year_state_of(json_string_value(json_object_get(o, "state")));
	date = json_string_value(json_object_get(o, "raadsbesluit"));
	auth_who(q, &who);
	if (st != YEAR_ADOPTED && st != YEAR_CLOSED)
		res = YEAR_BAD_STEP;
	else
		res = db_year_set_state(q->db, year, st, date, &who);
	json_decref(o);
	if (res != YEAR_OK) {
		api_year_refused(q, r, res);
		return;
	}
	api_year_send(q, r, 200, year);
}

/*
 * PUT /api/v1/periods/{period}/deadlines {"deadline": "2015-04-15",
 * "review_deadline": "2015-04-25"}.  200 with the period.  Raises 400,
 * 404, 422, 500.
 */
void
api_period_deadlines(struct req *q, struct resp *r)
{
	struct period	 p;
	struct db_who	 who;
	json_t		*o;
	enum year_res	 res;

	if (!db_period_get_by_name(q->db, q->period.name, &p)) {
		r->status = 404;
		return;
	}
	if ((o = api_year_body(q, r)) == NULL)
		return;
	auth_who(q, &who);
	res = db_year_period_deadlines(q->db, p.id,
	    json_string_value(json_object_get(o, "deadline")),
	    json_string_value(json_object_get(o, "review_deadline")), &who);
	json_decref(o);
	if (res != YEAR_OK) {
		api_year_refused(q, r, res);
		return;
	}
	if (!db_period_get_by_name(q->db, q->period.name, &p)) {
		r->status = 500;
		return;
	}
	api_send(r, 200, json_pack("{s:I,s:s,s:i,s:i,s:s,s:s,s:s}",
	    "id", (json_int_t)p.id, "name", p.name, "year", p.year,
	    "quarter", p.quarter, "state", db_period_state_name(p.state),
	    "deadline", p.deadline, "review_deadline", p.review_deadline));
}

static int64_t
api_year_id(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);

	return json_is_integer(v) && json_integer_value(v) > 0 ?
	    (int64_t)json_integer_value(v) : 0;
}

/* Apply req; 201/200 with {"id": the unit that carries on}. */
static void
api_year_org(struct req *q, struct resp *r, json_t *o,
    struct db_orgtree_req *req)
{
	struct db_who		 who;
	enum orgtree_res	 res;
	json_t			*y = json_object_get(o, "year");
	int64_t			 nid;

	req->year = json_is_integer(y) && json_integer_value(y) >= 2000 &&
	    json_integer_value(y) <= 2100 ? (int)json_integer_value(y) : 0;
	req->parent_id = api_year_id(o, "parent");
	req->other_id = api_year_id(o, "other");
	req->kind = json_string_value(json_object_get(o, "kind"));
	req->code = json_string_value(json_object_get(o, "code"));
	req->name = json_string_value(json_object_get(o, "name"));
	/* Only what the action takes: the rest is neither checked nor kept. */
	if (req->action != ORGTREE_CREATE && req->action != ORGTREE_MERGE)
		req->code = NULL;
	if (req->action == ORGTREE_MOVE || req->action == ORGTREE_END)
		req->name = NULL;
	if (req->action != ORGTREE_CREATE)
		req->kind = NULL;
	auth_who(q, &who);
	res = db_orgtree_apply(q->db, req, &who, &nid);
	if (res == ORGTREE_ERROR)
		r->status = 500;
	else if (res != ORGTREE_OK)
		api_error(q, r, res == ORGTREE_UNKNOWN ? 404 : 422,
		    orgtree_res_key(res), NULL);
	else
		api_send(r, req->action == ORGTREE_CREATE ? 201 : 200,
		    json_pack("{s:I,s:s,s:i}", "id", (json_int_t)nid,
		    "action", orgtree_action_name(req->action), "year",
		    req->year));
}

/*
 * POST /api/v1/org-units {"year", "parent", "kind", "code", "name"}: a
 * new unit from that year on.  201 {"id"}.  Raises 400, 404, 422, 500.
 */
void
api_org_unit_create(struct req *q, struct resp *r)
{
	struct db_orgtree_req	 req;
	json_t			*o;

	if ((o = api_year_body(q, r)) == NULL)
		return;
	memset(&req, 0, sizeof(req));
	req.action = ORGTREE_CREATE;
	api_year_org(q, r, o, &req);
	json_decref(o);
}

/*
 * POST /api/v1/org-units/{id}/{action}, action rename {"year", "name"},
 * move {"year", "parent"}, merge {"year", "other", "code", "name"}, end
 * {"year"}.  200 {"id": the unit that carries on}.  Raises 400, 404, 422,
 * 500.
 */
void
api_org_unit_action(struct req *q, struct resp *r)
{
	struct db_orgtree_req	 req;
	json_t			*o;

	memset(&req, 0, sizeof(req));
	req.action = orgtree_action_of(q->argn > 0 ? q->args[0] : NULL);
	if (req.action >= ORGTREE__MAX || req.action == ORGTREE_CREATE) {
		r->status = 404;
		return;
	}
	if ((o = api_year_body(q, r)) == NULL)
		return;
	req.unit_id = q->id[0];
	api_year_org(q, r, o, &req);
	json_decref(o);
}
