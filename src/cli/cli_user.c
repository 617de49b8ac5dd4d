/*
 * cli_user.c: koers user ... and koers token create: managing accounts from
 * the command line, so that a fresh install can create its first
 * administrator.  Passwords are read from standard input, never from the
 * arguments (which other users see in ps); on a terminal without echo.
 */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "account.h"
#include "cli.h"
#include "db.h"
#include "db_user.h"
#include "i18n.h"
#include "pw.h"

static const struct account_actor cli_actor = { 0, "", "cli" };

static int
cli_user_usage(void)
{
	fputs("usage: koers user add --db FILE USERNAME --role ROLE "
	    "[--scope ORG_UNIT_ID] [--name DISPLAY_NAME]\n"
	    "       koers user passwd --db FILE USERNAME\n"
	    "       koers user role --db FILE USERNAME --add|--remove ROLE "
	    "[--scope ORG_UNIT_ID]\n"
	    "       koers user list --db FILE\n"
	    "       koers user deactivate|activate --db FILE USERNAME\n"
	    "  The password is read from standard input.\n"
	    "  ROLE: administrator, cmt, director, manager, council,\n"
	    "        control (concern control).\n", stderr);
	return 2;
}

/* One line from f into buf without its newline.  1 on success. */
static int
cli_user_line(FILE *f, char *buf, size_t sz)
{
	size_t n;

	if (fgets(buf, (int)sz, f) == NULL)
		return 0;
	n = strlen(buf);
	if (n > 0 && buf[n - 1] == '\n')
		buf[--n] = '\0';
	else if (n == sz - 1)
		return 0;	/* longer than the buffer */
	if (n > 0 && buf[n - 1] == '\r')
		buf[--n] = '\0';
	return 1;
}

/*
 * The new password from standard input into buf: on a terminal asked twice
 * without echo, otherwise the first line.  1 on success (reported).
 */
static int
cli_user_read_password(char *buf, size_t sz)
{
	struct termios	 old, noecho;
	char		 again[PW_MAX_LEN + 2];
	int		 tty = isatty(STDIN_FILENO), ok;

	if (!tty) {
		if (!cli_user_line(stdin, buf, sz)) {
			fputs("koers: no password on standard input (or longer "
			    "than 1024 characters)\n", stderr);
			return 0;
		}
		return 1;
	}
	if (tcgetattr(STDIN_FILENO, &old) != 0)
		return 0;
	noecho = old;
	noecho.c_lflag &= ~(tcflag_t)ECHO;
	noecho.c_lflag |= ECHONL;
	if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &noecho) != 0)
		return 0;
	fputs("Password: ", stderr);
	ok = cli_user_line(stdin, buf, sz);
	if (ok) {
		fputs("Repeat password: ", stderr);
		ok = cli_user_line(stdin, again, sizeof(again)) &&
		    strcmp(buf, again) == 0;
		if (!ok)
			fputs("koers: the passwords differ\n", stderr);
	}
	(void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
	pw_wipe(again, sizeof(again));
	return ok;
}

static int
cli_user_report(enum account_res res)
{
	if (res == ACCOUNT_OK)
		return 0;
	fprintf(stderr, "koers: %s\n", i18n(LANG_EN, account_res_key(res)));
	return 1;
}

/* The id of username, or 0 (reported). */
static int64_t
cli_user_id(struct db *db, const char *username)
{
	int64_t	id;
	int	active;

	if (db_user_find(db, username, &id, NULL, &active) != DB_OK) {
		fprintf(stderr, "koers: no user %s\n", username);
		return 0;
	}
	return id;
}

static int
cli_user_list(struct db *db)
{
	struct user_list	*l;
	size_t			 i;

	if ((l = db_user_list(db)) == NULL)
		return 1;
	printf("%-20s %-8s %-28s %s\n", "username", "active", "name", "roles");
	for (i = 0; i < l->n; i++)
		printf("%-20s %-8s %-28s %s\n", l->v[i].username,
		    l->v[i].active ? "yes" : "no", l->v[i].display_name,
		    l->v[i].grants);
	db_user_list_free(l);
	return 0;
}

/*
 * koers user add|passwd|role|list|deactivate|activate.  Exit 0 on success, 1 on
 * failure (with a message), 2 on a usage error.
 */
