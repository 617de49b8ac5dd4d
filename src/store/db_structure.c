/*
 * db_structure.c: the programme structure's writes and the reads of its
 * edit pages (db_structure.h).
 *
 * DECISION: after every structural write the materialised rollups are
 * recomputed whole (rollup_store_rebuild() in the writer's transaction)
 * rather than patched.  A new or removed indicator, effect or reporting
 * unit changes the indicator counts of programmes, effects and every
 * ancestor unit, a target changes the status of every quarter: the
 * incremental hooks are made for figures.  The rebuild writes only rows
 * that differ and takes about a second at scale 50, which a controller
 * editing a begroting can wait for; the numbers are then exactly those of
 * `koers rollup rebuild`.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "db_structure.h"
#include "db_structure_tx.h"
#include "rollup_store.h"
#include "year.h"

/* Year and state of an entity, by kind. */
static const char *const st_sql_year[ST__KINDS] = {
	"SELECT g.year, b.state, g.id FROM programme g "
	"JOIN budget_year b ON b.year = g.year WHERE g.id = ?1",
	"SELECT g.year, b.state, g.id FROM effect e "
	"JOIN programme g ON g.id = e.programme_id "
	"JOIN budget_year b ON b.year = g.year WHERE e.id = ?1",
	"SELECT g.year, b.state, g.id FROM performance pf "
	"JOIN effect e ON e.id = pf.effect_id "
	"JOIN programme g ON g.id = e.programme_id "
	"JOIN budget_year b ON b.year = g.year WHERE pf.id = ?1",
	"SELECT g.year, b.state, g.id FROM indicator i "
	"LEFT JOIN performance pf ON pf.id = i.performance_id "
	"JOIN effect e ON e.id = coalesce(i.effect_id, pf.effect_id) "
	"JOIN programme g ON g.id = e.programme_id "
	"JOIN budget_year b ON b.year = g.year WHERE i.id = ?1",
};

/* Whether figures, costs or report texts hang on an entity, by kind. */
static const char *const st_sql_used[ST__KINDS] = {
	"SELECT EXISTS (SELECT 1 FROM effect e "
	"  JOIN indicator i ON i.effect_id = e.id "
	"  JOIN figure f ON f.indicator_id = i.id WHERE e.programme_id = ?1)"
	" OR EXISTS (SELECT 1 FROM effect e "
	"  JOIN performance pf ON pf.effect_id = e.id "
	"  JOIN indicator i ON i.performance_id = pf.id "
	"  JOIN figure f ON f.indicator_id = i.id WHERE e.programme_id = ?1)"
	" OR EXISTS (SELECT 1 FROM effect e "
	"  JOIN performance pf ON pf.effect_id = e.id "
	"  JOIN cost c ON c.performance_id = pf.id WHERE e.programme_id = ?1)"
	" OR EXISTS (SELECT 1 FROM report_programme_text "
	"  WHERE programme_id = ?1)",
	"SELECT EXISTS (SELECT 1 FROM indicator i "
	"  JOIN figure f ON f.indicator_id = i.id WHERE i.effect_id = ?1)"
	" OR EXISTS (SELECT 1 FROM performance pf "
	"  JOIN indicator i ON i.performance_id = pf.id "
	"  JOIN figure f ON f.indicator_id = i.id WHERE pf.effect_id = ?1)"
	" OR EXISTS (SELECT 1 FROM performance pf "
	"  JOIN cost c ON c.performance_id = pf.id WHERE pf.effect_id = ?1)",
	"SELECT EXISTS (SELECT 1 FROM indicator i "
	"  JOIN figure f ON f.indicator_id = i.id WHERE i.performance_id = ?1)"
	" OR EXISTS (SELECT 1 FROM cost c WHERE c.performance_id = ?1)",
	"SELECT EXISTS (SELECT 1 FROM figure WHERE indicator_id = ?1)",
};

