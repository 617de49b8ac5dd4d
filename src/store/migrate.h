/*
 * migrate.h: forward-only schema migrations.
 *
 * migrations/NNNN-name.sql are compiled into the binary in order.  Each runs
 * in one exclusive transaction; PRAGMA user_version holds the level reached.
 * An applied file is never edited: change the schema with a new file.
 */
#ifndef KOERS_MIGRATE_H
#define KOERS_MIGRATE_H

#include <stddef.h>

struct db;

struct migration {
	int		 level;
	const char	*name;
	const char	*sql;
};

extern const struct migration	migrations[];
extern const size_t		migrations_len;

int	migrate_level(struct db *);
int	migrate_run(struct db *, const struct migration *, size_t);
int	migrate_all(struct db *);

#endif
