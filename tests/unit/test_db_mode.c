/* test_db_mode.c: the database and its -wal and -shm are private files. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "log.h"
#include "migrate.h"

static void
mode_is(const char *path, const char *sfx, mode_t want)
{
	struct stat	st;
	char		p[256];

	snprintf(p, sizeof(p), "%s%s", path, sfx);
	assert_int_equal(stat(p, &st), 0);
	assert_int_equal(st.st_mode & 0777, want);
}

static void
cleanup(const char *dir, const char *path)
{
	char p[256];

	unlink(path);
	snprintf(p, sizeof(p), "%s-wal", path);
	unlink(p);
	snprintf(p, sizeof(p), "%s-shm", path);
	unlink(p);
	rmdir(dir);
}

/* Under umask 022 a new database, its -wal and -shm are still 0600. */
static void
new_database_files_are_0600_under_umask_022(void **state)
{
	char		 dir[64] = "/tmp/koers-mode-XXXXXX", path[128];
	struct db	*db;
	mode_t		 old;

	(void)state;
	log_quiet(1);
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/k.db", dir);
	old = umask(022);
	db = db_open(path, 0);
	umask(old);
	assert_non_null(db);
	assert_true(migrate_all(db));
	/* A write leaves the -wal; the open connection keeps the -shm. */
	assert_true(db_exec(db, "INSERT INTO setting(key, value) VALUES ('x', 'y')"));
	mode_is(path, "", 0600);
	mode_is(path, "-wal", 0600);
	mode_is(path, "-shm", 0600);
	db_close(db);
	cleanup(dir, path);
}

/* A database left world-readable by an older version is narrowed to 0640. */
static void
existing_world_readable_database_is_narrowed(void **state)
{
	char		 dir[64] = "/tmp/koers-mode-XXXXXX", path[128];
	struct db	*db;
	FILE		*fp;

	(void)state;
	log_quiet(1);
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/k.db", dir);
	assert_non_null(fp = fopen(path, "w"));
	fclose(fp);
	assert_int_equal(chmod(path, 0644), 0);
	assert_non_null(db = db_open(path, 0));
	mode_is(path, "", 0640);
	db_close(db);
	cleanup(dir, path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(new_database_files_are_0600_under_umask_022),
		cmocka_unit_test(existing_world_readable_database_is_narrowed),
	};

	return cmocka_run_group_tests_name("db_mode", tests, NULL, NULL);
}
