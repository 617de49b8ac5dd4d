/*
 * db_user.h: the user and role_assignment tables.  Passwords arrive here
 * already hashed (pw_hash); nothing in this file sees a secret in clear.
 */
#ifndef KOERS_DB_USER_H
#define KOERS_DB_USER_H

#include "db.h"
#include "user.h"

/* One row of the user list, with its grants as text ("manager@PZ, ..."). */
struct user_row {
	int64_t	 id;
	char	*username;
	char	*display_name;
	int	 active;
	int	 has_password;
	char	*grants;
	char	*grants_named;	/* "manager<TAB>Publiekszaken" lines */
};

struct user_list {
	struct user_row	*v;
	size_t		 n;
};

struct user	*db_user_load(struct db *, int64_t id);
enum db_res	 db_user_find(struct db *, const char *username, int64_t *id,
		    char **password_hash, int *active);
enum db_res	 db_user_insert(struct db *, const char *username,
		    const char *display_name, const char *password_hash,
		    int64_t *id);
enum db_res	 db_user_set_password(struct db *, int64_t id, const char *hash);
enum db_res	 db_user_set_active(struct db *, int64_t id, int active);
struct user_list *db_user_list(struct db *);
void		 db_user_list_free(struct user_list *);
enum db_res	 db_user_role_add(struct db *, int64_t id, const char *role,
		    int64_t org_unit_id);
enum db_res	 db_user_role_remove(struct db *, int64_t id, const char *role,
		    int64_t org_unit_id);

#endif
