/*
 * routes.c: the map of the application.  Every path Koers answers is here,
 * with the roles that may call it.  The authorization test walks this table:
 * a route added without a deliberate role fails it.
 */
#include "handlers.h"
#include "router.h"

#define R_READ	ROLE_ANY	/* every logged-in role reads the budget */
/* Published reports are read by every role; council staff (griffie) and
 * administrators compose, publish and see drafts (page_report_composer()
 * hides drafts from the others on the shared routes). */
#define R_REPORT	ROLE_ANY
#define R_COMPOSE	(ROLE_COUNCIL | ROLE_ADMINISTRATOR)

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

	/* Progress reports. */
	{ HTTP_GET, "/reports", page_report_list, R_REPORT, 0 },
	{ HTTP_POST, "/reports", page_report_create, R_COMPOSE, 0 },
	{ HTTP_GET, "/reports/new", page_report_new, R_COMPOSE, 0 },
	{ HTTP_GET, "/reports/{id}", page_report_edit, R_COMPOSE, 0 },
	{ HTTP_POST, "/reports/{id}", page_report_save, R_COMPOSE, 0 },
	{ HTTP_GET, "/reports/{id}/preview", page_report_preview, R_COMPOSE, 0 },
	{ HTTP_POST, "/reports/{id}/publish", page_report_publish, R_COMPOSE, 0 },
	{ HTTP_GET, "/reports/{id}/versions/{v}", page_report_version, R_REPORT, 0 },
	{ HTTP_GET, "/reports/{id}/compare", page_report_compare, R_REPORT, 0 },
	{ HTTP_GET, "/reports/{id}/export.pdf", page_report_export, R_REPORT, 0 },
	{ HTTP_GET, "/reports/{id}/export.xlsx", page_report_export, R_REPORT, 0 },
	{ HTTP_GET, "/reports/{id}/export.csv", page_report_export, R_REPORT, 0 },
	{ HTTP_GET, "/reports/{id}/export.json", page_report_export, R_REPORT, 0 },

	/* JSON API, version 1. */
	{ HTTP_GET, "/api/v1/years", api_years, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/periods", api_periods, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/org-units", api_org_units, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/programmes", api_programmes, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/programmes/{id}", api_programme, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/indicators/{id}", api_indicator_show, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/reports", api_reports, R_REPORT, RF_API },
	{ HTTP_GET, "/api/v1/reports/{id}", api_report, R_REPORT, RF_API },
	{ HTTP_GET, "/api/v1/reports/{id}/export.pdf", api_report_export, R_REPORT, RF_API },
	{ HTTP_GET, "/api/v1/reports/{id}/export.xlsx", api_report_export, R_REPORT, RF_API },
	{ HTTP_GET, "/api/v1/reports/{id}/export.csv", api_report_export, R_REPORT, RF_API },
	{ HTTP_GET, "/api/v1/reports/{id}/export.json", api_report_export, R_REPORT, RF_API },
};
const size_t routes_len = sizeof(routes) / sizeof(routes[0]);
