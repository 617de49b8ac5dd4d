/* log.h: diagnostics on standard error, one line each, with a level. */
#ifndef KOERS_LOG_H
#define KOERS_LOG_H

void	log_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_quiet(int);

#endif
