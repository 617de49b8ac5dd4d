/* testdb.h: a fresh temporary database per test, built from migrations/. */
#ifndef KOERS_TESTDB_H
#define KOERS_TESTDB_H

struct db;

struct db	*testdb_new(char *path, unsigned long pathsz);

/* A cmocka fixture: a fresh database with the demo of scale (and its
 * rollups when rollups is set) in *state; testdb_fx_free() ends it. */
struct testdb_fx {
	struct db	*db;
	char		 path[64];
};
int		 testdb_fx_demo(void **state, int scale, int rollups);
int		 testdb_fx_free(void **state);
void		 testdb_free(struct db *, const char *path);
int		 testdb_exec(struct db *, const char *sql);
/* The first column of the first row of sql; -1 when none, -2 when it fails. */
long long	 testdb_int(struct db *, const char *sql);

#endif