/* The row as JSON text, for the audit's old and new values. */
static const char *const st_sql_json[ST__KINDS] = {
	"SELECT json_object('year', year, 'number', number, 'name', name, "
	"'portfolio_holder', portfolio_holder, 'directie_id', directie_id, "
	"'w1', ambition, 'w2', w2_text, 'w3', w3_text) "
	"FROM programme WHERE id = ?1",
	"SELECT json_object('programme_id', programme_id, 'number', number, "
	"'name', name, 'description', description) FROM effect WHERE id = ?1",
	"SELECT json_object('effect_id', effect_id, 'number', number, "
	"'name', name, 'description', description, 'org_unit_id', "
	"org_unit_id) FROM performance WHERE id = ?1",
	"SELECT json_object('effect_id', effect_id, 'performance_id', "
	"performance_id, 'code', code, 'name', name, 'definition', "
	"definition, 'unit', unit, 'direction', direction, 'aggregation', "
	"aggregation, 'weight_name', weight_name, 'cumulative', cumulative, "
	"'frequency', frequency, 'decimals', decimals, 'tolerance_bp', "
	"tolerance_bp, 'source', source, 'is_policy', is_policy) "
	"FROM indicator WHERE id = ?1",
};

static const char *const st_sql_delete[ST__KINDS] = {
	"DELETE FROM programme WHERE id = ?1",
	"DELETE FROM effect WHERE id = ?1",
	"DELETE FROM performance WHERE id = ?1",
	"DELETE FROM indicator WHERE id = ?1",
};

static const char st_sql_year_state[] =
	"SELECT state FROM budget_year WHERE year = ?1";
static const char st_sql_unit_kind[] =
	"SELECT kind FROM org_unit WHERE id = ?1";
static const char st_sql_prog_insert[] =
	"INSERT INTO programme(year, number, name, portfolio_holder, "
	"directie_id, ambition, w2_text, w3_text) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
static const char st_sql_prog_update[] =
	"UPDATE programme SET number = ?2, name = ?3, portfolio_holder = ?4, "
	"directie_id = ?5, ambition = ?6, w2_text = ?7, w3_text = ?8 "
	"WHERE id = ?1";
static const char st_sql_eff_insert[] =
	"INSERT INTO effect(programme_id, number, name, description) "
	"VALUES (?1, ?2, ?3, ?4)";
static const char st_sql_eff_update[] =
	"UPDATE effect SET number = ?2, name = ?3, description = ?4 "
	"WHERE id = ?1";
static const char st_sql_perf_insert[] =
	"INSERT INTO performance(effect_id, number, name, description, "
	"org_unit_id) VALUES (?1, ?2, ?3, ?4, ?5)";
static const char st_sql_perf_update[] =
	"UPDATE performance SET number = ?2, name = ?3, description = ?4, "
	"org_unit_id = ?5 WHERE id = ?1";
static const char st_sql_ind_insert[] =
	"INSERT INTO indicator(effect_id, performance_id, code, name, "
	"definition, unit, direction, aggregation, weight_name, cumulative, "
	"frequency, decimals, tolerance_bp, source, is_policy) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
	"?15)";
static const char st_sql_ind_update[] =
	"UPDATE indicator SET code = ?3, name = ?4, definition = ?5, "
	"unit = ?6, direction = ?7, aggregation = ?8, weight_name = ?9, "
	"cumulative = ?10, frequency = ?11, decimals = ?12, tolerance_bp = ?13, "
	"source = ?14, is_policy = ?15 WHERE id = ?1";
static const char st_sql_ind_old[] =
	"SELECT decimals, aggregation, frequency FROM indicator WHERE id = ?1";
static const char st_sql_ind_has_targets[] =
	"SELECT EXISTS (SELECT 1 FROM target WHERE indicator_id = ?1)";
static const char st_sql_ind_quarter_targets[] =
	"SELECT EXISTS (SELECT 1 FROM target WHERE indicator_id = ?1 "
	"AND quarter BETWEEN 1 AND 3)";
static const char st_sql_prog_more[] =
	"SELECT w2_text, w3_text FROM programme WHERE id = ?1";
static const char st_sql_ind_more[] =
	"SELECT definition, frequency = 'year', decimals FROM indicator "
	"WHERE id = ?1";

enum st_res
db_structure_res(enum db_res r)
{
	switch (r) {
	case DB_OK:
		return STR_OK;
	case DB_NOTFOUND:
		return STR_NOTFOUND;
	case DB_READONLY:
	case DB_FULL:
		return STR_STORAGE;
	default:
		return STR_ERROR;
	}
}

/* One integer from a statement bound to id (and b when b >= 0); -1 on
 * error, 0 for no row. */
