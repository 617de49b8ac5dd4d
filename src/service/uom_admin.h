/*
 * uom_admin.h: adding and renaming units of measure, validated by
 * uom_rec_check() and audited, in one transaction each.  The page
 * (/admin/units-of-measure) and the API (/api/v1/units-of-measure) both
 * come here, so they validate and record alike.
 */
#ifndef KOERS_UOM_ADMIN_H
#define KOERS_UOM_ADMIN_H

#include "db.h"
#include "db_who.h"
#include "uom.h"

enum uom_admin_res {
	UOM_ADMIN_OK,
	UOM_ADMIN_INVALID,	/* uom_rec_check() refused it: *err, *at */
	UOM_ADMIN_EXISTS,	/* add: the code is taken */
	UOM_ADMIN_NOT_FOUND,	/* rename: no such code */
	UOM_ADMIN_ERROR		/* a system failure; logged */
};

enum uom_admin_res uom_admin_add(struct db *, const struct db_who *,
		    const struct uom_rec *, enum uom_err *err,
		    enum uom_field *at);
enum uom_admin_res uom_admin_rename(struct db *, const struct db_who *,
		    const struct uom_rec *, enum uom_err *err,
		    enum uom_field *at);

#endif
