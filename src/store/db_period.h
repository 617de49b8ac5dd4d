/* db_period.h: budget years and their quarters. */
#ifndef KOERS_DB_PERIOD_H
#define KOERS_DB_PERIOD_H

#include "db.h"
#include "model.h"

struct year_list	*db_year_list(struct db *);
void			 db_year_list_free(struct year_list *);
struct period_list	*db_period_list(struct db *, int year);
struct period_list	*db_period_list_all(struct db *);
int			 db_period_get(struct db *, int64_t id, struct period *);
int			 db_period_get_by_name(struct db *, const char *name, struct period *);
int			 db_period_current(struct db *, struct period *);
void			 db_period_list_free(struct period_list *);
const char		*db_period_state_name(enum period_state);
struct db_who;
enum db_res		 db_period_set_state(struct db *, const struct period *,
			    enum period_state to, const struct db_who *);

#endif
