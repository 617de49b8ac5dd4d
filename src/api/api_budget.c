/*
 * api_budget.c: the budget lines and begrotingswijzigingen of the JSON
 * API (concern control only, routes.c).  Amounts go out as integer cents
 * (primitief_cents, actueel_cents); they come in as a Dutch text
 * ("amount": "1.250.000,00", "delta": "+250.000") or as integer cents
 * ("amount_cents", "delta_cents").  A member that does not belong in the
 * body is refused (422, naming it), never dropped.  Every refusal answers
 * {"error": {"code", "message"}, "field": ..., "change": n} and saves
 * nothing.  The rules: src/domain/budget.c; the writes:
 * src/service/budget_edit.c.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "auth.h"
#include "budget.h"
#include "budget_edit.h"
#include "db_budget.h"
#include "handlers.h"
#include "router.h"

/* A refusal: status with the reason's text, the member and the change. */
static void
api_budget_refuse(const struct req *q, struct resp *r, int status,
    const char *key, const char *field, long long change)
{
	json_t *x = json_object();

	if (x != NULL && field != NULL)
		json_object_set_new(x, "field", json_string(field));
	if (x != NULL && change >= 0)
		json_object_set_new(x, "change", json_integer(change));
	api_error(q, r, status, key, x);
}

/* The HTTP status of a refusal: the year's state and a stale version are
 * conflicts, a missing line is 404, the rest is the input's fault. */
static int
api_budget_status(enum budget_err e)
{
	switch (e) {
	case BUDGET_E_YEAR_NOT_CONCEPT:
	case BUDGET_E_YEAR_NOT_ADOPTED:
	case BUDGET_E_VERSION:
		return 409;
	default:
		return 422;
	}
}

/* The year of ?year= (2000..2100): 1, else 0. */
static int
api_budget_year(const struct req *q, int *year)
{
	const char	*s = req_query(q, "year");
	char		*end;
	long		 v;

	if (s == NULL || s[0] < '0' || s[0] > '9')
		return 0;
	v = strtol(s, &end, 10);
	if (*end != '\0' || v < 2000 || v > 2100)
		return 0;
	*year = (int)v;
	return 1;
}

static json_t *
api_budget_line(const struct budget_line_row *l)
{
	return json_pack("{s:I,s:i,s:{s:I,s:i,s:s},s:{s:I,s:i,s:s},"
	    "s:{s:I,s:s},s:s,s:s,s:{s:s,s:s},s:s,s:I,s:I,s:[I,I,I],s:I,"
	    "s:o,s:I}",
	    "id", (json_int_t)l->id, "year", l->year,
	    "programme", "id", (json_int_t)l->programme_id,
	    "number", l->programme_number, "name", l->programme_name,
	    "performance", "id", (json_int_t)l->performance_id,
	    "number", l->perf_number, "name", l->perf_name,
	    "org_unit", "id", (json_int_t)l->org_unit_id, "name", l->unit_name,
	    "kind", budget_kind_name(l->kind),
	    "recurrence", budget_recurrence_name(l->recurrence),
	    "taakveld", "code", l->taakveld, "name", l->taakveld_name,
	    "description", l->description,
	    "primitief_cents", (json_int_t)l->primitief,
	    "actueel_cents", (json_int_t)l->actueel,
	    "raming_cents", (json_int_t)l->raming[0],
	    (json_int_t)l->raming[1], (json_int_t)l->raming[2],
	    "changes", (json_int_t)l->n_changes,
	    "amendment_id", l->amendment_id > 0 ?
	    json_integer(l->amendment_id) : json_null(),
	    "version", (json_int_t)l->version);
}

/* Lasten, baten and saldo, primitief and actueel (cents). */
json_t *
api_budget_totals(const struct budget_totals *t)
{
	return json_pack("{s:I,s:I,s:I,s:I,s:I,s:I,s:I}",
	    "lasten_primitief_cents", (json_int_t)t->lasten_primitief,
	    "lasten_actueel_cents", (json_int_t)t->lasten_actueel,
	    "baten_primitief_cents", (json_int_t)t->baten_primitief,
	    "baten_actueel_cents", (json_int_t)t->baten_actueel,
	    "saldo_primitief_cents", (json_int_t)budget_saldo(
	    t->lasten_primitief, t->baten_primitief),
	    "saldo_actueel_cents", (json_int_t)budget_saldo(t->lasten_actueel,
	    t->baten_actueel),
	    "lines", (json_int_t)t->n_lines);
}

