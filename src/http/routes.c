/*
 * routes.c: the map of the application.  Every path Koers answers is here,
 * with the roles that may call it.  The authorization test
 * (tests/http/authz.test.mjs) walks this table through `koers routes
 * --json`: a route added without an entry in its expectation table fails it.
 */
#include "handlers.h"
#include "router.h"

#define R_READ	ROLE_ANY	/* every logged-in role reads the budget */
#define R_ADMIN	ROLE_ADMINISTRATOR
/* Who works with quarterly figures; the handler checks the unit's scope. */
#define R_ENTRY	ROLE_ENTRY
/* Published reports are read by every role; council staff (griffie) and
 * administrators compose, publish and see drafts (auth_composer()
 * hides drafts from the others on the shared routes). */
#define R_REPORT	ROLE_ANY
#define R_COMPOSE	ROLE_COMPOSER
/*
 * Who keeps the units of measure (page and API alike): role.h.
 */
#define R_UOM_EDIT	ROLE_UOM_EDIT
/* The begroting's maintenance: concern control.  Quarter deadlines also the
 * administrator, who opens and closes the quarters (/periods/{period}/state)
 * and so keeps their calendar; they see the year pages for that. */
#define R_BEGROTING	ROLE_BEGROTING	/* below /begroting, {id} and {year} are the budget year */
#define R_DEADLINES	(ROLE_BEGROTING | ROLE_ADMINISTRATOR)

