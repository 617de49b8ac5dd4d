/* audit.c: appending to and verifying the hash-chained audit log. */
#include <openssl/evp.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "audit_anchor.h"
#include "log.h"
#include "sha256.h"

/* The form new entries are hashed in (the audit.chain column). */
#define AUDIT_CHAIN	2
#define AUDIT_NCOL	12	/* the hashed columns, hash itself excepted */

/* One column's value as stored: its SQLite type and bytes. */
struct audit_col {
	int		 type;		/* SQLITE_INTEGER, _TEXT, _BLOB, _NULL, _FLOAT */
	int64_t		 i;		/* INTEGER; FLOAT as its bits */
	const void	*p;		/* TEXT, BLOB */
	size_t		 n;
};


/* ---------------------------------------------------------------- chain 1 */

/* The first form (entries before migration 0006): text up to a NUL. */
static void
audit_v1_field(EVP_MD_CTX *ctx, const char *s)
{
	char	len[24];

	if (s == NULL)
		s = "";
	snprintf(len, sizeof(len), "%zu:", strlen(s));
	EVP_DigestUpdate(ctx, len, strlen(len));
	EVP_DigestUpdate(ctx, s, strlen(s));
	EVP_DigestUpdate(ctx, "\n", 1);
}

static int
audit_hash_v1(const char *prev_hash, int64_t id, const char *at,
    const struct audit_entry *e, char out[65])
{
	EVP_MD_CTX	*ctx;
	unsigned char	 md[EVP_MAX_MD_SIZE];
	unsigned int	 mdlen = 0;
	char		 num[48];
	int		 ok;

	if ((ctx = EVP_MD_CTX_new()) == NULL)
		return 0;
	ok = EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1;
	if (ok) {
		audit_v1_field(ctx, prev_hash);
		snprintf(num, sizeof(num), "%lld", (long long)id);
		audit_v1_field(ctx, num);
		audit_v1_field(ctx, at);
		snprintf(num, sizeof(num), "%lld", (long long)e->user_id);
		audit_v1_field(ctx, num);
		audit_v1_field(ctx, e->username);
		audit_v1_field(ctx, e->client);
		audit_v1_field(ctx, e->action);
		audit_v1_field(ctx, e->entity);
		audit_v1_field(ctx, e->entity_id);
		audit_v1_field(ctx, e->old_value);
		audit_v1_field(ctx, e->new_value);
		ok = EVP_DigestFinal_ex(ctx, md, &mdlen) == 1 && mdlen == 32;
	}
	EVP_MD_CTX_free(ctx);
	if (ok)
		sha256_hex_bytes(md, 32, out);
	return ok;
}

/* ---------------------------------------------------------------- chain 2 */

static void
audit_be64(unsigned char b[8], uint64_t v)
{
	int i;

	for (i = 7; i >= 0; i--, v >>= 8)
		b[i] = (unsigned char)(v & 0xff);
}

/*
 * SHA-256 over the columns: for each a type byte ('n' NULL, 'i' integer,
 * 'r' real, 't' text, 'b' blob), then 8 big-endian bytes of the integer
 * (the real's bits), or of the length followed by the bytes themselves.
 */
static int
audit_hash_cols(const struct audit_col *c, size_t n, char out[65])
{
	static const char tags[] = "?irtbn";	/* SQLite's type codes 1..5 */
	EVP_MD_CTX	*ctx;
	unsigned char	 md[EVP_MAX_MD_SIZE], b[9];
	unsigned int	 mdlen = 0;
	size_t		 i;
	int		 ok;

	if ((ctx = EVP_MD_CTX_new()) == NULL)
		return 0;
	ok = EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1 &&
	    EVP_DigestUpdate(ctx, "koers-audit-2\n", 14) == 1;
	for (i = 0; ok && i < n; i++) {
		if (c[i].type < 1 || c[i].type > 5) {
			ok = 0;
			break;
		}
		b[0] = (unsigned char)tags[c[i].type];
		switch (c[i].type) {
		case SQLITE_NULL:
			ok = EVP_DigestUpdate(ctx, b, 1) == 1;
			break;
		case SQLITE_INTEGER:
		case SQLITE_FLOAT:
			audit_be64(b + 1, (uint64_t)c[i].i);
			ok = EVP_DigestUpdate(ctx, b, 9) == 1;
			break;
		default:
			audit_be64(b + 1, (uint64_t)c[i].n);
			ok = EVP_DigestUpdate(ctx, b, 9) == 1 &&
			    (c[i].n == 0 ||
			    EVP_DigestUpdate(ctx, c[i].p, c[i].n) == 1);
			break;
		}
	}
	ok = ok && EVP_DigestFinal_ex(ctx, md, &mdlen) == 1 && mdlen == 32;
	EVP_MD_CTX_free(ctx);
	if (ok)
		sha256_hex_bytes(md, 32, out);
	return ok;
}

