/*
 * db_versioned.h: the one versioned, audited save that figures and cost
 * lines share.  The caller reads the stored row, describes its columns old
 * and new, and gives its two statements; db_versioned_save() checks the
 * version, writes nothing when nothing changed, else runs the guarded
 * UPDATE (or the first INSERT) and appends the audit entry, all in the
 * caller's transaction.
 */
#ifndef KOERS_DB_VERSIONED_H
#define KOERS_DB_VERSIONED_H

#include <stddef.h>
#include <stdint.h>

#include "db.h"
#include "db_who.h"

/* One column of a versioned row, old and new: an optional number or a text. */
struct db_vcol {
	const char	*name;		/* the field's name in the audit entry */
	int		 is_text;
	int		 decimals;	/* a number's, for the audit text */
	int		 has_old, has_new;
	int64_t		 num_old, num_new;
	const char	*text_old;	/* NULL: "" */
	const char	*text_new;	/* NULL: "" */
};

/*
 * The statements number their placeholders the same way: ?1..?K the keys,
 * then one per column in order, then updated_by and updated_at; after
 * those, the UPDATE's "AND version = ?" and then the INSERT's one extra
 * value when it has one (a cost line's budget): each placeholder means one
 * thing in both statements.
 */
struct db_vsave {
	const char		*upd_sql;	/* literals: the statement cache key */
	const char		*ins_sql;
	const int64_t		*key;
	size_t			 keyn;
	const struct db_vcol	*col;
	size_t			 coln;
	int			 has_ins_extra;
	int64_t			 ins_extra;
	const char		*entity;	/* audit: "figure"; "figure.update" */
	const char		*entity_id;
};

enum db_res	db_versioned_save(struct db *, const struct db_vsave *,
		    int found, int64_t stored_version, int64_t expect_version,
		    const struct db_who *, int64_t *new_version, int *written);

#endif
