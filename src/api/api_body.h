/*
 * api_body.h: the JSON bodies the API takes, read from bytes into typed
 * values before a handler looks at the database.  Pure functions: no
 * database, no request; tests/fuzz/fuzz_json.c drives them directly.
 *
 * A refusal names the member at fault ("" for the body as a whole) and the
 * catalogue key of the message; the handler answers 400 with both (422
 * when a member does not apply to the indicator).
 */
#ifndef KOERS_API_BODY_H
#define KOERS_API_BODY_H

#include <stddef.h>
#include <stdint.h>

#include "entry.h"
#include "uom.h"

/*
 * The text members of a figure's body: the five numbers by enum fig_num
 * (named as fig_num_names says), then the two texts.
 */
enum api_fig_member {
	AFM_EXPLANATION = FIG__NUMS,
	AFM_MEASURE,
	AFM__MAX
};

struct api_body_err {
	const char	*field;		/* the member at fault, or "" */
	const char	*key;		/* "T_API_BODY_..." in the catalogue;
					 * NULL: no memory (500, not 400) */
};

/*
 * PUT /api/v1/figures/...: {"version": N, "value": "77.6", ...}.  version
 * is required (the one the client saw, 0 or more); every text member is
 * absent (NULL here: keep what is stored), null ("": empty it) or a string.
 */
struct api_figure_body {
	int64_t		 version;
	char		*member[AFM__MAX];	/* owned */
};

/* POST /api/v1/submissions/...: nothing, {} or {"comment": "..."}. */
struct api_submission_body {
	char		*comment;		/* owned; NULL when not given */
};

const char	*api_body_member_name(int member);
int	api_body_figure(const char *, size_t, struct api_figure_body *,
	    struct api_body_err *);
int	api_body_figure_applies(const struct api_figure_body *, int ratio,
	    int weighted, struct api_body_err *);
void	api_body_figure_clear(struct api_figure_body *);
void	api_body_figure_apply(const struct api_figure_body *,
	    struct entry_text *);
int	api_body_submission(const char *, size_t,
	    struct api_submission_body *, struct api_body_err *);
void	api_body_submission_clear(struct api_submission_body *);

/*
 * POST and PUT /api/v1/units-of-measure: {"code": "...", "name_nl": ...}
 * with the members of uom_field_names, each a string (or null for "").
 * given has bit 1 << field for every member sent; a member longer than
 * its field is noted in too_long (bit per field) and checked later, so
 * that the 422 names it as the page does.
 */
struct api_uom_body {
	struct uom_rec	 rec;
	unsigned	 given;
	unsigned	 too_long;
	char		 unknown[65];	/* a member that is not a field */
};
int	api_body_uom(const char *, size_t, struct api_uom_body *,
	    struct api_body_err *);

#endif
