/* role.c: the names of the roles.  No I/O. */
#include <stddef.h>
#include <string.h>

#include "role.h"

static const struct {
	unsigned	 bit;
	const char	*name;		/* role_assignment.role */
	const char	*section;	/* layout section shown to holders */
	const char	*key;		/* its name in the catalogue */
} role_table[ROLE_COUNT] = {
	{ ROLE_ADMINISTRATOR, "administrator", "ROLE_ADMINISTRATOR",
	  "T_ROLE_ADMINISTRATOR" },
	{ ROLE_CMT, "cmt", "ROLE_CMT", "T_ROLE_CMT" },
	{ ROLE_DIRECTOR, "director", "ROLE_DIRECTOR", "T_ROLE_DIRECTOR" },
	{ ROLE_MANAGER, "manager", "ROLE_MANAGER", "T_ROLE_MANAGER" },
	{ ROLE_COUNCIL, "council", "ROLE_COUNCIL", "T_ROLE_COUNCIL" },
	{ ROLE_CONTROL, "control", "ROLE_CONTROL", "T_ROLE_CONTROL" },
};

static int
role_index(unsigned bit)
{
	int i;

	for (i = 0; i < ROLE_COUNT; i++)
		if (bit == role_table[i].bit)
			return i;
	return -1;
}

unsigned
role_bit(const char *name)
{
	int i;

	for (i = 0; name != NULL && i < ROLE_COUNT; i++)
		if (strcmp(name, role_table[i].name) == 0)
			return role_table[i].bit;
	return 0;
}

const char *
role_name(unsigned bit)
{
	int i = role_index(bit);

	return i < 0 ? "" : role_table[i].name;
}

const char *
role_key(unsigned bit)
{
	int i = role_index(bit);

	return i < 0 ? "T_ROLE_COUNCIL" : role_table[i].key;
}

const char *
role_section(unsigned bit)
{
	int i = role_index(bit);

	return i < 0 ? "" : role_table[i].section;
}

int
role_needs_scope(unsigned bit)
{
	return bit == ROLE_DIRECTOR || bit == ROLE_MANAGER;
}

unsigned
role_at(unsigned i)
{
	return i < ROLE_COUNT ? role_table[i].bit : 0;
}
