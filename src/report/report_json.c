/*
 * report_json.c: the report document to and from canonical JSON.
 *
 * Money is integer euro cents (keys end in _cents); indicator values are
 * exact decimal strings with the indicator's decimals ("12.5"), as in the
 * rest of the API; a missing number is null, never 0.
 */
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "report_json.h"
#include "sha256.h"

static json_t *
rj_scaled(int has, int64_t v, int decimals)
{
	char buf[48];

	if (!has)
		return json_null();
	num_format_plain(buf, sizeof(buf), v, decimals, 1);
	return json_string(buf);
}

static json_t *
rj_opt(int has, int64_t v)
{
	return has ? json_integer(v) : json_null();
}

static json_t *
rj_counts(const struct status_counts *c)
{
	return json_pack("{s:I,s:I,s:I,s:I}",
	    "no_data", (json_int_t)c->n[STATUS_NO_DATA],
	    "on_track", (json_int_t)c->n[STATUS_ON_TRACK],
	    "at_risk", (json_int_t)c->n[STATUS_AT_RISK],
	    "off_track", (json_int_t)c->n[STATUS_OFF_TRACK]);
}

static json_t *
rj_money(const struct report_money *m)
{
	return json_pack("{s:b,s:I,s:I,s:o,s:o,s:o,s:o,s:b,s:I,s:I}",
	    "cost_entered", m->has_cost,
	    "year_budget_cents", (json_int_t)m->year_budget,
	    "budget_cents", (json_int_t)m->budget,
	    "realised_cents", rj_opt(m->has_realised, m->realised),
	    "forecast_cents", rj_opt(m->has_forecast, m->forecast),
	    "deviation_cents", rj_opt(m->has_deviation, m->deviation),
	    "deviation_bp", rj_opt(m->has_deviation_bp, m->deviation_bp),
	    "needs_explanation", m->needs_explanation,
	    "lines", (json_int_t)m->lines,
	    "lines_reported", (json_int_t)m->lines_reported);
}

/* The budget of a programme or the whole begroting (report.h). */
static json_t *
rj_budget(const struct report_budget *b)
{
	return json_pack("{s:I,s:I,s:I,s:I,s:I,s:I}",
	    "lasten_primitief_cents", (json_int_t)b->lasten_primitief,
	    "lasten_actueel_cents", (json_int_t)b->lasten_actueel,
	    "baten_primitief_cents", (json_int_t)b->baten_primitief,
	    "baten_actueel_cents", (json_int_t)b->baten_actueel,
	    "saldo_primitief_cents", (json_int_t)(b->baten_primitief -
	    b->lasten_primitief),
	    "saldo_actueel_cents", (json_int_t)(b->baten_actueel -
	    b->lasten_actueel));
}

static json_t *
rj_indicators(const struct report_indicator *v, size_t n)
{
	json_t	*a;
	size_t	 i;

	if ((a = json_array()) == NULL)
		return NULL;
	for (i = 0; i < n; i++)
		if (json_array_append_new(a, json_pack(
		    "{s:s,s:s,s:s,s:i,s:s,s:b,s:b,s:o,s:o,s:o,s:o,s:s,s:s,s:s}",
		    "code", v[i].code, "name", v[i].name, "unit", v[i].unit,
		    "decimals", v[i].decimals,
		    "direction", v[i].direction == DIR_DOWN ? "down" : "up",
		    "policy_indicator", v[i].is_policy,
		    "cumulative", v[i].cumulative,
		    "target", rj_scaled(v[i].has_target, v[i].target,
		    v[i].decimals),
		    "year_target", rj_scaled(v[i].has_year_target,
		    v[i].year_target, v[i].decimals),
		    "value", rj_scaled(v[i].has_value, v[i].value, v[i].decimals),
		    "forecast", rj_scaled(v[i].has_forecast, v[i].forecast,
		    v[i].decimals),
		    "status", status_name(v[i].status),
		    "explanation", v[i].explanation,
		    "measure", v[i].measure)) != 0) {
			json_decref(a);
			return NULL;
		}
	return a;
}

