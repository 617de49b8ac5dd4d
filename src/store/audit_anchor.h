/*
 * audit_anchor.h: the audit log's anchor, a file beside the database.
 *
 * The hash chain alone cannot tell a log cut at its tail, or recomputed
 * after a rewrite, from an honest one: anyone with the database file can
 * do either.  The anchor keeps, outside the table, one line per entry,
 * "<id> <hash>\n", appended after the entry's transaction has committed.
 * It is FILE.audit-anchor, created 0600, appended to (O_APPEND) under an
 * exclusive flock() by every connection of every process, never
 * rewritten.
 *
 * The rule (crash consistency): the database is written first and the
 * anchor after the commit, so the anchor may LAG the database by entries
 * that were committed (a crash or a failed write between the two), but
 * never lead it.  Every anchored line must match the entry with its id;
 * an anchored id missing from the table means the entry was removed; a
 * different hash means it was rewritten.  Entries beyond the anchor are
 * checked by their chain alone, and the next audited commit (or
 * audit_anchor_sync) anchors them.  A last line without its newline is a
 * torn write: ignored when read, cut off before the next append.
 */
#ifndef KOERS_AUDIT_ANCHOR_H
#define KOERS_AUDIT_ANCHOR_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct db;
struct audit_anchor;

/* FILE.audit-anchor into buf.  Returns 0 when it does not fit. */
int		 audit_anchor_path(const char *dbpath, char *buf, size_t sz);
/*
 * Append a line for every committed entry beyond the anchor's last,
 * creating the anchor (0600) when there is none.  Call outside any
 * transaction of db.  Returns 1, or 0 (logged): the anchor then lags,
 * which the next call mends.
 */
int		 audit_anchor_sync(struct db *);
/*
 * The anchor's size now, taken under a shared lock: the lines within it
 * are all of entries committed before this call.  -1 when there is no
 * anchor, -2 on error.
 */
off_t		 audit_anchor_size(const char *path);
/* Read the first size bytes of the anchor at path; NULL on error. */
struct audit_anchor *audit_anchor_open(const char *path, off_t size);
/*
 * The next line: 1 with *id and hash set, 0 at the end (a torn last line
 * included), -1 when a line is malformed.
 */
int		 audit_anchor_next(struct audit_anchor *, int64_t *id,
		    char hash[65]);
void		 audit_anchor_close(struct audit_anchor *);

#endif
