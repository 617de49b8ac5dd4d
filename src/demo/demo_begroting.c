/*
 * demo_begroting.c: the demo's budget lines (see demo_internal.h).
 *
 * Every performance gets its lasten as budget lines that add up to its
 * year budget exactly: one structureel line and, for about a third of
 * them, an incidenteel part.  Performances that earn income get a baten
 * line of a realistic share (afvalstoffenheffing covers the collection of
 * waste, the rijksuitkering BUIG most of the uitkeringen, leges part of
 * permits and passports).  The rest of the lasten is covered by the
 * algemene dekkingsmiddelen, put on the performance "Financieel beheer en
 * control" (taakvelden 0.5 to 0.10): the gemeentefonds, OZB, other taxes,
 * dividend and a withdrawal from the reserves, so that the begroting of
 * every year is balanced with a small surplus, as a Dutch begroting must
 * be.  Sources and sizes: docs/notes-budget.md.
 *
 * The meerjarenraming follows the savings path of demo_budget.c: a
 * structureel line of year y is, in year y + k, its amount times
 * (lasten - savings(y + k)) / (lasten - savings(y)); an incidenteel line
 * has no raming.  The begrotingswijziging of 2014 (Voorjaarsnota, decided
 * 3 July 2014) adds EUR 250.000 to road maintenance, paid from the
 * reserves.
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "db.h"
#include "demo_internal.h"
#include "log.h"

/* Must match demo_budget.c's savings path. */
#define DB_LASTEN_KEUR		375000
#define DB_SAVING_2012		1200
#define DB_SAVING_STEP		1220
#define DB_SAVING_LAST		2017

static const char demo_sql_line[] =
	"INSERT INTO budget_line(performance_id, org_unit_id, kind, recurrence, "
	"taakveld, description, amount_cents, raming1_cents, raming2_cents, "
	"raming3_cents, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
	"?9, ?10, '2013-11-07T19:00:00Z')";
static const char demo_sql_amendment[] =
	"INSERT INTO amendment(year, number, decided_on, description, "
	"created_at) VALUES (?1, ?2, ?3, ?4, ?5)";
static const char demo_sql_change[] =
	"INSERT INTO amendment_change(amendment_id, line_id, delta_cents) "
	"VALUES (?1, ?2, ?3)";
static const char demo_sql_perf_budget[] =
	"UPDATE performance SET budget_cents = budget_cents + ?2 WHERE id = ?1";

/* Taakvelden of a performance template and the share of its own baten. */
struct demo_tv {
	const char	*perf;		/* template name */
	const char	*lasten;	/* taakveld of its lasten */
	const char	*baten;		/* taakveld of its baten, NULL: none */
	int64_t		 baten_bp;	/* baten as a share of its lasten */
	const char	*baten_desc;
};

