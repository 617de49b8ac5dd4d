/*
 * db_programme.c: a programme with everything below it, read in four
 * queries (programme, effects, performances, indicators) and assembled here.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db_indicator.h"
#include "db_programme.h"

/* Columns: id, year, number, name, portfolio_holder, directie_id,
 * directie name, ambition, budget. */
#define DB_PROGRAMME_COLS \
	"p.id, p.year, p.number, p.name, p.portfolio_holder, p.directie_id," \
	" d.name, p.ambition," \
	" (SELECT coalesce(sum(f.budget_cents), 0) FROM performance f" \
	"  JOIN effect e ON e.id = f.effect_id WHERE e.programme_id = p.id)"

static int
db_programme_fill(sqlite3_stmt *st, struct programme *p)
{
	memset(p, 0, sizeof(*p));
	p->id = sqlite3_column_int64(st, 0);
	p->year = sqlite3_column_int(st, 1);
	p->number = sqlite3_column_int(st, 2);
	p->name = db_col_text(st, 3);
	p->portfolio_holder = db_col_text(st, 4);
	p->directie_id = sqlite3_column_int64(st, 5);
	p->directie_name = db_col_text(st, 6);
	p->ambition = db_col_text(st, 7);
	p->budget_cents = sqlite3_column_int64(st, 8);
	return p->name != NULL && p->portfolio_holder != NULL &&
	    p->directie_name != NULL && p->ambition != NULL;
}

static void
db_performance_clear(struct performance *f)
{
	size_t i;

	free(f->name);
	free(f->description);
	free(f->org_unit_name);
	for (i = 0; i < f->indicatorn; i++)
		db_indicator_clear(&f->indicators[i]);
	free(f->indicators);
}

static void
db_programme_clear(struct programme *p)
{
	size_t i, j;

	free(p->name);
	free(p->portfolio_holder);
	free(p->directie_name);
	free(p->ambition);
	for (i = 0; i < p->effectn; i++) {
		free(p->effects[i].name);
		free(p->effects[i].description);
		for (j = 0; j < p->effects[i].indicatorn; j++)
			db_indicator_clear(&p->effects[i].indicators[j]);
		free(p->effects[i].indicators);
		/* An outline counts performances it did not read. */
		for (j = 0; p->effects[i].performances != NULL &&
		    j < p->effects[i].performancen; j++)
			db_performance_clear(&p->effects[i].performances[j]);
		free(p->effects[i].performances);
	}
	free(p->effects);
}

/* The programmes of a budget year by number.  NULL on error. */
struct programme_list *
db_programme_list(struct db *db, int year)
{
	static const char sql[] =
	    "SELECT " DB_PROGRAMME_COLS " FROM programme p"
	    " JOIN org_unit d ON d.id = p.directie_id"
	    " WHERE p.year = ? ORDER BY p.number";
	sqlite3_stmt		*st;
	struct programme_list	*l;
	size_t			 cap = 0;
	int			 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	if ((l = calloc(1, sizeof(*l))) == NULL)
		return NULL;
	sqlite3_bind_int(st, 1, year);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!db_grow(&l->v, &cap, l->n, sizeof(*l->v)))
			goto fail;
		if (!db_programme_fill(st, &l->v[l->n++]))
			goto fail;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE && db_res_of(db, rc) != DB_OK)
		goto fail;
	return l;
fail:
	sqlite3_reset(st);
	db_programme_list_free(l);
	return NULL;
}

static struct effect *
db_effect_find(struct programme *p, int64_t id)
{
	size_t i;

	for (i = 0; i < p->effectn; i++)
		if (p->effects[i].id == id)
			return &p->effects[i];
	return NULL;
}

static struct performance *
db_performance_find(struct programme *p, int64_t id)
{
	size_t i, j;

	for (i = 0; i < p->effectn; i++)
		for (j = 0; p->effects[i].performances != NULL &&
		    j < p->effects[i].performancen; j++)
			if (p->effects[i].performances[j].id == id)
				return &p->effects[i].performances[j];
	return NULL;
}

