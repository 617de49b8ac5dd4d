/* db_who.h: who makes a change, as every audited write records it. */
#ifndef KOERS_DB_WHO_H
#define KOERS_DB_WHO_H

#include <stdint.h>

struct db_who {
	int64_t		 user_id;	/* 0: nobody (system) */
	const char	*username;
	const char	*client;	/* peer address, "cli", "import" */
};

#endif