static const struct demo_tv demo_tvs[] = {
	{ "Handhaving leerplicht", "4.3", NULL, 0, NULL },
	{ "Voor- en vroegschoolse educatie", "4.3", "4.3", 3000,
	  "Rijksbijdrage onderwijsachterstandenbeleid" },
	{ "Centrum voor Jeugd en Gezin", "7.1", NULL, 0, NULL },
	{ "Jongerenwerk in de wijken", "6.1", NULL, 0, NULL },
	{ "Jongerenloket", "6.5", NULL, 0, NULL },
	{ "Onderhoud openbaar groen", "5.7", NULL, 0, NULL },
	{ "Afhandeling meldingen openbare ruimte", "2.1", NULL, 0, NULL },
	{ "Inzameling huishoudelijk afval", "7.3", "7.3", 10000,
	  "Afvalstoffenheffing" },
	{ "Toezicht en handhaving openbare ruimte", "1.2", NULL, 0, NULL },
	{ "Buurtbemiddeling en wijkaanpak", "1.2", NULL, 0, NULL },
	{ "Woningbouwprogrammering", "8.1", NULL, 0, NULL },
	{ "Omgevingsvergunningen bouw", "8.3", "8.3", 9000,
	  "Leges omgevingsvergunning" },
	{ "Prestatieafspraken met corporaties", "8.3", NULL, 0, NULL },
	{ "Re-integratietrajecten", "6.5", "6.5", 5000,
	  "Participatiebudget (rijk)" },
	{ "Werkgeversdienstverlening", "6.5", NULL, 0, NULL },
	{ "Klantmanagement Werkplein", "6.3", NULL, 0, NULL },
	{ "Verstrekken van uitkeringen", "6.3", "6.3", 8800,
	  "Rijksuitkering BUIG" },
	{ "Minimaregelingen", "6.3", NULL, 0, NULL },
	{ "Accountmanagement bedrijven", "3.1", NULL, 0, NULL },
	{ "Uitgifte bedrijventerreinen", "3.2", "3.2", 10000,
	  "Verkoop bouwrijpe grond" },
	{ "Onderhoud wegen en kunstwerken", "2.1", NULL, 0, NULL },
	{ "Verkeersmanagement", "2.1", NULL, 0, NULL },
	{ "Verkeersveiligheidsprojecten", "2.1", NULL, 0, NULL },
	{ "Fietsvoorzieningen", "2.1", NULL, 0, NULL },
	{ "Gebiedsontwikkeling Afrikaweg/A12", "8.2", "8.2", 8000,
	  "Grondverkopen Afrikaweg" },
	{ "Geluidsmaatregelen A12", "7.4", "7.4", 5000,
	  "Rijkssubsidie geluidssanering" },
	{ "Transformatie kantoren", "8.1", NULL, 0, NULL },
	{ "Evenementen en citymarketing", "3.4", NULL, 0, NULL },
	{ "Beheer binnenstad", "1.2", NULL, 0, NULL },
	{ "Subsidies culturele instellingen", "5.3", NULL, 0, NULL },
	{ "Recreatieve routes en parken", "5.7", NULL, 0, NULL },
	{ "Sportaccommodaties", "5.2", "5.2", 3000,
	  "Huur sportaccommodaties" },
	{ "Energiebesparing gemeentelijke gebouwen", "0.4", NULL, 0, NULL },
	{ "Stimulering duurzaam bouwen en wonen", "8.3", NULL, 0, NULL },
	{ "Milieuvergunningen en -toezicht", "7.4", "7.4", 1500,
	  "Leges milieuvergunningen" },
	{ "Klantcontact", "0.2", NULL, 0, NULL },
	{ "Telefonische bereikbaarheid", "0.2", NULL, 0, NULL },
	{ "Kwaliteit en kosten Publiekszaken", "0.2", NULL, 0, NULL },
	{ "Reisdocumenten en rijbewijzen", "0.2", "0.2", 6000,
	  "Leges reisdocumenten en rijbewijzen" },
	{ "Digitaal loket", "0.2", NULL, 0, NULL },
	{ "Financieel beheer en control", "0.4", NULL, 0, NULL },
	{ "Inkoop en aanbesteding", "0.4", NULL, 0, NULL },
	{ "Informatievoorziening en ICT", "0.4", NULL, 0, NULL },
	{ "Huisvesting en facilitaire diensten", "0.4", "0.3", 500,
	  "Verhuur ruimten stadhuis" },
	{ "Verzuimbegeleiding en vitaliteit", "0.4", NULL, 0, NULL },
	{ "Opleiding en ontwikkeling", "0.4", NULL, 0, NULL },
	{ "Strategische personeelsplanning", "0.4", NULL, 0, NULL },
	{ "Salarisadministratie", "0.4", NULL, 0, NULL },
};

/*
 * The algemene dekkingsmiddelen, euro per inhabitant in 2012 (the
 * gemeentefonds takes the rest): OZB of the order of EUR 250 per
 * inhabitant, parking, other taxes and dividend.
 */
static const struct {
	const char	*taakveld;
	const char	*desc;
	int64_t		 per_inhabitant;	/* euro */
} demo_dekking[] = {
	{ "0.61", "Onroerendezaakbelasting woningen", 160 },
	{ "0.62", "Onroerendezaakbelasting niet-woningen", 85 },
	{ "0.63", "Parkeerbelasting", 24 },
	{ "0.64", "Hondenbelasting, precario en toeristenbelasting", 12 },
	{ "0.5", "Dividend en rente deelnemingen", 32 },
};

/* Savings reached by year y, thousands of euro. */
static int64_t
demo_saving(int y)
{
	if (y > DB_SAVING_LAST)
		y = DB_SAVING_LAST;
	return DB_SAVING_2012 + DB_SAVING_STEP * (y - DEMO_YEAR_FIRST);
}

