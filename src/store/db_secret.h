/*
 * db_secret.h: server secrets kept in the database (the setting table),
 * which is 0600 (db.c): one random value per name, made on first use.
 */
#ifndef KOERS_DB_SECRET_H
#define KOERS_DB_SECRET_H

#include "db.h"

/*
 * The secret called name (64 hex digits) into out.  When there is none
 * yet, fresh (64 hex digits from the caller's generator) becomes it; two
 * connections racing both end up with the one stored first.  Returns
 * DB_OK or the failure.
 */
enum db_res	db_secret_get(struct db *, const char *name, const char *fresh,
		    char out[65]);

#endif
