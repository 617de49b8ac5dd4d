/*
 * structure.c: the field tables and checks of the programme structure
 * (structure.h).  Pure: no I/O.
 */
#include <string.h>

#include "num.h"
#include "structure.h"
#include "text.h"
#include "uom.h"

static const char *const st_directions[] = { "up", "down", NULL };
static const char *const st_aggregations[] = {
	"sum", "mean", "last", "ratio", NULL
};
static const char *const st_frequencies[] = { "quarter", "year", NULL };

static const struct st_field st_programme[SP__N] = {
	{ "number", STT_NUMBER, 1, 0, NULL, "T_ST_NUMBER" },
	{ "name", STT_LINE, 1, ST_LINE_MAX, NULL, "T_ST_NAME" },
	{ "portfolio_holder", STT_LINE, 0, ST_LINE_MAX, NULL,
	  "T_ST_PORTFOLIO" },
	{ "directie_id", STT_ID, 1, 0, NULL, "T_ST_DIRECTIE" },
	{ "w1", STT_LINES, 0, ST_LINES_MAX, NULL, "T_ST_W1" },
	{ "w2", STT_LINES, 0, ST_LINES_MAX, NULL, "T_ST_W2" },
	{ "w3", STT_LINES, 0, ST_LINES_MAX, NULL, "T_ST_W3" },
};

static const struct st_field st_effect[SE__N] = {
	{ "number", STT_NUMBER, 1, 0, NULL, "T_ST_NUMBER" },
	{ "name", STT_LINE, 1, ST_LINE_MAX, NULL, "T_ST_NAME" },
	{ "description", STT_LINES, 0, ST_LINES_MAX, NULL,
	  "T_ST_DESCRIPTION" },
};

static const struct st_field st_performance[SF__N] = {
	{ "number", STT_NUMBER, 1, 0, NULL, "T_ST_NUMBER" },
	{ "name", STT_LINE, 1, ST_LINE_MAX, NULL, "T_ST_NAME" },
	{ "description", STT_LINES, 0, ST_LINES_MAX, NULL,
	  "T_ST_DESCRIPTION" },
	{ "org_unit_id", STT_ID, 1, 0, NULL, "T_ST_OWNER" },
};

static const struct st_field st_indicator[SI__N] = {
	{ "code", STT_CODE, 1, ST_CODE_MAX, NULL, "T_ST_CODE" },
	{ "name", STT_LINE, 1, ST_LINE_MAX, NULL, "T_ST_NAME" },
	{ "definition", STT_LINES, 0, ST_LINES_MAX, NULL, "T_ST_DEFINITION" },
	{ "unit", STT_UOM, 1, 0, NULL, "T_ST_UNIT" },
	{ "direction", STT_CHOICE, 1, 0, st_directions, "T_ST_DIRECTION" },
	{ "aggregation", STT_CHOICE, 1, 0, st_aggregations,
	  "T_ST_AGGREGATION" },
	{ "weight_name", STT_LINE, 0, 60, NULL, "T_ST_WEIGHT" },
	{ "cumulative", STT_BOOL, 0, 0, NULL, "T_ST_CUMULATIVE" },
	{ "frequency", STT_CHOICE, 1, 0, st_frequencies, "T_ST_FREQUENCY" },
	{ "decimals", STT_DECIMALS, 1, 0, NULL, "T_ST_DECIMALS" },
	{ "tolerance", STT_PERCENT, 1, 0, NULL, "T_ST_TOLERANCE" },
	{ "source", STT_LINE, 0, ST_LINE_MAX, NULL, "T_ST_SOURCE" },
	{ "is_policy", STT_BOOL, 0, 0, NULL, "T_ST_POLICY" },
};

const struct st_field *
structure_fields(enum st_kind k, size_t *n)
{
	switch (k) {
	case ST_PROGRAMME:
		*n = SP__N;
		return st_programme;
	case ST_EFFECT:
		*n = SE__N;
		return st_effect;
	case ST_PERFORMANCE:
		*n = SF__N;
		return st_performance;
	case ST_INDICATOR:
		*n = SI__N;
		return st_indicator;
	default:
		*n = 0;
		return NULL;
	}
}