int64_t
db_structure_int(struct db *db, const char *sql, int64_t a, int64_t b)
{
	sqlite3_stmt	*st;
	int64_t		 v = 0;
	int		 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	rc = sqlite3_bind_int64(st, 1, a);
	if (b >= 0 && rc == SQLITE_OK)
		rc = sqlite3_bind_int64(st, 2, b);
	if (rc != SQLITE_OK) {
		sqlite3_reset(st);
		return -1;
	}
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	else if (rc != SQLITE_DONE)
		v = -1;
	sqlite3_reset(st);
	return v;
}

/* The row of kind id as JSON text (malloc), "" when gone; NULL on error. */
static char *
st_json(struct db *db, enum st_kind k, int64_t id)
{
	sqlite3_stmt	*st;
	char		*s = NULL;
	int		 rc;

	if ((st = db_stmt(db, st_sql_json[k])) == NULL ||
	    sqlite3_bind_int64(st, 1, id) != SQLITE_OK)
		return NULL;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		s = db_col_text(st, 0);
	else if (rc == SQLITE_DONE)
		s = strdup("");
	sqlite3_reset(st);
	return s;
}

int
db_structure_year_state(struct db *db, int year, char state[16])
{
	sqlite3_stmt	*st;
	const char	*s;
	int		 found = 0;

	state[0] = '\0';
	if ((st = db_stmt(db, st_sql_year_state)) == NULL ||
	    sqlite3_bind_int(st, 1, year) != SQLITE_OK)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW) {
		s = (const char *)sqlite3_column_text(st, 0);
		snprintf(state, 16, "%s", s != NULL ? s : "");
		found = 1;
	}
	sqlite3_reset(st);
	return found;
}

/* Year, state and programme of an entity; 1, 0 not found, -1 error. */
static int
st_year_of(struct db *db, enum st_kind k, int64_t id, int *year,
    char state[16], int64_t *prog)
{
	sqlite3_stmt	*st;
	const char	*s;
	int		 rc, found = 0;

	state[0] = '\0';
	if ((st = db_stmt(db, st_sql_year[k])) == NULL ||
	    sqlite3_bind_int64(st, 1, id) != SQLITE_OK)
		return -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*year = sqlite3_column_int(st, 0);
		s = (const char *)sqlite3_column_text(st, 1);
		snprintf(state, 16, "%s", s != NULL ? s : "");
		if (prog != NULL)
			*prog = sqlite3_column_int64(st, 2);
		found = 1;
	} else if (rc != SQLITE_DONE)
		found = -1;
	sqlite3_reset(st);
	return found;
}

int
db_structure_more(struct db *db, enum st_kind k, int64_t id,
    struct st_more *m)
{
	sqlite3_stmt	*st;
	int		 r;

	memset(m, 0, sizeof(*m));
	if ((r = st_year_of(db, k, id, &m->year, m->state,
	    &m->programme_id)) != 1)
		return r;
	if ((m->figures = (int)db_structure_int(db, st_sql_used[k], id, -1)) < 0)
		return -1;
	if (k == ST_PROGRAMME) {
		if ((st = db_stmt(db, st_sql_prog_more)) == NULL ||
		    sqlite3_bind_int64(st, 1, id) != SQLITE_OK)
			return -1;
		if (sqlite3_step(st) == SQLITE_ROW) {
			m->w2 = db_col_text(st, 0);
			m->w3 = db_col_text(st, 1);
		}
		sqlite3_reset(st);
		if (m->w2 == NULL || m->w3 == NULL)
			return -1;
	} else if (k == ST_INDICATOR) {
		if ((st = db_stmt(db, st_sql_ind_more)) == NULL ||
		    sqlite3_bind_int64(st, 1, id) != SQLITE_OK)
			return -1;
		if (sqlite3_step(st) == SQLITE_ROW) {
			m->definition = db_col_text(st, 0);
			m->yearly = sqlite3_column_int(st, 1);
			m->decimals = sqlite3_column_int(st, 2);
		}
		sqlite3_reset(st);
		if (m->definition == NULL)
			return -1;
	}
	return 1;
}

void
db_structure_more_clear(struct st_more *m)
{
	if (m == NULL)
		return;
	free(m->w2);
	free(m->w3);
	free(m->definition);
	memset(m, 0, sizeof(*m));
}


