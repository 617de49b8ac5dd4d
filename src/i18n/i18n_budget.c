/*
 * i18n_budget.c: the texts of the municipality's own budget: budget
 * lines, taakvelden, begrotingswijzigingen, and why an input is refused
 * (budget_err_key() in src/domain/budget.c).
 */
#include "i18n.h"

const struct i18n_msg i18n_msgs_budget[] = {
	{ "T_BUDGET_TITLE", { "Begroting", "Budget" } },
	{ "T_BUDGET_LINES", { "Begrotingsregels", "Budget lines" } },
	{ "T_BUDGET_YEAR_STATE", { "Status van het begrotingsjaar",
	    "State of the budget year" } },
	{ "T_BUDGET_STATE_DRAFT", { "concept", "draft" } },
	{ "T_BUDGET_STATE_ADOPTED", { "vastgesteld", "adopted" } },
	{ "T_BUDGET_STATE_CLOSED", { "afgesloten", "closed" } },
	{ "T_BUDGET_CONCEPT_HINT", { "Het begrotingsjaar is een concept: "
	    "regels kunnen vrij worden toegevoegd en gewijzigd.",
	    "The budget year is a draft: lines can be added and changed "
	    "freely." } },
	{ "T_BUDGET_ADOPTED_HINT", { "De begroting is vastgesteld: een regel "
	    "verandert alleen nog door een begrotingswijziging.",
	    "The budget is adopted: a line changes only through a budget "
	    "amendment." } },
	{ "T_BUDGET_CLOSED_HINT", { "Het begrotingsjaar is afgesloten.",
	    "The budget year is closed." } },
	{ "T_BUDGET_PROGRAMME", { "Programma", "Programme" } },
	{ "T_BUDGET_PERFORMANCE", { "Prestatie", "Performance" } },
	{ "T_BUDGET_UNIT", { "Organisatieonderdeel", "Org unit" } },
	{ "T_BUDGET_UNIT_OWNER", { "eigenaar van de prestatie",
	    "owner of the performance" } },
	{ "T_BUDGET_KIND", { "Soort", "Kind" } },
	{ "T_BUDGET_LASTEN", { "lasten", "expenses" } },
	{ "T_BUDGET_BATEN", { "baten", "income" } },
	{ "T_BUDGET_LASTEN_H", { "Lasten", "Expenses" } },
	{ "T_BUDGET_BATEN_H", { "Baten", "Income" } },
	{ "T_BUDGET_SALDO", { "Saldo", "Balance" } },
	{ "T_BUDGET_SALDO_HINT", { "Saldo is baten min lasten; een negatief "
	    "saldo is een tekort.", "The balance is income minus expenses; a "
	    "negative balance is a deficit." } },
	{ "T_BUDGET_RECURRENCE", { "Structureel of incidenteel",
	    "Recurring or one-off" } },
	{ "T_BUDGET_STRUCTUREEL", { "structureel", "recurring" } },
	{ "T_BUDGET_INCIDENTEEL", { "incidenteel", "one-off" } },
	{ "T_BUDGET_TAAKVELD", { "Taakveld (Iv3)", "Task field (Iv3)" } },
	{ "T_BUDGET_DESCRIPTION", { "Omschrijving", "Description" } },
	{ "T_BUDGET_PRIMITIEF", { "Primitieve begroting",
	    "Budget as adopted" } },
	{ "T_BUDGET_ACTUEEL", { "Actuele begroting", "Budget as amended" } },
	{ "T_BUDGET_AMOUNT", { "Bedrag begrotingsjaar", "Amount budget year" } },
	{ "T_BUDGET_AMOUNT_HINT", { "In euro, bijvoorbeeld 1.250.000,00 of "
	    "\xe2\x82\xac 250.000.", "In euro, for example 1.250.000,00 or "
	    "\xe2\x82\xac 250.000." } },
	{ "T_BUDGET_RAMING", { "Meerjarenraming", "Multi-year estimate" } },
	{ "T_BUDGET_RAMING_HINT", { "De drie jaren na het begrotingsjaar. "
	    "Een wijziging van een structurele regel telt ook in deze jaren "
	    "door.", "The three years after the budget year. An amendment of "
	    "a recurring line carries into these years too." } },
	{ "T_BUDGET_ADD", { "Regel toevoegen", "Add a line" } },
	{ "T_BUDGET_SAVE", { "Regel opslaan", "Save the line" } },
	{ "T_BUDGET_EDIT", { "Wijzigen", "Edit" } },
	{ "T_BUDGET_LINE", { "Begrotingsregel", "Budget line" } },
	{ "T_BUDGET_HISTORY", { "Verloop", "History" } },
	{ "T_BUDGET_HISTORY_CAPTION", { "Verloop van deze regel: primitief, "
	    "elke begrotingswijziging en actueel", "History of this line: as "
	    "adopted, each amendment and as amended" } },
	{ "T_BUDGET_CHANGE", { "Wijziging", "Change" } },
	{ "T_BUDGET_NO_LINES", { "Nog geen begrotingsregels.",
	    "No budget lines yet." } },
	{ "T_BUDGET_TOTAL", { "Totaal begroting", "Budget total" } },
	{ "T_BUDGET_TOTALS_CAPTION", { "Lasten, baten en saldo per programma",
	    "Expenses, income and balance per programme" } },
	{ "T_BUDGET_LINES_CAPTION", { "Begrotingsregels per prestatie",
	    "Budget lines per performance" } },
	{ "T_BUDGET_SAVED", { "De regel is opgeslagen.",
	    "The line has been saved." } },
	{ "T_AMEND_TITLE", { "Begrotingswijzigingen", "Budget amendments" } },
	{ "T_AMEND_ONE", { "Begrotingswijziging", "Budget amendment" } },
	{ "T_AMEND_NUMBER", { "Nummer", "Number" } },
	{ "T_AMEND_DATE", { "Datum raadsbesluit", "Date of the council "
	    "decision" } },
	{ "T_AMEND_DATE_HINT", { "Als JJJJ-MM-DD, bijvoorbeeld 2014-07-03.",
	    "As YYYY-MM-DD, for example 2014-07-03." } },
	{ "T_AMEND_DESCRIPTION", { "Omschrijving", "Description" } },
	{ "T_AMEND_CHANGES", { "Wijzigingen", "Changes" } },
	{ "T_AMEND_DELTA", { "Wijziging in euro (+ of \xe2\x88\x92)",
	    "Change in euro (+ or \xe2\x88\x92)" } },
	{ "T_AMEND_DELTA_HINT", { "Bijvoorbeeld +250.000 of -75.000,50. Laat "
	    "een rij leeg om haar over te slaan.", "For example +250.000 or "
	    "-75.000,50. Leave a row empty to skip it." } },
	{ "T_AMEND_CREATE", { "Begrotingswijziging vastleggen",
	    "Record the amendment" } },
	{ "T_AMEND_NEW", { "Nieuwe begrotingswijziging",
	    "New budget amendment" } },
	{ "T_AMEND_NONE", { "Nog geen begrotingswijzigingen in dit jaar.",
	    "No budget amendments in this year yet." } },
	{ "T_AMEND_ONLY_ADOPTED", { "Een begrotingswijziging wordt alleen "
	    "vastgelegd voor een vastgestelde begroting.", "An amendment is "
	    "recorded only for an adopted budget." } },
	{ "T_AMEND_LASTEN_DELTA", { "Wijziging lasten", "Change in expenses" } },
	{ "T_AMEND_BATEN_DELTA", { "Wijziging baten", "Change in income" } },
	{ "T_AMEND_SAVED", { "De begrotingswijziging is vastgelegd.",
	    "The amendment has been recorded." } },
	{ "T_AMEND_SELECT_LINE", { "Kies een regel", "Choose a line" } },
	{ "T_AMEND_ROW", { "Rij", "Row" } },
	{ "T_AMEND_FILTER", { "Regels van", "Lines of" } },
	{ "T_AMEND_FILTER_ALL", { "alle programma's", "all programmes" } },
	{ "T_AMEND_FILTER_SHOW", { "Toon", "Show" } },
	{ "T_AMEND_CAPTION", { "Begrotingswijzigingen van dit jaar",
	    "Budget amendments of this year" } },
	/* The report's XLSX summary sheet. */
	{ "T_XLSX_LASTEN_PRIMITIEF", { "Lasten primitief", "Expenses as "
	    "adopted" } },
	{ "T_XLSX_LASTEN_ACTUEEL", { "Lasten actueel", "Expenses as "
	    "amended" } },
	{ "T_XLSX_BATEN_PRIMITIEF", { "Baten primitief", "Income as "
	    "adopted" } },
	{ "T_XLSX_BATEN_ACTUEEL", { "Baten actueel", "Income as amended" } },
	{ "T_XLSX_SALDO_PRIMITIEF", { "Saldo primitief", "Balance as "
	    "adopted" } },
	{ "T_XLSX_SALDO_ACTUEEL", { "Saldo actueel", "Balance as amended" } },
	/* Why an input is refused (enum budget_err). */
	{ "T_BUDGET_E_AMOUNT", { "Dit is geen bedrag. Typ bijvoorbeeld "
	    "1.250.000,00 of \xe2\x82\xac 250.000.", "This is not an amount. "
	    "Type for example 1.250.000,00 or \xe2\x82\xac 250.000." } },
	{ "T_BUDGET_E_AMOUNT_AMBIGUOUS", { "Dit bedrag is dubbelzinnig: is de "
	    "komma een decimaalteken of een scheiding van duizendtallen? Schrijf "
	    "duizendtallen met een punt (250.000) en centen na een komma "
	    "(250.000,00).", "This amount is ambiguous: is the comma a decimal "
	    "mark or a thousands separator? Write thousands with a dot "
	    "(250.000) and cents after a comma (250.000,00)." } },
	{ "T_BUDGET_E_AMOUNT_RANGE", { "Dit bedrag is te groot of negatief: "
	    "een regel ligt tussen \xe2\x82\xac 0 en \xe2\x82\xac "
	    "10.000.000.000.", "This amount is too large or negative: a line "
	    "lies between \xe2\x82\xac 0 and \xe2\x82\xac 10,000,000,000." } },
	{ "T_BUDGET_E_AMOUNT_ZERO", { "Een wijziging van \xe2\x82\xac 0 "
	    "verandert niets; vul een bedrag in of laat de rij leeg.",
	    "A change of \xe2\x82\xac 0 changes nothing; enter an amount or "
	    "leave the row empty." } },
	{ "T_BUDGET_E_KIND", { "Kies lasten of baten.",
	    "Choose expenses or income." } },
	{ "T_BUDGET_E_RECURRENCE", { "Kies structureel of incidenteel.",
	    "Choose recurring or one-off." } },
	{ "T_BUDGET_E_TAAKVELD", { "Onbekend taakveld: kies een taakveld uit "
	    "de Iv3-lijst van het CBS.", "Unknown task field: choose one from "
	    "the CBS Iv3 list." } },
	{ "T_BUDGET_E_DESCRIPTION", { "De omschrijving is te lang, leeg waar "
	    "zij verplicht is, of bevat tekens die niet zijn toegestaan.",
	    "The description is too long, empty where it is required, or "
	    "holds characters that are not allowed." } },
	{ "T_BUDGET_E_YEAR_NOT_CONCEPT", { "Deze begroting is vastgesteld: "
	    "regels wijzigen alleen nog via een begrotingswijziging.",
	    "This budget is adopted: lines change only through a budget "
	    "amendment." } },
	{ "T_BUDGET_E_YEAR_NOT_ADOPTED", { "Een begrotingswijziging kan alleen "
	    "voor een vastgestelde begroting; een concept wijzigt u door de "
	    "regels zelf aan te passen.", "An amendment can only be recorded "
	    "for an adopted budget; change a draft by editing its lines." } },
	{ "T_BUDGET_E_DATE", { "Vul de datum van het raadsbesluit in als "
	    "JJJJ-MM-DD, bijvoorbeeld 2014-07-03.", "Enter the date of the "
	    "council decision as YYYY-MM-DD, for example 2014-07-03." } },
	{ "T_BUDGET_E_NO_CHANGES", { "Een begrotingswijziging heeft ten minste "
	    "\xc3\xa9\xc3\xa9n wijziging van een regel.", "An amendment has "
	    "at least one change of a line." } },
	{ "T_BUDGET_E_TOO_MANY", { "Te veel wijzigingen in \xc3\xa9\xc3\xa9n "
	    "begrotingswijziging (ten hoogste 100).", "Too many changes in one "
	    "amendment (at most 100)." } },
	{ "T_BUDGET_E_DUPLICATE_LINE", { "Dezelfde regel staat twee keer in "
	    "deze begrotingswijziging; tel de bedragen op.", "The same line "
	    "occurs twice in this amendment; add the amounts up." } },
	{ "T_BUDGET_E_NEGATIVE", { "Na deze wijziging zou de regel negatief "
	    "worden.", "After this change the line would be negative." } },
	{ "T_BUDGET_E_LINE", { "Deze regel bestaat niet of hoort bij een ander "
	    "begrotingsjaar.", "This line does not exist or belongs to "
	    "another budget year." } },
	{ "T_BUDGET_E_PERFORMANCE", { "Deze prestatie bestaat niet of hoort "
	    "bij een ander begrotingsjaar.", "This performance does not exist "
	    "or belongs to another budget year." } },
	{ "T_BUDGET_E_UNIT", { "Het organisatieonderdeel moet de eigenaar van "
	    "de prestatie zijn of daaronder vallen.", "The org unit must be "
	    "the performance's owner or below it." } },
	{ "T_BUDGET_E_VERSION", { "Iemand anders heeft deze regel intussen "
	    "gewijzigd; bekijk de nieuwe stand en probeer het opnieuw.",
	    "Somebody else changed this line in the meantime; look at it again "
	    "and retry." } },
	{ "T_BUDGET_E_MEMBER", { "Dit veld hoort niet in dit verzoek.",
	    "This member does not belong in this request." } },
	{ "T_BUDGET_E_BODY", { "De inhoud van het verzoek is geen geldig "
	    "JSON-object van deze vorm.", "The body is not a valid JSON "
	    "object of this shape." } },
};
const size_t i18n_msgs_budget_len =
    sizeof(i18n_msgs_budget) / sizeof(i18n_msgs_budget[0]);
