/*
 * api_body.c: reading the API's JSON bodies.  A body is refused when it is
 * not one JSON object, when a member name occurs twice (which copy would
 * count is not the client's to guess), or when a member has the wrong type;
 * members Koers does not know are ignored.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "api_body.h"
#include "utf8.h"

/* The JSON name of member k of a figure's body (enum api_fig_member). */
const char *
api_body_member_name(int k)
{
	if (k >= 0 && k < FIG__NUMS)
		return fig_num_names[k];
	return k == AFM_EXPLANATION ? "explanation" : "measure";
}

/* Parse len bytes as one JSON object; NULL when they are not one. */
static json_t *
api_body_object(const char *s, size_t len)
{
	json_t	*j;

	if (s == NULL)
		return NULL;
	if ((j = json_loadb(s, len, JSON_REJECT_DUPLICATES, NULL)) == NULL)
		return NULL;
	if (!json_is_object(j)) {
		json_decref(j);
		return NULL;
	}
	return j;
}

/* Note why a body was refused; key NULL: no memory.  Returns 0. */
static int
api_body_fail(struct api_body_err *err, const char *field, const char *key)
{
	err->field = field;
	err->key = key;
	return 0;
}

/*
 * The text member key of o into *out: NULL when absent, "" for null, a copy
 * of the string otherwise.  num: the member holds a number.  Returns 1, or 0 with *err set for another type
 * (or with err->key NULL when memory ran out).
 */
static int
api_body_text(json_t *o, const char *key, int num, char **out,
    struct api_body_err *err)
{
	json_t	*v = json_object_get(o, key);

	*out = NULL;
	if (v == NULL)
		return 1;
	/*
	 * DECISION: a JSON number is refused, not rounded: 0.1 has no exact
	 * binary form, and the same text on the form and in the API must
	 * mean the same value.  The message says to send a decimal string.
	 */
	if (json_is_number(v) && num)
		return api_body_fail(err, key, "T_API_BODY_DECIMAL_STRING");
	if (!json_is_null(v) && !json_is_string(v))
		return api_body_fail(err, key, "T_API_BODY_STRINGS");
	if ((*out = strdup(json_is_null(v) ? "" :
	    json_string_value(v))) == NULL)
		return api_body_fail(err, key, NULL);
	return 1;
}

/*
 * Read a figure's body.  Returns 1 with *b filled (free with
 * api_body_figure_clear()), or 0 with *err set and *b empty.
 */
int
api_body_figure(const char *s, size_t len, struct api_figure_body *b,
    struct api_body_err *err)
{
	json_t	*o, *ver;
	size_t	 i;
	int	 ok = 0;

	memset(b, 0, sizeof(*b));
	if ((o = api_body_object(s, len)) == NULL)
		return api_body_fail(err, "", "T_API_BODY_FIGURE");
	ver = json_object_get(o, "version");
	if (!json_is_integer(ver) || json_integer_value(ver) < 0) {
		api_body_fail(err, "version", "T_API_BODY_FIGURE");
		goto out;
	}
	b->version = json_integer_value(ver);
	for (i = 0; i < AFM__MAX; i++)
		if (!api_body_text(o, api_body_member_name((int)i),
		    i < FIG__NUMS, &b->member[i], err))
			goto out;
	ok = 1;
out:
	json_decref(o);
	if (!ok)
		api_body_figure_clear(b);
	return ok;
}

void
api_body_figure_clear(struct api_figure_body *b)
{
	size_t	i;

	if (b == NULL)
		return;
	for (i = 0; i < AFM__MAX; i++)
		free(b->member[i]);
	memset(b, 0, sizeof(*b));
}

/*
 * Whether every number member the body fills applies to an indicator of
 * this kind: a ratio takes numerator and denominator, never value; any
 * other indicator takes value, never the parts; weight only a weighted
 * mean.  null or "" for a member that does not apply empties nothing that
 * could be stored and is let through.  Returns 1, or 0 with *err naming
 * the first member at fault (the handler answers 422).
 */