/*
 * GET /api/v1/budget-lines?year=YYYY[&programme=ID]: the lines of a year
 * with the totals per programme.  Raises 400 (no year), 500.
 */
void
api_budget_lines(struct req *q, struct resp *r)
{
	struct budget_line_row	*l = NULL;
	struct budget_totals	*t = NULL;
	const char		*ps = req_query(q, "programme");
	json_t			*lines, *progs, *j;
	char			 state[16], *end;
	size_t			 n = 0, nt = 0, i;
	long long		 prog = 0;
	int			 year, rc;

	if (!api_budget_year(q, &year)) {
		api_budget_refuse(q, r, 400, "T_BUDGET_E_BODY", "year", -1);
		return;
	}
	if (ps != NULL && ((prog = strtoll(ps, &end, 10)) <= 0 ||
	    *end != '\0')) {
		api_budget_refuse(q, r, 400, "T_BUDGET_E_BODY", "programme",
		    -1);
		return;
	}
	if ((rc = db_budget_year_state(q->db, year, state, sizeof(state))) <=
	    0) {
		r->status = rc == 0 ? 404 : 500;
		return;
	}
	if (!db_budget_lines(q->db, year, prog, &l, &n) ||
	    !db_budget_totals(q->db, year, &t, &nt)) {
		r->status = 500;
		goto out;
	}
	lines = json_array();
	progs = json_array();
	for (i = 0; lines != NULL && i < n; i++)
		json_array_append_new(lines, api_budget_line(&l[i]));
	for (i = 0; progs != NULL && i < nt; i++) {
		if (prog != 0 && t[i].programme_id != prog)
			continue;
		if ((j = api_budget_totals(&t[i])) != NULL) {
			json_object_set_new(j, "programme_id",
			    json_integer(t[i].programme_id));
			json_object_set_new(j, "number",
			    json_integer(t[i].programme_number));
		}
		json_array_append_new(progs, j);
	}
	api_send(r, 200, json_pack("{s:i,s:s,s:o,s:o}", "year", year, "state",
	    state, "programmes", progs, "lines", lines));
out:
	db_budget_lines_free(l, n);
	free(t);
}

/* One amount member: "name" a Dutch text, or "name_cents" an integer. */
static enum budget_err
api_budget_amount(json_t *o, const char *name, const char *cname,
    int is_signed, int required, int64_t *out, const char **bad)
{
	json_t		*s = json_object_get(o, name);
	json_t		*c = json_object_get(o, cname);

	*out = 0;
	if (s != NULL && c != NULL) {
		*bad = cname;
		return BUDGET_E_AMOUNT;
	}
	if (s == NULL && c == NULL) {
		*bad = name;
		return required ? BUDGET_E_AMOUNT : BUDGET_OK;
	}
	if (s != NULL) {
		*bad = name;
		if (!json_is_string(s))
			return BUDGET_E_AMOUNT;
		return budget_amount_parse(json_string_value(s), is_signed, out);
	}
	*bad = cname;
	if (!json_is_integer(c))
		return BUDGET_E_AMOUNT;
	*out = json_integer_value(c);
	if (*out > BUDGET_MAX_CENTS || *out < (is_signed ? -BUDGET_MAX_CENTS :
	    0))
		return BUDGET_E_AMOUNT_RANGE;
	return BUDGET_OK;
}

/* Every member of o is one of names: 1, else 0 with *bad the first not. */
static int
api_budget_members(json_t *o, const char *const *names, const char **bad)
{
	const char	*key;
	json_t		*v;
	size_t		 i;

	json_object_foreach(o, key, v) {
		for (i = 0; names[i] != NULL; i++)
			if (strcmp(key, names[i]) == 0)
				break;
		if (names[i] == NULL) {
			*bad = key;
			return 0;
		}
	}
	return 1;
}

