/* user.c: the user a request carries, and what the layout shows of it. */
#include <stdlib.h>
#include <string.h>

#include "router.h"
#include "tmpl.h"
#include "user.h"

static const struct {
	unsigned	 bit;
	const char	*name;		/* role_assignment.role */
	const char	*section;	/* layout section shown to holders */
	const char	*key;		/* its name in the catalogue */
} user_roles[] = {
	{ ROLE_ADMINISTRATOR, "administrator", "ROLE_ADMINISTRATOR",
	  "T_ROLE_ADMINISTRATOR" },
	{ ROLE_CMT, "cmt", "ROLE_CMT", "T_ROLE_CMT" },
	{ ROLE_DIRECTOR, "director", "ROLE_DIRECTOR", "T_ROLE_DIRECTOR" },
	{ ROLE_MANAGER, "manager", "ROLE_MANAGER", "T_ROLE_MANAGER" },
	{ ROLE_COUNCIL, "council", "ROLE_COUNCIL", "T_ROLE_COUNCIL" },
};

#define USER_NROLES	(sizeof(user_roles) / sizeof(user_roles[0]))

/* Free u and everything it owns.  Accepts NULL. */
void
user_free(struct user *u)
{
	if (u == NULL)
		return;
	free(u->username);
	free(u->display_name);
	free(u->grants);
	free(u);
}

/* The enum role bit of a role name, 0 when it names no role. */
unsigned
user_role_bit(const char *name)
{
	size_t i;

	for (i = 0; name != NULL && i < USER_NROLES; i++)
		if (strcmp(name, user_roles[i].name) == 0)
			return user_roles[i].bit;
	return 0;
}

/* The name of one role bit, "" when it is not exactly one role. */
const char *
user_role_name(unsigned bit)
{
	size_t i;

	for (i = 0; i < USER_NROLES; i++)
		if (bit == user_roles[i].bit)
			return user_roles[i].name;
	return "";
}

/* The catalogue key of one role bit's name ("T_ROLE_MANAGER"). */
const char *
user_role_key(unsigned bit)
{
	size_t i;

	for (i = 0; i < USER_NROLES; i++)
		if (bit == user_roles[i].bit)
			return user_roles[i].key;
	return "T_ROLE_COUNCIL";
}

/*
 * 1 when the role's scope must be named (director, manager); the others
 * hold for the whole municipality.
 */
int
user_role_needs_scope(unsigned bit)
{
	return bit == ROLE_DIRECTOR || bit == ROLE_MANAGER;
}

/*
 * What the layout shows of the user: their name, the account link and the
 * logout form (section USER, which sees CSRF from the page), and one section
 * per role held (ROLE_ADMINISTRATOR, ROLE_MANAGER, ...) so that the
 * navigation shows each role its own pages.  ANONYMOUS when nobody is
 * logged in.
 */
void
user_fill_layout(const struct req *q, struct tmpl *t)
{
	struct tmpl	*s;
	size_t		 i;

	if (q->user == NULL) {
		tmpl_show(t, "ANONYMOUS");
		return;
	}
	if ((s = tmpl_section(t, "USER")) == NULL)
		return;
	tmpl_set(s, "USER_NAME", q->user->display_name[0] != '\0' ?
	    q->user->display_name : q->user->username);
	tmpl_set(s, "CSRF", q->csrf != NULL ? q->csrf : "");
	for (i = 0; i < USER_NROLES; i++)
		if (q->user->roles & user_roles[i].bit)
			tmpl_show(t, user_roles[i].section);
}
