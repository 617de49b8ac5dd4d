/*
 * page_entry.h: what the entry pages (page_entry*.c, page_import.c,
 * page_work.c) and the entry API share.
 */
#ifndef KOERS_PAGE_ENTRY_H
#define KOERS_PAGE_ENTRY_H

#include <stddef.h>
#include <stdint.h>

#include "http.h"
#include "status.h"
#include "workflow.h"

struct tmpl;
struct entry_fig_in;
struct entry_cost_in;
struct entry_outcome;
struct entry_form;

/* What a render shows besides the stored form. */
struct page_entry_view {
	const struct entry_fig_in	*fi;	/* typed, or NULL */
	const struct entry_cost_in	*ci;
	const struct entry_outcome	*o;	/* messages, or NULL */
	const struct entry_form		*theirs; /* conflict: stored now */
	const char			*problem; /* catalogue key, or NULL */
	const char			*problem_title;
	const char			*notice;
	size_t				 bad;	/* fields with a message */
	/* A refused decision or reopen: what was typed, and why. */
	const char			*decision_comment;
	const char			*reopen_reason;
	const char			*comment_err;	/* catalogue key */
};

/* page_entry.c */

/* STATE_KEY, STATE_ICON, STATE_WORD of a submission state. */
void		 page_entry_state(struct tmpl *, const struct req *,
		    enum sub_state);
/* The unit id and period of /entry/{unit}/{period}/...; 0 when absent. */
int		 page_entry_target(const struct req *, int64_t *unit,
		    struct period *);
/*
 * The stored form of the request's unit and period, checking scope, or
 * NULL with r->status set: 403 (not in scope), 404 (no such unit or
 * period, or the form cannot be loaded).  Free with
 * entry_store_form_free().
 */
struct entry_form *page_entry_load(struct req *, struct resp *);

/* page_entry_form.c */

/* Render the entry form of f with what v adds; r->status = status. */
void		 page_entry_form_render(struct req *, struct resp *,
		    const struct entry_form *f, const struct page_entry_view *v,
		    int status);

#endif