static json_t *
rj_effect(const struct report_effect *e)
{
	const struct report_performance	*f;
	json_t				*a;
	size_t				 i;

	if ((a = json_array()) == NULL)
		return NULL;
	for (i = 0; i < e->performancen; i++) {
		f = &e->performances[i];
		if (json_array_append_new(a, json_pack(
		    "{s:i,s:s,s:s,s:s,s:o,s:o,s:s,s:s,s:o}",
		    "number", f->number, "name", f->name, "owner", f->owner,
		    "status", status_name(f->status),
		    "counts", rj_counts(&f->counts),
		    "money", rj_money(&f->money),
		    "explanation", f->explanation, "measure", f->measure,
		    "indicators", rj_indicators(f->indicators,
		    f->indicatorn))) != 0) {
			json_decref(a);
			return NULL;
		}
	}
	return json_pack("{s:i,s:s,s:s,s:s,s:o,s:o,s:o}",
	    "number", e->number, "name", e->name,
	    "description", e->description, "status", status_name(e->status),
	    "counts", rj_counts(&e->counts),
	    "indicators", rj_indicators(e->indicators, e->indicatorn),
	    "performances", a);
}

/* The document as a JSON object (new reference); NULL on failure. */
json_t *
report_json(const struct report_doc *doc)
{
	const struct report_programme	*p;
	json_t				*progs, *effs, *root, *po;
	size_t				 i, j;

	if ((progs = json_array()) == NULL)
		return NULL;
	for (i = 0; i < doc->programmen; i++) {
		p = &doc->programmes[i];
		if ((effs = json_array()) == NULL)
			goto fail;
		for (j = 0; j < p->effectn; j++)
			if (json_array_append_new(effs,
			    rj_effect(&p->effects[j])) != 0) {
				json_decref(effs);
				goto fail;
			}
		po = json_pack(
		    "{s:I,s:i,s:s,s:s,s:s,s:s,s:s,s:s,s:o,s:o,s:o,"
		    "s:{s:I,s:I}}",
		    "id", (json_int_t)p->id, "number", p->number,
		    "name", p->name, "portfolio_holder", p->portfolio_holder,
		    "directie", p->directie, "ambition", p->ambition,
		    "intro", p->intro, "status", status_name(p->status),
		    "counts", rj_counts(&p->counts),
		    "money", rj_money(&p->money), "effects", effs,
		    "approval", "figures", (json_int_t)p->n_figures,
		    "unapproved", (json_int_t)p->n_unapproved);
		if (po != NULL && p->budget.has &&
		    json_object_set_new(po, "budget", rj_budget(&p->budget)) !=
		    0) {
			json_decref(po);
			goto fail;
		}
		if (json_array_append_new(progs, po) != 0)
			goto fail;
	}
	root = json_pack("{s:s,s:I,s:s,s:s,s:s,s:i,s:i,s:s,s:{s:i,s:I},"
	    "s:s,s:o,s:o,s:o}",
	    "format", REPORT_JSON_FORMAT,
	    "report_id", (json_int_t)doc->report_id,
	    "title", doc->title, "kind", doc->kind, "period", doc->period,
	    "year", doc->year, "quarter", doc->quarter, "intro", doc->intro,
	    "thresholds", "bp", doc->threshold_bp,
	    "cents", (json_int_t)doc->threshold_cents,
	    "status", status_name(doc->status),
	    "counts", rj_counts(&doc->counts),
	    "money", rj_money(&doc->money),
	    "programmes", progs);
	if (root != NULL && doc->budget.has && json_object_set_new(root,
	    "budget", rj_budget(&doc->budget)) != 0) {
		json_decref(root);
		return NULL;
	}
	if (root != NULL && json_object_set_new(root, "approval",
	    json_pack("{s:b,s:b,s:I,s:I}", "provisional", doc->provisional,
	    "period_closed", !doc->provisional,
	    "figures", (json_int_t)doc->n_figures,
	    "unapproved", (json_int_t)doc->n_unapproved)) != 0) {
		json_decref(root);
		return NULL;
	}
	if (root != NULL && doc->provisional && json_object_set_new(root,
	    "mark", json_string("voorlopig")) != 0) {
		json_decref(root);
		return NULL;
	}
	if (root != NULL && doc->audited &&
	    json_object_set_new(root, "audit", json_pack("{s:I,s:s}",
	    "entries", (json_int_t)doc->audit_entries,
	    "head", doc->audit_head)) != 0) {
		json_decref(root);
		return NULL;
	}
	return root;
fail:
	json_decref(progs);
	return NULL;
}

/* The canonical text: sorted keys, compact.  NULL on failure. */
char *
report_json_dump(const struct report_doc *doc)
{
	json_t	*j;
	char	*s;

	if ((j = report_json(doc)) == NULL)
		return NULL;
	s = json_dumps(j, JSON_SORT_KEYS | JSON_COMPACT);
	json_decref(j);
	return s;
}

