/*
 * test_structure.c: the pure rules of the programme structure
 * (src/domain/structure.c) that the pages and the API share: each field's
 * verdict, the weight that applies only to a mean, the year that may
 * change, and the targets as typed.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "structure.h"

/* A valid indicator form. */
static void
indicator_form(struct st_form *f)
{
	memset(f, 0, sizeof(*f));
	f->in[SI_CODE] = "2015.01.1.P1";
	f->in[SI_NAME] = "Nieuwe woningen";
	f->in[SI_UNIT] = "aantal";
	f->in[SI_DIRECTION] = "up";
	f->in[SI_AGGREGATION] = "sum";
	f->in[SI_FREQUENCY] = "quarter";
	f->in[SI_DECIMALS] = "1";
	f->in[SI_TOLERANCE] = "7,5";
	f->in[SI_CUMULATIVE] = "on";
}

/* The one error of field `name` with key, after checking f as kind. */
static void
refused(enum st_kind k, const struct st_form *f, const char *name,
    const char *key)
{
	struct st_rec	r;
	struct st_errs	e;

	assert_false(structure_check(k, f, &r, &e));
	assert_int_equal(e.n, 1);
	assert_string_equal(e.v[0].field, name);
	assert_string_equal(e.v[0].key, key);
}

static void
a_valid_indicator_is_read_into_numbers_and_texts(void **st)
{
	struct st_form	f;
	struct st_rec	r;
	struct st_errs	e;

	(void)st;
	indicator_form(&f);
	assert_true(structure_check(ST_INDICATOR, &f, &r, &e));
	assert_int_equal(e.n, 0);
	assert_int_equal(r.num[SI_DECIMALS], 1);
	assert_int_equal(r.num[SI_TOLERANCE], 750);	/* basis points */
	assert_int_equal(r.num[SI_CUMULATIVE], 1);
	assert_int_equal(r.num[SI_POLICY], 0);		/* absent: no */
	assert_string_equal(r.txt[SI_AGGREGATION], "sum");
	assert_string_equal(r.txt[SI_CODE], "2015.01.1.P1");
	assert_string_equal(r.txt[SI_WEIGHT], "");
}

static void
each_wrong_indicator_field_is_named_with_its_message(void **st)
{
	static const struct {
		int		 field;
		const char	*in, *name, *key;
	} cases[] = {
		{ SI_CODE, "", "code", "T_ST_ERR_REQUIRED" },
		{ SI_CODE, "a b", "code", "T_ST_ERR_CODE" },
		{ SI_CODE, " P1", "code", "T_ST_ERR_CODE" },
		{ SI_CODE, "P1;DROP", "code", "T_ST_ERR_CODE" },
		{ SI_NAME, " ", "name", "T_ST_ERR_REQUIRED" },
		{ SI_NAME, "a\nb", "name", "T_ST_ERR_CONTROL" },
		{ SI_NAME, "\xc3", "name", "T_ST_ERR_CONTROL" },
		{ SI_UNIT, "furlong", "unit", "T_ST_ERR_UOM" },
		{ SI_DIRECTION, "Up", "direction", "T_ST_ERR_CHOICE" },
		{ SI_AGGREGATION, "median", "aggregation", "T_ST_ERR_CHOICE" },
		{ SI_FREQUENCY, "", "frequency", "T_ST_ERR_REQUIRED" },
		{ SI_DECIMALS, "5", "decimals", "T_ST_ERR_DECIMALS" },
		{ SI_DECIMALS, "-1", "decimals", "T_ST_ERR_DECIMALS" },
		{ SI_TOLERANCE, "100,01", "tolerance", "T_ST_ERR_PERCENT" },
		{ SI_TOLERANCE, "-1", "tolerance", "T_ST_ERR_PERCENT" },
		{ SI_TOLERANCE, "1,234", "tolerance", "T_ST_ERR_PERCENT" },
		{ SI_CUMULATIVE, "maybe", "cumulative", "T_ST_ERR_BOOL" },
		{ SI_WEIGHT, "inwoners", "weight_name", "T_ST_ERR_WEIGHT" },
	};
	struct st_form	f;
	size_t		i;

	(void)st;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		indicator_form(&f);
		f.in[cases[i].field] = cases[i].in;
		refused(ST_INDICATOR, &f, cases[i].name, cases[i].key);
	}
	/* A weight is a mean's: there it is fine. */
	{
		struct st_rec	r;
		struct st_errs	e;

		indicator_form(&f);
		f.in[SI_AGGREGATION] = "mean";
		f.in[SI_WEIGHT] = "inwoners";
		assert_true(structure_check(ST_INDICATOR, &f, &r, &e));
	}
}

