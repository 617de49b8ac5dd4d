/*
 * page_structure.h: what the structure pages share (page_structure*.c):
 * the year of the path, one generic form (templates/st_form.tpl) for every
 * kind, the error summary that links to each field in error, and the
 * answer to a store result.
 */
#ifndef KOERS_PAGE_STRUCTURE_H
#define KOERS_PAGE_STRUCTURE_H

#include "db_structure.h"
#include "handlers.h"
#include "model.h"
#include "structure.h"

struct tmpl;

/* A choice of a parent (the effect of a new performance, ...). */
struct page_st_choice {
	char		 value[24];
	char		 text[200];
};

struct page_st_view {
	enum st_kind		 kind;
	char			 pfx[24];	/* id prefix, unique on the page */
	char			 action[128];
	const char		*submit_key;
	const char		*vals[ST_MAXF];	/* the texts shown */
	char			 nbuf[ST_MAXF][32];
	const struct st_errs	*errs;		/* this form's, or NULL */
	/* An optional parent select before the fields. */
	const char		*parent_name;	/* "effect_id", "parent" */
	const char		*parent_label;	/* catalogue key */
	const struct page_st_choice *parents;
	size_t			 parentn;
	const char		*parent_sel;
};

/* The year of /begroting/{year}/...: 1 with its state, else 0 and the
 * answer given (404). */
int	page_st_year(struct req *, struct resp *, int *year, char state[16]);
/* Fill vals from the posted form (the form being answered). */
void	page_st_posted(const struct req *, struct page_st_view *);
/* The stored values of an entity as texts. */
void	page_st_vals_programme(struct page_st_view *, const struct programme *,
	    const struct st_more *);
void	page_st_vals_effect(struct page_st_view *, const struct effect *);
void	page_st_vals_performance(struct page_st_view *,
	    const struct performance *);
void	page_st_vals_indicator(struct page_st_view *, const struct req *,
	    const struct indicator *, const struct st_more *);
/* The form of v as include FORM in section `section` of t. */
void	page_st_form(struct req *, struct tmpl *t, const char *section,
	    const struct page_st_view *, const struct org_list *);
/* The error summary of errs for the form with prefix pfx. */
void	page_st_problem(struct req *, struct tmpl *t, enum st_kind,
	    const char *pfx, const struct st_errs *);
/* A message alone in the summary (locked, in use). */
void	page_st_message(struct req *, struct tmpl *t, const char *key);
/* The HTTP status and message key of a store result that is no success. */
int	page_st_status(enum st_res, const char **key);

#endif
