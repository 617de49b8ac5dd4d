/*
 * api.c: JSON answers.  Numbers are sent exactly: money as integer cents
 * (field names end in _cents), scaled values as decimal strings with the
 * indicator's decimals ("1234.5"), never as binary floating point.
 */
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "i18n.h"
#include "num.h"

/* Send j (stolen) with status; 500 when it cannot be encoded. */
void
api_send(struct resp *r, int status, json_t *j)
{
	char *s;

	if (j == NULL || (s = json_dumps(j, JSON_COMPACT)) == NULL) {
		json_decref(j);
		r->status = 500;
		return;
	}
	json_decref(j);
	r->status = status;
	resp_set_body(r, "application/json", s, strlen(s));
}

/*
 * Answer status with the API's one error shape,
 * {"error": {"code": ..., "message": ...}}, where the code is the catalogue
 * key without "T_", in lower case ("T_WF_PERIOD_CLOSED" becomes
 * "wf_period_closed") and the message its text in the request's language.
 * The members of extra (stolen, may be NULL) are added beside "error".
 */
void
api_error(const struct req *q, struct resp *r, int status, const char *key,
    json_t *extra)
{
	char	code[64];
	size_t	i;
	json_t	*j;

	for (i = 0; key[i + 2] != '\0' && i + 1 < sizeof(code); i++)
		code[i] = (char)(key[i + 2] >= 'A' && key[i + 2] <= 'Z' ?
		    key[i + 2] - 'A' + 'a' : key[i + 2]);
	code[i] = '\0';
	j = json_pack("{s:{s:s,s:s}}", "error", "code", code, "message",
	    i18n(q->lang, key));
	if (j != NULL && extra != NULL)
		json_object_update(j, extra);
	json_decref(extra);
	api_send(r, status, j);
}

json_t *
api_money(int64_t cents)
{
	return json_integer(cents);
}

/* A scaled value as an exact decimal string, e.g. "1234.50". */
json_t *
api_scaled(int64_t scaled, int decimals)
{
	char buf[48];

	num_format_plain(buf, sizeof(buf), scaled, decimals, 1);
	return json_string(buf);
}

static json_t *
api_opt_scaled(int has, int64_t v, int decimals)
{
	return has ? api_scaled(v, decimals) : json_null();
}

/* An indicator's definition, with its targets when asked. */
json_t *
api_indicator(const struct indicator *ind, int with_targets)
{
	json_t	*j, *a, *t;
	size_t	 i;

	j = json_pack("{s:I,s:s,s:s,s:s,s:s,s:s,s:s,s:b,s:i,s:i,s:o,s:o,s:o,"
	    "s:o,s:s,s:b}",
	    "id", (json_int_t)ind->id,
	    "code", ind->code,
	    "name", ind->name,
	    "unit", ind->unit,
	    "direction", ind->direction == DIR_UP ? "up" : "down",
	    "aggregation", ind->aggregation == AGG_SUM ? "sum" :
	    ind->aggregation == AGG_MEAN ? "mean" :
	    ind->aggregation == AGG_LAST ? "last" : "ratio",
	    "weight_name", ind->weight_name,
	    "cumulative", ind->cumulative,
	    "decimals", ind->decimals,
	    "tolerance_bp", ind->tolerance_bp,
	    "min", api_opt_scaled(ind->has_min, ind->min_value, ind->decimals),
	    "max", api_opt_scaled(ind->has_max, ind->max_value, ind->decimals),
	    "baseline", api_opt_scaled(ind->has_baseline, ind->baseline,
	    ind->decimals),
	    "baseline_year", ind->baseline_year ?
	    json_integer(ind->baseline_year) : json_null(),
	    "source", ind->source,
	    "policy_indicator", ind->is_policy);
	if (j == NULL || !with_targets)
		return j;
	if ((a = json_array()) == NULL) {
		json_decref(j);
		return NULL;
	}
	for (i = 0; i < ind->targetn; i++) {
		t = json_pack("{s:I,s:i,s:i,s:o}",
		    "org_unit", (json_int_t)ind->targets[i].org_unit_id,
		    "year", ind->targets[i].year,
		    "quarter", ind->targets[i].quarter,
		    "value", api_scaled(ind->targets[i].value, ind->decimals));
		json_array_append_new(a, t);
	}
	json_object_set_new(j, "targets", a);
	return j;
}
