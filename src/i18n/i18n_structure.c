/*
 * i18n_structure.c: the texts of maintaining the programme structure of a
 * budget year (issue 14): the forms under /begroting/{year} and the
 * messages the pages and the API share.
 */
#include "i18n.h"

const struct i18n_msg i18n_msgs_structure[] = {
	/* fields */
	{ "T_ST_NUMBER", { "Nummer", "Number" } },
	{ "T_ST_NAME", { "Naam", "Name" } },
	{ "T_ST_PORTFOLIO", { "Portefeuillehouder", "Portfolio holder" } },
	{ "T_ST_DIRECTIE", { "Verantwoordelijke directie",
	    "Directorate responsible" } },
	{ "T_ST_W1", { "Wat willen we bereiken?",
	    "What do we want to achieve?" } },
	{ "T_ST_W2", { "Wat gaan we daarvoor doen?",
	    "What will we do for it?" } },
	{ "T_ST_W3", { "Wat mag het kosten?", "What may it cost?" } },
	{ "T_ST_DESCRIPTION", { "Omschrijving", "Description" } },
	{ "T_ST_OWNER", { "Eigenaar (organisatieonderdeel)",
	    "Owner (org unit)" } },
	{ "T_ST_CODE", { "Code", "Code" } },
	{ "T_ST_DEFINITION", { "Definitie", "Definition" } },
	{ "T_ST_UNIT", { "Eenheid", "Unit of measure" } },
	{ "T_ST_DIRECTION", { "Richting", "Direction" } },
	{ "T_ST_DIRECTION_UP", { "hoger is beter", "higher is better" } },
	{ "T_ST_DIRECTION_DOWN", { "lager is beter", "lower is better" } },
	{ "T_ST_AGGREGATION", { "Optellen over eenheden",
	    "Rolling up over units" } },
	{ "T_ST_AGG_SUM", { "som", "sum" } },
	{ "T_ST_AGG_MEAN", { "gemiddelde", "mean" } },
	{ "T_ST_AGG_LAST", { "laatste waarde", "last value" } },
	{ "T_ST_AGG_RATIO", { "verhouding (teller/noemer)",
	    "ratio (numerator/denominator)" } },
	{ "T_ST_WEIGHT", { "Gewicht van het gemiddelde (alleen bij gemiddelde)",
	    "Weight of the mean (mean only)" } },
	{ "T_ST_CUMULATIVE", { "Cumulatief (streefwaarden per kwartaal tot "
	    "en met dat kwartaal)",
	    "Cumulative (quarter targets year to date)" } },
	{ "T_ST_FREQUENCY", { "Rapportagefrequentie",
	    "Reporting frequency" } },
	{ "T_ST_FREQ_QUARTER", { "per kwartaal", "quarterly" } },
	{ "T_ST_FREQ_YEAR", { "per jaar (in het vierde kwartaal)",
	    "yearly (in the fourth quarter)" } },
	{ "T_ST_DECIMALS", { "Decimalen", "Decimals" } },
	{ "T_ST_TOLERANCE", { "Tolerantie (% van de streefwaarde)",
	    "Tolerance (% of the target)" } },
	{ "T_ST_SOURCE", { "Bron", "Source" } },
	{ "T_ST_POLICY", { "Verplichte BBV-beleidsindicator",
	    "Mandatory BBV policy indicator" } },
	/* pages */
	{ "T_ST_PROGRAMMES_TITLE", { "Programmastructuur begroting",
	    "Programme structure of the budget" } },
	{ "T_ST_REQUIRED_MARK", { "verplicht", "required" } },
	{ "T_ST_CREATE", { "Toevoegen", "Add" } },
	{ "T_ST_SAVE", { "Opslaan", "Save" } },
	{ "T_ST_SAVED", { "De wijziging is opgeslagen.",
	    "The change has been saved." } },
	{ "T_ST_PROBLEM", { "Er is iets niet goed", "Something is not right" } },
	{ "T_ST_NO_PROGRAMMES", { "Dit jaar heeft nog geen programma's.",
	    "This year has no programmes yet." } },
	{ "T_ST_NEW_PROGRAMME", { "Nieuw programma", "New programme" } },
	{ "T_ST_PROGRAMME_DATA", { "Gegevens van het programma",
	    "Programme details" } },
	{ "T_ST_DELETE_PROGRAMME", { "Programma verwijderen",
	    "Delete programme" } },
	{ "T_ST_DELETE", { "Verwijderen", "Delete" } },
	{ "T_ST_EFFECTS", { "Maatschappelijke effecten", "Societal effects" } },
	{ "T_ST_PERFORMANCES", { "Prestaties", "Performances" } },
	{ "T_ST_NEW_EFFECT", { "Nieuw maatschappelijk effect",
	    "New societal effect" } },
	{ "T_ST_NEW_PERFORMANCE", { "Nieuwe prestatie", "New performance" } },
	{ "T_ST_NEW_INDICATOR", { "Nieuwe indicator", "New indicator" } },
	{ "T_ST_PARENT", { "Hoort bij (effect of prestatie)",
	    "Belongs to (effect or performance)" } },
	{ "T_ST_PARENT_EFFECT", { "Hoort bij effect", "Belongs to effect" } },
	{ "T_ST_ERR_PARENT", { "Kies een effect of prestatie van dit "
	    "programma.", "Choose an effect or performance of this "
	    "programme." } },
	{ "T_ST_INDICATOR_DATA", { "Gegevens van de indicator",
	    "Indicator details" } },
	{ "T_ST_DELETE_INDICATOR", { "Indicator verwijderen",
	    "Delete indicator" } },
	{ "T_ST_UNITS", { "Rapporterende onderdelen", "Reporting units" } },
	{ "T_ST_NO_UNITS", { "Nog geen onderdeel rapporteert deze indicator.",
	    "No unit reports this indicator yet." } },
	{ "T_ST_UNIT_REPORTING", { "Rapporterend onderdeel",
	    "Reporting unit" } },
	{ "T_ST_ADD_UNIT", { "Onderdeel toevoegen", "Add unit" } },
	{ "T_ST_REMOVE_UNIT", { "Weghalen", "Remove" } },
	{ "T_ST_TARGETS", { "Streefwaarden", "Targets" } },
	{ "T_ST_TARGETS_HINT", { "Typ getallen zoals 1234,5; een leeg vak "
	    "betekent geen streefwaarde. Cumulatieve indicatoren: per kwartaal "
	    "tot en met dat kwartaal.",
	    "Type numbers like 1234.5; an empty box means no target. "
	    "Cumulative indicators: per quarter year to date." } },
	{ "T_ST_Q_YEAR", { "Jaar", "Year" } },
	{ "T_ST_Q1", { "K1", "Q1" } },
	{ "T_ST_Q2", { "K2", "Q2" } },
	{ "T_ST_Q3", { "K3", "Q3" } },
	{ "T_ST_Q4", { "K4", "Q4" } },
	{ "T_ST_NA", { "niet van toepassing (jaarindicator)",
	    "not applicable (yearly indicator)" } },
	{ "T_ST_RENUMBER_PROGRAMMES", { "Programma's opnieuw nummeren "
	    "(1, 2, 3, ... in de huidige volgorde)",
	    "Renumber the programmes (1, 2, 3, ... in the present order)" } },
	{ "T_ST_RENUMBER_EFFECTS", { "Effecten en prestaties opnieuw nummeren "
	    "(1, 2, 3, ... in de huidige volgorde)",
	    "Renumber effects and performances (1, 2, 3, ... in the present "
	    "order)" } },
	{ "T_ST_SAVE_TARGETS", { "Streefwaarden opslaan", "Save targets" } },
	/* messages */
	{ "T_ST_ERR_INVALID", { "Niet alle velden zijn goed ingevuld.",
	    "Not every field is filled in correctly." } },
	{ "T_ST_ERR_REQUIRED", { "Vul dit veld in.", "Fill in this field." } },
	{ "T_ST_ERR_TOO_LONG", { "Deze tekst is te lang.",
	    "This text is too long." } },
	{ "T_ST_ERR_CONTROL", { "Deze tekst bevat tekens die niet kunnen "
	    "(stuurtekens of ongeldige UTF-8).",
	    "This text holds characters that are not allowed (control "
	    "characters or invalid UTF-8)." } },
	{ "T_ST_ERR_NUMBER", { "Vul een heel getal van 1 tot en met 999 in.",
	    "Enter a whole number from 1 to 999." } },
	{ "T_ST_ERR_UNIT", { "Kies een bestaand organisatieonderdeel.",
	    "Choose an existing org unit." } },
	{ "T_ST_ERR_NOT_DIRECTIE", { "Kies een directie.",
	    "Choose a directorate." } },
	{ "T_ST_ERR_DECIMALS", { "Vul 0, 1, 2, 3 of 4 in.",
	    "Enter 0, 1, 2, 3 or 4." } },
	{ "T_ST_ERR_PERCENT", { "Vul een percentage van 0 tot en met 100 in, "
	    "met hooguit twee decimalen (bijvoorbeeld 10 of 7,5).",
	    "Enter a percentage from 0 to 100 with at most two decimals "
	    "(for example 10 or 7.5)." } },
	{ "T_ST_ERR_BOOL", { "Kies ja of nee.", "Choose yes or no." } },
	{ "T_ST_ERR_CHOICE", { "Kies een van de mogelijkheden.",
	    "Choose one of the options." } },
	{ "T_ST_ERR_UOM", { "Kies een eenheid uit de lijst.",
	    "Choose a unit of measure from the list." } },
	{ "T_ST_ERR_CODE", { "Een code bestaat uit letters, cijfers, punt, "
	    "streepje of liggend streepje, zonder spaties, hooguit 40 tekens.",
	    "A code is letters, digits, full stop, hyphen or underscore, "
	    "without spaces, at most 40 characters." } },
	{ "T_ST_ERR_WEIGHT", { "Een gewicht hoort alleen bij een gemiddelde; "
	    "laat dit veld leeg of kies gemiddelde.",
	    "A weight belongs to a mean only; leave this field empty or "
	    "choose mean." } },
	{ "T_ST_ERR_NUMBER_TAKEN", { "Dit nummer is al in gebruik.",
	    "This number is in use already." } },
	{ "T_ST_ERR_CODE_TAKEN", { "Deze code is al in gebruik.",
	    "This code is in use already." } },
	{ "T_ST_ERR_DECIMALS_IN_USE", { "Het aantal decimalen kan niet meer "
	    "veranderen: er zijn al streefwaarden of cijfers in deze "
	    "decimalen opgeslagen.",
	    "The decimals can no longer change: targets or figures are "
	    "stored in these decimals already." } },
	{ "T_ST_ERR_AGGREGATION_IN_USE", { "De manier van optellen kan niet "
	    "meer veranderen: er zijn al cijfers ingevuld.",
	    "The way of rolling up can no longer change: figures have been "
	    "entered already." } },
	{ "T_ST_ERR_YEARLY_TARGETS", { "Een jaarindicator heeft geen "
	    "streefwaarden voor het eerste tot en met derde kwartaal: haal "
	    "die eerst weg.",
	    "A yearly indicator has no targets for the first to third "
	    "quarter: remove those first." } },
	{ "T_ST_ERR_YEARLY", { "Deze indicator rapporteert per jaar: alleen "
	    "het jaar en het vierde kwartaal hebben een streefwaarde.",
	    "This indicator reports yearly: only the year and the fourth "
	    "quarter have a target." } },
	{ "T_ST_ERR_NOT_NUMBER", { "Dit is geen getal. Schrijf bijvoorbeeld "
	    "1234,5.", "This is not a number. Write for example 1234.5." } },
	{ "T_ST_ERR_AMBIGUOUS", { "Dit getal kan op twee manieren worden "
	    "gelezen (duizendtallen of decimalen). Laat het scheidingsteken "
	    "weg of voeg een decimaal toe.",
	    "This number can be read two ways (thousands or decimals). Leave "
	    "out the separator or add a decimal." } },
	{ "T_ST_ERR_TOO_PRECISE", { "Dit getal heeft meer decimalen dan de "
	    "indicator toestaat.",
	    "This number has more decimals than the indicator allows." } },
	{ "T_ST_ERR_RANGE", { "Dit getal is te groot.",
	    "This number is too large." } },
	{ "T_ST_ERR_TYPE", { "Stuur dit veld als tekst (een getal als "
	    "decimale tekst, bijvoorbeeld \"1234,5\").",
	    "Send this field as text (a number as a decimal string, for "
	    "example \"1234.5\")." } },
	{ "T_ST_ERR_YEAR", { "Dit begrotingsjaar bestaat niet.",
	    "This budget year does not exist." } },
	{ "T_ST_ERR_UNIT_REPORTS", { "Dit onderdeel rapporteert deze "
	    "indicator al.", "This unit reports this indicator already." } },
	{ "T_ST_ERR_NOT_REPORTING", { "Dit onderdeel rapporteert deze "
	    "indicator niet; voeg het eerst toe als rapporterend onderdeel.",
	    "This unit does not report this indicator; add it as a "
	    "reporting unit first." } },
	{ "T_ST_ERR_LOCKED", { "Deze begroting is vastgesteld of afgesloten. "
	    "De structuur en de streefwaarden veranderen nu alleen nog via "
	    "een begrotingswijziging.",
	    "This budget has been adopted or closed. Its structure and "
	    "targets now change only through a budget amendment "
	    "(begrotingswijziging)." } },
	{ "T_ST_ERR_IN_USE", { "Dit kan niet worden verwijderd: er zijn al "
	    "cijfers, kosten of rapportageteksten voor ingevuld.",
	    "This cannot be deleted: figures, costs or report texts have "
	    "been entered for it." } },
};
const size_t i18n_msgs_structure_len =
    sizeof(i18n_msgs_structure) / sizeof(i18n_msgs_structure[0]);
