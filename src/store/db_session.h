/*
 * db_session.h: the session table.  A session is known by the SHA-256 hex
 * of its id; the id itself lives only in the user's cookie.
 */
#ifndef KOERS_DB_SESSION_H
#define KOERS_DB_SESSION_H

#include "db.h"

struct session_row {
	int64_t	 user_id;
	char	 csrf[65];
	int64_t	 created_at;	/* unix seconds */
	int64_t	 seen_at;
};

enum db_res	db_session_insert(struct db *, const char *id_hash,
		    int64_t user_id, const char *csrf, int64_t now,
		    const char *client);
enum db_res	db_session_get(struct db *, const char *id_hash,
		    struct session_row *);
enum db_res	db_session_touch(struct db *, const char *id_hash, int64_t now);
enum db_res	db_session_delete(struct db *, const char *id_hash);
enum db_res	db_session_delete_user(struct db *, int64_t user_id,
		    const char *keep_hash);

#endif
