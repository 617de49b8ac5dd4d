/*
 * period.h: the name of a quarter, "2014-Q3", as it appears in paths,
 * queries, imports and exports.  Pure: no I/O.
 */
#ifndef KOERS_PERIOD_H
#define KOERS_PERIOD_H

#include <stddef.h>

#define PERIOD_YEAR_MIN	2000
#define PERIOD_YEAR_MAX	2100
#define PERIOD_NAME_LEN	7	/* strlen("2014-Q3") */

int	period_parse(const char *s, size_t len, int *year, int *quarter);

#endif
