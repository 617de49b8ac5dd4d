/* i18n_formats.c: the texts of the open formats (ODT, the Dutch CSV). */
#include "i18n.h"

const struct i18n_msg i18n_msgs_formats[] = {
	/* ODT */
	{ "T_ODT_PAGE", { "Pagina", "Page" } },
	{ "T_ODT_PROV_MARK", { "VOORLOPIG: de periode is nog niet afgesloten",
	    "PROVISIONAL: the period is not closed yet" } },
	{ "T_ODT_TABLE", { "Tabel", "Table" } },
	/* the report page's links */
	{ "T_REPORT_EXPORT_ODT", { "ODT (tekstdocument)",
	    "ODT (text document)" } },
	{ "T_REPORT_EXPORT_CSV_NL", { "CSV (Nederlandse Excel)",
	    "CSV (Dutch Excel)" } },
};
const size_t i18n_msgs_formats_len =
    sizeof(i18n_msgs_formats) / sizeof(i18n_msgs_formats[0]);
