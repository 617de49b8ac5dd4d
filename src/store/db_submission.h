/*
 * db_submission.h: a unit's submission for a period (draft, submitted,
 * approved, returned; no row: not started), and the write transaction
 * every figure, cost and state change of the entry form runs in.
 */
#ifndef KOERS_DB_SUBMISSION_H
#define KOERS_DB_SUBMISSION_H

#include <stddef.h>
#include <stdint.h>

#include "db.h"
#include "db_who.h"
#include "workflow.h"

struct submission {
	enum sub_state	 state;		/* SUB_NONE: no row */
	char		*comment;	/* the director's, when returned */
	int64_t		 version;	/* 0: no row */
	int		 reopened;	/* reopened by the administrator */
	char		*updated_at;
	char		*updated_by;
	int64_t		 updated_by_id;	/* 0: nobody; while submitted: the submitter */
};

/* One unit's line on "my work". */
struct work_item {
	int64_t		 org_unit_id;
	char		*code;
	char		*name;
	int64_t		 period_id;
	enum sub_state	 state;
	char		*comment;
	char		*updated_at;
	size_t		 indicators;	/* to report */
	size_t		 entered;	/* with a value */
	size_t		 costs;		/* cost lines to report */
};

enum db_res	 db_submission_begin(struct db *);
enum db_res	 db_submission_commit(struct db *);
int		 db_submission_get(struct db *, int64_t org_unit_id,
		    int64_t period_id, struct submission *);
void		 db_submission_clear(struct submission *);
enum db_res	 db_submission_set(struct db *, int64_t org_unit_id,
		    int64_t period_id, const char *period_name,
		    int64_t expect_version, enum sub_state, const char *comment,
		    const char *action, const struct db_who *, int64_t *new_version);
int		 db_submission_work(struct db *, int64_t period_id,
		    const int64_t *scope_units, size_t scopen,
		    struct work_item **, size_t *);
void		 db_submission_work_free(struct work_item *, size_t);

#endif
