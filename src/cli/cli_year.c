/*
 * cli_year.c: koers init (a fresh install's gemeente) and koers year
 * create|adopt|close (the budget year's life cycle), the same rules and
 * audit entries as the pages (orgtree.h, year.h).
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "db.h"
#include "db_orgtree.h"
#include "db_year.h"
#include "i18n.h"

static const struct db_who cli_year_who = { 0, "", "cli" };

/*
 * koers init --db FILE --gemeente NAME [--code CODE]: create (or migrate)
 * the database and its root unit, the gemeente.  Refuses when one exists.
 * Exit 0, 1 on failure, 2 on a usage error.
 */
int
cli_init(int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "gemeente", required_argument, NULL, 'g' },
		{ "code", required_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 }
	};
	const char		*path = NULL, *name = NULL, *code = "GEM";
	struct db		*db;
	enum orgtree_res	 res;
	int64_t			 id;
	int			 c;

	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'd': path = optarg; break;
		case 'g': name = optarg; break;
		case 'c': code = optarg; break;
		default: goto usage;
		}
	}
	if (path == NULL || name == NULL || optind != argc)
		goto usage;
	if ((db = cli_open(path)) == NULL)
		return 1;
	res = db_orgtree_init_root(db, name, code, &cli_year_who, &id);
	db_close(db);
	if (res != ORGTREE_OK) {
		fprintf(stderr, "koers: %s\n", i18n(LANG_EN,
		    orgtree_res_key(res)));
		return 1;
	}
	printf("gemeente %s created (org unit %lld, code %s); next: koers "
	    "user add --db %s NAME --role administrator\n", name,
	    (long long)id, code, path);
	return 0;
usage:
	fputs("usage: koers init --db FILE --gemeente NAME [--code CODE]\n",
	    stderr);
	return 2;
}

static int
cli_year_usage(void)
{
	fputs("usage: koers year create --db FILE YEAR\n"
	    "       koers year adopt --db FILE YEAR --raadsbesluit YYYY-MM-DD\n"
	    "       koers year close --db FILE YEAR\n", stderr);
	return 2;
}

/*
 * koers year create|adopt|close --db FILE YEAR [--raadsbesluit DATE].
 * Exit 0, 1 when refused (with the reason), 2 on a usage error.
 */
int
cli_year(int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "raadsbesluit", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 }
	};
	const char	*path = NULL, *date = NULL, *verb;
	struct db	*db;
	enum year_res	 res;
	long long	 year;
	int		 c;

	if (argc < 2)
		return cli_year_usage();
	verb = argv[1];
	cli_shift(&argc, &argv);
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'd': path = optarg; break;
		case 'r': date = optarg; break;
		default: return cli_year_usage();
		}
	}
	if (path == NULL || optind + 1 != argc ||
	    !cli_num(argv[optind], 2000, 2100, &year))
		return cli_year_usage();
	if (strcmp(verb, "adopt") == 0 && date == NULL)
		return cli_year_usage();
	if (strcmp(verb, "create") != 0 && strcmp(verb, "adopt") != 0 &&
	    strcmp(verb, "close") != 0)
		return cli_year_usage();
	if ((db = cli_open(path)) == NULL)
		return 1;
	if (strcmp(verb, "create") == 0)
		res = db_year_create(db, (int)year, &cli_year_who);
	else
		res = db_year_set_state(db, (int)year, strcmp(verb, "adopt") ==
		    0 ? YEAR_ADOPTED : YEAR_CLOSED, date, &cli_year_who);
	db_close(db);
	if (res != YEAR_OK) {
		fprintf(stderr, "koers: %s\n", i18n(LANG_EN,
		    year_res_key(res)));
		return 1;
	}
	printf("year %lld: %s\n", year, strcmp(verb, "create") == 0 ?
	    "created as concept with its four quarters" :
	    strcmp(verb, "adopt") == 0 ? "vastgesteld" : "afgesloten");
	return 0;
}
