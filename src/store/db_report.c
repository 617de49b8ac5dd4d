/* db_report.c: reports, their free texts and their frozen versions. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_report.h"

/* Columns: id, period_id, year, quarter, kind, title, intro, created_at,
 * updated_at, versions, last published_at. */
#define DB_REPORT_COLS \
	"r.id, r.period_id, p.year, p.quarter, r.kind, r.title, r.intro," \
	" r.created_at, r.updated_at," \
	" (SELECT count(*) FROM report_version v WHERE v.report_id = r.id)," \
	" (SELECT coalesce(max(v.published_at), '') FROM report_version v" \
	"  WHERE v.report_id = r.id)"

static void
db_report_meta_clear(struct report_meta *m)
{
	free(m->kind);
	free(m->title);
	free(m->intro);
	free(m->created_at);
	free(m->updated_at);
	free(m->last_published_at);
}

static int
db_report_meta_fill(sqlite3_stmt *st, struct report_meta *m)
{
	memset(m, 0, sizeof(*m));
	m->id = sqlite3_column_int64(st, 0);
	m->period_id = sqlite3_column_int64(st, 1);
	m->year = sqlite3_column_int(st, 2);
	m->quarter = sqlite3_column_int(st, 3);
	snprintf(m->period, sizeof(m->period), "%04d-Q%d", m->year % 10000,
	    m->quarter % 10);
	m->kind = db_col_text(st, 4);
	m->title = db_col_text(st, 5);
	m->intro = db_col_text(st, 6);
	m->created_at = db_col_text(st, 7);
	m->updated_at = db_col_text(st, 8);
	m->versions = sqlite3_column_int(st, 9);
	m->last_published_at = db_col_text(st, 10);
	return m->kind != NULL && m->title != NULL && m->intro != NULL &&
	    m->created_at != NULL && m->updated_at != NULL &&
	    m->last_published_at != NULL;
}

/* Every report, newest period first.  NULL on error. */
struct report_meta_list *
db_report_list(struct db *db)
{
	static const char sql[] =
	    "SELECT " DB_REPORT_COLS " FROM report r"
	    " JOIN period p ON p.id = r.period_id"
	    " ORDER BY p.year DESC, p.quarter DESC, r.id DESC";
	sqlite3_stmt		*st;
	struct report_meta_list	*l;
	size_t			 cap = 0;
	int			 rc;

	if ((st = db_stmt(db, sql)) == NULL ||
	    (l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!db_grow(&l->v, &cap, l->n, sizeof(*l->v)))
			goto fail;
		if (!db_report_meta_fill(st, &l->v[l->n++]))
			goto fail;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE && db_res_of(db, rc) != DB_OK) {
		db_report_list_free(l);
		return NULL;
	}
	return l;
fail:
	sqlite3_reset(st);
	db_report_list_free(l);
	return NULL;
}

/* One report; NULL if absent or on error. */
struct report_meta *
db_report_get(struct db *db, int64_t id)
{
	static const char sql[] =
	    "SELECT " DB_REPORT_COLS " FROM report r"
	    " JOIN period p ON p.id = r.period_id WHERE r.id = ?";
	sqlite3_stmt		*st;
	struct report_meta	*m;
	int			 ok;

	if ((st = db_stmt(db, sql)) == NULL ||
	    (m = calloc(1, sizeof(*m))) == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	ok = sqlite3_step(st) == SQLITE_ROW;
	if (ok && !db_report_meta_fill(st, m))
		ok = 0;
	sqlite3_reset(st);
	if (!ok) {
		db_report_meta_free(m);
		return NULL;
	}
	return m;
}

/* A new draft report for a period.  DB_CONSTRAINT for a bad period or kind. */
enum db_res
db_report_insert(struct db *db, int64_t period_id, const char *kind,
    const char *title, int64_t user_id, int64_t *id)
{
	static const char sql[] =
	    "INSERT INTO report(period_id, kind, title, created_by, created_at,"
	    " updated_at) VALUES (?,?,?,?,?,?)";
	sqlite3_stmt	*st;
	char		 now[32];
	enum db_res	 res;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	db_now(now, sizeof(now));
	sqlite3_bind_int64(st, 1, period_id);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, title, -1, SQLITE_STATIC);
	if (user_id > 0)
		sqlite3_bind_int64(st, 4, user_id);
	else
		sqlite3_bind_null(st, 4);
	sqlite3_bind_text(st, 5, now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 6, now, -1, SQLITE_TRANSIENT);
	res = db_write(db, st);
	sqlite3_clear_bindings(st);
	if (res != DB_OK)
		return res;
	*id = db_last_id(db);
	return DB_OK;
}

