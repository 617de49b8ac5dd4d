/* db_budget.c: budget lines, taakvelden and amendments (db_budget.h). */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "audit.h"
#include "db_budget.h"
#include "log.h"
#include "num.h"
#include "rollup_store.h"

#define DB_BUDGET_LINE_COLS \
	"a.id, a.performance_id, pf.number, pf.name, e.number, g.id, " \
	"g.number, g.name, g.year, a.org_unit_id, u.name, a.kind, " \
	"a.recurrence, a.taakveld, t.name, a.description, a.primitief_cents, " \
	"a.actueel_cents, a.raming1_cents, a.raming2_cents, a.raming3_cents, " \
	"a.n_changes, coalesce(a.amendment_id, 0), a.version " \
	"FROM budget_line_actual a JOIN performance pf ON pf.id = " \
	"a.performance_id JOIN effect e ON e.id = pf.effect_id JOIN programme " \
	"g ON g.id = a.programme_id JOIN org_unit u ON u.id = a.org_unit_id " \
	"JOIN taakveld t ON t.code = a.taakveld "

int
db_budget_year_state(struct db *db, int year, char *buf, size_t sz)
{
	static const char sql[] = "SELECT state FROM budget_year WHERE year = ?";
	sqlite3_stmt	*st;
	int		 rc, res;

	buf[0] = '\0';
	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	sqlite3_bind_int(st, 1, year);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		snprintf(buf, sz, "%s", (const char *)sqlite3_column_text(st, 0));
		res = 1;
	} else
		res = rc == SQLITE_DONE ? 0 : (db_res_of(db, rc), -1);
	sqlite3_reset(st);
	return res;
}

int
db_budget_perf_year(struct db *db, int64_t perf, int *year, int64_t *owner)
{
	static const char sql[] =
	    "SELECT g.year, pf.org_unit_id FROM performance pf JOIN effect e "
	    "ON e.id = pf.effect_id JOIN programme g ON g.id = e.programme_id "
	    "WHERE pf.id = ?";
	sqlite3_stmt	*st;
	int		 rc, res;

	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, perf);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*year = sqlite3_column_int(st, 0);
		*owner = sqlite3_column_int64(st, 1);
		res = 1;
	} else
		res = rc == SQLITE_DONE ? 0 : (db_res_of(db, rc), -1);
	sqlite3_reset(st);
	return res;
}

/* One row, one integer: 1 and *out, 0 no row, -1 error. */
static int
db_budget_int(struct db *db, const char *sql, int64_t a, const char *s,
    int64_t *out)
{
	sqlite3_stmt	*st;
	int		 rc, res;

	*out = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	if (s != NULL)
		sqlite3_bind_text(st, 1, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_int64(st, 1, a);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*out = sqlite3_column_int64(st, 0);
		res = 1;
	} else
		res = rc == SQLITE_DONE ? 0 : (db_res_of(db, rc), -1);
	sqlite3_reset(st);
	return res;
}

int
db_budget_unit_under(struct db *db, int64_t unit, int64_t owner)
{
	static const char sql[] =
	    "SELECT 1 FROM org_unit_tree WHERE ancestor_id = ?2 "
	    "AND descendant_id = ?1";
	sqlite3_stmt	*st;
	int		 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, unit);
	sqlite3_bind_int64(st, 2, owner);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : (db_res_of(db, rc), -1);
}

int
db_budget_taakveld_exists(struct db *db, const char *code)
{
	static const char sql[] = "SELECT 1 FROM taakveld WHERE code = ?";
	int64_t v;

	return db_budget_int(db, sql, 0, code, &v);
}

static int
db_budget_taakveld_fill(sqlite3_stmt *st, void *p)
{
	struct taakveld_row *t = p;

	t->code = db_col_text(st, 0);
	t->name = db_col_text(st, 1);
	return t->code != NULL && t->name != NULL;
}

int
db_budget_taakvelden(struct db *db, struct taakveld_row **out, size_t *n)
{
	static const char sql[] = "SELECT code, name FROM taakveld ORDER BY sort";
	sqlite3_stmt	*st;

	*out = NULL;
	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	if (!db_rows(db, st, sizeof(**out), db_budget_taakveld_fill, out, n)) {
		db_budget_taakvelden_free(*out, *n);
		*out = NULL;
		*n = 0;
		return 0;
	}
	return 1;
}

