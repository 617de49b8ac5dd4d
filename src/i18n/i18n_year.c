/*
 * i18n_year.c: the texts of the budget year's life cycle (/begroting,
 * /begroting/{year}), the org tree's maintenance (/begroting/org) and the
 * first install.
 */
#include "i18n.h"

const struct i18n_msg i18n_msgs_year[] = {
	/* layout */
	{ "T_NAV_YEARS", { "Begroting", "Budget" } },
	/* first install */
	{ "T_ACCOUNT_NO_GEMEENTE", { "Er is nog geen gemeente. Maak die eerst "
	    "aan met: koers init --db BESTAND --gemeente \"Gemeente Naam\"",
	    "There is no gemeente yet. Create it first with: koers init --db "
	    "FILE --gemeente \"Gemeente Name\"" } },
	/* form errors, shared by the pages below */
	{ "T_YEAR_ERRORS_TITLE", { "Het formulier is niet opgeslagen:",
	    "The form was not saved:" } },
	{ "T_YEAR_DONE", { "De wijziging is opgeslagen.",
	    "The change has been saved." } },
	{ "T_YEAR_API_BODY", { "De body moet een JSON-object zijn.",
	    "The body must be a JSON object." } },
	/* the budget years */
	{ "T_YEAR_STATE_DRAFT", { "concept", "draft" } },
	{ "T_YEAR_STATE_ADOPTED", { "vastgesteld", "adopted" } },
	{ "T_YEAR_STATE_CLOSED", { "afgesloten", "closed" } },
	{ "T_YEARS_TITLE", { "Begrotingsjaren", "Budget years" } },
	{ "T_YEARS_INTRO", { "Een begrotingsjaar is eerst concept: dan worden "
	    "structuur en begroting ingevuld. De raad stelt het vast; daarna "
	    "verandert de begroting alleen nog met een begrotingswijziging. "
	    "Als alle kwartalen gesloten zijn, wordt het jaar afgesloten.",
	    "A budget year starts as a draft, while structure and budget are "
	    "filled in. The council adopts it; after that the budget changes "
	    "only through a budget amendment. When all quarters are closed, "
	    "the year is closed." } },
	{ "T_YEARS_CAPTION", { "Begrotingsjaren en hun status",
	    "Budget years and their state" } },
	{ "T_YEAR_COL_YEAR", { "Jaar", "Year" } },
	{ "T_YEAR_COL_STATE", { "Status", "State" } },
	{ "T_YEAR_COL_ADOPTED_ON", { "Raadsbesluit", "Council decision" } },
	{ "T_YEAR_COL_PROGRAMMES", { "Programma's", "Programmes" } },
	{ "T_YEAR_COL_ACTION", { "Volgende stap", "Next step" } },
	{ "T_YEAR_NEW", { "Nieuw begrotingsjaar", "New budget year" } },
	{ "T_YEAR_NEW_LABEL", { "Jaar", "Year" } },
	{ "T_YEAR_NEW_HINT", { "Vier cijfers, bijvoorbeeld 2015. De vier "
	    "kwartalen komen er met hun termijnen bij: aanleveren 15 dagen na "
	    "het kwartaal, beoordelen 10 dagen later.",
	    "Four digits, for example 2015. Its four quarters come with it, "
	    "with their deadlines: submission 15 days after the quarter, "
	    "review 10 days later." } },
	{ "T_YEAR_CREATE", { "Jaar aanmaken", "Create year" } },
	{ "T_YEAR_RAADSBESLUIT", { "Datum raadsbesluit", "Date of the council "
	    "decision" } },
	{ "T_YEAR_ADOPT", { "Vaststellen", "Adopt" } },
	{ "T_YEAR_CLOSE", { "Afsluiten", "Close" } },
	{ "T_YEAR_NOTHING", { "geen", "none" } },
	{ "T_YEAR_TITLE", { "Begrotingsjaar", "Budget year" } },
	{ "T_YEAR_FIXED_NOTE", { "Dit jaar is vastgesteld: structuur en "
	    "begroting veranderen alleen nog met een begrotingswijziging.",
	    "This year is adopted: structure and budget change only through a "
	    "budget amendment." } },
	{ "T_YEAR_DRAFT_NOTE", { "Dit jaar is concept: structuur en begroting "
	    "kunnen nog worden aangepast.", "This year is a draft: structure "
	    "and budget can still be changed." } },
	{ "T_YEAR_QUARTERS", { "Kwartalen en termijnen",
	    "Quarters and deadlines" } },
	{ "T_YEAR_QUARTERS_CAPTION", { "De kwartalen met hun termijn voor "
	    "aanleveren en voor beoordelen", "The quarters with their "
	    "submission and review deadlines" } },
	{ "T_YEAR_COL_QUARTER", { "Kwartaal", "Quarter" } },
	{ "T_YEAR_COL_SUBMISSION", { "Aanleveren uiterlijk",
	    "Submission deadline" } },
	{ "T_YEAR_COL_REVIEW", { "Beoordelen uiterlijk", "Review deadline" } },
	{ "T_YEAR_DEADLINES_SAVE", { "Termijnen opslaan", "Save deadlines" } },
	{ "T_YEAR_DEADLINES_FIXED", { "Gesloten: termijnen liggen vast",
	    "Closed: deadlines are fixed" } },
	{ "T_YEAR_BACK", { "Terug naar alle begrotingsjaren",
	    "Back to all budget years" } },
	{ "T_YEAR_PARTS", { "Onderdelen van deze begroting",
	    "Parts of this budget" } },
	{ "T_YEAR_PROGRAMMES_LINK", { "Programma's, effecten, prestaties en indicatoren",
	    "Programmes, effects, performances and indicators" } },
	{ "T_YEAR_BUDGET_LINK", { "Begrotingsregels: lasten en baten",
	    "Budget lines: expenditure and income" } },
	{ "T_YEAR_AMENDMENTS_LINK", { "Begrotingswijzigingen", "Budget amendments" } },
	{ "T_YEAR_ORG_LINK", { "De organisatie per jaar onderhouden",
	    "Maintain the organisation per year" } },
	{ "T_YEAR_SAVED", { "Opgeslagen.", "Saved." } },
	{ "T_YEAR_ERR_YEAR", { "Vul een jaar in van vier cijfers, van 2000 "
	    "tot en met 2100.", "Enter a year of four digits, from 2000 to "
	    "2100." } },
	{ "T_YEAR_ERR_EXISTS", { "Dit begrotingsjaar bestaat al.",
	    "This budget year exists already." } },
	{ "T_YEAR_ERR_NOT_FOUND", { "Dit begrotingsjaar bestaat niet.",
	    "This budget year does not exist." } },
	{ "T_YEAR_ERR_STEP", { "Deze stap kan niet: een jaar gaat van concept "
	    "naar vastgesteld en dan naar afgesloten.", "This step is not "
	    "possible: a year goes from draft to adopted, then to closed." } },
	{ "T_YEAR_ERR_DATE", { "Vul een bestaande datum in als JJJJ-MM-DD, "
	    "bijvoorbeeld 2014-11-06.", "Enter an existing date as YYYY-MM-DD, "
	    "for example 2014-11-06." } },
	{ "T_YEAR_ERR_OPEN_QUARTERS", { "Het jaar kan pas worden afgesloten "
	    "als alle vier kwartalen gesloten zijn.", "The year can only be "
	    "closed when all four quarters are closed." } },
	{ "T_YEAR_ERR_PERIOD_CLOSED", { "Dit kwartaal is gesloten; de "
	    "termijnen liggen vast.", "This quarter is closed; its deadlines "
	    "are fixed." } },
	{ "T_YEAR_ERR_REVIEW_EARLY", { "De termijn voor beoordelen ligt voor "
	    "de termijn voor aanleveren.", "The review deadline lies before "
	    "the submission deadline." } },
	/* the org tree over the years */
	{ "T_ORGTREE_TITLE", { "Organisatie per jaar", "Organisation per year" } },
	{ "T_ORGTREE_INTRO", { "Een wijziging geldt vanaf een begrotingsjaar. "
	    "Eerdere jaren houden de indeling waarin hun cijfers en begroting "
	    "zijn ingevoerd. Verhuizen, samenvoegen en hernoemen beëindigen "
	    "de oude eenheid een jaar eerder en beginnen een nieuwe; prestaties, "
	    "indicatoren, streefwaarden en rollen van de oude eenheid gaan "
	    "vanaf dat jaar mee naar de nieuwe.",
	    "A change applies as of a budget year. Earlier years keep the "
	    "structure their figures and budget were entered under. Moving, "
	    "merging and renaming end the old unit a year earlier and start a "
	    "new one; performances, indicators, targets and roles of the old "
	    "unit go to the new one as of that year." } },
	{ "T_ORGTREE_ROLES_NOTE", { "Rollen op een beëindigde eenheid gaan "
	    "over naar de eenheid die haar opvolgt. Bij beëindigen zonder "
	    "opvolger blijven ze op de oude eenheid staan en gelden ze alleen "
	    "nog voor de jaren waarin die bestond.", "Roles on an ended unit "
	    "move to the unit that succeeds it. When a unit ends without a "
	    "successor they stay on the old unit and apply only to the years "
	    "it existed." } },
	{ "T_ORGTREE_YEAR_LABEL", { "Jaar", "Year" } },
	{ "T_ORGTREE_SHOW", { "Toon", "Show" } },
	{ "T_ORGTREE_CAPTION", { "De eenheden in dit jaar",
	    "The units in this year" } },
	{ "T_ORGTREE_COL_UNIT", { "Eenheid", "Unit" } },
	{ "T_ORGTREE_COL_CODE", { "Code", "Code" } },
	{ "T_ORGTREE_COL_KIND", { "Soort", "Kind" } },
	{ "T_ORGTREE_COL_VALID", { "Geldig", "Valid" } },
	{ "T_ORGTREE_ALWAYS", { "altijd", "always" } },
	{ "T_ORGTREE_FROM", { "vanaf", "from" } },
	{ "T_ORGTREE_UNTIL", { "tot en met", "until" } },
	{ "T_ORGTREE_CREATE", { "Nieuwe eenheid", "New unit" } },
	{ "T_ORGTREE_RENAME", { "Hernoemen", "Rename" } },
	{ "T_ORGTREE_MOVE", { "Verhuizen naar een andere eenheid",
	    "Move below another unit" } },
	{ "T_ORGTREE_MERGE", { "Samenvoegen", "Merge" } },
	{ "T_ORGTREE_END", { "Beëindigen", "End" } },
	{ "T_ORGTREE_AS_OF", { "Vanaf begrotingsjaar", "As of budget year" } },
	{ "T_ORGTREE_F_UNIT", { "Eenheid", "Unit" } },
	{ "T_ORGTREE_F_PARENT", { "Valt onder", "Below" } },
	{ "T_ORGTREE_F_OTHER", { "Samen met", "Together with" } },
	{ "T_ORGTREE_F_KIND", { "Soort", "Kind" } },
	{ "T_ORGTREE_F_CODE", { "Code", "Code" } },
	{ "T_ORGTREE_F_CODE_HINT", { "Hoofdletters, cijfers en '-', hoogstens "
	    "16 tekens.", "Capitals, digits and '-', at most 16 characters." } },
	{ "T_ORGTREE_F_NAME", { "Naam", "Name" } },
	{ "T_ORGTREE_F_NEW_NAME", { "Nieuwe naam", "New name" } },
	{ "T_ORGTREE_SUBMIT", { "Uitvoeren", "Apply" } },
	{ "T_ORGTREE_SAVED", { "Opgeslagen.", "Saved." } },
	{ "T_ORGTREE_ERR_UNKNOWN", { "Deze eenheid bestaat niet.",
	    "This unit does not exist." } },
	{ "T_ORGTREE_ERR_NOT_VALID", { "Deze eenheid bestaat niet meer in dat "
	    "jaar.", "This unit no longer exists in that year." } },
	{ "T_ORGTREE_ERR_BEFORE_START", { "Dat jaar ligt voor het begin van "
	    "deze eenheid.", "That year lies before this unit began." } },
	{ "T_ORGTREE_ERR_PARENT_INVALID", { "De bovenliggende eenheid bestaat "
	    "niet in dat jaar.", "The unit above does not exist in that "
	    "year." } },
	{ "T_ORGTREE_ERR_CYCLE", { "Een eenheid kan niet onder zichzelf of "
	    "onder een van haar eigen onderdelen komen te vallen.",
	    "A unit cannot be placed below itself or below one of its own "
	    "parts." } },
	{ "T_ORGTREE_ERR_KIND", { "Deze soort past daar niet: een eenheid "
	    "valt onder een eenheid van een hogere soort (gemeente, directie, "
	    "afdeling, team); samen te voegen eenheden zijn van dezelfde soort "
	    "en vallen onder dezelfde eenheid.", "This kind does not fit there: "
	    "a unit falls below a unit of a higher kind (municipality, "
	    "directorate, department, team); units to merge are of the same "
	    "kind below the same unit." } },
	{ "T_ORGTREE_ERR_ROOT", { "De gemeente zelf kan zo niet worden "
	    "gewijzigd.", "The municipality itself cannot be changed so." } },
	{ "T_ORGTREE_ERR_OWNS", { "Deze eenheid (of een onderdeel ervan) heeft "
	    "in dat jaar nog prestaties, indicatoren of programma's. Verplaats "
	    "die eerst, of voeg de eenheid samen met een andere.", "This unit "
	    "(or a part of it) still owns performances, indicators or "
	    "programmes in that year. Move them first, or merge the unit with "
	    "another." } },
	{ "T_ORGTREE_ERR_FIGURES", { "In dat jaar zijn al cijfers ingevoerd "
	    "voor deze eenheid; wijzig de indeling vanaf een later jaar.",
	    "Figures have been entered for this unit in that year already; "
	    "change the structure as of a later year." } },
	{ "T_ORGTREE_ERR_YEAR_FIXED", { "Dat jaar (of een later jaar) is al "
	    "vastgesteld; de indeling verandert dan alleen met een "
	    "begrotingswijziging.", "That year (or a later one) is adopted; the "
	    "structure then changes only through a budget amendment." } },
	{ "T_ORGTREE_ERR_NO_YEAR", { "Dat begrotingsjaar bestaat niet.",
	    "That budget year does not exist." } },
	{ "T_ORGTREE_ERR_NAME", { "Vul een naam in van hoogstens 200 tekens, "
	    "zonder stuurtekens.", "Enter a name of at most 200 characters, "
	    "without control characters." } },
	{ "T_ORGTREE_ERR_CODE", { "Vul een code in van hoofdletters, cijfers "
	    "en '-', hoogstens 16 tekens.", "Enter a code of capitals, digits "
	    "and '-', at most 16 characters." } },
	{ "T_ORGTREE_ERR_CODE_TAKEN", { "Deze code is in die jaren al in "
	    "gebruik bij een andere eenheid.", "This code is in use by another "
	    "unit in those years." } },
	{ "T_ORGTREE_ERR_SAME", { "Dat verandert niets: kies een andere "
	    "eenheid.", "That changes nothing: choose another unit." } },
	{ "T_ORGTREE_ERR_ACTION", { "Onbekende wijziging.",
	    "Unknown change." } },
	{ "T_ORGTREE_ERR_STARTS_THEN", { "Deze eenheid begint pas in dat jaar; "
	    "verhuizen, samenvoegen of beëindigen kan vanaf een later jaar.",
	    "This unit begins in that very year; moving, merging or ending is "
	    "possible as of a later year." } },
	{ "T_ORGTREE_ERR_ROOT_EXISTS", { "Er is al een gemeente.",
	    "There is a gemeente already." } },
};
const size_t i18n_msgs_year_len = sizeof(i18n_msgs_year) /
    sizeof(i18n_msgs_year[0]);
