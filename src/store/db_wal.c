/*
 * db_wal.c: the WAL-index header as a mark of "nothing was committed".
 * See db_wal.h.
 */
#include <sqlite3.h>
#include <string.h>
#include <strings.h>

#include "db_wal.h"

#define DB_WAL_REGION	32768	/* the wal-index is mapped in 32 KB regions */

const volatile unsigned char *
db_wal_index(sqlite3 *sql)
{
	sqlite3_stmt	*st;
	sqlite3_file	*f = NULL;
	const char	*mode;
	volatile void	*p = NULL;
	int		 wal = 0;

	if (sqlite3_prepare_v2(sql, "PRAGMA journal_mode", -1, &st, NULL)
	    != SQLITE_OK)
		return NULL;
	if (sqlite3_step(st) == SQLITE_ROW &&
	    (mode = (const char *)sqlite3_column_text(st, 0)) != NULL)
		wal = strcasecmp(mode, "wal") == 0;
	sqlite3_finalize(st);
	if (!wal || sqlite3_file_control(sql, "main",
	    SQLITE_FCNTL_FILE_POINTER, &f) != SQLITE_OK || f == NULL ||
	    f->pMethods == NULL || f->pMethods->iVersion < 2 ||
	    f->pMethods->xShmMap == NULL ||
	    f->pMethods->xShmMap(f, 0, DB_WAL_REGION, 0, &p) != SQLITE_OK)
		return NULL;
	return p;
}

void
db_wal_read(const volatile unsigned char *idx, struct db_wal_mark *m)
{
	size_t	i;

	m->ok = idx != NULL;
	for (i = 0; m->ok && i < sizeof(m->hdr); i++)
		m->hdr[i] = idx[i];
}

int
db_wal_same(const struct db_wal_mark *a, const struct db_wal_mark *b)
{
	return a->ok && b->ok && memcmp(a->hdr, b->hdr, sizeof(a->hdr)) == 0;
}