static void
audit_col_text(struct audit_col *c, const char *s)
{
	c->type = SQLITE_TEXT;
	c->p = s != NULL ? s : "";
	c->n = strlen(c->p);
}

static void
audit_col_int(struct audit_col *c, int64_t v)
{
	c->type = SQLITE_INTEGER;
	c->i = v;
}

/* The columns of entry e as audit_append() stores them. */
static void
audit_entry_cols(struct audit_col c[AUDIT_NCOL], const char *prev_hash,
    int64_t id, const char *at, const struct audit_entry *e)
{
	memset(c, 0, AUDIT_NCOL * sizeof(*c));
	audit_col_int(&c[0], id);
	audit_col_text(&c[1], at);
	if (e->user_id != 0)
		audit_col_int(&c[2], e->user_id);
	else
		c[2].type = SQLITE_NULL;
	audit_col_text(&c[3], e->username);
	audit_col_text(&c[4], e->client);
	audit_col_text(&c[5], e->action);
	audit_col_text(&c[6], e->entity);
	audit_col_text(&c[7], e->entity_id);
	audit_col_text(&c[8], e->old_value);
	audit_col_text(&c[9], e->new_value);
	audit_col_text(&c[10], prev_hash);
	audit_col_int(&c[11], AUDIT_CHAIN);
}

/* Column i of the current row, as stored. */
static void
audit_row_col(sqlite3_stmt *st, int i, struct audit_col *c)
{
	double	d;

	memset(c, 0, sizeof(*c));
	c->type = sqlite3_column_type(st, i);
	switch (c->type) {
	case SQLITE_INTEGER:
		c->i = sqlite3_column_int64(st, i);
		break;
	case SQLITE_FLOAT:
		d = sqlite3_column_double(st, i);
		memcpy(&c->i, &d, sizeof(c->i));
		break;
	case SQLITE_TEXT:
		c->p = sqlite3_column_text(st, i);
		c->n = (size_t)sqlite3_column_bytes(st, i);
		break;
	case SQLITE_BLOB:
		c->p = sqlite3_column_blob(st, i);
		c->n = (size_t)sqlite3_column_bytes(st, i);
		break;
	default:
		break;
	}
}

/*
 * The hex SHA-256 that entry e gets as entry id chained to prev_hash,
 * written at at, into out.  Returns 1 on success.
 */
int
audit_hash(const char *prev_hash, int64_t id, const char *at,
    const struct audit_entry *e, char out[65])
{
	struct audit_col c[AUDIT_NCOL];

	audit_entry_cols(c, prev_hash, id, at, e);
	return audit_hash_cols(c, AUDIT_NCOL, out);
}

/* ---------------------------------------------------------------- append */

/* After the commit of an entry: anchor it (audit_anchor.h). */
static void
audit_after_commit(struct db *db)
{
	(void)audit_anchor_sync(db);
}

/*
 * Append e to the log.  Inside the caller's transaction when there is one
 * (so the entry commits or rolls back with the change it records),
 * otherwise in its own.  The anchor is written once the transaction has
 * committed.  Returns 1 on success, 0 on failure (logged).
 */
int
audit_append(struct db *db, const struct audit_entry *e)
{
	static const char last_sql[] =
	    "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1";
	static const char ins_sql[] =
	    "INSERT INTO audit(id, at, user_id, username, client, action,"
	    " entity, entity_id, old_value, new_value, prev_hash, chain, hash)"
	    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
	sqlite3_stmt	*st;
	char		 prev[65] = "", hash[65], at[32];
	int64_t		 id = 1;
	int		 own, ok = 0, rc;
	const unsigned char *h;

	own = !db_in_txn(db);
	if (own && !db_begin_immediate(db))
		return 0;
	if ((st = db_stmt(db, last_sql)) == NULL)
		goto out;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0) + 1;
		h = sqlite3_column_text(st, 1);
		snprintf(prev, sizeof(prev), "%s", h ? (const char *)h : "");
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		(void)db_res_of(db, rc);
		goto out;
	}
	db_now(at, sizeof(at));
	if (!audit_hash(prev, id, at, e, hash))
		goto out;
	if ((st = db_stmt(db, ins_sql)) == NULL)
		goto out;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, at, -1, SQLITE_TRANSIENT);
	if (e->user_id != 0)
		sqlite3_bind_int64(st, 3, e->user_id);
	sqlite3_bind_text(st, 4, e->username ? e->username : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, e->client ? e->client : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, e->action ? e->action : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, e->entity ? e->entity : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, e->entity_id ? e->entity_id : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, e->old_value ? e->old_value : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, e->new_value ? e->new_value : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 11, prev, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 12, AUDIT_CHAIN);
	sqlite3_bind_text(st, 13, hash, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE) {
		(void)db_res_of(db, rc);
		goto out;
	}
	db->after_commit = audit_after_commit;
	ok = 1;
