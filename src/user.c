/* user.c: the user a request carries, and what the layout shows of it. */
#include <stdlib.h>

#include "tmpl.h"
#include "user.h"

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

/* The user's name, and the logout form with its CSRF token, in the layout. */
void
user_fill_layout(const struct req *q, struct tmpl *t)
{
	struct tmpl *s;

	if (q->user == NULL)
		return;
	if ((s = tmpl_section(t, "USER")) == NULL)
		return;
	tmpl_set(s, "USER_NAME", q->user->display_name[0] != '\0' ?
	    q->user->display_name : q->user->username);
	tmpl_set(s, "CSRF", q->csrf != NULL ? q->csrf : "");
}
