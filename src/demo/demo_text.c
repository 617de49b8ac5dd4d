/*
 * demo_text.c: the demo's explanations and measures (see
 * demo_internal.h).
 *
 * A manager explains a figure in the terms of that indicator: a count
 * that lags says why fewer were delivered, a waiting time that runs over
 * says why it took longer.  So every text is built from the figure
 * itself (its value, its target and whether it is this quarter, the year
 * to date or the year) and a cause chosen from the causes that fit the
 * kind of indicator and the side it is on.  A cost explanation names the
 * direction of its deviation first ("Overschrijding", "Onderbesteding")
 * with the amount, and only then a cause of that direction, so that it
 * can never contradict its sign.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "demo_internal.h"
#include "num.h"

/* The kinds of indicator, each with its own causes and measures. */
enum demo_kind {
	DEMO_K_COUNT_LOW,	/* a count or stock below its target */
	DEMO_K_COUNT_HIGH,	/* a count that should fall, above target */
	DEMO_K_PCT_LOW,		/* a share that should rise */
	DEMO_K_PCT_HIGH,	/* a share that should fall */
	DEMO_K_DAYS,		/* a duration above its norm */
	DEMO_K_SCORE,		/* an appreciation below target */
	DEMO_K_EURO_LOW,	/* money that should rise */
	DEMO_K_EURO_HIGH,	/* cost per unit that should fall */
	DEMO_K__MAX
};

#define DEMO_CAUSES	6

static const char *const demo_causes[DEMO_K__MAX][DEMO_CAUSES] = {
	[DEMO_K_COUNT_LOW] = {
		"Er kwamen minder aanvragen en meldingen binnen dan geraamd.",
		"Twee vacatures zijn pas na drie maanden vervuld; de "
		"productie bleef daardoor achter.",
		"Een deel van het werk is doorgeschoven omdat de "
		"uitvoerende partner later kon starten.",
		"De planning ging uit van een volledig team; door "
		"langdurig verzuim was dat niet zo.",
		"Het nieuwe zaaksysteem vroeg meer inwerktijd dan "
		"voorzien.",
		"Projecten lopen vertraging op door bezwaarprocedures.",
	},
	[DEMO_K_COUNT_HIGH] = {
		"Het aantal lag hoger door een landelijke trend die ook in "
		"Zoetermeer zichtbaar is.",
		"De regionale cijfers laten dezelfde stijging zien.",
		"Een piek aan het begin van het jaar is nog niet "
		"gecompenseerd.",
		"De maatregelen uit het plan van aanpak werken pas later "
		"in het jaar door.",
		"Nieuwe registratieregels tellen meer gevallen mee dan "
		"voorheen.",
		"Het verloop hangt sterk af van factoren buiten de invloed "
		"van de gemeente.",
	},
	[DEMO_K_PCT_LOW] = {
		"Het aandeel bleef achter bij wat de begroting verwachtte.",
		"De doelgroep is moeilijker te bereiken dan verwacht.",
		"Ketenpartners leverden gegevens later aan dan afgesproken.",
		"Het aandeel bleef achter omdat de nieuwe werkwijze nog "
		"niet overal is ingevoerd.",
		"Een deel van de doelgroep is nog niet benaderd.",
		"De campagne die het aandeel moest verhogen is uitgesteld.",
	},
	[DEMO_K_PCT_HIGH] = {
		"Het aandeel is gestegen door ontwikkelingen op de markt "
		"waar de gemeente weinig invloed op heeft.",
		"Langdurige uitval in enkele teams drukt het percentage "
		"omhoog.",
		"De maatregelen uit het plan van aanpak werken pas later "
		"in het jaar door.",
		"Meer inwoners vielen in de doelgroep dan geraamd.",
		"De regionale cijfers laten dezelfde stijging zien; "
		"Zoetermeer volgt de trend.",
		"Een grote vestiging is vertrokken, wat het percentage "
		"in één keer verhoogt.",
	},
	[DEMO_K_DAYS] = {
		"De doorlooptijd liep op door een achterstand in de "
		"behandeling.",
		"Aanvragen waren vaker onvolledig; het opvragen van "
		"gegevens kostte extra dagen.",
		"Door vakantie en verzuim lag de behandelcapaciteit lager.",
		"Het advies van een externe partij duurde langer dan "
		"afgesproken.",
		"Een wijziging in de regelgeving vroeg om een extra "
		"toetsingsstap.",
		"Meer zaken gingen naar de bezwarencommissie.",
	},
	[DEMO_K_SCORE] = {
		"De waardering daalde door langere wachttijden aan de "
		"telefoon.",
		"Respondenten noemen vooral de informatievoorziening als "
		"verbeterpunt.",
		"Werkzaamheden in de openbare ruimte drukten de "
		"waardering.",
		"De nieuwe openingstijden zijn nog niet goed bekend.",
		"Klachten over de bereikbaarheid wegen zwaar in de score.",
		"De respons was laag en vooral ontevreden inwoners "
		"reageerden.",
	},
	[DEMO_K_EURO_LOW] = {
		"Besparingsmaatregelen leveren later op dan gepland.",
		"Een deel van de taakstelling is nog niet ingevuld.",
		"De reorganisatie van de ondersteuning is uitgesteld.",
		"Contracten lopen langer door dan verwacht, zodat het "
		"voordeel later komt.",
		"Frictiekosten van de reorganisatie zijn hoger dan "
		"geraamd.",
		"De opbrengst van de aanbesteding valt lager uit.",
	},
	[DEMO_K_EURO_HIGH] = {
		"De apparaatskosten daalden minder snel door hogere "
		"inhuur.",
		"Frictiekosten van de reorganisatie drukken op de kosten "
		"per eenheid.",
		"Het volume daalde sneller dan de vaste kosten.",
		"Investeringen in ICT komen eerder dan de besparing.",
		"De loonkosten stegen door de nieuwe cao.",
		"Huisvestingskosten blijven achter bij de afgesproken "
		"besparing.",
	},
};

