/*
 * demo_budget.c: the demo programme budget (see demo_internal.h).
 *
 * Instantiates the templates of demo_programme.c for every budget year
 * and, at scale N, for every replica of the owning afdeling, with the
 * indicators, the units that report them and their targets.  Years with
 * figures also collect the (indicator, unit) pairs and the performances
 * whose figures and costs demo_figure.c enters.
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "demo_internal.h"
#include "log.h"

static const char demo_sql_programme[] =
	"INSERT INTO programme(year, number, name, portfolio_holder, "
	"directie_id, ambition) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char demo_sql_effect[] =
	"INSERT INTO effect(programme_id, number, name, description) "
	"VALUES (?1, ?2, ?3, ?4)";
static const char demo_sql_performance[] =
	"INSERT INTO performance(effect_id, number, name, description, "
	"org_unit_id, budget_cents) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char demo_sql_indicator[] =
	"INSERT INTO indicator(effect_id, performance_id, code, name, unit, "
	"direction, aggregation, weight_name, cumulative, decimals, "
	"tolerance_bp, min_value, max_value, baseline, baseline_year, source, "
	"is_policy, frequency) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
	"?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";
static const char demo_sql_indicator_unit[] =
	"INSERT INTO indicator_unit(indicator_id, org_unit_id) VALUES (?1, ?2)";
/* One statement for the five targets of a year: a fifth of the steps. */
static const char demo_sql_targets[] =
	"INSERT INTO target(indicator_id, org_unit_id, year, quarter, value) "
	"VALUES (?1, ?2, ?3, 0, ?4), (?1, ?2, ?3, 1, ?5), (?1, ?2, ?3, 2, ?6), "
	"(?1, ?2, ?3, 3, ?7), (?1, ?2, ?3, 4, ?8)";

/* Annual indicators: the year and the fourth quarter only. */
static const char demo_sql_targets_annual[] =
	"INSERT INTO target(indicator_id, org_unit_id, year, quarter, value) "
	"VALUES (?1, ?2, ?3, 0, ?4), (?1, ?2, ?3, 4, ?5)";

/*
 * The programme budget's size.  Lasten of Dutch municipalities of
 * 100,000-150,000 inhabitants were in 2012-2016 of the order of
 * EUR 2,500-3,500 per inhabitant (CBS, Iv3 "Gemeentebegrotingen; baten en
 * lasten"); the demo's 124,000 inhabitants get some EUR 3,000 each before
 * savings.  The templates' budgets set only the proportions between
 * performances.  The savings path is the document's: EUR 7.3 million
 * structural by 2017, the target path of the indicator "Gerealiseerde
 * structurele besparing" (1.2 million in 2012, then 1.22 million a year),
 * taken off every performance in proportion; no indexation.
 */
#define DEMO_LASTEN_KEUR	375000
#define DEMO_SAVING_KEUR_2012	1200
#define DEMO_SAVING_KEUR_STEP	1220

/* Natural bounds of a unit of measure, scaled; max < min: none above. */
static void
demo_bounds(const struct demo_ind *t, int64_t *min, int64_t *max)
{
	int64_t p = demo_pow10(t->decimals);

	*min = 0;
	*max = -1;
	if (strcmp(t->unit, "%") == 0)
		*max = 100 * p;
	else if (strcmp(t->unit, "score") == 0) {
		*min = p;
		*max = 10 * p;
	}
}

/* Additive indicators are split over units; rates and means are not. */
static int
demo_additive(const struct demo_ind *t)
{
	return strcmp(t->aggregation, "sum") == 0 ||
	    strcmp(t->aggregation, "last") == 0;
}

/*
 * The year target of t in year y before splitting: the 2012 target moved
 * by step a year in the good direction.  Without a step, rising
 * percentages and scores close a twentieth of the gap to their maximum,
 * everything else improves 2 % a year.
 */