/* Change a report's title and introduction.  DB_NOTFOUND if absent. */
enum db_res
db_report_update(struct db *db, int64_t id, const char *title,
    const char *intro)
{
	static const char sql[] =
	    "UPDATE report SET title = ?, intro = ?, updated_at = ? WHERE id = ?";
	sqlite3_stmt	*st;
	char		 now[32];
	enum db_res	 res;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	db_now(now, sizeof(now));
	sqlite3_bind_text(st, 1, title, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, intro, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, id);
	res = db_write_one(db, st);
	sqlite3_clear_bindings(st);
	return res;
}

/* Set the introduction of one programme in a report. */
enum db_res
db_report_text_set(struct db *db, int64_t report_id, int64_t programme_id,
    const char *intro)
{
	static const char sql[] =
	    "INSERT INTO report_programme_text(report_id, programme_id, intro)"
	    " VALUES (?,?,?) ON CONFLICT(report_id, programme_id)"
	    " DO UPDATE SET intro = excluded.intro";
	sqlite3_stmt	*st;
	enum db_res	 res;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_int64(st, 1, report_id);
	sqlite3_bind_int64(st, 2, programme_id);
	sqlite3_bind_text(st, 3, intro, -1, SQLITE_STATIC);
	res = db_write(db, st);
	sqlite3_clear_bindings(st);
	return res;
}

/* One row of db_report_texts(). */
static int
db_report_text_fill(sqlite3_stmt *st, void *p)
{
	struct report_text	*t = p;

	t->programme_id = sqlite3_column_int64(st, 0);
	return (t->intro = db_col_text(st, 1)) != NULL;
}

/* The programme introductions of a report.  NULL on error (n is 0). */
struct report_text *
db_report_texts(struct db *db, int64_t report_id, size_t *n)
{
	static const char sql[] =
	    "SELECT programme_id, intro FROM report_programme_text"
	    " WHERE report_id = ? ORDER BY programme_id";
	sqlite3_stmt		*st;
	struct report_text	*v = NULL;

	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, report_id);
	if (!db_rows(db, st, sizeof(*v), db_report_text_fill, &v, n) ||
	    (v == NULL && (v = calloc(1, sizeof(*v))) == NULL)) {
		db_report_texts_free(v, *n);
		*n = 0;
		return NULL;
	}
	return v;
}

/*
 * Store a new published version: the next number for the report.  Call it
 * inside the caller's transaction (with the audit entry).  Sets *version.
 */
enum db_res
db_report_version_insert(struct db *db, int64_t report_id,
    const char *content, const char *hash, int64_t user_id, int *version)
{
	static const char sql[] =
	    "INSERT INTO report_version(report_id, version, content,"
	    " content_hash, published_by, published_at)"
	    " SELECT ?1, coalesce(max(version), 0) + 1, ?2, ?3, ?4, ?5"
	    " FROM report_version WHERE report_id = ?1";
	static const char vsql[] =
	    "SELECT version FROM report_version WHERE id = ?";
	sqlite3_stmt	*st;
	char		 now[32];
	enum db_res	 res;
	int		 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return DB_ERROR;
	db_now(now, sizeof(now));
	sqlite3_bind_int64(st, 1, report_id);
	sqlite3_bind_text(st, 2, content, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, hash, -1, SQLITE_STATIC);
	if (user_id > 0)
		sqlite3_bind_int64(st, 4, user_id);
	else
		sqlite3_bind_null(st, 4);
	sqlite3_bind_text(st, 5, now, -1, SQLITE_TRANSIENT);
	res = db_write(db, st);
	sqlite3_clear_bindings(st);
	if (res != DB_OK)
		return res;
	if ((st = db_stmt(db, vsql)) == NULL)
		return DB_ERROR;
	sqlite3_bind_int64(st, 1, db_last_id(db));
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*version = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? DB_OK : DB_ERROR;
}

#define DB_VERSION_COLS \
	"v.report_id, v.version, v.content_hash, coalesce(u.username, '')," \
	" v.published_at"