static int
db_programme_effects(struct db *db, struct programme *p)
{
	static const char sql[] =
	    "SELECT id, number, name, description FROM effect"
	    " WHERE programme_id = ? ORDER BY number";
	sqlite3_stmt	*st;
	size_t		 cap = 0;
	struct effect	*e;
	int		 rc, ok = 1;

	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, p->id);
	while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!(ok = db_grow(&p->effects, &cap, p->effectn, sizeof(*e))))
			break;
		e = &p->effects[p->effectn++];
		e->id = sqlite3_column_int64(st, 0);
		e->number = sqlite3_column_int(st, 1);
		e->name = db_col_text(st, 2);
		e->description = db_col_text(st, 3);
		ok = e->name != NULL && e->description != NULL;
	}
	sqlite3_reset(st);
	return ok;
}

/* The columns of every performance read, in this order. */
#define DB_PERFORMANCE_COLS \
	"f.id, f.effect_id, f.number, f.name, f.description, f.org_unit_id," \
	" o.name, f.budget_cents"

/* A row of DB_PERFORMANCE_COLS into f.  0 when memory runs out. */
static int
db_performance_fill(sqlite3_stmt *st, struct performance *f)
{
	memset(f, 0, sizeof(*f));
	f->id = sqlite3_column_int64(st, 0);
	f->effect_id = sqlite3_column_int64(st, 1);
	f->number = sqlite3_column_int(st, 2);
	f->name = db_col_text(st, 3);
	f->description = db_col_text(st, 4);
	f->org_unit_id = sqlite3_column_int64(st, 5);
	f->org_unit_name = db_col_text(st, 6);
	f->budget_cents = sqlite3_column_int64(st, 7);
	return f->name != NULL && f->description != NULL &&
	    f->org_unit_name != NULL;
}

static int
db_programme_performances(struct db *db, struct programme *p)
{
	static const char sql[] =
	    "SELECT " DB_PERFORMANCE_COLS
	    " FROM performance f JOIN effect e ON e.id = f.effect_id"
	    " JOIN org_unit o ON o.id = f.org_unit_id"
	    " WHERE e.programme_id = ? ORDER BY e.number, f.number";
	sqlite3_stmt		*st;
	struct effect		*e;
	size_t			 *caps;
	int			 ok = 1;

	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	if ((caps = calloc(p->effectn + 1, sizeof(*caps))) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, p->id);
	while (ok && sqlite3_step(st) == SQLITE_ROW) {
		if ((e = db_effect_find(p, sqlite3_column_int64(st, 1))) == NULL)
			continue;
		if (!(ok = db_grow(&e->performances, &caps[e - p->effects],
		    e->performancen, sizeof(*e->performances))))
			break;
		ok = db_performance_fill(st,
		    &e->performances[e->performancen++]);
	}
	sqlite3_reset(st);
	free(caps);
	return ok;
}

/* How many performances each effect has, without reading them. */
static int
db_programme_performance_counts(struct db *db, struct programme *p)
{
	static const char sql[] =
	    "SELECT f.effect_id, count(*) FROM effect e"
	    " JOIN performance f ON f.effect_id = e.id"
	    " WHERE e.programme_id = ? GROUP BY f.effect_id";
	sqlite3_stmt	*st;
	struct effect	*e;
	int		 rc;

	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, p->id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if ((e = db_effect_find(p, sqlite3_column_int64(st, 0))) != NULL)
			e->performancen = (size_t)sqlite3_column_int64(st, 1);
	sqlite3_reset(st);
	return rc == SQLITE_DONE;
}

/*
 * Attach every indicator of the programme to its effect or performance,
 * or only the effects' indicators when effects_only.
 */
