/*
 * db_wal.c: the WAL-index header as a mark of "nothing was committed".
 * See db_wal.h.
 */
#include <sqlite3.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "db_wal.h"

int
db_wal_open(sqlite3 *sql)
{
	sqlite3_stmt	*st;
	const char	*file, *mode;
	char		 path[4096];
	int		 wal = 0, n;

	if (sqlite3_prepare_v2(sql, "PRAGMA journal_mode", -1, &st, NULL)
	    != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW &&
	    (mode = (const char *)sqlite3_column_text(st, 0)) != NULL)
		wal = strcasecmp(mode, "wal") == 0;
	sqlite3_finalize(st);
	if (!wal || (file = sqlite3_db_filename(sql, "main")) == NULL ||
	    file[0] == '\0')
		return -1;
	n = snprintf(path, sizeof(path), "%s-shm", file);
	if (n < 0 || (size_t)n >= sizeof(path))
		return -1;
	return open(path, O_RDONLY | O_CLOEXEC);
}

void
db_wal_read(int fd, struct db_wal_mark *m)
{
	m->ok = fd >= 0 &&
	    pread(fd, m->hdr, sizeof(m->hdr), 0) == (ssize_t)sizeof(m->hdr);
}

int
db_wal_same(const struct db_wal_mark *a, const struct db_wal_mark *b)
{
	return a->ok && b->ok && memcmp(a->hdr, b->hdr, sizeof(a->hdr)) == 0;
}
