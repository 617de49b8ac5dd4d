/*
 * year.h: the life cycle of a budget year (concept, vastgesteld,
 * afgesloten) and the default deadlines of its quarters.  Pure: no I/O.
 */
#ifndef KOERS_YEAR_H
#define KOERS_YEAR_H

enum year_state {
	YEAR_DRAFT,		/* concept: structure and budget are edited */
	YEAR_ADOPTED,		/* vastgesteld by the council */
	YEAR_CLOSED,		/* afgesloten */
	YEAR__MAX
};

/* Why a step of the life cycle is refused. */
enum year_res {
	YEAR_OK,
	YEAR_BAD_YEAR,		/* not 2000..2100 */
	YEAR_EXISTS,		/* the year exists already */
	YEAR_NOT_FOUND,		/* no such year */
	YEAR_BAD_STEP,		/* not the next state (draft->adopted->closed) */
	YEAR_BAD_DATE,		/* not a real YYYY-MM-DD date */
	YEAR_OPEN_QUARTERS,	/* close: a quarter is not closed */
	YEAR_PERIOD_CLOSED,	/* deadlines of a closed quarter */
	YEAR_REVIEW_EARLY,	/* review deadline before the submission one */
	YEAR_ERROR		/* the database failed */
};

/*
 * 1 when structure and budget of a year in this state may be changed
 * directly (concept); 0 once vastgesteld or afgesloten (a
 * begrotingswijziging then), and for NULL or an unknown state.  state is
 * the stored name: "draft", "adopted", "closed".
 */
int		 year_editable(const char *state);
/* The state of a stored name; YEAR__MAX when it names none. */
enum year_state	 year_state_of(const char *name);
/* The stored name of a state, "" when out of range. */
const char	*year_state_name(enum year_state);
/* The catalogue key of a state's name ("T_YEAR_STATE_DRAFT"). */
const char	*year_state_key(enum year_state);
/* The catalogue key of a result's message. */
const char	*year_res_key(enum year_res);
/* YEAR_OK when from may go to to: draft -> adopted -> closed. */
enum year_res	 year_step(enum year_state from, enum year_state to,
		    int open_quarters);
/* 1 when s is a real date YYYY-MM-DD between 2000 and 2100. */
int		 year_date_ok(const char *s);
/*
 * The default deadlines of a quarter: submission 15 days after the
 * quarter's last day, review 10 days after that (Europe/Amsterdam
 * calendar dates).  sub and rev get "YYYY-MM-DD".
 */
void		 year_default_deadlines(int year, int quarter, char sub[11],
		    char rev[11]);
/* YEAR_OK, YEAR_BAD_DATE or YEAR_REVIEW_EARLY for a pair of deadlines. */
enum year_res	 year_deadlines_check(const char *sub, const char *rev);

#endif
