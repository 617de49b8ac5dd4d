/*
 * audit.h: the append-only, hash-chained audit log.
 *
 * Every entry's hash is SHA-256 over the previous entry's hash and the
 * entry's own fields (length-prefixed, so no two different entries encode
 * alike).  Changing, removing or reordering any row breaks the chain from
 * that row on, which audit_verify() finds.  Triggers refuse UPDATE and
 * DELETE on the table itself.
 */
#ifndef KOERS_AUDIT_H
#define KOERS_AUDIT_H

#include <stdint.h>

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

int		 audit_append(struct db *, const struct audit_entry *);
int		 audit_append_by(struct db *, const struct db_who *,
		    const char *action, const char *entity,
		    const char *entity_id, const char *old_value,
		    const char *new_value);
enum audit_check audit_verify(struct db *, int64_t *bad_id, int64_t *count);
int		 audit_hash(const char *prev_hash, int64_t id, const char *at,
		    const struct audit_entry *, char out[65]);

#endif
