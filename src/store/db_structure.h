/*
 * db_structure.h: writing the programme structure of a budget year
 * (issue 14): programmes, effects, performances, indicators, their
 * reporting units and targets.  Every write runs in its own transaction
 * that also checks the year is a concept (year_editable()),
 * writes the audit entry, and brings the materialised rollups and the
 * data generation up to date, so the next request sees the change.
 */
#ifndef KOERS_DB_STRUCTURE_H
#define KOERS_DB_STRUCTURE_H

#include <stddef.h>
#include <stdint.h>

#include "db.h"
#include "db_who.h"
#include "structure.h"

enum st_res {
	STR_OK = 0,
	STR_NOTFOUND,	/* the entity (or its parent) does not exist */
	STR_INVALID,	/* a field is wrong: the errors name it */
	STR_LOCKED,	/* the year is adopted or closed */
	STR_IN_USE,	/* figures, costs or reports hang on it */
	STR_STORAGE,	/* read-only or full: 507 */
	STR_ERROR	/* logged: 500 */
};

/* A target cell of one reporting unit, quarter 0 (year) .. 4. */
struct st_cell {
	int		 given;		/* 0: keep what is stored */
	int		 present;	/* 0: remove it */
	int64_t		 value;		/* scaled by the indicator's decimals */
};

/* A reporting unit of an indicator with its targets of the year. */
struct st_unit {
	int64_t		 id;
	char		*code;
	char		*name;
	int		 has[5];
	int64_t		 target[5];
	int		 figures;	/* figures entered: cannot be removed */
};

/* What the edit pages show beyond db_programme_get()/db_indicator_get(). */
struct st_more {
	int		 year;
	char		 state[16];	/* the year's state */
	int64_t		 programme_id;	/* the programme it belongs to */
	char		*w2, *w3;	/* programme */
	char		*definition;	/* indicator */
	int		 yearly;	/* indicator */
	int		 decimals;	/* indicator */
	int		 figures;	/* figures exist below it */
};

/* The state of a budget year into state; 0 when there is no such year. */
int		 db_structure_year_state(struct db *, int year, char state[16]);
/* Year, state, programme and the extra texts of an entity; 0: not found,
 * -1 on error.  Free with db_structure_more_clear(). */
int		 db_structure_more(struct db *, enum st_kind, int64_t id,
		    struct st_more *);
void		 db_structure_more_clear(struct st_more *);
/* The reporting units of an indicator with their targets of year. */
struct st_unit	*db_structure_units(struct db *, int64_t indicator, int year,
		    size_t *n);
void		 db_structure_units_free(struct st_unit *, size_t n);

/*
 * Create (id 0) or update (id) one entity from a checked record.  parent:
 * the year for a programme, the programme for an effect, the effect for a
 * performance, the effect (parent_perf 0) or performance (1) for a new
 * indicator.  *new_id: the entity's id.  Errors about fields (a directie
 * that is no directie, a number or code in use, decimals changed under
 * existing figures) go into *e with STR_INVALID.
 */
enum st_res	 db_structure_save(struct db *, const struct db_who *,
		    enum st_kind, int64_t id, int64_t parent, int parent_perf,
		    const struct st_rec *, int64_t *new_id, struct st_errs *);
/* Delete one entity and everything below it, unless figures exist. */
enum st_res	 db_structure_delete(struct db *, const struct db_who *,
		    enum st_kind, int64_t id);
/* Add or remove a reporting unit of an indicator (removing also removes
 * its targets; refused when it entered figures). */
enum st_res	 db_structure_unit_add(struct db *, const struct db_who *,
		    int64_t indicator, int64_t unit, struct st_errs *);
enum st_res	 db_structure_unit_remove(struct db *, const struct db_who *,
		    int64_t indicator, int64_t unit);
/* Number again 1..n in the present order: the programmes of year parent
 * (ST_PROGRAMME), or the effects and performances of programme parent
 * (ST_EFFECT). */
enum st_res	 db_structure_renumber(struct db *, const struct db_who *,
		    enum st_kind, int64_t parent);
/* Put the given target cells of n units (units[i], cells[i][0..4]). */
enum st_res	 db_structure_targets(struct db *, const struct db_who *,
		    int64_t indicator, const int64_t *units,
		    struct st_cell (*cells)[5], size_t n);

#endif
