/* db_programme.h: the programme budget: programmes, effects, performances. */
#ifndef KOERS_DB_PROGRAMME_H
#define KOERS_DB_PROGRAMME_H

#include "db.h"
#include "model.h"

struct programme_list	*db_programme_list(struct db *, int year);
struct programme	*db_programme_get(struct db *, int64_t id);
struct programme	*db_programme_get_outline(struct db *, int64_t id);
struct performance	*db_performance_page(struct db *, int64_t id,
			    int64_t effect_id, size_t first, size_t count,
			    size_t *n);
struct indicator	*db_performance_indicators(struct db *,
			    int64_t performance_id, size_t *n);
void			 db_indicator_array_free(struct indicator *, size_t n);
struct performance	*db_performance_list_by_unit(struct db *, int64_t unit,
			    int year, size_t *n);
void			 db_programme_free(struct programme *);
void			 db_programme_list_free(struct programme_list *);
void			 db_performance_list_free(struct performance *, size_t n);

#endif