int
structure_field_index(enum st_kind k, const char *name)
{
	const struct st_field	*f;
	size_t			 i, n;

	if ((f = structure_fields(k, &n)) == NULL || name == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if (strcmp(f[i].name, name) == 0)
			return (int)i;
	return -1;
}

const char *
structure_kind_name(enum st_kind k)
{
	static const char *const names[ST__KINDS] = {
		"programme", "effect", "performance", "indicator"
	};

	return k < ST__KINDS ? names[k] : "";
}

int
structure_err(struct st_errs *e, const char *field, const char *key)
{
	if (e->n < sizeof(e->v) / sizeof(e->v[0])) {
		e->v[e->n].field = field;
		e->v[e->n].key = key;
		e->n++;
	}
	return 0;
}

/* s as a whole number of digits only, 1..max.  1 or 0. */
static int
st_whole(const char *s, int64_t max, int64_t *out)
{
	int64_t	v = 0;

	if (*s == '\0' || (*s == '0' && s[1] != '\0'))
		return 0;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9')
			return 0;
		v = v * 10 + (*s - '0');
		if (v > max)
			return 0;
	}
	if (v < 1)
		return 0;
	*out = v;
	return 1;
}

/* Leading and trailing ASCII blanks do not count in numbers and codes. */
static size_t
st_trim(const char *s, char *buf, size_t sz)
{
	size_t	b = 0, e = strlen(s);

	while (s[b] == ' ' || s[b] == '\t')
		b++;
	while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' ||
	    s[e - 1] == '\r' || s[e - 1] == '\n'))
		e--;
	if (e - b >= sz)
		return (size_t)-1;
	memcpy(buf, s + b, e - b);
	buf[e - b] = '\0';
	return e - b;
}

static int
st_bool(const char *s, int64_t *out)
{
	if (*s == '\0' || strcmp(s, "0") == 0 || strcmp(s, "false") == 0) {
		*out = 0;
		return 1;
	}
	if (strcmp(s, "1") == 0 || strcmp(s, "on") == 0 ||
	    strcmp(s, "true") == 0) {
		*out = 1;
		return 1;
	}
	return 0;
}

static int
st_code(const char *s)
{
	for (; *s != '\0'; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		    (*s >= '0' && *s <= '9') || *s == '.' || *s == '-' ||
		    *s == '_'))
			return 0;
	return 1;
}

/* One field; 1 when it is right, else 0 with the error added. */
static int
st_check_one(const struct st_field *f, const char *in, struct st_rec *r,
    size_t i, struct st_errs *e)
{
	char		 buf[64];
	const char	*s = in != NULL ? in : "";
	size_t		 k;
	int64_t		 v;
	struct num_parse np;

	r->txt[i] = s;
	r->num[i] = 0;
	switch (f->type) {
	case STT_LINE:
	case STT_LINES:
		switch (text_check(s, f->max, f->type == STT_LINE ?
		    TEXT_LINE : TEXT_LINES, f->required)) {
		case TEXT_OK:
			return 1;
		case TEXT_EMPTY:
			return structure_err(e, f->name, "T_ST_ERR_REQUIRED");
		case TEXT_TOO_LONG:
			return structure_err(e, f->name, "T_ST_ERR_TOO_LONG");
		default:
			return structure_err(e, f->name, "T_ST_ERR_CONTROL");
		}
	default:
		break;
	}
	if (st_trim(s, buf, sizeof(buf)) == (size_t)-1)
		return structure_err(e, f->name, "T_ST_ERR_TOO_LONG");
	if (buf[0] == '\0' && f->required && f->type != STT_BOOL)
		return structure_err(e, f->name, "T_ST_ERR_REQUIRED");
	switch (f->type) {
	case STT_NUMBER:
		if (!st_whole(buf, ST_NUMBER_MAX, &r->num[i]))
			return structure_err(e, f->name, "T_ST_ERR_NUMBER");
		return 1;
	case STT_ID:
		if (!st_whole(buf, INT64_C(9007199254740992), &r->num[i]))
			return structure_err(e, f->name, "T_ST_ERR_UNIT");
		return 1;
	case STT_DECIMALS:
		if (strlen(buf) != 1 || buf[0] < '0' ||
		    buf[0] > '0' + NUM_DECIMALS_MAX)
			return structure_err(e, f->name, "T_ST_ERR_DECIMALS");
		r->num[i] = buf[0] - '0';
		return 1;
	case STT_PERCENT:
		if (num_parse(buf, 2, &np) != NUM_OK || np.value < 0 ||
		    np.value > 10000)
			return structure_err(e, f->name, "T_ST_ERR_PERCENT");
		r->num[i] = np.value;
		return 1;
	case STT_BOOL:
		if (!st_bool(buf, &v))
			return structure_err(e, f->name, "T_ST_ERR_BOOL");
		r->num[i] = v;
		return 1;
	case STT_CHOICE:
		for (k = 0; f->choices[k] != NULL; k++)
			if (strcmp(f->choices[k], buf) == 0) {
				r->txt[i] = f->choices[k];
				r->num[i] = (int64_t)k;
				return 1;
			}
		return structure_err(e, f->name, "T_ST_ERR_CHOICE");
	case STT_UOM:
		if (uom_get(buf) == NULL)
			return structure_err(e, f->name, "T_ST_ERR_UOM");
		r->txt[i] = uom_get(buf)->code;
		return 1;
	case STT_CODE:
		if (strlen(buf) > f->max || !st_code(buf))
			return structure_err(e, f->name, "T_ST_ERR_CODE");
		/* The trimmed code: in and the table's own copy differ. */
		r->txt[i] = NULL;
		return 1;
	default:
		return structure_err(e, f->name, "T_ST_ERR_CHOICE");
	}
}