int
api_body_figure_applies(const struct api_figure_body *b, int ratio,
    int weighted, struct api_body_err *err)
{
	int	k, applies;

	for (k = 0; k < FIG__NUMS; k++) {
		switch (k) {
		case FIG_VALUE:
			applies = !ratio;
			break;
		case FIG_NUMERATOR:
		case FIG_DENOMINATOR:
			applies = ratio;
			break;
		case FIG_WEIGHT:
			applies = weighted;
			break;
		default:
			applies = 1;
			break;
		}
		if (!applies && b->member[k] != NULL && b->member[k][0] != '\0')
			return api_body_fail(err, fig_num_names[k],
			    ratio && k == FIG_VALUE ?
			    "T_API_BODY_VALUE_RATIO" :
			    "T_API_BODY_NOT_APPLICABLE");
	}
	return 1;
}

/* Put the members the body carries over t; the others keep their text. */
void
api_body_figure_apply(const struct api_figure_body *b, struct entry_text *t)
{
	int	k;

	for (k = 0; k < FIG__NUMS; k++)
		if (b->member[k] != NULL)
			*entry_text_num(t, (enum fig_num)k) = b->member[k];
	if (b->member[AFM_EXPLANATION] != NULL)
		t->explanation = b->member[AFM_EXPLANATION];
	if (b->member[AFM_MEASURE] != NULL)
		t->measure = b->member[AFM_MEASURE];
}

/*
 * Read a workflow action's body: empty, or an object whose "comment" is
 * absent, null or a string.  Returns as api_body_figure().
 */
int
api_body_submission(const char *s, size_t len, struct api_submission_body *b,
    struct api_body_err *err)
{
	json_t	*o;
	int	 ok;

	memset(b, 0, sizeof(*b));
	if (s == NULL || len == 0)
		return 1;
	if ((o = api_body_object(s, len)) == NULL)
		return api_body_fail(err, "", "T_API_BODY_OBJECT");
	if ((ok = api_body_text(o, "comment", 0, &b->comment, err)) &&
	    json_is_null(json_object_get(o, "comment"))) {
		free(b->comment);	/* null: no comment, as absent */
		b->comment = NULL;
	}
	json_decref(o);
	return ok;
}

void
api_body_submission_clear(struct api_submission_body *b)
{
	if (b == NULL)
		return;
	free(b->comment);
	b->comment = NULL;
}

/*
 * Read a unit of measure's body.  Returns 1 with *b filled, or 0 with
 * *err set: not an object, a member that is not a unit's field, or one
 * that is not a string or null.
 */
int
api_body_uom(const char *s, size_t len, struct api_uom_body *b,
    struct api_body_err *err)
{
	json_t		*o, *v;
	const char	*k;
	size_t		 f;

	memset(b, 0, sizeof(*b));
	if ((o = api_body_object(s, len)) == NULL)
		return api_body_fail(err, "", "T_API_BODY_OBJECT");
	json_object_foreach(o, k, v) {
		for (f = 0; f < UOM_F__MAX; f++)
			if (strcmp(k, uom_field_names[f]) == 0)
				break;
		if (f == UOM_F__MAX) {
			/* Named from b: the key's text goes with o. */
			utf8_snprintf(b->unknown, sizeof(b->unknown), "%s", k);
			json_decref(o);
			return api_body_fail(err, b->unknown,
			    "T_API_BODY_UNKNOWN");
		}
		if (!json_is_null(v) && !json_is_string(v)) {
			json_decref(o);
			return api_body_fail(err, uom_field_names[f],
			    "T_API_BODY_STRINGS");
		}
		b->given |= 1u << f;
		if (!uom_rec_set(&b->rec, (enum uom_field)f,
		    json_is_null(v) ? "" : json_string_value(v)))
			b->too_long |= 1u << f;
	}
	json_decref(o);
	return 1;
}