void
db_budget_taakvelden_free(struct taakveld_row *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(v[i].code);
		free(v[i].name);
	}
	free(v);
}

void
db_budget_line_clear(struct budget_line_row *l)
{
	if (l == NULL)
		return;
	free(l->perf_name);
	free(l->programme_name);
	free(l->unit_name);
	free(l->taakveld);
	free(l->taakveld_name);
	free(l->description);
	memset(l, 0, sizeof(*l));
}

void
db_budget_lines_free(struct budget_line_row *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		db_budget_line_clear(&v[i]);
	free(v);
}

static int
db_budget_line_fill(sqlite3_stmt *st, void *p)
{
	struct budget_line_row	*l = p;
	int			 i;

	memset(l, 0, sizeof(*l));
	l->id = sqlite3_column_int64(st, 0);
	l->performance_id = sqlite3_column_int64(st, 1);
	l->perf_number = sqlite3_column_int(st, 2);
	l->effect_number = sqlite3_column_int(st, 4);
	l->programme_id = sqlite3_column_int64(st, 5);
	l->programme_number = sqlite3_column_int(st, 6);
	l->year = sqlite3_column_int(st, 8);
	l->org_unit_id = sqlite3_column_int64(st, 9);
	(void)budget_kind_parse((const char *)sqlite3_column_text(st, 11),
	    &l->kind);
	(void)budget_recurrence_parse(
	    (const char *)sqlite3_column_text(st, 12), &l->recurrence);
	l->primitief = sqlite3_column_int64(st, 16);
	l->actueel = sqlite3_column_int64(st, 17);
	for (i = 0; i < BUDGET_RAMING_YEARS; i++)
		l->raming[i] = sqlite3_column_int64(st, 18 + i);
	l->n_changes = sqlite3_column_int64(st, 21);
	l->amendment_id = sqlite3_column_int64(st, 22);
	l->version = sqlite3_column_int64(st, 23);
	l->perf_name = db_col_text(st, 3);
	l->programme_name = db_col_text(st, 7);
	l->unit_name = db_col_text(st, 10);
	l->taakveld = db_col_text(st, 13);
	l->taakveld_name = db_col_text(st, 14);
	l->description = db_col_text(st, 15);
	return l->perf_name != NULL && l->programme_name != NULL &&
	    l->unit_name != NULL && l->taakveld != NULL &&
	    l->taakveld_name != NULL && l->description != NULL;
}

int
db_budget_lines(struct db *db, int year, int64_t programme_id,
    struct budget_line_row **out, size_t *n)
{
	static const char sql[] = "SELECT " DB_BUDGET_LINE_COLS
	    "WHERE a.year = ?1 AND (?2 = 0 OR a.programme_id = ?2) "
	    "ORDER BY g.number, e.number, pf.number, a.kind DESC, a.id";
	sqlite3_stmt	*st;

	*out = NULL;
	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int(st, 1, year);
	sqlite3_bind_int64(st, 2, programme_id);
	if (!db_rows(db, st, sizeof(**out), db_budget_line_fill, out, n)) {
		db_budget_lines_free(*out, *n);
		*out = NULL;
		*n = 0;
		return 0;
	}
	return 1;
}

int
db_budget_line_get(struct db *db, int64_t id, struct budget_line_row *l)
{
	static const char sql[] = "SELECT " DB_BUDGET_LINE_COLS
	    "WHERE a.id = ?1";
	sqlite3_stmt	*st;
	int		 rc, res;

	memset(l, 0, sizeof(*l));
	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		res = db_budget_line_fill(st, l) ? 1 : -1;
	else
		res = rc == SQLITE_DONE ? 0 : (db_res_of(db, rc), -1);
	sqlite3_reset(st);
	if (res < 0)
		db_budget_line_clear(l);
	return res;
}

