/*
 * test_pagecache.c: the page cache serves an entry only at the generation
 * it was built at, keeps memory under its cap, evicts the least recently
 * used entry, and the rollup hooks move the generation forward.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "db.h"
#include "db_rollup.h"
#include "demo.h"
#include "gzip.h"
#include "pagecache.h"
#include "rollup_store.h"
#include "testdb.h"

static void
hit_only_at_the_same_generation(void **state)
{
	const struct pagecache_page *p;

	(void)state;
	pagecache_clear();
	pagecache_put("/dashboard|2014-Q2|nl", 7, "<p>x</p>", 8, "T");
	assert_non_null(p = pagecache_hold("/dashboard|2014-Q2|nl", 7));
	assert_int_equal(p->len, 8);
	assert_string_equal(p->content, "<p>x</p>");
	assert_string_equal(p->title, "T");
	pagecache_release(p);
	assert_null(pagecache_hold("/dashboard|2014-Q2|en", 7));
	/* A save moved the generation: a miss, and the entry is gone. */
	assert_null(pagecache_hold("/dashboard|2014-Q2|nl", 8));
	assert_int_equal(pagecache_bytes(), 0);
	/* An unreadable generation is never cached. */
	pagecache_put("k", -1, "v", 1, "t");
	assert_int_equal(pagecache_bytes(), 0);
}

/* Did key hit at generation 1?  (Held and let go at once.) */
static int
hit(const char *key)
{
	const struct pagecache_page *p = pagecache_hold(key, 1);

	pagecache_release(p);
	return p != NULL;
}

static void
memory_stays_under_the_cap_and_lru_goes_first(void **state)
{
	char	*big, key[32];
	size_t	 sz = PAGECACHE_MAX_BYTES / 5, i;

	(void)state;
	pagecache_clear();
	assert_non_null(big = malloc(sz));
	memset(big, 'a', sz);
	for (i = 0; i < 4; i++) {
		snprintf(key, sizeof(key), "k%zu", i);
		pagecache_put(key, 1, big, sz, "t");
	}
	/* k0 used recently: k1 is the oldest and goes. */
	assert_true(hit("k0"));
	pagecache_put("k4", 1, big, sz, "t");
	pagecache_put("k5", 1, big, sz, "t");
	assert_true(pagecache_bytes() <= PAGECACHE_MAX_BYTES);
	assert_true(hit("k0"));
	assert_false(hit("k1"));
	/* Too big for the cache: not kept. */
	pagecache_clear();
	free(big);
	assert_non_null(big = malloc(PAGECACHE_MAX_BYTES));
	memset(big, 'b', PAGECACHE_MAX_BYTES);
	pagecache_put("huge", 1, big, PAGECACHE_MAX_BYTES, "t");
	assert_int_equal(pagecache_bytes(), 0);
	free(big);
	for (i = 0; i < 200; i++) {
		snprintf(key, sizeof(key), "many%zu", i);
		pagecache_put(key, 1, "x", 1, "t");
	}
	assert_true(pagecache_bytes() <= PAGECACHE_MAX_ENTRIES * 16);
	pagecache_clear();
}

/*
 * A page a request holds stays whole while the cache moves on: replaced
 * under its key, made stale by a save, or cleared.  (The ASan and valgrind
 * runs of this file catch a page freed too early or never.)
 */
static void
held_page_outlives_its_entry(void **state)
{
	const struct pagecache_page *a, *b, *c;

	(void)state;
	pagecache_clear();
	pagecache_put("k", 1, "first", 5, "A");
	assert_non_null(a = pagecache_hold("k", 1));
	pagecache_put("k", 1, "second", 6, "B");
	assert_non_null(b = pagecache_hold("k", 1));
	assert_null(pagecache_hold("k", 2));	/* stale: dropped */
	pagecache_put("k", 2, "third", 5, "C");
	assert_non_null(c = pagecache_hold("k", 2));
	pagecache_clear();
	assert_int_equal(pagecache_bytes(), 0);
	assert_string_equal(a->content, "first");
	assert_string_equal(a->title, "A");
	assert_string_equal(b->content, "second");
	assert_string_equal(c->content, "third");
	pagecache_release(a);
	pagecache_release(c);
	pagecache_release(b);
	pagecache_release(NULL);
}

/* Large content is kept deflated too, valid for the same generation only. */
static void
deflated_copy_for_large_content_only(void **state)
{
	const struct pagecache_page *p;
	char		*big;
	unsigned char	*z;
	size_t		 n = 4000, len, i;

	(void)state;
	pagecache_clear();
	assert_non_null(big = malloc(n + 1));
	for (i = 0; i < n; i++)
		big[i] = "<tr><td>1</td></tr>\n"[i % 20];
	big[n] = '\0';
	pagecache_put("big", 3, big, n, "Big");
	assert_non_null(p = pagecache_hold("big", 3));
	assert_string_equal(p->title, "Big");
	assert_non_null(p->gz.data);
	assert_int_equal(p->gz.plain_len, n);
	assert_int_equal(p->gz.crc, gz_crc(big, n));
	assert_true(p->gz.len < n / 4);
	/* Spliced with nothing around it, it is a gzip of the content. */
	assert_non_null(z = gz_splice("", 0, 0, &p->gz, "", 0, 0, &len));
	free(z);
	pagecache_release(p);
	assert_null(pagecache_hold("big", 4));
	assert_int_equal(pagecache_bytes(), 0);
	/* Small content: plain only. */
	pagecache_put("small", 3, "<p>x</p>", 8, "S");
	assert_non_null(p = pagecache_hold("small", 3));
	assert_null(p->gz.data);
	assert_string_equal(p->content, "<p>x</p>");
	pagecache_release(p);
	pagecache_clear();
	free(big);
}

static void
the_hooks_move_the_generation(void **state)
{
	struct db	*db;
	char		 path[64];
	int64_t		 g0, g1, g2;

	(void)state;
	assert_non_null(db = testdb_new(path, sizeof(path)));
	assert_true(demo_create(db, 1) && rollup_store_rebuild(db));
	g0 = db_rollup_generation(db);
	assert_true(g0 >= 0);
	assert_true(db_begin_immediate(db));
	assert_true(rollup_store_cost_changed(db, 1, 10));
	assert_true(db_commit(db));
	g1 = db_rollup_generation(db);
	assert_true(g1 > g0);
	assert_int_equal(testdb_exec(db, "UPDATE submission SET comment = 'x' "
	    "WHERE (org_unit_id, period_id) IN (SELECT org_unit_id, "
	    "period_id FROM submission LIMIT 1)"), 1);
	g2 = db_rollup_generation(db);
	assert_true(g2 > g1);
	testdb_free(db, path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(hit_only_at_the_same_generation),
		cmocka_unit_test(memory_stays_under_the_cap_and_lru_goes_first),
		cmocka_unit_test(held_page_outlives_its_entry),
		cmocka_unit_test(deflated_copy_for_large_content_only),
		cmocka_unit_test(the_hooks_move_the_generation),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