/*
 * A line's members into *in (texts borrowed from o).  Returns BUDGET_OK,
 * or why not with *bad the member; *badkey a catalogue key when the
 * member does not belong at all.
 */
static enum budget_err
api_budget_line_in(json_t *o, int with_perf, struct budget_line_in *in,
    const char **bad, const char **badkey)
{
	static const char *const names[] = { "performance_id", "org_unit_id",
	    "kind", "recurrence", "taakveld", "description", "amount",
	    "amount_cents", "raming", "raming_cents", "version", NULL };
	json_t		*v, *a;
	enum budget_err	 e;
	size_t		 i;
	const char	*rn;

	memset(in, 0, sizeof(*in));
	*badkey = NULL;
	if (!json_is_object(o)) {
		*bad = "";
		*badkey = "T_BUDGET_E_BODY";
		return BUDGET_E_AMOUNT;
	}
	if (!api_budget_members(o, names, bad) ||
	    (!with_perf && json_object_get(o, "performance_id") != NULL &&
	    (*bad = "performance_id") != NULL)) {
		*badkey = "T_BUDGET_E_MEMBER";
		return BUDGET_E_AMOUNT;
	}
	if (with_perf) {
		*bad = "performance_id";
		if (!json_is_integer(v = json_object_get(o, "performance_id")) ||
		    json_integer_value(v) <= 0)
			return BUDGET_E_PERFORMANCE;
		in->performance_id = json_integer_value(v);
	}
	if ((v = json_object_get(o, "org_unit_id")) != NULL) {
		*bad = "org_unit_id";
		if (!json_is_integer(v) || json_integer_value(v) <= 0)
			return BUDGET_E_UNIT;
		in->org_unit_id = json_integer_value(v);
	}
	*bad = "kind";
	if (!budget_kind_parse(json_string_value(json_object_get(o, "kind")),
	    &in->kind))
		return BUDGET_E_KIND;
	*bad = "recurrence";
	if (!budget_recurrence_parse(json_string_value(json_object_get(o,
	    "recurrence")), &in->recurrence))
		return BUDGET_E_RECURRENCE;
	*bad = "taakveld";
	if ((in->taakveld = json_string_value(json_object_get(o,
	    "taakveld"))) == NULL)
		return BUDGET_E_TAAKVELD;
	*bad = "description";
	v = json_object_get(o, "description");
	if (v != NULL && !json_is_string(v))
		return BUDGET_E_DESCRIPTION;
	in->description = v != NULL ? json_string_value(v) : "";
	if ((e = api_budget_amount(o, "amount", "amount_cents", 0, 1,
	    &in->amount, bad)) != BUDGET_OK)
		return e;
	rn = json_object_get(o, "raming") != NULL ? "raming" : "raming_cents";
	if ((a = json_object_get(o, rn)) == NULL)
		return BUDGET_OK;
	*bad = rn;
	if (!json_is_array(a) || json_array_size(a) != BUDGET_RAMING_YEARS)
		return BUDGET_E_AMOUNT;
	for (i = 0; i < BUDGET_RAMING_YEARS; i++) {
		v = json_array_get(a, i);
		if (strcmp(rn, "raming") == 0) {
			if (!json_is_string(v))
				return BUDGET_E_AMOUNT;
			if ((e = budget_amount_parse(json_string_value(v), 0,
			    &in->raming[i])) != BUDGET_OK)
				return e;
		} else {
			if (!json_is_integer(v))
				return BUDGET_E_AMOUNT;
			in->raming[i] = json_integer_value(v);
		}
	}
	return BUDGET_OK;
}

static json_t *
api_budget_body(const struct req *q)
{
	json_error_t err;

	if (q->body == NULL || q->bodysz == 0)
		return NULL;
	return json_loadb(q->body, q->bodysz, JSON_REJECT_DUPLICATES, &err);
}