static int
db_programme_indicators(struct db *db, struct programme *p, int effects_only)
{
	static const char sql_effects[] =
	    "SELECT " DB_INDICATOR_COLS " FROM effect e"
	    " JOIN indicator i ON i.effect_id = e.id WHERE e.programme_id = ?1"
	    " ORDER BY 4";
	static const char sql[] =
	    /* Two indexed branches: one join on coalesce() would scan
	     * every indicator of every year. */
	    "SELECT " DB_INDICATOR_COLS " FROM effect e"
	    " JOIN indicator i ON i.effect_id = e.id WHERE e.programme_id = ?1"
	    " UNION ALL"
	    " SELECT " DB_INDICATOR_COLS " FROM effect e"
	    " JOIN performance f ON f.effect_id = e.id"
	    " JOIN indicator i ON i.performance_id = f.id"
	    " WHERE e.programme_id = ?1 ORDER BY 4";
	sqlite3_stmt		*st;
	struct indicator	 ind, **v, *nv;
	size_t			*n;
	struct effect		*e;
	struct performance	*f, *last = NULL;
	int			 ok = 1;

	if ((st = db_stmt(db, effects_only ? sql_effects : sql)) == NULL)
		return 0;
	sqlite3_bind_int64(st, 1, p->id);
	while (ok && sqlite3_step(st) == SQLITE_ROW) {
		if (!db_indicator_fill(st, 0, &ind)) {
			db_indicator_clear(&ind);
			ok = 0;
			break;
		}
		v = NULL;
		n = NULL;
		if (ind.effect_id != 0 &&
		    (e = db_effect_find(p, ind.effect_id)) != NULL) {
			v = &e->indicators;
			n = &e->indicatorn;
		} else if (ind.performance_id != 0 && (f = last != NULL &&
		    last->id == ind.performance_id ? last :
		    db_performance_find(p, ind.performance_id)) != NULL) {
			/* A performance's indicators mostly come in a row:
			 * remember it rather than search thousands again. */
			last = f;
			v = &f->indicators;
			n = &f->indicatorn;
		}
		if (v == NULL ||
		    (nv = realloc(*v, (*n + 1) * sizeof(**v))) == NULL) {
			db_indicator_clear(&ind);
			ok = v == NULL;
			continue;
		}
		*v = nv;
		nv[(*n)++] = ind;
	}
	sqlite3_reset(st);
	return ok;
}

static struct programme *
db_programme_load(struct db *db, int64_t id, int targets)
{
	static const char sql[] =
	    "SELECT " DB_PROGRAMME_COLS " FROM programme p"
	    " JOIN org_unit d ON d.id = p.directie_id WHERE p.id = ?";
	sqlite3_stmt		*st;
	struct programme	*p;
	size_t			 i, j, k;
	int			 found;

	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	if ((p = calloc(1, sizeof(*p))) == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	found = sqlite3_step(st) == SQLITE_ROW && db_programme_fill(st, p);
	sqlite3_reset(st);
	if (!found || !db_programme_effects(db, p) ||
	    !(targets ? db_programme_performances(db, p) :
	    db_programme_performance_counts(db, p)) ||
	    !db_programme_indicators(db, p, !targets))
		goto fail;
	for (i = 0; targets && i < p->effectn; i++) {
		for (j = 0; j < p->effects[i].indicatorn; j++)
			if (!db_indicator_load_targets(db,
			    &p->effects[i].indicators[j], p->year))
				goto fail;
		for (j = 0; j < p->effects[i].performancen; j++)
			for (k = 0; k < p->effects[i].performances[j].indicatorn; k++)
				if (!db_indicator_load_targets(db,
				    &p->effects[i].performances[j].indicators[k],
				    p->year))
					goto fail;
	}
	return p;
fail:
	db_programme_free(p);
	return NULL;
}

/*
 * A programme with its effects, their indicators and performances, and the
 * performances' indicators, each indicator with its targets for the
 * programme's year.  NULL if absent or on error.
 */
struct programme *
db_programme_get(struct db *db, int64_t id)
{
	return db_programme_load(db, id, 1);
}

/*
 * The same without the indicators' targets (indicator.targets stays
 * empty) and without the performances: each effect's performancen counts
 * them and its performances is NULL (read one page of them with
 * db_performance_page(), and their indicators with
 * db_performance_indicators()).  For the dashboards, which show the
 * rolled-up target and one page of performances, where a programme of a
 * large city has thousands.  NULL if absent or on error.
 */
struct programme *
db_programme_get_outline(struct db *db, int64_t id)
{
	return db_programme_load(db, id, 0);
}

/*
 * Performances first .. first + count - 1 of programme id (of its effect
 * effect_id alone when not 0), in effect and performance order, without
 * their indicators; *n of them.  NULL on error (an empty page is not one).
 */
struct performance *
db_performance_page(struct db *db, int64_t id, int64_t effect_id,
    size_t first, size_t count, size_t *n)
{
	static const char sql[] =
	    "SELECT " DB_PERFORMANCE_COLS
	    " FROM performance f JOIN effect e ON e.id = f.effect_id"
	    " JOIN org_unit o ON o.id = f.org_unit_id"
	    " WHERE e.programme_id = ?1 AND (?2 = 0 OR e.id = ?2)"
	    " ORDER BY e.number, f.number LIMIT ?3 OFFSET ?4";
	sqlite3_stmt		*st;
	struct performance	*v;
	int			 ok = 1, rc = SQLITE_DONE;

	*n = 0;
	if ((v = calloc(count + 1, sizeof(*v))) == NULL)
		return NULL;
	if ((st = db_stmt(db, sql)) == NULL) {
		free(v);
		return NULL;
	}
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, effect_id);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)count);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)first);
	while (ok && *n < count && (rc = sqlite3_step(st)) == SQLITE_ROW)
		ok = db_performance_fill(st, &v[(*n)++]);
	sqlite3_reset(st);
	if (!ok || (rc != SQLITE_ROW && rc != SQLITE_DONE)) {
		db_performance_list_free(v, *n);
		*n = 0;
		return NULL;
	}
	return v;
}

