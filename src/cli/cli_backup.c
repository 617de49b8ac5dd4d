/* cli_backup.c: koers backup --db FILE --out FILE. */
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "audit_anchor.h"
#include "cli.h"
#include "db.h"
#include "db_backup.h"

/*
 * koers backup --db FILE --out FILE: an online copy (safe while the
 * server writes), then checked: PRAGMA integrity_check, and the audit
 * chain of the copy against the live anchor as it stood before the copy
 * began.  The copy gets its own anchor (OUT.audit-anchor).  Exit 0 when
 * the copy is made and sound, 1 otherwise (nothing is left at OUT).
 */
int
cli_backup(int argc, char *argv[])
{
	const char		*path = cli_db_arg(argc, argv), *out = NULL;
	struct db		*src = NULL, *dst = NULL;
	struct audit_state	 s;
	enum audit_check	 res;
	char			 anchor[4200];
	off_t			 asize;
	int64_t			 fig = 0;
	int			 i, pages, figures, ret = 1;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--out") == 0 && i + 1 < argc)
			out = argv[i + 1];
		else if (strncmp(argv[i], "--out=", 6) == 0)
			out = argv[i] + 6;
	}
	if (path == NULL || out == NULL || strcmp(path, out) == 0) {
		fprintf(stderr, "usage: koers backup --db FILE --out FILE\n");
		return 2;
	}
	if (!audit_anchor_path(path, anchor, sizeof(anchor)))
		return 1;
	if ((src = db_open(path, 0)) == NULL) {
		fprintf(stderr, "koers: cannot open %s\n", path);
		return 1;
	}
	/* Taken first: every line in it is of an entry the copy holds. */
	if ((asize = audit_anchor_size(anchor)) == -2) {
		fprintf(stderr, "backup: cannot read %s\n", anchor);
		goto out;
	}
	if (!db_backup(src, out, &pages)) {
		fprintf(stderr, "backup: copying %s to %s failed\n", path, out);
		goto out;
	}
	if ((dst = db_open(out, 0)) == NULL || !db_backup_integrity(dst)) {
		fprintf(stderr, "backup: the copy fails its integrity check\n");
		goto fail;
	}
	printf("backup: %s: %d pages, integrity ok\n", out, pages);
	res = audit_verify_with(dst, asize == -1 ? NULL : anchor, asize, &s);
	figures = res == AUDIT_INTACT ? audit_verify_figures(dst, &fig) : 1;
	/* A database never anchored (older than the anchor) is told so. */
	if (asize == -1 && res == AUDIT_BROKEN && s.why == AUDIT_WHY_NO_ANCHOR)
		printf("audit: %s has no anchor; the copy's chain alone was "
		    "checked\n", path);
	else if (cli_audit_report(&s, res, figures, fig) != 0)
		goto fail;
	if (!audit_anchor_sync(dst)) {
		fprintf(stderr, "backup: cannot write the copy's anchor\n");
		goto fail;
	}
	ret = 0;
	goto out;
fail:
	db_close(dst);
	dst = NULL;
	db_backup_remove(out);
out:
	db_close(dst);
	db_close(src);
	return ret;
}
