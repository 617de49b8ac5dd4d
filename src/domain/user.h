/*
 * user.h: who someone is in Koers: an account with its roles, each role
 * granted for a scope (an org unit and all below it).  A request carries the
 * logged-in user; the store fills it from the user and role_assignment
 * tables.
 */
#ifndef KOERS_USER_H
#define KOERS_USER_H

#include <stddef.h>
#include <stdint.h>

#include "lang.h"
#include "role.h"

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

/* Longest display name, in bytes (the form's maxlength). */
#define USER_DISPLAY_NAME_MAX	200

/* Free u and everything it owns.  Accepts NULL. */
void		 user_free(struct user *);
/* 1 when s may be a display name: one line, no control character, may be "". */
int		 user_display_name_ok(const char *s);

#endif
