/*
 * uom.h: units of measure, the codes indicator.unit holds, with their
 * Dutch and English labels.  The same rows are the table unit_of_measure
 * (migrations/0008-unit-of-measure.sql), which refuses any other code;
 * tests/unit/test_uom.c proves the two agree.  Pure: no I/O.
 */
#ifndef KOERS_UOM_H
#define KOERS_UOM_H

#include <stddef.h>

struct uom {
	const char	*code;
	const char	*symbol;	/* after a number; "" for none */
	const char	*name[2];	/* nl, en: as a label */
	const char	*one[2];	/* nl, en: after exactly 1 */
	const char	*many[2];	/* nl, en: after any other number */
};

extern const struct uom	uom_table[];
extern const size_t	uom_table_len;

/* The unit with this code, or NULL. */
const struct uom	*uom_get(const char *code);

/* The unit as a label ("ton", "tonnes"); an unknown code as itself. */
const char		*uom_name(const char *code, int lang_en);

/*
 * What follows a number in this unit: the symbol ("%", "t"), else the
 * word for exactly one or for any other number ("dag", "dagen"), else ""
 * (a plain count).  An unknown code is written as itself.
 */
const char		*uom_after(const char *code, int lang_en, int one);

#endif
