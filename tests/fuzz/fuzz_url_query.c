/*
 * fuzz_url_query.c: libFuzzer harness for url_query() and url_form(), the
 * parsers of query strings and urlencoded form bodies.  The input is the
 * query string or body.  Every pair must have a non-empty key without NUL,
 * a NUL-terminated value of the length recorded, and every value must come
 * back unchanged through url_encode() and url_decode().  The two entry
 * points must agree.
 */
#include <string.h>

#include "fuzz.h"
#include "http.h"
#include "url.h"

static void
fuzz_url_pairs_check(const struct kvlist *l)
{
	const struct kv	*kv;
	char		*enc, *dec;
	size_t		 i, need, n;

	for (i = 0; i < l->n; i++) {
		kv = &l->v[i];
		if (kv->key == NULL || kv->key[0] == '\0')
			fuzz_fail("empty key");
		if (kv->val == NULL || kv->val[kv->vallen] != '\0')
			fuzz_fail("value not terminated at its length");
		if (strlen(kv->val) != kv->vallen)
			continue;	/* holds a NUL: url_encode stops there */
		need = url_encode(kv->val, NULL, 0);
		if ((enc = malloc(need + 1)) == NULL)
			return;
		if (url_encode(kv->val, enc, need + 1) != need ||
		    strlen(enc) != need)
			fuzz_fail("url_encode length");
		if ((dec = url_decode(enc, need, 1, &n)) == NULL)
			fuzz_fail("url_decode refuses url_encode's output");
		if (n != kv->vallen || memcmp(dec, kv->val, n) != 0)
			fuzz_fail("value does not survive encode/decode");
		free(dec);
		free(enc);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kvlist	 q = { 0 }, f = { 0 };
	size_t		 i;
	int		 okq, okf;

	okq = url_query((const char *)data, size, &q);
	okf = url_form((const char *)data, size, &f);
	if (okq != okf)
		fuzz_fail("query and form parsers disagree");
	if (okq) {
		if (q.n != f.n)
			fuzz_fail("query and form pair counts differ");
		for (i = 0; i < q.n; i++)
			if (strcmp(q.v[i].key, f.v[i].key) != 0 ||
			    q.v[i].vallen != f.v[i].vallen)
				fuzz_fail("query and form pairs differ");
		fuzz_url_pairs_check(&q);
	}
	kvlist_free(&q);
	kvlist_free(&f);
	return 0;
}
