/* db_orgtree.c: changing the org tree as of a budget year. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "db_org.h"
#include "db_orgtree.h"
#include "db_year.h"
#include "log.h"
#include "utf8.h"
#include "rollup_store.h"

/* The units below `unit` (itself included) still valid in year ?2. */
#define DB_ORGTREE_SUB \
	"SELECT t.descendant_id FROM org_unit_tree t" \
	" JOIN org_unit o ON o.id = t.descendant_id" \
	" WHERE t.ancestor_id = ?1 AND coalesce(o.last_year, 9999) >= ?2"
/* The indicators of budget year ?3 and later. */
#define DB_ORGTREE_IND \
	"SELECT i.id FROM indicator i" \
	" LEFT JOIN performance pf ON pf.id = i.performance_id" \
	" JOIN effect e ON e.id = coalesce(i.effect_id, pf.effect_id)" \
	" JOIN programme g ON g.id = e.programme_id WHERE g.year >= ?3"

/* Step st once (a one-column integer query): its value, or -1 on error. */
static int64_t
db_orgtree_count(sqlite3_stmt *st)
{
	int64_t	n = -1;
	int	rc;

	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	else if (rc == SQLITE_DONE)
		n = 0;
	sqlite3_reset(st);
	return n;
}

/* Fill u from the unit id; u->exists 0 when there is none.  0 on error. */
static int
db_orgtree_unit(struct db *db, int64_t id, struct orgtree_unit *u)
{
	static const char sql[] =
	    "SELECT coalesce(parent_id, 0), kind, coalesce(first_year, 0),"
	    " coalesce(last_year, 0) FROM org_unit WHERE id = ?";
	sqlite3_stmt	*st;
	int		 rc;

	memset(u, 0, sizeof(*u));
	u->id = id;
	if (id <= 0)
		return 1;
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		u->exists = 1;
		u->parent_id = sqlite3_column_int64(st, 0);
		u->kind = orgtree_kind_of((const char *)
		    sqlite3_column_text(st, 1));
		u->first_year = sqlite3_column_int(st, 2);
		u->last_year = sqlite3_column_int(st, 3);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

/* One count over (a, b, c); -1 on error. */
static int64_t
db_orgtree_ask(struct db *db, const char *sql, int64_t a, int64_t b,
    int64_t c)
{
	sqlite3_stmt	*st;
	int		 n;

	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	n = sqlite3_bind_parameter_count(st);
	if (n >= 1)
		sqlite3_bind_int64(st, 1, a);
	if (n >= 2)
		sqlite3_bind_int64(st, 2, b);
	if (n >= 3)
		sqlite3_bind_int64(st, 3, c);
	return db_orgtree_count(st);
}

static const char db_orgtree_sql_within[] =
    "SELECT count(*) FROM org_unit_tree WHERE ancestor_id = ?1"
    " AND descendant_id = ?2";
static const char db_orgtree_sql_year[] =
    "SELECT count(*) FROM budget_year WHERE year = ?1";
static const char db_orgtree_sql_earlier[] =
    "SELECT count(*) FROM budget_year WHERE year < ?1";
static const char db_orgtree_sql_code[] =
    "SELECT count(*) FROM org_unit WHERE code = ?1 AND id NOT IN (?2, ?3)"
    " AND coalesce(last_year, 9999) >= ?4";
/* What the unit and the units below it own in year ?2 and later. */
static const char db_orgtree_sql_owns[] =
    "SELECT (SELECT count(*) FROM performance pf"
    "  JOIN effect e ON e.id = pf.effect_id"
    "  JOIN programme g ON g.id = e.programme_id"
    "  WHERE g.year >= ?2 AND pf.org_unit_id IN (" DB_ORGTREE_SUB "))"
    " + (SELECT count(*) FROM unit_year WHERE year >= ?2"
    "  AND org_unit_id IN (" DB_ORGTREE_SUB "))"
    " + (SELECT count(*) FROM programme WHERE year >= ?2"
    "  AND directie_id IN (" DB_ORGTREE_SUB "))";
static const char db_orgtree_sql_figures[] =
    "SELECT count(*) FROM figure f JOIN period p ON p.id = f.period_id"
    " WHERE p.year >= ?2 AND (f.value IS NOT NULL OR f.forecast IS NOT NULL)"
    " AND f.org_unit_id IN (" DB_ORGTREE_SUB ")";

/* The code-taken question with a text code. */
static int64_t
db_orgtree_code_taken(struct db *db, const char *code, int64_t a, int64_t b,
    int year)
{
	sqlite3_stmt	*st;

	if (code == NULL)
		return 0;
	if ((st = db_stmt(db, db_orgtree_sql_code)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, a);
	sqlite3_bind_int64(st, 3, b);
	sqlite3_bind_int(st, 4, year);
	return db_orgtree_count(st);
}

/* Gather the facts of req into f.  0 on error. */
static int
db_orgtree_facts(struct db *db, const struct db_orgtree_req *req,
    struct orgtree_facts *f)
{
	int64_t	n;
	int	fixed;

	memset(f, 0, sizeof(*f));
	f->action = req->action;
	f->year = req->year;
	f->name = req->name;
	f->code = req->code;
	f->kind = orgtree_kind_of(req->kind);
	if ((n = db_orgtree_ask(db, db_orgtree_sql_year, req->year, 0, 0)) < 0)
		return 0;
	f->year_exists = n > 0;
	if ((fixed = db_year_fixed_from(db, req->year)) < 0)
		return 0;
	f->year_fixed = fixed;
	if ((n = db_orgtree_ask(db, db_orgtree_sql_earlier, req->year, 0,
	    0)) < 0)
		return 0;
	f->earlier_year = n > 0;
	if (!db_orgtree_unit(db, req->unit_id, &f->unit) ||
	    !db_orgtree_unit(db, req->parent_id, &f->parent) ||
	    !db_orgtree_unit(db, req->other_id, &f->other))
		return 0;
	if (f->parent.exists && f->unit.exists) {
		if ((n = db_orgtree_ask(db, db_orgtree_sql_within,
		    req->unit_id, req->parent_id, 0)) < 0)
			return 0;
		f->parent.within = n > 0;
	}
	if ((n = db_orgtree_code_taken(db, req->code, req->unit_id,
	    req->other_id, req->year)) < 0)
		return 0;
	f->code_taken = n > 0;
	if (f->unit.exists) {
		if ((n = db_orgtree_ask(db, db_orgtree_sql_owns, req->unit_id,
		    req->year, 0)) < 0)
			return 0;
		f->owns = n > 0;
		if ((n = db_orgtree_ask(db, db_orgtree_sql_figures,
		    req->unit_id, req->year, 0)) < 0)
			return 0;
		f->figures = n > 0;
	}
	if (f->other.exists) {
		if ((n = db_orgtree_ask(db, db_orgtree_sql_figures,
		    req->other_id, req->year, 0)) < 0)
			return 0;
		f->figures |= n > 0;
	}
	return 1;
}

/* Everything of year ?3 on that hangs on unit ?1 goes to unit ?2. */
static const char *const db_orgtree_sql_repoint[] = {
	"UPDATE performance SET org_unit_id = ?2 WHERE org_unit_id = ?1"
	" AND effect_id IN (SELECT e.id FROM effect e"
	" JOIN programme g ON g.id = e.programme_id WHERE g.year >= ?3)",
	"UPDATE programme SET directie_id = ?2 WHERE directie_id = ?1"
	" AND year >= ?3",
	"UPDATE OR IGNORE indicator_unit SET org_unit_id = ?2"
	" WHERE org_unit_id = ?1 AND indicator_id IN (" DB_ORGTREE_IND ")",
	"DELETE FROM indicator_unit WHERE org_unit_id = ?1"
	" AND indicator_id IN (" DB_ORGTREE_IND ") AND ?2 = ?2",
	"UPDATE OR IGNORE target SET org_unit_id = ?2 WHERE org_unit_id = ?1"
	" AND year >= ?3",
	"DELETE FROM target WHERE org_unit_id = ?1 AND year >= ?3"
	" AND ?2 = ?2",
	"UPDATE OR IGNORE submission SET org_unit_id = ?2"
	" WHERE org_unit_id = ?1"
	" AND period_id IN (SELECT id FROM period WHERE year >= ?3)",
	"DELETE FROM submission WHERE org_unit_id = ?1 AND ?2 = ?2"
	" AND period_id IN (SELECT id FROM period WHERE year >= ?3)",
	/* Roles go to the successor as of its year. */
	"UPDATE OR IGNORE role_assignment SET org_unit_id = ?2"
	" WHERE org_unit_id = ?1 AND ?3 = ?3",
	"DELETE FROM role_assignment WHERE org_unit_id = ?1 AND ?2 = ?2"
	" AND ?3 = ?3",
};

/* Run one statement over (a, b, c).  DB_OK or the failure. */
static enum db_res
db_orgtree_run(struct db *db, const char *sql, int64_t a, int64_t b,
    int64_t c)
{
	sqlite3_stmt	*st;
	int		 n;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	n = sqlite3_bind_parameter_count(st);
	if (n >= 1)
		sqlite3_bind_int64(st, 1, a);
	if (n >= 2)
		sqlite3_bind_int64(st, 2, b);
	if (n >= 3)
		sqlite3_bind_int64(st, 3, c);
	return db_write(db, st);
}

static int
db_orgtree_repoint(struct db *db, int64_t from, int64_t to, int year)
{
	size_t i;

	for (i = 0; i < sizeof(db_orgtree_sql_repoint) /
	    sizeof(db_orgtree_sql_repoint[0]); i++)
		if (db_orgtree_run(db, db_orgtree_sql_repoint[i], from, to,
		    year) != DB_OK)
			return 0;
	return 1;
}

static const char db_orgtree_sql_end[] =
    "UPDATE org_unit SET last_year = ?2 - 1 WHERE id = ?1";
static const char db_orgtree_sql_succ[] =
    "INSERT INTO org_unit_successor(from_id, to_id, year)"
    " VALUES (?1, ?2, ?3)";
/* A copy of unit ?1 below ?2 from year ?3 on, named ?4 (NULL: as it is). */
static const char db_orgtree_sql_copy[] =
    "INSERT INTO org_unit(parent_id, kind, code, name, manager_name, sort,"
    " first_year, last_year)"
    " SELECT ?2, kind, code, coalesce(?4, name), manager_name, sort, ?3,"
    "  NULL FROM org_unit WHERE id = ?1";
static const char db_orgtree_sql_kids[] =
    "SELECT id FROM org_unit WHERE parent_id = ?1"
    " AND coalesce(last_year, 9999) >= ?2 ORDER BY id";

/* The children of unit valid in year, into a new array.  0 on error. */
static int
db_orgtree_kids(struct db *db, int64_t unit, int year, int64_t **v,
    size_t *n)
{
	sqlite3_stmt	*st;
	size_t		 cap = 0;
	int		 rc;

	*v = NULL;
	*n = 0;
	if ((st = db_stmt(db, db_orgtree_sql_kids)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, unit);
	sqlite3_bind_int(st, 2, year);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!db_grow(v, &cap, *n, sizeof(**v)))
			break;
		(*v)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(*v);
		*v = NULL;
		return 0;
	}
	return 1;
}

static int db_orgtree_succeed(struct db *, int64_t, int64_t, const char *,
		    int, int64_t *, int);

/* The children of from (valid in year) carry on below to. */
static int
db_orgtree_kids_follow(struct db *db, int64_t from, int64_t to, int year,
    int depth)
{
	int64_t	*kids, nid;
	size_t	 n, i;
	int	 ok = 1;

	if (!db_orgtree_kids(db, from, year, &kids, &n))
		return 0;
	for (i = 0; ok && i < n; i++)
		ok = db_orgtree_succeed(db, kids[i], to, NULL, year, &nid,
		    depth + 1);
	free(kids);
	return ok;
}

/*
 * Unit old ends at year-1; a copy below parent (named name, NULL: the
 * same) carries on from year with everything of year on, and so do its
 * children below the copy.  *nid the copy.  1, or 0 on failure.
 */
static int
db_orgtree_succeed(struct db *db, int64_t old, int64_t parent,
    const char *name, int year, int64_t *nid, int depth)
{
	sqlite3_stmt	*st;

	if (depth > 16)
		return 0;	/* the tree is four levels deep */
	if (db_orgtree_run(db, db_orgtree_sql_end, old, year, 0) != DB_OK ||
	    (st = db_stmt(db, db_orgtree_sql_copy)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, old);
	sqlite3_bind_int64(st, 2, parent);
	sqlite3_bind_int(st, 3, year);
	if (name != NULL)
		sqlite3_bind_text(st, 4, name, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, 4);
	if (db_write_one(db, st) != DB_OK)
		return 0;
	*nid = db_last_id(db);
	return db_orgtree_run(db, db_orgtree_sql_succ, old, *nid, year) ==
	    DB_OK && db_orgtree_repoint(db, old, *nid, year) &&
	    db_orgtree_kids_follow(db, old, *nid, year, depth);
}

static const char db_orgtree_sql_insert[] =
    "INSERT INTO org_unit(parent_id, kind, code, name, first_year)"
    " VALUES (?1, ?2, ?3, ?4, ?5)";
/* The merged unit: beside the first, of its kind. */
static const char db_orgtree_sql_insert_like[] =
    "INSERT INTO org_unit(parent_id, kind, code, name, sort, first_year)"
    " SELECT parent_id, kind, ?2, ?3, sort, ?4 FROM org_unit WHERE id = ?1";
static const char db_orgtree_sql_rename[] =
    "UPDATE org_unit SET name = ?2 WHERE id = ?1";
static const char db_orgtree_sql_end_sub[] =
    "UPDATE org_unit SET last_year = ?2 - 1 WHERE id IN (" DB_ORGTREE_SUB ")";

static int
db_orgtree_create(struct db *db, const struct db_orgtree_req *req,
    int64_t *nid)
{
	sqlite3_stmt *st;

	if ((st = db_stmt(db, db_orgtree_sql_insert)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, req->parent_id);
	sqlite3_bind_text(st, 2, req->kind, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, req->code, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, req->name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 5, req->year);
	if (db_write_one(db, st) != DB_OK)
		return 0;
	*nid = db_last_id(db);
	return 1;
}

static int
db_orgtree_merge(struct db *db, const struct db_orgtree_req *req,
    int64_t *nid)
{
	sqlite3_stmt	*st;
	int64_t		 from[2];
	int		 i;

	from[0] = req->unit_id;
	from[1] = req->other_id;
	/* End both first: the merged unit may keep one of their codes. */
	for (i = 0; i < 2; i++)
		if (db_orgtree_run(db, db_orgtree_sql_end, from[i], req->year,
		    0) != DB_OK)
			return 0;
	if ((st = db_stmt(db, db_orgtree_sql_insert_like)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, req->unit_id);
	sqlite3_bind_text(st, 2, req->code, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, req->name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 4, req->year);
	if (db_write_one(db, st) != DB_OK)
		return 0;
	*nid = db_last_id(db);
	for (i = 0; i < 2; i++)
		if (db_orgtree_run(db, db_orgtree_sql_succ, from[i], *nid,
		    req->year) != DB_OK ||
		    !db_orgtree_repoint(db, from[i], *nid, req->year) ||
		    !db_orgtree_kids_follow(db, from[i], *nid, req->year, 0))
			return 0;
	return 1;
}

/* Carry the change out; 1, or 0 on failure.  *structural: owners moved. */
static int
db_orgtree_do(struct db *db, const struct db_orgtree_req *req,
    const struct orgtree_facts *f, int64_t *nid, int *structural)
{
	sqlite3_stmt *st;

	*nid = req->unit_id;
	*structural = 1;
	switch (req->action) {
	case ORGTREE_CREATE:
		*structural = 0;
		return db_orgtree_create(db, req, nid);
	case ORGTREE_RENAME:
		if (!orgtree_rename_in_place(f))
			return db_orgtree_succeed(db, req->unit_id,
			    f->unit.parent_id, req->name, req->year, nid, 0);
		*structural = 0;
		if ((st = db_stmt(db, db_orgtree_sql_rename)) == NULL)
			return 0;
		sqlite3_bind_int64(st, 1, req->unit_id);
		sqlite3_bind_text(st, 2, req->name, -1, SQLITE_TRANSIENT);
		return db_write_one(db, st) == DB_OK;
	case ORGTREE_MOVE:
		return db_orgtree_succeed(db, req->unit_id, req->parent_id,
		    NULL, req->year, nid, 0);
	case ORGTREE_MERGE:
		return db_orgtree_merge(db, req, nid);
	case ORGTREE_END:
		return db_orgtree_run(db, db_orgtree_sql_end_sub, req->unit_id,
		    req->year, 0) == DB_OK;
	default:
		return 0;
	}
}

enum orgtree_res
db_orgtree_apply(struct db *db, const struct db_orgtree_req *req,
    const struct db_who *who, int64_t *new_id)
{
	struct orgtree_facts	 f;
	enum orgtree_res	 res;
	struct org_unit		*old = NULL;
	char			 key[24], val[512], was[512], action[24];
	int			 structural;

	*new_id = 0;
	if (!db_begin_immediate(db))
		return ORGTREE_ERROR;
	if (!db_orgtree_facts(db, req, &f)) {
		db_rollback(db);
		return ORGTREE_ERROR;
	}
	if ((res = orgtree_check(&f)) != ORGTREE_OK) {
		db_rollback(db);
		return res;
	}
	was[0] = '\0';
	if (req->action != ORGTREE_CREATE &&
	    (old = db_org_get(db, req->unit_id)) != NULL) {
		(void)utf8_snprintf(was, sizeof(was), "parent=%lld code=%s"
		    " name=%s", (long long)old->parent_id, old->code,
		    old->name);
		db_org_free(old);
	}
	if (!db_orgtree_do(db, req, &f, new_id, &structural) ||
	    (structural && !rollup_store_rebuild(db)))
		goto fail;
	snprintf(key, sizeof(key), "%lld", (long long)(req->action ==
	    ORGTREE_CREATE ? *new_id : req->unit_id));
	(void)utf8_snprintf(val, sizeof(val), "year=%d new=%lld parent=%lld"
	    " other=%lld kind=%s code=%s name=%s", req->year, (long long)*new_id,
	    (long long)req->parent_id, (long long)req->other_id,
	    req->kind != NULL ? req->kind : "",
	    req->code != NULL ? req->code : "",
	    req->name != NULL ? req->name : "");
	snprintf(action, sizeof(action), "org.%s",
	    orgtree_action_name(req->action));
	if (!audit_append_by(db, who, action, "org_unit", key, was, val))
		goto fail;
	if (db_commit_res(db) != DB_OK)
		goto fail;
	return ORGTREE_OK;
fail:
	log_err("orgtree: %s failed: %s", orgtree_action_name(req->action),
	    db_errmsg(db));
	db_rollback(db);
	*new_id = 0;
	return ORGTREE_ERROR;
}

enum orgtree_res
db_orgtree_init_root(struct db *db, const char *name, const char *code,
    const struct db_who *who, int64_t *id)
{
	static const char sql[] =
	    "INSERT INTO org_unit(parent_id, kind, code, name)"
	    " VALUES (NULL, 'gemeente', ?1, ?2)";
	sqlite3_stmt	*st;
	char		 key[24];

	*id = 0;
	if (!orgtree_name_ok(name))
		return ORGTREE_BAD_NAME;
	if (!orgtree_code_ok(code))
		return ORGTREE_BAD_CODE;
	if (!db_begin_immediate(db))
		return ORGTREE_ERROR;
	if (db_org_root(db) != 0) {
		db_rollback(db);
		return ORGTREE_ROOT_EXISTS;
	}
	if ((st = db_stmt(db, sql)) == NULL)
		goto fail;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_TRANSIENT);
	if (db_write_one(db, st) != DB_OK)
		goto fail;
	*id = db_last_id(db);
	snprintf(key, sizeof(key), "%lld", (long long)*id);
	if (!audit_append_by(db, who, "org.init", "org_unit", key, "", name) ||
	    db_commit_res(db) != DB_OK)
		goto fail;
	return ORGTREE_OK;
fail:
	db_rollback(db);
	*id = 0;
	return ORGTREE_ERROR;
}