/* The line id with its history, 200; or 500. */
static void
api_budget_send_line(struct req *q, struct resp *r, int status, int64_t id)
{
	struct budget_line_row		 l;
	struct amendment_change_row	*c = NULL;
	json_t				*j, *h;
	size_t				 n = 0, i;

	if (db_budget_line_get(q->db, id, &l) != 1) {
		r->status = 404;
		return;
	}
	if (!db_budget_changes(q->db, 0, id, &c, &n) ||
	    (j = api_budget_line(&l)) == NULL) {
		db_budget_line_clear(&l);
		db_budget_changes_free(c, n);
		r->status = 500;
		return;
	}
	h = json_array();
	for (i = 0; h != NULL && i < n; i++)
		json_array_append_new(h, json_pack("{s:I,s:i,s:s,s:I}",
		    "amendment_id", (json_int_t)c[i].amendment_id,
		    "number", c[i].number, "decided_on", c[i].decided_on,
		    "delta_cents", (json_int_t)c[i].delta));
	json_object_set_new(j, "history", h);
	api_send(r, status, j);
	db_budget_line_clear(&l);
	db_budget_changes_free(c, n);
}

/*
 * The outcome of a write: 1 done, otherwise the refusal (or 500/507) has
 * been answered.
 */
static int
api_budget_outcome(const struct req *q, struct resp *r, int res,
    const struct budget_outcome *o, long long change)
{
	if (res == 1)
		return 1;
	if (res < 0) {
		if (o->sys == DB_FULL)
			api_error(q, r, 507, "T_ERR_STORAGE", NULL);
		else
			r->status = 500;
		return 0;
	}
	api_budget_refuse(q, r, api_budget_status(o->why),
	    budget_err_key(o->why), NULL, change);
	return 0;
}

/*
 * POST /api/v1/budget-lines: a new line in a concept year.  201 with the
 * line.  Raises 400, 409 (the year is adopted), 422, 500, 507.
 */
void
api_budget_line_create(struct req *q, struct resp *r)
{
	struct budget_line_in	in;
	struct budget_outcome	o;
	struct db_who		who;
	const char		*bad = "", *badkey;
	enum budget_err		e;
	json_t			*b;
	int64_t			id;
	int			res;

	if ((b = api_budget_body(q)) == NULL) {
		api_budget_refuse(q, r, 400, "T_BUDGET_E_BODY", "", -1);
		return;
	}
	if ((e = api_budget_line_in(b, 1, &in, &bad, &badkey)) != BUDGET_OK ||
	    json_object_get(b, "version") != NULL) {
		if (e == BUDGET_OK) {
			bad = "version";
			badkey = "T_BUDGET_E_MEMBER";
		}
		api_budget_refuse(q, r, badkey != NULL &&
		    strcmp(badkey, "T_BUDGET_E_BODY") == 0 ? 400 : 422,
		    badkey != NULL ? badkey : budget_err_key(e), bad, -1);
		json_decref(b);
		return;
	}
	auth_who(q, &who);
	res = budget_edit_line_create(q->db, &who, &in, &id, &o);
	json_decref(b);
	if (api_budget_outcome(q, r, res, &o, -1))
		api_budget_send_line(q, r, 201, id);
}

/* GET /api/v1/budget-lines/{id}: one line with its history.  404, 500. */
void
api_budget_line_show(struct req *q, struct resp *r)
{
	api_budget_send_line(q, r, 200, q->id[0]);
}

/*
 * PUT /api/v1/budget-lines/{id}: change a line of a concept year; body as
 * POST without performance_id, with "version".  200 with the line.
 * Raises 400, 404, 409 (adopted year, stale version), 422, 500, 507.
 */
void
api_budget_line_put(struct req *q, struct resp *r)
{
	struct budget_line_in	in;
	struct budget_outcome	o;
	struct db_who		who;
	const char		*bad = "", *badkey;
	enum budget_err		e;
	json_t			*b, *v;
	int			res;

	if ((b = api_budget_body(q)) == NULL) {
		api_budget_refuse(q, r, 400, "T_BUDGET_E_BODY", "", -1);
		return;
	}
	if ((e = api_budget_line_in(b, 0, &in, &bad, &badkey)) != BUDGET_OK) {
		api_budget_refuse(q, r, badkey != NULL &&
		    strcmp(badkey, "T_BUDGET_E_BODY") == 0 ? 400 : 422,
		    badkey != NULL ? badkey : budget_err_key(e), bad, -1);
		json_decref(b);
		return;
	}
	if (!json_is_integer(v = json_object_get(b, "version")) ||
	    json_integer_value(v) < 1) {
		api_budget_refuse(q, r, 422, "T_BUDGET_E_BODY", "version", -1);
		json_decref(b);
		return;
	}
	auth_who(q, &who);
	res = budget_edit_line_update(q->db, &who, q->id[0],
	    json_integer_value(v), &in, &o);
	json_decref(b);
	if (res == 0 && o.why == BUDGET_E_LINE) {
		r->status = 404;
		return;
	}
	if (api_budget_outcome(q, r, res, &o, -1))
		api_budget_send_line(q, r, 200, q->id[0]);
}

