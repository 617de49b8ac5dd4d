/*
 * handlers.h: every route handler, by file.  routes.c ties them to paths.
 * Each handler's comment (in its file) names the HTTP codes it raises.
 */
#ifndef KOERS_HANDLERS_H
#define KOERS_HANDLERS_H

#include "http.h"

/* page.c: the error page (HTML, or JSON on API routes); the router's too. */
void	page_error(struct req *, struct resp *, int status, const char *msg);
/* page_home.c */
void	page_home(struct req *, struct resp *);
void	page_health(struct req *, struct resp *);
void	page_accessibility(struct req *, struct resp *);
/* page_dashboard*.c: the dashboards (every logged-in role). */
void	page_dashboard(struct req *, struct resp *);
void	page_dashboard_programme(struct req *, struct resp *);
void	page_dashboard_drill(struct req *, struct resp *);
void	page_dashboard_org(struct req *, struct resp *);
void	page_dashboard_deviations(struct req *, struct resp *);

/* page_programme.c */
void	page_programme_list(struct req *, struct resp *);
void	page_programme_show(struct req *, struct resp *);
/* page_indicator.c */
void	page_indicator_show(struct req *, struct resp *);
/* page_org.c */
void	page_org_tree(struct req *, struct resp *);
void	page_org_show(struct req *, struct resp *);
/* static.c */
void	static_serve(struct req *, struct resp *);
/* api_structure.c */
void	api_years(struct req *, struct resp *);
void	api_periods(struct req *, struct resp *);
void	api_org_units(struct req *, struct resp *);
void	api_programmes(struct req *, struct resp *);
void	api_programme(struct req *, struct resp *);
void	api_indicator_show(struct req *, struct resp *);
/* page_report.c */
void	page_report_list(struct req *, struct resp *);
void	page_report_new(struct req *, struct resp *);
void	page_report_create(struct req *, struct resp *);
void	page_report_edit(struct req *, struct resp *);
void	page_report_save(struct req *, struct resp *);
void	page_report_publish(struct req *, struct resp *);
/* page_report_view.c */
void	page_report_preview(struct req *, struct resp *);
void	page_report_version(struct req *, struct resp *);
void	page_report_compare(struct req *, struct resp *);
void	page_report_export(struct req *, struct resp *);
/* api_report.c */
void	api_reports(struct req *, struct resp *);
void	api_report(struct req *, struct resp *);
void	api_report_export(struct req *, struct resp *);
void	api_report_publish(struct req *, struct resp *);
/* page_login.c */
void	page_login(struct req *, struct resp *);
void	page_login_post(struct req *, struct resp *);
void	page_logout_confirm(struct req *, struct resp *);
void	page_logout(struct req *, struct resp *);
/* page_account.c */
void	page_account(struct req *, struct resp *);
void	page_account_password(struct req *, struct resp *);
void	page_account_token_create(struct req *, struct resp *);
void	page_account_token_revoke(struct req *, struct resp *);
/* page_admin_uom.c */
void	page_admin_uoms(struct req *, struct resp *);
void	page_admin_uom_create(struct req *, struct resp *);
void	page_admin_uom_rename(struct req *, struct resp *);
/* api_uom.c */
void	api_uoms(struct req *, struct resp *);
void	api_uom_create(struct req *, struct resp *);
void	api_uom_rename(struct req *, struct resp *);
/* page_admin_user.c */
void	page_admin_users(struct req *, struct resp *);
void	page_admin_user_create(struct req *, struct resp *);
void	page_admin_user(struct req *, struct resp *);
void	page_admin_user_role_add(struct req *, struct resp *);
void	page_admin_user_role_remove(struct req *, struct resp *);
void	page_admin_user_password(struct req *, struct resp *);
void	page_admin_user_deactivate(struct req *, struct resp *);
void	page_admin_user_activate(struct req *, struct resp *);
/* page_budget.c, page_amendment.c */
void	page_budget_index(struct req *, struct resp *);
void	page_budget(struct req *, struct resp *);
void	page_budget_line_create(struct req *, struct resp *);
void	page_budget_line(struct req *, struct resp *);
void	page_budget_line_save(struct req *, struct resp *);
void	page_amendments(struct req *, struct resp *);
void	page_amendment_create(struct req *, struct resp *);
void	page_amendment(struct req *, struct resp *);

