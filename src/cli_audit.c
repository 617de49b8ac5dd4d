/* cli_audit.c: koers audit verify --db FILE. */
#include <stdio.h>
#include <string.h>

#include "audit.h"
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

/*
 * koers audit verify --db FILE: recompute the chain.  Exit 0 when intact,
 * 1 when broken (naming the first bad entry) or unreadable.
 */
int
cli_audit(int argc, char *argv[])
{
	const char	*path = cli_db_arg(argc, argv);
	struct db	*db;
	int64_t		 bad, n;
	enum audit_check res;

	if (argc < 2 || strcmp(argv[1], "verify") != 0 || path == NULL) {
		fprintf(stderr, "usage: koers audit verify --db FILE\n");
		return 2;
	}
	if ((db = cli_open(path)) == NULL)
		return 1;
	res = audit_verify(db, &bad, &n);
	db_close(db);
	switch (res) {
	case AUDIT_INTACT:
		printf("audit: %lld entries, chain intact\n", (long long)n);
		return 0;
	case AUDIT_BROKEN:
		printf("audit: chain BROKEN at entry %lld: it or an entry before "
		    "it was changed or removed\n", (long long)bad);
		return 1;
	default:
		fprintf(stderr, "audit: the log could not be read\n");
		return 1;
	}
}
