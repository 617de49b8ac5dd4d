/*
 * db_year.h: the life cycle of a budget year: create it with its four
 * quarters and their deadlines, adopt it (vastgesteld, with the date of the
 * raadsbesluit), close it, and adjust a quarter's deadlines.  Each write is
 * one transaction with its audit entry.  The rules are in year.h.
 */
#ifndef KOERS_DB_YEAR_H
#define KOERS_DB_YEAR_H

#include "db.h"
#include "db_who.h"
#include "year.h"

/* One year as its page shows it. */
struct db_year_info {
	int		 year;
	enum year_state	 state;
	char		 adopted_on[11];	/* "" until vastgesteld */
};

/* YEAR_OK and *y, YEAR_NOT_FOUND, or YEAR_ERROR. */
enum year_res	 db_year_get(struct db *, int year, struct db_year_info *y);
/* A new concept year with its quarters (planned, default deadlines). */
enum year_res	 db_year_create(struct db *, int year, const struct db_who *);
/*
 * Move the year to `to` (adopted: raadsbesluit the date of the council's
 * decision; closed: every quarter must be closed).  Audited
 * "year.adopt" / "year.close".
 */
enum year_res	 db_year_set_state(struct db *, int year, enum year_state to,
		    const char *raadsbesluit, const struct db_who *);
/* New deadlines of a quarter that is not closed; audited. */
enum year_res	 db_year_period_deadlines(struct db *, int64_t period_id,
		    const char *submission, const char *review,
		    const struct db_who *);
/*
 * 1 when year or a later existing year may not be changed directly
 * (year_editable() says no), 0 when all may, -1 on error.
 */
int		 db_year_fixed_from(struct db *, int year);

#endif
