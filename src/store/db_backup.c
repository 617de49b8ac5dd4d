/* db_backup.c: the online copy of the database (see db_backup.h). */
#include <sys/stat.h>

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "db_backup.h"
#include "log.h"

int
db_backup(struct db *src, const char *out, int *pages)
{
	struct db	*dst = NULL;
	sqlite3_backup	*b;
	struct stat	 st;
	int		 rc, ok = 0;

	*pages = 0;
	if (stat(out, &st) == 0 || errno != ENOENT) {
		log_err("backup: %s exists already (or cannot be checked)",
		    out);
		return 0;
	}
	/* db_open() creates it 0600 whatever the umask. */
	if ((dst = db_open(out, 0)) == NULL)
		goto out;
	db_read_end(src);
	if ((b = sqlite3_backup_init(dst->sql, "main", src->sql, "main")) ==
	    NULL) {
		log_err("backup: %s", sqlite3_errmsg(dst->sql));
		goto out;
	}
	/*
	 * All pages in one step: one read transaction on the source, so
	 * the copy is a single snapshot; in WAL mode writers go on.  A busy
	 * source (a checkpoint holding its lock) is tried again.
	 */
	while ((rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY ||
	    rc == SQLITE_LOCKED)
		sqlite3_sleep(50);
	*pages = sqlite3_backup_pagecount(b);
	if (sqlite3_backup_finish(b) != SQLITE_OK || rc != SQLITE_DONE) {
		log_err("backup: %s", sqlite3_errmsg(dst->sql));
		goto out;
	}
	ok = 1;
out:
	db_close(dst);	/* checkpoints the copy's WAL into the file */
	if (!ok)
		db_backup_remove(out);
	return ok;
}

int
db_backup_integrity(struct db *db)
{
	sqlite3_stmt		*st;
	const unsigned char	*v;
	int			 ok = 0;

	if (sqlite3_prepare_v2(db->sql, "PRAGMA integrity_check", -1, &st,
	    NULL) != SQLITE_OK)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW &&
	    (v = sqlite3_column_text(st, 0)) != NULL &&
	    strcmp((const char *)v, "ok") == 0)
		ok = 1;
	else
		log_err("backup: integrity check: %s",
		    (v = sqlite3_column_text(st, 0)) != NULL ?
		    (const char *)v : sqlite3_errmsg(db->sql));
	sqlite3_finalize(st);
	return ok;
}

void
db_backup_remove(const char *out)
{
	static const char *const sfx[] = { "", "-wal", "-shm", "-journal",
	    ".audit-anchor" };
	char	p[4200];
	size_t	i;

	for (i = 0; i < sizeof(sfx) / sizeof(sfx[0]); i++)
		if ((size_t)snprintf(p, sizeof(p), "%s%s", out, sfx[i]) <
		    sizeof(p))
			(void)unlink(p);
}
