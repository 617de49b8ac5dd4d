/* db_org.h: the org_unit table and its closure. */
#ifndef KOERS_DB_ORG_H
#define KOERS_DB_ORG_H

#include "db.h"
#include "model.h"

struct org_list	*db_org_list(struct db *);
struct org_list	*db_org_children(struct db *, int64_t parent_id);
/* As above, only the units valid in budget year (0: every unit). */
struct org_list	*db_org_list_year(struct db *, int year);
struct org_list	*db_org_children_year(struct db *, int64_t parent_id,
		    int year);
struct org_unit	*db_org_get(struct db *, int64_t id);
int		 db_org_is_within(struct db *, int64_t unit, int64_t ancestor);
int64_t		 db_org_root(struct db *);
void		 db_org_free(struct org_unit *);
void		 db_org_list_free(struct org_list *);
const char	*db_org_kind_name(enum org_kind);

#endif