/*
 * Causes that fit a particular subject better than its kind's: the first
 * entry whose key occurs in the indicator's name wins.
 */
struct demo_topic {
	const char	*key;
	const char	*cause[3];
};

static const struct demo_topic demo_topics[] = {
	{ "CO2", { "Een koude winter vroeg meer verwarming van de "
	    "gemeentelijke gebouwen.",
	    "Het nieuwe kantoor was al in gebruik voordat het oude werd "
	    "afgestoten.",
	    "De zonnepanelen op het stadhuis zijn later geplaatst dan "
	    "gepland." } },
	{ "Energieverbruik", { "Een koude winter vroeg meer verwarming dan "
	    "geraamd.",
	    "De verlenging van de openingstijden van de sporthallen kost "
	    "meer energie.",
	    "De vervanging van de klimaatinstallaties is uitgesteld." } },
	{ "fijnstof", { "Veel windstille dagen met vorst hielden het "
	    "fijnstof in de stad vast.",
	    "Werkzaamheden aan de A12 gaven meer vrachtverkeer.",
	    "De regionale achtergrondwaarde lag hoger dan in eerdere "
	    "jaren." } },
	{ "slachtoffers", { "Meer ongevallen met oudere fietsers op "
	    "elektrische fietsen, een landelijke trend.",
	    "De herinrichting van twee gevaarlijke kruispunten is "
	    "vertraagd.",
	    "Enkele ernstige ongevallen op de stadsas bepalen het "
	    "beeld." } },
	{ "inbraken", { "Een reeks inbraken in de donkere maanden in twee "
	    "wijken.",
	    "De politie zette minder capaciteit in op woninginbraak.",
	    "Het project buurtpreventie is later van start gegaan." } },
	{ "bijstand", { "De economische situatie pakt ongunstiger uit dan "
	    "bij de begroting voorzien.",
	    "Meer inwoners kwamen na afloop van hun WW in de bijstand.",
	    "Er waren minder vacatures voor laaggeschoolden." } },
	{ "fte", { "Vacatures zijn later opgeheven dan de reorganisatie "
	    "voorzag.",
	    "Tijdelijke uitbreiding voor de voorbereiding van de "
	    "decentralisaties.",
	    "Boventallige medewerkers zijn nog niet herplaatst." } },
	{ "Ziekteverzuim", { "Een griepgolf gaf veel kort verzuim.",
	    "Enkele langdurig zieken na de reorganisatie drukken het "
	    "percentage omhoog.",
	    "Het verzuim in de buitendienst lag hoger dan elders." } },
	{ "eegstand", { "De vraag naar kantoor- en winkelruimte bleef "
	    "achter bij het aanbod.",
	    "Een grote huurder is vertrokken.",
	    "Transformatieprojecten lopen vertraging op door de "
	    "financiering." } },
	{ "Beschikbaarheid", { "Storingen bij de leverancier legden het systeem "
	    "meerdere uren stil.",
	    "Een migratie naar nieuwe servers kostte meer uitvaltijd dan "
	    "gepland.",
	    "Onderhoud liep uit buiten het afgesproken venster." } },
	{ "binnen ", { "Door een hogere werkvoorraad bleven minder zaken "
	    "binnen de termijn.",
	    "Aanvragen waren vaker onvolledig, zodat de termijn werd "
	    "opgeschort of overschreden.",
	    "Door vacatures en verzuim lag de behandelcapaciteit lager." } },
	{ "tijdig", { "Door een hogere werkvoorraad werd een kleiner deel "
	    "op tijd afgerond.",
	    "Afstemming met andere afdelingen kostte meer tijd.",
	    "Door vacatures lag de capaciteit lager dan gepland." } },
	{ "Bezoekers", { "Slecht weer hield bezoekers weg.",
	    "Werkzaamheden maakten de locatie minder goed bereikbaar.",
	    "Een publiekstrekker uit vorig jaar kwam niet terug." } },
};