/* The audit text of a line as given: one JSON object. */
static char *
db_budget_line_json(const struct budget_line_in *in)
{
	char	 a[4][32];
	json_t	*j;
	char	*s;
	int	 i;

	num_format_plain(a[0], sizeof(a[0]), in->amount, 2, 1);
	for (i = 0; i < BUDGET_RAMING_YEARS; i++)
		num_format_plain(a[i + 1], sizeof(a[i + 1]), in->raming[i], 2,
		    1);
	j = json_pack("{s:I,s:I,s:s,s:s,s:s,s:s,s:s,s:[s,s,s]}",
	    "performance", (json_int_t)in->performance_id,
	    "org_unit", (json_int_t)in->org_unit_id,
	    "kind", budget_kind_name(in->kind),
	    "recurrence", budget_recurrence_name(in->recurrence),
	    "taakveld", in->taakveld, "description",
	    in->description != NULL ? in->description : "",
	    "amount", a[0], "raming", a[1], a[2], a[3]);
	if (j == NULL)
		return NULL;
	s = json_dumps(j, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(j);
	return s;
}

static int
db_budget_bind_line(sqlite3_stmt *st, const struct budget_line_in *in)
{
	int rc, i;

	rc = sqlite3_bind_int64(st, 1, in->performance_id);
	rc |= sqlite3_bind_int64(st, 2, in->org_unit_id);
	rc |= sqlite3_bind_text(st, 3, budget_kind_name(in->kind), -1,
	    SQLITE_STATIC);
	rc |= sqlite3_bind_text(st, 4, budget_recurrence_name(in->recurrence),
	    -1, SQLITE_STATIC);
	rc |= sqlite3_bind_text(st, 5, in->taakveld, -1, SQLITE_TRANSIENT);
	rc |= sqlite3_bind_text(st, 6, in->description != NULL ?
	    in->description : "", -1, SQLITE_TRANSIENT);
	rc |= sqlite3_bind_int64(st, 7, in->amount);
	for (i = 0; i < BUDGET_RAMING_YEARS; i++)
		rc |= sqlite3_bind_int64(st, 8 + i, in->raming[i]);
	return rc;
}

enum db_res
db_budget_line_insert(struct db *db, const struct budget_line_in *in,
    int64_t amendment_id, const struct db_who *who, int64_t *id)
{
	static const char sql[] =
	    "INSERT INTO budget_line(performance_id, org_unit_id, kind, "
	    "recurrence, taakveld, description, amount_cents, raming1_cents, "
	    "raming2_cents, raming3_cents, amendment_id, updated_by, "
	    "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
	    "?11, ?12, ?13)";
	sqlite3_stmt	*st;
	enum db_res	 res;
	char		 now[32], eid[32], *nv = NULL;
	int		 rc;

	*id = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	db_now(now, sizeof(now));
	rc = db_budget_bind_line(st, in);
	rc |= amendment_id > 0 ? sqlite3_bind_int64(st, 11, amendment_id) :
	    sqlite3_bind_null(st, 11);
	rc |= who->user_id > 0 ? sqlite3_bind_int64(st, 12, who->user_id) :
	    sqlite3_bind_null(st, 12);
	rc |= sqlite3_bind_text(st, 13, now, -1, SQLITE_TRANSIENT);
	if (rc != SQLITE_OK)
		return DB_ERROR;
	if ((res = db_write(db, st)) != DB_OK)
		return res;
	*id = db_last_id(db);
	snprintf(eid, sizeof(eid), "%lld", (long long)*id);
	if ((nv = db_budget_line_json(in)) == NULL ||
	    !audit_append_by(db, who, "budget_line.create", "budget_line", eid,
	    "", nv))
		res = DB_ERROR;
	free(nv);
	return res;
}

/* The line as stored, in the form of budget_line_in, for the audit. */
static char *
db_budget_line_old_json(struct db *db, int64_t id)
{
	static const char sql[] =
	    "SELECT performance_id, org_unit_id, kind, recurrence, taakveld, "
	    "description, amount_cents, raming1_cents, raming2_cents, "
	    "raming3_cents FROM budget_line WHERE id = ?";
	struct budget_line_in	 in;
	sqlite3_stmt		*st;
	char			*s = NULL, *tv = NULL, *desc = NULL;
	int			 i;

	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		memset(&in, 0, sizeof(in));
		in.performance_id = sqlite3_column_int64(st, 0);
		in.org_unit_id = sqlite3_column_int64(st, 1);
		(void)budget_kind_parse((const char *)sqlite3_column_text(st,
		    2), &in.kind);
		(void)budget_recurrence_parse(
		    (const char *)sqlite3_column_text(st, 3), &in.recurrence);
		tv = db_col_text(st, 4);
		desc = db_col_text(st, 5);
		in.amount = sqlite3_column_int64(st, 6);
		for (i = 0; i < BUDGET_RAMING_YEARS; i++)
			in.raming[i] = sqlite3_column_int64(st, 7 + i);
		in.taakveld = tv;
		in.description = desc;
		if (tv != NULL && desc != NULL)
			s = db_budget_line_json(&in);
	}
	sqlite3_reset(st);
	free(tv);
	free(desc);
	return s;
}

