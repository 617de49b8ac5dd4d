/*
 * uom.c: the units of measure and their labels; the rows of
 * migrations/0008-unit-of-measure.sql, in the same order.
 */
#include <string.h>

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
