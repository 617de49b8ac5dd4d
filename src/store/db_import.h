/*
 * db_import.h: what `koers import --user NAME` needs to act in that
 * user's scope without a web session: the account and its role grants.
 */
#ifndef KOERS_DB_IMPORT_H
#define KOERS_DB_IMPORT_H

#include <stdint.h>

#include "db.h"

int		 db_import_user(struct db *, const char *username, int64_t *id);
unsigned	 db_import_roles(struct db *, int64_t user_id, int64_t org_unit_id);

#endif
