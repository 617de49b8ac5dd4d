/*
 * db_uom.h: the table unit_of_measure (migrations/0008): list, read,
 * add and rename the units of measure.  The code is fixed once made.
 */
#ifndef KOERS_DB_UOM_H
#define KOERS_DB_UOM_H

#include <stddef.h>

#include "db.h"
#include "uom.h"

/* Every unit, by code; NULL on error.  Free with free(). */
struct uom_rec	*db_uom_list(struct db *, size_t *n);
/* The unit with this code into *out: 1, 0 when there is none, -1 on error. */
int		 db_uom_get(struct db *, const char *code, struct uom_rec *out);
/* A new unit: DB_OK, DB_CONSTRAINT when the code exists, or a failure. */
enum db_res	 db_uom_insert(struct db *, const struct uom_rec *);
/* New labels for r->code: DB_OK, DB_NOTFOUND, or a failure. */
enum db_res	 db_uom_update(struct db *, const struct uom_rec *);

#endif
