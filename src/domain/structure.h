/*
 * structure.h: the rules for the programme structure of a budget year as
 * concern control maintains it (issue 14): programmes, effects,
 * performances and indicators, their targets, and whether a year may
 * still change.  The pages and the API read their input into texts, one
 * per field, and both call structure_check(): the same text gets the same
 * verdict whichever way it came in.  Pure: no I/O.
 */
#ifndef KOERS_STRUCTURE_H
#define KOERS_STRUCTURE_H

#include <stddef.h>
#include <stdint.h>

enum st_kind {
	ST_PROGRAMME,
	ST_EFFECT,
	ST_PERFORMANCE,
	ST_INDICATOR,
	ST__KINDS
};

/* The fields of each kind, in the order structure_fields() lists them. */
enum st_programme_field {
	SP_NUMBER, SP_NAME, SP_PORTFOLIO, SP_DIRECTIE, SP_W1, SP_W2, SP_W3,
	SP__N
};
enum st_effect_field {
	SE_NUMBER, SE_NAME, SE_DESCRIPTION, SE__N
};
enum st_performance_field {
	SF_NUMBER, SF_NAME, SF_DESCRIPTION, SF_OWNER, SF__N
};
enum st_indicator_field {
	SI_CODE, SI_NAME, SI_DEFINITION, SI_UNIT, SI_DIRECTION,
	SI_AGGREGATION, SI_WEIGHT, SI_CUMULATIVE, SI_FREQUENCY, SI_DECIMALS,
	SI_TOLERANCE, SI_SOURCE, SI_POLICY, SI__N
};

enum st_type {
	STT_NUMBER,	/* a whole number 1..ST_NUMBER_MAX (programme 3) */
	STT_LINE,	/* one line of text */
	STT_LINES,	/* several lines */
	STT_ID,		/* an org unit id (the store checks it exists) */
	STT_CHOICE,	/* one of choices[] */
	STT_BOOL,	/* "1", "on", "true" or "0", "false", "" */
	STT_DECIMALS,	/* 0..4 */
	STT_PERCENT,	/* 0..100 with up to 2 decimals, kept in basis points */
	STT_CODE,	/* letters, digits, '.', '-', '_' */
	STT_UOM		/* a code of uom.h */
};

#define ST_MAXF		16
#define ST_NUMBER_MAX	999
#define ST_LINE_MAX	300
#define ST_LINES_MAX	4000
#define ST_CODE_MAX	40

struct st_field {
	const char		*name;		/* form field and JSON member */
	enum st_type		 type;
	int			 required;
	size_t			 max;		/* bytes, for texts */
	const char *const	*choices;	/* STT_CHOICE: NULL-terminated */
	const char		*label;		/* catalogue key of its label */
};

/* One text per field (NULL: absent, as "" for a text). */
struct st_form {
	const char	*in[ST_MAXF];
};

/* What structure_check() read: numbers, or the text (borrowed). */
struct st_rec {
	int64_t		 num[ST_MAXF];
	const char	*txt[ST_MAXF];
};

struct st_err {
	const char	*field;		/* the field's name, or "" */
	const char	*key;		/* catalogue key of the message */
};

struct st_errs {
	struct st_err	 v[ST_MAXF + 4];
	size_t		 n;
};

const struct st_field	*structure_fields(enum st_kind, size_t *n);
/* The index of the field called name in kind, or -1. */
int	structure_field_index(enum st_kind, const char *name);
/* The stored name of an entity kind ("programme", ...), for the audit. */
const char	*structure_kind_name(enum st_kind);

/*
 * Check every field of f and fill r.  Returns 1 when all is well, else 0
 * with one error per wrong field in *e (in field order).
 */
int	structure_check(enum st_kind, const struct st_form *f,
	    struct st_rec *r, struct st_errs *e);
/* Add an error naming field; returns 0. */
int	structure_err(struct st_errs *, const char *field, const char *key);


/*
 * One target cell as typed: "" or NULL clears it (*present 0); otherwise
 * a number with at most `decimals` decimals (num.h).  quarter 0 is the
 * year; a yearly indicator takes the year and Q4 only.  Returns 1 with
 * *value and *present set, or 0 with *key the catalogue key of why.
 */
int	structure_target_parse(const char *text, int decimals, int quarter,
	    int yearly, int64_t *value, int *present, const char **key);

/* The field name of a target cell in forms and errors: "year", "q1".."q4". */
const char	*structure_quarter_name(int quarter);

#endif