enum db_res
db_budget_line_update(struct db *db, int64_t id, int64_t expect_version,
    const struct budget_line_in *in, const struct db_who *who)
{
	static const char sql[] =
	    "UPDATE budget_line SET performance_id = ?1, org_unit_id = ?2, "
	    "kind = ?3, recurrence = ?4, taakveld = ?5, description = ?6, "
	    "amount_cents = ?7, raming1_cents = ?8, raming2_cents = ?9, "
	    "raming3_cents = ?10, version = version + 1, updated_by = ?12, "
	    "updated_at = ?13 WHERE id = ?11 AND version = ?14";
	sqlite3_stmt	*st;
	enum db_res	 res;
	char		 now[32], eid[32], *ov = NULL, *nv = NULL;
	int		 rc;

	if ((ov = db_budget_line_old_json(db, id)) == NULL)
		return DB_NOTFOUND;
	if ((st = db_stmt(db, sql)) == NULL) {
		free(ov);
		return DB_ERROR;
	}
	db_now(now, sizeof(now));
	rc = db_budget_bind_line(st, in);
	rc |= sqlite3_bind_int64(st, 11, id);
	rc |= who->user_id > 0 ? sqlite3_bind_int64(st, 12, who->user_id) :
	    sqlite3_bind_null(st, 12);
	rc |= sqlite3_bind_text(st, 13, now, -1, SQLITE_TRANSIENT);
	rc |= sqlite3_bind_int64(st, 14, expect_version);
	if (rc != SQLITE_OK) {
		free(ov);
		return DB_ERROR;
	}
	if ((res = db_write_versioned(db, st)) == DB_OK) {
		snprintf(eid, sizeof(eid), "%lld", (long long)id);
		if ((nv = db_budget_line_json(in)) == NULL ||
		    !audit_append_by(db, who, "budget_line.update",
		    "budget_line", eid, ov, nv))
			res = DB_ERROR;
	}
	free(ov);
	free(nv);
	return res;
}

static int
db_budget_totals_fill(sqlite3_stmt *st, void *p)
{
	struct budget_totals *t = p;

	t->programme_id = sqlite3_column_int64(st, 0);
	t->programme_number = sqlite3_column_int(st, 1);
	t->lasten_primitief = sqlite3_column_int64(st, 2);
	t->lasten_actueel = sqlite3_column_int64(st, 3);
	t->baten_primitief = sqlite3_column_int64(st, 4);
	t->baten_actueel = sqlite3_column_int64(st, 5);
	t->n_lines = (size_t)sqlite3_column_int64(st, 6);
	return 1;
}

int
db_budget_totals(struct db *db, int year, struct budget_totals **out,
    size_t *n)
{
	static const char sql[] =
	    "SELECT g.id, g.number, "
	    "coalesce(sum(CASE a.kind WHEN 'lasten' THEN a.primitief_cents END), 0), "
	    "coalesce(sum(CASE a.kind WHEN 'lasten' THEN a.actueel_cents END), 0), "
	    "coalesce(sum(CASE a.kind WHEN 'baten' THEN a.primitief_cents END), 0), "
	    "coalesce(sum(CASE a.kind WHEN 'baten' THEN a.actueel_cents END), 0), "
	    "count(a.id) FROM programme g LEFT JOIN budget_line_actual a "
	    "ON a.programme_id = g.id WHERE g.year = ?1 "
	    "GROUP BY g.id ORDER BY g.number";
	sqlite3_stmt	*st;

	*out = NULL;
	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int(st, 1, year);
	if (!db_rows(db, st, sizeof(**out), db_budget_totals_fill, out, n)) {
		free(*out);
		*out = NULL;
		*n = 0;
		return 0;
	}
	return 1;
}

