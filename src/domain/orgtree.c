/* orgtree.c: the rules for changing the org tree as of a budget year. */
#include <string.h>

#include "orgtree.h"
#include "text.h"

static const char *const orgtree_actions[ORGTREE__MAX] = {
	"create", "rename", "move", "merge", "end"
};
static const char *const orgtree_kinds[ORGTREE_KIND__MAX] = {
	"gemeente", "directie", "afdeling", "team"
};

enum orgtree_action
orgtree_action_of(const char *s)
{
	int i;

	for (i = 0; i < ORGTREE__MAX && s != NULL; i++)
		if (strcmp(s, orgtree_actions[i]) == 0)
			return (enum orgtree_action)i;
	return ORGTREE__MAX;
}

const char *
orgtree_action_name(enum orgtree_action a)
{
	return (unsigned)a < ORGTREE__MAX ? orgtree_actions[a] : "";
}

enum orgtree_kind
orgtree_kind_of(const char *s)
{
	int i;

	for (i = 0; i < ORGTREE_KIND__MAX && s != NULL; i++)
		if (strcmp(s, orgtree_kinds[i]) == 0)
			return (enum orgtree_kind)i;
	return ORGTREE_KIND__MAX;
}

int
orgtree_code_ok(const char *s)
{
	size_t i, n;

	if (s == NULL || (n = strlen(s)) == 0 || n > 16)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return 0;
	return 1;
}

int
orgtree_name_ok(const char *s)
{
	return s != NULL && text_check(s, 200, TEXT_LINE, 1) == TEXT_OK;
}

int
orgtree_valid_in(const struct orgtree_unit *u, int year)
{
	return u->exists && (u->first_year == 0 || u->first_year <= year) &&
	    (u->last_year == 0 || year <= u->last_year);
}

/* The unit changed as of year: exists, not the gemeente, valid then. */
static enum orgtree_res
orgtree_check_unit(const struct orgtree_unit *u, int year)
{
	if (!u->exists)
		return ORGTREE_UNKNOWN;
	if (u->first_year != 0 && year < u->first_year)
		return ORGTREE_BEFORE_START;
	if (!orgtree_valid_in(u, year))
		return ORGTREE_NOT_VALID;
	if (u->kind == ORGTREE_GEMEENTE)
		return ORGTREE_ROOT;
	return ORGTREE_OK;
}

/* A parent for a unit of kind as of year. */
static enum orgtree_res
orgtree_check_parent(const struct orgtree_unit *p, enum orgtree_kind kind,
    int year)
{
	if (!p->exists)
		return ORGTREE_UNKNOWN;
	if (!orgtree_valid_in(p, year))
		return ORGTREE_PARENT_INVALID;
	if (kind >= ORGTREE_KIND__MAX || kind == ORGTREE_GEMEENTE ||
	    p->kind >= kind)
		return ORGTREE_KIND;
	return ORGTREE_OK;
}

