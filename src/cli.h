/*
 * cli.h: the koers subcommands beyond serve/migrate/demo, one file per area
 * (cli_<area>.c).  Each takes the arguments after its own name and returns
 * the process exit code: 0 success, 1 failure, 2 usage error.
 */
#ifndef KOERS_CLI_H
#define KOERS_CLI_H

struct db;

struct db	*cli_open(const char *path);
const char	*cli_db_arg(int argc, char *argv[]);

int	cli_audit(int, char *[]);
int	cli_user(int, char *[]);
int	cli_token(int, char *[]);
int	cli_routes(int, char *[]);
int	cli_rollup(int, char *[]);
int	cli_import(int, char *[]);
int	cli_report(int, char *[]);

#endif
