/*
 * demo_org.c: the demo organisation and its periods (see demo_internal.h).
 *
 * The organisation at scale 1 is a table; at scale N every afdeling with
 * its teams exists N times.  Budget years 2012-2017 each have four
 * periods, 2014-Q3 the open one.
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "db.h"
#include "demo_internal.h"
#include "log.h"

/*
 * The organisation at scale 1, parents before children.  Team codes are
 * <afdeling>-<team>.
 */
const struct demo_unit demo_org_units[DEMO_NUNITS] = {
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

_Static_assert(DEMO_NITEMS(demo_org_units) == DEMO_NUNITS,
    "DEMO_NUNITS is the size of demo_org_units");

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

static const char demo_sql_unit[] =
	"INSERT INTO org_unit(parent_id, kind, code, name, manager_name, sort) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char demo_sql_year[] =
	"INSERT INTO budget_year(year, state) VALUES (?1, ?2)";
static const char demo_sql_period[] =
	"INSERT INTO period(year, quarter, state, deadline) "
	"VALUES (?1, ?2, ?3, ?4)";

/* The template index of code, or -1. */
int
demo_org_tpl(const char *code)
{
	size_t i;

	for (i = 0; i < DEMO_NUNITS; i++)
		if (strcmp(demo_org_units[i].code, code) == 0)
			return (int)i;
	return -1;
}

/* Afdelingen and teams are replicated per scale; the rest exists once. */
int
demo_org_replicated(size_t t)
{
	return strcmp(demo_org_units[t].kind, "afdeling") == 0 ||
	    strcmp(demo_org_units[t].kind, "team") == 0;
}

size_t
demo_org_inst_ix(size_t t, int r)
{
	return demo_org_replicated(t) ? (size_t)r * DEMO_NUNITS + t : t;
}

/*
 * Insert the gemeente, its directies and scale replicas of every afdeling
 * with its teams.  Replica r > 0 of "PZ" is "PZ-<r+1>", its teams
 * "PZ-<r+1>-BZ", named "Publiekszaken <r+1>".
 */
int
demo_org_insert(struct demo *d)
{
	sqlite3_stmt	*st;
	const struct demo_unit *u;
	char		 code[64], name[128], mgr[96];
	const char	*dash;
	size_t		 t, ix;
	int		 r, p, a, rc, sort = 0;

	for (r = 0; r < d->scale; r++) {
		for (t = 0; t < DEMO_NUNITS; t++) {
			u = &demo_org_units[t];
			if (r > 0 && !demo_org_replicated(t))
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
			p = u->parent ? demo_org_tpl(u->parent) : -1;
			if ((st = db_stmt(d->db, demo_sql_unit)) == NULL)
				return 0;
			rc = p < 0 ? sqlite3_bind_null(st, 1) :
			    sqlite3_bind_int64(st, 1,
			    d->inst[demo_org_inst_ix((size_t)p, r)].id);
			rc |= demo_bind_static(st, 2, u->kind);
			rc |= demo_bind_copy(st, 3, code);
			rc |= demo_bind_copy(st, 4, name);
			rc |= demo_bind_copy(st, 5, mgr);
			rc |= sqlite3_bind_int(st, 6, ++sort);
			if (rc != SQLITE_OK || !demo_step(d, st, "org_unit"))
				return 0;
			ix = demo_org_inst_ix(t, r);
			d->inst[ix].id = db_last_id(d->db);
			d->nunits++;
		}
	}
	return 1;
}

/*
 * Budget years 2012-2017 and their quarters.  The demo's "today" is early
 * October 2014: 2014-Q3 is open, everything before it closed.  A deadline
 * is the 15th of the month after the quarter.
 */
int
demo_org_periods(struct demo *d)
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

/* Teams get unequal shares of their afdeling: 4:3:2 for three teams. */
int
demo_org_team_shares(size_t owner, int *team, int64_t *share, size_t max)
{
	const struct demo_unit *u;
	size_t	t, n = 0;
	int64_t	w[DEMO_NUNITS], sum = 0;

	for (t = 0; t < DEMO_NUNITS && n < max; t++) {
		u = &demo_org_units[t];
		if (u->parent == NULL ||
		    strcmp(u->parent, demo_org_units[owner].code) != 0 ||
		    strcmp(u->kind, "team") != 0)
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
