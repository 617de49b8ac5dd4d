/* db_org.c: reading the organisation tree. */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db_org.h"

static const char *const db_org_kinds[ORG__MAX] = {
	"gemeente", "directie", "afdeling", "team"
};

const char *
db_org_kind_name(enum org_kind k)
{
	return (unsigned)k < ORG__MAX ? db_org_kinds[k] : "";
}

static enum org_kind
db_org_kind_of(const unsigned char *s)
{
	int i;

	for (i = 0; i < ORG__MAX; i++)
		if (s != NULL && strcmp((const char *)s, db_org_kinds[i]) == 0)
			return (enum org_kind)i;
	return ORG_TEAM;
}

/*
 * Columns: id, parent_id, kind, code, name, manager_name, depth,
 * first_year, last_year (0 when open).
 */
static int
db_org_fill(sqlite3_stmt *st, void *p)
{
	struct org_unit	*u = p;

	memset(u, 0, sizeof(*u));
	u->id = sqlite3_column_int64(st, 0);
	u->parent_id = sqlite3_column_int64(st, 1);
	u->kind = db_org_kind_of(sqlite3_column_text(st, 2));
	u->code = db_col_text(st, 3);
	u->name = db_col_text(st, 4);
	u->manager_name = db_col_text(st, 5);
	u->depth = sqlite3_column_int(st, 6);
	u->first_year = sqlite3_column_int(st, 7);
	u->last_year = sqlite3_column_int(st, 8);
	return u->code != NULL && u->name != NULL && u->manager_name != NULL;
}

static void
db_org_clear(struct org_unit *u)
{
	free(u->code);
	free(u->name);
	free(u->manager_name);
}

static struct org_list *
db_org_collect(struct db *db, sqlite3_stmt *st)
{
	struct org_list	*l;

	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	if (!db_rows(db, st, sizeof(*l->v), db_org_fill, &l->v, &l->n)) {
		db_org_list_free(l);
		return NULL;
	}
	return l;
}

/* A unit's validity, for the year ?1 (0: every unit). */
#define DB_ORG_VALID(o) \
	" (?1 = 0 OR ((" o ".first_year IS NULL OR " o ".first_year <= ?1)" \
	" AND (" o ".last_year IS NULL OR " o ".last_year >= ?1)))"

/*
 * The tree in reading order: each unit followed by the units below it,
 * siblings by sort order then name.  year: only the units valid in that
 * budget year (a unit ended before it is left out with everything below
 * it); 0: every unit that ever was.  NULL on error.
 */
struct org_list *
db_org_list_year(struct db *db, int year)
{
	static const char sql[] =
	    "WITH RECURSIVE t(id, parent_id, kind, code, name, manager_name,"
	    " depth, path, first_year, last_year) AS ("
	    " SELECT id, 0, kind, code, name, manager_name, 0,"
	    "  printf('%06d', sort) || name, first_year, last_year"
	    " FROM org_unit o WHERE parent_id IS NULL AND" DB_ORG_VALID("o")
	    " UNION ALL"
	    " SELECT o.id, o.parent_id, o.kind, o.code, o.name, o.manager_name,"
	    "  t.depth + 1, t.path || char(1) || printf('%06d', o.sort) ||"
	    "  o.name || char(2) || o.id, o.first_year, o.last_year"
	    " FROM org_unit o JOIN t ON o.parent_id = t.id"
	    " WHERE" DB_ORG_VALID("o") ")"
	    " SELECT id, parent_id, kind, code, name, manager_name, depth,"
	    " coalesce(first_year, 0), coalesce(last_year, 0)"
	    " FROM t ORDER BY path";
	sqlite3_stmt *st;

	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	sqlite3_bind_int(st, 1, year);
	return db_org_collect(db, st);
}

/* Every unit that ever was, in reading order (db_org_list_year(db, 0)). */
struct org_list *
db_org_list(struct db *db)
{
	return db_org_list_year(db, 0);
}

/* The units directly below parent_id valid in year (0: all). */
struct org_list *
db_org_children_year(struct db *db, int64_t parent_id, int year)
{
	static const char sql[] =
	    "SELECT id, parent_id, kind, code, name, manager_name, 0,"
	    " coalesce(first_year, 0), coalesce(last_year, 0)"
	    " FROM org_unit o WHERE parent_id = ?2 AND" DB_ORG_VALID("o")
	    " ORDER BY sort, name";
	sqlite3_stmt *st;

	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	sqlite3_bind_int(st, 1, year);
	sqlite3_bind_int64(st, 2, parent_id);
	return db_org_collect(db, st);
}

/* The units directly below parent_id, every year's. */
struct org_list *
db_org_children(struct db *db, int64_t parent_id)
{
	return db_org_children_year(db, parent_id, 0);
}

/* One unit, with its depth in the tree; NULL if absent or on error. */
struct org_unit *
db_org_get(struct db *db, int64_t id)
{
	static const char sql[] =
	    "SELECT o.id, coalesce(o.parent_id, 0), o.kind, o.code, o.name,"
	    " o.manager_name,"
	    " (SELECT max(depth) FROM org_unit_tree WHERE descendant_id = o.id),"
	    " coalesce(o.first_year, 0), coalesce(o.last_year, 0)"
	    " FROM org_unit o WHERE o.id = ?";
	sqlite3_stmt	*st;
	struct org_unit	*u = NULL;

	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW && (u = malloc(sizeof(*u))) != NULL &&
	    !db_org_fill(st, u)) {
		db_org_free(u);
		u = NULL;
	}
	sqlite3_reset(st);
	return u;
}

/* 1 if unit is ancestor or lies below it. */
int
db_org_is_within(struct db *db, int64_t unit, int64_t ancestor)
{
	static const char sql[] =
	    "SELECT 1 FROM org_unit_tree WHERE ancestor_id = ? AND descendant_id = ?";
	sqlite3_stmt	*st;
	int		 yes;

	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, ancestor);
	sqlite3_bind_int64(st, 2, unit);
	yes = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return yes;
}

void
db_org_free(struct org_unit *u)
{
	if (u == NULL)
		return;
	db_org_clear(u);
	free(u);
}

void
db_org_list_free(struct org_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		db_org_clear(&l->v[i]);
	free(l->v);
	free(l);
}

/* The gemeente: the one unit without a parent.  0 when absent or on error. */
int64_t
db_org_root(struct db *db)
{
	static const char sql[] =
	    "SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1";
	sqlite3_stmt	*st;
	int64_t		 id = 0;

	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return id;
}
