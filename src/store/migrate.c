/* migrate.c: apply the compiled-in migrations that a database lacks. */
#include <sqlite3.h>
#include <stdio.h>

#include "db.h"
#include "log.h"
#include "migrate.h"

/* The level reached: PRAGMA user_version, or -1 on error. */
int
migrate_level(struct db *db)
{
	sqlite3_stmt	*st;
	int		 level = -1;

	if (sqlite3_prepare_v2(db->sql, "PRAGMA user_version", -1, &st,
	    NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		level = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return level;
}

/*
 * Apply, in order, every migration in ms whose level is above the database's.
 * Each runs in its own exclusive transaction together with the new
 * user_version, so a failure leaves the database at the previous level.
 * Returns 1 on success, 0 on failure (logged).
 */
int
migrate_run(struct db *db, const struct migration *ms, size_t n)
{
	size_t	i;
	int	level;
	char	pragma[64];

	/* Two files of one level (two branches each adding "0011-..."):
	 * the second would be skipped silently on every database. */
	for (i = 1; i < n; i++)
		if (ms[i].level <= ms[i - 1].level) {
			log_err("migrate: %s and %s: two migrations of level "
			    "%d", ms[i - 1].name, ms[i].name, ms[i].level);
			return 0;
		}
	if ((level = migrate_level(db)) < 0)
		return 0;
	for (i = 0; i < n; i++) {
		if (ms[i].level <= level)
			continue;
		if (ms[i].level != level + 1) {
			log_err("migrate: %s: expected level %d next",
			    ms[i].name, level + 1);
			return 0;
		}
		if (!db_exec(db, "BEGIN EXCLUSIVE"))
			return 0;
		snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d",
		    ms[i].level);
		if (!db_exec(db, ms[i].sql) || !db_exec(db, pragma)) {
			log_err("migrate: %s failed; database left at level %d",
			    ms[i].name, level);
			db_rollback(db);
			return 0;
		}
		if (!db_commit(db)) {
			db_rollback(db);
			return 0;
		}
		log_info("migrate: applied %s", ms[i].name);
		level = ms[i].level;
	}
	return 1;
}

/* Apply every compiled-in migration the database lacks. */
int
migrate_all(struct db *db)
{
	return migrate_run(db, migrations, migrations_len);
}