/* Open the write; the caller ends it with db_structure_end(). */
enum st_res
db_structure_begin(struct db *db)
{
	return db_begin_immediate(db) ? STR_OK : STR_ERROR;
}

/*
 * End the write: on STR_OK, the rollups and the data generation first,
 * then commit; anything else rolls back.
 */
enum st_res
db_structure_end(struct db *db, enum st_res res, int rebuild)
{
	if (res == STR_OK && rebuild && (!rollup_store_rebuild(db) ||
	    !rollup_store_touch(db)))
		res = STR_ERROR;
	if (res != STR_OK) {
		db_rollback(db);
		return res;
	}
	return db_structure_res(db_commit_res(db));
}

static enum st_res
st_end(struct db *db, enum st_res res)
{
	return db_structure_end(db, res, 1);
}

/* The year of (kind, id) must be a concept.  STR_OK, or why not. */
enum st_res
db_structure_editable(struct db *db, enum st_kind k, int64_t id, int *year)
{
	char	state[16];
	int	y = 0;

	switch (st_year_of(db, k, id, &y, state, NULL)) {
	case 1:
		break;
	case 0:
		return STR_NOTFOUND;
	default:
		return STR_ERROR;
	}
	if (year != NULL)
		*year = y;
	return year_editable(state) ? STR_OK : STR_LOCKED;
}

enum st_res
db_structure_audit(struct db *db, const struct db_who *who,
    const char *action, const char *entity, int64_t id, const char *old,
    const char *new)
{
	char	eid[24];

	snprintf(eid, sizeof(eid), "%lld", (long long)id);
	return audit_append_by(db, who, action, entity, eid,
	    old != NULL ? old : "", new != NULL ? new : "") ? STR_OK :
	    STR_ERROR;
}

static int
st_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	return sqlite3_bind_text(st, i, s != NULL ? s : "", -1,
	    SQLITE_TRANSIENT);
}

/* The references a record makes: a directie, an owner.  STR_OK or why. */
static enum st_res
st_refs(struct db *db, enum st_kind k, const struct st_rec *r,
    struct st_errs *e)
{
	sqlite3_stmt	*st;
	const char	*kind;
	int		 rc, isdir = 0, found = 0;
	int64_t		 u;

	if (k != ST_PROGRAMME && k != ST_PERFORMANCE)
		return STR_OK;
	u = k == ST_PROGRAMME ? r->num[SP_DIRECTIE] : r->num[SF_OWNER];
	if ((st = db_stmt(db, st_sql_unit_kind)) == NULL ||
	    sqlite3_bind_int64(st, 1, u) != SQLITE_OK)
		return STR_ERROR;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		found = 1;
		kind = (const char *)sqlite3_column_text(st, 0);
		isdir = kind != NULL && strcmp(kind, "directie") == 0;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return STR_ERROR;
	if (k == ST_PROGRAMME && !isdir) {
		structure_err(e, "directie_id", "T_ST_ERR_NOT_DIRECTIE");
		return STR_INVALID;
	}
	if (!found) {
		structure_err(e, "org_unit_id", "T_ST_ERR_UNIT");
		return STR_INVALID;
	}
	return STR_OK;
}

/*
 * An indicator's decimals and aggregation say how its stored numbers
 * read: they change only while nothing is stored that they would
 * misread.  A yearly indicator has no targets for Q1..Q3.
 */
static enum st_res
st_indicator_rules(struct db *db, int64_t id, const struct st_rec *r,
    struct st_errs *e)
{
	sqlite3_stmt	*st;
	const char	*agg, *freq;
	int		 dec = 0, sameagg = 1, wasyear = 0, rc;
	int64_t		 figs, tgts, qt;