static void
programme_numbers_are_whole_from_1_to_999(void **st)
{
	static const char *const bad[] = {
		"0", "00", "01", "1000", "1.5", "1,0", "-3", "x", "1e2", ""
	};
	struct st_form	f;
	struct st_rec	r;
	struct st_errs	e;
	size_t		i;

	(void)st;
	memset(&f, 0, sizeof(f));
	f.in[SP_NAME] = "Wonen";
	f.in[SP_DIRECTIE] = "3";
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		f.in[SP_NUMBER] = bad[i];
		assert_false(structure_check(ST_PROGRAMME, &f, &r, &e));
		assert_string_equal(e.v[0].field, "number");
	}
	f.in[SP_NUMBER] = " 12 ";
	assert_true(structure_check(ST_PROGRAMME, &f, &r, &e));
	assert_int_equal(r.num[SP_NUMBER], 12);
	assert_int_equal(r.num[SP_DIRECTIE], 3);
	/* Every wrong field at once, in field order. */
	memset(&f, 0, sizeof(f));
	assert_false(structure_check(ST_PROGRAMME, &f, &r, &e));
	assert_int_equal(e.n, 3);
	assert_string_equal(e.v[0].field, "number");
	assert_string_equal(e.v[1].field, "name");
	assert_string_equal(e.v[2].field, "directie_id");
}

static void
targets_are_dutch_numbers_with_the_indicators_decimals(void **st)
{
	int64_t		 v;
	int		 present;
	const char	*key;

	(void)st;
	assert_true(structure_target_parse("1.234,5", 1, 0, 0, &v, &present,
	    &key));
	assert_true(present);
	assert_int_equal(v, 12345);
	assert_true(structure_target_parse("", 1, 2, 0, &v, &present, &key));
	assert_false(present);
	assert_true(structure_target_parse(NULL, 1, 2, 0, &v, &present, &key));
	assert_false(present);
	assert_false(structure_target_parse("1,25", 1, 0, 0, &v, &present,
	    &key));
	assert_string_equal(key, "T_ST_ERR_TOO_PRECISE");
	assert_false(structure_target_parse("1.234", 0, 0, 0, &v, &present,
	    &key));
	assert_string_equal(key, "T_ST_ERR_AMBIGUOUS");
	assert_false(structure_target_parse("veel", 0, 0, 0, &v, &present,
	    &key));
	assert_string_equal(key, "T_ST_ERR_NOT_NUMBER");
	assert_false(structure_target_parse("99999999999999999999", 0, 0, 0,
	    &v, &present, &key));
	assert_string_equal(key, "T_ST_ERR_RANGE");
	/* A yearly indicator: the year and Q4, nothing in between. */
	assert_true(structure_target_parse("5", 0, 4, 1, &v, &present, &key));
	assert_true(structure_target_parse("5", 0, 0, 1, &v, &present, &key));
	assert_false(structure_target_parse("5", 0, 2, 1, &v, &present, &key));
	assert_string_equal(key, "T_ST_ERR_YEARLY");
	assert_true(structure_target_parse("", 0, 2, 1, &v, &present, &key));
	assert_string_equal(structure_quarter_name(0), "year");
	assert_string_equal(structure_quarter_name(3), "q3");
}

static void
field_tables_name_every_field_once(void **st)
{
	const struct st_field	*f;
	size_t			 n, i, j;
	int			 k;

	(void)st;
	for (k = 0; k < ST__KINDS; k++) {
		f = structure_fields((enum st_kind)k, &n);
		assert_non_null(f);
		assert_true(n <= ST_MAXF);
		for (i = 0; i < n; i++) {
			assert_int_equal(structure_field_index(
			    (enum st_kind)k, f[i].name), (int)i);
			assert_non_null(f[i].label);
			for (j = i + 1; j < n; j++)
				assert_string_not_equal(f[i].name, f[j].name);
		}
	}
	assert_int_equal(structure_field_index(ST_EFFECT, "code"), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_valid_indicator_is_read_into_numbers_and_texts),
		cmocka_unit_test(each_wrong_indicator_field_is_named_with_its_message),
		cmocka_unit_test(programme_numbers_are_whole_from_1_to_999),
		cmocka_unit_test(targets_are_dutch_numbers_with_the_indicators_decimals),
		cmocka_unit_test(field_tables_name_every_field_once),
	};

	return cmocka_run_group_tests_name("structure", tests, NULL, NULL);
}
