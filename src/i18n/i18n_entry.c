/*
 * i18n_entry.c: the texts of quarterly figures: my work, the entry form,
 * validation messages, the workflow, the import.
 */
#include "i18n.h"

const struct i18n_msg i18n_msgs_entry[] = {
	/* pages */
	{ "T_ENTRY_TITLE", { "Cijfers invoeren",
	    "Enter figures" } },
	{ "T_ENTRY_HELP", { "Vul per indicator de realisatie en de prognose voor het hele jaar in. Getallen mogen in Nederlandse of Engelse schrijfwijze (1234,5 of 1234.5). Een concept mag onvolledig zijn; indienen vraagt een volledig en juist formulier.",
	    "For each indicator, enter the realised value and the forecast for the whole year. Numbers may be written the Dutch or the English way (1234,5 or 1234.5). A draft may be incomplete; submitting needs a complete and valid form." } },
	{ "T_ENTRY_TEMPLATE", { "Invoerbestand downloaden (CSV)",
	    "Download the import file (CSV)" } },
	{ "T_ENTRY_TEMPLATE_XLSX", { "Invoerbestand downloaden (Excel)",
	    "Download the import file (Excel)" } },
	{ "T_ENTRY_NOTHING", { "Deze eenheid levert in deze periode geen indicatoren of lasten aan.",
	    "This unit reports no indicators or costs for this period." } },
	{ "T_ENTRY_LAST", { "Vorige periode",
	    "Previous period" } },
	{ "T_ENTRY_LAST_EXPLANATION", { "Toelichting vorige periode",
	    "Previous period's explanation" } },
	{ "T_ENTRY_STATUS", { "Stand",
	    "Status" } },
	{ "T_ENTRY_YTD", { "tot en met deze periode",
	    "year to date" } },
	{ "T_ENTRY_HISTORY", { "Geschiedenis",
	    "History" } },
	{ "T_ENTRY_HISTORY_LINK", { "Wijzigingen van dit cijfer",
	    "Changes to this figure" } },
	{ "T_ENTRY_FORECAST_YEAR", { "Prognose jaareinde",
	    "Year-end forecast" } },
	{ "T_ENTRY_NUMERATOR", { "Teller",
	    "Numerator" } },
	{ "T_ENTRY_DENOMINATOR", { "Noemer",
	    "Denominator" } },
	{ "T_ENTRY_WEIGHT", { "Gewicht",
	    "Weight" } },
	{ "T_ENTRY_HINT_WHOLE", { "Geheel getal, zonder decimalen.",
	    "A whole number, without decimals." } },
	{ "T_ENTRY_HINT_DECIMALS", { "Getal; maximaal aantal decimalen:",
	    "A number; most decimals allowed:" } },
	{ "T_ENTRY_HINT_EXPLANATION", { "Verplicht bij aandacht of uit koers.",
	    "Required when at risk or off track." } },
	{ "T_ENTRY_HINT_MEASURE", { "Verplicht bij uit koers.",
	    "Required when off track." } },
	{ "T_ENTRY_HINT_MONEY", { "Bedrag in euro, hoogstens twee decimalen.",
	    "Amount in euro, two decimals at most." } },
	{ "T_ENTRY_HINT_COST_EXPLANATION", { "Verplicht als de afwijking boven de drempel ligt.",
	    "Required when the deviation is beyond the threshold." } },
	{ "T_ENTRY_COSTS", { "Lasten van de prestaties",
	    "Costs of the performances" } },
	{ "T_ENTRY_BUDGET_TO_DATE", { "Begroting tot en met deze periode",
	    "Budget up to this period" } },
	{ "T_ENTRY_DEVIATION", { "Afwijking",
	    "Deviation" } },
	{ "T_ENTRY_DEVIATION_BEYOND", { "boven de drempel",
	    "beyond the threshold" } },
	{ "T_ENTRY_REALISED_COST", { "Gerealiseerde lasten",
	    "Realised cost" } },
	{ "T_ENTRY_COST_FORECAST", { "Prognose lasten jaareinde",
	    "Year-end cost forecast" } },
	{ "T_ENTRY_SAVE", { "Concept opslaan",
	    "Save draft" } },
	{ "T_ENTRY_SUBMIT", { "Indienen",
	    "Submit" } },
	{ "T_ENTRY_SAVED", { "Het concept is opgeslagen.",
	    "The draft has been saved." } },
	{ "T_ENTRY_SUBMITTED", { "De cijfers zijn ingediend bij de directeur.",
	    "The figures have been submitted to the director." } },
	{ "T_ENTRY_APPROVED", { "De cijfers zijn goedgekeurd.",
	    "The figures have been approved." } },
	{ "T_ENTRY_RETURNED", { "De cijfers zijn teruggestuurd met uw opmerking.",
	    "The figures have been returned with your comment." } },
	{ "T_ENTRY_REOPENED", { "De aanlevering is heropend.",
	    "The submission has been reopened." } },
	{ "T_ENTRY_NOT_SAVED", { "Niet opgeslagen",
	    "Not saved" } },
	{ "T_ENTRY_NOT_DONE", { "Niet uitgevoerd",
	    "Not done" } },
	{ "T_ENTRY_FIX_TO_SAVE", { "Niets is opgeslagen: verbeter de velden met een melding. Alles wat u typte staat er nog.",
	    "Nothing was saved: correct the fields with a message. Everything you typed is still there." } },
	{ "T_ENTRY_FIX_TO_SUBMIT", { "Niet ingediend: vul de velden met een melding aan. Alles wat u typte staat er nog.",
	    "Not submitted: complete the fields with a message. Everything you typed is still there." } },
	{ "T_ENTRY_FIELDS_WRONG", { "Velden met een melding",
	    "Fields with a message" } },
	{ "T_ENTRY_CONFLICT_TITLE", { "Iemand anders heeft intussen opgeslagen",
	    "Somebody else saved in the meantime" } },
	{ "T_ENTRY_CONFLICT", { "Uw wijzigingen zijn niet opgeslagen. Bij elk betrokken veld staat de nieuwe opgeslagen waarde naast wat u typte. Kies per veld wat klopt en sla opnieuw op.",
	    "Your changes were not saved. Each field concerned shows the newly saved value beside what you typed. Choose what is right for each field and save again." } },
	{ "T_ENTRY_THEIRS", { "Opgeslagen door een ander",
	    "Saved by somebody else" } },
	{ "T_ENTRY_RETURNED_COMMENT", { "Teruggestuurd door de directeur",
	    "Returned by the director" } },
	{ "T_ENTRY_DECIDE", { "Beoordelen",
	    "Review" } },
	{ "T_ENTRY_COMMENT", { "Opmerking",
	    "Comment" } },
	{ "T_ENTRY_COMMENT_HINT", { "Verplicht bij terugsturen.",
	    "Required when returning." } },
	{ "T_ENTRY_APPROVE", { "Goedkeuren",
	    "Approve" } },
	{ "T_ENTRY_RETURN", { "Terugsturen",
	    "Return" } },
	{ "T_ENTRY_REOPEN", { "Aanlevering heropenen",
	    "Reopen the submission" } },
	{ "T_ENTRY_REOPEN_REASON", { "Reden",
	    "Reason" } },
	{ "T_ENTRY_REOPEN_HINT", { "Verplicht; de reden komt in het auditlog.",
	    "Required; the reason goes into the audit log." } },
	{ "T_SUB_NONE", { "niet begonnen",
	    "not started" } },
	{ "T_SUB_DRAFT", { "concept",
	    "draft" } },
	{ "T_SUB_SUBMITTED", { "ingediend",
	    "submitted" } },
	{ "T_SUB_APPROVED", { "goedgekeurd",
	    "approved" } },
	{ "T_SUB_RETURNED", { "teruggestuurd",
	    "returned" } },
	{ "T_WORK_TITLE", { "Mijn werk",
	    "My work" } },
	{ "T_NAV_WORK", { "Mijn werk",
	    "My work" } },
	{ "T_WORK_WAITING", { "Wachten op uw beoordeling",
	    "Awaiting your review" } },
	{ "T_WORK_NO_OPEN", { "Er is nu geen periode open voor invoer.",
	    "No period is open for entry now." } },
	{ "T_WORK_NO_UNITS", { "Er zijn geen eenheden in uw bereik die cijfers aanleveren.",
	    "No unit in your scope reports figures." } },
	{ "T_WORK_UNITS", { "Aanleveringen",
	    "Submissions" } },
	{ "T_WORK_ENTERED", { "Ingevuld",
	    "Entered" } },
	{ "T_WORK_ATTENTION", { "Aandachtspunten",
	    "Attention" } },
	{ "T_WORK_OVERDUE", { "te laat",
	    "overdue" } },
	{ "T_WORK_AWAITS", { "wacht op beoordeling",
	    "awaits review" } },
	{ "T_WORK_RETURNED_WITH", { "Opmerking",
	    "Comment" } },
	{ "T_WORK_PERIODS", { "Perioden openen en sluiten",
	    "Open and close periods" } },
	{ "T_WORK_ACTION", { "Handeling",
	    "Action" } },
	{ "T_WORK_OPEN", { "Openen",
	    "Open" } },
	{ "T_WORK_CLOSE", { "Sluiten",
	    "Close" } },
	{ "T_WORK_PERIOD_CHANGED", { "De stand van de periode is gewijzigd.",
	    "The period's state has been changed." } },
	{ "T_FIGURE_VERSION", { "Versie",
	    "Version" } },
	{ "T_FIGURE_INDICATOR", { "Naar de indicator",
	    "To the indicator" } },
	{ "T_FIGURE_HISTORY", { "Geschiedenis van dit cijfer",
	    "History of this figure" } },
	{ "T_FIGURE_NO_HISTORY", { "Dit cijfer is nog niet gewijzigd in Koers.",
	    "This figure has not been changed in Koers yet." } },
	{ "T_FIGURE_WHEN", { "Wanneer",
	    "When" } },
	{ "T_FIGURE_WHO", { "Wie",
	    "Who" } },
	{ "T_FIGURE_WHAT", { "Wat",
	    "What" } },
	{ "T_FIGURE_CHANGES", { "Oud en nieuw",
	    "Old and new" } },
	{ "T_FIGURE_CREATED", { "ingevoerd",
	    "entered" } },
	{ "T_FIGURE_CHANGED", { "gewijzigd",
	    "changed" } },
	{ "T_IMPORT_TITLE", { "Cijfers importeren",
	    "Import figures" } },
	{ "T_IMPORT_HELP", { "Upload een CSV- of Excel-bestand (.xlsx) met een kopregel en deze kolommen. Koers controleert eerst alle rijen en slaat dan alles op, of niets. De kolom version komt uit het sjabloon: een rij voor een cijfer dat iemand anders intussen heeft gewijzigd, slaat Koers niet op (de andere rijen wel). Zonder die kolom vult Koers alleen cijfers die nog niet zijn opgeslagen.",
	    "Upload a CSV or Excel (.xlsx) file with a header row and these columns. Koers checks every row first and then saves everything, or nothing. The version column comes from the template: a row for a figure that somebody else changed in the meantime is not saved (the other rows are). Without that column Koers only fills figures that were not saved yet." } },
	{ "T_IMPORT_FILE", { "Bestand",
	    "File" } },
	{ "T_IMPORT_FILE_HINT", { "CSV (UTF-8, komma of puntkomma) of .xlsx; het eerste werkblad telt.",
	    "CSV (UTF-8, comma or semicolon) or .xlsx; the first worksheet counts." } },
	{ "T_IMPORT_BUTTON", { "Controleren en importeren",
	    "Check and import" } },
	{ "T_IMPORT_DONE", { "Alle cijfers zijn opgeslagen",
	    "All figures have been saved" } },
	{ "T_IMPORT_PARTIAL", { "Opgeslagen, behalve de rijen hieronder",
	    "Saved, except the rows below" } },
	{ "T_IMPORT_SAVED", { "Opgeslagen cijfers", "Figures saved" } },
	{ "T_IMPORT_REFUSED", { "Niet opgeslagen: intussen gewijzigd",
	    "Not saved: changed in the meantime" } },
	{ "T_IMPORT_REFUSED_HELP", { "Iemand anders heeft deze cijfers "
	    "opgeslagen nadat uw sjabloon werd gedownload. Koers heeft ze niet "
	    "overschreven. Download een nieuw sjabloon, kijk wat er veranderd "
	    "is en importeer deze rijen opnieuw.", "Somebody else saved these "
	    "figures after your template was downloaded. Koers did not "
	    "overwrite them. Download a fresh template, check what changed and "
	    "import these rows again." } },
	{ "T_IMPORT_NO_VERSION", { "Dit cijfer is al opgeslagen en het bestand "
	    "heeft geen kolom version (een sjabloon van voor versies, of met de "
	    "hand gemaakt), dus Koers weet niet of het intussen gewijzigd is. "
	    "Niet overschreven: download een nieuw sjabloon.", "This figure is "
	    "saved already and the file has no version column (a template from "
	    "before versions, or made by hand), so Koers cannot tell whether it "
	    "changed since. Not overwritten: download a fresh template." } },
	{ "T_IMPORT_VERSION_BAD", { "Dit is geen versienummer; laat de kolom "
	    "version staan zoals het sjabloon hem gaf.", "This is not a version "
	    "number; leave the version column as the template gave it." } },
	{ "T_IMPORT_STORED", { "Nu opgeslagen", "Stored now" } },
	{ "T_IMPORT_ROWS", { "Rijen",
	    "Rows" } },
	{ "T_IMPORT_NOTHING_SAVED", { "Niets opgeslagen: het bestand bevat fouten",
	    "Nothing saved: the file has errors" } },
	{ "T_IMPORT_PROBLEMS", { "Problemen",
	    "Problems" } },
	{ "T_IMPORT_REPORT", { "Problemen per rij",
	    "Problems per row" } },
	{ "T_IMPORT_ROW", { "Rij",
	    "Row" } },
	{ "T_IMPORT_COLUMN", { "Kolom",
	    "Column" } },
	{ "T_IMPORT_VALUE", { "Waarde",
	    "Value" } },
	{ "T_IMPORT_REASON", { "Reden",
	    "Reason" } },
	{ "T_IMPORT_MORE", { "Er zijn meer problemen dan hier getoond; verbeter deze eerst.",
	    "There are more problems than shown here; correct these first." } },
	/* validation at the source */
	{ "T_ENTRY_NUM_SYNTAX", { "Dit is geen getal dat Koers kan lezen. "
	    "Schrijf bijvoorbeeld 1234,5 of 1234.5.",
	    "This is not a number Koers can read. Write for example 1234.5 "
	    "or 1234,5." } },
	{ "T_ENTRY_NUM_AMBIGUOUS", { "Dit getal is dubbelzinnig: het kan een "
	    "getal met decimalen zijn of een getal met een scheidingsteken voor "
	    "duizendtallen. Laat dat teken weg of schrijf meer decimalen.",
	    "This number is ambiguous: it could have decimals or a thousands "
	    "separator. Leave the separator out or write more decimals." } },
	{ "T_ENTRY_NUM_DECIMALS", { "Dit getal heeft meer decimalen dan deze "
	    "indicator toestaat.",
	    "This number has more decimals than this indicator allows." } },
	{ "T_ENTRY_NUM_RANGE", { "Dit getal is te groot: hoogstens "
	    "1.000.000.000.000 (een biljoen).", "This number is too large: "
	    "1,000,000,000,000 (a trillion) at most." } },
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
	{ "T_WF_COMMENT_TOO_LONG", { "Deze toelichting is te lang: hoogstens "
	    "2000 tekens.", "This comment is too long: 2000 characters at "
	    "most." } },
	{ "T_WF_OWN_SUBMISSION", { "U hebt deze aanlevering zelf ingediend. "
	    "Volgens het vier-ogenprincipe keurt iemand anders haar goed of "
	    "stuurt haar terug.", "You submitted this yourself. Under the "
	    "four-eyes principle, someone else approves or returns it." } },
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
	{ "T_IMPORT_CSV_TOTAL", { "Het bestand bevat in totaal te veel tekst "
	    "(meer dan 32 MiB, cellen die naar dezelfde tekst verwijzen elk "
	    "meegeteld). Splits het in kleinere bestanden.", "The file holds "
	    "too much text in all (more than 32 MiB, counting every cell that "
	    "refers to a shared text). Split it into smaller files." } },
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
