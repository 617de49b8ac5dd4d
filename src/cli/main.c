/*
 * main.c: the koers command line.  Each subcommand parses its options and
 * calls into the library; nothing here serves a request.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "db.h"
#include "demo.h"
#include "rollup_store.h"
#include "http.h"
#include "i18n.h"
#include "log.h"
#include "migrate.h"
#include "static.h"
#include "tmpl.h"
#include "when.h"

#define KOERS_VERSION "0.1.0"

static int	main_serve(int, char *[]);
static int	main_migrate(int, char *[]);
static int	main_demo(int, char *[]);

/*
 * The subcommands.  Each area's commands live in cli_<area>.c and are
 * declared in cli.h; add a line here for each.
 */
static const struct main_cmd {
	const char	*name;
	int		(*fn)(int, char *[]);
	const char	*usage;
} main_cmds[] = {
	{ "serve", main_serve, "serve [--db FILE] [--listen ADDR:PORT] [--threads N] [--dev]\n"
	  "              [--templates DIR] [--static DIR] [--no-access-log]\n"
	  "              [--timeout SECONDS] [--secure-cookies]\n"
	  "              [--max-connections N] [--max-per-address N]\n"
	  "              [--head-timeout SECONDS] [--body-timeout SECONDS]" },
	{ "migrate", main_migrate, "migrate --db FILE" },
	{ "init", cli_init, "init --db FILE --gemeente NAME [--code CODE]" },
	{ "year", cli_year, "year create|adopt|close --db FILE YEAR [--raadsbesluit YYYY-MM-DD]" },
	{ "demo", main_demo, "demo --db FILE [--scale N] | demo --accounts" },
	{ "audit", cli_audit, "audit verify --db FILE" },
	{ "backup", cli_backup, "backup --db FILE --out FILE" },
	{ "user", cli_user, "user add|passwd|role|list|deactivate|activate --db FILE ..." },
	{ "token", cli_token, "token create --db FILE USERNAME [--label TEXT]" },
	{ "routes", cli_routes, "routes --json" },
	{ "rollup", cli_rollup, "rollup rebuild --db FILE" },
	{ "import", cli_import, "import --db FILE [--user USERNAME] FILE.csv|FILE.xlsx" },
	{ "report", cli_report, "report export --db FILE --period YYYY-QN --format pdf|xlsx|csv|json --out FILE" },
};

static void
main_usage(FILE *f)
{
	size_t i;

	for (i = 0; i < sizeof(main_cmds) / sizeof(main_cmds[0]); i++)
		fprintf(f, "%s koers %s\n", i == 0 ? "usage:" : "      ",
		    main_cmds[i].usage);
	fputs("       koers --help | --version\n", f);
}

/*
 * Session lifetimes may be shortened for tests (or lengthened) through the
 * environment, read once at start.  Unset: *out stays 0, the default.
 * Returns 0 (reported) for a value that is not 1 to 31536000.
 */
static int
main_seconds_env(const char *name, unsigned *out)
{
	const char	*v = getenv(name);
	char		*end;
	long		 n;

	if (v == NULL || *v == '\0')
		return 1;
	n = strtol(v, &end, 10);
	if (*end != '\0' || n < 1 || n > 31536000) {
		fprintf(stderr, "koers: %s wants seconds, 1 to 31536000\n", name);
		return 0;
	}
	*out = (unsigned)n;
	return 1;
}