static int64_t
demo_year_target(const struct demo_ind *t, int y)
{
	int64_t	min, max, step;
	int	down;

	demo_bounds(t, &min, &max);
	down = strcmp(t->direction, "down") == 0;
	if ((step = t->step) == 0)
		step = max >= min && !down ? (max - t->target) / 20 :
		    t->target / 50;
	if (down)
		step = -step;
	return demo_clamp(t->target + step * (y - DEMO_YEAR_FIRST), min, max);
}

/*
 * Targets of one reporting unit: year target, then each quarter's, which
 * for a cumulative indicator is the year-to-date share.  share_bp is the
 * unit's share of an additive target.  An annual indicator has only the
 * year's target, which is also its fourth quarter's.
 */
static void
demo_targets(const struct demo_ind *t, int y, int64_t share_bp, int annual,
    int64_t *tgt)
{
	int64_t	ty;
	int	q;

	ty = demo_year_target(t, y);
	if (demo_additive(t))
		ty = demo_muldiv(ty, share_bp, 10000);
	tgt[0] = ty;
	for (q = 1; q <= 4; q++) {
		if (annual)
			tgt[q] = q == 4 ? ty : 0;
		else if (strcmp(t->aggregation, "sum") != 0)
			tgt[q] = ty;
		else if (t->cumulative)
			tgt[q] = demo_muldiv(ty, q, 4);
		else
			tgt[q] = q < 4 ? ty / 4 : ty - 3 * (ty / 4);
	}
}

static int
demo_pair_add(struct demo *d, const struct demo_pair *p)
{
	if (!db_grow(&d->pairs, &d->cappairs, d->npairs, sizeof(*d->pairs))) {
		log_err("demo: out of memory");
		return 0;
	}
	d->pairs[d->npairs++] = *p;
	return 1;
}

static int
demo_cost_add(struct demo *d, const struct demo_cost *c)
{
	if (!db_grow(&d->costs, &d->capcosts, d->ncosts, sizeof(*d->costs))) {
		log_err("demo: out of memory");
		return 0;
	}
	d->costs[d->ncosts++] = *c;
	return 1;
}

int
demo_budget_perf_add(struct demo *d, const struct demo_perfrec *p)
{
	if (!db_grow(&d->perfs, &d->capperfs, d->nperfs, sizeof(*d->perfs))) {
		log_err("demo: out of memory");
		return 0;
	}
	d->perfs[d->nperfs++] = *p;
	return 1;
}

/*
 * One indicator row.  Effect indicators get a baseline: the 2011 value,
 * one step before the first target.
 */
/*
 * The unit of measure of a demo indicator: the archetypes say "aantal",
 * but an indicator named "... in m²" counts square metres (issue 13: the
 * unit of measure is a field, migrations/0008-unit-of-measure.sql).
 */
static const char *
demo_unit(const struct demo_ind *t)
{
	static const char *const by_suffix[][2] = {
		{ " in m\xc2\xb2", "m2" }, { " in ton", "t" },
		{ " in MWh", "MWh" }, { " in fte", "fte" }
	};
	size_t	i, n = strlen(t->name), k;

	for (i = 0; i < sizeof(by_suffix) / sizeof(by_suffix[0]); i++) {
		k = strlen(by_suffix[i][0]);
		if (n >= k && strcmp(t->name + n - k, by_suffix[i][0]) == 0)
			return by_suffix[i][1];
	}
	return t->unit;
}

