/* cli_audit.c: koers audit verify --db FILE. */
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "cli.h"
#include "db.h"

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