int
cli_user(int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "role", required_argument, NULL, 'r' },
		{ "scope", required_argument, NULL, 's' },
		{ "name", required_argument, NULL, 'n' },
		{ "add", required_argument, NULL, 'a' },
		{ "remove", required_argument, NULL, 'x' },
		{ NULL, 0, NULL, 0 }
	};
	const char	*path = NULL, *role = NULL, *name = "", *verb, *user;
	char		 pw[PW_MAX_LEN + 2];
	struct db	*db = NULL;
	int64_t		 scope = 0, id;
	long long	 n;
	int		 c, add = -1, ret = 1;

	if (argc < 2)
		return cli_user_usage();
	verb = argv[1];
	cli_shift(&argc, &argv);
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'd': path = optarg; break;
		case 'r': role = optarg; break;
		case 'n': name = optarg; break;
		case 'a': role = optarg; add = 1; break;
		case 'x': role = optarg; add = 0; break;
		case 's':
			if (!cli_num(optarg, 1, LLONG_MAX, &n)) {
				fputs("koers: --scope wants an org unit id\n",
				    stderr);
				return 2;
			}
			scope = n;
			break;
		default:
			return cli_user_usage();
		}
	}
	user = optind < argc ? argv[optind] : NULL;
	if (path == NULL || (strcmp(verb, "list") != 0 && user == NULL))
		return cli_user_usage();
	if ((db = cli_open(path)) == NULL)
		return 1;
	if (strcmp(verb, "list") == 0)
		ret = cli_user_list(db);
	else if (strcmp(verb, "add") == 0) {
		if (role == NULL) {
			ret = cli_user_usage();
			goto out;
		}
		if (!cli_user_read_password(pw, sizeof(pw)))
			goto out;
		ret = cli_user_report(account_create(db, &cli_actor, user,
		    name, pw, role, scope, &id));
		if (ret == 0)
			printf("user %s created (id %lld)\n", user,
			    (long long)id);
	} else if (strcmp(verb, "passwd") == 0) {
		if ((id = cli_user_id(db, user)) == 0 ||
		    !cli_user_read_password(pw, sizeof(pw)))
			goto out;
		ret = cli_user_report(account_set_password(db, &cli_actor, id,
		    pw));
		if (ret == 0)
			printf("password of %s set; their sessions ended\n", user);
	} else if (strcmp(verb, "role") == 0) {
		if (add < 0) {
			ret = cli_user_usage();
			goto out;
		}
		if ((id = cli_user_id(db, user)) == 0)
			goto out;
		ret = cli_user_report(account_role(db, &cli_actor, id, add,
		    role, scope));
	} else if (strcmp(verb, "deactivate") == 0) {
		if ((id = cli_user_id(db, user)) == 0)
			goto out;
		ret = cli_user_report(account_deactivate(db, &cli_actor, id));
		if (ret == 0)
			printf("user %s deactivated; their sessions ended and "
			    "their tokens were revoked\n", user);
	} else if (strcmp(verb, "activate") == 0) {
		if ((id = cli_user_id(db, user)) == 0)
			goto out;
		ret = cli_user_report(account_activate(db, &cli_actor, id));
		if (ret == 0)
			printf("user %s can log in again\n", user);
	} else
		ret = cli_user_usage();
out:
	pw_wipe(pw, sizeof(pw));
	db_close(db);
	return ret;
}

/*
 * koers token create --db FILE USERNAME [--label TEXT]: print a new API
 * token once.  Exit 0, 1 on failure, 2 on a usage error.
 */
int
cli_token(int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "label", required_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 }
	};
	const char	*path = NULL, *label = "cli";
	char		 token[SECRET_TOKEN_LEN + 1];
	struct db	*db;
	int64_t		 id;
	int		 c, ret = 1;

	if (argc < 2 || strcmp(argv[1], "create") != 0)
		goto usage;
	cli_shift(&argc, &argv);
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'd')
			path = optarg;
		else if (c == 'l')
			label = optarg;
		else
			goto usage;
	}
	if (path == NULL || optind >= argc || strlen(label) > 100)
		goto usage;
	if ((db = cli_open(path)) == NULL)
		return 1;
	if ((id = cli_user_id(db, argv[optind])) != 0 &&
	    (ret = cli_user_report(account_token_create(db, &cli_actor, id,
	    label, token))) == 0) {
		printf("%s\n", token);
		pw_wipe(token, sizeof(token));
	}
	db_close(db);
	return ret;
usage:
	fputs("usage: koers token create --db FILE USERNAME [--label TEXT]\n",
	    stderr);
	return 2;
}
