/*
 * db_memo.c: per-connection memo of hot small reads, dropped when the
 * database changes.  See db_memo.h.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "db_memo.h"
#include "db_wal.h"

#define DB_MEMO_SLOTS	16	/* per kind: sessions of the busiest users */
#define DB_MEMO_KEY	72	/* a 64-digit hash and its NUL, with room */

struct db_memo_slot {
	uint64_t	 epoch;		/* 0: empty */
	int64_t		 ikey;
	char		 skey[DB_MEMO_KEY];
	void		*val;
	size_t		 sz;
};

struct db_memo {
	uint64_t		epoch;
	int64_t			version;	/* PRAGMA data_version seen */
	int64_t			changes;	/* own changes seen */
	const volatile unsigned char *wal; /* db_wal_index(), or NULL */
	int			wal_asked;	/* db_wal_index() was called */
	struct db_wal_mark	seen;		/* read before the last BEGIN */
	struct db_wal_mark	kept;		/* the epoch's data, unchanged since */
	struct db_memo_slot	slot[MEMO__MAX][DB_MEMO_SLOTS];
	unsigned		next[MEMO__MAX];	/* round robin */
};

/* The memo of db, made on first use; NULL when memory runs out. */
static struct db_memo *
db_memo_of(struct db *db)
{
	struct db_memo	*m;

	if ((m = db->memo) == NULL)
		m = db->memo = calloc(1, sizeof(*m));
	return m;
}

/*
 * Just before the read snapshot's BEGIN: read the WAL mark.  Read before,
 * not after: a commit that lands in between then differs from the mark
 * kept, and costs one more snapshot rather than a stale memo.
 */
void
db_memo_mark(struct db *db)
{
	struct db_memo	*m;

	if ((m = db_memo_of(db)) != NULL)
		db_wal_read(m->wal, &m->seen);
}

/*
 * Inside the read snapshot just begun: move the epoch on when another
 * connection or this one changed the database since the last look, and
 * keep the mark read before BEGIN as the state this epoch's memos show.
 * On any failure the memo is dropped (db->memo NULL: nothing is kept).
 */
void
db_memo_check(struct db *db)
{
	static const char	 sql[] = "PRAGMA data_version";
	struct db_memo		*m;
	sqlite3_stmt		*st;
	int64_t			 version, changes;

	if ((m = db_memo_of(db)) == NULL)
		return;
	if ((st = db_stmt(db, sql)) == NULL ||
	    sqlite3_step(st) != SQLITE_ROW) {
		if (st != NULL)
			sqlite3_reset(st);
		db_memo_free(m);
		db->memo = NULL;
		return;
	}
	version = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	changes = sqlite3_total_changes64(db->sql);
	if (m->epoch == 0 || version != m->version || changes != m->changes) {
		m->epoch++;
		m->version = version;
		m->changes = changes;
	}
	m->kept = m->seen;
	/* Mapped now, inside the snapshot: the next BEGIN reads the mark. */
	if (!m->wal_asked) {
		m->wal_asked = 1;
		m->wal = db_wal_index(db->sql);
	}
}

/*
 * Whether the memo still shows the database as it is, told without a read
 * snapshot: nothing was committed, by any connection, since the mark that
 * the epoch kept.
 */
int
db_memo_current(struct db *db)
{
	struct db_memo		*m = db->memo;
	struct db_wal_mark	 now;

	if (m == NULL || m->epoch == 0 || !m->kept.ok)
		return 0;
	db_wal_read(m->wal, &now);
	return db_wal_same(&now, &m->kept);
}

/* Free a slot's value, wiped first: a session's memo holds its CSRF token. */
static void
db_memo_drop(struct db_memo_slot *s)
{
	if (s->val != NULL) {
		explicit_bzero(s->val, s->sz);
		free(s->val);
	}
	s->val = NULL;
	s->sz = 0;
	s->epoch = 0;
}

static int
db_memo_key_ok(const char *skey)
{
	return skey == NULL || strlen(skey) < DB_MEMO_KEY;
}

static int
db_memo_match(const struct db_memo_slot *s, uint64_t epoch, int64_t ikey,
    const char *skey)
{
	return s->epoch == epoch && s->ikey == ikey &&
	    strcmp(s->skey, skey != NULL ? skey : "") == 0;
}

/*
 * The memo in use, or NULL outside a request's read snapshot.  The first
 * use in a request looks at the WAL mark: while nothing was committed the
 * memo serves without opening the snapshot at all; else it opens it.
 */
static struct db_memo *
db_memo_live(struct db *db, enum db_memo_kind kind, const char *skey)
{
	if (kind >= MEMO__MAX || !db_memo_key_ok(skey))
		return NULL;
	if (!db->reading && !db->memo_ok) {
		if (db->snapshot && db_memo_current(db))
			db->memo_ok = 1;
		else if (!db_reading(db))
			return NULL;
	}
	return db->memo;
}

const void *
db_memo_get(struct db *db, enum db_memo_kind kind, int64_t ikey,
    const char *skey, size_t *sz)
{
	struct db_memo	*m;
	size_t		 i;

	if ((m = db_memo_live(db, kind, skey)) == NULL)
		return NULL;
	for (i = 0; i < DB_MEMO_SLOTS; i++)
		if (db_memo_match(&m->slot[kind][i], m->epoch, ikey, skey)) {
			if (sz != NULL)
				*sz = m->slot[kind][i].sz;
			return m->slot[kind][i].val;
		}
	return NULL;
}

void
db_memo_put(struct db *db, enum db_memo_kind kind, int64_t ikey,
    const char *skey, const void *val, size_t sz)
{
	struct db_memo		*m;
	struct db_memo_slot	*s = NULL;
	void			*copy;
	size_t			 i;

	if ((m = db_memo_live(db, kind, skey)) == NULL)
		return;
	/* The same key again, else a dead slot, else the next in turn. */
	for (i = 0; i < DB_MEMO_SLOTS && s == NULL; i++)
		if (db_memo_match(&m->slot[kind][i], m->epoch, ikey, skey))
			s = &m->slot[kind][i];
	for (i = 0; i < DB_MEMO_SLOTS && s == NULL; i++)
		if (m->slot[kind][i].epoch != m->epoch)
			s = &m->slot[kind][i];
	if (s == NULL)
		s = &m->slot[kind][m->next[kind]++ % DB_MEMO_SLOTS];
	if ((copy = malloc(sz > 0 ? sz : 1)) == NULL) {
		s->epoch = 0;
		return;
	}
	memcpy(copy, val, sz);
	db_memo_drop(s);
	s->val = copy;
	s->sz = sz;
	s->epoch = m->epoch;
	s->ikey = ikey;
	strcpy(s->skey, skey != NULL ? skey : "");
}

/* Free the memo and its values; NULL is fine. */
void
db_memo_free(struct db_memo *m)
{
	size_t	k, i;

	if (m == NULL)
		return;
	for (k = 0; k < MEMO__MAX; k++)
		for (i = 0; i < DB_MEMO_SLOTS; i++)
			db_memo_drop(&m->slot[k][i]);
	free(m);
}