/* The performances a unit owns in a budget year, with programme context. */
struct performance *
db_performance_list_by_unit(struct db *db, int64_t unit, int year, size_t *n)
{
	static const char sql[] =
	    "SELECT f.id, f.effect_id, f.number, f.name, f.description,"
	    " f.org_unit_id, pr.number || '. ' || pr.name, f.budget_cents"
	    " FROM performance f JOIN effect e ON e.id = f.effect_id"
	    " JOIN programme pr ON pr.id = e.programme_id"
	    " WHERE f.org_unit_id = ? AND pr.year = ?"
	    " ORDER BY pr.number, e.number, f.number";
	sqlite3_stmt		*st;
	struct performance	*v = NULL, *f;
	size_t			 cap = 0;
	int			 ok = 1, rc;

	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, unit);
	sqlite3_bind_int(st, 2, year);
	while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!(ok = db_grow(&v, &cap, *n, sizeof(*v))))
			break;
		f = &v[(*n)++];
		f->id = sqlite3_column_int64(st, 0);
		f->effect_id = sqlite3_column_int64(st, 1);
		f->number = sqlite3_column_int(st, 2);
		f->name = db_col_text(st, 3);
		f->description = db_col_text(st, 4);
		f->org_unit_id = sqlite3_column_int64(st, 5);
		/* Here the "owner" column carries the programme's name. */
		f->org_unit_name = db_col_text(st, 6);
		f->budget_cents = sqlite3_column_int64(st, 7);
		ok = f->name != NULL && f->description != NULL &&
		    f->org_unit_name != NULL;
	}
	sqlite3_reset(st);
	if (!ok) {
		db_performance_list_free(v, *n);
		*n = 0;
		return NULL;
	}
	if (v == NULL)
		v = calloc(1, sizeof(*v));	/* empty, not an error */
	return v;
}

void
db_performance_list_free(struct performance *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		db_performance_clear(&v[i]);
	free(v);
}

void
db_programme_free(struct programme *p)
{
	if (p == NULL)
		return;
	db_programme_clear(p);
	free(p);
}

void
db_programme_list_free(struct programme_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		db_programme_clear(&l->v[i]);
	free(l->v);
	free(l);
}

/*
 * The indicators of one performance, by code, without targets, into a new
 * array of *n (free with db_indicator_array_free).  NULL on error; an
 * empty result is a non-NULL array with *n 0.
 */
struct indicator *
db_performance_indicators(struct db *db, int64_t performance_id, size_t *n)
{
	static const char sql[] =
	    "SELECT " DB_INDICATOR_COLS " FROM indicator i"
	    " WHERE i.performance_id = ?1 ORDER BY i.code";
	sqlite3_stmt		*st;
	struct indicator	*v;
	size_t			 cap = 1;
	int			 rc;

	*n = 0;
	if ((st = db_stmt(db, sql)) == NULL ||
	    (v = calloc(cap, sizeof(*v))) == NULL)
		return NULL;
	if (sqlite3_bind_int64(st, 1, performance_id) != SQLITE_OK)
		goto fail;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!db_grow(&v, &cap, *n, sizeof(*v)))
			goto fail;
		memset(&v[*n], 0, sizeof(v[*n]));
		if (!db_indicator_fill(st, 0, &v[*n])) {
			db_indicator_clear(&v[*n]);
			goto fail;
		}
		(*n)++;
	}
	if (rc != SQLITE_DONE)
		goto fail;
	sqlite3_reset(st);
	return v;
fail:
	sqlite3_reset(st);
	db_indicator_array_free(v, *n);
	*n = 0;
	return NULL;
}

/* Free an array of n indicators; NULL is fine. */
void
db_indicator_array_free(struct indicator *v, size_t n)
{
	size_t	i;

	for (i = 0; v != NULL && i < n; i++)
		db_indicator_clear(&v[i]);
	free(v);
}
