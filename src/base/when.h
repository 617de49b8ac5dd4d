/*
 * when.h: moments as people in the municipality read them.  The database
 * and the logs keep UTC ISO 8601 ("2026-12-03T15:19:37Z"); pages, exports
 * and the PDF cover show Europe/Amsterdam time in the reader's language
 * ("3 december 2026 16:19", "3 December 2026 16:19").
 *
 * Thread safety: localtime_r() reads the process's TZ, which when_init()
 * sets once, before any thread starts; nothing changes it afterwards.
 * The zone comes from the system's tz database (Debian: tzdata).
 */
#ifndef KOERS_WHEN_H
#define KOERS_WHEN_H

#include <stddef.h>

/*
 * Set TZ=Europe/Amsterdam for the process and read the zone (tzset).
 * Call once at start, before threads.  Returns 1, or 0 when the tz
 * database has no Europe/Amsterdam (times would then show in UTC).
 */
int	when_init(void);

/*
 * Write the UTC ISO 8601 moment iso ("YYYY-MM-DDTHH:MM:SS" with an
 * optional fraction and "Z") as local date and time in buf: nl
 * "3 december 2026 16:19", en "3 December 2026 16:19".  A bare date
 * ("YYYY-MM-DD") is written as a date only ("3 december 2026").  Returns
 * as snprintf; text it cannot read is copied unchanged and -1 returned.
 */
int	when_format(char *buf, size_t sz, const char *iso, int lang_en);

#endif
