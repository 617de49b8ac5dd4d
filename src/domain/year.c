/* year.c: the budget year's life cycle and its quarters' deadlines. */
#include <stdio.h>
#include <string.h>

#include "year.h"

static const char *const year_states[YEAR__MAX] = {
	"draft", "adopted", "closed"
};

int
year_editable(const char *state)
{
	return state != NULL && strcmp(state, "draft") == 0;
}

enum year_state
year_state_of(const char *name)
{
	int i;

	for (i = 0; i < YEAR__MAX && name != NULL; i++)
		if (strcmp(name, year_states[i]) == 0)
			return (enum year_state)i;
	return YEAR__MAX;
}

const char *
year_state_name(enum year_state s)
{
	return (unsigned)s < YEAR__MAX ? year_states[s] : "";
}

const char *
year_state_key(enum year_state s)
{
	static const char *const keys[YEAR__MAX] = {
		"T_YEAR_STATE_DRAFT", "T_YEAR_STATE_ADOPTED",
		"T_YEAR_STATE_CLOSED"
	};

	return (unsigned)s < YEAR__MAX ? keys[s] : "T_YEAR_STATE_DRAFT";
}

const char *
year_res_key(enum year_res r)
{
	switch (r) {
	case YEAR_OK: return "T_YEAR_SAVED";
	case YEAR_BAD_YEAR: return "T_YEAR_ERR_YEAR";
	case YEAR_EXISTS: return "T_YEAR_ERR_EXISTS";
	case YEAR_NOT_FOUND: return "T_YEAR_ERR_NOT_FOUND";
	case YEAR_BAD_STEP: return "T_YEAR_ERR_STEP";
	case YEAR_BAD_DATE: return "T_YEAR_ERR_DATE";
	case YEAR_OPEN_QUARTERS: return "T_YEAR_ERR_OPEN_QUARTERS";
	case YEAR_PERIOD_CLOSED: return "T_YEAR_ERR_PERIOD_CLOSED";
	case YEAR_REVIEW_EARLY: return "T_YEAR_ERR_REVIEW_EARLY";
	default: return "T_ERR_500";
	}
}

enum year_res
year_step(enum year_state from, enum year_state to, int open_quarters)
{
	if (from >= YEAR__MAX || to >= YEAR__MAX || to != from + 1)
		return YEAR_BAD_STEP;
	if (to == YEAR_CLOSED && open_quarters > 0)
		return YEAR_OPEN_QUARTERS;
	return YEAR_OK;
}

static int
year_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
year_mdays(int y, int m)
{
	static const int d[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
	    31 };

	return m == 2 && year_leap(y) ? 29 : d[m - 1];
}

int
year_date_ok(const char *s)
{
	int	y, m, d, i;

	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	return y >= 2000 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 &&
	    d <= year_mdays(y, m);
}

/* Add n days (n >= 0) to the date y-m-d. */
static void
year_add_days(int *y, int *m, int *d, int n)
{
	while (n-- > 0)
		if (++*d > year_mdays(*y, *m)) {
			*d = 1;
			if (++*m > 12) {
				*m = 1;
				++*y;
			}
		}
}

void
year_default_deadlines(int year, int quarter, char sub[11], char rev[11])
{
	int y = year, m, d;

	if (quarter < 1 || quarter > 4)
		quarter = 4;
	m = quarter * 3;
	d = year_mdays(y, m);
	year_add_days(&y, &m, &d, 15);
	snprintf(sub, 11, "%04u-%02u-%02u", (unsigned)y % 10000u,
	    (unsigned)m % 100u, (unsigned)d % 100u);
	year_add_days(&y, &m, &d, 10);
	snprintf(rev, 11, "%04u-%02u-%02u", (unsigned)y % 10000u,
	    (unsigned)m % 100u, (unsigned)d % 100u);
}

enum year_res
year_deadlines_check(const char *sub, const char *rev)
{
	if (!year_date_ok(sub) || !year_date_ok(rev))
		return YEAR_BAD_DATE;
	/* Same format: text order is date order. */
	if (strcmp(rev, sub) < 0)
		return YEAR_REVIEW_EARLY;
	return YEAR_OK;
}
