/*
 * test_dashboard_pager.c: the paging of long dashboard lists resolves
 * ?page= safely, and the reads a page makes for its own performances give
 * exactly what the whole-programme reads gave (so a page shows the same
 * numbers as before paging); the deviation register's SQL prefilter loses
 * no deviation that status_cost() finds.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "dashboard.h"
#include "db.h"
#include "db_drill.h"
#include "db_period.h"
#include "db_programme.h"
#include "db_rollup.h"
#include "demo.h"
#include "http.h"
#include "rollup_store.h"
#include "status.h"
#include "testdb.h"

static int
setup_demo(void **state)
{
	/* Scale 4: programmes of three pages of performances. */
	return testdb_fx_demo(state, 4, 1);
}

static int
teardown(void **state)
{
	return testdb_fx_free(state);
}

/* The page dash_pager() resolves for ?page=arg (NULL: none). */
static struct dash_pager
pager(const char *arg, size_t total, size_t per)
{
	struct req		q;
	struct dash_pager	p;

	memset(&q, 0, sizeof(q));
	if (arg != NULL)
		assert_true(kvlist_add(&q.query, "page", 4, arg, strlen(arg)));
	dash_pager(&p, &q, total, per);
	kvlist_free(&q.query);
	return p;
}

static void
a_page_number_is_clamped_to_the_pages_there_are(void **state)
{
	struct dash_pager	p;

	(void)state;
	p = pager(NULL, 101, 25);
	assert_int_equal(p.pages, 5);
	assert_int_equal(p.page, 1);
	assert_int_equal(p.first, 0);
	assert_int_equal(p.end, 25);
	p = pager("5", 101, 25);
	assert_int_equal(p.page, 5);
	assert_int_equal(p.first, 100);
	assert_int_equal(p.end, 101);
	assert_true(dash_pager_has(&p, 100));
	assert_false(dash_pager_has(&p, 99));
	assert_false(dash_pager_has(&p, 101));
	p = pager("6", 101, 25);
	assert_int_equal(p.page, 5);		/* past the end: the last */
	p = pager("99999999999999999999", 101, 25);
	assert_int_equal(p.page, 1);		/* not a number we take */
	p = pager("0", 101, 25);
	assert_int_equal(p.page, 1);
	p = pager("-2", 101, 25);
	assert_int_equal(p.page, 1);
	p = pager("2x", 101, 25);
	assert_int_equal(p.page, 1);
	p = pager("3", 0, 25);
	assert_int_equal(p.pages, 1);		/* an empty list: one page */
	assert_int_equal(p.page, 1);
	assert_int_equal(p.end, 0);
	p = pager("2", 50, 25);
	assert_int_equal(p.pages, 2);
	assert_int_equal(p.first, 25);
	assert_int_equal(p.end, 50);
}

static void
same_finance(const struct finance *a, const struct finance *b)
{
	assert_int_equal(a->budget, b->budget);
	assert_int_equal(a->year_budget, b->year_budget);
	assert_int_equal(a->has_realised, b->has_realised);
	assert_int_equal(a->realised, b->realised);
	assert_int_equal(a->has_forecast, b->has_forecast);
	assert_int_equal(a->forecast, b->forecast);
}

static const struct rollup_ind_row *
find_ind(const struct rollup_ind_list *l, int64_t id)
{
	size_t	i;

	for (i = 0; i < l->n; i++)
		if (l->v[i].indicator_id == id)
			return &l->v[i];
	return NULL;
}

static size_t
count_figs(const struct drill_fig_list *l, int64_t ind)
{
	size_t	i, n = 0;

	for (i = 0; i < l->n; i++)
		n += l->v[i].indicator_id == ind;
	return n;
}

/*
 * For every 2014 programme in 2014-Q2: the outline plus the per-performance
 * reads give the same performances, indicators, rolled-up indicators and
 * figures as the whole-programme reads.
 */
