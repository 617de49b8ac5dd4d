/*
 * uom.c: the units of measure and their labels; the rows of
 * migrations/0008-unit-of-measure.sql, in the same order.
 */
#include <string.h>

#include "text.h"
#include "uom.h"

const struct uom uom_table[] = {
	{ "aantal", "", { "aantal", "number" }, { "", "" }, { "", "" } },
	{ "%", "%", { "%", "%" }, { "", "" }, { "", "" } },
	{ "dagen", "", { "dagen", "days" }, { "dag", "day" },
	  { "dagen", "days" } },
	{ "euro", "", { "euro", "euro" }, { "euro", "euro" },
	  { "euro", "euros" } },
	{ "score", "", { "rapportcijfer", "score" }, { "", "" }, { "", "" } },
	{ "t", "t", { "ton", "tonnes" }, { "", "" }, { "", "" } },
	{ "m2", "m\xc2\xb2", { "m\xc2\xb2", "m\xc2\xb2" },
	  { "", "" }, { "", "" } },
	{ "MWh", "MWh", { "MWh", "MWh" }, { "", "" },
	  { "", "" } },
	{ "fte", "fte", { "fte", "FTE" }, { "", "" }, { "", "" } },
};
const size_t uom_table_len = sizeof(uom_table) / sizeof(uom_table[0]);

const struct uom *
uom_get(const char *code)
{
	size_t	i;

	if (code == NULL)
		return NULL;
	for (i = 0; i < uom_table_len; i++)
		if (strcmp(uom_table[i].code, code) == 0)
			return &uom_table[i];
	return NULL;
}

const char *
uom_name(const char *code, int lang_en)
{
	const struct uom	*u = uom_get(code);

	if (u == NULL)
		return code != NULL ? code : "";
	return u->name[lang_en != 0];
}

const char *
uom_after(const char *code, int lang_en, int one)
{
	const struct uom	*u = uom_get(code);

	if (u == NULL)
		return code != NULL ? code : "";
	if (u->symbol[0] != '\0')
		return u->symbol;
	return one ? u->one[lang_en != 0] : u->many[lang_en != 0];
}

int
uom_is_one(int64_t scaled, int decimals)
{
	return decimals == 0 && scaled == 1;
}

const char *const uom_field_names[UOM_F__MAX] = {
	"code", "symbol", "name_nl", "name_en", "one_nl", "many_nl",
	"one_en", "many_en"
};

/* The buffer of field f and its size. */
static char *
uom_rec_field(struct uom_rec *r, enum uom_field f, size_t *sz)
{
	*sz = UOM_LABEL_MAX + 1;
	switch (f) {
	case UOM_F_CODE:
		*sz = sizeof(r->code);
		return r->code;
	case UOM_F_SYMBOL:
		return r->symbol;
	case UOM_F_NAME_NL:
		return r->name[0];
	case UOM_F_NAME_EN:
		return r->name[1];
	case UOM_F_ONE_NL:
		return r->one[0];
	case UOM_F_MANY_NL:
		return r->many[0];
	case UOM_F_ONE_EN:
		return r->one[1];
	case UOM_F_MANY_EN:
		return r->many[1];
	default:
		return NULL;
	}
}

int
uom_rec_set(struct uom_rec *r, enum uom_field f, const char *s)
{
	char	*b;
	size_t	 sz, n;

	if ((b = uom_rec_field(r, f, &sz)) == NULL)
		return 0;
	b[0] = '\0';
	if (s == NULL)
		return 1;
	if ((n = strlen(s)) >= sz)
		return 0;
	memcpy(b, s, n + 1);
	return 1;
}

