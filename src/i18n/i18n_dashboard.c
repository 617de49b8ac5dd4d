/* i18n_dashboard.c: the texts of the dashboards and their charts. */
#include "i18n.h"

const struct i18n_msg i18n_msgs_dashboard[] = {
	{ "T_NAV_DASHBOARD", { "Dashboard", "Dashboard" } },
	{ "T_DASH_TITLE", { "CMT-overzicht", "CMT overview" } },
	/* Approval (issue 13, item 3): "voorlopig: 3 van 12 cijfers niet
	 * goedgekeurd", the numbers in between from the page. */
	{ "T_PROV_WORD", { "voorlopig", "provisional" } },
	{ "T_PROV_OF", { "van", "of" } },
	{ "T_PROV_NOT_APPROVED", { "cijfers niet goedgekeurd",
	    "figures not approved" } },
	{ "T_PROV_EXPLAIN", { "Deze cijfers zijn nog niet (alle) door de "
	    "directeur goedgekeurd en kunnen nog veranderen.",
	    "Not all of these figures have been approved by the director "
	    "yet; they may still change." } },
	{ "T_PROV_ALL_APPROVED", { "Alle cijfers van dit kwartaal zijn "
	    "goedgekeurd.", "All figures of this quarter are approved." } },
	{ "T_DASH_PERIOD", { "Kwartaal", "Quarter" } },
	{ "T_DASH_PROGRAMMES", { "Programma's", "Programmes" } },
	{ "T_DASH_YOY", { "vergeleken met", "compared with" } },
	{ "T_STATUS", { "Stand", "Status" } },
	/* The words of the four statuses (status_look() in status.c), the
	 * same on every page, in the PDF and the XLSX. */
	{ "T_STATUS_ON_TRACK", { "op koers", "on track" } },
	{ "T_STATUS_AT_RISK", { "aandacht", "at risk" } },
	{ "T_STATUS_OFF_TRACK", { "uit koers", "off track" } },
	{ "T_STATUS_NO_DATA", { "geen gegevens", "no data" } },
	{ "T_DEVIATION", { "Afwijking", "Deviation" } },
	{ "T_DEVIATION_PCT", { "Afwijking %", "Deviation %" } },
	{ "T_SHORTFALL", { "Achter op streefwaarde", "Short of target" } },
	{ "T_PROGRAMME_SHORT", { "Progr.", "Progr." } },
	{ "T_CHART_DATA", { "Gegevens van de grafiek", "Chart data" } },
	{ "T_DASH_TREND", { "Stand per kwartaal", "Status per quarter" } },
	{ "T_DASH_TREND_DESC", { "Per programma de samenvattende stand in "
	    "de laatste vier kwartalen, als kleur, vorm en woord in de tabel "
	    "eronder.", "For each programme the summary status in the last "
	    "four quarters, as colour, shape and word in the table below." } },
	/* dashboard.tpl follows it with each status's icon and word. */
	{ "T_DASH_TREND_SUMMARY", { "Eén rij per programma, oudste kwartaal "
	    "links.", "One row per programme, oldest quarter on the left." } },
	{ "T_DASH_BARS", { "Begroting en realisatie", "Budget and realised" } },
	{ "T_DASH_BARS_DESC", { "Staafdiagram: per onderdeel de begroting tot "
	    "en met het kwartaal en de realisatie.", "Bar chart: for each "
	    "item the budget through the quarter and the amount realised." } },
	{ "T_DASH_BARS_SUMMARY", { "Bovenste staaf begroting, onderste "
	    "realisatie; de bedragen staan in de tabel.", "Upper bar budget, "
	    "lower bar realised; the amounts are in the table." } },
	{ "T_DASH_WORST", { "Grootste afwijkingen in prestaties",
	    "Largest deviations in performance" } },
	{ "T_DASH_NO_WORST", { "Geen indicatoren die aandacht vragen of uit "
	    "koers zijn.", "No indicators at risk or off track." } },
	{ "T_DASH_COSTS", { "Grootste financiële afwijkingen",
	    "Largest financial deviations" } },
	{ "T_DASH_NO_COSTS", { "Nog geen realisatie ingevuld.",
	    "No realised costs entered yet." } },
	{ "T_DASH_MISSING", { "Eenheden die nog niet hebben ingeleverd",
	    "Units that have not submitted" } },
	{ "T_DASH_NO_MISSING", { "Alle eenheden hebben ingeleverd.",
	    "Every unit has submitted." } },
	{ "T_SUB_STATE", { "Stand van de inlevering", "Submission" } },
	/* programme dashboard */
	{ "T_PDASH_TITLE", { "Programmadashboard", "Programme dashboard" } },
	{ "T_PDASH_EFFECT_STATUS", { "Stand per effect", "Status per effect" } },
	{ "T_PDASH_UNITS", { "eenheden", "units" } },
	{ "T_PDASH_UNIT_ONE", { "eenheid", "unit" } },
	{ "T_PDASH_N_PERFORMANCES", { "prestaties", "performances" } },
	{ "T_PDASH_EFFECT_PERFORMANCES", { "Prestaties voor dit effect",
	    "Performances for this effect" } },
	{ "T_PDASH_ALL_PERFORMANCES", { "Alle prestaties van het programma",
	    "All performances of the programme" } },
	{ "T_DEV_N", { "afwijkingen", "deviations" } },
	{ "T_DEV_SUMMARY", { "Afwijkingen per programma",
	    "Deviations per programme" } },
	{ "T_DEV_NET", { "saldo", "net" } },
	{ "T_DEV_FIRST_PAGE", { "Eerste afwijking op", "First deviation on" } },
	{ "T_DASH_N_MISSING", { "eenheden hebben nog niet ingeleverd",
	    "units have not submitted yet" } },
	{ "T_PAGER_LABEL", { "Pagina's", "Pages" } },
	{ "T_PAGER_TOP", { "boven", "top" } },
	{ "T_PAGER_BOTTOM", { "onder", "bottom" } },
	{ "T_PAGER_PAGE", { "pagina", "page" } },
	{ "T_PAGER_OF", { "van", "of" } },
	{ "T_PAGER_PREV", { "Vorige", "Previous" } },
	{ "T_PAGER_NEXT", { "Volgende", "Next" } },
	{ "T_PAGER_TOTAL_ALL", { "het totaal over alle pagina's",
	    "the total over all pages" } },
	{ "T_PDASH_DRILL", { "cijfers", "figures" } },
	{ "T_PDASH_PERFORMANCE_STATUS", { "Stand en kosten per prestatie",
	    "Status and cost per performance" } },
	{ "T_PDASH_PROGRAMME_PAGE", { "Programma in de begroting",
	    "Programme in the budget" } },
	{ "T_NO_COST", { "geen kosten ingevuld", "no costs entered" } },
	/* finance, like with like (docs/rollup-rules.md) */
	{ "T_BUDGET_TO_DATE", { "Begroting t/m kwartaal",
	    "Budget to date" } },
	{ "T_FORECAST_DEVIATION", { "Prognose t.o.v. jaarbegroting",
	    "Forecast against the year budget" } },
	{ "T_NOT_REPORTED", { "niet gerapporteerd", "not reported" } },
	{ "T_LINES_OF", { "van", "of" } },
	{ "T_LINES_REPORTED", { "regels gerapporteerd", "lines reported" } },
	{ "T_FIN_RULE", { "Begroting t/m kwartaal, realisatie en afwijking "
	    "gelden alleen voor de regels die hun realisatie hebben "
	    "gerapporteerd; de prognose staat naast de jaarbegroting.",
	    "Budget to date, realised and deviation cover only the lines "
	    "that reported their realisation; the forecast stands beside the "
	    "budget for the year." } },
	/* drill-down */
	{ "T_DRILL_TITLE", { "Herkomst van het cijfer", "Where the figure "
	    "comes from" } },
	{ "T_DRILL_INTRO", { "Het totaal is de optelling van de cijfers van "
	    "de rapporterende eenheden volgens de aggregatiewijze van de "
	    "indicator; tussenliggende eenheden tonen hetzelfde over hun "
	    "onderdelen.", "The total combines the figures of the reporting "
	    "units by the indicator's aggregation; units in between show the "
	    "same over the units below them." } },
	{ "T_DRILL_TREE", { "Per eenheid", "Per unit" } },
	{ "T_DRILL_FIGURES", { "De afzonderlijke cijfers", "The single "
	    "figures" } },
	{ "T_AGGREGATION", { "Aggregatie", "Aggregation" } },
	{ "T_AGG_SUM", { "som", "sum" } },
	{ "T_AGG_MEAN", { "gewogen gemiddelde", "weighted mean" } },
	{ "T_AGG_LAST", { "laatste stand", "last value" } },
	{ "T_AGG_RATIO", { "verhouding van sommen", "ratio of sums" } },
	{ "T_CUMULATIVE", { "cumulatief (tot en met het kwartaal)",
	    "cumulative (year to date)" } },
	{ "T_NUMERATOR", { "Teller", "Numerator" } },
	{ "T_DENOMINATOR", { "Noemer", "Denominator" } },
	{ "T_WEIGHT", { "Gewicht", "Weight" } },
	{ "T_FIGURES_USED", { "Cijfers gebruikt", "Figures used" } },
	{ "T_WHOLE", { "Totaal", "Total" } },
	{ "T_DRILL_TREND", { "Verloop en streefwaarde", "Trend and target" } },
	{ "T_DRILL_TREND_DESC", { "Lijndiagram van de gerealiseerde waarde per "
	    "kwartaal met de streefwaarde als stippellijn.", "Line chart of "
	    "the realised value per quarter with the target as a dashed "
	    "line." } },
	{ "T_DRILL_TREND_SUMMARY", { "Doorgetrokken lijn: realisatie; "
	    "stippellijn: streefwaarde. De waarden staan in de tabel.",
	    "Solid line: realised; dashed line: target. The values are in "
	    "the table." } },
	/* org scorecard */
	{ "T_ORGDASH_TITLE", { "Scorekaart", "Scorecard" } },
	{ "T_ORGDASH_TOTAL", { "Alles onder deze eenheid", "Everything below "
	    "this unit" } },
	{ "T_ORGDASH_OWN", { "Eigen prestaties", "Own performances" } },
	{ "T_ORGDASH_CHILDREN", { "Onderdelen naast elkaar", "Units side by "
	    "side" } },
	{ "T_ORGDASH_NO_CHILDREN", { "Deze eenheid heeft geen onderdelen.",
	    "This unit has no units below it." } },
	{ "T_INDICATOR_COUNT", { "Indicatoren", "Indicators" } },
	/* deviation register */
	{ "T_DEV_TITLE", { "Afwijkingenregister", "Deviation register" } },
	{ "T_DEV_INTRO", { "Elke afwijking tussen begroting en realisatie "
	    "boven de drempel, per programma, met toelichting en maatregel "
	    "(budgetteringsbeleid).", "Every deviation between budget and "
	    "realised above the threshold, per programme, with its "
	    "explanation and measure (budgeting policy)." } },
	{ "T_DEV_THRESHOLD", { "Drempel", "Threshold" } },
	{ "T_DEV_AND", { "en ten minste", "and at least" } },
	{ "T_DEV_NONE", { "Geen afwijkingen boven de drempel.",
	    "No deviations above the threshold." } },
	{ "T_DEV_MISSING_TEXT", { "ontbreekt", "missing" } },
};
const size_t i18n_msgs_dashboard_len =
    sizeof(i18n_msgs_dashboard) / sizeof(i18n_msgs_dashboard[0]);