int
db_budget_amendment_next(struct db *db, int year, int *number)
{
	static const char sql[] =
	    "SELECT coalesce(max(number), 0) + 1 FROM amendment WHERE year = ?";
	int64_t	v;

	*number = 0;
	if (db_budget_int(db, sql, year, NULL, &v) != 1)
		return 0;
	*number = (int)v;
	return 1;
}

enum db_res
db_budget_amendment_insert(struct db *db, int year, int number,
    const char *decided_on, const char *description,
    const struct db_who *who, int64_t *id)
{
	static const char sql[] =
	    "INSERT INTO amendment(year, number, decided_on, description, "
	    "created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
	sqlite3_stmt	*st;
	enum db_res	 res;
	json_t		*j;
	char		 now[32], eid[32], *nv = NULL;
	int		 rc;

	*id = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	db_now(now, sizeof(now));
	rc = sqlite3_bind_int(st, 1, year);
	rc |= sqlite3_bind_int(st, 2, number);
	rc |= sqlite3_bind_text(st, 3, decided_on, -1, SQLITE_TRANSIENT);
	rc |= sqlite3_bind_text(st, 4, description, -1, SQLITE_TRANSIENT);
	rc |= who->user_id > 0 ? sqlite3_bind_int64(st, 5, who->user_id) :
	    sqlite3_bind_null(st, 5);
	rc |= sqlite3_bind_text(st, 6, now, -1, SQLITE_TRANSIENT);
	if (rc != SQLITE_OK)
		return DB_ERROR;
	if ((res = db_write(db, st)) != DB_OK)
		return res;
	*id = db_last_id(db);
	snprintf(eid, sizeof(eid), "%lld", (long long)*id);
	j = json_pack("{s:i,s:i,s:s,s:s}", "year", year, "number", number,
	    "decided_on", decided_on, "description", description);
	if (j == NULL ||
	    (nv = json_dumps(j, JSON_COMPACT | JSON_SORT_KEYS)) == NULL ||
	    !audit_append_by(db, who, "amendment.create", "amendment", eid, "",
	    nv))
		res = DB_ERROR;
	json_decref(j);
	free(nv);
	return res;
}

enum db_res
db_budget_change_insert(struct db *db, int64_t amendment_id, int64_t line_id,
    int64_t delta, const struct db_who *who)
{
	static const char sql[] =
	    "INSERT INTO amendment_change(amendment_id, line_id, delta_cents) "
	    "VALUES (?1, ?2, ?3)";
	sqlite3_stmt	*st;
	enum db_res	 res;
	char		 eid[64], nv[64], d[32];
	int		 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	rc = sqlite3_bind_int64(st, 1, amendment_id);
	rc |= sqlite3_bind_int64(st, 2, line_id);
	rc |= sqlite3_bind_int64(st, 3, delta);
	if (rc != SQLITE_OK)
		return DB_ERROR;
	if ((res = db_write(db, st)) != DB_OK)
		return res;
	snprintf(eid, sizeof(eid), "%lld", (long long)line_id);
	num_format_plain(d, sizeof(d), delta, 2, 1);
	snprintf(nv, sizeof(nv), "amendment %lld: %s",
	    (long long)amendment_id, d);
	if (!audit_append_by(db, who, "budget_line.amend", "budget_line", eid,
	    "", nv))
		res = DB_ERROR;
	return res;
}

static int
db_budget_amendment_fill(sqlite3_stmt *st, void *p)
{
	struct amendment_row *a = p;

	memset(a, 0, sizeof(*a));
	a->id = sqlite3_column_int64(st, 0);
	a->year = sqlite3_column_int(st, 1);
	a->number = sqlite3_column_int(st, 2);
	a->n_changes = sqlite3_column_int64(st, 6);
	a->lasten_delta = sqlite3_column_int64(st, 7);
	a->baten_delta = sqlite3_column_int64(st, 8);
	a->decided_on = db_col_text(st, 3);
	a->description = db_col_text(st, 4);
	a->created_at = db_col_text(st, 5);
	return a->decided_on != NULL && a->description != NULL &&
	    a->created_at != NULL;
}

