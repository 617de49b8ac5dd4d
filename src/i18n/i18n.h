/*
 * i18n.h: every text the user reads, in Dutch and English, in one catalogue
 * (i18n.c).  Templates refer to texts as {{T_KEY}}; page_render() puts the
 * whole catalogue for the request's language into the dictionary.  C code
 * that needs a text (validation messages, error pages) calls i18n().
 */
#ifndef KOERS_I18N_H
#define KOERS_I18N_H

#include <stddef.h>

#include "lang.h"

struct tmpl;

struct i18n_msg {
	const char	*key;		/* template name, "T_..." */
	const char	*text[LANG__MAX];
};

/*
 * The catalogue is kept in one table per area (i18n.c for the layout and
 * the programme budget, i18n_<area>.c for the others), listed in
 * i18n_tables[] in i18n.c.
 */
struct i18n_table {
	const struct i18n_msg	*msgs;
	const size_t		*len;
};

extern const struct i18n_table	i18n_tables[];
extern const size_t		i18n_tables_len;

extern const struct i18n_msg	i18n_msgs[];
extern const size_t		i18n_msgs_len;
extern const struct i18n_msg	i18n_msgs_report[];
extern const size_t		i18n_msgs_report_len;
extern const struct i18n_msg	i18n_msgs_auth[];
extern const size_t		i18n_msgs_auth_len;
extern const struct i18n_msg	i18n_msgs_entry[];
extern const size_t		i18n_msgs_entry_len;
extern const struct i18n_msg	i18n_msgs_dashboard[];
extern const size_t		i18n_msgs_dashboard_len;
extern const struct i18n_msg	i18n_msgs_year[];
extern const size_t		i18n_msgs_year_len;
extern const struct i18n_msg	i18n_msgs_structure[];
extern const size_t		i18n_msgs_structure_len;
extern const struct i18n_msg	i18n_msgs_budget[];
extern const size_t		i18n_msgs_budget_len;
extern const struct i18n_msg	i18n_msgs_formats[];
extern const size_t		i18n_msgs_formats_len;

const char	*i18n(enum lang, const char *key);
void		 i18n_register(void);
const char	*i18n_code(enum lang);

#endif