/*
 * A code is kept as typed minus its blanks; the caller's text is the
 * owner, so a code with blanks around it is refused rather than copied.
 */
static int
st_code_exact(const char *s)
{
	size_t	n = strlen(s);

	return n > 0 && s[0] != ' ' && s[0] != '\t' && s[n - 1] != ' ' &&
	    s[n - 1] != '\t';
}

int
structure_check(enum st_kind k, const struct st_form *in, struct st_rec *r,
    struct st_errs *e)
{
	const struct st_field	*f;
	size_t			 i, n;
	int			 ok = 1;

	memset(r, 0, sizeof(*r));
	e->n = 0;
	if ((f = structure_fields(k, &n)) == NULL)
		return structure_err(e, "", "T_ST_ERR_CHOICE");
	for (i = 0; i < n; i++) {
		if (!st_check_one(&f[i], in->in[i], r, i, e)) {
			ok = 0;
			continue;
		}
		if (f[i].type == STT_CODE) {
			if (!st_code_exact(in->in[i])) {
				ok = structure_err(e, f[i].name,
				    "T_ST_ERR_CODE");
				continue;
			}
			r->txt[i] = in->in[i];
		}
	}
	if (!ok)
		return 0;
	/* Across fields: a weight only names the weight of a mean. */
	if (k == ST_INDICATOR && r->num[SI_AGGREGATION] != 1 &&
	    r->txt[SI_WEIGHT][0] != '\0')
		return structure_err(e, "weight_name", "T_ST_ERR_WEIGHT");
	return 1;
}

const char *
structure_quarter_name(int q)
{
	static const char *const names[5] = { "year", "q1", "q2", "q3", "q4" };

	return q >= 0 && q <= 4 ? names[q] : "";
}

int
structure_target_parse(const char *text, int decimals, int quarter,
    int yearly, int64_t *value, int *present, const char **key)
{
	struct num_parse	np;

	*value = 0;
	*present = 0;
	*key = NULL;
	if (text == NULL)
		return 1;
	switch (num_parse(text, decimals, &np)) {
	case NUM_OK:
		break;
	case NUM_EMPTY:
		return 1;
	case NUM_AMBIGUOUS:
		*key = "T_ST_ERR_AMBIGUOUS";
		return 0;
	case NUM_TOO_MANY_DECIMALS:
		*key = "T_ST_ERR_TOO_PRECISE";
		return 0;
	case NUM_RANGE:
		*key = "T_ST_ERR_RANGE";
		return 0;
	default:
		*key = "T_ST_ERR_NOT_NUMBER";
		return 0;
	}
	if (yearly && quarter >= 1 && quarter <= 3) {
		*key = "T_ST_ERR_YEARLY";
		return 0;
	}
	*value = np.value;
	*present = 1;
	return 1;
}
