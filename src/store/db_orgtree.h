/*
 * db_orgtree.h: changing the org tree as of a budget year, and the first
 * unit (the gemeente) of a fresh install.  Each change gathers its facts,
 * lets orgtree_check() (orgtree.h) decide, and writes in one transaction
 * with its audit entry; the stored rollups are rebuilt in it when owners
 * moved.  Rows never move: a unit changed as of year Y ends at Y-1 and a
 * successor row carries on from Y (org_unit_successor).
 */
#ifndef KOERS_DB_ORGTREE_H
#define KOERS_DB_ORGTREE_H

#include <stdint.h>

#include "db.h"
#include "db_who.h"
#include "orgtree.h"

/* One proposed change. */
struct db_orgtree_req {
	enum orgtree_action action;
	int		 year;		/* as of this budget year */
	int64_t		 unit_id;	/* not for create */
	int64_t		 parent_id;	/* create, move */
	int64_t		 other_id;	/* merge */
	const char	*kind;		/* create: "directie", ... */
	const char	*code;		/* create, merge */
	const char	*name;		/* create, rename, merge */
};

/*
 * Apply req.  ORGTREE_OK with *new_id the unit that carries on (the new
 * or renamed unit; for end the unit itself), or why not.
 */
enum orgtree_res db_orgtree_apply(struct db *, const struct db_orgtree_req *,
		    const struct db_who *, int64_t *new_id);
/*
 * The gemeente of a fresh install: ORGTREE_OK and *id, ORGTREE_CODE_TAKEN
 * when a root unit exists already, ORGTREE_BAD_NAME/CODE, or ORGTREE_ERROR.
 */
enum orgtree_res db_orgtree_init_root(struct db *, const char *name,
		    const char *code, const struct db_who *, int64_t *id);

#endif