/* A cause for t: of its topic when it has one, else of its kind. */
static const char *
demo_text_cause(struct demo *d, const struct demo_ind *t, enum demo_kind k)
{
	size_t i;

	for (i = 0; i < DEMO_NITEMS(demo_topics); i++)
		if (strstr(t->name, demo_topics[i].key) != NULL)
			return demo_topics[i].cause[demo_range(d, 0, 2)];
	return demo_causes[k][demo_range(d, 0, DEMO_CAUSES - 1)];
}

static const char *const demo_measures[DEMO_K__MAX][3] = {
	[DEMO_K_COUNT_LOW] = {
		"Tijdelijk extra capaciteit ingehuurd tot het einde van het "
		"jaar.",
		"De achterstand wordt in het vierde kwartaal ingelopen; "
		"voortgang wekelijks in het afdelingsoverleg.",
		"Met de partner is een inhaalplanning afgesproken.",
	},
	[DEMO_K_COUNT_HIGH] = {
		"Extra inzet op preventie in de wijken met de grootste "
		"stijging.",
		"Met ketenpartners is een gezamenlijke aanpak afgesproken.",
		"De doelstelling wordt bij de bestuursrapportage "
		"heroverwogen.",
	},
	[DEMO_K_PCT_LOW] = {
		"Het werkproces wordt met een Lean-verbeterteam doorgelicht.",
		"Werkvoorraad wordt wekelijks gevolgd; urgente zaken gaan "
		"voor.",
		"Gerichte benadering van de doelgroep via de scholen en "
		"wijkteams.",
	},
	[DEMO_K_PCT_HIGH] = {
		"Plan van aanpak met de betrokken teams; voortgang per "
		"maand.",
		"Intensivering van de begeleiding, binnen het budget.",
		"Afspraken met de regio over een gezamenlijke aanpak.",
	},
	[DEMO_K_DAYS] = {
		"Extra behandelcapaciteit tot de achterstand is weggewerkt.",
		"Vooraf controleren of een aanvraag volledig is.",
		"Termijnafspraken met de adviseur aangescherpt; escalatie "
		"via de directeur.",
	},
	[DEMO_K_SCORE] = {
		"De telefonische bereikbaarheid krijgt voorrang; meting "
		"elk kwartaal.",
		"Betere informatie op de website en in de huis-aan-"
		"huisbladen.",
		"Klantpanel ingesteld om verbeteringen te toetsen.",
	},
	[DEMO_K_EURO_LOW] = {
		"Het college krijgt een voorstel om de taakstelling elders "
		"in de organisatie in te vullen.",
		"Versnelling van het programma anders werken.",
		"Maandelijkse voortgangsbewaking in het CMT.",
	},
	[DEMO_K_EURO_HIGH] = {
		"Inhuur wordt afgebouwd; vacatures worden intern vervuld.",
		"Kostenbewaking per directie, maandelijks in het CMT.",
		"Heroverweging van de huisvesting in de kadernota.",
	},
};