static int
demo_indicator(struct demo *d, const struct demo_ind *t, int64_t effect_id,
    int64_t perf_id, const char *code, int64_t *id)
{
	sqlite3_stmt	*st;
	int64_t		 min, max, step;
	int		 rc;

	demo_bounds(t, &min, &max);
	step = demo_year_target(t, DEMO_YEAR_FIRST + 1) - t->target;
	if ((st = db_stmt(d->db, demo_sql_indicator)) == NULL)
		return 0;
	rc = demo_bind_ref(st, 1, effect_id);
	rc |= demo_bind_ref(st, 2, perf_id);
	rc |= demo_bind_copy(st, 3, code);
	rc |= demo_bind_static(st, 4, t->name);
	rc |= demo_bind_static(st, 5, demo_unit(t));
	rc |= demo_bind_static(st, 6, t->direction);
	rc |= demo_bind_static(st, 7, t->aggregation);
	rc |= demo_bind_static(st, 8, t->weight_name);
	rc |= sqlite3_bind_int(st, 9, t->cumulative);
	rc |= sqlite3_bind_int(st, 10, t->decimals);
	rc |= sqlite3_bind_int(st, 11, t->tolerance_bp);
	rc |= sqlite3_bind_int64(st, 12, min);
	rc |= demo_bind_opt(st, 13, max >= min, max);
	rc |= demo_bind_opt(st, 14, effect_id != 0,
	    demo_clamp(t->target - step, min, max));
	rc |= demo_bind_opt(st, 15, effect_id != 0, DEMO_YEAR_FIRST - 1);
	rc |= demo_bind_static(st, 16, t->source);
	rc |= sqlite3_bind_int(st, 17, t->is_policy);
	/* Effects are measured once a year (demo_effect()). */
	rc |= demo_bind_static(st, 18, effect_id != 0 ? "year" : "quarter");
	if (rc != SQLITE_OK || !demo_step(d, st, "indicator"))
		return 0;
	*id = db_last_id(d->db);
	d->nind++;
	return 1;
}

/*
 * One reporting unit of an indicator: the link, the targets and, in a
 * year with figures, a pair for demo_figure_entries().  size_bp scales
 * the replica's volume, share_bp is a team's share of its afdeling.
 */