static void
the_reads_of_a_page_equal_the_reads_of_the_whole_programme(void **state)
{
	struct testdb_fx		*f = *state;
	struct programme_list	*pl;
	struct period		 per;
	size_t			 i, j, k, m, nind, seen_ind, seen_fig, pages = 0;

	assert_true(db_period_get_by_name(f->db, "2014-Q2", &per));
	assert_non_null(pl = db_programme_list(f->db, 2014));
	assert_true(pl->n > 0);
	for (i = 0; i < pl->n; i++) {
		struct programme *full, *out;
		struct rollup_perf_list *all;
		struct rollup_ind_list *ri, *eri;
		struct drill_fig_list *figs, *efigs;
		struct performance *page, *ep;
		size_t nperf = 0, npage, nep, first;

		assert_non_null(full = db_programme_get(f->db, pl->v[i].id));
		assert_non_null(out = db_programme_get_outline(f->db,
		    pl->v[i].id));
		assert_non_null(all = db_rollup_performances_of_programme(
		    f->db, pl->v[i].id, per.id));
		assert_non_null(ri = db_rollup_indicators_of_programme(f->db,
		    pl->v[i].id, per.id));
		assert_non_null(figs = db_drill_programme_figures(f->db,
		    pl->v[i].id, per.id));
		assert_non_null(eri = db_rollup_indicators_of_effects(f->db,
		    pl->v[i].id, per.id));
		assert_non_null(efigs = db_drill_effect_figures(f->db,
		    pl->v[i].id, per.id));
		assert_int_equal(out->effectn, full->effectn);
		seen_ind = eri->n;
		seen_fig = efigs->n;
		for (j = 0; j < full->effectn; j++) {
			const struct effect *fe = &full->effects[j];
			const struct effect *oe = &out->effects[j];

			assert_int_equal(oe->id, fe->id);
			assert_int_equal(oe->indicatorn, fe->indicatorn);
			/* Counted, not read. */
			assert_int_equal(oe->performancen, fe->performancen);
			assert_null(oe->performances);
			/* The effect's page of all its performances. */
			assert_non_null(ep = db_performance_page(f->db,
			    pl->v[i].id, fe->id, 0, fe->performancen + 5, &nep));
			assert_int_equal(nep, fe->performancen);
			for (k = 0; k < fe->indicatorn; k++) {
				assert_int_equal(oe->indicators[k].id,
				    fe->indicators[k].id);
				assert_int_equal(count_figs(efigs,
				    fe->indicators[k].id), count_figs(figs,
				    fe->indicators[k].id));
			}
			for (k = 0; k < fe->performancen; k++, nperf++) {
				const struct performance *fp =
				    &fe->performances[k];
				struct rollup_perf_list *one;
				struct rollup_ind_list *pri;
				struct drill_fig_list *pfigs;
				struct indicator *ind;

				assert_int_equal(ep[k].id, fp->id);
				assert_int_equal(ep[k].effect_id, fe->id);
				assert_string_equal(ep[k].name, fp->name);
				assert_string_equal(ep[k].org_unit_name,
				    fp->org_unit_name);
				assert_int_equal(ep[k].budget_cents,
				    fp->budget_cents);
				assert_int_equal(ep[k].indicatorn, 0);
				assert_non_null(one = db_rollup_performance(
				    f->db, fp->id, per.id));
				assert_int_equal(one->n, 1);
				for (m = 0; m < all->n; m++)
					if (all->v[m].id == fp->id)
						break;
				assert_true(m < all->n);
				assert_int_equal(one->v[0].status,
				    all->v[m].status);
				assert_memory_equal(&one->v[0].counts,
				    &all->v[m].counts, sizeof(all->v[m].counts));
				assert_int_equal(one->v[0].has_cost,
				    all->v[m].has_cost);
				same_finance(&one->v[0].fin, &all->v[m].fin);
				assert_non_null(ind = db_performance_indicators(
				    f->db, fp->id, &nind));
				assert_int_equal(nind, fp->indicatorn);
				assert_non_null(pri =
				    db_rollup_indicators_of_performance(f->db,
				    fp->id, per.id));
				assert_non_null(pfigs =
				    db_drill_performance_figures(f->db, fp->id,
				    per.id));
				for (m = 0; m < nind; m++) {
					const struct rollup_ind_row *a, *b;

					assert_int_equal(ind[m].id,
					    fp->indicators[m].id);
					a = find_ind(pri, ind[m].id);
					b = find_ind(ri, ind[m].id);
					assert_true((a == NULL) == (b == NULL));
					if (a != NULL) {
						assert_int_equal(a->status,
						    b->status);
						assert_int_equal(a->v.value,
						    b->v.value);
						assert_int_equal(a->target,
						    b->target);
					}
					assert_int_equal(count_figs(pfigs,
					    ind[m].id), count_figs(figs,
					    ind[m].id));
				}
				seen_ind += pri->n;
				seen_fig += pfigs->n;
				db_indicator_array_free(ind, nind);
				db_rollup_ind_list_free(pri);
				db_drill_fig_list_free(pfigs);
				db_rollup_perf_list_free(one);
			}
			db_performance_list_free(ep, nep);
		}
		/* Pages across effects: the programme's order, sliced. */
		for (first = 0; first < nperf + DASH_PER_PAGE;
		    first += DASH_PER_PAGE) {
			size_t want = first >= nperf ? 0 :
			    nperf - first < DASH_PER_PAGE ? nperf - first :
			    DASH_PER_PAGE, got = 0;

			assert_non_null(page = db_performance_page(f->db,
			    pl->v[i].id, 0, first, DASH_PER_PAGE, &npage));
			assert_int_equal(npage, want);
			for (j = 0, k = 0; j < full->effectn; j++)
				for (m = 0; m < full->effects[j].performancen;
				    m++, k++)
					if (k >= first && k < first + npage) {
						assert_int_equal(page[k - first].id,
						    full->effects[j].performances[m].id);
						got++;
					}
			assert_int_equal(got, npage);
			db_performance_list_free(page, npage);
		}
		/* Nothing of the programme is left out by the page reads. */
		assert_int_equal(seen_ind, ri->n);
		assert_int_equal(seen_fig, figs->n);
		assert_int_equal(nperf, all->n);
		if (nperf > DASH_PER_PAGE)
			pages++;
		db_programme_free(full);
		db_programme_free(out);
		db_rollup_perf_list_free(all);
		db_rollup_ind_list_free(ri);
		db_rollup_ind_list_free(eri);
		db_drill_fig_list_free(figs);
		db_drill_fig_list_free(efigs);
	}
	assert_true(pages > 0);		/* some programme needs paging */
	db_programme_list_free(pl);
}

