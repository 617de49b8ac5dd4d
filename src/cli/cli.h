/*
 * cli.h: the koers subcommands beyond serve/migrate/demo, one file per area
 * (cli_<area>.c).  Each takes the arguments after its own name and returns
 * the process exit code: 0 success, 1 failure, 2 usage error.
 */
#ifndef KOERS_CLI_H
#define KOERS_CLI_H

#include "audit.h"

struct db;

/* Open path and bring it to the newest schema; NULL (reported) on failure. */
struct db	*cli_open(const char *path);
/* The value of --db FILE (or --db=FILE) among the arguments, or NULL. */
const char	*cli_db_arg(int argc, char *argv[]);
/*
 * Step past argv[0] (a command or its verb), so that the next word is
 * argv[0] as getopt expects, and restart getopt.
 */
void		 cli_shift(int *argc, char ***argv);
/*
 * The decimal integer s when it is all digits and within [min, max]:
 * 1 and *out, or 0 (nothing reported: the caller says what it wants).
 */
int		 cli_num(const char *s, long long min, long long max,
		    long long *out);

int	cli_audit(int, char *[]);
int	cli_backup(int, char *[]);
/*
 * Print the verdict on a log (audit_verify_with) and, when figures is
 * not 1, on the figure cross-check (audit_verify_figures).  Returns the
 * exit code: 0 intact, 1 not.
 */
int	cli_audit_report(const struct audit_state *, enum audit_check,
	    int figures, int64_t figure_id);
int	cli_user(int, char *[]);
int	cli_token(int, char *[]);
int	cli_routes(int, char *[]);
int	cli_rollup(int, char *[]);
int	cli_import(int, char *[]);
int	cli_report(int, char *[]);
int	cli_init(int, char *[]);
int	cli_year(int, char *[]);

#endif
