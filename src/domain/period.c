/* period.c: parsing the name of a quarter. */
#include "period.h"

/*
 * Parse the len bytes at s as "YYYY-QN": a year from PERIOD_YEAR_MIN to
 * PERIOD_YEAR_MAX and a quarter 1..4, nothing before or after.  Returns 1
 * and sets *year and *quarter, or 0 and leaves them alone.
 */
int
period_parse(const char *s, size_t len, int *year, int *quarter)
{
	int	y = 0;
	size_t	i;

	if (s == NULL || len != PERIOD_NAME_LEN || s[4] != '-' ||
	    s[5] != 'Q' || s[6] < '1' || s[6] > '4')
		return 0;
	for (i = 0; i < 4; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		y = y * 10 + (s[i] - '0');
	}
	if (y < PERIOD_YEAR_MIN || y > PERIOD_YEAR_MAX)
		return 0;
	*year = y;
	*quarter = s[6] - '0';
	return 1;
}
