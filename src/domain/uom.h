/*
 * uom.h: units of measure, the codes indicator.unit holds, with their
 * Dutch and English labels.  The same rows are the table unit_of_measure
 * (migrations/0008-unit-of-measure.sql), which refuses any other code;
 * tests/unit/test_uom.c proves the two agree.  Pure: no I/O.
 */
#ifndef KOERS_UOM_H
#define KOERS_UOM_H

#include <stddef.h>
#include <stdint.h>

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

/*
 * The number rule: the singular ("1 dag", "1 day") only after exactly
 * "1", a number shown without decimals; any other number, "1,0" and "0"
 * included, takes the plural ("1,0 dagen", "0 dagen").  scaled is the
 * value times 10^decimals.
 */
int			 uom_is_one(int64_t scaled, int decimals);

/*
 * A unit of measure as stored and edited (table unit_of_measure): fixed
 * buffers, so a row is bounded.  The code is what indicator.unit holds and
 * never changes once made; the labels can be renamed.
 */
#define UOM_CODE_MAX	16	/* bytes */
#define UOM_LABEL_MAX	40	/* bytes of every label */

struct uom_rec {
	char	code[UOM_CODE_MAX + 1];
	char	symbol[UOM_LABEL_MAX + 1];	/* "" for none */
	char	name[2][UOM_LABEL_MAX + 1];	/* nl, en */
	char	one[2][UOM_LABEL_MAX + 1];	/* nl, en: after exactly 1 */
	char	many[2][UOM_LABEL_MAX + 1];	/* nl, en: after another number */
};

/* Why a unit of measure is refused; each has a catalogue text. */
enum uom_err {
	UOM_OK = 0,
	UOM_BAD_CODE,		/* 1..16 of A-Z a-z 0-9 % _ - */
	UOM_BAD_SYMBOL,		/* a label too long or not one clean line */
	UOM_BAD_NAME,		/* the nl and en names are required */
	UOM_BAD_WORDS,		/* singular and plural: both or neither */
	UOM_BAD_LABEL		/* another label too long or not clean */
};

/* The fields of a uom_rec by their form and JSON names, for the readers. */
enum uom_field {
	UOM_F_CODE, UOM_F_SYMBOL, UOM_F_NAME_NL, UOM_F_NAME_EN,
	UOM_F_ONE_NL, UOM_F_MANY_NL, UOM_F_ONE_EN, UOM_F_MANY_EN, UOM_F__MAX
};
extern const char *const uom_field_names[UOM_F__MAX];

/*
 * Set field f of r from s; 0 (and the field left "") when s does not fit
 * (too long), which uom_rec_check() then reports.
 */
int			 uom_rec_set(struct uom_rec *, enum uom_field,
			    const char *s);
const char		*uom_rec_get(const struct uom_rec *, enum uom_field);
/*
 * The one validation of a unit of measure, for the page and the API:
 * UOM_OK, or the refusal with the field at fault in *at (may be NULL).
 */
enum uom_err		 uom_rec_check(const struct uom_rec *,
			    enum uom_field *at);
/* The catalogue key of a refusal (T_UOM_ERR_...). */
const char		*uom_err_key(enum uom_err);
/* What follows a number in r: as uom_after(). */
const char		*uom_rec_after(const struct uom_rec *, int lang_en,
			    int one);
/* The unit of the compiled table as a record (the fallback). */
void			 uom_rec_from(struct uom_rec *, const struct uom *);

#endif