/* Hex SHA-256 of text into out.  Returns 1 on success. */
int
report_json_hash(const char *text, char out[65])
{
	return sha256_hex(text, strlen(text), out);
}

/*
 * Parse the plain decimal form num_format_plain() writes ("-12.5") into a
 * value scaled by 10^decimals.  Returns 1 on success, 0 for anything else
 * (more non-zero decimals than allowed, no digits, out of range).
 */
int
report_json_scaled(const char *s, int decimals, int64_t *out)
{
	__int128	v = 0;
	int		neg = 0, digits = 0, frac = -1;

	if (s == NULL || decimals < 0 || decimals > NUM_DECIMALS_MAX)
		return 0;
	if (*s == '-') {
		neg = 1;
		s++;
	}
	for (; *s != '\0'; s++) {
		if (*s == '.' && frac < 0 && digits > 0) {
			frac = 0;
			continue;
		}
		if (*s < '0' || *s > '9')
			return 0;
		if (frac >= 0 && ++frac > decimals) {
			/* num_format_plain() may add one zero: accept zeros. */
			if (*s != '0')
				return 0;
			frac = decimals;
			continue;
		}
		v = v * 10 + (*s - '0');
		if (v > (__int128)INT64_MAX)
			return 0;
		digits++;
	}
	if (digits == 0 || frac == 0)
		return 0;
	for (frac = frac < 0 ? 0 : frac; frac < decimals; frac++)
		v *= 10;
	if (v > (__int128)INT64_MAX)
		return 0;
	*out = neg ? -(int64_t)v : (int64_t)v;
	return 1;
}

/* Reading: each getter notes a failure in *ok and gives a safe default. */

static char *
rp_str(json_t *o, const char *k, int *ok)
{
	const char *s = json_string_value(json_object_get(o, k));

	if (s == NULL) {
		*ok = 0;
		return report_strdup("");
	}
	return report_strdup(s);
}

static int64_t
rp_int(json_t *o, const char *k, int *ok)
{
	json_t *v = json_object_get(o, k);

	if (!json_is_integer(v)) {
		*ok = 0;
		return 0;
	}
	return json_integer_value(v);
}

/* An optional count: absent is 0, anything but 0..2^31 is bad. */
static size_t
rp_count(json_t *o, const char *k, int *ok)
{
	json_t *v = json_object_get(o, k);

	if (v == NULL)
		return 0;
	if (!json_is_integer(v) || json_integer_value(v) < 0 ||
	    json_integer_value(v) > INT32_MAX) {
		*ok = 0;
		return 0;
	}
	return (size_t)json_integer_value(v);
}

static int64_t
rp_opt(json_t *o, const char *k, int *has, int *ok)
{
	json_t *v = json_object_get(o, k);

	*has = 0;
	if (json_is_null(v))
		return 0;
	if (!json_is_integer(v)) {
		*ok = 0;
		return 0;
	}
	*has = 1;
	return json_integer_value(v);
}

static int64_t
rp_scaled(json_t *o, const char *k, int decimals, int *has, int *ok)
{
	json_t	*v = json_object_get(o, k);
	int64_t	 x = 0;

	*has = 0;
	if (json_is_null(v))
		return 0;
	if (!report_json_scaled(json_string_value(v), decimals, &x)) {
		*ok = 0;
		return 0;
	}
	*has = 1;
	return x;
}

static enum status
rp_status(json_t *o, int *ok)
{
	enum status st = STATUS_NO_DATA;

	if (!status_from_name(json_string_value(json_object_get(o, "status")),
	    &st))
		*ok = 0;
	return st;
}

static void
rp_counts(json_t *o, struct status_counts *c, int *ok)
{
	json_t	*j = json_object_get(o, "counts");
	int	 i;

	for (i = 0; i < STATUS__MAX; i++)
		c->n[i] = (size_t)rp_int(j, status_name((enum status)i), ok);
}

/* The optional budget (absent: has 0, as in older documents). */
static void
rp_budget(json_t *o, struct report_budget *b, int *ok)
{
	json_t *j = json_object_get(o, "budget");

	memset(b, 0, sizeof(*b));
	if (j == NULL)
		return;
	b->has = 1;
	b->lasten_primitief = rp_int(j, "lasten_primitief_cents", ok);
	b->lasten_actueel = rp_int(j, "lasten_actueel_cents", ok);
	b->baten_primitief = rp_int(j, "baten_primitief_cents", ok);
	b->baten_actueel = rp_int(j, "baten_actueel_cents", ok);
}

