/*
 * demo.c: the deterministic demo municipality (see demo.h).
 *
 * The organisation and the accounts are tables here; the programme budget
 * is a table of templates in demo_programme.c.  demo_create() instantiates
 * the templates for every budget year and, at scale N, for N replicas of
 * every afdeling (with its teams), so that programmes grow rather than
 * multiply.  Everything random comes from one fixed-seed splitmix64
 * stream consumed in a fixed order, so the same scale gives the same rows;
 * timestamps are fixed per period for the same reason.
 *
 * Ratio figures carry numerator and denominator scaled like the value;
 * for a '%' indicator value = 100 * numerator / denominator, scaled.
 * Weighted-mean figures carry their weight, scaled the same way.
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "demo.h"
#include "demo_programme.h"
#include "log.h"
#include "pw.h"

#define DEMO_NITEMS(a)		(sizeof(a) / sizeof((a)[0]))
#define DEMO_YEAR_FIRST		2012
#define DEMO_YEARS		6	/* 2012-2017 */
#define DEMO_FIG_YEARS		3	/* figures in 2012, 2013 and 2014 */
#define DEMO_OPEN_YEAR		2014
#define DEMO_OPEN_QUARTER	3
#define DEMO_SEED		0x4b6f657273ULL	/* "Koers" */
#define DEMO_CREATED_AT		"2012-01-02T08:00:00Z"

enum demo_state {
	DEMO_NONE,		/* not started: no submission row */
	DEMO_DRAFT,
	DEMO_SUBMITTED,
	DEMO_APPROVED,
	DEMO_RETURNED
};

static const char *const demo_state_names[] = {
	"", "draft", "submitted", "approved", "returned"
};

/*
 * The organisation at scale 1, parents before children.  Team codes are
 * <afdeling>-<team>.  account names the demo account whose person manages
 * the unit, so that the figures that unit enters carry a real user.
 */
struct demo_unit {
	const char	*code;
	const char	*parent;
	const char	*kind;
	const char	*name;
	const char	*account;
};

static const struct demo_unit demo_units[] = {
	{ "GEM", NULL, "gemeente", "Gemeente Zoetermeer", "cmt" },
	{ "STAD", "GEM", "directie", "Stad", NULL },
	{ "DV", "GEM", "directie", "Dienstverlening", "directeur" },
	/* Its director is also the concern controller. */
	{ "BV", "GEM", "directie", "Bedrijfsvoering", NULL },
	{ "SO", "STAD", "afdeling", "Stadsontwikkeling", NULL },
	{ "SB", "STAD", "afdeling", "Stadsbeheer", NULL },
	{ "SB-GR", "SB", "team", "Groen", NULL },
	{ "SB-WW", "SB", "team", "Wegen en Water", NULL },
	{ "SB-RE", "SB", "team", "Reiniging", NULL },
	{ "VM", "STAD", "afdeling", "Verkeer en Milieu", NULL },
	{ "EB", "STAD", "afdeling", "Economie en Binnenstad", NULL },
	{ "PZ", "DV", "afdeling", "Publiekszaken", "manager" },
	{ "PZ-BZ", "PZ", "team", "Burgerzaken", NULL },
	{ "PZ-KCC", "PZ", "team", "Klantcontactcentrum", NULL },
	{ "PZ-VG", "PZ", "team", "Vergunningen", NULL },
	{ "WI", "DV", "afdeling", "Werk en Inkomen", NULL },
	{ "WI-WSP", "WI", "team", "Werkgeversservicepunt", NULL },
	{ "WI-INK", "WI", "team", "Inkomen", NULL },
	{ "WI-REI", "WI", "team", "Re-integratie", NULL },
	{ "JO", "DV", "afdeling", "Jeugd en Onderwijs", NULL },
	{ "JO-JGD", "JO", "team", "Jeugd", NULL },
	{ "JO-OND", "JO", "team", "Onderwijs", NULL },
	{ "JO-LP", "JO", "team", "Leerplicht", NULL },
	{ "MO", "DV", "afdeling", "Maatschappelijke Ontwikkeling", NULL },
	{ "VH", "DV", "afdeling", "Veiligheid en Handhaving", NULL },
	{ "FIN", "BV", "afdeling", "Financiën", NULL },
	{ "HRM", "BV", "afdeling", "HRM", NULL },
	{ "IV", "BV", "afdeling", "Informatievoorziening", NULL },
	{ "FZ", "BV", "afdeling", "Facilitaire Zaken", NULL },
};

#define DEMO_NUNITS	DEMO_NITEMS(demo_units)

/* The unit whose 2014-Q3 submission the director has returned. */
#define DEMO_RETURNED_UNIT	"PZ-KCC"

