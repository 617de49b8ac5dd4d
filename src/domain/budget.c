/* budget.c: the budget's pure rules (budget.h). */
#include <string.h>

#include "budget.h"
#include "num.h"
#include "text.h"
#include "year.h"

static const char *const budget_kinds[BUDGET_KIND__MAX] = {
	"lasten", "baten"
};
static const char *const budget_recurrences[BUDGET_RECURRENCE__MAX] = {
	"structureel", "incidenteel"
};
static const char *const budget_err_keys[BUDGET_E__MAX] = {
	"", "T_BUDGET_E_AMOUNT", "T_BUDGET_E_AMOUNT_AMBIGUOUS",
	"T_BUDGET_E_AMOUNT_RANGE", "T_BUDGET_E_AMOUNT_ZERO",
	"T_BUDGET_E_KIND", "T_BUDGET_E_RECURRENCE", "T_BUDGET_E_TAAKVELD",
	"T_BUDGET_E_DESCRIPTION", "T_BUDGET_E_YEAR_NOT_CONCEPT",
	"T_BUDGET_E_YEAR_NOT_ADOPTED", "T_BUDGET_E_DATE",
	"T_BUDGET_E_NO_CHANGES", "T_BUDGET_E_TOO_MANY",
	"T_BUDGET_E_DUPLICATE_LINE", "T_BUDGET_E_NEGATIVE",
	"T_BUDGET_E_LINE", "T_BUDGET_E_PERFORMANCE", "T_BUDGET_E_UNIT",
	"T_BUDGET_E_VERSION"
};

/* Longest amount text read; anything longer is not an amount. */
#define BUDGET_AMOUNT_TEXT	64

enum budget_err
budget_amount_parse(const char *s, int is_signed, int64_t *cents)
{
	struct num_parse	 p;
	char			 buf[BUDGET_AMOUNT_TEXT];
	size_t			 i, j, len;
	enum num_err		 e;

	*cents = 0;
	if (s == NULL || (len = strlen(s)) >= sizeof(buf))
		return BUDGET_E_AMOUNT;
	e = num_parse(s, 2, &p);
	if (e == NUM_AMBIGUOUS && strchr(s, ',') == NULL) {
		/* Only dots: Dutch thousands ("250.000"). */
		for (i = j = 0; i < len; i++)
			if (s[i] != '.')
				buf[j++] = s[i];
		buf[j] = '\0';
		e = num_parse(buf, 2, &p);
	}
	switch (e) {
	case NUM_OK:
		break;
	case NUM_AMBIGUOUS:
		return BUDGET_E_AMOUNT_AMBIGUOUS;
	case NUM_RANGE:
		return BUDGET_E_AMOUNT_RANGE;
	default:
		return BUDGET_E_AMOUNT;
	}
	if (!is_signed && (p.value < 0 || strpbrk(s, "+-") != NULL ||
	    strstr(s, "\xe2\x88\x92") != NULL))
		return p.value < 0 ? BUDGET_E_AMOUNT_RANGE : BUDGET_E_AMOUNT;
	if (p.value > BUDGET_MAX_CENTS || p.value < -BUDGET_MAX_CENTS)
		return BUDGET_E_AMOUNT_RANGE;
	*cents = p.value;
	return BUDGET_OK;
}

int
budget_kind_parse(const char *s, enum budget_kind *out)
{
	int i;

	for (i = 0; s != NULL && i < BUDGET_KIND__MAX; i++)
		if (strcmp(s, budget_kinds[i]) == 0) {
			*out = (enum budget_kind)i;
			return 1;
		}
	return 0;
}

int
budget_recurrence_parse(const char *s, enum budget_recurrence *out)
{
	int i;

	for (i = 0; s != NULL && i < BUDGET_RECURRENCE__MAX; i++)
		if (strcmp(s, budget_recurrences[i]) == 0) {
			*out = (enum budget_recurrence)i;
			return 1;
		}
	return 0;
}

const char *
budget_kind_name(enum budget_kind k)
{
	return (unsigned)k < BUDGET_KIND__MAX ? budget_kinds[k] : "";
}

const char *
budget_recurrence_name(enum budget_recurrence r)
{
	return (unsigned)r < BUDGET_RECURRENCE__MAX ? budget_recurrences[r] :
	    "";
}

/* One digit, a dot, one or two digits: the Iv3 codes' form. */
int
budget_taakveld_syntax(const char *s)
{
	size_t n;

	if (s == NULL || s[0] < '0' || s[0] > '9' || s[1] != '.')
		return 0;
	n = strlen(s + 2);
	if (n < 1 || n > 2)
		return 0;
	return s[2] >= '0' && s[2] <= '9' &&
	    (n == 1 || (s[3] >= '0' && s[3] <= '9'));
}

enum budget_err
budget_lines_editable(const char *state)
{
	return year_editable(state) ? BUDGET_OK : BUDGET_E_YEAR_NOT_CONCEPT;
}

enum budget_err
budget_amendable(const char *state)
{
	return state != NULL && year_state_of(state) == YEAR_ADOPTED ?
	    BUDGET_OK : BUDGET_E_YEAR_NOT_ADOPTED;
}

enum budget_err
budget_desc_check(const char *s, size_t max, int required)
{
	return text_check(s, max, TEXT_LINES, required) == TEXT_OK ?
	    BUDGET_OK : BUDGET_E_DESCRIPTION;
}

enum budget_err
budget_actual(int64_t primitief, int64_t delta_sum, int64_t *out)
{
	int64_t v;

	*out = 0;
	if (__builtin_add_overflow(primitief, delta_sum, &v) ||
	    v > BUDGET_MAX_CENTS)
		return BUDGET_E_AMOUNT_RANGE;
	if (v < 0)
		return BUDGET_E_NEGATIVE;
	*out = v;
	return BUDGET_OK;
}

int64_t
budget_saldo(int64_t lasten, int64_t baten)
{
	return baten - lasten;
}

int
budget_phase(int64_t through_old, int64_t year_old, int64_t year_now,
    int quarter, int64_t *out)
{
	if (quarter < 1 || quarter > 4)
		return 0;
	if (year_old == 0)
		return num_mul_div(year_now, quarter, 4, out);
	return num_mul_div(through_old, year_now, year_old, out);
}

const char *
budget_err_key(enum budget_err e)
{
	return (unsigned)e < BUDGET_E__MAX ? budget_err_keys[e] : "";
}