static void
rp_money(json_t *o, struct report_money *m, int *ok)
{
	json_t *j = json_object_get(o, "money");

	m->has_cost = json_is_true(json_object_get(j, "cost_entered"));
	m->year_budget = rp_int(j, "year_budget_cents", ok);
	m->budget = rp_int(j, "budget_cents", ok);
	m->realised = rp_opt(j, "realised_cents", &m->has_realised, ok);
	m->forecast = rp_opt(j, "forecast_cents", &m->has_forecast, ok);
	m->deviation = rp_opt(j, "deviation_cents", &m->has_deviation, ok);
	m->deviation_bp = rp_opt(j, "deviation_bp", &m->has_deviation_bp, ok);
	m->needs_explanation = json_is_true(json_object_get(j,
	    "needs_explanation"));
	/* Absent in documents published before the counts: 0, no marker. */
	m->lines = rp_count(j, "lines", ok);
	m->lines_reported = rp_count(j, "lines_reported", ok);
	if (m->lines_reported > m->lines)
		*ok = 0;
}

/* calloc for an array's elements; counts the array's length into *n. */
static void *
rp_array(json_t *o, const char *k, size_t sz, size_t *n, int *ok)
{
	json_t	*a = json_object_get(o, k);
	void	*v;

	*n = 0;
	if (!json_is_array(a)) {
		*ok = 0;
		return NULL;
	}
	if ((v = calloc(json_array_size(a) + 1, sz)) == NULL)
		*ok = 0;
	return v;
}

static struct report_indicator *
rp_indicators(json_t *o, size_t *n, int *ok)
{
	struct report_indicator	*v, *ri;
	json_t			*a = json_object_get(o, "indicators"), *j;
	size_t			 i;

	if ((v = rp_array(o, "indicators", sizeof(*v), n, ok)) == NULL)
		return NULL;
	json_array_foreach(a, i, j) {
		ri = &v[(*n)++];
		ri->code = rp_str(j, "code", ok);
		ri->name = rp_str(j, "name", ok);
		ri->unit = rp_str(j, "unit", ok);
		ri->decimals = (int)rp_int(j, "decimals", ok);
		ri->direction = strcmp(json_string_value(json_object_get(j,
		    "direction")) ? json_string_value(json_object_get(j,
		    "direction")) : "", "down") == 0 ? DIR_DOWN : DIR_UP;
		ri->is_policy = json_is_true(json_object_get(j,
		    "policy_indicator"));
		ri->cumulative = json_is_true(json_object_get(j, "cumulative"));
		ri->target = rp_scaled(j, "target", ri->decimals,
		    &ri->has_target, ok);
		ri->year_target = rp_scaled(j, "year_target", ri->decimals,
		    &ri->has_year_target, ok);
		ri->value = rp_scaled(j, "value", ri->decimals, &ri->has_value,
		    ok);
		ri->forecast = rp_scaled(j, "forecast", ri->decimals,
		    &ri->has_forecast, ok);
		ri->status = rp_status(j, ok);
		ri->explanation = rp_str(j, "explanation", ok);
		ri->measure = rp_str(j, "measure", ok);
		if (ri->code == NULL || ri->name == NULL || ri->unit == NULL ||
		    ri->explanation == NULL || ri->measure == NULL)
			*ok = 0;
	}
	return v;
}

static void
rp_effect(json_t *j, struct report_effect *e, int *ok)
{
	struct report_performance	*f;
	json_t				*a, *k;
	size_t				 i;

	e->number = (int)rp_int(j, "number", ok);
	e->name = rp_str(j, "name", ok);
	e->description = rp_str(j, "description", ok);
	e->status = rp_status(j, ok);
	rp_counts(j, &e->counts, ok);
	e->indicators = rp_indicators(j, &e->indicatorn, ok);
	if ((e->performances = rp_array(j, "performances",
	    sizeof(*e->performances), &e->performancen, ok)) == NULL)
		return;
	a = json_object_get(j, "performances");
	json_array_foreach(a, i, k) {
		f = &e->performances[e->performancen++];
		f->number = (int)rp_int(k, "number", ok);
		f->name = rp_str(k, "name", ok);
		f->owner = rp_str(k, "owner", ok);
		f->status = rp_status(k, ok);
		rp_counts(k, &f->counts, ok);
		rp_money(k, &f->money, ok);
		f->explanation = rp_str(k, "explanation", ok);
		f->measure = rp_str(k, "measure", ok);
		f->indicators = rp_indicators(k, &f->indicatorn, ok);
	}
}

