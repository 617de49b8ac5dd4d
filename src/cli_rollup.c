/* cli_rollup.c: koers rollup rebuild --db FILE. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "db.h"
#include "rollup_store.h"

/*
 * koers rollup rebuild --db FILE: recompute every materialised rollup from
 * the figures, targets and costs, in one transaction, and say how long it
 * took.  Exit 0 on success, 1 on failure (database unchanged), 2 on usage.
 */
int
cli_rollup(int argc, char *argv[])
{
	const char	*path = cli_db_arg(argc, argv);
	struct db	*db;
	struct timespec	 t0, t1;
	int		 ok;

	if (argc < 2 || strcmp(argv[1], "rebuild") != 0 || path == NULL) {
		fprintf(stderr, "usage: koers rollup rebuild --db FILE\n");
		return 2;
	}
	if ((db = cli_open(path)) == NULL)
		return 1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ok = rollup_store_rebuild(db);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	/* Cached dashboard pages are stale now (data_generation). */
	if (ok)
		ok = rollup_store_touch(db);
	db_close(db);
	if (!ok) {
		fprintf(stderr, "rollup: rebuild failed; %s is unchanged\n", path);
		return 1;
	}
	printf("rollup: rebuilt in %.3f s\n", (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	return 0;
}
