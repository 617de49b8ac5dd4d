/*
 * i18n.c: the catalogue.  Keys are sorted by page, then alphabetically
 * within the page; every key has both languages (the unit test checks it).
 */
#include <string.h>

#include "i18n.h"
#include "log.h"
#include "tmpl.h"

const struct i18n_msg i18n_msgs[] = {
	/* layout */
	{ "T_APP_NAME", { "Koers", "Koers" } },
	{ "T_APP_TAGLINE", { "Planning & control van de gemeente",
	    "The municipality's planning & control" } },
	{ "T_SKIP_TO_CONTENT", { "Naar de inhoud", "Skip to content" } },
	{ "T_NAV_LABEL", { "Hoofdmenu", "Main menu" } },
	{ "T_NAV_HOME", { "Start", "Home" } },
	{ "T_NAV_PROGRAMMES", { "Programma's", "Programmes" } },
	{ "T_NAV_ORG", { "Organisatie", "Organisation" } },
	{ "T_NAV_ACCESSIBILITY", { "Toegankelijkheid", "Accessibility" } },
	{ "T_LANG_SWITCH", { "English", "Nederlands" } },
	{ "T_LANG_SWITCH_LABEL", { "Switch to English", "Schakel naar Nederlands" } },
	{ "T_FOOTER", { "Koers: één vastlegging, meervoudig gebruik.",
	    "Koers: register once, use many times." } },
	/* home */
	{ "T_HOME_TITLE", { "Start", "Home" } },
	{ "T_HOME_INTRO", { "Koers volgt de programmabegroting: wat willen we "
	    "bereiken, wat gaan we daarvoor doen en wat mag het kosten.",
	    "Koers follows the programme budget: what do we want to achieve, "
	    "what will we do for it and what may it cost." } },
	{ "T_HOME_YEARS", { "Begrotingsjaren", "Budget years" } },
	{ "T_HOME_PERIODS", { "Perioden", "Periods" } },
	{ "T_HOME_ORG_LINK", { "De organisatie en haar eenheden",
	    "The organisation and its units" } },
	/* years, periods */
	{ "T_YEAR", { "Begrotingsjaar", "Budget year" } },
	{ "T_YEAR_BUDGET", { "Jaarbegroting", "Budget for the year" } },
	{ "T_PERIOD", { "Periode", "Period" } },
	{ "T_STATE", { "Status", "State" } },
	{ "T_DEADLINE", { "Uiterste datum", "Deadline" } },
	{ "T_PROGRAMME_COUNT", { "Programma's", "Programmes" } },
	{ "T_PERIOD_PLANNED", { "gepland", "planned" } },
	{ "T_PERIOD_OPEN", { "open", "open" } },
	{ "T_PERIOD_CLOSED", { "gesloten", "closed" } },
	{ "T_YEAR_DRAFT", { "in voorbereiding", "in preparation" } },
	{ "T_YEAR_ADOPTED", { "vastgesteld", "adopted" } },
	{ "T_YEAR_CLOSED", { "afgesloten", "closed" } },
	/* programmes */
	{ "T_PROGRAMMES_TITLE", { "Programma's", "Programmes" } },
	{ "T_PROGRAMMES_OF_YEAR", { "Programmabegroting", "Programme budget" } },
	{ "T_SHOW", { "Tonen", "Show" } },
	{ "T_NUMBER", { "Nr.", "No." } },
	{ "T_NAME", { "Naam", "Name" } },
	{ "T_PORTFOLIO_HOLDER", { "Portefeuillehouder", "Portfolio holder" } },
	{ "T_DIRECTIE", { "Directie", "Directorate" } },
	{ "T_BUDGET", { "Begroting", "Budget" } },
	{ "T_TOTAL", { "Totaal", "Total" } },
	{ "T_PROGRAMME", { "Programma", "Programme" } },
	{ "T_NO_PROGRAMMES", { "Er zijn geen programma's voor dit jaar.",
	    "There are no programmes for this year." } },
	/* programme page: the three W-questions */
	{ "T_W1", { "Wat willen we bereiken?", "What do we want to achieve?" } },
	{ "T_W2", { "Wat gaan we daarvoor doen?", "What will we do for it?" } },
	{ "T_W3", { "Wat mag het kosten?", "What may it cost?" } },
	{ "T_AMBITION", { "Ambitie", "Ambition" } },
	{ "T_EFFECT", { "Maatschappelijk effect", "Societal effect" } },
	{ "T_EFFECT_INDICATORS", { "Effectindicatoren", "Effect indicators" } },
	{ "T_PERFORMANCE", { "Prestatie", "Performance" } },
	{ "T_PERFORMANCES", { "Prestaties", "Performances" } },
	{ "T_OWNER", { "Eigenaar", "Owner" } },
	{ "T_INDICATOR", { "Indicator", "Indicator" } },
	{ "T_INDICATORS", { "Indicatoren", "Indicators" } },
	{ "T_UNIT_OF_MEASURE", { "Eenheid", "Unit" } },
	{ "T_DIRECTION", { "Richting", "Direction" } },
	{ "T_DIR_UP", { "hoger is beter", "higher is better" } },
	{ "T_DIR_DOWN", { "lager is beter", "lower is better" } },
	{ "T_BASELINE", { "Nulmeting", "Baseline" } },
	{ "T_TARGET", { "Streefwaarde", "Target" } },
	{ "T_YEAR_TARGET", { "Streefwaarde jaar", "Target for the year" } },
	{ "T_SOURCE", { "Bron", "Source" } },
	{ "T_POLICY_INDICATOR", { "beleidsindicator (BBV)", "policy indicator (BBV)" } },
	{ "T_NO_INDICATORS", { "Geen indicatoren.", "No indicators." } },
	{ "T_BUDGET_PER_PERFORMANCE", { "Begroting per prestatie (lasten)",
	    "Budget per performance (expenses)" } },
	{ "T_FIGURES", { "Cijfers", "Figures" } },
	{ "T_NO_FIGURES", { "Er zijn nog geen cijfers gemeld.",
	    "No figures have been reported yet." } },
	{ "T_REALISED", { "Realisatie", "Realised" } },
	{ "T_FORECAST", { "Prognose", "Forecast" } },
	{ "T_EXPLANATION", { "Toelichting", "Explanation" } },
	{ "T_MEASURE", { "Bijsturingsmaatregel", "Corrective measure" } },
	/* accessibility statement */
	{ "T_A11Y_TITLE", { "Toegankelijkheidsverklaring", "Accessibility statement" } },
	{ "T_A11Y_BODY1", { "De gemeente wil dat iedereen Koers kan gebruiken. "
	    "Koers is gebouwd volgens de Web Content Accessibility Guidelines "
	    "(WCAG) 2.1 op niveau AA, zoals het Besluit digitale toegankelijkheid "
	    "overheid vraagt.",
	    "The municipality wants everyone to be able to use Koers. Koers is "
	    "built to the Web Content Accessibility Guidelines (WCAG) 2.1 at "
	    "level AA, as Dutch government regulations require." } },
	{ "T_A11Y_BODY2", { "Bij elke wijziging wordt Koers voor elke rol "
	    "automatisch getoetst in een echte browser. axe-core toetst elke "
	    "pagina op WCAG 2.1 A en AA; op een pagina van elke soort toetsen "
	    "daarnaast IBM's accessibility-checker-engine en de Nu Html "
	    "Checker (geldige HTML), en wordt nagegaan dat de pagina zonder "
	    "horizontaal scrollen past bij 320 CSS-pixels breed en bij 200 % "
	    "zoom (reflow). De eerste Tab bereikt een zichtbare link naar de "
	    "inhoud; elk bedienbaar element is met alleen het toetsenbord te "
	    "bereiken en heeft een duidelijk zichtbare focusrand (geel in "
	    "zwart, op elke achtergrond te zien); elke pagina werkt zonder "
	    "JavaScript. De kleuren voor begroting en realisatie hebben "
	    "een contrast van 4,6:1 en 5,2:1 op wit. Status wordt "
	    "nooit alleen met kleur getoond: altijd ook met een woord en een "
	    "vorm.",
	    "On every change, Koers is checked automatically for every role "
	    "in a real browser. axe-core checks every page against WCAG 2.1 A "
	    "and AA; on one page of every kind, IBM's "
	    "accessibility-checker-engine and the Nu Html Checker (valid "
	    "HTML) check as well, and the page must fit without horizontal "
	    "scrolling at 320 CSS pixels wide and at 200 % zoom (reflow). The "
	    "first Tab reaches a visible link to the content; every "
	    "interactive element can be reached with the keyboard alone and "
	    "has a clearly visible focus ring (yellow inside black, visible "
	    "on any background); every page works without JavaScript. The "
	    "colours for budget and realised have a contrast of 4.6:1 and "
	    "5.2:1 on white. Status is never shown by colour alone: always "
	    "with a word and a shape too." } },
	{ "T_A11Y_SCOPE", { "Deze verklaring geldt voor de webapplicatie Koers "
	    "van de gemeente: alle pagina's, formulieren en de JSON-API, en de "
	    "bestanden die Koers maakt (PDF, Excel en CSV van de "
	    "voortgangsrapportages).",
	    "This statement covers the municipality's Koers web application: "
	    "every page, form and the JSON API, and the files Koers produces "
	    "(PDF, Excel and CSV of the progress reports)." } },
	{ "T_A11Y_STATUS_TITLE", { "Nalevingsstatus", "Compliance status" } },
	{ "T_A11Y_STATUS", { "Koers voldoet gedeeltelijk aan de eisen (status B): "
	    "de webpagina's voldoen aan WCAG 2.1 niveau AA (EN 301 549); voor de "
	    "gedownloade bestanden gelden de beperkingen hieronder.",
	    "Koers partially complies (status B): the web pages meet WCAG 2.1 "
	    "level AA (EN 301 549); the downloadable files have the limitations "
	    "listed below." } },
	{ "T_A11Y_METHOD_TITLE", { "Hoe is dit getoetst?", "How was this checked?" } },
	{ "T_A11Y_LIMITS_TITLE", { "Bekende beperkingen", "Known limitations" } },
	{ "T_A11Y_LIMIT_PDF", { "De PDF van een rapportage is getagd: echte, "
	    "doorzoekbare tekst met koppen, alinea's, tabellen (met "
	    "kopcellen) en figuren in een structuurboom, een inhoudsopgave "
	    "met koppelingen en bladwijzers, alle lettertypen ingebed, de "
	    "titel en de taal van het document vastgelegd. Kolommen worden "
	    "gemeten, niet geschat: geen woord wordt midden in afgebroken en "
	    "een te brede tabel komt op een liggende pagina. Paginavoetteksten "
	    "staan buiten de structuurboom, zodat een schermlezer ze niet "
	    "tussen de inhoud voorleest. Verder dan de tekenbibliotheek cairo "
	    "1.16 toelaat gaat het niet: voetteksten zijn niet als artefact "
	    "gemarkeerd, grafieken hebben geen eigen alternatieve tekst maar "
	    "een zichtbaar bijschrift dat zegt wat ze tonen (de cijfers staan "
	    "in een tabel ernaast), en de structuurboom heeft geen "
	    "Document-element als enige top. De PDF voldoet daarom niet "
	    "volledig aan PDF/UA. Elke rapportage is ook als webpagina te "
	    "lezen, met precies dezelfde inhoud; dat is het toegankelijke "
	    "alternatief.",
	    "A report's PDF is tagged: real, searchable text with headings, "
	    "paragraphs, tables (with header cells) and figures in a structure "
	    "tree, a linked table of contents and bookmarks, every font "
	    "embedded, the document's title and language set. Columns are "
	    "measured, not guessed: no word is broken inside and a table too "
	    "wide for the page gets a landscape page. Page footers stand "
	    "outside the structure tree, so that a screen reader does not "
	    "read them out between the content. That goes no further than the "
	    "drawing library cairo 1.16 allows: footers are not marked as "
	    "artifacts, charts have no alternative text of their own but a "
	    "visible caption saying what they show (their numbers are in a "
	    "table beside them), and the structure tree has no single "
	    "Document element at its top. So the PDF does not fully meet "
	    "PDF/UA. Every report can also be read as a web page with exactly "
	    "the same content: that is the accessible alternative." } },
	{ "T_A11Y_LIMIT_CHARTS", { "Op het scherm: bij 320 pixels breed breken "
	    "lange Nederlandse woorden in koppen zonder afbreekstreepje, en "
	    "het bijschrift van een brede tabel schuift met de tabel mee. De "
	    "Engelse pagina's gebruiken dezelfde sjablonen, maar zitten niet "
	    "in de browsertoetsing hierboven (ook niet in die op reflow). "
	    "Grafieken staan altijd naast een tabel met dezelfde cijfers; de "
	    "stand is steeds ook met een woord en een vorm aangegeven.",
	    "On screen: at 320 pixels wide, long Dutch words in headings "
	    "break without a hyphen, and the caption of a wide table scrolls "
	    "with the table. The English pages use the same templates but are "
	    "not in the browser checks above (nor in the reflow check). "
	    "Charts always stand beside a table with the same figures; status "
	    "is always given by a word and a shape as well." } },
	{ "T_A11Y_CONTACT_TITLE", { "Contact en klachten", "Contact and complaints" } },
	{ "T_A11Y_CONTACT", { "Loopt u toch tegen een probleem aan? Meld het bij "
	    "de functioneel beheerder van Koers; u krijgt binnen vijf werkdagen "
	    "antwoord, en wij bieden de informatie zo nodig in een andere vorm "
	    "aan.",
	    "Did you run into a problem all the same? Report it to Koers's "
	    "application administrator; you will get an answer within five "
	    "working days, and we will provide the information in another form "
	    "where needed." } },
	{ "T_A11Y_ESCALATION", { "Bent u niet tevreden met de afhandeling? Dan "
	    "kunt u een klacht indienen bij de gemeente en daarna bij de "
	    "(gemeentelijke of Nationale) ombudsman.",
	    "Not satisfied with how your report was handled? You can file a "
	    "complaint with the municipality and then with the (municipal or "
	    "National) ombudsman." } },
	{ "T_A11Y_DATES", { "Deze verklaring wordt bij elke nieuwe versie van "
	    "Koers herzien en wordt gepubliceerd in het register van "
	    "toegankelijkheidsverklaringen (digitoegankelijk.nl).",
	    "This statement is reviewed with every new version of Koers and is "
	    "published in the register of accessibility statements "
	    "(digitoegankelijk.nl)." } },
	/* org */
	{ "T_ORG_TITLE", { "Organisatie", "Organisation" } },
	{ "T_ORG_INTRO", { "De gemeente, haar directies, afdelingen en teams.",
	    "The municipality, its directorates, departments and teams." } },
	{ "T_ORG_UNIT", { "Organisatie-eenheid", "Organisational unit" } },
	{ "T_KIND", { "Soort", "Kind" } },
	{ "T_KIND_GEMEENTE", { "gemeente", "municipality" } },
	{ "T_KIND_DIRECTIE", { "directie", "directorate" } },
	{ "T_KIND_AFDELING", { "afdeling", "department" } },
	{ "T_KIND_TEAM", { "team", "team" } },
	{ "T_MANAGER", { "Leidinggevende", "Manager" } },
	{ "T_PART_OF", { "Onderdeel van", "Part of" } },
	{ "T_SUBUNITS", { "Onderdelen", "Units within" } },
	{ "T_OWNED_PERFORMANCES", { "Prestaties van deze eenheid",
	    "Performances of this unit" } },
	{ "T_NO_PERFORMANCES", { "Deze eenheid is van geen enkele prestatie "
	    "eigenaar.",
	    "This unit owns no performance." } },
	/* errors */
	{ "T_ERROR", { "Fout", "Error" } },
	{ "T_ERR_400", { "Het verzoek is niet goed opgebouwd.",
	    "The request is malformed." } },
	{ "T_ERR_401", { "U moet eerst inloggen.", "Please log in first." } },
	{ "T_ERR_403", { "U hebt geen toegang tot deze pagina of deze handeling.",
	    "You may not open this page or do this." } },
	{ "T_ERR_404", { "Deze pagina bestaat niet.", "This page does not exist." } },
	{ "T_ERR_405", { "Deze handeling kan niet op deze pagina.",
	    "This action is not possible on this page." } },
	{ "T_ERR_409", { "Iemand anders heeft dit intussen gewijzigd.",
	    "Somebody else changed this in the meantime." } },
	{ "T_ERR_413", { "Het verzoek is te groot.", "The request is too large." } },
	{ "T_ERR_501", { "Deze manier van verzenden kent Koers niet.",
	    "Koers does not support this way of sending a request." } },
	{ "T_ERR_500", { "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
	    "Something went wrong on our side. Please try again later." } },
	{ "T_ERR_503", { "De gegevens zijn nu niet bereikbaar. Probeer het later opnieuw.",
	    "The data cannot be reached now. Please try again later." } },
	/* API error codes: the key without T_, in lower case, is the code */
	{ "T_ERR_CONFLICT", { "Iemand anders heeft dit intussen gewijzigd; "
	    "\"current\" toont wat nu is opgeslagen.",
	    "Somebody else changed this in the meantime; \"current\" shows "
	    "what is stored now." } },
	{ "T_ERR_INVALID", { "Niet alle velden zijn goed ingevuld; \"errors\" "
	    "zegt per veld wat er mis is.",
	    "Not every field is valid; \"errors\" says per field what is "
	    "wrong." } },
	{ "T_ERR_STORAGE", { "De gegevens kunnen nu niet worden opgeslagen: de "
	    "opslag is vol of alleen-lezen. Niets van wat al was opgeslagen is "
	    "verloren.",
	    "The data cannot be saved now: the storage is full or read-only. "
	    "Nothing that was already saved is lost." } },
	{ "T_API_BODY_FIGURE", { "De body moet een JSON-object zijn met een "
	    "geheel getal \"version\".",
	    "The body must be a JSON object with an integer \"version\"." } },
	{ "T_API_BODY_STRINGS", { "Getallen en teksten moeten strings of null "
	    "zijn.",
	    "Numbers and texts are strings or null." } },
	{ "T_API_BODY_DECIMAL_STRING", { "Stuur een getal als decimale "
	    "string, zoals \"16.5\" of \"16,5\", of null; een JSON-getal "
	    "wordt niet afgerond en niet aangenomen.",
	    "Send a number as a decimal string, such as \"16.5\", or null; a "
	    "JSON number is neither rounded nor accepted." } },
	{ "T_API_BODY_VALUE_RATIO", { "Deze indicator is een verhouding: "
	    "stuur \"numerator\" en \"denominator\", niet \"value\".",
	    "This indicator is a ratio: send \"numerator\" and "
	    "\"denominator\", not \"value\"." } },
	{ "T_API_BODY_NOT_APPLICABLE", { "Dit veld hoort niet bij deze "
	    "indicator; laat het weg.",
	    "This member does not apply to this indicator; leave it out." } },
	{ "T_API_BODY_OBJECT", { "De body moet een JSON-object zijn.",
	    "The body must be a JSON object." } },
	{ "T_API_BODY_UNKNOWN", { "De body bevat een veld dat hier niet "
	    "bestaat; laat het weg.",
	    "The body has a member that does not exist here; leave it "
	    "out." } },
	{ "T_ERR_BACK_HOME", { "Naar de startpagina", "Go to the home page" } },
};
const size_t i18n_msgs_len = sizeof(i18n_msgs) / sizeof(i18n_msgs[0]);