static int
db_report_version_fill(sqlite3_stmt *st, struct report_version *v)
{
	const unsigned char *h;

	memset(v, 0, sizeof(*v));
	v->report_id = sqlite3_column_int64(st, 0);
	v->version = sqlite3_column_int(st, 1);
	h = sqlite3_column_text(st, 2);
	snprintf(v->hash, sizeof(v->hash), "%s", h ? (const char *)h : "");
	v->published_by = db_col_text(st, 3);
	v->published_at = db_col_text(st, 4);
	return v->published_by != NULL && v->published_at != NULL;
}

/* One published version with its content; NULL if absent or on error. */
struct report_version *
db_report_version_get(struct db *db, int64_t report_id, int version)
{
	static const char sql[] =
	    "SELECT " DB_VERSION_COLS ", v.content FROM report_version v"
	    " LEFT JOIN user u ON u.id = v.published_by"
	    " WHERE v.report_id = ? AND v.version = ?";
	sqlite3_stmt		*st;
	struct report_version	*v;
	int			 ok;

	if ((st = db_stmt(db, sql)) == NULL ||
	    (v = calloc(1, sizeof(*v))) == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, report_id);
	sqlite3_bind_int(st, 2, version);
	ok = sqlite3_step(st) == SQLITE_ROW && db_report_version_fill(st, v) &&
	    (v->content = db_col_text(st, 5)) != NULL;
	sqlite3_reset(st);
	if (!ok) {
		db_report_version_free(v);
		return NULL;
	}
	return v;
}

/* The published versions of a report, oldest first, without content. */
struct report_version_list *
db_report_version_list(struct db *db, int64_t report_id)
{
	static const char sql[] =
	    "SELECT " DB_VERSION_COLS " FROM report_version v"
	    " LEFT JOIN user u ON u.id = v.published_by"
	    " WHERE v.report_id = ? ORDER BY v.version";
	sqlite3_stmt			*st;
	struct report_version_list	*l;
	size_t				 cap = 0;
	int				 rc, ok = 1;

	if ((st = db_stmt(db, sql)) == NULL ||
	    (l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, report_id);
	while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!db_grow(&l->v, &cap, l->n, sizeof(*l->v))) {
			ok = 0;
			break;
		}
		ok = db_report_version_fill(st, &l->v[l->n++]);
	}
	sqlite3_reset(st);
	if (ok && rc != SQLITE_DONE && db_res_of(db, rc) != DB_OK)
		ok = 0;
	if (!ok) {
		db_report_version_list_free(l);
		return NULL;
	}
	return l;
}

/*
 * The newest published version of any report of a period.  Returns 1 with
 * the report and version set, 0 when none is published.
 */
int
db_report_latest_published(struct db *db, int64_t period_id,
    int64_t *report_id, int *version)
{
	static const char sql[] =
	    "SELECT v.report_id, v.version FROM report_version v"
	    " JOIN report r ON r.id = v.report_id WHERE r.period_id = ?"
	    " ORDER BY v.published_at DESC, v.id DESC LIMIT 1";
	sqlite3_stmt	*st;
	int		 found;

	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, period_id);
	if ((found = sqlite3_step(st) == SQLITE_ROW)) {
		*report_id = sqlite3_column_int64(st, 0);
		*version = sqlite3_column_int(st, 1);
	}
	sqlite3_reset(st);
	return found;
}

/* The newest report of a period, or 0 when there is none. */
int64_t
db_report_find_by_period(struct db *db, int64_t period_id)
{
	static const char sql[] =
	    "SELECT id FROM report WHERE period_id = ? ORDER BY id DESC LIMIT 1";
	sqlite3_stmt	*st;
	int64_t		 id = 0;

	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, period_id);
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return id;
}

/* Free m and what it owns; NULL is fine. */
void
db_report_meta_free(struct report_meta *m)
{
	if (m == NULL)
		return;
	db_report_meta_clear(m);
	free(m);
}

/* Free the list of db_report_list(); NULL is fine. */
void
db_report_list_free(struct report_meta_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		db_report_meta_clear(&l->v[i]);
	free(l->v);
	free(l);
}

/* Free the n texts of db_report_texts(); NULL is fine. */
void
db_report_texts_free(struct report_text *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		free(v[i].intro);
	free(v);
}

/* Free v and what it owns; NULL is fine. */
void
db_report_version_free(struct report_version *v)
{
	if (v == NULL)
		return;
	free(v->content);
	free(v->published_by);
	free(v->published_at);
	free(v);
}

/* Free the list of db_report_version_list(); NULL is fine. */
void
db_report_version_list_free(struct report_version_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].published_by);
		free(l->v[i].published_at);
	}
	free(l->v);
	free(l);
}