/*
 * The deviation register's rows, judged by status_cost(), are exactly
 * the cost rows of the period that status_cost() finds over the
 * thresholds: whatever the thresholds, the prefilter in SQL drops none.
 */
static void
the_register_prefilter_loses_no_deviation(void **state)
{
	static const struct { int bp; int64_t cents; } thr[] = {
		{ 1000, 2500000 }, { 0, 0 }, { 1, 1 }, { 500, 1000000 },
		{ 10000, 0 }, { 0, 100000000 }, { -5, -5 },
	};
	struct testdb_fx		*f = *state;
	struct period		 per;
	sqlite3_stmt		*st;
	struct rollup_perf_list	*l;
	struct cost_status	 cs;
	size_t			 t, i, want, got;
	char			 sql[160];

	assert_true(db_period_get_by_name(f->db, "2014-Q2", &per));
	for (t = 0; t < sizeof(thr) / sizeof(thr[0]); t++) {
		snprintf(sql, sizeof(sql), "UPDATE setting SET value = '%d' "
		    "WHERE key = 'cost_deviation_threshold_bp'", thr[t].bp);
		assert_int_equal(sqlite3_exec(f->db->sql, sql, NULL, NULL,
		    NULL), SQLITE_OK);
		want = 0;
		assert_int_equal(sqlite3_prepare_v2(f->db->sql,
		    "SELECT budget_cents, realised_cents FROM cost WHERE "
		    "period_id = ?1 AND realised_cents IS NOT NULL", -1, &st,
		    NULL), SQLITE_OK);
		sqlite3_bind_int64(st, 1, per.id);
		while (sqlite3_step(st) == SQLITE_ROW) {
			cs = status_cost(sqlite3_column_int64(st, 0),
			    sqlite3_column_int64(st, 1), thr[t].bp,
			    thr[t].cents);
			want += cs.needs_explanation;
		}
		sqlite3_finalize(st);
		assert_non_null(l = db_rollup_costs_of_period(f->db, per.id,
		    thr[t].cents));
		for (got = 0, i = 0; i < l->n; i++) {
			cs = status_cost(l->v[i].fin.budget_realised,
			    l->v[i].fin.realised, thr[t].bp, thr[t].cents);
			got += l->v[i].fin.has_realised && cs.needs_explanation;
		}
		assert_int_equal(got, want);
		if (t == 0)
			assert_true(want > 0);
		db_rollup_perf_list_free(l);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_page_number_is_clamped_to_the_pages_there_are),
		cmocka_unit_test_setup_teardown(
		    the_reads_of_a_page_equal_the_reads_of_the_whole_programme,
		    setup_demo, teardown),
		cmocka_unit_test_setup_teardown(
		    the_register_prefilter_loses_no_deviation,
		    setup_demo, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
