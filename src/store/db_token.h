/*
 * db_token.h: personal API tokens, stored by the SHA-256 hex of the token.
 */
#ifndef KOERS_DB_TOKEN_H
#define KOERS_DB_TOKEN_H

#include "db.h"

struct token_row {
	int64_t	 id;
	char	*label;
	char	*created_at;
	char	*last_used;	/* "" when never */
	char	*revoked_at;	/* "" when in use */
};

/* A token in use: whose it is, and the minute its use was noted last. */
struct token_use {
	int64_t	 user_id;
	int64_t	 token_id;
	char	 last_used[24];	/* "2014-07-01T12:34:00Z", or "" */
};

struct token_list {
	struct token_row	*v;
	size_t			 n;
};

enum db_res	 db_token_insert(struct db *, int64_t user_id,
		    const char *token_hash, const char *label, int64_t *id);
enum db_res	 db_token_user(struct db *, const char *token_hash,
		    struct token_use *);
enum db_res	 db_token_touch(struct db *, const struct token_use *);
enum db_res	 db_token_revoke(struct db *, int64_t user_id, int64_t token_id);
enum db_res	 db_token_revoke_all(struct db *, int64_t user_id);
struct token_list *db_token_list(struct db *, int64_t user_id);
void		 db_token_list_free(struct token_list *);

#endif
