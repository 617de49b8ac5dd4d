/*
 * db_structure_tx.h: what db_structure.c and db_structure_target.c share:
 * one write transaction per change that checks the year, audits, and
 * brings the rollups up to date before it commits.  Store layer only.
 */
#ifndef KOERS_DB_STRUCTURE_TX_H
#define KOERS_DB_STRUCTURE_TX_H

#include <stdint.h>

#include "db.h"
#include "db_structure.h"
#include "db_who.h"

/* A db_res as an st_res. */
enum st_res	db_structure_res(enum db_res);
/* One integer of sql bound to a (and b when b >= 0); 0 for no row, -1 on
 * error. */
int64_t		db_structure_int(struct db *, const char *sql, int64_t a,
		    int64_t b);
/* Open the write (BEGIN IMMEDIATE). */
enum st_res	db_structure_begin(struct db *);
/* End it: on STR_OK (rebuild: with a full rollup rebuild and the data
 * generation moved) commit, else roll back.  Returns the outcome. */
enum st_res	db_structure_end(struct db *, enum st_res, int rebuild);
/* STR_OK when (kind, id) is of a concept year (*year, may be NULL);
 * STR_LOCKED, STR_NOTFOUND, STR_ERROR otherwise. */
enum st_res	db_structure_editable(struct db *, enum st_kind, int64_t id,
		    int *year);
/* Append the audit entry of a change to entity id. */
enum st_res	db_structure_audit(struct db *, const struct db_who *,
		    const char *action, const char *entity, int64_t id,
		    const char *old, const char *new_value);

#endif