	if ((st = db_stmt(db, st_sql_ind_old)) == NULL ||
	    sqlite3_bind_int64(st, 1, id) != SQLITE_OK)
		return STR_ERROR;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		dec = sqlite3_column_int(st, 0);
		agg = (const char *)sqlite3_column_text(st, 1);
		freq = (const char *)sqlite3_column_text(st, 2);
		sameagg = agg != NULL &&
		    strcmp(agg, r->txt[SI_AGGREGATION]) == 0;
		wasyear = freq != NULL && strcmp(freq, "year") == 0;
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return STR_NOTFOUND;
	if (rc != SQLITE_ROW)
		return STR_ERROR;
	if ((figs = db_structure_int(db, st_sql_used[ST_INDICATOR], id, -1)) < 0 ||
	    (tgts = db_structure_int(db, st_sql_ind_has_targets, id, -1)) < 0 ||
	    (qt = db_structure_int(db, st_sql_ind_quarter_targets, id, -1)) < 0)
		return STR_ERROR;
	if (dec != r->num[SI_DECIMALS] && (figs || tgts))
		structure_err(e, "decimals", "T_ST_ERR_DECIMALS_IN_USE");
	if (!sameagg && figs)
		structure_err(e, "aggregation", "T_ST_ERR_AGGREGATION_IN_USE");
	if (!wasyear && r->num[SI_FREQUENCY] == 1 && qt)
		structure_err(e, "frequency", "T_ST_ERR_YEARLY_TARGETS");
	return e->n > 0 ? STR_INVALID : STR_OK;
}

static int
st_bind_rec(sqlite3_stmt *st, enum st_kind k, int64_t first, int64_t second,
    int has_second, const struct st_rec *r)
{
	int	rc;

	rc = sqlite3_bind_int64(st, 1, first);
	switch (k) {
	case ST_PROGRAMME:
		rc |= sqlite3_bind_int64(st, 2, r->num[SP_NUMBER]);
		rc |= st_bind_text(st, 3, r->txt[SP_NAME]);
		rc |= st_bind_text(st, 4, r->txt[SP_PORTFOLIO]);
		rc |= sqlite3_bind_int64(st, 5, r->num[SP_DIRECTIE]);
		rc |= st_bind_text(st, 6, r->txt[SP_W1]);
		rc |= st_bind_text(st, 7, r->txt[SP_W2]);
		rc |= st_bind_text(st, 8, r->txt[SP_W3]);
		break;
	case ST_EFFECT:
		rc |= sqlite3_bind_int64(st, 2, r->num[SE_NUMBER]);
		rc |= st_bind_text(st, 3, r->txt[SE_NAME]);
		rc |= st_bind_text(st, 4, r->txt[SE_DESCRIPTION]);
		break;
	case ST_PERFORMANCE:
		rc |= sqlite3_bind_int64(st, 2, r->num[SF_NUMBER]);
		rc |= st_bind_text(st, 3, r->txt[SF_NAME]);
		rc |= st_bind_text(st, 4, r->txt[SF_DESCRIPTION]);
		rc |= sqlite3_bind_int64(st, 5, r->num[SF_OWNER]);
		break;
	case ST_INDICATOR:
		if (has_second)
			rc |= sqlite3_bind_int64(st, 2, second);
		else
			rc |= sqlite3_bind_null(st, 2);
		rc |= st_bind_text(st, 3, r->txt[SI_CODE]);
		rc |= st_bind_text(st, 4, r->txt[SI_NAME]);
		rc |= st_bind_text(st, 5, r->txt[SI_DEFINITION]);
		rc |= st_bind_text(st, 6, r->txt[SI_UNIT]);
		rc |= st_bind_text(st, 7, r->txt[SI_DIRECTION]);
		rc |= st_bind_text(st, 8, r->txt[SI_AGGREGATION]);
		rc |= st_bind_text(st, 9, r->txt[SI_WEIGHT]);
		rc |= sqlite3_bind_int64(st, 10, r->num[SI_CUMULATIVE]);
		rc |= st_bind_text(st, 11, r->txt[SI_FREQUENCY]);
		rc |= sqlite3_bind_int64(st, 12, r->num[SI_DECIMALS]);
		rc |= sqlite3_bind_int64(st, 13, r->num[SI_TOLERANCE]);
		rc |= st_bind_text(st, 14, r->txt[SI_SOURCE]);
		rc |= sqlite3_bind_int64(st, 15, r->num[SI_POLICY]);
		break;
	default:
		return 0;
	}
	return rc == SQLITE_OK;
}

