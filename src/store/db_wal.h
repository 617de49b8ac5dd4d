/*
 * db_wal.h: whether any connection, in this process or another, has
 * committed since a given moment, told without a read transaction.
 *
 * In WAL mode every commit rewrites the WAL-index header at the start of
 * the wal-index, the FILE-shm file that every connection maps
 * (https://www.sqlite.org/walformat.html, "The WAL-Index Header": two
 * 48-byte copies with a change counter, the last frame and the salts).
 * Reading those 96 bytes from SQLite's own mapping costs no system call
 * and no lock, where a read transaction costs two fcntl() locks and a
 * mutex that every connection of the process shares.  The mark is only a
 * hint that nothing changed: any difference, a torn read included, or no
 * mapping at all sends the caller to SQLite itself.
 *
 * The mapping is asked of the connection's own VFS file (xShmMap, region
 * 0, never extending it), so no descriptor of the -shm file is opened
 * here: closing one would drop every POSIX lock this process holds on it.
 */
#ifndef KOERS_DB_WAL_H
#define KOERS_DB_WAL_H

#define DB_WAL_HDR	96	/* both copies of the WAL-index header */

struct sqlite3;

struct db_wal_mark {
	int		ok;	/* 0: no mark (no wal-index mapped) */
	unsigned char	hdr[DB_WAL_HDR];
};

/*
 * The wal-index of the connection's main database as SQLite has mapped
 * it, or NULL when the database is not in WAL mode or nothing is mapped.
 * Call inside a read transaction of the connection (the index is mapped
 * then); the pointer stays valid while the connection is open.
 */
const volatile unsigned char *db_wal_index(struct sqlite3 *);
/* Read the header now from idx (NULL gives a mark that is not ok). */
void	db_wal_read(const volatile unsigned char *idx, struct db_wal_mark *);
/* 1 when both marks are ok and equal: no commit came between them. */
int	db_wal_same(const struct db_wal_mark *, const struct db_wal_mark *);

#endif
