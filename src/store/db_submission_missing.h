/*
 * db_submission_missing.h: which org units have not submitted a period
 * (the dashboards' read of the submission table; db_submission.c belongs
 * to figure entry).
 */
#ifndef KOERS_DB_SUBMISSION_MISSING_H
#define KOERS_DB_SUBMISSION_MISSING_H

#include "db.h"

/* A reporting unit whose figures for the period are not in. */
struct submission_missing {
	int64_t		 unit_id;
	char		*unit_name;
	char		*state;		/* "" (no row), "draft", "returned" */
};

struct submission_missing_list {
	struct submission_missing *v;
	size_t			 n;
};

struct submission_missing_list *db_submission_missing(struct db *,
		    int64_t period_id);
void		 db_submission_missing_list_free(struct submission_missing_list *);

#endif
