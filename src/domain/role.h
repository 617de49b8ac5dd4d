/*
 * role.h: the roles of Koers, as bits so that a route or a workflow step can
 * name several, with their names as stored (role_assignment.role) and as the
 * catalogue shows them.
 */
#ifndef KOERS_ROLE_H
#define KOERS_ROLE_H

enum role {
	ROLE_ADMINISTRATOR	= 1u << 0,
	ROLE_CMT		= 1u << 1,
	ROLE_DIRECTOR		= 1u << 2,
	ROLE_MANAGER		= 1u << 3,
	ROLE_COUNCIL		= 1u << 4,
	ROLE_CONTROL		= 1u << 5
};
#define ROLE_ANY	(ROLE_ADMINISTRATOR | ROLE_CMT | ROLE_DIRECTOR | \
			 ROLE_MANAGER | ROLE_COUNCIL | ROLE_CONTROL)
#define ROLE_PUBLIC	0u	/* no login needed */
#define ROLE_COUNT	6
/* Who works with quarterly figures and sees a unit's entry form (within
 * their scope); the council does not. */
#define ROLE_ENTRY	(ROLE_MANAGER | ROLE_DIRECTOR | ROLE_CMT | \
			 ROLE_ADMINISTRATOR)
/* Who composes reports and so sees drafts: council staff (griffie) and
 * administrators. */
#define ROLE_COMPOSER	(ROLE_COUNCIL | ROLE_ADMINISTRATOR)
/* Who maintains the begroting: structure, targets, budget and its
 * amendments (concern control, scoped to the gemeente).  Administrators
 * keep users and roles, not the begroting. */
#define ROLE_BEGROTING	ROLE_CONTROL
/* Who keeps the units of measure: part of defining indicators, so concern
 * control, and the administrator as keeper of the reference data. */
#define ROLE_UOM_EDIT	(ROLE_BEGROTING | ROLE_ADMINISTRATOR)

/* The role bit of a stored name, 0 when it names no role. */
unsigned	 role_bit(const char *name);
/* The stored name of one role bit, "" when it is not exactly one role. */
const char	*role_name(unsigned bit);
/* The catalogue key of one role bit's name ("T_ROLE_MANAGER"). */
const char	*role_key(unsigned bit);
/* The layout section shown to holders of one role ("ROLE_MANAGER"). */
const char	*role_section(unsigned bit);
/* 1 when the role's scope must be named (director, manager). */
int		 role_needs_scope(unsigned bit);
/* The i-th role bit, 0 <= i < ROLE_COUNT, in the order the pages list them. */
unsigned	 role_at(unsigned i);

#endif