const struct route routes[] = {
	/* Public: no login. */
	{ HTTP_GET, "/healthz", page_health, ROLE_PUBLIC, RF_NOLANG },
	{ HTTP_GET, "/static/{*}", static_serve, ROLE_PUBLIC, RF_NOLANG },
	{ HTTP_GET, "/toegankelijkheid", page_accessibility, ROLE_PUBLIC, 0 },
	{ HTTP_GET, "/login", page_login, ROLE_PUBLIC, 0 },
	/* No session yet: the form carries its own double-submit token. */
	{ HTTP_POST, "/login", page_login_post, ROLE_PUBLIC, RF_NOCSRF },

	/* Own session and account: every logged-in role. */
	{ HTTP_GET, "/logout", page_logout_confirm, ROLE_ANY, 0 },
	{ HTTP_POST, "/logout", page_logout, ROLE_ANY, 0 },
	{ HTTP_GET, "/account", page_account, ROLE_ANY, 0 },
	/* A session with its CSRF token, never an API token (RF_SESSION). */
	{ HTTP_POST, "/account/password", page_account_password, ROLE_ANY,
	  RF_SESSION },
	{ HTTP_POST, "/account/tokens", page_account_token_create, ROLE_ANY,
	  RF_SESSION },
	{ HTTP_POST, "/account/tokens/{id}/revoke", page_account_token_revoke,
	  ROLE_ANY, 0 },

	/* Pages. */
	{ HTTP_GET, "/", page_home, R_READ, 0 },
	{ HTTP_GET, "/programmes", page_programme_list, R_READ, 0 },
	{ HTTP_GET, "/programmes/{id}", page_programme_show, R_READ, 0 },
	{ HTTP_GET, "/indicators/{id}", page_indicator_show, R_READ, 0 },
	{ HTTP_GET, "/org", page_org_tree, R_READ, 0 },
	{ HTTP_GET, "/org/{id}", page_org_show, R_READ, 0 },
	/* Dashboards: every logged-in role reads every dashboard. */
	{ HTTP_GET, "/dashboard", page_dashboard, R_READ, 0 },
	{ HTTP_GET, "/dashboard/programmes/{id}", page_dashboard_programme,
	  R_READ, 0 },
	{ HTTP_GET, "/dashboard/indicators/{id}", page_dashboard_drill,
	  R_READ, 0 },
	{ HTTP_GET, "/dashboard/org/{id}", page_dashboard_org, R_READ, 0 },
	{ HTTP_GET, "/dashboard/deviations", page_dashboard_deviations,
	  R_READ, 0 },

	/* User administration. */
	{ HTTP_GET, "/admin/users", page_admin_users, R_ADMIN, 0 },
	{ HTTP_POST, "/admin/users", page_admin_user_create, R_ADMIN, 0 },
	{ HTTP_GET, "/admin/users/{id}", page_admin_user, R_ADMIN, 0 },
	{ HTTP_POST, "/admin/users/{id}/roles", page_admin_user_role_add,
	  R_ADMIN, 0 },
	{ HTTP_POST, "/admin/users/{id}/roles/remove",
	  page_admin_user_role_remove, R_ADMIN, 0 },
	{ HTTP_POST, "/admin/users/{id}/password", page_admin_user_password,
	  R_ADMIN, 0 },
	{ HTTP_POST, "/admin/users/{id}/deactivate", page_admin_user_deactivate,
	  R_ADMIN, 0 },
	{ HTTP_POST, "/admin/users/{id}/activate", page_admin_user_activate,
	  R_ADMIN, 0 },

	/* Units of measure (eenheden): labels in Dutch and English. */
	{ HTTP_GET, "/admin/units-of-measure", page_admin_uoms, R_UOM_EDIT, 0 },
	{ HTTP_POST, "/admin/units-of-measure", page_admin_uom_create,
	  R_UOM_EDIT, 0 },
	{ HTTP_POST, "/admin/units-of-measure/rename", page_admin_uom_rename,
	  R_UOM_EDIT, 0 },
	{ HTTP_GET, "/api/v1/units-of-measure", api_uoms, R_READ, RF_API },
	{ HTTP_POST, "/api/v1/units-of-measure", api_uom_create, R_UOM_EDIT,
	  RF_API },
	{ HTTP_PUT, "/api/v1/units-of-measure", api_uom_rename, R_UOM_EDIT,
	  RF_API },
	/* The begroting: budget years, their quarters' deadlines, the org
	 * tree over the years (issue 14). */
	{ HTTP_GET, "/begroting", page_year_list, R_DEADLINES, 0 },
	{ HTTP_POST, "/begroting", page_year_create, R_BEGROTING, 0 },
	{ HTTP_GET, "/begroting/org", page_orgtree, R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/org/{action}", page_orgtree_change,
	  R_BEGROTING, 0 },
	{ HTTP_GET, "/begroting/{year}", page_year_show, R_DEADLINES, 0 },
	{ HTTP_POST, "/begroting/{year}/state", page_year_state, R_BEGROTING,
	  0 },
	{ HTTP_POST, "/periods/{period}/deadlines", page_year_deadlines,
	  R_DEADLINES, 0 },
	/* Budget lines and begrotingswijzigingen (issue 14). */
	{ HTTP_GET, "/begroting/budget", page_budget_index, R_BEGROTING, 0 },
	{ HTTP_GET, "/begroting/{year}/budget", page_budget, R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/budget", page_budget_line_create,
	  R_BEGROTING, 0 },
	{ HTTP_GET, "/begroting/{year}/lines/{id}", page_budget_line, R_BEGROTING,
	  0 },
	{ HTTP_POST, "/begroting/{year}/lines/{id}", page_budget_line_save,
	  R_BEGROTING, 0 },
	{ HTTP_GET, "/begroting/{year}/amendments", page_amendments, R_BEGROTING,
	  0 },
	{ HTTP_POST, "/begroting/{year}/amendments", page_amendment_create,
	  R_BEGROTING, 0 },
	{ HTTP_GET, "/begroting/{year}/amendments/{id}", page_amendment,
	  R_BEGROTING, 0 },

	/* Quarterly figures: my work, the entry form, the workflow, import. */
	{ HTTP_GET, "/work", page_work, R_READ, 0 },
	{ HTTP_POST, "/periods/{period}/state", page_work_period_state,
	    ROLE_ADMINISTRATOR, 0 },
	{ HTTP_GET, "/entry/{id}/{period}", page_entry_show, R_ENTRY, 0 },
	{ HTTP_POST, "/entry/{id}/{period}", page_entry_save, ROLE_MANAGER, 0 },
	{ HTTP_GET, "/entry/{id}/{period}/template.csv", page_import_template, R_ENTRY, 0 },
	{ HTTP_GET, "/entry/{id}/{period}/template.xlsx", page_import_template, R_ENTRY, 0 },
	{ HTTP_POST, "/entry/{id}/{period}/decision", page_entry_workflow_decide,
	    ROLE_DIRECTOR | ROLE_CMT, 0 },
	{ HTTP_POST, "/entry/{id}/{period}/reopen", page_entry_workflow_reopen,
	    ROLE_ADMINISTRATOR, 0 },
	{ HTTP_GET, "/figures/{indicator}/{id}/{period}", page_figure_show, R_READ, 0 },
	{ HTTP_GET, "/import", page_import_form, ROLE_MANAGER, 0 },
	{ HTTP_POST, "/import", page_import_upload, ROLE_MANAGER, RF_UPLOAD },
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
	{ HTTP_GET, "/reports/{id}/export.odt", page_report_export, R_REPORT, 0 },
	{ HTTP_GET, "/reports/{id}/export-nl.csv", page_report_export, R_REPORT, 0 },

	/* The programme structure of a budget year (concern control). */
	{ HTTP_GET, "/begroting/{year}/programmes", page_st_programmes,
	  R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/programmes", page_st_programme_create,
	  R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/programmes/renumber",
	  page_st_programmes_renumber, R_BEGROTING, 0 },
	{ HTTP_GET, "/begroting/{year}/programmes/{id}", page_st_programme,
	  R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/programmes/{id}/renumber",
	  page_st_programme_renumber, R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/programmes/{id}", page_st_programme_save,
	  R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/programmes/{id}/delete",
	  page_st_programme_delete, R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/programmes/{id}/effects",
	  page_st_effect_create, R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/effects/{id}", page_st_effect_save,
	  R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/effects/{id}/delete",
	  page_st_effect_delete, R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/programmes/{id}/performances",
	  page_st_performance_create, R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/performances/{id}",
	  page_st_performance_save, R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/performances/{id}/delete",
	  page_st_performance_delete, R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/programmes/{id}/indicators",
	  page_st_indicator_create, R_BEGROTING, 0 },
	{ HTTP_GET, "/begroting/{year}/indicators/{id}", page_st_indicator,
	  R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/indicators/{id}", page_st_indicator_save,
	  R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/indicators/{id}/delete",
	  page_st_indicator_delete, R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/indicators/{id}/units",
	  page_st_unit_add, R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/indicators/{id}/units/remove",
	  page_st_unit_remove, R_BEGROTING, 0 },
	{ HTTP_POST, "/begroting/{year}/indicators/{id}/targets",
	  page_st_targets, R_BEGROTING, 0 },

	/* JSON API, version 1. */
	{ HTTP_GET, "/api/v1/years", api_years, R_READ, RF_API },
	{ HTTP_GET, "/api/v1/periods", api_periods, R_READ, RF_API },
	{ HTTP_POST, "/api/v1/years", api_year_create, R_BEGROTING, RF_API },
	{ HTTP_POST, "/api/v1/years/{year}/state", api_year_state, R_BEGROTING,
	  RF_API },
	{ HTTP_PUT, "/api/v1/periods/{period}/deadlines", api_period_deadlines,
	  R_DEADLINES, RF_API },
	{ HTTP_POST, "/api/v1/org-units", api_org_unit_create, R_BEGROTING,
	  RF_API },
	{ HTTP_POST, "/api/v1/org-units/{id}/{action}", api_org_unit_action,
	  R_BEGROTING, RF_API },
	{ HTTP_GET, "/api/v1/org-units", api_org_units, R_READ, RF_API },
	{ HTTP_GET, "/api/v1/programmes", api_programmes, R_READ, RF_API },
	{ HTTP_GET, "/api/v1/programmes/{id}", api_programme, R_READ, RF_API },
	{ HTTP_GET, "/api/v1/indicators/{id}", api_indicator_show, R_READ, RF_API },
	/* Rollups: every logged-in role. */
	{ HTTP_GET, "/api/v1/rollup/programmes", api_rollup_programmes, R_READ, RF_API },
	{ HTTP_GET, "/api/v1/rollup/programmes/{id}", api_rollup_programme, R_READ, RF_API },
	{ HTTP_GET, "/api/v1/rollup/org-units/{id}", api_rollup_org_unit, R_READ, RF_API },
	/* The begroting: concern control only (issue 14). */
	{ HTTP_GET, "/api/v1/budget-lines", api_budget_lines, R_BEGROTING, RF_API },
	{ HTTP_POST, "/api/v1/budget-lines", api_budget_line_create, R_BEGROTING,
	    RF_API },
	{ HTTP_GET, "/api/v1/budget-lines/{id}", api_budget_line_show, R_BEGROTING,
	    RF_API },
	{ HTTP_PUT, "/api/v1/budget-lines/{id}", api_budget_line_put, R_BEGROTING,
	    RF_API },
	{ HTTP_GET, "/api/v1/amendments", api_amendments, R_BEGROTING, RF_API },
	{ HTTP_POST, "/api/v1/amendments", api_amendment_create, R_BEGROTING,
	    RF_API },
	{ HTTP_GET, "/api/v1/figures", api_figures_list, R_ENTRY, RF_API },
	{ HTTP_PUT, "/api/v1/figures/{indicator}/{id}/{period}", api_figure_put, ROLE_MANAGER,
	    RF_API },
	{ HTTP_POST, "/api/v1/submissions/{id}/{period}/{action}", api_submission_action,
	    R_ENTRY, RF_API },
	{ HTTP_GET, "/api/v1/reports", api_reports, R_REPORT, RF_API },
	{ HTTP_GET, "/api/v1/reports/{id}", api_report, R_REPORT, RF_API },
	{ HTTP_GET, "/api/v1/reports/{id}/export.pdf", api_report_export, R_REPORT, RF_API },
	{ HTTP_GET, "/api/v1/reports/{id}/export.xlsx", api_report_export, R_REPORT, RF_API },
	{ HTTP_GET, "/api/v1/reports/{id}/export.csv", api_report_export, R_REPORT, RF_API },
	{ HTTP_GET, "/api/v1/reports/{id}/export.json", api_report_export, R_REPORT, RF_API },
	{ HTTP_GET, "/api/v1/reports/{id}/export.odt", api_report_export, R_REPORT, RF_API },
	{ HTTP_GET, "/api/v1/reports/{id}/export-nl.csv", api_report_export, R_REPORT, RF_API },
	{ HTTP_POST, "/api/v1/reports/{id}/publish", api_report_publish, R_COMPOSE, RF_API },
	/* The programme structure of a concept year (concern control). */
	{ HTTP_POST, "/api/v1/programmes", api_st_programme_create, R_BEGROTING,
	  RF_API },
	{ HTTP_PUT, "/api/v1/programmes/{id}", api_st_programme_update,
	  R_BEGROTING, RF_API },
	{ HTTP_DELETE, "/api/v1/programmes/{id}", api_st_programme_delete,
	  R_BEGROTING, RF_API },
	{ HTTP_POST, "/api/v1/programmes/{id}/effects", api_st_effect_create,
	  R_BEGROTING, RF_API },
	{ HTTP_PUT, "/api/v1/effects/{id}", api_st_effect_update, R_BEGROTING,
	  RF_API },
	{ HTTP_DELETE, "/api/v1/effects/{id}", api_st_effect_delete,
	  R_BEGROTING, RF_API },
	{ HTTP_POST, "/api/v1/effects/{id}/performances",
	  api_st_performance_create, R_BEGROTING, RF_API },
	{ HTTP_POST, "/api/v1/effects/{id}/indicators",
	  api_st_effect_indicator_create, R_BEGROTING, RF_API },
	{ HTTP_PUT, "/api/v1/performances/{id}", api_st_performance_update,
	  R_BEGROTING, RF_API },
	{ HTTP_DELETE, "/api/v1/performances/{id}", api_st_performance_delete,
	  R_BEGROTING, RF_API },
	{ HTTP_POST, "/api/v1/performances/{id}/indicators",
	  api_st_performance_indicator_create, R_BEGROTING, RF_API },
	{ HTTP_PUT, "/api/v1/indicators/{id}", api_st_indicator_update,
	  R_BEGROTING, RF_API },
	{ HTTP_DELETE, "/api/v1/indicators/{id}", api_st_indicator_delete,
	  R_BEGROTING, RF_API },
	{ HTTP_POST, "/api/v1/indicators/{id}/units", api_st_unit_add,
	  R_BEGROTING, RF_API },
	{ HTTP_DELETE, "/api/v1/indicators/{indicator}/units/{id}",
	  api_st_unit_remove, R_BEGROTING, RF_API },
	{ HTTP_PUT, "/api/v1/indicators/{indicator}/targets/{id}",
	  api_st_targets, R_BEGROTING, RF_API },
	{ HTTP_POST, "/api/v1/years/{id}/renumber", api_st_year_renumber,
	  R_BEGROTING, RF_API },
	{ HTTP_POST, "/api/v1/programmes/{id}/renumber",
	  api_st_programme_renumber, R_BEGROTING, RF_API },
};
const size_t routes_len = sizeof(routes) / sizeof(routes[0]);
