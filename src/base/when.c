/*
 * when.c: UTC ISO 8601 moments shown in Europe/Amsterdam time, in Dutch or
 * English.  The month names are here, not in the catalogue, because the
 * PDF cover and the pages need the same words and this layer may not reach
 * the catalogue.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "when.h"

static const char *const when_months[2][12] = {
	{ "januari", "februari", "maart", "april", "mei", "juni", "juli",
	  "augustus", "september", "oktober", "november", "december" },
	{ "January", "February", "March", "April", "May", "June", "July",
	  "August", "September", "October", "November", "December" }
};

int
when_init(void)
{
	struct tm	tm;
	time_t		t = 1719835200;	/* 2024-07-01 12:00 UTC */

	if (setenv("TZ", "Europe/Amsterdam", 1) != 0)
		return 0;
	tzset();
	/* Summer time: two hours ahead of UTC when the zone was found. */
	return localtime_r(&t, &tm) != NULL && tm.tm_hour == 14;
}

/* Whether s holds n ASCII digits. */
static int
when_digits(const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

int
when_format(char *buf, size_t sz, const char *iso, int lang_en)
{
	struct tm	 u, l;
	time_t		 t;
	const char	*p;
	int		 date_only;

	if (iso == NULL)
		iso = "";
	date_only = strlen(iso) == 10;
	if (strlen(iso) < 10 || !when_digits(iso, 4) || iso[4] != '-' ||
	    !when_digits(iso + 5, 2) || iso[7] != '-' ||
	    !when_digits(iso + 8, 2))
		goto bad;
	memset(&u, 0, sizeof(u));
	u.tm_year = atoi(iso) - 1900;
	u.tm_mon = atoi(iso + 5) - 1;
	u.tm_mday = atoi(iso + 8);
	if (u.tm_mon < 0 || u.tm_mon > 11 || u.tm_mday < 1 || u.tm_mday > 31)
		goto bad;
	if (date_only)
		return snprintf(buf, sz, "%d %s %d", u.tm_mday,
		    when_months[lang_en != 0][u.tm_mon], u.tm_year + 1900);
	if ((iso[10] != 'T' && iso[10] != ' ') || strlen(iso) < 19 ||
	    !when_digits(iso + 11, 2) || iso[13] != ':' ||
	    !when_digits(iso + 14, 2) || iso[16] != ':' ||
	    !when_digits(iso + 17, 2))
		goto bad;
	u.tm_hour = atoi(iso + 11);
	u.tm_min = atoi(iso + 14);
	u.tm_sec = atoi(iso + 17);
	p = iso + 19;
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++)
			continue;
	if (*p == 'Z')
		p++;
	if (*p != '\0' || u.tm_hour > 23 || u.tm_min > 59 || u.tm_sec > 60)
		goto bad;
	if ((t = timegm(&u)) == (time_t)-1 || localtime_r(&t, &l) == NULL)
		goto bad;
	return snprintf(buf, sz, "%d %s %d %02d:%02d", l.tm_mday,
	    when_months[lang_en != 0][l.tm_mon], l.tm_year + 1900, l.tm_hour,
	    l.tm_min);
bad:
	(void)snprintf(buf, sz, "%s", iso);
	return -1;
}