/* Causes of an overspend, and of an underspend, of a performance. */
static const char *const demo_cost_over[] = {
	"hogere inhuur van externen door openstaande vacatures.",
	"onderhoud dat eerder in het jaar is uitgevoerd dan begroot.",
	"een hoger volume in de uitvoering bij gelijkblijvend budget.",
	"meerwerk in het project na onvoorziene bodemverontreiniging.",
	"hogere energie- en materiaalprijzen dan geraamd.",
	"frictiekosten van de reorganisatie.",
	"een stijging van het aantal cliënten boven de raming.",
};
static const char *const demo_cost_under[] = {
	"vertraging in het project; de uitgaven verschuiven naar later.",
	"een aanbestedingsvoordeel: het contract viel lager uit dan geraamd.",
	"vacatures die later zijn vervuld dan begroot.",
	"minder aanvragen dan geraamd.",
	"de subsidieregeling is later opengesteld.",
	"de eerste besparingen van het programma anders werken.",
	"facturen van de uitvoerder die nog niet zijn ontvangen.",
};
static const char *const demo_cost_measure_over[] = {
	"Inhuur wordt afgebouwd; vacatures zijn uitgezet.",
	"De overschrijding wordt binnen het programma gecompenseerd.",
	"Bij de bestuursrapportage wordt een begrotingswijziging "
	"voorgesteld.",
	"Uitgaven die niet verplicht zijn, schuiven naar volgend jaar.",
};
static const char *const demo_cost_measure_under[] = {
	"Het budget wordt bij de bestuursrapportage deels overgeheveld "
	"naar volgend jaar.",
	"Het voordeel valt vrij ten gunste van de algemene reserve.",
	"De planning van het project is herzien; de raad wordt bij de "
	"bestuursrapportage geïnformeerd.",
};

static const char *const demo_quarter_words[] = {
	"", "eerste", "tweede", "derde", "vierde"
};

static enum demo_kind
demo_text_kind(const struct demo_ind *t)
{
	int up = strcmp(t->direction, "up") == 0;

	if (strcmp(t->unit, "%") == 0)
		return up ? DEMO_K_PCT_LOW : DEMO_K_PCT_HIGH;
	if (strcmp(t->unit, "dagen") == 0)
		return DEMO_K_DAYS;
	if (strcmp(t->unit, "score") == 0)
		return DEMO_K_SCORE;
	if (strcmp(t->unit, "euro") == 0)
		return up ? DEMO_K_EURO_LOW : DEMO_K_EURO_HIGH;
	return up ? DEMO_K_COUNT_LOW : DEMO_K_COUNT_HIGH;
}