/* api_budget.c */
void	api_budget_lines(struct req *, struct resp *);
void	api_budget_line_show(struct req *, struct resp *);
void	api_budget_line_create(struct req *, struct resp *);
void	api_budget_line_put(struct req *, struct resp *);
void	api_amendments(struct req *, struct resp *);
void	api_amendment_create(struct req *, struct resp *);

/* api_rollup.c */
void	api_rollup_programmes(struct req *, struct resp *);
void	api_rollup_programme(struct req *, struct resp *);
void	api_rollup_org_unit(struct req *, struct resp *);
/* page_entry.c */
void	page_entry_show(struct req *, struct resp *);
void	page_entry_save(struct req *, struct resp *);
/* page_entry_workflow.c */
void	page_entry_workflow_decide(struct req *, struct resp *);
void	page_entry_workflow_reopen(struct req *, struct resp *);
/* page_work.c */
void	page_work(struct req *, struct resp *);
void	page_work_period_state(struct req *, struct resp *);
/* page_figure.c */
void	page_figure_show(struct req *, struct resp *);
/* page_import.c */
void	page_import_form(struct req *, struct resp *);
void	page_import_upload(struct req *, struct resp *);
void	page_import_template(struct req *, struct resp *);
/* api_entry.c */
void	api_figures_list(struct req *, struct resp *);
void	api_figure_put(struct req *, struct resp *);
void	api_submission_action(struct req *, struct resp *);
/* page_year.c: the budget year's life cycle (issue 14). */
void	page_year_list(struct req *, struct resp *);
void	page_year_create(struct req *, struct resp *);
void	page_year_show(struct req *, struct resp *);
void	page_year_state(struct req *, struct resp *);
void	page_year_deadlines(struct req *, struct resp *);
/* page_orgtree.c: the org tree over the years. */
void	page_orgtree(struct req *, struct resp *);
void	page_orgtree_change(struct req *, struct resp *);
/* api_year.c */
void	api_year_create(struct req *, struct resp *);
void	api_year_state(struct req *, struct resp *);
void	api_period_deadlines(struct req *, struct resp *);
void	api_org_unit_create(struct req *, struct resp *);
void	api_org_unit_action(struct req *, struct resp *);

/* api_structure_edit.c: the programme structure of a concept year */
void	api_st_programme_create(struct req *, struct resp *);
void	api_st_programme_update(struct req *, struct resp *);
void	api_st_programme_delete(struct req *, struct resp *);
void	api_st_effect_create(struct req *, struct resp *);
void	api_st_effect_update(struct req *, struct resp *);
void	api_st_effect_delete(struct req *, struct resp *);
void	api_st_performance_create(struct req *, struct resp *);
void	api_st_performance_update(struct req *, struct resp *);
void	api_st_performance_delete(struct req *, struct resp *);
void	api_st_effect_indicator_create(struct req *, struct resp *);
void	api_st_performance_indicator_create(struct req *, struct resp *);
void	api_st_indicator_update(struct req *, struct resp *);
void	api_st_indicator_delete(struct req *, struct resp *);
void	api_st_unit_add(struct req *, struct resp *);
void	api_st_unit_remove(struct req *, struct resp *);
void	api_st_targets(struct req *, struct resp *);
void	api_st_year_renumber(struct req *, struct resp *);
void	api_st_programme_renumber(struct req *, struct resp *);
/* page_structure*.c: the same, as pages under /begroting/{year} */
void	page_st_programmes(struct req *, struct resp *);
void	page_st_programme_create(struct req *, struct resp *);
void	page_st_programme(struct req *, struct resp *);
void	page_st_programme_save(struct req *, struct resp *);
void	page_st_programme_delete(struct req *, struct resp *);
void	page_st_effect_create(struct req *, struct resp *);
void	page_st_effect_save(struct req *, struct resp *);
void	page_st_effect_delete(struct req *, struct resp *);
void	page_st_performance_create(struct req *, struct resp *);
void	page_st_performance_save(struct req *, struct resp *);
void	page_st_performance_delete(struct req *, struct resp *);
void	page_st_indicator_create(struct req *, struct resp *);
void	page_st_indicator(struct req *, struct resp *);
void	page_st_indicator_save(struct req *, struct resp *);
void	page_st_indicator_delete(struct req *, struct resp *);
void	page_st_unit_add(struct req *, struct resp *);
void	page_st_unit_remove(struct req *, struct resp *);
void	page_st_targets(struct req *, struct resp *);
void	page_st_programmes_renumber(struct req *, struct resp *);
void	page_st_programme_renumber(struct req *, struct resp *);

#endif
