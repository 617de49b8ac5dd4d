/* log.c: one line per message on standard error, with time and level. */
#include <stdarg.h>
#include <stdio.h>
#include <time.h>

#include "log.h"

static int log_is_quiet;

void
log_quiet(int quiet)
{
	log_is_quiet = quiet;
}

static void
log_line(const char *level, const char *fmt, va_list ap)
{
	char		buf[2048], ts[32];
	time_t		now = time(NULL);
	struct tm	tm;

	gmtime_r(&now, &tm);
	strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%SZ", &tm);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	/* One fputs per line keeps lines whole across threads. */
	fprintf(stderr, "%s %s %s\n", ts, level, buf);
}

void
log_err(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_line("error", fmt, ap);
	va_end(ap);
}

void
log_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_line("warn", fmt, ap);
	va_end(ap);
}

void
log_info(const char *fmt, ...)
{
	va_list ap;

	if (log_is_quiet)
		return;
	va_start(ap, fmt);
	log_line("info", fmt, ap);
	va_end(ap);
}
