/*
 * uom_admin.c: units of measure added and renamed with their audit
 * entries ("uom.create", "uom.rename": the labels before and after, as
 * "field=value" lines).  See uom_admin.h.
 */
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "db_uom.h"
#include "uom_admin.h"
#include "utf8.h"

/* The labels of r as "field=value" lines, for the audit log. */
static void
uom_admin_text(char *buf, size_t sz, const struct uom_rec *r)
{
	size_t	f, len = 0;
	int	n;

	buf[0] = '\0';
	for (f = UOM_F_SYMBOL; f < UOM_F__MAX && len < sz; f++) {
		n = utf8_snprintf(buf + len, sz - len, "%s%s=%s",
		    len > 0 ? "\n" : "", uom_field_names[f],
		    uom_rec_get(r, (enum uom_field)f));
		if (n < 0)
			break;
		len = strlen(buf);
	}
}

static enum uom_admin_res
uom_admin_end(struct db *db, enum uom_admin_res res)
{
	if (res == UOM_ADMIN_OK && !db_commit(db))
		res = UOM_ADMIN_ERROR;
	if (res != UOM_ADMIN_OK)
		db_rollback(db);
	return res;
}

/*
 * Add unit r.  UOM_ADMIN_INVALID with *err and *at when it is refused,
 * UOM_ADMIN_EXISTS when its code is taken.
 */
enum uom_admin_res
uom_admin_add(struct db *db, const struct db_who *who,
    const struct uom_rec *r, enum uom_err *err, enum uom_field *at)
{
	enum uom_admin_res	res = UOM_ADMIN_OK;
	char			now[UOM_F__MAX * (UOM_LABEL_MAX + 16)];

	if ((*err = uom_rec_check(r, at)) != UOM_OK)
		return UOM_ADMIN_INVALID;
	if (!db_begin_immediate(db))
		return UOM_ADMIN_ERROR;
	switch (db_uom_insert(db, r)) {
	case DB_OK:
		break;
	case DB_CONSTRAINT:
		res = UOM_ADMIN_EXISTS;
		goto out;
	default:
		res = UOM_ADMIN_ERROR;
		goto out;
	}
	uom_admin_text(now, sizeof(now), r);
	if (!audit_append_by(db, who, "uom.create", "unit_of_measure",
	    r->code, "", now))
		res = UOM_ADMIN_ERROR;
out:
	return uom_admin_end(db, res);
}

/*
 * Give unit r->code the labels of r.  UOM_ADMIN_INVALID as for add,
 * UOM_ADMIN_NOT_FOUND when there is no such unit.
 */
enum uom_admin_res
uom_admin_rename(struct db *db, const struct db_who *who,
    const struct uom_rec *r, enum uom_err *err, enum uom_field *at)
{
	enum uom_admin_res	res = UOM_ADMIN_OK;
	struct uom_rec		old;
	char			was[UOM_F__MAX * (UOM_LABEL_MAX + 16)];
	char			now[UOM_F__MAX * (UOM_LABEL_MAX + 16)];

	if ((*err = uom_rec_check(r, at)) != UOM_OK)
		return UOM_ADMIN_INVALID;
	if (!db_begin_immediate(db))
		return UOM_ADMIN_ERROR;
	switch (db_uom_get(db, r->code, &old)) {
	case 1:
		break;
	case 0:
		res = UOM_ADMIN_NOT_FOUND;
		goto out;
	default:
		res = UOM_ADMIN_ERROR;
		goto out;
	}
	if (db_uom_update(db, r) != DB_OK) {
		res = UOM_ADMIN_ERROR;
		goto out;
	}
	uom_admin_text(was, sizeof(was), &old);
	uom_admin_text(now, sizeof(now), r);
	if (!audit_append_by(db, who, "uom.rename", "unit_of_measure",
	    r->code, was, now))
		res = UOM_ADMIN_ERROR;
out:
	return uom_admin_end(db, res);
}
