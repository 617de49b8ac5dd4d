/*
 * routes.c: the map of the application.  Every path Koers answers is here,
 * with the roles that may call it.  The authorization test walks this table:
 * a route added without a deliberate role fails it.
 */
#include "handlers.h"
#include "router.h"

#define R_READ	ROLE_ANY	/* every logged-in role reads the budget */
/* Who works with quarterly figures; the handler checks the unit's scope. */
#define R_ENTRY	(ROLE_MANAGER | ROLE_DIRECTOR | ROLE_CMT | ROLE_ADMINISTRATOR)

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

	/* Quarterly figures: my work, the entry form, the workflow, import. */
	{ HTTP_GET, "/work", page_work, R_ENTRY, 0 },
	{ HTTP_POST, "/periods/{}/state", page_work_period_state,
	    ROLE_ADMINISTRATOR, 0 },
	{ HTTP_GET, "/entry/{}/{}", page_entry_show, R_ENTRY, 0 },
	{ HTTP_POST, "/entry/{}/{}", page_entry_save, ROLE_MANAGER, 0 },
	{ HTTP_GET, "/entry/{}/{}/template.csv", page_entry_template, R_ENTRY, 0 },
	{ HTTP_POST, "/entry/{}/{}/decision", page_entry_decide,
	    ROLE_DIRECTOR | ROLE_CMT, 0 },
	{ HTTP_POST, "/entry/{}/{}/reopen", page_entry_reopen,
	    ROLE_ADMINISTRATOR, 0 },
	{ HTTP_GET, "/figures/{}/{}/{}", page_figure_show, R_READ, 0 },
	{ HTTP_GET, "/import", page_import_form, ROLE_MANAGER, 0 },
	{ HTTP_POST, "/import", page_import_upload, ROLE_MANAGER, 0 },

	/* JSON API, version 1. */
	{ HTTP_GET, "/api/v1/years", api_years, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/periods", api_periods, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/org-units", api_org_units, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/programmes", api_programmes, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/programmes/{id}", api_programme, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/indicators/{id}", api_indicator_show, ROLE_PUBLIC, RF_API },
	{ HTTP_GET, "/api/v1/figures", api_figures_list, R_ENTRY, RF_API },
	{ HTTP_PUT, "/api/v1/figures/{}/{}/{}", api_figure_put, ROLE_MANAGER,
	    RF_API },
	{ HTTP_POST, "/api/v1/submissions/{}/{}/{}", api_submission_action,
	    R_ENTRY, RF_API },
};
const size_t routes_len = sizeof(routes) / sizeof(routes[0]);
