/*
 * cli.c: what the koers subcommands share: finding and opening the
 * database, stepping past a verb, bounded numbers.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "db.h"
#include "migrate.h"

/* The value of --db FILE (or --db=FILE) among the arguments, or NULL. */
const char *
cli_db_arg(int argc, char *argv[])
{
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--db") == 0 && i + 1 < argc)
			return argv[i + 1];
		if (strncmp(argv[i], "--db=", 5) == 0)
			return argv[i] + 5;
	}
	return NULL;
}

/* Open path and bring it to the newest schema; NULL (reported) on failure. */
struct db *
cli_open(const char *path)
{
	struct db *db;

	if ((db = db_open(path, 0)) == NULL) {
		fprintf(stderr, "koers: cannot open %s\n", path);
		return NULL;
	}
	if (!migrate_all(db)) {
		fprintf(stderr, "koers: cannot bring %s to the current schema\n", path);
		db_close(db);
		return NULL;
	}
	return db;
}

void
cli_shift(int *argc, char ***argv)
{
	(*argc)--;
	(*argv)++;
	optind = 1;
}

int
cli_num(const char *s, long long min, long long max, long long *out)
{
	char		*end;
	long long	 n;

	n = strtoll(s, &end, 10);
	if (*end != '\0' || n < min || n > max)
		return 0;
	*out = n;
	return 1;
}