#define DB_BUDGET_AMENDMENT_COLS \
	"m.id, m.year, m.number, m.decided_on, m.description, m.created_at, " \
	"(SELECT count(*) FROM amendment_change c WHERE c.amendment_id = m.id), " \
	"(SELECT coalesce(sum(c.delta_cents), 0) FROM amendment_change c JOIN " \
	"budget_line l ON l.id = c.line_id WHERE c.amendment_id = m.id AND " \
	"l.kind = 'lasten'), " \
	"(SELECT coalesce(sum(c.delta_cents), 0) FROM amendment_change c JOIN " \
	"budget_line l ON l.id = c.line_id WHERE c.amendment_id = m.id AND " \
	"l.kind = 'baten') FROM amendment m "

int
db_budget_amendments(struct db *db, int year, struct amendment_row **out,
    size_t *n)
{
	static const char sql[] = "SELECT " DB_BUDGET_AMENDMENT_COLS
	    "WHERE m.year = ?1 ORDER BY m.number";
	sqlite3_stmt	*st;

	*out = NULL;
	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int(st, 1, year);
	if (!db_rows(db, st, sizeof(**out), db_budget_amendment_fill, out,
	    n)) {
		db_budget_amendments_free(*out, *n);
		*out = NULL;
		*n = 0;
		return 0;
	}
	return 1;
}

int
db_budget_amendment_get(struct db *db, int64_t id, struct amendment_row *a)
{
	static const char sql[] = "SELECT " DB_BUDGET_AMENDMENT_COLS
	    "WHERE m.id = ?1";
	sqlite3_stmt	*st;
	int		 rc, res;

	memset(a, 0, sizeof(*a));
	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		res = db_budget_amendment_fill(st, a) ? 1 : -1;
	else
		res = rc == SQLITE_DONE ? 0 : (db_res_of(db, rc), -1);
	sqlite3_reset(st);
	if (res < 0) {
		free(a->decided_on);
		free(a->description);
		free(a->created_at);
		memset(a, 0, sizeof(*a));
	}
	return res;
}

void
db_budget_amendments_free(struct amendment_row *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(v[i].decided_on);
		free(v[i].description);
		free(v[i].created_at);
	}
	free(v);
}

static int
db_budget_change_fill(sqlite3_stmt *st, void *p)
{
	struct amendment_change_row *c = p;

	memset(c, 0, sizeof(*c));
	c->amendment_id = sqlite3_column_int64(st, 0);
	c->number = sqlite3_column_int(st, 1);
	c->line_id = sqlite3_column_int64(st, 3);
	(void)budget_kind_parse((const char *)sqlite3_column_text(st, 4),
	    &c->kind);
	c->programme_number = sqlite3_column_int(st, 6);
	c->delta = sqlite3_column_int64(st, 8);
	c->decided_on = db_col_text(st, 2);
	c->perf_name = db_col_text(st, 5);
	c->taakveld = db_col_text(st, 7);
	return c->decided_on != NULL && c->perf_name != NULL &&
	    c->taakveld != NULL;
}

int
db_budget_changes(struct db *db, int64_t amendment_id, int64_t line_id,
    struct amendment_change_row **out, size_t *n)
{
	static const char sql[] =
	    "SELECT m.id, m.number, m.decided_on, l.id, l.kind, pf.name, "
	    "g.number, l.taakveld, c.delta_cents FROM amendment_change c "
	    "JOIN amendment m ON m.id = c.amendment_id JOIN budget_line l "
	    "ON l.id = c.line_id JOIN performance pf ON pf.id = "
	    "l.performance_id JOIN effect e ON e.id = pf.effect_id "
	    "JOIN programme g ON g.id = e.programme_id "
	    "WHERE (?1 = 0 OR c.amendment_id = ?1) AND (?2 = 0 OR "
	    "c.line_id = ?2) ORDER BY m.number, g.number, l.id";
	sqlite3_stmt	*st;

	*out = NULL;
	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, amendment_id);
	sqlite3_bind_int64(st, 2, line_id);
	if (!db_rows(db, st, sizeof(**out), db_budget_change_fill, out, n)) {
		db_budget_changes_free(*out, *n);
		*out = NULL;
		*n = 0;
		return 0;
	}
	return 1;
}

void
db_budget_changes_free(struct amendment_change_row *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(v[i].decided_on);
		free(v[i].perf_name);
		free(v[i].taakveld);
	}
	free(v);
}

