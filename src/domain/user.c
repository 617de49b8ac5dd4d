/* user.c: freeing a user, checking a display name.  No I/O. */
#include <stdlib.h>

#include "text.h"
#include "user.h"

/*
 * The one check of a display name, for the admin page and `koers user`:
 * one line of valid UTF-8 without control characters, at most
 * USER_DISPLAY_NAME_MAX bytes; empty is fine (the username shows).
 */
int
user_display_name_ok(const char *s)
{
	return text_check(s, USER_DISPLAY_NAME_MAX, TEXT_LINE, 0) == TEXT_OK;
}

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
