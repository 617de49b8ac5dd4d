/* i18n_report.c: the texts of progress reports, their pages and exports. */
#include "i18n.h"

const struct i18n_msg i18n_msgs_report[] = {
	/* layout */
	{ "T_NAV_REPORTS", { "Rapportages", "Reports" } },
	/* list */
	{ "T_REPORTS_TITLE", { "Voortgangsrapportages", "Progress reports" } },
	{ "T_REPORTS_INTRO", { "De rapportages aan de raad per periode: per "
	    "programma wat we willen bereiken, wat we daarvoor doen en wat het "
	    "kost. Een gepubliceerde versie verandert nooit meer.",
	    "The reports to the council per period: per programme what we want "
	    "to achieve, what we do for it and what it costs. A published "
	    "version never changes again." } },
	{ "T_REPORTS_NONE", { "Er zijn nog geen gepubliceerde rapportages.",
	    "No report has been published yet." } },
	{ "T_REPORTS_DRAFTS", { "Rapportages in voorbereiding",
	    "Reports in preparation" } },
	{ "T_REPORTS_PUBLISHED", { "Gepubliceerde rapportages",
	    "Published reports" } },
	{ "T_REPORT_NEW", { "Nieuwe rapportage", "New report" } },
	{ "T_REPORT_NEW_INTRO", { "Kies de periode. De cijfers komen uit Koers; "
	    "u schrijft daarna de inleidingen.",
	    "Choose the period. The figures come from Koers; you then write "
	    "the introductions." } },
	{ "T_REPORT_TITLE_FIELD", { "Titel", "Title" } },
	{ "T_REPORT_KIND", { "Soort rapportage", "Kind of report" } },
	{ "T_REPORT_KIND_VOORTGANGSRAPPORTAGE", { "Voortgangsrapportage",
	    "Progress report" } },
	{ "T_REPORT_KIND_BESTUURSRAPPORTAGE", { "Bestuursrapportage",
	    "Interim report" } },
	{ "T_REPORT_CREATE", { "Rapportage aanmaken", "Create report" } },
	{ "T_REPORT_STATE", { "Stand van publicatie", "Publication" } },
	{ "T_REPORT_DRAFT", { "concept", "draft" } },
	{ "T_REPORT_VERSION", { "Versie", "Version" } },
	{ "T_REPORT_VERSIONS", { "Gepubliceerde versies", "Published versions" } },
	{ "T_REPORT_NO_VERSIONS", { "Nog niet gepubliceerd.",
	    "Not published yet." } },
	{ "T_REPORT_PUBLISHED_BY", { "Gepubliceerd door", "Published by" } },
	{ "T_REPORT_PUBLISHED_AT", { "Gepubliceerd op", "Published on" } },
	{ "T_REPORT_HASH", { "Vingerafdruk (SHA-256)", "Fingerprint (SHA-256)" } },
	{ "T_REPORT_AUDIT_HEAD", { "Auditlog bij publicatie (regel, SHA-256)",
	    "Audit log at publication (entry, SHA-256)" } },
	{ "T_REPORT_OPEN", { "Openen", "Open" } },
	{ "T_REPORT_COMPOSE", { "Samenstellen", "Compose" } },
	/* composer */
	{ "T_REPORT_INTRO", { "Inleiding", "Introduction" } },
	{ "T_REPORT_INTRO_HELP", { "Vrije tekst voor de raad; lege regels "
	    "scheiden alinea's. Hoogstens 20.000 tekens.",
	    "Free text for the council; blank lines separate paragraphs. At "
	    "most 20,000 characters." } },
	{ "T_REPORT_PROGRAMME_INTRO", { "Inleiding bij programma",
	    "Introduction to programme" } },
	{ "T_REPORT_SAVE", { "Teksten opslaan", "Save texts" } },
	{ "T_REPORT_SAVED", { "De teksten zijn opgeslagen.",
	    "The texts have been saved." } },
	{ "T_REPORT_PREVIEW", { "Voorbeeld", "Preview" } },
	{ "T_REPORT_PREVIEW_NOTE", { "Dit is een concept, opgebouwd uit de "
	    "cijfers van nu. Het verandert mee tot het wordt gepubliceerd.",
	    "This is a draft built from the current figures. It changes with "
	    "them until it is published." } },
	{ "T_REPORT_PUBLISH", { "Publiceren", "Publish" } },
	{ "T_REPORT_PUBLISH_HELP", { "Publiceren legt de rapportage vast zoals "
	    "ze nu is, met een vingerafdruk, uw naam en het tijdstip. Een "
	    "gepubliceerde versie verandert nooit meer; opnieuw publiceren "
	    "maakt een nieuwe versie.",
	    "Publishing freezes the report as it is now, with a fingerprint, "
	    "your name and the time. A published version never changes again; "
	    "publishing again makes a new version." } },
	{ "T_REPORT_PUBLISHED_OK", { "De rapportage is gepubliceerd als versie",
	    "The report has been published as version" } },
	{ "T_REPORT_EXPORT", { "Downloaden", "Download" } },
	{ "T_REPORT_EXPORT_PDF", { "PDF voor de raad", "PDF for the council" } },
	{ "T_REPORT_EXPORT_XLSX", { "Excel (XLSX) voor analyse",
	    "Excel (XLSX) for analysis" } },
	{ "T_REPORT_EXPORT_CSV", { "CSV met alle cijfers",
	    "CSV with every figure" } },
	{ "T_REPORT_EXPORT_JSON", { "JSON van de hele rapportage",
	    "JSON of the whole report" } },
	{ "T_REPORT_PRINT_HINT", { "Deze pagina is ook goed af te drukken.",
	    "This page also prints well." } },
	/* compare */
	{ "T_REPORT_COMPARE", { "Versies vergelijken", "Compare versions" } },
	{ "T_REPORT_COMPARE_A", { "Eerdere versie", "Earlier version" } },
	{ "T_REPORT_COMPARE_B", { "Latere versie", "Later version" } },
	{ "T_REPORT_COMPARE_BUTTON", { "Vergelijken", "Compare" } },
	{ "T_REPORT_CHANGES", { "Wijzigingen", "Changes" } },
	{ "T_REPORT_NO_CHANGES", { "Er is niets veranderd tussen deze versies.",
	    "Nothing changed between these versions." } },
	{ "T_REPORT_WHERE", { "Onderdeel", "Item" } },
	{ "T_REPORT_FIELD", { "Gegeven", "Field" } },
	{ "T_REPORT_OLD", { "Oud", "Old" } },
	{ "T_REPORT_NEW_VALUE", { "Nieuw", "New" } },
	{ "T_REPORT_CHANGE_FIGURE", { "cijfer", "figure" } },
	{ "T_REPORT_CHANGE_STATUS", { "stand", "status" } },
	{ "T_REPORT_CHANGE_TEXT", { "tekst", "text" } },
	{ "T_REPORT_CHANGE_STRUCTURE", { "opbouw", "structure" } },
	{ "T_REPORT_CHANGE_KIND", { "Soort wijziging", "Kind of change" } },
	/* the document */
	{ "T_REPORT_SUMMARY", { "Samenvatting", "Summary" } },
	{ "T_REPORT_CONTENTS", { "Inhoud", "Contents" } },
	{ "T_REPORT_STATUS", { "Stand", "Status" } },
	{ "T_REPORT_COUNTS", { "Indicatoren per stand",
	    "Indicators by status" } },
	{ "T_REPORT_OVERALL", { "Alle programma's", "All programmes" } },
	{ "T_REPORT_DEVIATION", { "Afwijking", "Deviation" } },
	{ "T_REPORT_BUDGET_TO_DATE", { "Begroting t/m periode",
	    "Budget to date" } },
	{ "T_REPORT_YEAR_BUDGET", { "Begroting heel jaar",
	    "Budget for the year" } },
	{ "T_REPORT_LINES_NOTE", { "Kostenregels", "Cost lines" } },
	{ "T_REPORT_REALISED_TO_DATE", { "Realisatie t/m periode",
	    "Realised to date" } },
	{ "T_REPORT_FORECAST_YEAR", { "Prognose jaareinde",
	    "Forecast for year end" } },
	{ "T_REPORT_NEEDS_EXPLANATION", { "toelichting vereist",
	    "explanation required" } },
	{ "T_REPORT_EXPLANATIONS", { "Toelichting en maatregelen",
	    "Explanations and measures" } },
	{ "T_REPORT_COST_EXPLANATIONS", { "Toelichting op afwijkingen",
	    "Explanation of deviations" } },
	{ "T_REPORT_PAGE", { "Pagina", "Page" } },
	{ "T_REPORT_PREPARED", { "Opgesteld", "Prepared" } },
	/* A report of a period that is not closed (issue 13, item 3): on
	 * every page of every export, and asked to confirm on publishing. */
	{ "T_REPORT_PROV_MARK", { "VOORLOPIG", "PROVISIONAL" } },
	{ "T_REPORT_PROV_LONG", { "Voorlopig: de periode is nog niet "
	    "afgesloten en de cijfers kunnen nog veranderen",
	    "Provisional: the period is not closed yet and the figures may "
	    "still change" } },
	{ "T_REPORT_PROG_ALL_APPROVED", { "Alle cijfers van dit programma zijn "
	    "goedgekeurd.", "All figures of this programme are approved." } },
	{ "T_REPORT_PROV_CONFIRM", { "Ik weet dat de periode nog niet is "
	    "afgesloten en publiceer dit verslag als voorlopig.",
	    "I know that the period is not closed and publish this report as "
	    "provisional." } },
	{ "T_REPORT_PROV_CONFIRM_NEEDED", { "De periode is nog niet "
	    "afgesloten: bevestig dat u dit verslag als voorlopig wilt "
	    "publiceren.", "The period is not closed: confirm that you want "
	    "to publish this report as provisional." } },
	{ "T_REPORT_DRAFT_WORD", { "CONCEPT", "DRAFT" } },
	{ "T_REPORT_DRAFT_MARK", { "CONCEPT: nog niet gepubliceerd",
	    "DRAFT: not published yet" } },
	{ "T_REPORT_ALL_FIGURES", { "Alle cijfers", "All figures" } },
	{ "T_REPORT_ROW_EFFECT_INDICATOR", { "effectindicator",
	    "effect indicator" } },
	{ "T_REPORT_ROW_PERFORMANCE_INDICATOR", { "prestatie-indicator",
	    "performance indicator" } },
	{ "T_REPORT_ROW_COST", { "lasten", "cost" } },
	{ "T_REPORT_ROW_KIND", { "Soort", "Kind" } },
	{ "T_REPORT_CODE", { "Code", "Code" } },
	{ "T_REPORT_CHART_STATUS", { "Stand van de indicatoren per programma",
	    "Status of the indicators per programme" } },
	{ "T_REPORT_CHART_COST", { "Begroting en realisatie t/m periode",
	    "Budget and realised to date" } },
	/* the charts' text alternatives, printed as their captions */
	{ "T_REPORT_CHART_STATUS_ALT", { "Figuur: per programma het aantal "
	    "indicatoren per stand als gekleurde balk. De aantallen staan in "
	    "de tabel hieronder.", "Figure: per programme the number of "
	    "indicators per status as a coloured bar. The numbers are in the "
	    "table below." } },
	{ "T_REPORT_CHART_COST_ALT", { "Figuur: per prestatie de begroting "
	    "t/m periode (lichte balk) en de realisatie t/m periode (donkere "
	    "balk). De bedragen staan in de tabel hierboven.", "Figure: per "
	    "performance the budget to date (light bar) and the realised to "
	    "date (dark bar). The amounts are in the table above." } },
	{ "T_REPORT_NO_FIGURES", { "geen indicatoren", "no indicators" } },
	/* errors next to fields */
	{ "T_REPORT_ERR_FORM", { "Er is niets opgeslagen: zie de meldingen "
	    "bij de velden.", "Nothing was saved: see the messages at the "
	    "fields." } },
	{ "T_REPORT_ERR_PERIOD", { "Kies een bestaande periode.",
	    "Choose an existing period." } },
	{ "T_REPORT_ERR_KIND", { "Kies een soort rapportage.",
	    "Choose a kind of report." } },
	{ "T_TEXT_CONTROL_LINE", { "Deze tekst bevat een stuurteken (zoals een "
	    "regeleinde of tab) of een ongeldig teken. Gebruik één regel gewone "
	    "tekst.", "This text contains a control character (such as a line "
	    "break or tab) or an invalid character. Use one line of plain "
	    "text." } },
	{ "T_TEXT_CONTROL", { "Deze tekst bevat een stuurteken of een ongeldig "
	    "teken. Regeleinden en tabs mogen wel.", "This text contains a "
	    "control character or an invalid character. Line breaks and tabs "
	    "are fine." } },
	{ "T_REPORT_ERR_TITLE", { "Vul een titel in van hoogstens 200 tekens.",
	    "Enter a title of at most 200 characters." } },
	{ "T_REPORT_ERR_TOO_LONG", { "Deze tekst is langer dan 20.000 tekens. "
	    "Uw tekst staat hieronder nog; kort de tekst in en sla opnieuw op.",
	    "This text is longer than 20,000 characters. Your text is still "
	    "below; shorten it and save again." } },
	{ "T_REPORT_ERR_VERSION", { "Kies twee gepubliceerde versies.",
	    "Choose two published versions." } },
};
const size_t i18n_msgs_report_len =
    sizeof(i18n_msgs_report) / sizeof(i18n_msgs_report[0]);
