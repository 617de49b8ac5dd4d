/* db_submission.c: submissions and the entry form's write transaction. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "db_submission.h"
#include "rollup_approval.h"

/*
 * Start the write transaction and take the write lock now.  Returns DB_OK,
 * DB_READONLY or DB_FULL (the user is told so) or DB_ERROR.
 */
enum db_res
db_submission_begin(struct db *db)
{
	db_read_end(db);
	return db_res_of(db, sqlite3_exec(db->sql, "BEGIN IMMEDIATE", NULL,
	    NULL, NULL));
}

/* Commit; on failure the transaction is rolled back.  Returns as begin. */
enum db_res
db_submission_commit(struct db *db)
{
	enum db_res res;

	res = db_commit_res(db);
	if (res != DB_OK)
		db_rollback(db);
	return res;
}

/* Free what s owns and zero it; NULL is fine. */
void
db_submission_clear(struct submission *s)
{
	if (s == NULL)
		return;
	free(s->comment);
	free(s->updated_at);
	free(s->updated_by);
	memset(s, 0, sizeof(*s));
}

/*
 * The submission of unit for period, into s (clear with
 * db_submission_clear).  No row gives SUB_NONE, version 0.  Whether the
 * administrator reopened it is read from the audit log: the latest reopen
 * not followed by an approval.  Returns 1, or 0 on error.
 */
int
db_submission_get(struct db *db, int64_t unit, int64_t period,
    struct submission *s)
{
	static const char sql[] =
	    "SELECT s.state, s.comment, s.version, s.updated_at,"
	    " coalesce(nullif(u.display_name, ''), u.username, ''),"
	    " (SELECT a.action FROM audit a WHERE a.entity = 'submission'"
	    "  AND a.entity_id = ?3 AND a.action IN ('submission.reopen',"
	    "  'submission.approve') ORDER BY a.id DESC LIMIT 1),"
	    " coalesce(s.updated_by, 0)"
	    " FROM submission s LEFT JOIN user u ON u.id = s.updated_by"
	    " WHERE s.org_unit_id = ?1 AND s.period_id = ?2";
	sqlite3_stmt		*st;
	const unsigned char	*t;
	char			 eid[48];
	int			 rc, ok = 1;

	memset(s, 0, sizeof(*s));
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	snprintf(eid, sizeof(eid), "%lld/%lld", (long long)unit,
	    (long long)period);
	sqlite3_bind_int64(st, 1, unit);
	sqlite3_bind_int64(st, 2, period);
	sqlite3_bind_text(st, 3, eid, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		t = sqlite3_column_text(st, 0);
		if (!workflow_state_from_name((const char *)t, &s->state))
			s->state = SUB_DRAFT;
		s->comment = db_col_text(st, 1);
		s->version = sqlite3_column_int64(st, 2);
		s->updated_at = db_col_text(st, 3);
		s->updated_by = db_col_text(st, 4);
		t = sqlite3_column_text(st, 5);
		s->reopened = t != NULL &&
		    strcmp((const char *)t, "submission.reopen") == 0;
		s->updated_by_id = sqlite3_column_int64(st, 6);
		ok = s->comment != NULL && s->updated_at != NULL &&
		    s->updated_by != NULL;
	} else if (rc == SQLITE_DONE) {
		s->comment = strdup("");
		s->updated_at = strdup("");
		s->updated_by = strdup("");
		ok = s->comment != NULL && s->updated_at != NULL &&
		    s->updated_by != NULL;
	} else {
		(void)db_res_of(db, rc);
		ok = 0;
	}
	sqlite3_reset(st);
	if (!ok)
		db_submission_clear(s);
	return ok;
}

/*
 * Move the submission of unit for period to state, with comment (the
 * director's when returning, the reason when reopening, "" otherwise),
 * if its version is still expect_version (0: no row yet).  Appends an
 * audit entry "submission.<action>" (entity id "unit/period", old state
 * -> new state and comment).  In the caller's transaction.  Returns DB_OK
 * and *new_version, DB_CONFLICT, or the failure.
 */
enum db_res
db_submission_set(struct db *db, int64_t unit, int64_t period,
    const char *period_name, int64_t expect_version, enum sub_state state,
    const char *comment, const char *action, const struct db_who *who,
    int64_t *new_version)
{
	static const char upd_sql[] =
	    "UPDATE submission SET state = ?3, comment = ?4,"
	    " version = version + 1, updated_by = ?5, updated_at = ?6"
	    " WHERE org_unit_id = ?1 AND period_id = ?2 AND version = ?7";
	static const char ins_sql[] =
	    "INSERT INTO submission(org_unit_id, period_id, state, comment,"
	    " updated_by, updated_at, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1)";
	struct submission	 old;
	sqlite3_stmt		*st;
	char			 at[32], eid[48], act[48], ov[64], *nv = NULL;
	size_t			 nvlen;
	enum db_res		 res = DB_ERROR;

	(void)period_name;
	if (!db_submission_get(db, unit, period, &old))
		return DB_ERROR;
	if (old.version != expect_version) {
		*new_version = old.version;
		db_submission_clear(&old);
		return DB_CONFLICT;
	}
	db_now(at, sizeof(at));
	if ((st = db_stmt(db, old.version != 0 ? upd_sql : ins_sql)) == NULL)
		goto out;
	sqlite3_bind_int64(st, 1, unit);
	sqlite3_bind_int64(st, 2, period);
	sqlite3_bind_text(st, 3, workflow_state_name(state), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, comment ? comment : "", -1, SQLITE_STATIC);
	if (who->user_id != 0)
		sqlite3_bind_int64(st, 5, who->user_id);
	sqlite3_bind_text(st, 6, at, -1, SQLITE_TRANSIENT);
	if (old.version != 0)
		sqlite3_bind_int64(st, 7, expect_version);
	if ((res = db_write_versioned(db, st)) != DB_OK)
		goto out;
	res = DB_ERROR;
	snprintf(eid, sizeof(eid), "%lld/%lld", (long long)unit,
	    (long long)period);
	snprintf(act, sizeof(act), "submission.%s", action);
	snprintf(ov, sizeof(ov), "%s", workflow_state_name(old.state));
	nvlen = strlen(workflow_state_name(state)) +
	    (comment ? strlen(comment) : 0) + 4;
	if ((nv = malloc(nvlen)) == NULL)
		goto out;
	snprintf(nv, nvlen, "%s%s%s", workflow_state_name(state),
	    comment && *comment ? ": " : "", comment ? comment : "");
	if (!audit_append_by(db, who, act, "submission", eid, ov, nv))
		goto out;
	/* Every number that includes the unit's figures changes approval. */
	if (!rollup_approval_submission_changed(db, unit, period))
		goto out;
	*new_version = expect_version + 1;
	res = DB_OK;
out:
	free(nv);
	db_submission_clear(&old);
	return res;
}