/* A scaled value with its unit, Dutch: "1.234", "12,5 %", "€ 615,00". */
static void
demo_text_value(char *buf, size_t sz, const struct demo_ind *t, int64_t v)
{
	char n[48];

	if (num_format(n, sizeof(n), v, t->decimals, 0) < 0)
		n[0] = '\0';
	if (strcmp(t->unit, "%") == 0)
		snprintf(buf, sz, "%s %%", n);
	else if (strcmp(t->unit, "dagen") == 0)
		snprintf(buf, sz, "%s dagen", n);
	else if (strcmp(t->unit, "euro") == 0)
		snprintf(buf, sz, "€ %s", n);
	else
		snprintf(buf, sz, "%s", n);
}

void
demo_text_figure(struct demo *d, const struct demo_ind *t, int64_t v,
    int64_t target, int q, int annual, int status, char *expl, size_t esz,
    char *meas, size_t msz)
{
	enum demo_kind	 k;
	char		 vb[64], tb[64], when[64];
	const char	*side, *how;
	int		 up;

	expl[0] = '\0';
	meas[0] = '\0';
	if (status == 0)
		return;
	k = demo_text_kind(t);
	up = strcmp(t->direction, "up") == 0;
	demo_text_value(vb, sizeof(vb), t, v);
	demo_text_value(tb, sizeof(tb), t, target);
	if (annual)
		snprintf(when, sizeof(when), "over het hele jaar");
	else if (t->cumulative)
		snprintf(when, sizeof(when), "tot en met het %s kwartaal",
		    demo_quarter_words[q]);
	else if (strcmp(t->aggregation, "last") == 0)
		snprintf(when, sizeof(when), "aan het eind van het %s "
		    "kwartaal", demo_quarter_words[q]);
	else
		snprintf(when, sizeof(when), "in het %s kwartaal",
		    demo_quarter_words[q]);
	side = up ? "onder" : "boven";
	how = status == 1 ? "binnen de marge" : "buiten de marge";
	snprintf(expl, esz, "%s %s, %s de norm van %s (%s). %s", vb, when,
	    side, tb, how, demo_text_cause(d, t, k));
	if (status == 2)
		snprintf(meas, msz, "%s", demo_measures[k][demo_range(d, 0,
		    DEMO_NITEMS(demo_measures[k]) - 1)]);
}

void
demo_text_cost(struct demo *d, int64_t budget, int64_t realised, int q,
    int measure, char *expl, size_t esz, char *meas, size_t msz)
{
	char	 amount[48], pct[32];
	int64_t	 dev = realised - budget, bp;
	int	 over = dev > 0;

	expl[0] = '\0';
	meas[0] = '\0';
	if (dev == 0 || budget <= 0)
		return;
	bp = demo_muldiv(dev < 0 ? -dev : dev, 10000, budget);
	if (num_format_money(amount, sizeof(amount), dev < 0 ? -dev : dev, 0,
	    0) < 0)
		amount[0] = '\0';
	if (num_format_bp(pct, sizeof(pct), over ? bp : -bp, 0) < 0)
		pct[0] = '\0';
	snprintf(expl, esz, "%s van %s (%s) tot en met het %s kwartaal door "
	    "%s", over ? "Overschrijding" : "Onderbesteding", amount, pct,
	    demo_quarter_words[q], over ?
	    demo_pick(d, demo_cost_over, DEMO_NITEMS(demo_cost_over)) :
	    demo_pick(d, demo_cost_under, DEMO_NITEMS(demo_cost_under)));
	if (measure)
		snprintf(meas, msz, "%s", over ?
		    demo_pick(d, demo_cost_measure_over,
		    DEMO_NITEMS(demo_cost_measure_over)) :
		    demo_pick(d, demo_cost_measure_under,
		    DEMO_NITEMS(demo_cost_measure_under)));
}
