/* cli_audit.c: koers audit verify --db FILE. */
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "cli.h"
#include "db.h"

/*
 * Print the verdict of audit_verify_with() (and of the figure cross-check
 * when it ran) for the log of path.  Returns 0 when intact, 1 otherwise.
 */
int
cli_audit_report(const struct audit_state *s, enum audit_check res,
    int figures, int64_t figure_id)
{
	switch (res) {
	case AUDIT_INTACT:
		break;
	case AUDIT_BROKEN:
		switch (s->why) {
		case AUDIT_WHY_REMOVED:
			printf("audit: chain BROKEN: entry %lld was removed "
			    "(the first missing of %lld anchored entries)\n",
			    (long long)s->bad_id, (long long)s->anchored);
			break;
		case AUDIT_WHY_NO_ANCHOR:
			printf("audit: chain UNANCHORED: %lld entries but no "
			    "anchor file beside the database; removal at the "
			    "tail cannot be ruled out\n",
			    (long long)s->entries);
			break;
		case AUDIT_WHY_ANCHOR_BAD:
			printf("audit: the anchor file has a malformed line "
			    "after %lld good ones\n", (long long)s->anchored);
			break;
		default:
			printf("audit: chain BROKEN at entry %lld: it was "
			    "changed, or an entry before it was\n",
			    (long long)s->bad_id);
			break;
		}
		return 1;
	default:
		fprintf(stderr, "audit: the log could not be read\n");
		return 1;
	}
	if (figures < 0) {
		fprintf(stderr, "audit: the figures could not be read\n");
		return 1;
	}
	if (figures == 0) {
		printf("audit: figure %lld does not match its audit entries "
		    "(changed outside the application)\n",
		    (long long)figure_id);
		return 1;
	}
	printf("audit: %lld entries, chain intact; %lld anchored, %lld not "
	    "yet; head %s\n", (long long)s->entries, (long long)s->anchored,
	    (long long)(s->entries - s->anchored), s->head[0] ? s->head : "-");
	return 0;
}

/*
 * koers audit verify --db FILE: recompute the chain, compare it with the
 * anchor beside the database, cross-check the figures.  Exit 0 when
 * intact, 1 when broken (naming the first entry changed or removed) or
 * unreadable.
 */
int
cli_audit(int argc, char *argv[])
{
	const char		*path = cli_db_arg(argc, argv);
	struct db		*db;
	struct audit_state	 s;
	enum audit_check	 res;
	int64_t			 fig = 0;
	int			 figures = 1;

	if (argc < 2 || strcmp(argv[1], "verify") != 0 || path == NULL) {
		fprintf(stderr, "usage: koers audit verify --db FILE\n");
		return 2;
	}
	if ((db = cli_open(path)) == NULL)
		return 1;
	res = audit_verify_with(db, NULL, -1, &s);
	if (res == AUDIT_INTACT)
		figures = audit_verify_figures(db, &fig);
	db_close(db);
	return cli_audit_report(&s, res, figures, fig);
}