/* Free the n items of db_submission_work(); NULL is fine. */
void
db_submission_work_free(struct work_item *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(v[i].code);
		free(v[i].name);
		free(v[i].comment);
		free(v[i].updated_at);
	}
	free(v);
}

/*
 * For period, every unit within one of the scope units (each with all
 * below it) that reports an indicator or owns a performance of the
 * period's year, with its submission state and how much is entered.
 * Returns 1 and sets *out, *n; 0 on error.
 */
int
db_submission_work(struct db *db, int64_t period_id, const int64_t *scope,
    size_t scopen, struct work_item **out, size_t *n)
{
	static const char sql[] =
	    "SELECT o.id, o.code, o.name, coalesce(s.state, 'none'),"
	    " coalesce(s.comment, ''), coalesce(s.updated_at, ''),"
	    " (SELECT count(*) FROM indicator_unit iu"
	    "  JOIN indicator i ON i.id = iu.indicator_id"
	    "  LEFT JOIN performance pf ON pf.id = i.performance_id"
	    "  JOIN effect e ON e.id = coalesce(i.effect_id, pf.effect_id)"
	    "  JOIN programme pr ON pr.id = e.programme_id AND pr.year = p.year"
	    "  WHERE iu.org_unit_id = o.id),"
	    " (SELECT count(*) FROM figure f WHERE f.org_unit_id = o.id"
	    "  AND f.period_id = p.id AND (f.value IS NOT NULL))," 
	    " (SELECT count(*) FROM performance pf"
	    "  JOIN effect e ON e.id = pf.effect_id"
	    "  JOIN programme pr ON pr.id = e.programme_id AND pr.year = p.year"
	    "  WHERE pf.org_unit_id = o.id)"
	    " FROM org_unit_tree t JOIN org_unit o ON o.id = t.descendant_id"
	    " JOIN period p ON p.id = ?2"
	    " LEFT JOIN submission s ON s.org_unit_id = o.id AND s.period_id = p.id"
	    " WHERE t.ancestor_id = ?1"
	    " ORDER BY o.sort, o.id";
	sqlite3_stmt		*st;
	struct work_item	*v = NULL, *w;
	size_t			 cap = 0, k, j;
	int			 rc = SQLITE_DONE, dup;

	*out = NULL;
	*n = 0;
	for (k = 0; k < scopen; k++) {
		if ((st = db_stmt(db, sql)) == NULL)
			goto fail;
		sqlite3_bind_int64(st, 1, scope[k]);
		sqlite3_bind_int64(st, 2, period_id);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			if (sqlite3_column_int64(st, 6) == 0 &&
			    sqlite3_column_int64(st, 8) == 0)
				continue;
			for (dup = 0, j = 0; j < *n; j++)
				if (v[j].org_unit_id == sqlite3_column_int64(st, 0))
					dup = 1;
			if (dup)
				continue;
			if (!db_grow(&v, &cap, *n, sizeof(*v))) {
				sqlite3_reset(st);
				goto fail;
			}
			w = &v[(*n)++];
			memset(w, 0, sizeof(*w));
			w->org_unit_id = sqlite3_column_int64(st, 0);
			w->period_id = period_id;
			w->code = db_col_text(st, 1);
			w->name = db_col_text(st, 2);
			if (!workflow_state_from_name(
			    (const char *)sqlite3_column_text(st, 3), &w->state))
				w->state = SUB_DRAFT;
			w->comment = db_col_text(st, 4);
			w->updated_at = db_col_text(st, 5);
			w->indicators = (size_t)sqlite3_column_int64(st, 6);
			w->entered = (size_t)sqlite3_column_int64(st, 7);
			w->costs = (size_t)sqlite3_column_int64(st, 8);
			if (w->code == NULL || w->name == NULL ||
			    w->comment == NULL || w->updated_at == NULL) {
				sqlite3_reset(st);
				goto fail;
			}
		}
		sqlite3_reset(st);
		if (rc != SQLITE_DONE) {
			(void)db_res_of(db, rc);
			goto fail;
		}
	}
	*out = v;
	return 1;
fail:
	db_submission_work_free(v, *n);
	*n = 0;
	return 0;
}
