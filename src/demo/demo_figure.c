/*
 * demo_figure.c: the demo's workflow, figures and costs (see
 * demo_internal.h).
 *
 * Every period up to the open one has its figures, costs and
 * submissions; in the open period every workflow state is present.
 * Figures are the quarter's own (a cumulative indicator's year to date is
 * the rollup's sum of them); annual indicators report in Q4 only.
 * Ratio figures carry numerator and denominator scaled like the value;
 * for a '%' indicator value = 100 * numerator / denominator, scaled.
 * Weighted-mean figures carry their weight, scaled the same way.
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "db.h"
#include "demo_internal.h"
#include "log.h"

static const char *const demo_state_names[] = {
	"", "draft", "submitted", "approved", "returned"
};

/* The unit whose 2014-Q3 submission the director has returned. */
#define DEMO_RETURNED_UNIT	"PZ-KCC"

static const char demo_returned_comment[] =
	"De toelichting bij de telefonische bereikbaarheid ontbreekt en de "
	"prognose is niet onderbouwd. Graag aanvullen en opnieuw indienen.";

static const char demo_sql_figure[] =
	"INSERT INTO figure(indicator_id, org_unit_id, period_id, value, "
	"forecast, numerator, denominator, weight, explanation, measure, "
	"updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
	"?10, ?11, ?12)";
static const char demo_sql_cost[] =
	"INSERT INTO cost(performance_id, period_id, budget_cents, "
	"realised_cents, forecast_cents, explanation, measure, updated_by, "
	"updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
static const char demo_sql_submission[] =
	"INSERT INTO submission(org_unit_id, period_id, state, comment, "
	"updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

/*
 * The open period's workflow: every state present.  The demo manager's
 * afdeling is in draft so the manager journey can be tried, one of its
 * teams has been returned by the director; the rest follow a fixed cycle
 * that includes units that have not started.
 */
void
demo_figure_states(struct demo *d)
{
	static const enum demo_state cycle[] = {
		DEMO_APPROVED, DEMO_SUBMITTED, DEMO_DRAFT, DEMO_NONE,
		DEMO_APPROVED, DEMO_SUBMITTED, DEMO_NONE, DEMO_DRAFT,
		DEMO_APPROVED, DEMO_SUBMITTED
	};
	int	 mgr, ret, a;
	size_t	 i, k = 0;

	a = demo_account_ix("manager");
	mgr = a >= 0 ? demo_org_tpl(demo_accounts_table[a].scope_code) : -1;
	ret = demo_org_tpl(DEMO_RETURNED_UNIT);
	for (i = 0; i < d->ninst; i++) {
		if (!d->inst[i].used)
			continue;
		if (mgr >= 0 && i == (size_t)mgr)
			d->inst[i].state = DEMO_DRAFT;
		else if (ret >= 0 && i == (size_t)ret)
			d->inst[i].state = DEMO_RETURNED;
		else
			d->inst[i].state = cycle[k++ % DEMO_NITEMS(cycle)];
	}
}

static int
demo_submission(struct demo *d, size_t unit, int64_t period_id,
    enum demo_state s, const char *at)
{
	sqlite3_stmt	*st;
	int64_t		 by;
	int		 rc;