/* amount of year y carried to year y + k along the savings path. */
static int64_t
demo_raming(int64_t amount, int y, int k)
{
	return demo_muldiv(amount, DB_LASTEN_KEUR - demo_saving(y + k),
	    DB_LASTEN_KEUR - demo_saving(y));
}

static const struct demo_tv *
demo_tv_of(const struct demo_perf *tpl)
{
	size_t i;

	for (i = 0; i < DEMO_NITEMS(demo_tvs); i++)
		if (strcmp(demo_tvs[i].perf, tpl->name) == 0)
			return &demo_tvs[i];
	return NULL;
}

/* One line; *id its row id. */
static int
demo_line(struct demo *d, const struct demo_perfrec *p, const char *kind,
    int structureel, const char *tv, const char *desc, int64_t amount,
    int64_t *id)
{
	sqlite3_stmt	*st;
	int		 rc, k;

	if ((st = db_stmt(d->db, demo_sql_line)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, p->perf_id);
	rc |= sqlite3_bind_int64(st, 2, p->unit_id);
	rc |= demo_bind_static(st, 3, kind);
	rc |= demo_bind_static(st, 4, structureel ? "structureel" :
	    "incidenteel");
	rc |= demo_bind_static(st, 5, tv);
	rc |= demo_bind_copy(st, 6, desc);
	rc |= sqlite3_bind_int64(st, 7, amount);
	for (k = 1; k <= 3; k++)
		rc |= sqlite3_bind_int64(st, 7 + k, structureel ?
		    demo_raming(amount, p->year, k) : 0);
	if (rc != SQLITE_OK || !demo_step(d, st, "budget_line"))
		return 0;
	*id = db_last_id(d->db);
	return 1;
}

/* The lines of one performance; adds its own baten to *baten. */
static int
demo_perf_lines(struct demo *d, const struct demo_perfrec *p,
    int64_t *baten, int64_t *road_line)
{
	const struct demo_tv	*tv;
	int64_t			 inc = 0, b, id;

	if ((tv = demo_tv_of(p->tpl)) == NULL) {
		log_err("demo: %s: no taakveld", p->tpl->name);
		return 0;
	}
	/* About a third has an incidenteel part of 8 %. */
	if (p->perf_id % 3 == 0)
		inc = demo_muldiv(p->budget, 800, 10000);
	if (!demo_line(d, p, "lasten", 1, tv->lasten, p->tpl->name,
	    p->budget - inc, &id))
		return 0;
	if (p->first && p->year == DEMO_OPEN_YEAR &&
	    strcmp(p->tpl->name, "Onderhoud wegen en kunstwerken") == 0)
		*road_line = id;
	if (inc > 0 && !demo_line(d, p, "lasten", 0, tv->lasten,
	    "Eenmalige intensivering", inc, &id))
		return 0;
	if (tv->baten == NULL)
		return 1;
	b = demo_muldiv(p->budget, tv->baten_bp, 10000);
	*baten += b;
	return demo_line(d, p, "baten", 1, tv->baten, tv->baten_desc, b, &id);
}

/*
 * The algemene dekkingsmiddelen of year y on performance p: the taxes
 * and dividend per inhabitant, a withdrawal from the reserves of 0.5 %
 * of the lasten, and the gemeentefonds for the rest, leaving a surplus
 * of 0.1 %.  *reserve_line is the withdrawal's line.
 */
static int
demo_dekking_lines(struct demo *d, const struct demo_perfrec *p,
    int64_t lasten, int64_t baten, int64_t *reserve_line)
{
	int64_t	amount, fixed = 0, reserve, fonds, id;
	size_t	i;

	for (i = 0; i < DEMO_NITEMS(demo_dekking); i++) {
		amount = demo_raming(demo_dekking[i].per_inhabitant * 100 *
		    DEMO_INHABITANTS, DEMO_YEAR_FIRST, p->year -
		    DEMO_YEAR_FIRST);
		fixed += amount;
		if (!demo_line(d, p, "baten", 1, demo_dekking[i].taakveld,
		    demo_dekking[i].desc, amount, &id))
			return 0;
	}
	reserve = demo_muldiv(lasten, 50, 10000);
	fonds = lasten + demo_muldiv(lasten, 10, 10000) - baten - fixed -
	    reserve;
	if (fonds <= 0) {
		log_err("demo: %d: no room for the gemeentefonds", p->year);
		return 0;
	}
	return demo_line(d, p, "baten", 1, "0.7",
	    "Algemene uitkering gemeentefonds", fonds, &id) &&
	    demo_line(d, p, "baten", 0, "0.10",
	    "Onttrekking algemene reserve", reserve, reserve_line);
}

/* The 1e begrotingswijziging 2014: road maintenance from the reserves. */
static int
demo_amendment(struct demo *d, int64_t road_line, int64_t reserve_line,
    int64_t road_perf)
{
	static const int64_t	 delta = 25000000;	/* EUR 250.000 */
	sqlite3_stmt		*st;
	int64_t			 am;
	size_t			 i;
	int			 rc;

	if (road_line == 0 || reserve_line == 0) {
		log_err("demo: no lines for the begrotingswijziging");
		return 0;
	}
	if ((st = db_stmt(d->db, demo_sql_amendment)) == NULL)
		return 0;
	rc = sqlite3_bind_int(st, 1, DEMO_OPEN_YEAR);
	rc |= sqlite3_bind_int(st, 2, 1);
	rc |= demo_bind_static(st, 3, "2014-07-03");
	rc |= demo_bind_static(st, 4, "1e begrotingswijziging 2014 "
	    "(Voorjaarsnota): herstel van vorstschade aan wegen en "
	    "kunstwerken, gedekt uit de algemene reserve.");
	rc |= demo_bind_static(st, 5, "2014-07-04T08:00:00Z");
	if (rc != SQLITE_OK || !demo_step(d, st, "amendment"))
		return 0;
	am = db_last_id(d->db);
	if ((st = db_stmt(d->db, demo_sql_change)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, am);
	rc |= sqlite3_bind_int64(st, 2, road_line);
	rc |= sqlite3_bind_int64(st, 3, delta);
	if (rc != SQLITE_OK || !demo_step(d, st, "amendment_change"))
		return 0;
	rc = sqlite3_bind_int64(st, 1, am);
	rc |= sqlite3_bind_int64(st, 2, reserve_line);
	rc |= sqlite3_bind_int64(st, 3, delta);
	if (rc != SQLITE_OK || !demo_step(d, st, "amendment_change"))
		return 0;
	/* The performance's year lasten are its actuele lines. */
	if ((st = db_stmt(d->db, demo_sql_perf_budget)) == NULL)
		return 0;
	rc = sqlite3_bind_int64(st, 1, road_perf);
	rc |= sqlite3_bind_int64(st, 2, delta);
	if (rc != SQLITE_OK || !demo_step(d, st, "performance"))
		return 0;
	for (i = 0; i < d->ncosts; i++)
		if (d->costs[i].perf_id == road_perf)
			d->costs[i].budget += delta;
	return 1;
}

int
demo_begroting_lines(struct demo *d)
{
	const struct demo_perfrec	*dek;
	int64_t				 lasten, baten, road_line = 0,
					 reserve_line = 0, road_perf = 0, r;
	size_t				 i;
	int				 y;

	for (y = DEMO_YEAR_FIRST; y < DEMO_YEAR_FIRST + DEMO_YEARS; y++) {
		lasten = baten = 0;
		dek = NULL;
		for (i = 0; i < d->nperfs; i++) {
			if (d->perfs[i].year != y)
				continue;
			lasten += d->perfs[i].budget;
			if (!demo_perf_lines(d, &d->perfs[i], &baten,
			    &road_line))
				return 0;
			if (road_line != 0 && road_perf == 0)
				road_perf = d->perfs[i].perf_id;
			if (dek == NULL && d->perfs[i].first &&
			    strcmp(d->perfs[i].tpl->name,
			    "Financieel beheer en control") == 0)
				dek = &d->perfs[i];
		}
		if (dek == NULL) {
			log_err("demo: %d: no performance for the "
			    "algemene dekkingsmiddelen", y);
			return 0;
		}
		if (!demo_dekking_lines(d, dek, lasten, baten, y ==
		    DEMO_OPEN_YEAR ? &reserve_line : &r))
			return 0;
	}
	return demo_amendment(d, road_line, reserve_line, road_perf);
}
