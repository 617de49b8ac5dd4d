/*
 * db_wal.h: whether any connection, in this process or another, has
 * committed since a given moment, told without a read transaction.
 *
 * In WAL mode every commit rewrites the WAL-index header at the start of
 * the FILE-shm file (https://www.sqlite.org/walformat.html, "The WAL-Index
 * Header": two 48-byte copies with a change counter, the last frame and the
 * salts).  A pread() of those 96 bytes costs one system call and no lock,
 * where a read transaction costs two fcntl() locks and a mutex that every
 * connection of the process shares.  The mark is only a hint that nothing
 * changed: any difference, or any failure to read it, sends the caller to
 * SQLite itself.
 */
#ifndef KOERS_DB_WAL_H
#define KOERS_DB_WAL_H

#define DB_WAL_HDR	96	/* both copies of the WAL-index header */

struct sqlite3;

struct db_wal_mark {
	int		ok;	/* 0: no mark (not in WAL mode, read failed) */
	unsigned char	hdr[DB_WAL_HDR];
};

/*
 * The -shm file of the connection's main database, opened read-only, or
 * -1 when the database is not in WAL mode or the file cannot be opened.
 */
int	db_wal_open(struct sqlite3 *);
/* Read the header now through fd (-1 gives a mark that is not ok). */
void	db_wal_read(int fd, struct db_wal_mark *);
/* 1 when both marks are ok and equal: no commit came between them. */
int	db_wal_same(const struct db_wal_mark *, const struct db_wal_mark *);

#endif
