/* testdb.h: a fresh temporary database per test, built from migrations/. */
#ifndef KOERS_TESTDB_H
#define KOERS_TESTDB_H

struct db;

struct db	*testdb_new(char *path, unsigned long pathsz);
void		 testdb_free(struct db *, const char *path);
int		 testdb_exec(struct db *, const char *sql);
/* The first column of the first row of sql; -1 when none, -2 when it fails. */
long long	 testdb_int(struct db *, const char *sql);

#endif