	/* The director approves and returns; the manager drafts and submits. */
	by = s == DEMO_APPROVED || s == DEMO_RETURNED ?
	    d->inst[unit].director_id : d->inst[unit].user_id;
	if ((st = db_stmt(d->db, demo_sql_submission)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, d->inst[unit].id);
	rc |= sqlite3_bind_int64(st, 2, period_id);
	rc |= demo_bind_static(st, 3, demo_state_names[s]);
	rc |= demo_bind_static(st, 4, s == DEMO_RETURNED ?
	    demo_returned_comment : "");
	rc |= demo_bind_ref(st, 5, by);
	rc |= demo_bind_copy(st, 6, at);
	if (rc != SQLITE_OK || !demo_step(d, st, "submission"))
		return 0;
	return 1;
}

/*
 * Closed periods: every unit approved.  The open one: the states
 * demo_figure_states() chose.
 */
int
demo_figure_submissions(struct demo *d)
{
	static const char *const open_at[] = {
		"", "2014-10-08T10:30:00Z", "2014-10-09T14:00:00Z",
		"2014-10-10T11:00:00Z", "2014-10-10T11:30:00Z"
	};
	char	 at[32];
	size_t	 i;
	int	 y, q, m;

	for (y = 0; y < DEMO_FIG_YEARS; y++) {
		for (q = 1; q <= 4; q++) {
			if ((DEMO_YEAR_FIRST + y) * 4 + q >
			    DEMO_OPEN_YEAR * 4 + DEMO_OPEN_QUARTER)
				break;
			m = q * 3 + 1;
			snprintf(at, sizeof(at), "%04d-%02d-14T16:00:00Z",
			    m > 12 ? DEMO_YEAR_FIRST + y + 1 :
			    DEMO_YEAR_FIRST + y, m > 12 ? 1 : m);
			for (i = 0; i < d->ninst; i++) {
				if (!d->inst[i].used)
					continue;
				if (DEMO_YEAR_FIRST + y == DEMO_OPEN_YEAR &&
				    q == DEMO_OPEN_QUARTER) {
					if (d->inst[i].state != DEMO_NONE &&
					    !demo_submission(d, i,
					    d->period_id[y][q - 1],
					    d->inst[i].state,
					    open_at[d->inst[i].state]))
						return 0;
				} else if (!demo_submission(d, i,
				    d->period_id[y][q - 1], DEMO_APPROVED, at))
					return 0;
			}
		}
	}
	return 1;
}

/*
 * The status a figure will get: on the wrong side of its target within
 * tolerance_bp of it is at risk (1), beyond off track (2), else on track.
 */
static int
demo_status(const struct demo_ind *t, int64_t v, int64_t target)
{
	int64_t short_by, mag;

	short_by = strcmp(t->direction, "up") == 0 ? target - v : v - target;
	if (short_by <= 0)
		return 0;
	mag = target < 0 ? -target : target;
	return short_by * 10000 <= (int64_t)t->tolerance_bp * mag ? 1 : 2;
}

/*
 * A realised value around target: on the good side when on track, well
 * inside the tolerance band when at risk, beyond it when off track.
 */
static int64_t
demo_value(struct demo *d, const struct demo_pair *p, int64_t target)
{
	int64_t	h, f, tol = p->t->tolerance_bp, sign;
	int	want;

	h = demo_range(d, 0, 99);
	if (p->health == 0)
		want = h < 88 ? 0 : h < 97 ? 1 : 2;
	else if (p->health == 1)
		want = h < 55 ? 0 : h < 82 ? 1 : 2;
	else
		want = h < 25 ? 0 : h < 50 ? 1 : 2;
	if (want == 0)
		f = demo_range(d, 0, 600);
	else if (want == 1)
		f = demo_range(d, tol / 5, tol * 85 / 100);
	else
		f = demo_range(d, tol * 13 / 10, tol * 5 / 2 + 100);
	sign = strcmp(p->t->direction, "up") == 0 ? 1 : -1;
	if (want != 0)
		sign = -sign;
	return demo_clamp(target + sign * demo_muldiv(target < 0 ? -target :
	    target, f, 10000), p->min, p->max);
}

/*
 * One figure of pair p in quarter q.  A summed indicator's figure is what
 * the quarter itself delivered ("dit kwartaal"), also when the indicator
 * is cumulative: the rollup adds Q1..q into the year to date, which is
 * what is judged against the quarter's year-to-date target.  An annual
 * indicator's one figure, in Q4, is the year's.
 */
static int
demo_figure(struct demo *d, struct demo_pair *p, int q, int64_t period_id,
    const char *at)
{
	sqlite3_stmt	*st;
	const struct demo_ind *t = p->t;
	int64_t		 target, v, judged, fc, num = 0, den = 0, w = 0,
			 scale = demo_pow10(t->decimals);
	int		 status, ratio, mean, sum, rc;
	char		 expl[512], meas[256];

	ratio = strcmp(t->aggregation, "ratio") == 0;
	mean = strcmp(t->aggregation, "mean") == 0;
	sum = strcmp(t->aggregation, "sum") == 0;
	target = p->tgt[q];
	if (sum && t->cumulative && !p->annual)
		target = p->tgt[q] - (q > 1 ? p->tgt[q - 1] : 0);
	v = demo_value(d, p, target);
	if (ratio) {
		/* The value follows from the counts, as a rollup recomputes it. */
		den = demo_muldiv(p->volume, demo_range(d, 90, 110), 100);
		if (den < 1)
			den = 1;
		num = demo_muldiv(den, v, 100 * scale);
		if (num > den)
			num = den;
		v = demo_muldiv(num, 100 * scale, den);
		num *= scale;
		den *= scale;
	} else if (mean && p->annual &&
	    strcmp(t->weight_name, "inwoners") == 0)
		/* A city-wide mean per inhabitant weighs the population. */
		w = (int64_t)DEMO_INHABITANTS * scale;
	else if (mean)
		w = demo_muldiv(p->volume, demo_range(d, 90, 110), 100) * scale;
	/* The pair is one year's, so acc is the year to date. */
	if (sum)
		p->acc += v;
	judged = sum && t->cumulative ? p->acc : v;
	status = demo_status(t, judged, p->tgt[q]);
	/* Year-end forecast: extrapolate, expecting half a recovery. */
	if (p->annual)
		fc = v;
	else if (sum)
		fc = p->acc + (4 - q) * (v + p->tgt[0] / 4) / 2;
	else
		fc = q < 4 ? (v + p->tgt[0]) / 2 : v;
	fc = demo_clamp(fc, p->min, p->max);
	demo_text_figure(d, t, judged, p->tgt[q], q, p->annual, status, expl,
	    sizeof(expl), meas, sizeof(meas));
	if ((st = db_stmt(d->db, demo_sql_figure)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, p->ind_id);
	rc |= sqlite3_bind_int64(st, 2, d->inst[p->unit].id);
	rc |= sqlite3_bind_int64(st, 3, period_id);
	rc |= sqlite3_bind_int64(st, 4, v);
	rc |= sqlite3_bind_int64(st, 5, fc);
	rc |= demo_bind_opt(st, 6, ratio, num);
	rc |= demo_bind_opt(st, 7, ratio, den);
	rc |= demo_bind_opt(st, 8, mean, w);
	rc |= demo_bind_copy(st, 9, expl);
	rc |= demo_bind_copy(st, 10, meas);
	rc |= demo_bind_ref(st, 11, d->inst[p->unit].user_id);
	rc |= demo_bind_static(st, 12, at);
	if (rc != SQLITE_OK || !demo_step(d, st, "figure"))
		return 0;
	d->nfig++;
	return 1;
}

/*
 * Cost of one performance up to quarter q: budget to date is a quarter
 * of the year's budget per quarter; realisation mostly close to it.  A
 * deviation beyond 10 % is explained in its own direction; an
 * overspend, and a large underspend of a troubled line, get a measure.
 */
static int
demo_cost(struct demo *d, const struct demo_cost *c, int q,
    int64_t period_id, const char *at, int filled)
{
	sqlite3_stmt	*st;
	int64_t		 ytd, dev, real, fc;
	char		 expl[512], meas[256];
	int		 rc;

	ytd = demo_muldiv(c->budget, q, 4);
	if (c->health == 0)
		dev = demo_range(d, -500, 400);
	else if (c->health == 1)
		dev = demo_range(d, -900, 900);
	else
		dev = demo_range(d, 1100, 2500) * (demo_range(d, 0, 9) < 7 ?
		    1 : -1);
	real = demo_muldiv(ytd, 10000 + dev, 10000);
	fc = demo_muldiv(c->budget, 10000 + dev * 8 / 10, 10000);
	expl[0] = meas[0] = '\0';
	if (filled && (dev > 1000 || dev < -1000))
		demo_text_cost(d, ytd, real, q, dev > 1000 || c->health == 2,
		    expl, sizeof(expl), meas, sizeof(meas));
	if ((st = db_stmt(d->db, demo_sql_cost)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, c->perf_id);
	rc |= sqlite3_bind_int64(st, 2, period_id);
	rc |= sqlite3_bind_int64(st, 3, ytd);
	rc |= demo_bind_opt(st, 4, filled, real);
	rc |= demo_bind_opt(st, 5, filled, fc);
	rc |= demo_bind_copy(st, 6, expl);
	rc |= demo_bind_copy(st, 7, meas);
	rc |= demo_bind_ref(st, 8, filled ? d->inst[c->unit].user_id : 0);
	rc |= demo_bind_static(st, 9, at);
	if (rc != SQLITE_OK || !demo_step(d, st, "cost"))
		return 0;
	return 1;
}

/*
 * Figures and costs from 2012-Q1 up to the open period, period by period
 * so that the period indexes grow at their end.  In the open period a
 * unit that has not started has entered nothing and a draft about half.
 */
int
demo_figure_entries(struct demo *d)
{
	static const char open_at[] = "2014-10-08T10:30:00Z";
	char		 at[32];
	size_t		 i;
	int		 y, q, m, open;
	enum demo_state	 s;

	for (y = DEMO_YEAR_FIRST; y < DEMO_YEAR_FIRST + DEMO_FIG_YEARS; y++) {
		for (q = 1; q <= 4; q++) {
			if (y * 4 + q > DEMO_OPEN_YEAR * 4 + DEMO_OPEN_QUARTER)
				break;
			open = y == DEMO_OPEN_YEAR && q == DEMO_OPEN_QUARTER;
			m = q * 3 + 1;
			snprintf(at, sizeof(at), "%04d-%02d-10T09:00:00Z",
			    m > 12 ? y + 1 : y, m > 12 ? 1 : m);
			for (i = 0; i < d->npairs; i++) {
				if (d->pairs[i].year != y ||
				    (d->pairs[i].annual && q != 4))
					continue;
				s = d->inst[d->pairs[i].unit].state;
				if (open && (s == DEMO_NONE ||
				    (s == DEMO_DRAFT && demo_range(d, 0, 1))))
					continue;
				if (!demo_figure(d, &d->pairs[i], q,
				    d->period_id[y - DEMO_YEAR_FIRST][q - 1],
				    open ? open_at : at))
					return 0;
			}
			for (i = 0; i < d->ncosts; i++) {
				if (d->costs[i].year != y)
					continue;
				s = d->inst[d->costs[i].unit].state;
				if (!demo_cost(d, &d->costs[i], q,
				    d->period_id[y - DEMO_YEAR_FIRST][q - 1],
				    open ? open_at : at, !open ||
				    (s != DEMO_NONE && s != DEMO_DRAFT)))
					return 0;
			}
		}
	}
	return 1;
}
