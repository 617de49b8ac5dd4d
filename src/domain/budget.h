/*
 * budget.h: the rules of the municipality's own budget (issue 14): budget
 * lines (lasten or baten, structureel or incidenteel, an Iv3 taakveld, the
 * year's amount and the meerjarenraming) and begrotingswijzigingen
 * (numbered amendments of signed changes).  Pure: no I/O.  What the rules
 * mean is in docs/notes-budget.md; the store (src/store/db_budget.c)
 * keeps them, the pages and the API call these checks first.
 */
#ifndef KOERS_BUDGET_H
#define KOERS_BUDGET_H

#include <stddef.h>
#include <stdint.h>

/* Largest amount of one line or change: EUR 10 billion, in cents. */
#define BUDGET_MAX_CENTS	1000000000000LL
#define BUDGET_DESC_MAX		500	/* bytes of a line's description */
#define BUDGET_AMEND_DESC_MAX	2000	/* bytes of an amendment's description */
#define BUDGET_CHANGES_MAX	100	/* changes in one amendment */
#define BUDGET_RAMING_YEARS	3	/* the meerjarenraming */

enum budget_kind {
	BUDGET_LASTEN = 0,
	BUDGET_BATEN,
	BUDGET_KIND__MAX
};

enum budget_recurrence {
	BUDGET_STRUCTUREEL = 0,
	BUDGET_INCIDENTEEL,
	BUDGET_RECURRENCE__MAX
};

/* Why an input is refused; budget_err_key() names its catalogue text. */
enum budget_err {
	BUDGET_OK = 0,
	BUDGET_E_AMOUNT,		/* not an amount we read */
	BUDGET_E_AMOUNT_AMBIGUOUS,	/* "250,000": thousands or decimals */
	BUDGET_E_AMOUNT_RANGE,		/* beyond BUDGET_MAX_CENTS, or < 0 */
	BUDGET_E_AMOUNT_ZERO,		/* a change of 0 */
	BUDGET_E_KIND,			/* neither lasten nor baten */
	BUDGET_E_RECURRENCE,		/* neither structureel nor incidenteel */
	BUDGET_E_TAAKVELD,		/* no taakveld of the Iv3 list */
	BUDGET_E_DESCRIPTION,		/* too long or control characters */
	BUDGET_E_YEAR_NOT_CONCEPT,	/* lines edited in an adopted year */
	BUDGET_E_YEAR_NOT_ADOPTED,	/* an amendment of a concept year */
	BUDGET_E_DATE,			/* not a date YYYY-MM-DD */
	BUDGET_E_NO_CHANGES,		/* an amendment without changes */
	BUDGET_E_TOO_MANY,		/* more than BUDGET_CHANGES_MAX */
	BUDGET_E_DUPLICATE_LINE,	/* two changes of one line */
	BUDGET_E_NEGATIVE,		/* a line's actuele amount below 0 */
	BUDGET_E_LINE,			/* no such line, or of another year */
	BUDGET_E_PERFORMANCE,		/* no such performance */
	BUDGET_E_UNIT,			/* the unit is not the owner's subtree */
	BUDGET_E_VERSION,		/* somebody else saved the line first */
	BUDGET_E__MAX
};

/*
 * An amount typed in Dutch (or English): "1.250.000,00", "€ 250.000",
 * "250000", "1.234,5".  The grammar is num_parse()'s with two decimals,
 * and one rule more for money: a number with only dots ("250.000",
 * "1.234") groups thousands, as every Dutch budget writes it.  "250,000"
 * stays ambiguous.  A sign is allowed only when signed (a change).
 * Bounded by BUDGET_MAX_CENTS.  Returns BUDGET_OK with *cents, or why not.
 */
enum budget_err	 budget_amount_parse(const char *s, int is_signed,
		    int64_t *cents);
/* "lasten"/"baten", "structureel"/"incidenteel": 1 and *out, else 0. */
int		 budget_kind_parse(const char *, enum budget_kind *);
int		 budget_recurrence_parse(const char *, enum budget_recurrence *);
const char	*budget_kind_name(enum budget_kind);
const char	*budget_recurrence_name(enum budget_recurrence);
/* A taakveld code's form: "0.1", "0.61", "6.71", "0.10" (not whether it
 * is on the list; the store knows the list). */
int		 budget_taakveld_syntax(const char *);
/*
 * The budget year's state (budget_year.state: 'draft' is concept,
 * 'adopted' vastgesteld, 'closed' afgesloten).  Lines are edited only in a
 * concept year; amendments are recorded only for an adopted year.
 */
enum budget_err	 budget_lines_editable(const char *year_state);
enum budget_err	 budget_amendable(const char *year_state);
/* Check a line's description: BUDGET_OK or BUDGET_E_DESCRIPTION. */
enum budget_err	 budget_desc_check(const char *, size_t max, int required);
/*
 * The actuele amount of a line: primitief plus the signed changes.
 * BUDGET_E_NEGATIVE below zero, BUDGET_E_AMOUNT_RANGE beyond the bound.
 */
enum budget_err	 budget_actual(int64_t primitief, int64_t delta_sum,
		    int64_t *out);
/* The saldo, baten - lasten (a positive saldo is a surplus). */
int64_t		 budget_saldo(int64_t lasten, int64_t baten);
/*
 * The phasing of a performance's year budget through a quarter when the
 * year lasten change from old to now: the old budget through the quarter
 * scaled by now / old (rounded half away from zero); without an old year
 * budget, now * quarter / 4.  Returns 1 and *out, 0 out of range.
 */
int		 budget_phase(int64_t through_old, int64_t year_old,
		    int64_t year_now, int quarter, int64_t *out);
/* The catalogue key of an error ("T_BUDGET_E_AMOUNT"). */
const char	*budget_err_key(enum budget_err);

#endif
