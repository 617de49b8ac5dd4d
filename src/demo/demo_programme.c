/*
 * demo_programme.c: the demo programme budget of Gemeente Zoetermeer.
 *
 * One programme per ambition of the municipality ("Zo doen we dat!",
 * besturingsfilosofie 2012-2017): the nine Stadsvisie 2030 ambitions and
 * the three organisational ones (excelleren in dienstverlening, bij de
 * meest efficiënte gemeenten horen, een goed werkgever zijn).  Each answers
 * the three W-questions: its effects say what we want to achieve, its
 * performances what we do for it, their budgets what it may cost.
 * Owners are org_unit codes of demo_org.c's organisation.  The numbers are
 * invented; demo_budget.c scales the budgets to a city of 124,000
 * inhabitants (lasten about EUR 3,000 each) and applies the savings path.
 */
#include <stddef.h>
#include <stdint.h>

#include "demo_programme.h"

#define WSJG	"waarstaatjegemeente.nl"

/* Archetypes, so that every row reads as one line of the budget. */
#define DEMO_CUM(n, t, team) \
	{ n, "aantal", "up", "sum", "", 1, 0, 1000, t, 0, 0, team, "", 0 }
#define DEMO_SUMQ(n, dir, t, team) \
	{ n, "aantal", dir, "sum", "", 0, 0, 1000, t, 0, 0, team, "", 0 }
#define DEMO_STOCK(n, dir, t, team) \
	{ n, "aantal", dir, "last", "", 0, 0, 800, t, 0, 0, team, "", 0 }
#define DEMO_PCT(n, dir, t, vol, tol, team) \
	{ n, "%", dir, "ratio", "", 0, 1, tol, t, 0, vol, team, "", 0 }
#define DEMO_DAYS(n, t, vol, w, team) \
	{ n, "dagen", "down", "mean", w, 0, 1, 1500, t, 0, vol, team, "", 0 }
#define DEMO_SCORE(n, t, vol, w, team) \
	{ n, "score", "up", "mean", w, 0, 1, 500, t, 0, vol, team, "", 0 }
#define DEMO_EURO(n, dir, t, vol, w) \
	{ n, "euro", dir, "mean", w, 0, 2, 800, t, 0, vol, 0, "", 0 }
#define DEMO_EURO_CUM(n, t) \
	{ n, "euro", "up", "sum", "", 1, 0, 1200, t, 0, 0, 0, "", 0 }
/* Effect indicators: every field spelled out. */
#define DEMO_EFF(n, u, dir, agg, w, cum, dec, tol, t, step, vol, src, pol) \
	{ n, u, dir, agg, w, cum, dec, tol, t, step, vol, 0, src, pol }