static int
main_serve(int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "listen", required_argument, NULL, 'l' },
		{ "threads", required_argument, NULL, 't' },
		{ "dev", no_argument, NULL, 'D' },
		{ "templates", required_argument, NULL, 'T' },
		{ "static", required_argument, NULL, 'S' },
		{ "no-access-log", no_argument, NULL, 'q' },
		{ "timeout", required_argument, NULL, 'o' },
		{ "secure-cookies", no_argument, NULL, 's' },
		{ "max-connections", required_argument, NULL, 'C' },
		{ "max-per-address", required_argument, NULL, 'P' },
		{ "head-timeout", required_argument, NULL, 'H' },
		{ "body-timeout", required_argument, NULL, 'B' },
		{ NULL, 0, NULL, 0 }
	};
	struct app	 app;
	struct db	*db;
	long		 n;
	long long	 v;
	int		 c, ok;

	memset(&app, 0, sizeof(app));
	app.db_path = "koers.db";
	app.listen = "127.0.0.1:8080";
	app.tmpl_dir = "templates";
	app.static_dir = "static";
	n = sysconf(_SC_NPROCESSORS_ONLN);
	app.threads = n > 0 ? (unsigned)n : 2;
	app.max_body = 8u * 1024 * 1024;
	app.timeout = 30;
	/* See docs/operations.md, "Limits": what each limit protects. */
	app.max_conns = 1024;
	app.max_per_ip = 128;
	app.head_timeout = 10;
	app.body_timeout = 120;
	app.access_log = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'd': app.db_path = optarg; break;
		case 'l': app.listen = optarg; break;
		case 'T': app.tmpl_dir = optarg; break;
		case 'S': app.static_dir = optarg; break;
		case 'D': app.dev = 1; break;
		case 'q': app.access_log = 0; break;
		case 'o':
			if (!cli_num(optarg, 1, 3600, &v)) {
				fprintf(stderr, "koers: --timeout wants 1 to 3600 seconds\n");
				return 2;
			}
			app.timeout = (unsigned)v;
			break;
		case 's': app.secure_cookies = 1; break;
		case 'C':
			if (!cli_num(optarg, 16, 65536, &v)) {
				fprintf(stderr, "koers: --max-connections wants 16 to 65536\n");
				return 2;
			}
			app.max_conns = (unsigned)v;
			break;
		case 'P':
			if (!cli_num(optarg, 0, 65536, &v)) {
				fprintf(stderr, "koers: --max-per-address wants 0 (no limit) to 65536\n");
				return 2;
			}
			app.max_per_ip = (unsigned)v;
			break;
		case 'H':
			if (!cli_num(optarg, 1, 3600, &v)) {
				fprintf(stderr, "koers: --head-timeout wants 1 to 3600 seconds\n");
				return 2;
			}
			app.head_timeout = (unsigned)v;
			break;
		case 'B':
			if (!cli_num(optarg, 1, 3600, &v)) {
				fprintf(stderr, "koers: --body-timeout wants 1 to 3600 seconds\n");
				return 2;
			}
			app.body_timeout = (unsigned)v;
			break;
		case 't':
			if (!cli_num(optarg, 1, 256, &v)) {
				fprintf(stderr, "koers: --threads wants 1 to 256\n");
				return 2;
			}
			app.threads = (unsigned)v;
			break;
		default:
			main_usage(stderr);
			return 2;
		}
	}
	if (!main_seconds_env("KOERS_SESSION_IDLE", &app.session_idle) ||
	    !main_seconds_env("KOERS_SESSION_ABSOLUTE", &app.session_absolute))
		return 2;
	if ((db = cli_open(app.db_path)) == NULL)
		return 1;
	db_close(db);
	i18n_register();
	if (!tmpl_init(app.tmpl_dir, app.dev)) {
		fprintf(stderr, "koers: templates in %s are broken; not starting\n",
		    app.tmpl_dir);
		return 1;
	}
	if (!static_init(app.static_dir, app.dev))
		return 1;
	ok = http_serve(&app);
	static_free();
	return ok ? 0 : 1;
}

static int
main_migrate(int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 }
	};
	const char	*path = NULL;
	struct db	*db;
	int		 c;

	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c != 'd') {
			main_usage(stderr);
			return 2;
		}
		path = optarg;
	}
	if (path == NULL) {
		fprintf(stderr, "koers migrate: --db FILE is required\n");
		return 2;
	}
	if ((db = cli_open(path)) == NULL)
		return 1;
	printf("%s: schema level %d\n", path, migrate_level(db));
	db_close(db);
	return 0;
}

static int
main_demo(int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "scale", required_argument, NULL, 's' },
		{ "accounts", no_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 }
	};
	const char	*path = NULL;
	struct db	*db;
	long long	 scale = 1;
	int		 c, ok;

	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'd': path = optarg; break;
		case 'a': demo_accounts(stdout); return 0;
		case 's':
			if (!cli_num(optarg, 1, 1000, &scale)) {
				fprintf(stderr, "koers demo: --scale wants 1 to 1000\n");
				return 2;
			}
			break;
		default:
			main_usage(stderr);
			return 2;
		}
	}
	if (path == NULL) {
		fprintf(stderr, "koers demo: --db FILE is required\n");
		return 2;
	}
	if ((db = cli_open(path)) == NULL)
		return 1;
	/* The demo writes figures without the rollup hooks: rebuild once. */
	ok = demo_create(db, (int)scale) && rollup_store_rebuild(db);
	db_close(db);
	if (!ok) {
		fprintf(stderr, "koers demo: failed; %s is unchanged\n", path);
		return 1;
	}
	printf("%s: demo municipality created (scale %lld)\n", path, scale);
	return 0;
}

int
main(int argc, char *argv[])
{
	const char	*cmd;
	size_t		 i;

	if (argc < 2) {
		main_usage(stderr);
		return 2;
	}
	/* Before any thread: localtime_r reads TZ, which never changes. */
	if (!when_init())
		fputs("koers: no Europe/Amsterdam in the tz database (install "
		    "tzdata); times show in UTC\n", stderr);
	cmd = argv[1];
	if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
		main_usage(stdout);
		return 0;
	}
	if (strcmp(cmd, "--version") == 0) {
		printf("koers %s\n", KOERS_VERSION);
		return 0;
	}
	cli_shift(&argc, &argv);
	for (i = 0; i < sizeof(main_cmds) / sizeof(main_cmds[0]); i++)
		if (strcmp(cmd, main_cmds[i].name) == 0)
			return main_cmds[i].fn(argc, argv);
	fprintf(stderr, "koers: unknown command '%s'\n", cmd);
	main_usage(stderr);
	return 2;
}