static json_t *
api_budget_amendment(struct db *db, const struct amendment_row *a)
{
	struct amendment_change_row	*c = NULL;
	json_t				*ch, *j;
	size_t				 n = 0, i;

	if (!db_budget_changes(db, a->id, 0, &c, &n))
		return NULL;
	ch = json_array();
	for (i = 0; ch != NULL && i < n; i++)
		json_array_append_new(ch, json_pack("{s:I,s:s,s:s,s:i,s:s,s:I}",
		    "line_id", (json_int_t)c[i].line_id,
		    "kind", budget_kind_name(c[i].kind),
		    "performance", c[i].perf_name,
		    "programme_number", c[i].programme_number,
		    "taakveld", c[i].taakveld,
		    "delta_cents", (json_int_t)c[i].delta));
	db_budget_changes_free(c, n);
	j = json_pack("{s:I,s:i,s:i,s:s,s:s,s:I,s:I,s:o}", "id",
	    (json_int_t)a->id, "year", a->year, "number", a->number,
	    "decided_on", a->decided_on, "description", a->description,
	    "lasten_delta_cents", (json_int_t)a->lasten_delta,
	    "baten_delta_cents", (json_int_t)a->baten_delta, "changes", ch);
	return j;
}

/* GET /api/v1/amendments?year=YYYY: the year's amendments.  400, 500. */
void
api_amendments(struct req *q, struct resp *r)
{
	struct amendment_row	*a = NULL;
	json_t			*arr, *j;
	size_t			 n = 0, i;
	int			 year;

	if (!api_budget_year(q, &year)) {
		api_budget_refuse(q, r, 400, "T_BUDGET_E_BODY", "year", -1);
		return;
	}
	if (!db_budget_amendments(q->db, year, &a, &n)) {
		r->status = 500;
		return;
	}
	arr = json_array();
	for (i = 0; arr != NULL && i < n; i++) {
		if ((j = api_budget_amendment(q->db, &a[i])) == NULL) {
			json_decref(arr);
			arr = NULL;
			break;
		}
		json_array_append_new(arr, j);
	}
	db_budget_amendments_free(a, n);
	if (arr == NULL) {
		r->status = 500;
		return;
	}
	api_send(r, 200, json_pack("{s:i,s:o}", "year", year, "amendments",
	    arr));
}

/* One change of a POSTed amendment; texts borrowed from o. */
static enum budget_err
api_budget_change_in(json_t *o, struct budget_change_in *c, const char **bad,
    const char **badkey)
{
	static const char *const names[] = { "line_id", "delta",
	    "delta_cents", "line", NULL };
	json_t		*v;
	enum budget_err	 e;

	memset(c, 0, sizeof(*c));
	*badkey = NULL;
	if (!json_is_object(o)) {
		*bad = "";
		*badkey = "T_BUDGET_E_BODY";
		return BUDGET_E_AMOUNT;
	}
	if (!api_budget_members(o, names, bad)) {
		*badkey = "T_BUDGET_E_MEMBER";
		return BUDGET_E_AMOUNT;
	}
	if ((e = api_budget_amount(o, "delta", "delta_cents", 1, 1, &c->delta,
	    bad)) != BUDGET_OK)
		return e;
	v = json_object_get(o, "line_id");
	if ((v != NULL) == (json_object_get(o, "line") != NULL)) {
		*bad = "line_id";
		return BUDGET_E_LINE;
	}
	if (v != NULL) {
		*bad = "line_id";
		if (!json_is_integer(v) || json_integer_value(v) <= 0)
			return BUDGET_E_LINE;
		c->line_id = json_integer_value(v);
		return BUDGET_OK;
	}
	/* A new line: its year amount is the change; amount not given. */
	v = json_object_get(o, "line");
	if (json_is_object(v) && json_object_get(v, "amount") == NULL &&
	    json_object_get(v, "amount_cents") == NULL)
		json_object_set_new(v, "amount_cents", json_integer(0));
	e = api_budget_line_in(v, 1, &c->line, bad, badkey);
	return e;
}

