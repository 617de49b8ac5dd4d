/*
 * audit.h: the append-only, hash-chained audit log.
 *
 * Every entry's hash is SHA-256 over every column of its row (the previous
 * entry's hash included) as typed, length-prefixed bytes: a NUL inside a
 * text is hashed, and NULL, 0 and '' all differ.  Entries written before
 * migration 0006 (chain = 1) keep their first form, text up to a NUL.
 * Changing, removing or reordering a row breaks the chain from that row
 * on.  Cutting the log at its tail, or recomputing the chain after a
 * rewrite, is found through the anchor beside the database
 * (audit_anchor.h), and each published report carries the head hash of
 * its moment.  Triggers refuse UPDATE and DELETE on the table itself.
 */
#ifndef KOERS_AUDIT_H
#define KOERS_AUDIT_H

#include <stdint.h>
#include <sys/types.h>

#include "db.h"
#include "db_who.h"

struct audit_entry {
	int64_t		 user_id;	/* 0: nobody (a system action, the CLI) */
	const char	*username;	/* as typed for a failed login; "" allowed */
	const char	*client;	/* address, or "cli" */
	const char	*action;	/* "login", "figure.update", ... */
	const char	*entity;	/* "figure", "user", ... or "" */
	const char	*entity_id;	/* the entity's key as text, or "" */
	const char	*old_value;	/* "" when none */
	const char	*new_value;
};

enum audit_check {
	AUDIT_INTACT,
	AUDIT_BROKEN,		/* *bad_id is the first entry that does not verify */
	AUDIT_CHECK_ERROR	/* the log could not be read */
};

/* Why a log is broken (struct audit_state). */
enum audit_why {
	AUDIT_WHY_NONE,
	AUDIT_WHY_CHANGED,	/* bad_id's row differs from what was written */
	AUDIT_WHY_REMOVED,	/* bad_id (and maybe more after it) is gone */
	AUDIT_WHY_NO_ANCHOR,	/* entries, but no anchor file */
	AUDIT_WHY_ANCHOR_BAD	/* the anchor file has a malformed line */
};

struct audit_state {
	int64_t		entries;	/* rows in the table */
	int64_t		anchored;	/* lines of the anchor read */
	int64_t		bad_id;		/* the first entry changed or removed */
	enum audit_why	why;
	char		head[65];	/* the newest entry's hash, or "" */
};

int		 audit_append(struct db *, const struct audit_entry *);
int		 audit_append_by(struct db *, const struct db_who *,
		    const char *action, const char *entity,
		    const char *entity_id, const char *old_value,
		    const char *new_value);
/* The chain and the anchor beside the database; see audit_verify_with. */
enum audit_check audit_verify(struct db *, int64_t *bad_id, int64_t *count);
/*
 * Walk the whole log, recompute every hash and compare it with the
 * anchor at anchor_path (NULL: the one beside the database), read up to
 * anchor_size bytes (-1: as it is now).  Fills *st.
 */
enum audit_check audit_verify_with(struct db *, const char *anchor_path,
		    off_t anchor_size, struct audit_state *st);
/*
 * Every figure's version must be 1 plus its figure.update entries (each
 * audited save adds one of both): a figure changed behind the log's back
 * with its version raised shows here.  Returns 1 when all agree, 0 with
 * *figure_id the first that does not, -1 on error.
 */
int		 audit_verify_figures(struct db *, int64_t *figure_id);
/* The newest entry's id and hash ("" and 0 for an empty log); 0 on error. */
int		 audit_head(struct db *, int64_t *entries, char head[65]);
/* The hash entry e gets as entry id after prev_hash, written at at. */
int		 audit_hash(const char *prev_hash, int64_t id, const char *at,
		    const struct audit_entry *, char out[65]);

#endif