static int
demo_report(struct demo *d, const struct demo_ind *t, int64_t ind_id,
    size_t unit, int y, int64_t size_bp, int64_t share_bp, int annual)
{
	sqlite3_stmt		*st;
	struct demo_pair	 p;
	int64_t			 h;
	int			 rc;

	memset(&p, 0, sizeof(p));
	demo_targets(t, y, demo_muldiv(size_bp, share_bp, 10000), annual,
	    p.tgt);
	if ((st = db_stmt(d->db, demo_sql_indicator_unit)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, ind_id);
	rc |= sqlite3_bind_int64(st, 2, d->inst[unit].id);
	if (rc != SQLITE_OK || !demo_step(d, st, "indicator_unit"))
		return 0;
	if ((st = db_stmt(d->db, annual ? demo_sql_targets_annual :
	    demo_sql_targets)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, ind_id);
	rc |= sqlite3_bind_int64(st, 2, d->inst[unit].id);
	rc |= sqlite3_bind_int(st, 3, y);
	rc |= sqlite3_bind_int64(st, 4, p.tgt[0]);
	if (annual)
		rc |= sqlite3_bind_int64(st, 5, p.tgt[4]);
	else {
		rc |= sqlite3_bind_int64(st, 5, p.tgt[1]);
		rc |= sqlite3_bind_int64(st, 6, p.tgt[2]);
		rc |= sqlite3_bind_int64(st, 7, p.tgt[3]);
		rc |= sqlite3_bind_int64(st, 8, p.tgt[4]);
	}
	if (rc != SQLITE_OK || !demo_step(d, st, "target"))
		return 0;
	d->inst[unit].used = 1;
	if (y - DEMO_YEAR_FIRST >= DEMO_FIG_YEARS)
		return 1;
	p.t = t;
	p.ind_id = ind_id;
	p.unit = unit;
	p.year = y;
	p.annual = annual;
	demo_bounds(t, &p.min, &p.max);
	p.volume = demo_muldiv(t->volume,
	    demo_muldiv(size_bp, share_bp, 10000), 10000);
	if (p.volume < 1)
		p.volume = 1;
	/* Most series are healthy; a few are in trouble all year. */
	h = demo_range(d, 0, 99);
	p.health = h < 60 ? 0 : h < 88 ? 1 : 2;
	return demo_pair_add(d, &p);
}

/*
 * One performance instance: template pf at replica r, copy c, owned by
 * the replica of its owner.  Its indicators are reported by the owner
 * or, when per_team, by each of the owner's teams.
 */
static int
demo_performance(struct demo *d, const struct demo_perf *pf, int y,
    size_t prog, size_t eff, int64_t effect_id, int *number, int r, int c)
{
	sqlite3_stmt		*st;
	const struct demo_ind	*t;
	struct demo_cost	 cost;
	struct demo_perfrec	 rec;
	char			 name[256], code[64];
	int			 owner, team[DEMO_NUNITS], nteam, k, rc;
	int64_t			 share[DEMO_NUNITS], size_bp, budget, perf_id,
				 ind_id;
	size_t			 unit, i;

	if ((owner = demo_org_tpl(pf->owner)) < 0) {
		log_err("demo: %s: no unit %s", pf->name, pf->owner);
		return 0;
	}
	unit = demo_org_inst_ix((size_t)owner, r);
	/* Replicas and copies differ in size, the original is as written. */
	size_bp = r == 0 && c == 0 ? 10000 : demo_range(d, 7000, 13000);
	budget = demo_muldiv(pf->budget_keur * 100000, DEMO_LASTEN_KEUR,
	    d->tpl_keur);
	budget = demo_muldiv(budget, size_bp, 10000);
	/* The savings path, in proportion. */
	budget = demo_muldiv(budget, DEMO_LASTEN_KEUR - DEMO_SAVING_KEUR_2012 -
	    DEMO_SAVING_KEUR_STEP * (y - DEMO_YEAR_FIRST), DEMO_LASTEN_KEUR);
	if (r == 0 && c == 0)
		snprintf(name, sizeof(name), "%s", pf->name);
	else if (c == 0)
		snprintf(name, sizeof(name), "%s (%s %d)", pf->name,
		    demo_org_units[owner].name, r + 1);
	else
		snprintf(name, sizeof(name), "%s (%s %d, deel %d)", pf->name,
		    demo_org_units[owner].name, r + 1, c + 1);
	(*number)++;
	if ((st = db_stmt(d->db, demo_sql_performance)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, effect_id);
	rc |= sqlite3_bind_int(st, 2, *number);
	rc |= demo_bind_copy(st, 3, name);
	rc |= demo_bind_static(st, 4, pf->description);
	rc |= sqlite3_bind_int64(st, 5, d->inst[unit].id);
	rc |= sqlite3_bind_int64(st, 6, budget);
	if (rc != SQLITE_OK || !demo_step(d, st, "performance"))
		return 0;
	perf_id = db_last_id(d->db);
	d->inst[unit].used = 1;
	rec = (struct demo_perfrec){ .perf_id = perf_id, .tpl = pf,
	    .unit_id = d->inst[unit].id, .budget = budget, .year = y,
	    .first = r == 0 && c == 0 };
	if (!demo_budget_perf_add(d, &rec))
		return 0;
	if (y - DEMO_YEAR_FIRST < DEMO_FIG_YEARS) {
		memset(&cost, 0, sizeof(cost));
		cost.perf_id = perf_id;
		cost.budget = budget;
		cost.unit = unit;
		cost.year = y;
		k = (int)demo_range(d, 0, 99);
		cost.health = k < 65 ? 0 : k < 88 ? 1 : 2;
		if (!demo_cost_add(d, &cost))
			return 0;
	}
	for (i = 0; i < DEMO_PERF_INDS && pf->ind[i].name != NULL; i++) {
		t = &pf->ind[i];
		snprintf(code, sizeof(code), "%d.%02zu.%zu.%d.%zu", y, prog + 1,
		    eff + 1, *number, i + 1);
		if (!demo_indicator(d, t, 0, perf_id, code, &ind_id))
			return 0;
		nteam = t->per_team ? demo_org_team_shares((size_t)owner, team,
		    share, DEMO_NUNITS) : 0;
		if (nteam == 0) {
			if (!demo_report(d, t, ind_id, unit, y, size_bp, 10000,
			    0))
				return 0;
			continue;
		}
		for (k = 0; k < nteam; k++)
			if (!demo_report(d, t, ind_id,
			    demo_org_inst_ix((size_t)team[k], r), y, size_bp,
			    share[k], 0))
				return 0;
	}
	return 1;
}

/* One effect of a programme with its indicators and performances. */
static int
demo_effect(struct demo *d, const struct demo_effect *e, int y, size_t prog,
    size_t eff, int64_t programme_id)
{
	sqlite3_stmt	*st;
	char		 code[64];
	int64_t		 effect_id, ind_id;
	size_t		 i;
	int		 number = 0, r, c, rc;

	if ((st = db_stmt(d->db, demo_sql_effect)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, programme_id);
	rc |= sqlite3_bind_int(st, 2, (int)eff + 1);
	rc |= demo_bind_static(st, 3, e->name);
	rc |= demo_bind_static(st, 4, e->description);
	if (rc != SQLITE_OK || !demo_step(d, st, "effect"))
		return 0;
	effect_id = db_last_id(d->db);
	/*
	 * Effects are measured for the whole city, by the gemeente, once a
	 * year: statistics, surveys and monitors publish yearly figures.
	 */
	for (i = 0; i < DEMO_EFFECT_INDS && e->ind[i].name != NULL; i++) {
		snprintf(code, sizeof(code), "%d.%02zu.%zu.E%zu", y, prog + 1,
		    eff + 1, i + 1);
		if (!demo_indicator(d, &e->ind[i], effect_id, 0, code,
		    &ind_id) ||
		    !demo_report(d, &e->ind[i], ind_id, 0, y, 10000, 10000,
		    1))
			return 0;
	}
	for (i = 0; i < DEMO_EFFECT_PERFS && e->perf[i].name != NULL; i++)
		for (r = 0; r < d->scale; r++)
			for (c = 0; c < d->copies; c++)
				if (!demo_performance(d, &e->perf[i], y, prog,
				    eff, effect_id, &number, r, c))
					return 0;
	return 1;
}

/* Every programme of every budget year, the same structure each year. */
int
demo_budget_programmes(struct demo *d)
{
	sqlite3_stmt		*st;
	const struct demo_prog	*p;
	int64_t			 programme_id;
	size_t			 i, e, k;
	int			 y, dir, rc;

	d->tpl_keur = 0;
	for (i = 0; i < demo_progs_len; i++)
		for (e = 0; e < DEMO_PROG_EFFECTS; e++)
			for (k = 0; k < DEMO_EFFECT_PERFS; k++)
				d->tpl_keur +=
				    demo_progs[i].effect[e].perf[k].budget_keur;
	if (d->tpl_keur <= 0) {
		log_err("demo: the programme templates have no budget");
		return 0;
	}
	for (y = DEMO_YEAR_FIRST; y < DEMO_YEAR_FIRST + DEMO_YEARS; y++) {
		for (i = 0; i < demo_progs_len; i++) {
			p = &demo_progs[i];
			if ((dir = demo_org_tpl(p->directie)) < 0) {
				log_err("demo: %s: no directie %s", p->name,
				    p->directie);
				return 0;
			}
			if ((st = db_stmt(d->db, demo_sql_programme)) == NULL)
				return 0;
			rc = sqlite3_bind_int(st, 1, y);
			rc |= sqlite3_bind_int(st, 2, (int)i + 1);
			rc |= demo_bind_static(st, 3, p->name);
			rc |= demo_bind_static(st, 4, p->holder);
			rc |= sqlite3_bind_int64(st, 5, d->inst[dir].id);
			rc |= demo_bind_static(st, 6, p->ambition);
			if (rc != SQLITE_OK || !demo_step(d, st, "programme"))
				return 0;
			programme_id = db_last_id(d->db);
			for (e = 0; e < DEMO_PROG_EFFECTS &&
			    p->effect[e].name != NULL; e++)
				if (!demo_effect(d, &p->effect[e], y, i, e,
				    programme_id))
					return 0;
		}
	}
	return 1;
}
