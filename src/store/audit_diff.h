/*
 * audit_diff.h: the old and new values of an audited change as two JSON
 * objects holding only the fields that changed, numbers in plain English
 * form ("1234.5").  db_figure.c and db_cost.c record their saves so.
 */
#ifndef KOERS_AUDIT_DIFF_H
#define KOERS_AUDIT_DIFF_H

#include <jansson.h>
#include <stdint.h>

#include "db.h"
#include "db_who.h"

/*
 * When the optional scaled number changed (has and value, old and new),
 * set key in o and nw to the old and new value ("" when absent).
 * Returns 1 when it changed, 0 when not.
 */
int	audit_diff_num(json_t *o, json_t *nw, const char *key, int decimals,
	    int hold, int64_t vold, int hnew, int64_t vnew);

/* The same for a text; NULL counts as "".  Returns 1 when it changed. */
int	audit_diff_text(json_t *o, json_t *nw, const char *key,
	    const char *vold, const char *vnew);

/*
 * Append the audit entry of who's change (action on entity entity_id)
 * with o and nw as its old and new values, in the caller's transaction.
 * Returns 1, or 0 on failure.
 */
int	audit_diff_append(struct db *, const struct db_who *,
	    const char *action, const char *entity, const char *entity_id,
	    json_t *o, json_t *nw);

#endif
