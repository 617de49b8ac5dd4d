/*
 * fuzz_json.c: libFuzzer harness for the API's body parsers (api_body.c),
 * the functions api_figure_put() and api_submission_action() call on the
 * bytes a client sends.  The input is the body.
 *
 * Invariants: a refusal names a member and a catalogue key; an accepted
 * figure body has a version of 0 or more and each member absent or a
 * string; the parser agrees with Jansson on what is one JSON object with
 * an integer version and text members; and an accepted body, written out
 * again, is read back to the same values.
 */
#include <string.h>

#include <jansson.h>

#include "api_body.h"
#include "fuzz.h"

/* Does Jansson itself see a body api_body_figure() must take? */
static int
fuzz_json_figure_ok(const uint8_t *data, size_t size)
{
	json_t	*j, *v;
	size_t	 i;
	int	 ok = 0;

	j = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES,
	    NULL);
	if (!json_is_object(j))
		goto out;
	v = json_object_get(j, "version");
	if (!json_is_integer(v) || json_integer_value(v) < 0)
		goto out;
	for (i = 0; i < AFM__MAX; i++) {
		v = json_object_get(j, api_body_member_name((int)i));
		if (v != NULL && !json_is_string(v) && !json_is_null(v))
			goto out;
	}
	ok = 1;
out:
	json_decref(j);
	return ok;
}

/* Write b out as JSON, read it back, and compare. */
static void
fuzz_json_figure_again(const struct api_figure_body *b)
{
	struct api_figure_body	 c;
	struct api_body_err	 err;
	json_t			*j;
	char			*s;
	size_t			 i;

	if ((j = json_pack("{s:I}", "version", (json_int_t)b->version)) ==
	    NULL)
		return;
	for (i = 0; i < AFM__MAX; i++)
		if (b->member[i] != NULL)
			json_object_set_new(j, api_body_member_name((int)i),
			    json_string(b->member[i]));
	s = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	if (s == NULL)
		return;
	if (!api_body_figure(s, strlen(s), &c, &err))
		fuzz_fail("own output refused at %s: %s", err.field, s);
	if (c.version != b->version)
		fuzz_fail("version changed on the way back: %s", s);
	for (i = 0; i < AFM__MAX; i++)
		if ((b->member[i] == NULL) != (c.member[i] == NULL) ||
		    (b->member[i] != NULL &&
		    strcmp(b->member[i], c.member[i]) != 0))
			fuzz_fail("member %s changed on the way back: %s",
			    api_body_member_name((int)i), s);
	api_body_figure_clear(&c);
	free(s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct api_figure_body		 b;
	struct api_submission_body	 sb;
	struct api_body_err		 err;
	const char			*body = (const char *)data;
	size_t				 i;
	int				 ok;

	memset(&err, 0, sizeof(err));
	ok = api_body_figure(body, size, &b, &err);
	/* (A refusal for want of memory is no verdict on the body.) */
	if (ok != fuzz_json_figure_ok(data, size) && (ok || err.key != NULL))
		fuzz_fail("figure body: parser says %d, Jansson disagrees", ok);
	if (!ok) {
		if (err.field == NULL || (err.key != NULL &&
		    strncmp(err.key, "T_API_BODY_", 11) != 0))
			fuzz_fail("refusal without a field or a body key");
		for (i = 0; i < AFM__MAX; i++)
			if (b.member[i] != NULL)
				fuzz_fail("refused body left member %zu", i);
	} else {
		if (b.version < 0)
			fuzz_fail("negative version %lld",
			    (long long)b.version);
		fuzz_json_figure_again(&b);
	}
	api_body_figure_clear(&b);

	memset(&err, 0, sizeof(err));
	if (!api_body_submission(body, size, &sb, &err)) {
		if (size == 0)
			fuzz_fail("an empty submission body is no body");
		if (err.field == NULL)
			fuzz_fail("submission refusal without a field");
	} else if (sb.comment != NULL && strlen(sb.comment) > size)
		fuzz_fail("comment longer than the body");
	api_body_submission_clear(&sb);
	return 0;
}
