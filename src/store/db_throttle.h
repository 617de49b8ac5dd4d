/* db_throttle.h: the login_throttle table (see auth_throttle.h). */
#ifndef KOERS_DB_THROTTLE_H
#define KOERS_DB_THROTTLE_H

#include "auth_throttle.h"
#include "db.h"

enum db_res	db_throttle_get(struct db *, const char *key, struct throttle *);
enum db_res	db_throttle_put(struct db *, const char *key,
		    const struct throttle *);
enum db_res	db_throttle_clear(struct db *, const char *key);
enum db_res	db_throttle_prune(struct db *, int64_t before);

#endif
