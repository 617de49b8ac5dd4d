/*
 * db_backup.h: an online copy of the database (SQLite's backup API),
 * safe while the server writes: the copy is one consistent snapshot.
 */
#ifndef KOERS_DB_BACKUP_H
#define KOERS_DB_BACKUP_H

#include "db.h"

/*
 * Copy src into a new file at out (0600; refused when out exists).
 * Returns 1, or 0 (logged; nothing is left at out).  *pages gets the
 * number of pages copied.
 */
int	db_backup(struct db *src, const char *out, int *pages);
/* PRAGMA integrity_check: 1 when it says "ok", 0 otherwise (logged). */
int	db_backup_integrity(struct db *);
/* Remove out and the files SQLite and the audit keep beside it. */
void	db_backup_remove(const char *out);

#endif
