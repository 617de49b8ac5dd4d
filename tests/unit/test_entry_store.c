/*
 * test_entry_store.c: the entry form's data layer and unit of work against
 * a real migrated database: load, draft save, submit, conflicts, workflow
 * locks, reopen, audit and history, read-only database.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "audit.h"
#include "db.h"
#include "db_period.h"
#include "entry_store.h"
#include "router.h"
#include "testdb.h"

/*
 * Unit 3 (team) reports: 1 a summed count (0 decimals, min 0), 2 a
 * percentage ratio (1 decimal, 0..100), 3 a cumulative sum.  It owns
 * performance 1 (year budget 400,000).  2014-Q2 closed, Q3 open, Q4
 * planned.
 */
static const char fixture[] =
    "INSERT INTO org_unit(id, parent_id, kind, code, name) VALUES"
    " (1, NULL, 'gemeente', 'GEM', 'Gemeente'),"
    " (2, 1, 'afdeling', 'PZ', 'Publiekszaken'),"
    " (3, 2, 'team', 'PZ-BZ', 'Burgerzaken'),"
    " (4, 1, 'afdeling', 'FIN', 'Financien');"
    "INSERT INTO budget_year(year, state) VALUES (2014, 'adopted');"
    "INSERT INTO period(id, year, quarter, state, deadline) VALUES"
    " (2, 2014, 2, 'closed', '2014-07-15'),"
    " (3, 2014, 3, 'open', '2014-10-15'),"
    " (4, 2014, 4, 'planned', '2015-01-15');"
    "INSERT INTO programme(id, year, number, name, directie_id)"
    " VALUES (1, 2014, 10, 'Dienstverlening', 2);"
    "INSERT INTO effect(id, programme_id, number, name) VALUES (1, 1, 1, 'Klant');"
    "INSERT INTO performance(id, effect_id, number, name, org_unit_id,"
    " budget_cents) VALUES (1, 1, 1, 'Balie', 3, 40000000);"
    "INSERT INTO indicator(id, performance_id, code, name, unit, direction,"
    " aggregation, cumulative, decimals, tolerance_bp, min_value, max_value)"
    " VALUES (1, 1, 'A', 'Aanvragen', 'aantal', 'up', 'sum', 0, 0, 1000, 0, NULL),"
    " (2, 1, 'B', 'Binnen 10 minuten', '%', 'up', 'ratio', 0, 1, 1000, 0, 1000),"
    " (3, 1, 'C', 'Documenten', 'aantal', 'up', 'sum', 1, 0, 1000, 0, NULL);"
    "INSERT INTO indicator_unit VALUES (1, 3), (2, 3), (3, 3);"
    "INSERT INTO target(indicator_id, org_unit_id, year, quarter, value) VALUES"
    " (1, 3, 2014, 3, 100), (1, 3, 2014, 0, 400),"
    " (2, 3, 2014, 3, 800), (3, 3, 2014, 3, 300);"
    "INSERT INTO figure(indicator_id, org_unit_id, period_id, value,"
    " explanation, updated_at) VALUES (1, 3, 2, 95, 'Vakantie', 'x'),"
    " (3, 3, 2, 100, '', 'x');"
    "INSERT INTO user(id, username, display_name, created_at) VALUES"
    " (7, 'manager', 'Mia Manager', 'x'), (8, 'directeur', 'Dirk', 'x'),"
    " (9, 'beheer', 'Bea', 'x');";

struct fx {
	struct db	*db;
	char		 path[256];
	struct period	 p;
};

static const struct db_who mgr = { 7, "manager", "127.0.0.1" };
static const struct db_who dir = { 8, "directeur", "127.0.0.1" };
static const struct db_who adm = { 9, "beheer", "127.0.0.1" };

static int
setup(void **state)
{
	struct fx *x = calloc(1, sizeof(*x));

	if (x == NULL || (x->db = testdb_new(x->path, sizeof(x->path))) == NULL)
		return -1;
	if (!testdb_exec(x->db, fixture) ||
	    !db_period_get_by_name(x->db, "2014-Q3", &x->p))
		return -1;
	*state = x;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *x = *state;

	testdb_free(x->db, x->path);
	free(x);
	return 0;
}