enum st_res
db_structure_save(struct db *db, const struct db_who *who, enum st_kind k,
    int64_t id, int64_t parent, int parent_perf, const struct st_rec *r,
    int64_t *new_id, struct st_errs *e)
{
	static const char *const ins[ST__KINDS] = {
		st_sql_prog_insert, st_sql_eff_insert, st_sql_perf_insert,
		st_sql_ind_insert
	};
	static const char *const upd[ST__KINDS] = {
		st_sql_prog_update, st_sql_eff_update, st_sql_perf_update,
		st_sql_ind_update
	};
	sqlite3_stmt	*st;
	enum st_res	 res;
	enum db_res	 dr;
	char		*old = NULL, *now = NULL, state[16], action[48];
	int		 ok;

	e->n = 0;
	*new_id = id;
	if (k >= ST__KINDS)
		return STR_ERROR;
	if ((res = db_structure_begin(db)) != STR_OK)
		return res;
	/* The year: of the entity itself, or of its parent when new. */
	if (id != 0)
		res = db_structure_editable(db, k, id, NULL);
	else if (k == ST_PROGRAMME)
		res = !db_structure_year_state(db, (int)parent, state) ?
		    STR_NOTFOUND : year_editable(state) ? STR_OK :
		    STR_LOCKED;
	else
		res = db_structure_editable(db, k == ST_EFFECT ? ST_PROGRAMME :
		    k == ST_PERFORMANCE || !parent_perf ? ST_EFFECT :
		    ST_PERFORMANCE, parent, NULL);
	if (res != STR_OK)
		goto out;
	if ((res = st_refs(db, k, r, e)) != STR_OK)
		goto out;
	if (k == ST_INDICATOR && id != 0 &&
	    (res = st_indicator_rules(db, id, r, e)) != STR_OK)
		goto out;
	if (id != 0 && (old = st_json(db, k, id)) == NULL) {
		res = STR_ERROR;
		goto out;
	}
	if ((st = db_stmt(db, id != 0 ? upd[k] : ins[k])) == NULL) {
		res = STR_ERROR;
		goto out;
	}
	if (id == 0 && k == ST_INDICATOR)
		ok = parent_perf ? st_bind_rec(st, k, 0, parent, 1, r) &&
		    sqlite3_bind_null(st, 1) == SQLITE_OK :
		    st_bind_rec(st, k, parent, 0, 0, r);
	else
		ok = st_bind_rec(st, k, id != 0 ? id : parent, 0, 0, r);
	if (!ok) {
		sqlite3_reset(st);
		res = STR_ERROR;
		goto out;
	}
	dr = id != 0 ? db_write_one(db, st) : db_write(db, st);
	if (dr == DB_CONSTRAINT) {
		/* References were checked: what is left is uniqueness. */
		structure_err(e, k == ST_INDICATOR ? "code" : "number",
		    k == ST_INDICATOR ? "T_ST_ERR_CODE_TAKEN" :
		    "T_ST_ERR_NUMBER_TAKEN");
		res = STR_INVALID;
		goto out;
	}
	if ((res = db_structure_res(dr)) != STR_OK)
		goto out;
	if (id == 0)
		*new_id = db_last_id(db);
	if ((now = st_json(db, k, *new_id)) == NULL) {
		res = STR_ERROR;
		goto out;
	}
	snprintf(action, sizeof(action), "%s.%s", structure_kind_name(k),
	    id != 0 ? "update" : "create");
	res = db_structure_audit(db, who, action, structure_kind_name(k), *new_id, old,
	    now);
out:
	free(old);
	free(now);
	return st_end(db, res);
}

enum st_res
db_structure_delete(struct db *db, const struct db_who *who,
    enum st_kind k, int64_t id)
{
	sqlite3_stmt	*st;
	enum st_res	 res;
	enum db_res	 dr;
	char		*old = NULL, action[48];
	int64_t		 used;

	if (k >= ST__KINDS)
		return STR_ERROR;
	if ((res = db_structure_begin(db)) != STR_OK)
		return res;
	if ((res = db_structure_editable(db, k, id, NULL)) != STR_OK)
		goto out;
	if ((used = db_structure_int(db, st_sql_used[k], id, -1)) != 0) {
		res = used < 0 ? STR_ERROR : STR_IN_USE;
		goto out;
	}
	if ((old = st_json(db, k, id)) == NULL ||
	    (st = db_stmt(db, st_sql_delete[k])) == NULL ||
	    sqlite3_bind_int64(st, 1, id) != SQLITE_OK) {
		res = STR_ERROR;
		goto out;
	}
	/* Something else still points at it (a budget line, a report). */
	if ((dr = db_write_one(db, st)) == DB_CONSTRAINT) {
		res = STR_IN_USE;
		goto out;
	}
	if ((res = db_structure_res(dr)) != STR_OK)
		goto out;
	snprintf(action, sizeof(action), "%s.delete", structure_kind_name(k));
	res = db_structure_audit(db, who, action, structure_kind_name(k), id, old, "");
out:
	free(old);
	return st_end(db, res);
}