const char *
uom_rec_get(const struct uom_rec *r, enum uom_field f)
{
	switch (f) {
	case UOM_F_CODE:
		return r->code;
	case UOM_F_SYMBOL:
		return r->symbol;
	case UOM_F_NAME_NL:
	case UOM_F_NAME_EN:
		return r->name[f == UOM_F_NAME_EN];
	case UOM_F_ONE_NL:
	case UOM_F_ONE_EN:
		return r->one[f == UOM_F_ONE_EN];
	case UOM_F_MANY_NL:
	case UOM_F_MANY_EN:
		return r->many[f == UOM_F_MANY_EN];
	default:
		return "";
	}
}

static int
uom_code_ok(const char *s)
{
	size_t	i, n = strlen(s);

	if (n == 0 || n > UOM_CODE_MAX)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= '0' && s[i] <= '9') ||
		    s[i] == '%' || s[i] == '_' || s[i] == '-'))
			return 0;
	return 1;
}

/* A label: one clean line of at most UOM_LABEL_MAX bytes, maybe empty. */
static int
uom_label_ok(const char *s, int required)
{
	return text_check(s, UOM_LABEL_MAX, TEXT_LINE, required) == TEXT_OK;
}

enum uom_err
uom_rec_check(const struct uom_rec *r, enum uom_field *at)
{
	static const enum uom_field name[2] = { UOM_F_NAME_NL, UOM_F_NAME_EN };
	static const enum uom_field one[2] = { UOM_F_ONE_NL, UOM_F_ONE_EN };
	static const enum uom_field many[2] = { UOM_F_MANY_NL, UOM_F_MANY_EN };
	enum uom_field	 dummy;
	int		 l;

	if (at == NULL)
		at = &dummy;
	*at = UOM_F_CODE;
	if (!uom_code_ok(r->code))
		return UOM_BAD_CODE;
	*at = UOM_F_SYMBOL;
	if (!uom_label_ok(r->symbol, 0))
		return UOM_BAD_SYMBOL;
	for (l = 0; l < 2; l++) {
		*at = name[l];
		if (!uom_label_ok(r->name[l], 1))
			return UOM_BAD_NAME;
	}
	for (l = 0; l < 2; l++) {
		*at = one[l];
		if (!uom_label_ok(r->one[l], 0))
			return UOM_BAD_LABEL;
		*at = many[l];
		if (!uom_label_ok(r->many[l], 0))
			return UOM_BAD_LABEL;
		*at = r->one[l][0] == '\0' ? one[l] : many[l];
		if ((r->one[l][0] == '\0') != (r->many[l][0] == '\0'))
			return UOM_BAD_WORDS;
	}
	return UOM_OK;
}

const char *
uom_err_key(enum uom_err e)
{
	switch (e) {
	case UOM_BAD_CODE:
		return "T_UOM_ERR_CODE";
	case UOM_BAD_SYMBOL:
		return "T_UOM_ERR_SYMBOL";
	case UOM_BAD_NAME:
		return "T_UOM_ERR_NAME";
	case UOM_BAD_WORDS:
		return "T_UOM_ERR_WORDS";
	case UOM_BAD_LABEL:
		return "T_UOM_ERR_LABEL";
	default:
		return "T_UOM_DONE";
	}
}

const char *
uom_rec_after(const struct uom_rec *r, int lang_en, int one)
{
	if (r->symbol[0] != '\0')
		return r->symbol;
	return one ? r->one[lang_en != 0] : r->many[lang_en != 0];
}

void
uom_rec_from(struct uom_rec *r, const struct uom *u)
{
	int	l;

	memset(r, 0, sizeof(*r));
	(void)uom_rec_set(r, UOM_F_CODE, u->code);
	(void)uom_rec_set(r, UOM_F_SYMBOL, u->symbol);
	for (l = 0; l < 2; l++) {
		(void)uom_rec_set(r, l ? UOM_F_NAME_EN : UOM_F_NAME_NL,
		    u->name[l]);
		(void)uom_rec_set(r, l ? UOM_F_ONE_EN : UOM_F_ONE_NL,
		    u->one[l]);
		(void)uom_rec_set(r, l ? UOM_F_MANY_EN : UOM_F_MANY_NL,
		    u->many[l]);
	}
}