out:
	if (own) {
		if (ok && !db_commit(db))
			ok = 0;
		if (!ok)
			db_rollback(db);
	}
	return ok;
}

/*
 * Append the entry of who's action on entity entity_id, from old_value to
 * new_value, as audit_append does.  Returns 1, or 0 on failure (logged).
 */
int
audit_append_by(struct db *db, const struct db_who *who, const char *action,
    const char *entity, const char *entity_id, const char *old_value,
    const char *new_value)
{
	struct audit_entry	e;

	memset(&e, 0, sizeof(e));
	e.user_id = who->user_id;
	e.username = who->username;
	e.client = who->client;
	e.action = action;
	e.entity = entity;
	e.entity_id = entity_id;
	e.old_value = old_value;
	e.new_value = new_value;
	return audit_append(db, &e);
}

/* ---------------------------------------------------------------- verify */

/* The stored hash of the current row, recomputed in its chain's form. */
static int
audit_row_hash(sqlite3_stmt *st, int64_t chain, char out[65])
{
	struct audit_col	c[AUDIT_NCOL];
	struct audit_entry	e;
	int			i;

	if (chain == AUDIT_CHAIN) {
		for (i = 0; i < AUDIT_NCOL; i++)
			audit_row_col(st, i, &c[i]);
		return audit_hash_cols(c, AUDIT_NCOL, out);
	}
	e.user_id = sqlite3_column_int64(st, 2);	/* NULL reads 0 */
	e.username = (const char *)sqlite3_column_text(st, 3);
	e.client = (const char *)sqlite3_column_text(st, 4);
	e.action = (const char *)sqlite3_column_text(st, 5);
	e.entity = (const char *)sqlite3_column_text(st, 6);
	e.entity_id = (const char *)sqlite3_column_text(st, 7);
	e.old_value = (const char *)sqlite3_column_text(st, 8);
	e.new_value = (const char *)sqlite3_column_text(st, 9);
	return audit_hash_v1((const char *)sqlite3_column_text(st, 10),
	    sqlite3_column_int64(st, 0),
	    (const char *)sqlite3_column_text(st, 1), &e, out);
}

/* Whether the text column i of the current row is exactly s. */
static int
audit_col_is(sqlite3_stmt *st, int i, const char *s)
{
	return sqlite3_column_type(st, i) == SQLITE_TEXT &&
	    (size_t)sqlite3_column_bytes(st, i) == strlen(s) &&
	    memcmp(sqlite3_column_text(st, i), s, strlen(s)) == 0;
}

static void
audit_broken(struct audit_state *s, int64_t id, enum audit_why why)
{
	if (s->why == AUDIT_WHY_NONE) {
		s->bad_id = id;
		s->why = why;
	}
}

/*
 * The anchor's next line into *aid and ahash; *aid = 0 at its end.
 * Returns 0 (and marks the log broken) when the line is malformed.
 */
static int
audit_anchor_step(struct audit_anchor *a, struct audit_state *s,
    int64_t *aid, char ahash[65])
{
	int r;

	*aid = 0;
	if (a == NULL || (r = audit_anchor_next(a, aid, ahash)) == 0) {
		*aid = 0;
		return 1;
	}
	if (r < 0) {
		audit_broken(s, 0, AUDIT_WHY_ANCHOR_BAD);
		return 0;
	}
	s->anchored++;
	return 1;
}

enum audit_check
audit_verify_with(struct db *db, const char *anchor_path, off_t anchor_size,
    struct audit_state *s)
{
	static const char sql[] =
	    "SELECT id, at, user_id, username, client, action, entity,"
	    " entity_id, old_value, new_value, prev_hash, chain, hash"
	    " FROM audit ORDER BY id";
	sqlite3_stmt		*st;
	struct audit_anchor	*a = NULL;
	char			 path[4200], prev[65] = "", hash[65], ahash[65];
	int64_t			 id, want = 1, chain, last_chain = 1, aid = 0;
	int			 rc = SQLITE_DONE, have_anchor;
	enum audit_check	 res = AUDIT_CHECK_ERROR;

