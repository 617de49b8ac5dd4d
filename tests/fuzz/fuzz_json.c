/*
 * fuzz_json.c: libFuzzer harness for JSON API request bodies: Jansson's
 * json_loadb() with the flags the API uses, then the field extraction an
 * API handler does (json_unpack of the known fields, numbers given as text
 * through num_parse).  The input is the body.  Whatever parses must dump
 * and load back to an equal value.
 * TODO: when the API takes bodies (issue 5), call its own body parser here.
 */
#include <string.h>

#include <jansson.h>

#include "fuzz.h"
#include "num.h"

/* The fields a figure write carries: {"period":..,"value":"..","note":..}. */
static void
fuzz_json_fields(json_t *j)
{
	json_error_t		 err;
	json_int_t		 period = 0;
	const char		*value = NULL, *note = NULL;
	struct num_parse	 r;

	if (json_unpack_ex(j, &err, 0, "{s?I,s?s,s?s}", "period", &period,
	    "value", &value, "note", &note) != 0)
		return;
	if (value != NULL)
		num_parse(value, 2, &r);
	if (note != NULL && strlen(note) > 1u << 20)
		fuzz_fail("note longer than any body");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_error_t	 err;
	json_t		*j, *k;
	char		*s;

	j = json_loadb((const char *)data, size,
	    JSON_REJECT_DUPLICATES, &err);
	if (j == NULL)
		return 0;
	fuzz_json_fields(j);
	if ((s = json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY)) == NULL)
		fuzz_fail("cannot dump what was loaded");
	k = json_loads(s, JSON_DECODE_ANY, &err);
	if (k == NULL || !json_equal(j, k))
		fuzz_fail("dump does not load back equal: %s", s);
	json_decref(k);
	free(s);
	json_decref(j);
	return 0;
}
