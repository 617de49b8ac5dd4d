/*
 * i18n_entry.c: the texts of quarterly figures: my work, the entry form,
 * validation messages, the workflow, the import.
 */
#include "i18n.h"

const struct i18n_msg i18n_msgs_entry[] = {
	/* validation at the source */
	{ "T_ENTRY_NUM_SYNTAX", { "Dit is geen getal dat Koers kan lezen. "
	    "Schrijf bijvoorbeeld 1234,5 of 1234.5.",
	    "This is not a number Koers can read. Write for example 1234.5 "
	    "or 1234,5." } },
	{ "T_ENTRY_NUM_AMBIGUOUS", { "Dit getal is dubbelzinnig: het kan een "
	    "decimaal getal zijn of een getal met een duizendtal-scheiding. "
	    "Laat de scheiding weg of schrijf meer decimalen.",
	    "This number is ambiguous: it could have decimals or a thousands "
	    "separator. Leave the separator out or write more decimals." } },
	{ "T_ENTRY_NUM_DECIMALS", { "Dit getal heeft meer decimalen dan deze "
	    "indicator toestaat.",
	    "This number has more decimals than this indicator allows." } },
	{ "T_ENTRY_NUM_RANGE", { "Dit getal is te groot.",
	    "This number is too large." } },
	{ "T_ENTRY_BELOW_MIN", { "Dit getal is lager dan het minimum van deze "
	    "indicator.", "This number is below this indicator's minimum." } },
	{ "T_ENTRY_ABOVE_MAX", { "Dit getal is hoger dan het maximum van deze "
	    "indicator.", "This number is above this indicator's maximum." } },
	{ "T_ENTRY_NEGATIVE", { "Dit getal mag niet negatief zijn.",
	    "This number may not be negative." } },
	{ "T_ENTRY_DENOMINATOR_POSITIVE", { "De noemer moet groter dan nul zijn.",
	    "The denominator must be greater than zero." } },
	{ "T_ENTRY_WEIGHT_POSITIVE", { "Het gewicht moet groter dan nul zijn.",
	    "The weight must be greater than zero." } },
	{ "T_ENTRY_REQUIRED", { "Vul dit veld in om in te dienen.",
	    "Fill in this field to submit." } },
	{ "T_ENTRY_EXPLAIN_AT_RISK", { "Deze indicator vraagt aandacht: geef "
	    "een toelichting.",
	    "This indicator is at risk: give an explanation." } },
	{ "T_ENTRY_EXPLAIN_OFF_TRACK", { "Deze indicator is uit koers: geef "
	    "een toelichting.",
	    "This indicator is off track: give an explanation." } },
	{ "T_ENTRY_MEASURE_REQUIRED", { "Deze indicator is uit koers: beschrijf "
	    "een bijsturingsmaatregel.",
	    "This indicator is off track: describe a corrective measure." } },
	{ "T_ENTRY_EXPLAIN_COST", { "De lasten wijken meer af dan de drempel: "
	    "geef een toelichting.",
	    "The cost deviates beyond the threshold: give an explanation." } },
	{ "T_ENTRY_TOO_LONG", { "Deze tekst is te lang (hoogstens 4000 tekens).",
	    "This text is too long (4000 characters at most)." } },
	{ "T_ENTRY_BAD_TEXT", { "Deze tekst bevat tekens die Koers niet kan "
	    "opslaan.", "This text contains characters Koers cannot store." } },
	{ "T_ENTRY_UNDERSTOOD", { "Gelezen als", "Read as" } },
	{ "T_ENTRY_LIMIT", { "Grens", "Limit" } },
	/* workflow refusals */
	{ "T_WF_PERIOD_PLANNED", { "Deze periode is nog niet open.",
	    "This period is not open yet." } },
	{ "T_WF_PERIOD_CLOSED", { "Deze periode is gesloten: de cijfers liggen "
	    "vast. Een correctie vraagt een heropening door de functioneel "
	    "beheerder.", "This period is closed: the figures are locked. A "
	    "correction needs a reopening by the application administrator." } },
	{ "T_WF_READONLY", { "Deze cijfers zijn goedgekeurd en kunnen niet meer "
	    "worden gewijzigd.", "These figures are approved and can no longer "
	    "be changed." } },
	{ "T_WF_STATE", { "Dat kan niet in de huidige stand van de aanlevering.",
	    "That is not possible in the submission's current state." } },
	{ "T_WF_COMMENT_REQUIRED", { "Geef een toelichting of reden.",
	    "Give a comment or reason." } },
	/* import */
	{ "T_IMPORT_CSV_QUOTE", { "Het bestand is geen geldige CSV: een "
	    "aanhalingsteken staat verkeerd of sluit niet.", "The file is not "
	    "valid CSV: a quote is misplaced or not closed." } },
	{ "T_IMPORT_CSV_UTF8", { "Het bestand bevat tekens die geen UTF-8 "
	    "zijn. Sla het op als CSV UTF-8.", "The file contains characters "
	    "that are not UTF-8. Save it as CSV UTF-8." } },
	{ "T_IMPORT_CSV_LIMIT", { "Het bestand is te groot: te veel rijen of "
	    "kolommen, of een cel is te lang.", "The file is too large: too "
	    "many rows or columns, or a cell is too long." } },
	{ "T_IMPORT_XLSX", { "Het bestand is geen leesbare Excel-werkmap "
	    "(.xlsx).", "The file is not a readable Excel workbook (.xlsx)." } },
	{ "T_IMPORT_UNREADABLE", { "Het bestand kan niet worden gelezen.",
	    "The file cannot be read." } },
	{ "T_IMPORT_EMPTY", { "Het bestand bevat geen cijfers.",
	    "The file contains no figures." } },
	{ "T_IMPORT_COLUMN_UNKNOWN", { "Deze kolom kent Koers niet.",
	    "Koers does not know this column." } },
	{ "T_IMPORT_COLUMN_TWICE", { "Deze kolom staat er twee keer in.",
	    "This column occurs twice." } },
	{ "T_IMPORT_COLUMN_MISSING", { "Deze kolom ontbreekt.",
	    "This column is missing." } },
	{ "T_IMPORT_UNIT_UNKNOWN", { "Deze eenheid bestaat niet.",
	    "This unit does not exist." } },
	{ "T_IMPORT_SCOPE", { "U mag voor deze eenheid geen cijfers invoeren.",
	    "You may not enter figures for this unit." } },
	{ "T_IMPORT_PERIOD_UNKNOWN", { "Deze periode bestaat niet (schrijf "
	    "bijvoorbeeld 2014-Q3).", "This period does not exist (write for "
	    "example 2014-Q3)." } },
	{ "T_IMPORT_NOT_REPORTED", { "Deze eenheid levert deze indicator in "
	    "dit jaar niet aan, of de code bestaat niet.", "This unit does not "
	    "report this indicator this year, or the code does not exist." } },
	{ "T_IMPORT_DUPLICATE", { "Dit cijfer staat al eerder in het bestand.",
	    "This figure occurs earlier in the file." } },
};
const size_t i18n_msgs_entry_len =
    sizeof(i18n_msgs_entry) / sizeof(i18n_msgs_entry[0]);
