/* user.c: freeing a user.  No I/O. */
#include <stdlib.h>

#include "user.h"

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