static const char st_sql_prog_rank[] =
	"UPDATE programme SET number = -r.rn FROM (SELECT id, row_number() "
	"OVER (ORDER BY number, id) AS rn FROM programme WHERE year = ?1) AS r "
	"WHERE programme.id = r.id";
static const char st_sql_prog_unneg[] =
	"UPDATE programme SET number = -number WHERE year = ?1 AND number < 0";
static const char st_sql_eff_rank[] =
	"UPDATE effect SET number = -r.rn FROM (SELECT id, row_number() "
	"OVER (ORDER BY number, id) AS rn FROM effect WHERE programme_id = ?1) "
	"AS r WHERE effect.id = r.id";
static const char st_sql_eff_unneg[] =
	"UPDATE effect SET number = -number WHERE programme_id = ?1 "
	"AND number < 0";
static const char st_sql_perf_rank[] =
	"UPDATE performance SET number = -r.rn FROM (SELECT pf.id, "
	"row_number() OVER (PARTITION BY pf.effect_id ORDER BY pf.number, "
	"pf.id) AS rn FROM performance pf JOIN effect e ON e.id = pf.effect_id "
	"WHERE e.programme_id = ?1) AS r WHERE performance.id = r.id";
static const char st_sql_perf_unneg[] =
	"UPDATE performance SET number = -number WHERE number < 0 AND "
	"effect_id IN (SELECT id FROM effect WHERE programme_id = ?1)";

static enum st_res
st_exec1(struct db *db, const char *sql, int64_t a)
{
	sqlite3_stmt	*st;

	if ((st = db_stmt(db, sql)) == NULL ||
	    sqlite3_bind_int64(st, 1, a) != SQLITE_OK)
		return STR_ERROR;
	return db_structure_res(db_write(db, st));
}

/*
 * Number again 1, 2, 3, ... in the present order: the programmes of a year
 * (k ST_PROGRAMME, parent the year), or the effects of a programme and the
 * performances of each of its effects (k ST_EFFECT, parent the programme).
 * Numbers pass through their negatives, so that no two rows share a
 * number at any moment (UNIQUE is checked row by row).
 */
enum st_res
db_structure_renumber(struct db *db, const struct db_who *who,
    enum st_kind k, int64_t parent)
{
	enum st_res	res;
	char		state[16];

	if (k != ST_PROGRAMME && k != ST_EFFECT)
		return STR_ERROR;
	if ((res = db_structure_begin(db)) != STR_OK)
		return res;
	if (k == ST_PROGRAMME)
		res = !db_structure_year_state(db, (int)parent, state) ?
		    STR_NOTFOUND : year_editable(state) ? STR_OK :
		    STR_LOCKED;
	else
		res = db_structure_editable(db, ST_PROGRAMME, parent, NULL);
	if (res != STR_OK)
		goto out;
	if (k == ST_PROGRAMME) {
		if ((res = st_exec1(db, st_sql_prog_rank, parent)) == STR_OK)
			res = st_exec1(db, st_sql_prog_unneg, parent);
	} else {
		if ((res = st_exec1(db, st_sql_eff_rank, parent)) == STR_OK &&
		    (res = st_exec1(db, st_sql_eff_unneg, parent)) == STR_OK &&
		    (res = st_exec1(db, st_sql_perf_rank, parent)) == STR_OK)
			res = st_exec1(db, st_sql_perf_unneg, parent);
	}
	if (res == STR_OK)
		res = db_structure_audit(db, who, k == ST_PROGRAMME ?
		    "programme.renumber" : "effect.renumber", k == ST_PROGRAMME ?
		    "budget_year" : "programme", parent, "", "");
out:
	return st_end(db, res);
}