/* Every area's table: add a line when an area gets its own file. */
const struct i18n_table i18n_tables[] = {
	{ i18n_msgs, &i18n_msgs_len },
	{ i18n_msgs_report, &i18n_msgs_report_len },
	{ i18n_msgs_auth, &i18n_msgs_auth_len },
	{ i18n_msgs_entry, &i18n_msgs_entry_len },
	{ i18n_msgs_dashboard, &i18n_msgs_dashboard_len },
	{ i18n_msgs_year, &i18n_msgs_year_len },
	{ i18n_msgs_structure, &i18n_msgs_structure_len },
	{ i18n_msgs_budget, &i18n_msgs_budget_len },
	{ i18n_msgs_formats, &i18n_msgs_formats_len },
};
const size_t i18n_tables_len = sizeof(i18n_tables) / sizeof(i18n_tables[0]);

/* The text for key in lang; the key itself (logged) when it is missing. */
const char *
i18n(enum lang lang, const char *key)
{
	const struct i18n_table	*t;
	size_t			 i, j;

	for (j = 0; j < i18n_tables_len; j++) {
		t = &i18n_tables[j];
		for (i = 0; i < *t->len; i++)
			if (strcmp(t->msgs[i].key, key) == 0)
				return t->msgs[i].text[lang];
	}
	log_warn("i18n: no text for %s", key);
	return key;
}

/* Hand the whole catalogue to the templates (before tmpl_init()). */
void
i18n_register(void)
{
	const struct i18n_table	*tb;
	size_t			 i, j;

	for (j = 0; j < i18n_tables_len; j++) {
		tb = &i18n_tables[j];
		for (i = 0; i < *tb->len; i++)
			tmpl_text(tb->msgs[i].key, tb->msgs[i].text[LANG_NL],
			    tb->msgs[i].text[LANG_EN]);
	}
}

const char *
i18n_code(enum lang lang)
{
	return lang == LANG_EN ? "en" : "nl";
}
