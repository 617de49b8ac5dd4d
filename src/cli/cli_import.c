/*
 * cli_import.c: koers import --db FILE [--user USERNAME] FILE.csv|.xlsx.
 * With --user the import acts in that account's scope (as a manager);
 * without, as the system, for every unit.  All rows or none.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "db.h"
#include "db_import.h"
#include "i18n.h"
#include "import.h"
#include "router.h"

struct cli_import_user {
	struct db	*db;
	int64_t		 id;	/* 0: the system */
};

static unsigned
cli_import_roles(void *arg, int64_t unit)
{
	struct cli_import_user *u = arg;

	if (u->id == 0)
		return ROLE_MANAGER;
	return db_import_roles(u->db, u->id, unit);
}

static void
cli_import_progress(void *arg, size_t done, size_t total)
{
	(void)arg;
	if (total >= 1000)
		fprintf(stderr, "import: %zu of %zu rows checked\n", done, total);
}

/*
 * Exit 0 when every row was saved, 1 when none was (the report on stdout
 * says why, row by row), 2 on a usage error.
 */
int
cli_import(int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "user", required_argument, NULL, 'u' },
		{ NULL, 0, NULL, 0 }
	};
	struct cli_import_user	 u;
	struct import_ctx	 ctx;
	struct import_report	 rep;
	struct db_who		 who;
	const char		*path = NULL, *user = NULL;
	struct db		*db;
	enum entry_res		 res;
	size_t			 i;
	int			 c, found;

	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'd': path = optarg; break;
		case 'u': user = optarg; break;
		default:
			fprintf(stderr, "usage: koers import --db FILE "
			    "[--user USERNAME] FILE.csv|FILE.xlsx\n");
			return 2;
		}
	}
	if (path == NULL || optind + 1 != argc) {
		fprintf(stderr, "usage: koers import --db FILE "
		    "[--user USERNAME] FILE.csv|FILE.xlsx\n");
		return 2;
	}
	if ((db = cli_open(path)) == NULL)
		return 1;
	memset(&u, 0, sizeof(u));
	u.db = db;
	if (user != NULL) {
		if ((found = db_import_user(db, user, &u.id)) != 1) {
			fprintf(stderr, "koers import: no active account %s\n",
			    user);
			db_close(db);
			return 1;
		}
	}
	who.user_id = u.id;
	who.username = user != NULL ? user : "";
	who.client = "cli";
	memset(&ctx, 0, sizeof(ctx));
	ctx.db = db;
	ctx.who = &who;
	ctx.roles = cli_import_roles;
	ctx.roles_arg = &u;
	ctx.progress = cli_import_progress;
	res = import_file(&ctx, argv[optind], &rep);
	db_close(db);
	if (res == ES_OK && rep.refused == 0) {
		printf("import: %zu rows, %zu figures saved\n", rep.rows,
		    rep.applied);
		import_report_clear(&rep);
		return 0;
	}
	if (res == ES_OK) {
		/* Saved but for the rows changed since the template: exit 1. */
		printf("import: %zu rows, %zu figures saved; %zu rows refused "
		    "because their figures changed since the file was made\n",
		    rep.rows, rep.applied, rep.refused);
		printf("row\tcolumn\tvalue\treason\n");
		for (i = 0; i < rep.kept; i++)
			if (rep.issues[i].refused)
				printf("%zu\t%s\t%s\t%s Stored now: %s.\n",
				    rep.issues[i].row, rep.issues[i].column,
				    rep.issues[i].value,
				    i18n(LANG_EN, rep.issues[i].key),
				    rep.issues[i].theirs);
		if (rep.kept < rep.issuen)
			printf("... and %zu more\n", rep.issuen - rep.kept);
		import_report_clear(&rep);
		return 1;
	}
	if (res == ES_INVALID) {
		printf("import: %zu rows, %zu problems; nothing was saved\n",
		    rep.rows, rep.issuen);
		printf("row\tcolumn\tvalue\treason\n");
		for (i = 0; i < rep.kept; i++)
			printf("%zu\t%s\t%s\t%s%s%s%s%s\n", rep.issues[i].row,
			    rep.issues[i].column, rep.issues[i].value,
			    i18n(LANG_EN, rep.issues[i].key),
			    rep.issues[i].understood[0] ? " Read as: " : "",
			    rep.issues[i].understood,
			    rep.issues[i].theirs[0] ? " Stored now: " : "",
			    rep.issues[i].theirs);
		if (rep.kept < rep.issuen)
			printf("... and %zu more\n", rep.issuen - rep.kept);
	} else
		fprintf(stderr, "import: the database could not be written "
		    "(%s); nothing was saved\n", res == ES_READONLY ?
		    "read-only" : res == ES_FULL ? "disk full" : "error");
	import_report_clear(&rep);
	return 1;
}
