/*
 * orgtree.h: the rules for changing the org tree as of a budget year
 * (create, rename, move, merge, end).  Pure: the data layer gathers the
 * facts into a struct orgtree_facts, orgtree_check() decides, and pages,
 * API and command line give the same answer.
 *
 * A unit is valid from first_year to last_year (0: open on that side).
 * A change as of year Y ends the old unit at Y-1 and creates its successor
 * from Y on, so the years before Y keep the tree they were entered under.
 */
#ifndef KOERS_ORGTREE_H
#define KOERS_ORGTREE_H

#include <stdint.h>

enum orgtree_action {
	ORGTREE_CREATE,
	ORGTREE_RENAME,
	ORGTREE_MOVE,
	ORGTREE_MERGE,		/* the unit and `other` become one new unit */
	ORGTREE_END,
	ORGTREE__MAX
};

enum orgtree_res {
	ORGTREE_OK,
	ORGTREE_UNKNOWN,	/* the unit (or parent, other) does not exist */
	ORGTREE_NOT_VALID,	/* the unit is not valid in that year */
	ORGTREE_BEFORE_START,	/* the year lies before the unit began */
	ORGTREE_PARENT_INVALID,	/* the parent is not valid in that year */
	ORGTREE_CYCLE,		/* the new parent lies within the unit */
	ORGTREE_KIND,		/* the kind does not fit below the parent */
	ORGTREE_ROOT,		/* the gemeente cannot be changed so */
	ORGTREE_OWNS,		/* end: it still owns performances/indicators */
	ORGTREE_HAS_FIGURES,	/* figures entered in that year or later */
	ORGTREE_YEAR_FIXED,	/* that year (or a later one) is vastgesteld */
	ORGTREE_NO_YEAR,	/* no such budget year */
	ORGTREE_BAD_NAME,	/* empty, too long or control characters */
	ORGTREE_BAD_CODE,	/* empty, too long or not A-Z 0-9 - */
	ORGTREE_CODE_TAKEN,	/* the code is in use in those years */
	ORGTREE_SAME,		/* merge with itself, move to its own parent */
	ORGTREE_BAD_ACTION,
	ORGTREE_STARTS_THEN,	/* move, merge, end in the unit's first year */
	ORGTREE_ROOT_EXISTS,	/* init: the gemeente exists already */
	ORGTREE_ERROR		/* the database failed */
};

enum orgtree_kind {
	ORGTREE_GEMEENTE,
	ORGTREE_DIRECTIE,
	ORGTREE_AFDELING,
	ORGTREE_TEAM,
	ORGTREE_KIND__MAX
};

/* What one unit is, as far as the rules need it. */
struct orgtree_unit {
	int		 exists;
	int64_t		 id;
	int64_t		 parent_id;	/* 0: the gemeente */
	enum orgtree_kind kind;
	int		 first_year;	/* 0: open */
	int		 last_year;	/* 0: open */
	int		 within;	/* (parent only) lies within the unit */
};

/* The facts of one proposed change as of year. */
struct orgtree_facts {
	enum orgtree_action action;
	int		 year;
	int		 year_exists;
	int		 year_fixed;	/* year or a later one not editable */
	struct orgtree_unit unit;	/* not for create */
	struct orgtree_unit parent;	/* create, move */
	struct orgtree_unit other;	/* merge */
	enum orgtree_kind kind;		/* create: the new unit's kind */
	const char	*name;		/* create, rename, merge */
	const char	*code;		/* create, merge */
	int		 code_taken;	/* code used by another unit then */
	int		 owns;		/* end: performances, indicators */
	int		 figures;	/* figures in year or later */
	int		 earlier_year;	/* a budget year before year exists */
};

/* 1 when u is valid in year. */
int		 orgtree_valid_in(const struct orgtree_unit *u, int year);
enum orgtree_res orgtree_check(const struct orgtree_facts *);
/*
 * 1 when a rename may just change the name: the unit begins in that year,
 * or no earlier budget year exists to keep the old name for; 0 when the
 * unit ends and a successor with the new name carries on.
 */
int		 orgtree_rename_in_place(const struct orgtree_facts *);
const char	*orgtree_res_key(enum orgtree_res);
/* The action of a word ("rename"), ORGTREE__MAX when none. */
enum orgtree_action orgtree_action_of(const char *);
const char	*orgtree_action_name(enum orgtree_action);
/* The kind of a stored name ("afdeling"), ORGTREE_KIND__MAX when none. */
enum orgtree_kind orgtree_kind_of(const char *);
/* 1 when code is 1..16 of A-Z, 0-9 and '-'. */
int		 orgtree_code_ok(const char *);
/* 1 when name is 1..200 bytes of valid UTF-8 without control characters. */
int		 orgtree_name_ok(const char *);

#endif
