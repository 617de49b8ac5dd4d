/*
 * routes.c: the map of the application.  Every path Koers answers is here,
 * with the roles that may call it.  The authorization test walks this table:
 * a route added without a deliberate role fails it.
 */
#include "handlers.h"
#include "router.h"

#define R_READ	ROLE_ANY	/* every logged-in role reads the budget */

const struct route routes[] = {
	/* Public: no login. */
	{ HTTP_GET, "/healthz", page_health, ROLE_PUBLIC, RF_NOLANG },
	{ HTTP_GET, "/static/{*}", static_serve, ROLE_PUBLIC, RF_NOLANG },

	{ HTTP_GET, "/toegankelijkheid", page_accessibility, ROLE_PUBLIC, 0 },

	/* Pages. */
	{ HTTP_GET, "/", page_home, ROLE_PUBLIC, 0 },
	{ HTTP_GET, "/programmes", page_programme_list, ROLE_PUBLIC, 0 },
	{ HTTP_GET, "/programmes/{id}", page_programme_show, ROLE_PUBLIC, 0 },
	{ HTTP_GET, "/indicators/{id}", page_indicator_show, ROLE_PUBLIC, 0 },
	{ HTTP_GET, "/org", page_org_tree, ROLE_PUBLIC, 0 },
	{ HTTP_GET, "/org/{id}", page_org_show, ROLE_PUBLIC, 0 },

	/* JSON API, version 1. */
	{ HTTP_GET, "/api/v1/years", api_years, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/periods", api_periods, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/org-units", api_org_units, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/programmes", api_programmes, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/programmes/{id}", api_programme, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/indicators/{id}", api_indicator_show, ROLE_PUBLIC, RF_API },
	/* Rollups: every logged-in role. */
	{ HTTP_GET, "/api/v1/rollup/programmes", api_rollup_programmes, ROLE_ANY, RF_API },
	{ HTTP_GET, "/api/v1/rollup/programmes/{id}", api_rollup_programme, ROLE_ANY, RF_API },
	{ HTTP_GET, "/api/v1/rollup/org-units/{id}", api_rollup_org_unit, ROLE_ANY, RF_API },
};
const size_t routes_len = sizeof(routes) / sizeof(routes[0]);
