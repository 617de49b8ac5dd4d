/*
 * demo.h: the demo municipality.
 *
 * demo_create() fills an empty, migrated database with a deterministic
 * Gemeente Zoetermeer: organisation, budget years 2012-2017 with their
 * periods, programmes built from the Stadsvisie and organisational
 * ambitions, targets, figures and costs up to 2014-Q3 (the open period,
 * with submissions in every state) and one account per role.  A figure is
 * the quarter's own, never a year to date; effect indicators have one
 * figure a year, in Q4.  At scale 1 the city has 124,000 inhabitants and
 * lasten of about EUR 3,000 each, falling with the savings path.
 * The same scale always gives the same data, apart from password hashes.
 */
#ifndef KOERS_DEMO_H
#define KOERS_DEMO_H

#include <stddef.h>
#include <stdio.h>

struct db;

/* The largest scale demo_create() accepts (about 1.2 million figures). */
#define DEMO_SCALE_MAX	60

/*
 * Fill an empty, migrated database with the demo municipality.  scale >= 1
 * multiplies org units and indicators: 1 is a realistic municipality, 50
 * gives about a million figures.  All in one transaction.  Returns 1 on
 * success, 0 on failure (logged); refuses (0, logged) if the database
 * already has org units.
 */
int	demo_create(struct db *, int scale);

/* Print the demo accounts (username, password, role, scope) to f. */
void	demo_accounts(FILE *f);

/* The demo accounts, one per role, so that tests can log in. */
struct demo_account {
	const char	*username;
	const char	*password;
	const char	*role;		/* role_assignment.role */
	const char	*scope_code;	/* org_unit.code of the scope */
	const char	*display_name;
};

extern const struct demo_account	demo_accounts_table[];
extern const size_t			demo_accounts_len;

#endif