	memset(s, 0, sizeof(*s));
	if (anchor_path == NULL) {
		if (!audit_anchor_path(db->path, path, sizeof(path)))
			return AUDIT_CHECK_ERROR;
		anchor_path = path;
	}
	/* The anchor's size first: its lines are all committed by now. */
	if (anchor_size == -1)
		anchor_size = audit_anchor_size(anchor_path);
	if (anchor_size == -2)
		return AUDIT_CHECK_ERROR;
	have_anchor = anchor_size >= 0;
	if (have_anchor &&
	    (a = audit_anchor_open(anchor_path, anchor_size)) == NULL)
		return AUDIT_CHECK_ERROR;
	if ((st = db_stmt(db, sql)) == NULL)
		goto out;
	if (!audit_anchor_step(a, s, &aid, ahash))
		goto done;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		s->entries++;
		/* Ids run 1, 2, 3...: a gap is a removed entry. */
		if (id != want) {
			audit_broken(s, want, AUDIT_WHY_REMOVED);
			break;
		}
		want++;
		chain = sqlite3_column_type(st, 11) == SQLITE_INTEGER ?
		    sqlite3_column_int64(st, 11) : 0;
		if (chain < last_chain || chain > AUDIT_CHAIN ||
		    !audit_col_is(st, 10, prev) ||
		    !audit_row_hash(st, chain, hash) ||
		    !audit_col_is(st, 12, hash)) {
			audit_broken(s, id, AUDIT_WHY_CHANGED);
			break;
		}
		last_chain = chain;
		memcpy(prev, hash, sizeof(prev));
		/* An anchored id below this row's is gone. */
		if (aid != 0 && aid < id) {
			audit_broken(s, aid, AUDIT_WHY_REMOVED);
			break;
		}
		if (aid == id) {
			/* Chained correctly, but not what was anchored:
			 * rewritten, the chain recomputed after it. */
			if (strcmp(ahash, hash) != 0) {
				audit_broken(s, id, AUDIT_WHY_CHANGED);
				break;
			}
			if (!audit_anchor_step(a, s, &aid, ahash))
				break;
		}
	}
	if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
		/* Anchored entries beyond the table's end were cut off. */
		if (s->why == AUDIT_WHY_NONE && aid != 0)
			audit_broken(s, aid, AUDIT_WHY_REMOVED);
		if (s->why == AUDIT_WHY_NONE && !have_anchor && s->entries > 0)
			audit_broken(s, 0, AUDIT_WHY_NO_ANCHOR);
	} else
		(void)db_res_of(db, rc);
done:
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		goto out;
	memcpy(s->head, prev, sizeof(s->head));
	res = s->why == AUDIT_WHY_NONE ? AUDIT_INTACT : AUDIT_BROKEN;
out:
	audit_anchor_close(a);
	return res;
}

/*
 * Walk the whole log in order and recompute every hash, and compare it
 * with the anchor beside the database.  AUDIT_BROKEN names the first
 * entry that was changed or removed (0 when the anchor is missing or
 * unreadable).
 */
enum audit_check
audit_verify(struct db *db, int64_t *bad_id, int64_t *count)
{
	struct audit_state	s;
	enum audit_check	res;

	res = audit_verify_with(db, NULL, -1, &s);
	*bad_id = s.bad_id;
	if (count != NULL)
		*count = s.entries;
	return res;
}

int
audit_verify_figures(struct db *db, int64_t *figure_id)
{
	static const char sql[] =
	    "SELECT f.id, f.version, (SELECT count(*) FROM audit a"
	    "  WHERE a.entity = 'figure' AND a.action = 'figure.update'"
	    "  AND a.entity_id = f.indicator_id || '/' || f.org_unit_id || '/'"
	    "  || p.year || '-Q' || p.quarter)"
	    " FROM figure f JOIN period p ON p.id = f.period_id ORDER BY f.id";
	sqlite3_stmt	*st;
	int		 rc, res = 1;

	*figure_id = 0;
	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (sqlite3_column_int64(st, 1) !=
		    sqlite3_column_int64(st, 2) + 1) {
			*figure_id = sqlite3_column_int64(st, 0);
			res = 0;
			break;
		}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		(void)db_res_of(db, rc);
		return -1;
	}
	return res;
}

int
audit_head(struct db *db, int64_t *entries, char head[65])
{
	static const char sql[] =
	    "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1";
	sqlite3_stmt		*st;
	const unsigned char	*h;
	int			 rc;

	*entries = 0;
	head[0] = '\0';
	if ((st = db_stmt(db, sql)) == NULL)
		return 0;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*entries = sqlite3_column_int64(st, 0);
		h = sqlite3_column_text(st, 1);
		snprintf(head, 65, "%s", h ? (const char *)h : "");
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		(void)db_res_of(db, rc);
		return 0;
	}
	return 1;
}