/*
 * POST /api/v1/amendments: {"year", "decided_on", "description",
 * "changes": [{"line_id", "delta"} | {"line": {...}, "delta"}]}, an
 * adopted year only.  201 with the amendment.  Raises 400, 409 (a concept
 * year), 422 (with "change": the index at fault), 500, 507.
 */
void
api_amendment_create(struct req *q, struct resp *r)
{
	static const char *const names[] = { "year", "decided_on",
	    "description", "changes", NULL };
	struct budget_change_in	*c = NULL;
	struct budget_amend_in	 a;
	struct budget_outcome	 o;
	struct amendment_row	 row;
	struct db_who		 who;
	const char		*bad = "", *badkey = NULL;
	enum budget_err		 e;
	json_t			*b, *v, *ch;
	size_t			 i, n;
	int64_t			 id;
	int			 number, res;

	memset(&a, 0, sizeof(a));
	if ((b = api_budget_body(q)) == NULL || !json_is_object(b)) {
		api_budget_refuse(q, r, 400, "T_BUDGET_E_BODY", "", -1);
		json_decref(b);
		return;
	}
	if (!api_budget_members(b, names, &bad)) {
		api_budget_refuse(q, r, 422, "T_BUDGET_E_MEMBER", bad, -1);
		goto out;
	}
	if (!json_is_integer(v = json_object_get(b, "year")) ||
	    json_integer_value(v) < 2000 || json_integer_value(v) > 2100) {
		api_budget_refuse(q, r, 422, "T_BUDGET_E_BODY", "year", -1);
		goto out;
	}
	a.year = (int)json_integer_value(v);
	a.decided_on = json_string_value(json_object_get(b, "decided_on"));
	a.description = json_string_value(json_object_get(b, "description"));
	ch = json_object_get(b, "changes");
	if (!json_is_array(ch)) {
		api_budget_refuse(q, r, 422, "T_BUDGET_E_NO_CHANGES", "changes",
		    -1);
		goto out;
	}
	n = json_array_size(ch);
	if (n > BUDGET_CHANGES_MAX) {
		api_budget_refuse(q, r, 422, "T_BUDGET_E_TOO_MANY", "changes",
		    -1);
		goto out;
	}
	if (n > 0 && (c = calloc(n, sizeof(*c))) == NULL) {
		r->status = 500;
		goto out;
	}
	for (i = 0; i < n; i++)
		if ((e = api_budget_change_in(json_array_get(ch, i), &c[i],
		    &bad, &badkey)) != BUDGET_OK) {
			api_budget_refuse(q, r, 422, badkey != NULL ? badkey :
			    budget_err_key(e), bad, (long long)i);
			goto out;
		}
	a.changes = c;
	a.n = n;
	auth_who(q, &who);
	res = budget_edit_amend(q->db, &who, &a, &id, &number, &o);
	if (!api_budget_outcome(q, r, res, &o, res == 0 && n > 0 &&
	    o.why != BUDGET_E_YEAR_NOT_ADOPTED && o.why != BUDGET_E_DATE &&
	    o.why != BUDGET_E_DESCRIPTION && o.why != BUDGET_E_NO_CHANGES ?
	    (long long)o.bad : -1))
		goto out;
	if (db_budget_amendment_get(q->db, id, &row) != 1) {
		r->status = 500;
		goto out;
	}
	api_send(r, 201, api_budget_amendment(q->db, &row));
	free(row.decided_on);
	free(row.description);
	free(row.created_at);
out:
	free(c);
	json_decref(b);
}