const struct demo_account demo_accounts_table[] = {
	{ "beheerder", "koers-beheerder-2014", "administrator", "GEM",
	  "Fatima el Amrani" },
	{ "cmt", "koers-cmt-2014-zoetermeer", "cmt", "GEM",
	  "Jan-Willem Verhoeven" },
	{ "directeur", "koers-directeur-2014", "director", "DV",
	  "Karin de Groot" },
	{ "manager", "koers-manager-2014", "manager", "PZ",
	  "Sander Bos" },
	{ "griffie", "koers-griffie-2014", "council", "GEM",
	  "Ingrid Kok" },
};

#define DEMO_NACCOUNTS	DEMO_NITEMS(demo_accounts_table)

const size_t demo_accounts_len = DEMO_NACCOUNTS;

/* Managers of the other units are drawn from these. */
static const char *const demo_first_names[] = {
	"Anouk", "Bart", "Carla", "Dirk", "Esther", "Frank", "Gerda", "Henk",
	"Ilse", "Joost", "Kees", "Linda", "Marco", "Nicole", "Olaf", "Petra",
	"Rob", "Saskia", "Tom", "Ursula", "Vincent", "Wendy", "Yvonne",
	"Ahmed", "Mirjam", "Ruud", "Sandra", "Erik", "Monique", "Hatice",
};

static const char *const demo_last_names[] = {
	"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
	"Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Wit",
	"Dekker", "van Leeuwen", "Brouwer", "de Graaf", "van der Linden",
	"Kok", "Jacobs", "Vermeulen", "van der Heijden", "Hoekstra", "Peters",
	"van Beek", "Koster", "Prins", "Hendriks", "Postma", "Yilmaz",
};

static const char *const demo_expl_risk[] = {
	"Door ziekteverzuim in het team liep de afhandeling iets achter.",
	"De instroom was dit kwartaal hoger dan geraamd.",
	"Invoering van het nieuwe zaaksysteem kostte meer inwerktijd dan "
	"verwacht.",
	"Seizoensinvloed: in de zomermaanden ligt de productie lager.",
	"Een ketenpartner leverde gegevens later aan dan afgesproken.",
};

static const char *const demo_expl_off[] = {
	"Langdurige vacatures en verzuim: de capaciteit lag een kwart onder "
	"de planning.",
	"De aanbesteding is vertraagd; de opdracht is twee maanden later "
	"gegund dan gepland.",
	"Nieuwe wetgeving leidde tot een sterke stijging van het aantal "
	"aanvragen.",
	"Storingen in de ICT-systemen hebben het werk enkele weken "
	"stilgelegd.",
	"De economische situatie pakt ongunstiger uit dan bij de begroting "
	"voorzien.",
};

static const char *const demo_measures[] = {
	"Tijdelijk extra capaciteit ingehuurd tot het einde van het jaar.",
	"Werkvoorraad wordt wekelijks in het afdelingsoverleg gevolgd; de "
	"achterstand is in het vierde kwartaal weggewerkt.",
	"Het werkproces wordt met een Lean-verbeterteam doorgelicht; "
	"resultaten in het volgende kwartaal.",
	"Afspraken met de ketenpartner aangescherpt; escalatie via de "
	"directeur.",
	"Prioriteiten herijkt: minder urgente taken schuiven door naar "
	"volgend jaar.",
};

static const char *const demo_cost_expl[] = {
	"Hogere inhuur van externen door openstaande vacatures.",
	"Uitgaven voor onderhoud vallen eerder in het jaar dan begroot.",
	"Vertraging in het project: de uitgaven verschuiven naar later.",
	"Volumestijging in de uitvoering bij gelijkblijvend budget.",
	"Aanbestedingsvoordeel: het contract viel lager uit dan geraamd.",
};

static const char *const demo_cost_measures[] = {
	"Inhuur wordt afgebouwd; vacatures zijn uitgezet.",
	"Overschrijding wordt binnen het programma gecompenseerd.",
	"Bij de bestuursrapportage wordt een budgetbijstelling voorgesteld.",
};

static const char demo_returned_comment[] =
	"De toelichting bij de telefonische bereikbaarheid ontbreekt en de "
	"prognose is niet onderbouwd. Graag aanvullen en opnieuw indienen.";

/* One instance of a unit template at one replica. */
struct demo_inst {
	int64_t		 id;
	int64_t		 user_id;	/* its manager's account, 0: none */
	int64_t		 director_id;	/* its directie's director, 0: none */
	int		 used;		/* reports figures or owns costs */
	enum demo_state	 state;		/* in the open period */
};

/* One (indicator, reporting unit) of a year that has figures. */
struct demo_pair {
	const struct demo_ind *t;
	int64_t		 ind_id;
	size_t		 unit;		/* index into demo.inst */
	int64_t		 tgt[5];	/* year, Q1..Q4 */
	int64_t		 min, max;	/* max < min: unbounded above */
	int64_t		 volume;	/* denominator or weight per quarter */
	int64_t		 acc;		/* sum of the quarters so far */
	int		 year;
	int		 health;	/* 0 good, 1 mixed, 2 troubled */
};

