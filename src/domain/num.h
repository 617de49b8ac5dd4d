/*
 * num.h: scaled-integer numbers as municipal staff type and read them.
 * Pure functions, no I/O, no allocation, no locale: the parser the fuzzer
 * drives.
 *
 * An indicator value is an int64_t scaled by 10^decimals (decimals 0..4);
 * money is int64_t euro cents.  Nothing here goes through double.
 *
 * What num_parse accepts (the same text means the same thing whatever the
 * form's language and whatever the indicator's decimals):
 *
 *   [blank] [sign] [blank] ["€" [blank]] [sign] [blank] body
 *           [",-"] [[blank] "%"] [blank]
 *
 *   - blank: ASCII white space, U+00A0, U+2009 or U+202F (what spreadsheets
 *     and browsers paste).  Only one sign in all: '-', '+' or U+2212.
 *   - "€" and "%" are accepted and dropped because users paste them; both
 *     at once is NUM_SYNTAX.  The caller decides what the number means.
 *   - ",-" after the body is the Dutch "no cents": "12,-" is 12,
 *     "1.234,-" is 1234.
 *   - body: digits with '.', ',' or a single space (or the Unicode blanks
 *     above) between them; never two separators in a row, never a
 *     separator at the end; ".5" and ",5" are 0.5.
 *   - Both '.' and ',' occur: the last one is the decimal separator and may
 *     occur only once; the other one groups thousands.
 *   - Spaces occur: they group thousands; a single '.' or ',' after the
 *     last group is the decimal separator ("1 234,5", "1 234.567").
 *   - One of '.' or ',' occurs more than once: it groups thousands, the
 *     number is whole ("1.234.567", "1,234,567").
 *   - Thousands groups: first group 1..3 digits not starting with '0',
 *     every later group exactly 3 digits; otherwise NUM_SYNTAX.
 *   - One '.' or ',' occurs once: it is the decimal separator, except when
 *     it could as well group thousands (1..3 digits before it, the first
 *     not '0', exactly 3 after it: "1.234", "12,500", "-999.000").  Then
 *     the result is NUM_AMBIGUOUS, for every value of decimals.  DECISION:
 *     we do not let the indicator's decimals break the tie ("1.234" with 0
 *     decimals could only be 1234): a reading that changes with the
 *     indicator is a silent factor 1000 error waiting for the one typist
 *     who meant the other reading, and "12.000" stays ambiguous even then.
 *     The user fixes it by leaving the separator out ("1234") or adding a
 *     zero to the decimals ("1,2340"); "0,125" is never ambiguous.
 *   - More decimals than `decimals` is NUM_TOO_MANY_DECIMALS, never a
 *     rounding; trailing zeros beyond are fine ("12,50" with 1 decimal).
 *   - Outside int64_t after scaling: NUM_RANGE.  Nothing but blanks (or
 *     NULL): NUM_EMPTY.  Anything else ("1e5", "--1", "1..2", "12.",
 *     "$5", letters): NUM_SYNTAX.
 *
 * Consequence for forms: num_format writes "1.234" for 1234 with 0
 * decimals and "1,234" for 1.234 with 3 decimals, both of which the parser
 * calls ambiguous (the same family: 1000 <= |scaled| <= 999999).  Input
 * fields get their values from num_format_plain, which always parses back
 * to the same value.
 */
#ifndef KOERS_NUM_H
#define KOERS_NUM_H

#include <stddef.h>
#include <stdint.h>

#define NUM_DECIMALS_MAX	4

enum num_err {
	NUM_OK = 0,
	NUM_EMPTY,		/* nothing but blanks */
	NUM_SYNTAX,		/* not a number we read */
	NUM_AMBIGUOUS,		/* "1.234": thousands or decimals */
	NUM_TOO_MANY_DECIMALS,	/* more non-zero decimals than allowed */
	NUM_RANGE		/* does not fit; also decimals outside 0..4 */
};

struct num_parse {
	enum num_err	 err;
	int64_t		 value;		/* scaled; 0 unless NUM_OK */
	/*
	 * What we read, for messages, always NUL-terminated:
	 * NUM_OK: the value as num_format_plain writes it in English
	 *   ("1234.50": `decimals` decimals);
	 * NUM_AMBIGUOUS: "decimal reading / thousands reading", English plain
	 *   form, trailing zeros dropped ("1.234 / 1234", "12.5 / 12500");
	 * NUM_TOO_MANY_DECIMALS, NUM_RANGE: the number read, English plain
	 *   form ("12.345"), shortened with "..." if longer than fits;
	 * NUM_EMPTY, NUM_SYNTAX: "".
	 */
	char		 understood[64];
};

/*
 * Parse s as a number with `decimals` decimals (0..4).  Fills *out when
 * out is not NULL and returns the same error code as out->err.
 */
enum num_err	 num_parse(const char *s, int decimals, struct num_parse *out);

/*
 * Format a scaled value with thousands separators: nl "1.234,5",
 * en "1,234.5"; always exactly `decimals` decimals, '-' for negatives.
 * Like snprintf: returns the length of the whole text, writes at most sz
 * bytes including the NUL.  Returns -1 (and writes "") when decimals is
 * outside 0..4.
 */
int		 num_format(char *buf, size_t sz, int64_t scaled, int decimals,
		    int lang_en);

/*
 * As num_format without thousands separators, for input fields' values:
 * nl "1234,5", en "1234.5".  Always parses back to the same value with
 * the same decimals.  DECISION: for that, with 3 decimals and a whole part
 * of 1..999 it adds one zero ("1,2340", not "1,234", which num_parse calls
 * ambiguous); this is the only case with more than `decimals` decimals.
 */
int		 num_format_plain(char *buf, size_t sz, int64_t scaled,
		    int decimals, int lang_en);

/*
 * Money from cents: nl "€ 1.234.567" or "€ 1.234.567,89", en "€1,234,567"
 * or "€1,234,567.89"; negatives "-€ 1.234" / "-€1,234".  Without cents the
 * amount is rounded to whole euros, half away from zero, and an amount
 * that rounds to 0 has no sign.  Returns as snprintf.
 */
int		 num_format_money(char *buf, size_t sz, int64_t cents,
		    int with_cents, int lang_en);

/*
 * Signed percentage from basis points with one decimal, rounded half away
 * from zero: nl "+12,3 %", en "+12.3%"; "-" below zero; no sign when it
 * rounds to zero ("0,0 %").  Thousands grouped.  Returns as snprintf.
 */
int		 num_format_bp(char *buf, size_t sz, int64_t bp, int lang_en);

/*
 * Change the scale of v from from_dec to to_dec decimals (each 0..18).
 * Reducing rounds half away from zero.  Returns 1 and sets *out, or 0 on
 * overflow or a bad scale (leaving *out alone).
 */
int		 num_rescale(int64_t v, int from_dec, int to_dec, int64_t *out);

/*
 * a / b rounded half away from zero.  b must not be 0 (returns 0 if it
 * is); the one quotient that does not fit, INT64_MIN / -1, gives
 * INT64_MAX.
 */
int64_t		 num_div_round(int64_t a, int64_t b);

/*
 * a * b / c computed exactly in 128 bits and rounded half away from zero.
 * Returns 1 and sets *out, or 0 when c is 0 or the result does not fit
 * (leaving *out alone).
 */
int		 num_mul_div(int64_t a, int64_t b, int64_t c, int64_t *out);

/* A plain-language message for an error, Dutch or English; never NULL. */
const char	*num_err_text(enum num_err, int lang_en);

#endif