int
db_budget_sync(struct db *db, int64_t perf)
{
	static const char sql_sum[] =
	    "SELECT count(*), coalesce(sum(actueel_cents), 0), "
	    "(SELECT budget_cents FROM performance WHERE id = ?1) "
	    "FROM budget_line_actual WHERE performance_id = ?1 "
	    "AND kind = 'lasten'";
	static const char sql_perf[] =
	    "UPDATE performance SET budget_cents = ?2 WHERE id = ?1";
	static const char sql_quarters[] =
	    "SELECT p.id, p.quarter, c.budget_cents FROM performance pf "
	    "JOIN effect e ON e.id = pf.effect_id JOIN programme g "
	    "ON g.id = e.programme_id JOIN period p ON p.year = g.year "
	    "LEFT JOIN cost c ON c.performance_id = pf.id "
	    "AND c.period_id = p.id WHERE pf.id = ?1 ORDER BY p.quarter";
	static const char sql_cost[] =
	    "UPDATE cost SET budget_cents = ?3 WHERE performance_id = ?1 "
	    "AND period_id = ?2";
	sqlite3_stmt	*st;
	int64_t		 nlines, sum, old, pid[4], through[4], v;
	int		 has[4], q[4], nq = 0, i, rc;

	if ((st = db_stmt(db, sql_sum)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, perf);
	rc = sqlite3_step(st);
	nlines = sqlite3_column_int64(st, 0);
	sum = sqlite3_column_int64(st, 1);
	old = sqlite3_column_int64(st, 2);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW) {
		log_err("budget: %s", db_errmsg(db));
		return 0;
	}
	if (nlines == 0 || sum == old)
		return 1;
	if ((st = db_stmt(db, sql_perf)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, perf);
	sqlite3_bind_int64(st, 2, sum);
	if (db_write(db, st) != DB_OK)
		return 0;
	if ((st = db_stmt(db, sql_quarters)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, perf);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && nq < 4) {
		pid[nq] = sqlite3_column_int64(st, 0);
		q[nq] = sqlite3_column_int(st, 1);
		through[nq] = db_col_opt(st, 2, &has[nq]);
		nq++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return 0;
	for (i = 0; i < nq; i++) {
		if (has[i]) {
			if (!budget_phase(through[i], old, sum, q[i], &v) ||
			    (st = db_stmt(db, sql_cost)) == NULL)
				return 0;
			sqlite3_bind_int64(st, 1, perf);
			sqlite3_bind_int64(st, 2, pid[i]);
			sqlite3_bind_int64(st, 3, v);
			if (db_write(db, st) != DB_OK)
				return 0;
		}
		if (!rollup_store_cost_changed(db, perf, pid[i]))
			return 0;
	}
	return 1;
}

static int
db_budget_perf_fill(sqlite3_stmt *st, void *p)
{
	struct budget_perf_row *r = p;

	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(st, 0);
	r->programme_number = sqlite3_column_int(st, 1);
	r->effect_number = sqlite3_column_int(st, 2);
	r->number = sqlite3_column_int(st, 3);
	r->budget = sqlite3_column_int64(st, 6);
	r->name = db_col_text(st, 4);
	r->unit_name = db_col_text(st, 5);
	return r->name != NULL && r->unit_name != NULL;
}

int
db_budget_performances(struct db *db, int year, struct budget_perf_row **out,
    size_t *n)
{
	static const char sql[] =
	    "SELECT pf.id, g.number, e.number, pf.number, pf.name, u.name, "
	    "pf.budget_cents FROM performance pf JOIN effect e ON e.id = "
	    "pf.effect_id JOIN programme g ON g.id = e.programme_id JOIN "
	    "org_unit u ON u.id = pf.org_unit_id WHERE g.year = ?1 "
	    "ORDER BY g.number, e.number, pf.number";
	sqlite3_stmt	*st;

	*out = NULL;
	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int(st, 1, year);
	if (!db_rows(db, st, sizeof(**out), db_budget_perf_fill, out, n)) {
		db_budget_performances_free(*out, *n);
		*out = NULL;
		*n = 0;
		return 0;
	}
	return 1;
}

void
db_budget_performances_free(struct budget_perf_row *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].unit_name);
	}
	free(v);
}