/* One performance of a year that has figures, for its cost rows. */
struct demo_cost {
	int64_t		 perf_id;
	int64_t		 budget;	/* cents, whole year */
	size_t		 unit;
	int		 year;
	int		 health;
};

struct demo {
	struct db		*db;
	int			 scale;
	int			 copies;	/* performances per template and replica */
	uint64_t		 rng;
	struct demo_inst	*inst;		/* scale * DEMO_NUNITS */
	size_t			 ninst;
	int64_t			 account_id[DEMO_NACCOUNTS];
	int64_t			 period_id[DEMO_FIG_YEARS][4];
	struct demo_pair	*pairs;
	size_t			 npairs, cappairs;
	struct demo_cost	*costs;
	size_t			 ncosts, capcosts;
	size_t			 nunits, nind, nfig;
};

static const char demo_sql_count_units[] =
	"SELECT count(*) FROM org_unit";
static const char demo_sql_fk_get[] = "PRAGMA foreign_keys";
static const char demo_sql_fk_check[] = "PRAGMA foreign_key_check";
static const char demo_sql_unit[] =
	"INSERT INTO org_unit(parent_id, kind, code, name, manager_name, sort) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char demo_sql_user[] =
	"INSERT INTO user(username, display_name, password_hash, created_at) "
	"VALUES (?1, ?2, ?3, ?4)";
static const char demo_sql_role[] =
	"INSERT INTO role_assignment(user_id, role, org_unit_id) "
	"VALUES (?1, ?2, ?3)";
static const char demo_sql_year[] =
	"INSERT INTO budget_year(year, state) VALUES (?1, ?2)";
static const char demo_sql_period[] =
	"INSERT INTO period(year, quarter, state, deadline) "
	"VALUES (?1, ?2, ?3, ?4)";
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
	"is_policy) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
	"?12, ?13, ?14, ?15, ?16, ?17)";
static const char demo_sql_indicator_unit[] =
	"INSERT INTO indicator_unit(indicator_id, org_unit_id) VALUES (?1, ?2)";
/* One statement for the five targets of a year: a fifth of the steps. */
static const char demo_sql_targets[] =
	"INSERT INTO target(indicator_id, org_unit_id, year, quarter, value) "
	"VALUES (?1, ?2, ?3, 0, ?4), (?1, ?2, ?3, 1, ?5), (?1, ?2, ?3, 2, ?6), "
	"(?1, ?2, ?3, 3, ?7), (?1, ?2, ?3, 4, ?8)";
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

