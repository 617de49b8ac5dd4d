/* cli_rollup.c: koers rollup rebuild --db FILE. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "db.h"
#include "rollup_store.h"

/*
 * koers rollup rebuild --db FILE [--threads N]: recompute every
 * materialised rollup from the figures, targets and costs, in one
 * transaction, reading on N threads (default: one per processor; the
 * numbers are the same), and say how long it took and how many stored
 * rows it had to correct (0 when the incremental hooks kept everything
 * current).  Exit 0 on success, 1 on failure (database unchanged), 2 on
 * usage.
 */
int
cli_rollup(int argc, char *argv[])
{
	const char	*path = cli_db_arg(argc, argv);
	struct db	*db;
	struct timespec	 t0, t1;
	int64_t		 changed = 0;
	long long	 threads = 0;
	int		 ok, i;

	for (i = 2; i < argc; i++)
		if (strcmp(argv[i], "--threads") == 0 && (i + 1 >= argc ||
		    !cli_num(argv[++i], 1, 64, &threads)))
			path = NULL;
	if (argc < 2 || strcmp(argv[1], "rebuild") != 0 || path == NULL) {
		fprintf(stderr, "usage: koers rollup rebuild --db FILE "
		    "[--threads N]\n");
		return 2;
	}
	if ((db = cli_open(path)) == NULL)
		return 1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ok = rollup_store_rebuild_threads(db, (int)threads, 0, &changed);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	/* Cached dashboard pages are stale now (data_generation). */
	if (ok)
		ok = rollup_store_touch(db);
	db_close(db);
	if (!ok) {
		fprintf(stderr, "rollup: rebuild failed; %s is unchanged\n", path);
		return 1;
	}
	printf("rollup: rebuilt in %.3f s, %lld rows corrected\n",
	    (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9, (long long)changed);
	return 0;
}