/*
 * Read a document back from its JSON text.  NULL when the text is not a
 * report of this format (or memory runs out).
 */
struct report_doc *
report_json_parse(const char *text)
{
	struct report_doc	*doc;
	struct report_programme	*p;
	json_t			*j, *a, *k, *e, *m2;
	const char		*s;
	size_t			 i, m;
	int			 ok = 1;

	if ((j = json_loads(text, JSON_REJECT_DUPLICATES, NULL)) == NULL)
		return NULL;
	if ((doc = calloc(1, sizeof(*doc))) == NULL ||
	    json_string_value(json_object_get(j, "format")) == NULL ||
	    strcmp(json_string_value(json_object_get(j, "format")),
	    REPORT_JSON_FORMAT) != 0) {
		json_decref(j);
		free(doc);
		return NULL;
	}
	doc->report_id = rp_int(j, "report_id", &ok);
	doc->title = rp_str(j, "title", &ok);
	doc->kind = rp_str(j, "kind", &ok);
	doc->period = rp_str(j, "period", &ok);
	doc->year = (int)rp_int(j, "year", &ok);
	doc->quarter = (int)rp_int(j, "quarter", &ok);
	doc->intro = rp_str(j, "intro", &ok);
	doc->threshold_bp = (int)rp_int(json_object_get(j, "thresholds"),
	    "bp", &ok);
	doc->threshold_cents = rp_int(json_object_get(j, "thresholds"),
	    "cents", &ok);
	doc->status = rp_status(j, &ok);
	rp_counts(j, &doc->counts, &ok);
	rp_money(j, &doc->money, &ok);
	rp_budget(j, &doc->budget, &ok);
	/* Versions published before approval was recorded have none. */
	if ((a = json_object_get(j, "approval")) != NULL) {
		doc->provisional = json_is_true(json_object_get(a,
		    "provisional"));
		doc->n_figures = rp_int(a, "figures", &ok);
		doc->n_unapproved = rp_int(a, "unapproved", &ok);
	}
	/* Versions published before the head was kept have none. */
	if ((a = json_object_get(j, "audit")) != NULL) {
		doc->audit_entries = rp_int(a, "entries", &ok);
		doc->audited = 1;
		if ((s = json_string_value(json_object_get(a, "head"))) == NULL ||
		    strlen(s) >= sizeof(doc->audit_head))
			ok = 0;
		else
			memcpy(doc->audit_head, s, strlen(s) + 1);
	}
	if ((doc->programmes = rp_array(j, "programmes",
	    sizeof(*doc->programmes), &doc->programmen, &ok)) == NULL)
		goto out;
	a = json_object_get(j, "programmes");
	json_array_foreach(a, i, k) {
		p = &doc->programmes[doc->programmen++];
		p->id = rp_int(k, "id", &ok);
		p->number = (int)rp_int(k, "number", &ok);
		p->name = rp_str(k, "name", &ok);
		p->portfolio_holder = rp_str(k, "portfolio_holder", &ok);
		p->directie = rp_str(k, "directie", &ok);
		p->ambition = rp_str(k, "ambition", &ok);
		p->intro = rp_str(k, "intro", &ok);
		p->status = rp_status(k, &ok);
		rp_counts(k, &p->counts, &ok);
		rp_money(k, &p->money, &ok);
		/* Versions published before it was recorded have none. */
		if ((m2 = json_object_get(k, "approval")) != NULL) {
			p->n_figures = rp_int(m2, "figures", &ok);
			p->n_unapproved = rp_int(m2, "unapproved", &ok);
		}
		rp_budget(k, &p->budget, &ok);
		if ((p->effects = rp_array(k, "effects", sizeof(*p->effects),
		    &p->effectn, &ok)) == NULL)
			break;
		json_array_foreach(json_object_get(k, "effects"), m, e)
			rp_effect(e, &p->effects[p->effectn++], &ok);
	}
out:
	json_decref(j);
	if (!ok || doc->title == NULL || doc->kind == NULL ||
	    doc->period == NULL || doc->intro == NULL) {
		report_doc_free(doc);
		return NULL;
	}
	return doc;
}
