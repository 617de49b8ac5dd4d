/*
 * static.h: the files under static/, read into memory at start and served
 * by name from that table, so that no request path ever reaches the file
 * system.  With --dev a changed file is read again.
 */
#ifndef KOERS_STATIC_H
#define KOERS_STATIC_H

#include "http.h"

int	static_init(const char *dir, int dev);
void	static_free(void);
void	static_serve(struct req *, struct resp *);

#endif