const struct demo_prog demo_progs[] = {
{ "Perspectief voor jongeren", "wethouder M. de Vries", "DV",
  "Jongeren in Zoetermeer groeien gezond en veilig op, halen een "
  "startkwalificatie en vinden hun weg naar werk of vervolgonderwijs.",
  {
  { "Jongeren verlaten school met een startkwalificatie",
    "Minder voortijdig schoolverlaters door vroege signalering van verzuim "
    "en handhaving van de leerplicht.",
    { DEMO_EFF("Voortijdig schoolverlaters", "%", "down", "ratio", "", 0, 1,
      1000, 22, 1, 9000, WSJG, 1) },
    { { "Handhaving leerplicht", "Verzuim wordt binnen vier weken "
        "opgepakt, met school en ouders.", "JO-LP", 850,
        { DEMO_CUM("Afgehandelde verzuimmeldingen", 1400, 0),
          DEMO_PCT("Verzuimmeldingen binnen 4 weken afgehandeld", "up",
            900, 350, 500, 0) } },
      { "Voor- en vroegschoolse educatie", "Peuters met een taalachterstand "
        "krijgen een plaats in een VVE-programma.", "JO-OND", 2400,
        { DEMO_PCT("Bereik doelgroeppeuters VVE", "up", 850, 120, 800, 0),
          DEMO_STOCK("Beschikbare VVE-plaatsen", "up", 480, 0) } } } },
  { "Jeugdigen groeien gezond en veilig op",
    "Opvoedvragen worden vroeg en dichtbij beantwoord, zodat zware zorg "
    "minder nodig is.",
    { DEMO_EFF("Jongeren met een delict voor de rechter", "%", "down",
      "ratio", "", 0, 2, 1000, 145, 5, 12000, WSJG, 1) },
    { { "Centrum voor Jeugd en Gezin", "Opvoedadvies en -ondersteuning "
        "voor ouders en jongeren.", "JO-JGD", 3100,
        { DEMO_CUM("Opvoedadviesgesprekken", 2600, 0),
          DEMO_SCORE("Klantwaardering CJG", 78, 150, "respondenten", 0) } },
      { "Jongerenwerk in de wijken", "Ambulant jongerenwerk en "
        "activiteiten in de buurthuizen.", "MO", 1450,
        { DEMO_CUM("Bereikte jongeren jongerenwerk", 1800, 0) } } } },
  { "Jongeren vinden werk of een vervolgopleiding",
    "Het Jongerenloket begeleidt jongeren zonder werk of school.",
    { DEMO_EFF("Jeugdwerkloosheid", "%", "down", "ratio", "", 0, 1, 1000,
      85, 3, 11000, "CBS, " WSJG, 1) },
    { { "Jongerenloket", "Trajecten naar werk of school voor jongeren tot "
        "27 jaar.", "WI-REI", 1900,
        { DEMO_CUM("Jongeren naar werk of school begeleid", 420, 0),
          DEMO_PCT("Jongeren na 6 maanden nog aan het werk", "up", 700,
            100, 1000, 0) } } } } } },

{ "Wijken waar wonen gewild is", "wethouder P. Jansen", "STAD",
  "Zoetermeerders wonen in schone, hele en veilige wijken waar zij zelf "
  "bijdragen aan een fijne leefomgeving.",
  {
  { "Een schone, hele en veilige openbare ruimte",
    "De openbare ruimte is onderhouden op het afgesproken beeldkwaliteitsniveau.",
    { DEMO_EFF("Tevredenheid over de woonomgeving", "score", "up", "mean",
      "inwoners", 0, 1, 500, 72, 1, 1200, "Burgerpeiling, " WSJG, 0) },
    { { "Onderhoud openbaar groen", "Maaien, snoeien en vervangen van "
        "groen volgens het beheerplan.", "SB-GR", 7800,
        { DEMO_PCT("Groenareaal op beeldkwaliteit B of hoger", "up", 900,
            400, 500, 0),
          DEMO_CUM("Geplante bomen", 600, 0) } },
      { "Afhandeling meldingen openbare ruimte", "Meldingen over de "
        "openbare ruimte worden door de teams afgehandeld.", "SB", 1200,
        { DEMO_CUM("Afgehandelde meldingen openbare ruimte", 9000, 1),
          DEMO_DAYS("Doorlooptijd meldingen openbare ruimte", 50, 2200,
            "meldingen", 1) } },
      { "Inzameling huishoudelijk afval", "Inzameling en verwerking van "
        "huishoudelijk afval, met nadruk op scheiden.", "SB-RE", 11500,
        { DEMO_PCT("Gescheiden ingezameld huishoudelijk afval", "up", 480,
            11000, 800, 0),
          DEMO_EURO("Afvalkosten per huishouden", "down", 27500, 52000,
            "huishoudens") } } } },
  { "Bewoners voelen zich veilig in hun wijk",
    "Minder overlast en criminaliteit door toezicht, handhaving en "
    "wijkgerichte samenwerking.",
    { DEMO_EFF("Inwoners die zich wel eens onveilig voelen in de buurt",
      "%", "down", "ratio", "", 0, 1, 1000, 265, 0, 1200, WSJG, 1),
      DEMO_EFF("Woninginbraken per 1.000 woningen", "aantal", "down",
      "mean", "woningen", 0, 1, 1000, 62, 0, 53000, WSJG, 1) },
    { { "Toezicht en handhaving openbare ruimte", "Boa's houden toezicht "
        "op overlast, parkeren en afval.", "VH", 2900,
        { DEMO_CUM("Uitgevoerde controles", 5200, 0),
          DEMO_PCT("Handhavingsverzoeken binnen termijn afgehandeld", "up",
            850, 180, 800, 0) } },
      { "Buurtbemiddeling en wijkaanpak", "Bemiddeling bij burenruzies en "
        "wijkteams met politie en corporaties.", "MO", 600,
        { DEMO_CUM("Afgeronde bemiddelingszaken", 240, 0),
          DEMO_PCT("Bemiddelingen met resultaat", "up", 700, 70, 1000,
            0) } } } } } },

{ "Woningbehoefte bepaalt woningbouw", "wethouder A. Bakker", "STAD",
  "De woningbehoefte bepaalt de aard en omvang van de woningbouw: "
  "voldoende en betaalbare woningen voor alle doelgroepen.",
  {
  { "Voldoende woningen voor alle doelgroepen",
    "De woningvoorraad groeit met woningen waar vraag naar is.",
    { DEMO_EFF("Woningvoorraad", "aantal", "up", "last", "", 0, 0, 500,
      54200, 400, 0, "BAG, CBS", 0),
      DEMO_EFF("Opgeleverde nieuwbouwwoningen", "aantal", "up", "sum", "",
      1, 0, 1500, 600, 0, 0, "CBS, " WSJG, 1) },
    { { "Woningbouwprogrammering", "Regie op de woningbouwplannen met "
        "ontwikkelaars en corporaties.", "SO", 1800,
        { DEMO_CUM("Woningen in aanbouw genomen", 650, 0),
          DEMO_STOCK("Woningbouwplannen in voorbereiding", "up", 12, 0) } },
      { "Omgevingsvergunningen bouw", "Behandeling van aanvragen "
        "omgevingsvergunning voor bouwen.", "PZ-VG", 2600,
        { DEMO_PCT("Omgevingsvergunningen binnen wettelijke termijn", "up",
            950, 420, 300, 0),
          DEMO_DAYS("Doorlooptijd omgevingsvergunning", 420, 420, "zaken",
            0) } } } },
  { "Betaalbaar wonen voor lagere inkomens",
    "Woningzoekenden met een laag inkomen vinden binnen redelijke tijd een "
    "sociale huurwoning.",
    { DEMO_EFF("Inschrijfduur bij toewijzing sociale huurwoning", "dagen",
      "down", "mean", "woningzoekenden", 0, 0, 1000, 1640, 30, 300,
      "Woonnet Haaglanden", 0) },
    { { "Prestatieafspraken met corporaties", "Jaarlijkse afspraken over "
        "nieuwbouw, toewijzing en huurbeleid.", "SO", 350,
        { DEMO_CUM("Toegewezen sociale huurwoningen", 1100, 0),
          DEMO_PCT("Urgenten binnen 3 maanden gehuisvest", "up", 800, 60,
            1000, 0) } } } } } },

{ "Arbeid en bedrijvigheid in balans", "wethouder R. Smit", "DV",
  "Zoveel mogelijk inwoners zijn economisch zelfstandig en Zoetermeer "
  "biedt ondernemers een sterk vestigingsklimaat.",
  {
  { "Meer inwoners economisch zelfstandig",
    "Wie kan werken, werkt; de bijstand is een vangnet.",
    { DEMO_EFF("Huishoudens met een bijstandsuitkering", "aantal", "down",
      "last", "", 0, 0, 500, 2950, 0, 0, WSJG, 1),
      DEMO_EFF("Uitstroom uit de bijstand naar werk", "%", "up", "ratio",
      "", 0, 1, 1000, 240, 0, 700, "Gemeentelijke administratie", 0) },
    { { "Re-integratietrajecten", "Trajecten naar werk voor "
        "uitkeringsgerechtigden.", "WI-REI", 6200,
        { DEMO_CUM("Gestarte re-integratietrajecten", 900, 0),
          DEMO_PCT("Trajecten met uitstroom naar werk", "up", 350, 220,
            1000, 0) } },
      { "Werkgeversdienstverlening", "Het werkgeversservicepunt koppelt "
        "vacatures aan werkzoekenden.", "WI-WSP", 1100,
        { DEMO_CUM("Vervulde vacatures via werkgeversservicepunt", 380, 0),
          DEMO_SCORE("Tevredenheid werkgevers", 75, 40, "werkgevers",
            0) } },
      { "Klantmanagement Werkplein", "Intake en begeleiding van klanten "
        "op het Werkplein.", "WI", 2600,
        { DEMO_SCORE("Klantwaardering Werkplein", 68, 120, "klanten", 1),
          DEMO_DAYS("Wachttijd tot eerste gesprek", 90, 300, "klanten",
            1) } } } },
  { "Tijdige en rechtmatige inkomensondersteuning",
    "Aanvragen worden snel en juist beslist; misbruik wordt bestreden.",
    { DEMO_EFF("Bijstandsaanvragen binnen 8 weken beslist", "%", "up",
      "ratio", "", 0, 1, 500, 900, 0, 500, "Gemeentelijke administratie",
      0) },
    { { "Verstrekken van uitkeringen", "Levensonderhoud op grond van de "
        "WWB, IOAW en IOAZ.", "WI-INK", 48000,
        { DEMO_CUM("Afgehandelde aanvragen levensonderhoud", 1900, 0),
          DEMO_DAYS("Doorlooptijd aanvraag bijstand", 380, 480,
            "aanvragen", 0),
          DEMO_PCT("Teruggevorderde bedragen geïnd", "up", 650, 300, 1000,
            0) } },
      { "Minimaregelingen", "Bijzondere bijstand, kwijtschelding en de "
        "Zoetermeerpas.", "WI-INK", 5200,
        { DEMO_PCT("Bereik doelgroep minimaregelingen", "up", 700, 4200,
            800, 0) } } } },
  { "Een sterke lokale economie",
    "Bedrijven vestigen zich en groeien in Zoetermeer.",
    { DEMO_EFF("Banen per 1.000 inwoners van 15-64 jaar", "aantal", "up",
      "mean", "inwoners", 0, 1, 500, 6120, 0, 82000, WSJG, 1),
      DEMO_EFF("Leegstand kantoren", "%", "down", "ratio", "", 0, 1, 1000,
      165, 0, 6400, "Kantorenmonitor", 0) },
    { { "Accountmanagement bedrijven", "Bedrijfsbezoeken en één loket "
        "voor ondernemers.", "EB", 900,
        { DEMO_CUM("Bedrijfsbezoeken", 320, 0),
          DEMO_SCORE("Waardering ondernemers voor de gemeente", 66, 60,
            "ondernemers", 0) } },
      { "Uitgifte bedrijventerreinen", "Verkoop van bouwrijpe "
        "bedrijfsgrond.", "SO", 700,
        { DEMO_CUM("Uitgegeven bedrijfsgrond in m²", 18000, 0) } } } } } },

{ "Bereikbaarheid hoog in het vaandel", "wethouder H. van Dijk", "STAD",
  "Zoetermeer is goed en veilig bereikbaar, met de auto, het openbaar "
  "vervoer en de fiets.",
  {
  { "Zoetermeer is goed bereikbaar",
    "Wegen zijn heel en de doorstroming is goed.",
    { DEMO_EFF("Tevredenheid over bereikbaarheid", "score", "up", "mean",
      "inwoners", 0, 1, 500, 70, 1, 1200, "Burgerpeiling, " WSJG, 0) },
    { { "Onderhoud wegen en kunstwerken", "Groot en klein onderhoud van "
        "wegen, bruggen en tunnels.", "SB-WW", 9400,
        { DEMO_PCT("Wegen op minimaal basiskwaliteit", "up", 920, 800, 500,
            0),
          DEMO_SUMQ("Herstelde schades wegdek", "up", 1500, 0) } },
      { "Verkeersmanagement", "Verkeerslichten en verkeersregelinstallaties.",
        "VM", 1300,
        { DEMO_PCT("Verkeerslichten beschikbaar", "up", 990, 110, 100,
            0) } } } },
  { "Veilig verkeer", "Minder verkeersslachtoffers, vooral rond scholen.",
    { DEMO_EFF("Verkeersslachtoffers met ziekenhuisopname", "aantal", "down",
      "sum", "", 1, 0, 1500, 48, 2, 0, "BRON, " WSJG, 1) },
    { { "Verkeersveiligheidsprojecten", "Schoolzones en verkeerseducatie.",
        "VM", 800,
        { DEMO_CUM("Schoolzones veilig ingericht", 8, 0),
          DEMO_CUM("Deelnemers verkeerseducatie", 3100, 0) } } } },
  { "Meer reizigers met openbaar vervoer en fiets",
    "Openbaar vervoer en fiets zijn een aantrekkelijk alternatief.",
    { DEMO_EFF("Reizigers RandstadRail Zoetermeer per werkdag", "aantal",
      "up", "mean", "werkdagen", 0, 0, 800, 41000, 0, 64,
      "HTM, Stadsgewest Haaglanden", 0) },
    { { "Fietsvoorzieningen", "Fietsparkeren bij stations en "
        "doorfietsroutes.", "VM", 1100,
        { DEMO_CUM("Fietsparkeerplaatsen gerealiseerd", 400, 0) } } } } } },

{ "A12 als verbindend element", "wethouder A. Bakker", "STAD",
  "De A12-zone wordt van barrière tot verbinding tussen de stadsdelen, "
  "met wonen en werken langs de snelweg.",
  {
  { "De A12-zone verbindt de stad",
    "Gebiedsontwikkeling rond de Afrikaweg en de A12.",
    { DEMO_EFF("Voortgang gebiedsontwikkeling A12", "%", "up", "last", "",
      0, 0, 1000, 35, 12, 0, "Projectbureau A12", 0) },
    { { "Gebiedsontwikkeling Afrikaweg/A12", "Planvorming en uitvoering "
        "van de gebiedsontwikkeling.", "SO", 2100,
        { DEMO_CUM("Mijlpalen projectplanning gehaald", 6, 0) } },
      { "Geluidsmaatregelen A12", "Geluidsschermen en gevelisolatie langs "
        "de A12.", "VM", 1500,
        { DEMO_CUM("Woningen met geluidssanering", 140, 0) } } } },
  { "Kantoren langs de A12 krijgen een nieuwe bestemming",
    "Leegstaande kantoren worden omgebouwd tot woningen of "
    "bedrijfsruimte.",
    { DEMO_EFF("Getransformeerd kantooroppervlak in m²", "aantal", "up",
      "sum", "", 1, 0, 1500, 12000, 0, 0, "Kantorenmonitor", 0) },
    { { "Transformatie kantoren", "Gesprekken en maatwerk met eigenaren "
        "van leegstaande kantoren.", "EB", 450,
        { DEMO_CUM("Gesprekken met eigenaren leegstaande kantoren", 40,
            0) } } } } } },

{ "Meer sfeer en bruis in de binnenstad", "wethouder R. Smit", "STAD",
  "Het Stadshart is een levendige binnenstad waar mensen graag winkelen, "
  "uitgaan en cultuur beleven.",
  {
  { "Een levendige binnenstad", "Meer bezoekers en minder leegstand.",
    { DEMO_EFF("Bezoekers binnenstad per week", "aantal", "up", "mean",
      "weken", 0, 0, 800, 182000, 0, 13, "Passantentellingen", 0),
      DEMO_EFF("Winkelleegstand binnenstad", "%", "down", "ratio", "", 0,
      1, 1000, 78, 0, 2100, "Locatus", 0) },
    { { "Evenementen en citymarketing", "Evenementen en promotie van het "
        "Stadshart.", "EB", 1700,
        { DEMO_CUM("Evenementen in de binnenstad", 60, 0),
          DEMO_SCORE("Waardering bezoekers binnenstad", 71, 500,
            "respondenten", 0) } },
      { "Beheer binnenstad", "Extra reiniging en toezicht in het "
        "Stadshart.", "SB-RE", 1200,
        { DEMO_PCT("Schouwpunten binnenstad schoon", "up", 900, 160, 500,
            0) } } } },
  { "Cultuur in het hart van de stad",
    "Culturele instellingen trekken een breed publiek.",
    { DEMO_EFF("Bezoekers culturele voorzieningen", "aantal", "up", "sum",
      "", 1, 0, 1000, 410000, 0, 0, "Jaarverslagen instellingen", 0) },
    { { "Subsidies culturele instellingen", "Theater, bibliotheek, "
        "muziekschool en museum.", "MO", 8300,
        { DEMO_CUM("Voorstellingen en activiteiten", 1600, 0),
          DEMO_PCT("Subsidiebeschikkingen tijdig verleend", "up", 950, 40,
            500, 0) } } } } } },

{ "Profiteren van onze plek aan het Groene Hart", "wethouder H. van Dijk",
  "STAD",
  "Inwoners genieten van het groen in en rond de stad en sporten en "
  "recreëren dicht bij huis.",
  {
  { "Inwoners recreëren in en rond het Groene Hart",
    "Parken en routes verbinden de stad met het Groene Hart.",
    { DEMO_EFF("Tevredenheid over groen en recreatie", "score", "up",
      "mean", "inwoners", 0, 1, 500, 76, 1, 1200,
      "Burgerpeiling, " WSJG, 0) },
    { { "Recreatieve routes en parken", "Onderhoud van parken, routes en "
        "speelplaatsen.", "SB-GR", 2300,
        { DEMO_STOCK("Kilometers onderhouden recreatieve routes", "up", 85,
            0),
          DEMO_PCT("Speelplaatsen veilig bij inspectie", "up", 980, 210,
            200, 0) } } } },
  { "Een sportieve stad", "Meer inwoners sporten en bewegen wekelijks.",
    { DEMO_EFF("Inwoners die wekelijks sporten", "%", "up", "ratio", "", 0,
      1, 800, 570, 0, 1200, WSJG, 1) },
    { { "Sportaccommodaties", "Exploitatie van zwembaden, sporthallen en "
        "velden.", "MO", 5600,
        { DEMO_CUM("Bezoekers zwembaden en sporthallen", 780000, 0),
          DEMO_PCT("Bezettingsgraad sporthallen", "up", 750, 9000, 800,
            0) } } } } } },

{ "Duurzaamheid centraal", "wethouder P. Jansen", "STAD",
  "Zoetermeer ontwikkelt zich duurzaam, in balans tussen people, planet "
  "en prosperity; de gemeente geeft zelf het goede voorbeeld.",
  {
  { "Minder CO2-uitstoot in de stad",
    "Energiebesparing bij de gemeente, woningen en bedrijven.",
    { DEMO_EFF("CO2-uitstoot gemeentelijke organisatie in ton", "aantal",
      "down", "sum", "", 1, 0, 1000, 9800, 0, 0, "Klimaatmonitor", 0),
      DEMO_EFF("Woningen met energielabel A of B", "%", "up", "ratio", "",
      0, 1, 800, 310, 15, 54000, "Klimaatmonitor, " WSJG, 1) },
    { { "Energiebesparing gemeentelijke gebouwen", "Isolatie, "
        "zonnepanelen en slim energiebeheer.", "FZ", 950,
        { DEMO_SUMQ("Energieverbruik gemeentelijke gebouwen in MWh",
            "down", 14500, 0),
          DEMO_PCT("Duurzaam ingekochte opdrachten", "up", 900, 90, 500,
            0) } },
      { "Stimulering duurzaam bouwen en wonen", "Energieadvies en "
        "duurzaamheidsleningen voor particulieren.", "VM", 700,
        { DEMO_CUM("Energieadviezen aan particulieren", 650, 0) } } } },
  { "Een gezond leefmilieu", "Schone lucht en weinig milieuhinder.",
    { DEMO_EFF("Dagen met overschrijding fijnstofnorm", "dagen", "down",
      "sum", "", 1, 0, 1500, 12, 0, 0, "RIVM", 0) },
    { { "Milieuvergunningen en -toezicht", "Vergunningverlening en "
        "controles bij bedrijven.", "VH", 1600,
        { DEMO_CUM("Milieucontroles bij bedrijven", 750, 0),
          DEMO_PCT("Hercontroles zonder overtreding", "up", 800, 90, 800,
            0) } } } } } },

{ "Excelleren in dienstverlening", "wethouder M. de Vries", "DV",
  "Inwoners en ondernemers krijgen snel, correct en vriendelijk wat zij "
  "nodig hebben, het liefst digitaal; dezelfde dienstverlening van betere "
  "kwaliteit met minder medewerkers.",
  {
  { "Inwoners en ondernemers zijn tevreden over de dienstverlening",
    "De klant staat centraal aan de balie, de telefoon en online.",
    { DEMO_EFF("Waardering gemeentelijke dienstverlening", "score", "up",
      "mean", "respondenten", 0, 1, 500, 72, 1, 1200,
      "Burgerpeiling, " WSJG, 1) },
    { { "Klantcontact", "Balie, telefoon en e-mail van Publiekszaken, "
        "gemeten per team.", "PZ", 4200,
        { DEMO_PCT("Klanten binnen 10 minuten geholpen", "up", 850, 9000,
            500, 1),
          DEMO_SCORE("Klanttevredenheid balie en telefoon", 76, 300,
            "klanten", 1) } },
      { "Telefonische bereikbaarheid", "Het klantcontactcentrum als eerste "
        "aanspreekpunt (14 079).", "PZ-KCC", 2100,
        { DEMO_PCT("Telefoontjes binnen 30 seconden beantwoord", "up", 800,
            40000, 800, 0),
          DEMO_PCT("Vragen in het eerste contact beantwoord", "up", 750,
            40000, 800, 0) } },
      { "Kwaliteit en kosten Publiekszaken", "Klachtbehandeling en "
        "kostprijs van de publieksdienstverlening.", "PZ", 900,
        { DEMO_EURO("Kostprijs per klantcontact", "down", 1450, 60000,
            "klantcontacten"),
          DEMO_PCT("Klachten binnen 6 weken afgehandeld", "up", 950, 65,
            500, 0) } } } },
  { "Snelle en correcte levering van producten",
    "Producten worden binnen de servicenorm geleverd.",
    { DEMO_EFF("Producten binnen de servicenorm geleverd", "%", "up",
      "ratio", "", 0, 1, 500, 920, 0, 30000, "Gemeentelijke administratie",
      0) },
    { { "Reisdocumenten en rijbewijzen", "Aanvraag en uitreiking van "
        "paspoorten, identiteitskaarten en rijbewijzen.", "PZ-BZ", 3400,
        { DEMO_SUMQ("Verstrekte reisdocumenten en rijbewijzen", "up",
            26000, 0),
          DEMO_DAYS("Levertijd reisdocumenten", 50, 6500, "aanvragen",
            0) } } } },
  { "Digitale dienstverlening als voorkeurskanaal",
    "Steeds meer producten worden digitaal aangevraagd.",
    { DEMO_EFF("Producten digitaal aangevraagd", "%", "up", "ratio", "", 0,
      1, 1000, 380, 40, 30000, "Gemeentelijke administratie", 0) },
    { { "Digitaal loket", "E-formulieren en de website als digitaal "
        "loket.", "IV", 1300,
        { DEMO_PCT("Beschikbaarheid digitaal loket", "up", 995, 2200, 100,
            0),
          DEMO_CUM("Nieuwe e-formulieren beschikbaar", 24, 0) } } } } } },

{ "Bij de meest efficiënte gemeenten", "wethouder R. Smit", "BV",
  "Zoetermeer hoort binnen drie jaar bij de drie meest productieve "
  "gemeenten van 100.000-150.000 inwoners, met een structurele "
  "besparing van 7,3 miljoen euro in 2017.",
  {
  { "Dezelfde dienstverlening tegen lagere kosten",
    "Productiviteitsstijging door efficiënter en anders werken.",
    { DEMO_EFF("Apparaatskosten per inwoner", "euro", "down", "mean",
      "inwoners", 0, 2, 500, 61500, 0, 124000, WSJG, 1),
      DEMO_EFF("Gerealiseerde structurele besparing", "euro", "up", "last",
      "", 0, 0, 1000, 1200000, 1220000, 0, "Begroting en jaarrekening",
      0) },
    { { "Financieel beheer en control", "Betalingen, administratie en de "
        "P&C-cyclus; de directeur Bedrijfsvoering is concerncontroller.",
        "FIN", 3200,
        { DEMO_PCT("Facturen binnen 30 dagen betaald", "up", 900, 9000,
            500, 0),
          DEMO_CUM("Rapportages tijdig aan de raad geleverd", 4, 0) } },
      { "Inkoop en aanbesteding", "Rechtmatig en voordelig inkopen.", "FIN",
        800,
        { DEMO_PCT("Inkoopvolume via raamcontracten", "up", 750, 400, 800,
            0),
          DEMO_EURO_CUM("Gerealiseerd inkoopvoordeel", 450000) } } } },
  { "Een betrouwbare en efficiënte bedrijfsvoering",
    "Ondersteunende processen zijn op orde en kosten niet meer dan nodig.",
    { DEMO_EFF("Overhead als percentage van de totale lasten", "%", "down",
      "ratio", "", 0, 1, 500, 128, 3, 4500,
      "Benchmark vergelijkbare gemeenten", 0) },
    { { "Informatievoorziening en ICT", "Beheer en vernieuwing van "
        "applicaties, netwerk en werkplekken.", "IV", 7400,
        { DEMO_PCT("Beschikbaarheid kernapplicaties", "up", 990, 2200, 100,
            0),
          DEMO_DAYS("Oplostijd storingsmeldingen", 15, 1800, "meldingen",
            0),
          DEMO_CUM("Werkprocessen gedigitaliseerd", 12, 0) } },
      { "Huisvesting en facilitaire diensten", "Stadhuis, werkplekken, "
        "post en catering.", "FZ", 6100,
        { DEMO_EURO("Huisvestingskosten per werkplek", "down", 780000, 1150,
            "werkplekken"),
          DEMO_SCORE("Tevredenheid interne klanten", 70, 250, "medewerkers",
            0) } } } } } },

{ "Een goed werkgever", "wethouder M. de Vries", "BV",
  "Gezonde, betrokken en vakbekwame medewerkers maken de ambities waar, "
  "in een kleinere en wendbare organisatie.",
  {
  { "Gezonde en betrokken medewerkers",
    "Laag verzuim en hoge tevredenheid.",
    { DEMO_EFF("Ziekteverzuim", "%", "down", "ratio", "", 0, 1, 1000, 52,
      1, 110000, "Personeelsadministratie", 0),
      DEMO_EFF("Medewerkerstevredenheid", "score", "up", "mean",
      "respondenten", 0, 1, 500, 70, 1, 900, "Medewerkersonderzoek", 0) },
    { { "Verzuimbegeleiding en vitaliteit", "Casemanagement verzuim en "
        "het vitaliteitsprogramma.", "HRM", 1400,
        { DEMO_PCT("Verzuimmeldingen binnen 6 weken met plan van aanpak",
            "up", 950, 240, 500, 0),
          DEMO_CUM("Deelnemers vitaliteitsprogramma", 350, 0) } },
      { "Opleiding en ontwikkeling", "Opleidingen, mobiliteit en het "
        "gesprekkencyclus.", "HRM", 2200,
        { DEMO_CUM("Gevolgde opleidingsdagen", 3600, 0),
          DEMO_PCT("Medewerkers met een jaargesprek", "up", 900, 1200, 500,
            0) } } } },
  { "Een wendbare organisatie met minder formatie",
    "De formatie daalt door natuurlijk verloop en interne mobiliteit.",
    { DEMO_EFF("Formatie in fte", "aantal", "down", "last", "", 0, 1, 300,
      12450, 300, 0, "Personeelsadministratie", 0) },
    { { "Strategische personeelsplanning", "Vacatures eerst intern, "
        "werving snel en gericht.", "HRM", 600,
        { DEMO_PCT("Vacatures intern vervuld", "up", 600, 30, 1000, 0),
          DEMO_DAYS("Doorlooptijd werving", 620, 30, "vacatures", 0) } },
      { "Salarisadministratie", "Salarissen en personeelsmutaties.", "HRM",
        900,
        { DEMO_PCT("Mutaties foutloos verwerkt", "up", 990, 3000, 100,
            0) } } } } } },
};

const size_t demo_progs_len = sizeof(demo_progs) / sizeof(demo_progs[0]);