enum orgtree_res
orgtree_check(const struct orgtree_facts *f)
{
	enum orgtree_res r;

	if (f->action >= ORGTREE__MAX)
		return ORGTREE_BAD_ACTION;
	if (!f->year_exists)
		return ORGTREE_NO_YEAR;
	if (f->year_fixed)
		return ORGTREE_YEAR_FIXED;
	if (f->action != ORGTREE_CREATE &&
	    (r = orgtree_check_unit(&f->unit, f->year)) != ORGTREE_OK)
		return r;
	if ((f->action == ORGTREE_MOVE || f->action == ORGTREE_MERGE ||
	    f->action == ORGTREE_END) && f->unit.first_year == f->year)
		return ORGTREE_STARTS_THEN;
	switch (f->action) {
	case ORGTREE_CREATE:
		if (!orgtree_code_ok(f->code))
			return ORGTREE_BAD_CODE;
		if (!orgtree_name_ok(f->name))
			return ORGTREE_BAD_NAME;
		if ((r = orgtree_check_parent(&f->parent, f->kind, f->year)) !=
		    ORGTREE_OK)
			return r;
		if (f->code_taken)
			return ORGTREE_CODE_TAKEN;
		return ORGTREE_OK;
	case ORGTREE_RENAME:
		if (!orgtree_name_ok(f->name))
			return ORGTREE_BAD_NAME;
		break;
	case ORGTREE_MOVE:
		if (!f->parent.exists)
			return ORGTREE_UNKNOWN;
		if (f->parent.within)
			return ORGTREE_CYCLE;
		if (f->parent.id == f->unit.parent_id)
			return ORGTREE_SAME;
		if ((r = orgtree_check_parent(&f->parent, f->unit.kind,
		    f->year)) != ORGTREE_OK)
			return r;
		break;
	case ORGTREE_MERGE:
		if ((r = orgtree_check_unit(&f->other, f->year)) != ORGTREE_OK)
			return r;
		if (f->other.first_year == f->year)
			return ORGTREE_STARTS_THEN;
		if (f->other.id == f->unit.id)
			return ORGTREE_SAME;
		if (f->other.kind != f->unit.kind ||
		    f->other.parent_id != f->unit.parent_id)
			return ORGTREE_KIND;
		if (!orgtree_code_ok(f->code))
			return ORGTREE_BAD_CODE;
		if (!orgtree_name_ok(f->name))
			return ORGTREE_BAD_NAME;
		if (f->code_taken)
			return ORGTREE_CODE_TAKEN;
		break;
	case ORGTREE_END:
		if (f->owns)
			return ORGTREE_OWNS;
		break;
	default:
		return ORGTREE_BAD_ACTION;
	}
	return f->figures ? ORGTREE_HAS_FIGURES : ORGTREE_OK;
}

const char *
orgtree_res_key(enum orgtree_res r)
{
	static const char *const keys[] = {
		[ORGTREE_OK] = "T_ORGTREE_SAVED",
		[ORGTREE_UNKNOWN] = "T_ORGTREE_ERR_UNKNOWN",
		[ORGTREE_NOT_VALID] = "T_ORGTREE_ERR_NOT_VALID",
		[ORGTREE_BEFORE_START] = "T_ORGTREE_ERR_BEFORE_START",
		[ORGTREE_PARENT_INVALID] = "T_ORGTREE_ERR_PARENT_INVALID",
		[ORGTREE_CYCLE] = "T_ORGTREE_ERR_CYCLE",
		[ORGTREE_KIND] = "T_ORGTREE_ERR_KIND",
		[ORGTREE_ROOT] = "T_ORGTREE_ERR_ROOT",
		[ORGTREE_OWNS] = "T_ORGTREE_ERR_OWNS",
		[ORGTREE_HAS_FIGURES] = "T_ORGTREE_ERR_FIGURES",
		[ORGTREE_YEAR_FIXED] = "T_ORGTREE_ERR_YEAR_FIXED",
		[ORGTREE_NO_YEAR] = "T_ORGTREE_ERR_NO_YEAR",
		[ORGTREE_BAD_NAME] = "T_ORGTREE_ERR_NAME",
		[ORGTREE_BAD_CODE] = "T_ORGTREE_ERR_CODE",
		[ORGTREE_CODE_TAKEN] = "T_ORGTREE_ERR_CODE_TAKEN",
		[ORGTREE_SAME] = "T_ORGTREE_ERR_SAME",
		[ORGTREE_BAD_ACTION] = "T_ORGTREE_ERR_ACTION",
		[ORGTREE_STARTS_THEN] = "T_ORGTREE_ERR_STARTS_THEN",
		[ORGTREE_ROOT_EXISTS] = "T_ORGTREE_ERR_ROOT_EXISTS",
	};

	return (unsigned)r < sizeof(keys) / sizeof(keys[0]) &&
	    keys[r] != NULL ? keys[r] : "T_ERR_500";
}

int
orgtree_rename_in_place(const struct orgtree_facts *f)
{
	return f->unit.first_year == f->year || !f->earlier_year;
}
