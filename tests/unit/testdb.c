/* testdb.c: temporary databases for unit tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "db.h"
#include "demo.h"
#include "log.h"
#include "migrate.h"
#include "rollup_store.h"
#include "testdb.h"

/*
 * A new database file under /tmp with every migration applied.  path
 * receives its name.  NULL on failure.
 */
struct db *
testdb_new(char *path, unsigned long pathsz)
{
	struct db	*db;
	int		 fd;

	log_quiet(1);
	snprintf(path, pathsz, "/tmp/koers-test-XXXXXX");
	if ((fd = mkstemp(path)) == -1)
		return NULL;
	close(fd);
	if ((db = db_open(path, 0)) == NULL)
		return NULL;
	if (!migrate_all(db)) {
		db_close(db);
		return NULL;
	}
	return db;
}

/* Close db and remove its files. */
void
testdb_free(struct db *db, const char *path)
{
	char aux[4200];

	db_close(db);
	unlink(path);
	snprintf(aux, sizeof(aux), "%s-wal", path);
	unlink(aux);
	snprintf(aux, sizeof(aux), "%s-shm", path);
	unlink(aux);
	snprintf(aux, sizeof(aux), "%s.audit-anchor", path);
	unlink(aux);
}

int
testdb_exec(struct db *db, const char *sql)
{
	return db_exec(db, sql);
}

long long
testdb_int(struct db *db, const char *sql)
{
	sqlite3_stmt	*st;
	long long	 v = -1;

	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK)
		return -2;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

int
testdb_fx_demo(void **state, int scale, int rollups)
{
	struct testdb_fx *f = calloc(1, sizeof(*f));

	if (f == NULL || (f->db = testdb_new(f->path, sizeof(f->path))) == NULL) {
		free(f);
		return -1;
	}
	if (!demo_create(f->db, scale) ||
	    (rollups && !rollup_store_rebuild(f->db))) {
		testdb_free(f->db, f->path);
		free(f);
		return -1;
	}
	*state = f;
	return 0;
}

int
testdb_fx_free(void **state)
{
	struct testdb_fx *f = *state;

	testdb_free(f->db, f->path);
	free(f);
	return 0;
}