static size_t
fig_ix(const struct entry_form *f, const char *code)
{
	size_t i;

	for (i = 0; i < f->fign; i++)
		if (strcmp(f->figs[i].ind.code, code) == 0)
			return i;
	fail_msg("no indicator %s", code);
	return 0;
}

static int64_t
count(struct db *db, const char *sql)
{
	sqlite3_stmt	*st;
	int64_t		 n = -1;

	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* Save a draft with A and the ratio B; returns the result. */
static enum entry_res
save_draft(struct fx *x, const char *a, int64_t va, const char *num,
    const char *den, int64_t vb, enum wf_action act, unsigned roles,
    struct entry_outcome *o)
{
	struct entry_form	*f;
	struct entry_fig_in	 in[3];
	enum entry_res		 res;

	memset(in, 0, sizeof(in));
	assert_non_null(f = entry_store_form(x->db, 3, &x->p));
	in[fig_ix(f, "A")].present = 1;
	in[fig_ix(f, "A")].version = va;
	in[fig_ix(f, "A")].text.value = a;
	in[fig_ix(f, "A")].text.forecast = "400";
	in[fig_ix(f, "B")].present = 1;
	in[fig_ix(f, "B")].version = vb;
	in[fig_ix(f, "B")].text.numerator = num;
	in[fig_ix(f, "B")].text.denominator = den;
	in[fig_ix(f, "B")].text.forecast = "80";
	assert_true(entry_store_outcome_init(o, f));
	res = entry_store_save(x->db, f, in, NULL, act, roles, &mgr, o);
	entry_store_form_free(f);
	return res;
}

static void
the_form_lists_indicators_targets_last_period_and_costs(void **state)
{
	struct fx		*x = *state;
	struct entry_form	*f;
	const struct form_figure *a, *c;

	assert_non_null(f = entry_store_form(x->db, 3, &x->p));
	assert_int_equal(f->fign, 3);
	a = &f->figs[fig_ix(f, "A")];
	assert_true(a->has_target);
	assert_int_equal(a->target, 100);
	assert_int_equal(a->year_target, 400);
	assert_true(a->has_last);
	assert_int_equal(a->last.value, 95);
	assert_string_equal(a->last.explanation, "Vakantie");
	assert_int_equal(a->cur.version, 0);
	c = &f->figs[fig_ix(f, "C")];
	assert_int_equal(c->earliern, 1);
	assert_int_equal(c->earlier[0].value, 100);
	assert_int_equal(f->costn, 1);
	assert_int_equal(f->costs[0].cur.budget_cents, 30000000);
	assert_int_equal(f->sub.state, SUB_NONE);
	assert_int_equal(f->threshold_bp, 1000);
	assert_string_equal(f->unit_code, "PZ-BZ");
	entry_store_form_free(f);
	/* A unit that reports nothing has an empty form. */
	assert_non_null(f = entry_store_form(x->db, 4, &x->p));
	assert_int_equal(f->fign, 0);
	entry_store_form_free(f);
	assert_null(entry_store_form(x->db, 99, &x->p));
}

static void
a_draft_save_writes_figures_audit_and_state_in_one_go(void **state)
{
	struct fx		*x = *state;
	struct entry_outcome	 o;
	struct entry_form	*f;
	struct figure_event	*h;
	size_t			 hn;
	int64_t			 bad, n;

	/* Ratio parts are whole counts (entry_num_decimals). */
	assert_int_equal(save_draft(x, "1.234.567", 0, "3135", "4040", 0,
	    WF_SAVE, ROLE_MANAGER, &o), ES_OK);
	entry_store_outcome_clear(&o);
	assert_non_null(f = entry_store_form(x->db, 3, &x->p));
	assert_int_equal(f->figs[fig_ix(f, "A")].cur.value, 1234567);
	assert_int_equal(f->figs[fig_ix(f, "A")].cur.version, 1);
	assert_string_equal(f->figs[fig_ix(f, "A")].cur.updated_by,
	    "Mia Manager");
	assert_int_equal(f->figs[fig_ix(f, "B")].cur.value, 776);
	assert_int_equal(f->figs[fig_ix(f, "B")].cur.numerator, 3135);
	assert_int_equal(f->sub.state, SUB_DRAFT);
	entry_store_form_free(f);
	assert_int_equal(count(x->db, "SELECT count(*) FROM audit WHERE"
	    " action = 'figure.create'"), 2);
	assert_int_equal(count(x->db, "SELECT count(*) FROM audit WHERE"
	    " action = 'submission.save' AND new_value = 'draft'"), 1);
	assert_int_equal(audit_verify(x->db, &bad, &n), AUDIT_INTACT);
	assert_int_equal(n, 3);
	assert_int_equal(audit_verify_figures(x->db, &bad), 1);
	/* Saving the same again changes nothing and writes no audit. */
	assert_int_equal(save_draft(x, "1234567", 1, "3135", "4040", 1,
	    WF_SAVE, ROLE_MANAGER, &o), ES_OK);
	entry_store_outcome_clear(&o);
	assert_int_equal(count(x->db, "SELECT count(*) FROM audit"), 3);
	/* A change is one update entry with old and new. */
	assert_int_equal(save_draft(x, "12", 1, "3135", "4040", 1,
	    WF_SAVE, ROLE_MANAGER, &o), ES_OK);
	entry_store_outcome_clear(&o);
	assert_true(db_figure_history(x->db, 1, 3, "2014-Q3", &h, &hn));
	assert_int_equal(hn, 2);
	assert_string_equal(h[0].action, "figure.update");
	assert_string_equal(h[0].username, "Mia Manager");	/* by name */
	assert_string_equal(h[0].old_value, "{\"value\":\"1234567\"}");
	assert_string_equal(h[0].new_value, "{\"value\":\"12\"}");
	db_figure_history_free(h, hn);
}

/*
 * A cost line saves the way a figure does (db_versioned_save): the first
 * save inserts it with the budget through the period, a later one updates
 * only what changed and never the budget, a stale version is refused with
 * the stored one, and an unchanged line writes nothing.
 */
static void
a_cost_line_saves_versioned_with_its_budget_once(void **state)
{
	struct fx		*x = *state;
	struct cost_key		 k = { 1, 3, "2014-Q3" };
	struct cost_vals	 v, got;
	int64_t			 nv = -1;

	memset(&v, 0, sizeof(v));
	v.budget_cents = 30000000;
	v.has_realised = 1;
	v.realised_cents = 12345;
	v.explanation = "Op schema";
	assert_int_equal(db_cost_save(x->db, &k, 0, &v, &mgr, &nv), DB_OK);
	assert_int_equal(nv, 1);
	assert_int_equal(db_cost_get(x->db, 1, 3, &got), 1);
	assert_int_equal(got.budget_cents, 30000000);
	assert_int_equal(got.realised_cents, 12345);
	assert_false(got.has_forecast);
	assert_string_equal(got.explanation, "Op schema");
	assert_string_equal(got.measure, "");
	assert_int_equal(got.version, 1);
	db_cost_vals_clear(&got);

	v.budget_cents = 1;		/* only a new line takes the budget */
	v.has_forecast = 1;
	v.forecast_cents = 400;
	assert_int_equal(db_cost_save(x->db, &k, 1, &v, &mgr, &nv), DB_OK);
	assert_int_equal(nv, 2);
	assert_int_equal(db_cost_get(x->db, 1, 3, &got), 1);
	assert_int_equal(got.budget_cents, 30000000);
	assert_int_equal(got.forecast_cents, 400);
	assert_int_equal(got.version, 2);
	db_cost_vals_clear(&got);
	assert_int_equal(count(x->db, "SELECT count(*) FROM audit WHERE"
	    " entity = 'cost' AND entity_id = '1/2014-Q3' AND action ="
	    " 'cost.update' AND old_value = '{\"forecast\":\"\"}' AND"
	    " new_value = '{\"forecast\":\"4.00\"}'"), 1);

	assert_int_equal(db_cost_save(x->db, &k, 1, &v, &mgr, &nv),
	    DB_CONFLICT);
	assert_int_equal(nv, 2);
	assert_int_equal(db_cost_save(x->db, &k, 2, &v, &mgr, &nv), DB_OK);
	assert_int_equal(nv, 2);
	assert_int_equal(count(x->db, "SELECT count(*) FROM audit WHERE"
	    " entity = 'cost'"), 2);
}

/*
 * A figure changed in the database behind the application's back, its
 * version raised as a save would, has no audit entry for that version:
 * the cross-check names it.
 */
static void
a_figure_changed_outside_the_log_is_named(void **state)
{
	struct fx		*x = *state;
	struct entry_outcome	 o;
	int64_t			 fig;
	long long		 id;

	assert_int_equal(save_draft(x, "1.234.567", 0, "3135", "4040", 0,
	    WF_SAVE, ROLE_MANAGER, &o), ES_OK);
	entry_store_outcome_clear(&o);
	assert_int_equal(save_draft(x, "1.234.568", 1, "3135", "4040", 1,
	    WF_SAVE, ROLE_MANAGER, &o), ES_OK);
	entry_store_outcome_clear(&o);
	assert_int_equal(audit_verify_figures(x->db, &fig), 1);
	id = count(x->db, "SELECT max(id) FROM figure");
	assert_true(testdb_exec(x->db, "UPDATE figure SET value = 1,"
	    " version = version + 1 WHERE id = (SELECT max(id) FROM figure)"));
	assert_int_equal(audit_verify_figures(x->db, &fig), 0);
	assert_int_equal(fig, id);
}

static void
a_stale_version_is_refused_and_nothing_is_written(void **state)
{
	struct fx		*x = *state;
	struct entry_outcome	 o;
	struct entry_form	*f;

	assert_int_equal(save_draft(x, "10", 0, "1", "2", 0, WF_SAVE,
	    ROLE_MANAGER, &o), ES_OK);
	entry_store_outcome_clear(&o);
	/* Somebody else saved A (now version 1); we still send 0 for A. */
	assert_int_equal(save_draft(x, "11", 0, "3", "4", 1, WF_SAVE,
	    ROLE_MANAGER, &o), ES_CONFLICT);
	assert_int_equal(o.conflicts, 1);
	entry_store_outcome_clear(&o);
	assert_non_null(f = entry_store_form(x->db, 3, &x->p));
	assert_int_equal(f->figs[fig_ix(f, "A")].cur.value, 10);
	/* B was not written either: one transaction. */
	assert_int_equal(f->figs[fig_ix(f, "B")].cur.numerator, 1);
	assert_int_equal(f->figs[fig_ix(f, "B")].cur.version, 1);
	entry_store_form_free(f);
}

static void
an_invalid_number_saves_nothing_and_says_which_field(void **state)
{
	struct fx		*x = *state;
	struct entry_outcome	 o;
	struct entry_form	*f;

	/* "1.234" is ambiguous whatever the indicator's decimals. */
	assert_int_equal(save_draft(x, "1.234", 0, "1", "2", 0, WF_SAVE,
	    ROLE_MANAGER, &o), ES_INVALID);
	assert_string_equal(o.figs[0].msgs.v[0].key, "T_ENTRY_NUM_AMBIGUOUS");
	assert_string_equal(o.figs[0].msgs.v[0].understood, "1.234 / 1234");
	entry_store_outcome_clear(&o);
	assert_non_null(f = entry_store_form(x->db, 3, &x->p));
	assert_int_equal(f->figs[0].cur.version, 0);
	assert_int_equal(f->sub.state, SUB_NONE);
	entry_store_form_free(f);
	assert_int_equal(save_draft(x, "12,5", 0, "1", "2", 0, WF_SAVE,
	    ROLE_MANAGER, &o), ES_INVALID);
	assert_int_equal(o.invalid, 1);
	assert_string_equal(o.figs[0].msgs.v[0].field, "value");
	assert_string_equal(o.figs[0].msgs.v[0].key, "T_ENTRY_NUM_DECIMALS");
	entry_store_outcome_clear(&o);
}

static void
submit_demands_the_whole_form_and_then_locks_it(void **state)
{
	struct fx		*x = *state;
	struct entry_outcome	 o;
	struct entry_form	*f;
	struct entry_fig_in	 in[3];
	struct entry_cost_in	 ci[1];
	enum wf_err		 wf;

	/* A and B only: C and the cost line are missing. */
	assert_int_equal(save_draft(x, "100", 0, "90", "100", 0, WF_SUBMIT,
	    ROLE_MANAGER, &o), ES_INVALID);
	assert_int_equal(o.invalid, 2);
	entry_store_outcome_clear(&o);
	assert_non_null(f = entry_store_form(x->db, 3, &x->p));
	assert_int_equal(f->sub.state, SUB_NONE);
	memset(in, 0, sizeof(in));
	memset(ci, 0, sizeof(ci));
	in[fig_ix(f, "A")] = (struct entry_fig_in){ 1, 0, { "100", "400",
	    NULL, NULL, NULL, NULL, NULL } };
	in[fig_ix(f, "B")] = (struct entry_fig_in){ 1, 0, { NULL, "80", "90",
	    "100", NULL, NULL, NULL } };
	/* Q2 100 + Q3 150 = 250 against 300 YTD: off track. */
	in[fig_ix(f, "C")] = (struct entry_fig_in){ 1, 0, { "150", "1000",
	    NULL, NULL, NULL, NULL, NULL } };
	ci[0] = (struct entry_cost_in){ 1, 0, { "300000", "400000", NULL,
	    NULL } };
	assert_true(entry_store_outcome_init(&o, f));
	assert_int_equal(entry_store_save(x->db, f, in, ci, WF_SUBMIT,
	    ROLE_MANAGER, &mgr, &o), ES_INVALID);
	assert_int_equal(o.figs[fig_ix(f, "C")].status, STATUS_OFF_TRACK);
	assert_int_equal(o.figs[fig_ix(f, "C")].msgs.n, 2);
	entry_store_outcome_clear(&o);
	in[fig_ix(f, "C")].text.explanation = "Storing in de printer.";
	in[fig_ix(f, "C")].text.measure = "Nieuwe printer.";
	assert_true(entry_store_outcome_init(&o, f));
	/* A director may not submit. */
	assert_int_equal(entry_store_save(x->db, f, in, ci, WF_SUBMIT,
	    ROLE_DIRECTOR, &dir, &o), ES_WORKFLOW);
	assert_int_equal(o.wf, WF_FORBIDDEN);
	assert_int_equal(entry_store_save(x->db, f, in, ci, WF_SUBMIT,
	    ROLE_MANAGER, &mgr, &o), ES_OK);
	entry_store_outcome_clear(&o);
	entry_store_form_free(f);
	/* Submitted: the manager can no longer save. */
	assert_int_equal(save_draft(x, "1", 1, "1", "2", 1, WF_SAVE,
	    ROLE_MANAGER, &o), ES_WORKFLOW);
	assert_int_equal(o.wf, WF_STATE);
	entry_store_outcome_clear(&o);
	/* Returned without comment: refused; with: the manager may save. */
	assert_int_equal(entry_store_transition(x->db, 3, &x->p, WF_RETURN,
	    "", ROLE_DIRECTOR, &dir, &wf), ES_WORKFLOW);
	assert_int_equal(wf, WF_COMMENT_REQUIRED);
	assert_int_equal(entry_store_transition(x->db, 3, &x->p, WF_RETURN,
	    "Graag C toelichten", ROLE_DIRECTOR, &dir, &wf), ES_OK);
	assert_int_equal(save_draft(x, "101", 1, "90", "100", 1, WF_SAVE,
	    ROLE_MANAGER, &o), ES_OK);
	entry_store_outcome_clear(&o);
	assert_non_null(f = entry_store_form(x->db, 3, &x->p));
	assert_int_equal(f->sub.state, SUB_DRAFT);
	assert_string_equal(f->sub.comment, "Graag C toelichten");
	entry_store_form_free(f);
	/* Submit as stored (the API's submit), approve: read-only. */
	assert_int_equal(entry_store_transition(x->db, 3, &x->p, WF_SUBMIT,
	    NULL, ROLE_MANAGER, &mgr, &wf), ES_OK);
	assert_int_equal(entry_store_transition(x->db, 3, &x->p, WF_APPROVE,
	    NULL, ROLE_MANAGER, &mgr, &wf), ES_WORKFLOW);
	assert_int_equal(wf, WF_FORBIDDEN);
	assert_int_equal(entry_store_transition(x->db, 3, &x->p, WF_APPROVE,
	    NULL, ROLE_CMT, &dir, &wf), ES_OK);
	assert_int_equal(save_draft(x, "102", 2, "90", "100", 1, WF_SAVE,
	    ROLE_MANAGER, &o), ES_WORKFLOW);
	assert_int_equal(o.wf, WF_READONLY);
	entry_store_outcome_clear(&o);
}

static void
a_closed_period_is_locked_until_the_administrator_reopens(void **state)
{
	struct fx		*x = *state;
	struct entry_outcome	 o;
	enum wf_err		 wf;
	int64_t			 bad, n;

	assert_int_equal(save_draft(x, "100", 0, "90", "100", 0, WF_SAVE,
	    ROLE_MANAGER, &o), ES_OK);
	entry_store_outcome_clear(&o);
	assert_true(testdb_exec(x->db, "UPDATE submission SET state ="
	    " 'approved'; UPDATE period SET state = 'closed' WHERE id = 3"));
	x->p.state = PERIOD_CLOSED;
	assert_int_equal(save_draft(x, "1", 1, "90", "100", 1, WF_SAVE,
	    ROLE_MANAGER, &o), ES_WORKFLOW);
	assert_int_equal(o.wf, WF_PERIOD_CLOSED);
	entry_store_outcome_clear(&o);
	assert_int_equal(entry_store_transition(x->db, 3, &x->p, WF_REOPEN,
	    "Correctie", ROLE_DIRECTOR, &dir, &wf), ES_WORKFLOW);
	assert_int_equal(wf, WF_FORBIDDEN);
	assert_int_equal(entry_store_transition(x->db, 3, &x->p, WF_REOPEN,
	    "", ROLE_ADMINISTRATOR, &adm, &wf), ES_WORKFLOW);
	assert_int_equal(wf, WF_COMMENT_REQUIRED);
	assert_int_equal(entry_store_transition(x->db, 3, &x->p, WF_REOPEN,
	    "Correctie na accountantscontrole", ROLE_ADMINISTRATOR, &adm, &wf),
	    ES_OK);
	assert_int_equal(save_draft(x, "99", 1, "90", "100", 1, WF_SAVE,
	    ROLE_MANAGER, &o), ES_OK);
	entry_store_outcome_clear(&o);
	assert_int_equal(count(x->db, "SELECT count(*) FROM audit WHERE"
	    " action = 'submission.reopen' AND username = 'beheer'"
	    " AND new_value LIKE 'draft: Correctie na%'"), 1);
	/* Approved again: locked again. */
	assert_int_equal(entry_store_transition(x->db, 3, &x->p, WF_SUBMIT,
	    NULL, ROLE_MANAGER, &mgr, &wf), ES_INVALID);
	assert_int_equal(audit_verify(x->db, &bad, &n), AUDIT_INTACT);
}

static void
a_read_only_database_answers_readonly_and_keeps_what_was_saved(void **state)
{
	struct fx		*x = *state;
	struct entry_outcome	 o;
	struct db		*ro, *keep;
	struct entry_form	*f;

	assert_int_equal(save_draft(x, "100", 0, "90", "100", 0, WF_SAVE,
	    ROLE_MANAGER, &o), ES_OK);
	entry_store_outcome_clear(&o);
	assert_true(testdb_exec(x->db, "PRAGMA wal_checkpoint(TRUNCATE)"));
	assert_non_null(ro = db_open(x->path, 1));
	keep = x->db;
	x->db = ro;
	assert_int_equal(save_draft(x, "5", 1, "90", "100", 1, WF_SAVE,
	    ROLE_MANAGER, &o), ES_READONLY);
	assert_int_equal(entry_store_http_status(o.res, o.wf), 507);
	entry_store_outcome_clear(&o);
	x->db = keep;
	db_close(ro);
	assert_non_null(f = entry_store_form(x->db, 3, &x->p));
	assert_int_equal(f->figs[fig_ix(f, "A")].cur.value, 100);
	entry_store_form_free(f);
}

/* Submit the whole form valid, as mgr. */
static void
submit_valid(struct fx *x)
{
	struct entry_outcome	 o;
	struct entry_form	*f;
	struct entry_fig_in	 in[3];
	struct entry_cost_in	 ci[1];

	assert_non_null(f = entry_store_form(x->db, 3, &x->p));
	memset(in, 0, sizeof(in));
	memset(ci, 0, sizeof(ci));
	in[fig_ix(f, "A")] = (struct entry_fig_in){ 1, 0, { "100", "400",
	    NULL, NULL, NULL, NULL, NULL } };
	in[fig_ix(f, "B")] = (struct entry_fig_in){ 1, 0, { NULL, "80", "90",
	    "100", NULL, NULL, NULL } };
	in[fig_ix(f, "C")] = (struct entry_fig_in){ 1, 0, { "150", "1000",
	    NULL, NULL, NULL, "Storing in de printer.", "Nieuwe printer." } };
	ci[0] = (struct entry_cost_in){ 1, 0, { "300000", "400000", NULL,
	    NULL } };
	assert_true(entry_store_outcome_init(&o, f));
	assert_int_equal(entry_store_save(x->db, f, in, ci, WF_SUBMIT,
	    ROLE_MANAGER, &mgr, &o), ES_OK);
	entry_store_outcome_clear(&o);
	entry_store_form_free(f);
}

static void
the_submitter_may_not_approve_or_return_their_own_submission(void **state)
{
	struct fx		*x = *state;
	struct entry_form	*f;
	enum wf_err		 wf;

	submit_valid(x);
	/* The manager also holds the director role: four eyes say no. */
	assert_int_equal(entry_store_transition(x->db, 3, &x->p, WF_APPROVE,
	    NULL, ROLE_MANAGER | ROLE_DIRECTOR, &mgr, &wf), ES_WORKFLOW);
	assert_int_equal(wf, WF_OWN_SUBMISSION);
	assert_int_equal(entry_store_http_status(ES_WORKFLOW, wf), 403);
	assert_int_equal(entry_store_transition(x->db, 3, &x->p, WF_RETURN,
	    "Zelf terug", ROLE_MANAGER | ROLE_CMT, &mgr, &wf), ES_WORKFLOW);
	assert_int_equal(wf, WF_OWN_SUBMISSION);
	assert_non_null(f = entry_store_form(x->db, 3, &x->p));
	assert_int_equal(f->sub.state, SUB_SUBMITTED);
	assert_int_equal(f->sub.updated_by_id, mgr.user_id);
	entry_store_form_free(f);
	/* Another director may. */
	assert_int_equal(entry_store_transition(x->db, 3, &x->p, WF_APPROVE,
	    NULL, ROLE_DIRECTOR, &dir, &wf), ES_OK);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(the_form_lists_indicators_targets_last_period_and_costs, setup, teardown),
		cmocka_unit_test_setup_teardown(a_draft_save_writes_figures_audit_and_state_in_one_go, setup, teardown),
		cmocka_unit_test_setup_teardown(a_cost_line_saves_versioned_with_its_budget_once, setup, teardown),
		cmocka_unit_test_setup_teardown(a_figure_changed_outside_the_log_is_named, setup, teardown),
		cmocka_unit_test_setup_teardown(a_stale_version_is_refused_and_nothing_is_written, setup, teardown),
		cmocka_unit_test_setup_teardown(an_invalid_number_saves_nothing_and_says_which_field, setup, teardown),
		cmocka_unit_test_setup_teardown(submit_demands_the_whole_form_and_then_locks_it, setup, teardown),
		cmocka_unit_test_setup_teardown(a_closed_period_is_locked_until_the_administrator_reopens, setup, teardown),
		cmocka_unit_test_setup_teardown(a_read_only_database_answers_readonly_and_keeps_what_was_saved, setup, teardown),
		cmocka_unit_test_setup_teardown(the_submitter_may_not_approve_or_return_their_own_submission, setup, teardown),
	};

	return cmocka_run_group_tests_name("entry_store", tests, NULL, NULL);
}