/* splitmix64: tiny, fast, and the same on every platform. */
static uint64_t
demo_rand(struct demo *d)
{
	uint64_t z;

	z = (d->rng += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* Uniform in [lo, hi]; the modulo bias is irrelevant for demo data. */
static int64_t
demo_range(struct demo *d, int64_t lo, int64_t hi)
{
	return lo + (int64_t)(demo_rand(d) % (uint64_t)(hi - lo + 1));
}

/* One of n texts. */
static const char *
demo_pick(struct demo *d, const char *const *v, size_t n)
{
	return v[demo_rand(d) % n];
}

/* Round a * b / c to nearest for non-negative b and positive c. */
static int64_t
demo_muldiv(int64_t a, int64_t b, int64_t c)
{
	int64_t n = a * b;

	return n >= 0 ? (n + c / 2) / c : -((-n + c / 2) / c);
}

static int64_t
demo_pow10(int e)
{
	int64_t p = 1;

	while (e-- > 0)
		p *= 10;
	return p;
}

/* Step a cached insert; logs what failed. */
static int
demo_step(struct demo *d, sqlite3_stmt *st, const char *what)
{
	int rc;

	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		log_err("demo: insert %s: %s", what, sqlite3_errmsg(d->db->sql));
		return 0;
	}
	return 1;
}

/*
 * Binding helpers.  SQLITE_OK is 0, so callers OR the results of a row's
 * bindings together and check once.
 */
static int
demo_bind_static(sqlite3_stmt *st, int i, const char *s)
{
	return sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
}

static int
demo_bind_copy(sqlite3_stmt *st, int i, const char *s)
{
	return sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
}

/* An id or an optional value: 0 or !has binds NULL. */
static int
demo_bind_opt(sqlite3_stmt *st, int i, int has, int64_t v)
{
	return has ? sqlite3_bind_int64(st, i, v) : sqlite3_bind_null(st, i);
}

static int
demo_bind_ref(sqlite3_stmt *st, int i, int64_t id)
{
	return demo_bind_opt(st, i, id != 0, id);
}

/* The template index of code, or -1. */
static int
demo_unit_tpl(const char *code)
{
	size_t i;

	for (i = 0; i < DEMO_NUNITS; i++)
		if (strcmp(demo_units[i].code, code) == 0)
			return (int)i;
	return -1;
}

/* Afdelingen and teams are replicated per scale; the rest exists once. */
static int
demo_unit_replicated(size_t t)
{
	return strcmp(demo_units[t].kind, "afdeling") == 0 ||
	    strcmp(demo_units[t].kind, "team") == 0;
}

static size_t
demo_inst_ix(size_t t, int r)
{
	return demo_unit_replicated(t) ? (size_t)r * DEMO_NUNITS + t : t;
}

static int
demo_account_ix(const char *username)
{
	size_t i;

	for (i = 0; i < DEMO_NACCOUNTS; i++)
		if (strcmp(demo_accounts_table[i].username, username) == 0)
			return (int)i;
	return -1;
}

/*
 * Insert the gemeente, its directies and scale replicas of every afdeling
 * with its teams.  Replica r > 0 of "PZ" is "PZ-<r+1>", its teams
 * "PZ-<r+1>-BZ", named "Publiekszaken <r+1>".
 */
static int
demo_org(struct demo *d)
{
	sqlite3_stmt	*st;
	const struct demo_unit *u;
	char		 code[64], name[128], mgr[96];
	const char	*dash;
	size_t		 t, ix;
	int		 r, p, a, rc, sort = 0;

	for (r = 0; r < d->scale; r++) {
		for (t = 0; t < DEMO_NUNITS; t++) {
			u = &demo_units[t];
			if (r > 0 && !demo_unit_replicated(t))
				continue;
			if (r == 0)
				snprintf(code, sizeof(code), "%s", u->code);
			else if (strcmp(u->kind, "afdeling") == 0)
				snprintf(code, sizeof(code), "%s-%d", u->code,
				    r + 1);
			else {
				dash = strchr(u->code, '-');
				snprintf(code, sizeof(code), "%s-%d%s",
				    u->parent, r + 1, dash ? dash : "");
			}
			if (r == 0)
				snprintf(name, sizeof(name), "%s", u->name);
			else
				snprintf(name, sizeof(name), "%s %d", u->name,
				    r + 1);
			if (r == 0 && u->account != NULL &&
			    (a = demo_account_ix(u->account)) >= 0)
				snprintf(mgr, sizeof(mgr), "%s",
				    demo_accounts_table[a].display_name);
			else
				snprintf(mgr, sizeof(mgr), "%s %s",
				    demo_pick(d, demo_first_names,
				    DEMO_NITEMS(demo_first_names)),
				    demo_pick(d, demo_last_names,
				    DEMO_NITEMS(demo_last_names)));
			p = u->parent ? demo_unit_tpl(u->parent) : -1;
			if ((st = db_stmt(d->db, demo_sql_unit)) == NULL)
				return 0;
			rc = p < 0 ? sqlite3_bind_null(st, 1) :
			    sqlite3_bind_int64(st, 1,
			    d->inst[demo_inst_ix((size_t)p, r)].id);
			rc |= demo_bind_static(st, 2, u->kind);
			rc |= demo_bind_copy(st, 3, code);
			rc |= demo_bind_copy(st, 4, name);
			rc |= demo_bind_copy(st, 5, mgr);
			rc |= sqlite3_bind_int(st, 6, ++sort);
			if (rc != SQLITE_OK || !demo_step(d, st, "org_unit"))
				return 0;
			ix = demo_inst_ix(t, r);
			d->inst[ix].id = db_last_id(d->db);
			d->nunits++;
		}
	}
	return 1;
}

/*
 * The accounts, with hashes made before the transaction, and their roles.
 * Then every unit learns its manager's and its director's account, which
 * the figures and submissions they "entered" refer to.
 */
static int
demo_accounts_insert(struct demo *d, char *const *hash)
{
	sqlite3_stmt	*st;
	const struct demo_account *a;
	size_t		 i, t;
	int		 s, r, p, rc, ai;

	for (i = 0; i < DEMO_NACCOUNTS; i++) {
		a = &demo_accounts_table[i];
		if ((s = demo_unit_tpl(a->scope_code)) < 0) {
			log_err("demo: %s: no unit %s", a->username,
			    a->scope_code);
			return 0;
		}
		if ((st = db_stmt(d->db, demo_sql_user)) == NULL)
			return 0;
		rc = demo_bind_static(st, 1, a->username);
		rc |= demo_bind_static(st, 2, a->display_name);
		rc |= demo_bind_static(st, 3, hash[i]);
		rc |= demo_bind_static(st, 4, DEMO_CREATED_AT);
		if (rc != SQLITE_OK || !demo_step(d, st, "user"))
			return 0;
		d->account_id[i] = db_last_id(d->db);
		if ((st = db_stmt(d->db, demo_sql_role)) == NULL)
			return 0;
		rc = sqlite3_bind_int64(st, 1, d->account_id[i]);
		rc |= demo_bind_static(st, 2, a->role);
		rc |= sqlite3_bind_int64(st, 3, d->inst[s].id);
		if (rc != SQLITE_OK || !demo_step(d, st, "role_assignment"))
			return 0;
	}
	for (r = 0; r < d->scale; r++) {
		for (t = 0; t < DEMO_NUNITS; t++) {
			if (r > 0 && !demo_unit_replicated(t))
				continue;
			if (r == 0 && demo_units[t].account != NULL &&
			    (ai = demo_account_ix(demo_units[t].account)) >= 0)
				d->inst[t].user_id = d->account_id[ai];
			/* Walk up to the directie. */
			p = (int)t;
			while (p >= 0 &&
			    strcmp(demo_units[p].kind, "directie") != 0)
				p = demo_units[p].parent ?
				    demo_unit_tpl(demo_units[p].parent) : -1;
			if (p >= 0 && demo_units[p].account != NULL &&
			    (ai = demo_account_ix(demo_units[p].account)) >= 0)
				d->inst[demo_inst_ix(t, r)].director_id =
				    d->account_id[ai];
		}
	}
	return 1;
}

/*
 * Budget years 2012-2017 and their quarters.  The demo's "today" is early
 * October 2014: 2014-Q3 is open, everything before it closed.  A deadline
 * is the 15th of the month after the quarter.
 */
static int
demo_periods(struct demo *d)
{
	sqlite3_stmt	*st;
	char		 deadline[32];
	const char	*state;
	int		 y, q, rc;

	for (y = DEMO_YEAR_FIRST; y < DEMO_YEAR_FIRST + DEMO_YEARS; y++) {
		if ((st = db_stmt(d->db, demo_sql_year)) == NULL)
			return 0;
		state = y < DEMO_OPEN_YEAR ? "closed" :
		    y == DEMO_OPEN_YEAR ? "adopted" : "draft";
		rc = sqlite3_bind_int(st, 1, y);
		rc |= demo_bind_static(st, 2, state);
		if (rc != SQLITE_OK || !demo_step(d, st, "budget_year"))
			return 0;
		for (q = 1; q <= 4; q++) {
			if (q < 4)
				snprintf(deadline, sizeof(deadline),
				    "%04d-%02d-15", y, q * 3 + 1);
			else
				snprintf(deadline, sizeof(deadline),
				    "%04d-01-15", y + 1);
			if (y * 4 + q < DEMO_OPEN_YEAR * 4 + DEMO_OPEN_QUARTER)
				state = "closed";
			else if (y * 4 + q ==
			    DEMO_OPEN_YEAR * 4 + DEMO_OPEN_QUARTER)
				state = "open";
			else
				state = "planned";
			if ((st = db_stmt(d->db, demo_sql_period)) == NULL)
				return 0;
			rc = sqlite3_bind_int(st, 1, y);
			rc |= sqlite3_bind_int(st, 2, q);
			rc |= demo_bind_static(st, 3, state);
			rc |= demo_bind_copy(st, 4, deadline);
			if (rc != SQLITE_OK || !demo_step(d, st, "period"))
				return 0;
			if (y - DEMO_YEAR_FIRST < DEMO_FIG_YEARS)
				d->period_id[y - DEMO_YEAR_FIRST][q - 1] =
				    db_last_id(d->db);
		}
	}
	return 1;
}

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

static int64_t
demo_clamp(int64_t v, int64_t min, int64_t max)
{
	if (v < min)
		v = min;
	if (max >= min && v > max)
		v = max;
	return v;
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
 * unit's share of an additive target.
 */
static void
demo_targets(const struct demo_ind *t, int y, int64_t share_bp,
    int64_t *tgt)
{
	int64_t	ty;
	int	q;

	ty = demo_year_target(t, y);
	if (demo_additive(t))
		ty = demo_muldiv(ty, share_bp, 10000);
	tgt[0] = ty;
	for (q = 1; q <= 4; q++) {
		if (strcmp(t->aggregation, "sum") != 0)
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
	struct demo_pair	*n;
	size_t			 cap;

	if (d->npairs == d->cappairs) {
		cap = d->cappairs ? d->cappairs * 2 : 1024;
		if ((n = reallocarray(d->pairs, cap, sizeof(*n))) == NULL) {
			log_err("demo: out of memory");
			return 0;
		}
		d->pairs = n;
		d->cappairs = cap;
	}
	d->pairs[d->npairs++] = *p;
	return 1;
}

static int
demo_cost_add(struct demo *d, const struct demo_cost *c)
{
	struct demo_cost	*n;
	size_t			 cap;

	if (d->ncosts == d->capcosts) {
		cap = d->capcosts ? d->capcosts * 2 : 256;
		if ((n = reallocarray(d->costs, cap, sizeof(*n))) == NULL) {
			log_err("demo: out of memory");
			return 0;
		}
		d->costs = n;
		d->capcosts = cap;
	}
	d->costs[d->ncosts++] = *c;
	return 1;
}

/*
 * One indicator row.  Effect indicators get a baseline: the 2011 value,
 * one step before the first target.
 */
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
	rc |= demo_bind_static(st, 5, t->unit);
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
	if (rc != SQLITE_OK || !demo_step(d, st, "indicator"))
		return 0;
	*id = db_last_id(d->db);
	d->nind++;
	return 1;
}

/*
 * One reporting unit of an indicator: the link, the targets and, in a
 * year with figures, a pair for demo_figures().  size_bp scales the
 * replica's volume, share_bp is a team's share of its afdeling.
 */
static int
demo_report(struct demo *d, const struct demo_ind *t, int64_t ind_id,
    size_t unit, int y, int64_t size_bp, int64_t share_bp)
{
	sqlite3_stmt		*st;
	struct demo_pair	 p;
	int64_t			 h;
	int			 rc;

	memset(&p, 0, sizeof(p));
	demo_targets(t, y, demo_muldiv(size_bp, share_bp, 10000), p.tgt);
	if ((st = db_stmt(d->db, demo_sql_indicator_unit)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, ind_id);
	rc |= sqlite3_bind_int64(st, 2, d->inst[unit].id);
	if (rc != SQLITE_OK || !demo_step(d, st, "indicator_unit"))
		return 0;
	if ((st = db_stmt(d->db, demo_sql_targets)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, ind_id);
	rc |= sqlite3_bind_int64(st, 2, d->inst[unit].id);
	rc |= sqlite3_bind_int(st, 3, y);
	rc |= sqlite3_bind_int64(st, 4, p.tgt[0]);
	rc |= sqlite3_bind_int64(st, 5, p.tgt[1]);
	rc |= sqlite3_bind_int64(st, 6, p.tgt[2]);
	rc |= sqlite3_bind_int64(st, 7, p.tgt[3]);
	rc |= sqlite3_bind_int64(st, 8, p.tgt[4]);
	if (rc != SQLITE_OK || !demo_step(d, st, "target"))
		return 0;
	d->inst[unit].used = 1;
	if (y - DEMO_YEAR_FIRST >= DEMO_FIG_YEARS)
		return 1;
	p.t = t;
	p.ind_id = ind_id;
	p.unit = unit;
	p.year = y;
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

/* Teams get unequal shares of their afdeling: 4:3:2 for three teams. */
static int
demo_team_shares(size_t owner, int *team, int64_t *share, size_t max)
{
	size_t	t, n = 0;
	int64_t	w[DEMO_NUNITS], sum = 0;

	for (t = 0; t < DEMO_NUNITS && n < max; t++) {
		if (demo_units[t].parent == NULL ||
		    strcmp(demo_units[t].parent, demo_units[owner].code) != 0 ||
		    strcmp(demo_units[t].kind, "team") != 0)
			continue;
		team[n] = (int)t;
		w[n] = 4 - (int64_t)(n % 3);
		sum += w[n];
		n++;
	}
	for (t = 0; t < n; t++)
		share[t] = demo_muldiv(w[t], 10000, sum);
	return (int)n;
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
	char			 name[256], code[64];
	int			 owner, team[DEMO_NUNITS], nteam, k, rc;
	int64_t			 share[DEMO_NUNITS], size_bp, budget, perf_id,
				 ind_id;
	size_t			 unit, i;

	if ((owner = demo_unit_tpl(pf->owner)) < 0) {
		log_err("demo: %s: no unit %s", pf->name, pf->owner);
		return 0;
	}
	unit = demo_inst_ix((size_t)owner, r);
	/* Replicas and copies differ in size, the original is as written. */
	size_bp = r == 0 && c == 0 ? 10000 : demo_range(d, 7000, 13000);
	budget = demo_muldiv(pf->budget_keur * 100000, size_bp, 10000);
	/* Indexation 1.5 % a year. */
	budget = demo_muldiv(budget, 1000 + 15 * (y - DEMO_YEAR_FIRST), 1000);
	if (r == 0 && c == 0)
		snprintf(name, sizeof(name), "%s", pf->name);
	else if (c == 0)
		snprintf(name, sizeof(name), "%s (%s %d)", pf->name,
		    demo_units[owner].name, r + 1);
	else
		snprintf(name, sizeof(name), "%s (%s %d, deel %d)", pf->name,
		    demo_units[owner].name, r + 1, c + 1);
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
		nteam = t->per_team ? demo_team_shares((size_t)owner, team,
		    share, DEMO_NUNITS) : 0;
		if (nteam == 0) {
			if (!demo_report(d, t, ind_id, unit, y, size_bp, 10000))
				return 0;
			continue;
		}
		for (k = 0; k < nteam; k++)
			if (!demo_report(d, t, ind_id,
			    demo_inst_ix((size_t)team[k], r), y, size_bp,
			    share[k]))
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
	/* Effects are measured for the whole city, by the gemeente. */
	for (i = 0; i < DEMO_EFFECT_INDS && e->ind[i].name != NULL; i++) {
		snprintf(code, sizeof(code), "%d.%02zu.%zu.E%zu", y, prog + 1,
		    eff + 1, i + 1);
		if (!demo_indicator(d, &e->ind[i], effect_id, 0, code,
		    &ind_id) ||
		    !demo_report(d, &e->ind[i], ind_id, 0, y, 10000, 10000))
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
static int
demo_programmes(struct demo *d)
{
	sqlite3_stmt		*st;
	const struct demo_prog	*p;
	int64_t			 programme_id;
	size_t			 i, e;
	int			 y, dir, rc;

	for (y = DEMO_YEAR_FIRST; y < DEMO_YEAR_FIRST + DEMO_YEARS; y++) {
		for (i = 0; i < demo_progs_len; i++) {
			p = &demo_progs[i];
			if ((dir = demo_unit_tpl(p->directie)) < 0) {
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

/*
 * The open period's workflow: every state present.  The demo manager's
 * afdeling is in draft so the manager journey can be tried, one of its
 * teams has been returned by the director; the rest follow a fixed cycle
 * that includes units that have not started.
 */
static void
demo_states(struct demo *d)
{
	static const enum demo_state cycle[] = {
		DEMO_APPROVED, DEMO_SUBMITTED, DEMO_DRAFT, DEMO_NONE,
		DEMO_APPROVED, DEMO_SUBMITTED, DEMO_NONE, DEMO_DRAFT,
		DEMO_APPROVED, DEMO_SUBMITTED
	};
	int	 mgr, ret, a;
	size_t	 i, k = 0;

	a = demo_account_ix("manager");
	mgr = a >= 0 ? demo_unit_tpl(demo_accounts_table[a].scope_code) : -1;
	ret = demo_unit_tpl(DEMO_RETURNED_UNIT);
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

/* Closed periods: every unit approved.  The open one: demo_states(). */
static int
demo_submissions(struct demo *d)
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

/* One figure of pair p in quarter q. */
static int
demo_figure(struct demo *d, struct demo_pair *p, int q, int64_t period_id,
    const char *at)
{
	sqlite3_stmt	*st;
	const struct demo_ind *t = p->t;
	int64_t		 target = p->tgt[q], v, fc, num = 0, den = 0, w = 0,
			 scale = demo_pow10(t->decimals);
	int		 status, ratio, mean, rc;

	v = demo_value(d, p, target);
	ratio = strcmp(t->aggregation, "ratio") == 0;
	mean = strcmp(t->aggregation, "mean") == 0;
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
	} else if (mean)
		w = demo_muldiv(p->volume, demo_range(d, 90, 110), 100) * scale;
	status = demo_status(t, v, target);
	/* Year-end forecast: extrapolate, expecting half a recovery. */
	if (strcmp(t->aggregation, "sum") == 0 && t->cumulative)
		fc = q < 4 ? (demo_muldiv(v, 4, q) + p->tgt[0]) / 2 : v;
	else if (strcmp(t->aggregation, "sum") == 0) {
		if (q == 1)
			p->acc = 0;
		p->acc += v;
		fc = p->acc + (4 - q) * (v + p->tgt[q]) / 2;
	} else
		fc = q < 4 ? (v + p->tgt[0]) / 2 : v;
	fc = demo_clamp(fc, p->min, p->max);
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
	rc |= demo_bind_static(st, 9, status == 0 ? "" : status == 1 ?
	    demo_pick(d, demo_expl_risk, DEMO_NITEMS(demo_expl_risk)) :
	    demo_pick(d, demo_expl_off, DEMO_NITEMS(demo_expl_off)));
	rc |= demo_bind_static(st, 10, status < 2 ? "" :
	    demo_pick(d, demo_measures, DEMO_NITEMS(demo_measures)));
	rc |= demo_bind_ref(st, 11, d->inst[p->unit].user_id);
	rc |= demo_bind_static(st, 12, at);
	if (rc != SQLITE_OK || !demo_step(d, st, "figure"))
		return 0;
	d->nfig++;
	return 1;
}

/*
 * Cost of one performance up to quarter q: budget to date is a quarter
 * of the year's budget per quarter; realisation mostly close to it.
 */
static int
demo_cost(struct demo *d, const struct demo_cost *c, int q,
    int64_t period_id, const char *at, int filled)
{
	sqlite3_stmt	*st;
	int64_t		 ytd, dev, real, fc;
	const char	*expl = "", *measure = "";
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
	if (dev > 1000 || dev < -1000)
		expl = demo_pick(d, demo_cost_expl, DEMO_NITEMS(demo_cost_expl));
	if (dev > 1000)
		measure = demo_pick(d, demo_cost_measures,
		    DEMO_NITEMS(demo_cost_measures));
	if ((st = db_stmt(d->db, demo_sql_cost)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, c->perf_id);
	rc |= sqlite3_bind_int64(st, 2, period_id);
	rc |= sqlite3_bind_int64(st, 3, ytd);
	rc |= demo_bind_opt(st, 4, filled, real);
	rc |= demo_bind_opt(st, 5, filled, fc);
	rc |= demo_bind_static(st, 6, filled ? expl : "");
	rc |= demo_bind_static(st, 7, filled ? measure : "");
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
static int
demo_figures(struct demo *d)
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
				if (d->pairs[i].year != y)
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

/*
 * How many performances each template gets per replica.  Replicating the
 * afdelingen alone adds only about 1,060 figures per replica; this second
 * factor (1 up to scale 3, 18 at scale 50) brings scale 50 to about
 * 950,000 figures while scale 1 stays the realistic municipality.
 */
static int
demo_copies(int scale)
{
	return (9 * scale + 16) / 25;
}

/* Refuse a database that already holds an organisation. */
static int
demo_is_empty(struct db *db)
{
	sqlite3_stmt	*st;
	int		 rc, n = -1;

	if ((st = db_stmt(db, demo_sql_count_units)) == NULL)
		return 0;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	if (n < 0) {
		log_err("demo: counting org units: %s", sqlite3_errmsg(db->sql));
		return 0;
	}
	if (n > 0) {
		log_err("demo: the database already has %d org units; "
		    "demo data needs an empty database", n);
		return 0;
	}
	return 1;
}

/* Whether the connection enforces foreign keys: 1, 0, or -1 on error. */
static int
demo_fk_enabled(struct db *db)
{
	sqlite3_stmt	*st;
	int		 on = -1;

	if ((st = db_stmt(db, demo_sql_fk_get)) == NULL)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		on = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return on;
}

/*
 * Foreign keys are checked once over the whole load, not per row: at
 * scale 50 the per-row checks cost a fifth of the time.  Any violation
 * fails the load.
 */
static int
demo_fk_check(struct db *db)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((st = db_stmt(db, demo_sql_fk_check)) == NULL)
		return 0;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		log_err("demo: foreign key violation in %s",
		    sqlite3_column_text(st, 0));
	else if (rc != SQLITE_DONE)
		log_err("demo: foreign key check: %s", sqlite3_errmsg(db->sql));
	sqlite3_reset(st);
	return rc == SQLITE_DONE;
}

int
demo_create(struct db *db, int scale)
{
	struct demo	 d;
	char		*hash[DEMO_NACCOUNTS];
	size_t		 i;
	int		 ok = 0, began = 0, fk = 0;

	memset(&d, 0, sizeof(d));
	memset(hash, 0, sizeof(hash));
	if (scale < 1 || scale > DEMO_SCALE_MAX) {
		log_err("demo: scale %d: must be 1..%d", scale, DEMO_SCALE_MAX);
		return 0;
	}
	d.db = db;
	d.scale = scale;
	d.copies = demo_copies(scale);
	d.rng = DEMO_SEED;
	d.ninst = (size_t)scale * DEMO_NUNITS;
	if ((d.inst = calloc(d.ninst, sizeof(*d.inst))) == NULL) {
		log_err("demo: out of memory");
		goto out;
	}
	/* Argon2 is slow on purpose: hash before taking the write lock. */
	for (i = 0; i < DEMO_NACCOUNTS; i++)
		if ((hash[i] = pw_hash(demo_accounts_table[i].password)) ==
		    NULL) {
			log_err("demo: cannot hash a password");
			goto out;
		}
	/* Only outside a transaction can the pragma change anything. */
	if ((fk = demo_fk_enabled(db)) < 0 ||
	    (fk && !db_exec(db, "PRAGMA foreign_keys = OFF")))
		goto out;
	if (!db_begin_immediate(db))
		goto out;
	began = 1;
	if (!demo_is_empty(db) ||
	    !demo_org(&d) ||
	    !demo_accounts_insert(&d, hash) ||
	    !demo_periods(&d) ||
	    !demo_programmes(&d))
		goto out;
	demo_states(&d);
	if (!demo_submissions(&d) ||
	    !demo_figures(&d) ||
	    !demo_fk_check(db))
		goto out;
	if (!db_commit(db))
		goto out;
	began = 0;
	log_info("demo: scale %d: %zu org units, %zu programmes a year, "
	    "%zu indicators, %zu figures", scale, d.nunits, demo_progs_len,
	    d.nind, d.nfig);
	ok = 1;
out:
	if (began)
		db_rollback(db);
	if (fk > 0 && !db_exec(db, "PRAGMA foreign_keys = ON"))
		ok = 0;
	for (i = 0; i < DEMO_NACCOUNTS; i++)
		free(hash[i]);
	free(d.inst);
	free(d.pairs);
	free(d.costs);
	return ok;
}

void
demo_accounts(FILE *f)
{
	const struct demo_account *a;
	size_t i;

	fprintf(f, "Demo accounts:\n");
	fprintf(f, "  %-10s %-26s %-14s %s\n", "username", "password", "role",
	    "scope");
	for (i = 0; i < DEMO_NACCOUNTS; i++) {
		a = &demo_accounts_table[i];
		fprintf(f, "  %-10s %-26s %-14s %s\n", a->username,
		    a->password, a->role, a->scope_code);
	}
}
