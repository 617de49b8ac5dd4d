/*
 * user.h: the logged-in user as a request carries it, and the names of the
 * roles.
 */
#ifndef KOERS_USER_H
#define KOERS_USER_H

#include <stddef.h>
#include <stdint.h>

#include "http.h"

struct tmpl;

struct role_grant {
	unsigned	 role;		/* one enum role bit */
	int64_t		 org_unit_id;	/* scope: this unit and all below */
};

struct user {
	int64_t			 id;
	char			*username;
	char			*display_name;
	enum lang		 lang;
	int			 active;
	struct role_grant	*grants;
	size_t			 grantn;
	unsigned		 roles;		/* union of the grants' roles */
};

void		 user_free(struct user *);
void		 user_fill_layout(const struct req *, struct tmpl *);
unsigned	 user_role_bit(const char *name);
const char	*user_role_name(unsigned bit);
const char	*user_role_key(unsigned bit);
int		 user_role_needs_scope(unsigned bit);

#endif
