/*
 * test_num.c: the number parser and formatters, table by table, plus the
 * round-trip property over many values, every scale and both languages.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "num.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

struct parse_case {
	const char	*in;
	int		 decimals;
	enum num_err	 err;
	int64_t		 value;
	const char	*understood;	/* NULL: not checked */
};

static const char *const errname[] = {
	"NUM_OK", "NUM_EMPTY", "NUM_SYNTAX", "NUM_AMBIGUOUS",
	"NUM_TOO_MANY_DECIMALS", "NUM_RANGE"
};

static void
check_cases(const struct parse_case *c, size_t n)
{
	struct num_parse	 r;
	enum num_err		 err;
	size_t			 i;

	for (i = 0; i < n; i++) {
		memset(&r, 0x5a, sizeof(r));
		err = num_parse(c[i].in, c[i].decimals, &r);
		if (err != c[i].err || r.err != err ||
		    r.value != c[i].value ||
		    memchr(r.understood, '\0', sizeof(r.understood)) == NULL ||
		    (c[i].understood != NULL &&
		    strcmp(r.understood, c[i].understood) != 0))
			fail_msg("num_parse(\"%s\", %d): got %s %lld \"%.64s\", "
			    "want %s %lld \"%s\"", c[i].in, c[i].decimals,
			    errname[r.err], (long long)r.value, r.understood,
			    errname[c[i].err], (long long)c[i].value,
			    c[i].understood != NULL ? c[i].understood : "*");
	}
}

static void
parse_reads_dutch_forms(void **state)
{
	static const struct parse_case c[] = {
		{ "1.234,5", 1, NUM_OK, 12345, "1234.5" },
		{ "1234,5", 1, NUM_OK, 12345, "1234.5" },
		{ "0,5", 1, NUM_OK, 5, "0.5" },
		{ ",5", 2, NUM_OK, 50, "0.50" },
		{ "1.234.567", 0, NUM_OK, 1234567, "1234567" },
		{ "1.234.567,89", 2, NUM_OK, 123456789, "1234567.89" },
		{ "12.345.678,9", 1, NUM_OK, 123456789, NULL },
		{ "999.999.999,9999", 4, NUM_OK, 9999999999999LL, NULL },
		{ "1234,5678", 4, NUM_OK, 12345678, "1234.5678" },
		{ "0,125", 3, NUM_OK, 125, "0.125" },
		{ "00,125", 3, NUM_OK, 125, "0.125" },
		{ "1,2340", 3, NUM_OK, 1234, "1.2340" },
		{ "12,5", 0, NUM_TOO_MANY_DECIMALS, 0, "12.5" },
		{ "1,5", 4, NUM_OK, 15000, "1.5000" },
		{ "1.000.000", 2, NUM_OK, 100000000, "1000000.00" },
		{ "12,-", 2, NUM_OK, 1200, "12.00" },
		{ "1.234,-", 0, NUM_OK, 1234, "1234" },
		{ "€ 1.234,-", 2, NUM_OK, 123400, NULL },
	};

	(void)state;
	check_cases(c, NELEM(c));
}

static void
parse_reads_english_forms(void **state)
{
	static const struct parse_case c[] = {
		{ "1,234.5", 1, NUM_OK, 12345, "1234.5" },
		{ "1234.5", 1, NUM_OK, 12345, "1234.5" },
		{ "0.5", 1, NUM_OK, 5, "0.5" },
		{ ".5", 1, NUM_OK, 5, "0.5" },
		{ ".123", 3, NUM_OK, 123, "0.123" },
		{ "1,234,567", 0, NUM_OK, 1234567, "1234567" },
		{ "1,234,567.89", 2, NUM_OK, 123456789, "1234567.89" },
		{ "12,345,678.9", 1, NUM_OK, 123456789, NULL },
		{ "1234.5678", 4, NUM_OK, 12345678, "1234.5678" },
		{ "0.125", 3, NUM_OK, 125, "0.125" },
		{ "1.2340", 3, NUM_OK, 1234, "1.2340" },
		{ "12345.678", 3, NUM_OK, 12345678, "12345.678" },
		{ "1.2345", 4, NUM_OK, 12345, "1.2345" },
		{ "100", 0, NUM_OK, 100, "100" },
		{ "007", 0, NUM_OK, 7, "7" },
	};

	(void)state;
	check_cases(c, NELEM(c));
}

static void
parse_reads_signs_including_unicode_minus(void **state)
{
	static const struct parse_case c[] = {
		{ "-1.234,5", 1, NUM_OK, -12345, "-1234.5" },
		{ "+1,234.5", 1, NUM_OK, 12345, "1234.5" },
		{ "\xe2\x88\x92" "12,5", 1, NUM_OK, -125, "-12.5" },
		{ "- 12,5", 1, NUM_OK, -125, NULL },
		{ "-0", 0, NUM_OK, 0, "0" },
		{ "-0,00", 2, NUM_OK, 0, "0.00" },
		{ "-.5", 1, NUM_OK, -5, "-0.5" },
		{ "-,5", 1, NUM_OK, -5, "-0.5" },
		{ "--1", 0, NUM_SYNTAX, 0, "" },
		{ "+-1", 0, NUM_SYNTAX, 0, "" },
		{ "-\xe2\x88\x92" "1", 0, NUM_SYNTAX, 0, "" },
		{ "1-", 0, NUM_SYNTAX, 0, "" },
		{ "1+", 0, NUM_SYNTAX, 0, "" },
		{ "-", 0, NUM_SYNTAX, 0, "" },
		{ "+", 0, NUM_SYNTAX, 0, "" },
		{ "\xe2\x88\x92", 0, NUM_SYNTAX, 0, "" },
		{ "\xe2\x88", 0, NUM_SYNTAX, 0, "" },
		{ "1-2", 0, NUM_SYNTAX, 0, "" },
	};

	(void)state;
	check_cases(c, NELEM(c));
}

static void
parse_drops_euro_prefix_and_percent_suffix(void **state)
{
	static const struct parse_case c[] = {
		{ "€ 1.234.567,89", 2, NUM_OK, 123456789, NULL },
		{ "€1,234,567.89", 2, NUM_OK, 123456789, NULL },
		{ "-€ 1.234,56", 2, NUM_OK, -123456, NULL },
		{ "-€1,234.56", 2, NUM_OK, -123456, NULL },
		{ "€ -12,50", 2, NUM_OK, -1250, NULL },
		{ "- € 12,50", 2, NUM_OK, -1250, NULL },
		{ "€ 12,-", 2, NUM_OK, 1200, NULL },
		{ "12,5 %", 1, NUM_OK, 125, "12.5" },
		{ "12.5%", 1, NUM_OK, 125, NULL },
		{ "+12,3 %", 1, NUM_OK, 123, NULL },
		{ "-12.3%", 1, NUM_OK, -123, NULL },
		{ " 12,5\xc2\xa0%  ", 1, NUM_OK, 125, NULL },
		{ "€ 12 %", 0, NUM_SYNTAX, 0, "" },
		{ "€", 0, NUM_SYNTAX, 0, "" },
		{ "%", 0, NUM_SYNTAX, 0, "" },
		{ "€ %", 0, NUM_SYNTAX, 0, "" },
		{ "12 €", 0, NUM_SYNTAX, 0, "" },
		{ "%12", 0, NUM_SYNTAX, 0, "" },
		{ "12%%", 0, NUM_SYNTAX, 0, "" },
		{ "€€12", 0, NUM_SYNTAX, 0, "" },
		{ "$12", 0, NUM_SYNTAX, 0, "" },
		{ "EUR 12", 0, NUM_SYNTAX, 0, "" },
		{ "12,--", 0, NUM_SYNTAX, 0, "" },
		{ "12.-", 0, NUM_SYNTAX, 0, "" },
		{ ",-", 0, NUM_SYNTAX, 0, "" },
		{ "1,234,-", 0, NUM_SYNTAX, 0, "" },
		{ "1.234.5,-", 0, NUM_SYNTAX, 0, "" },
	};

	(void)state;
	check_cases(c, NELEM(c));
}

static void
parse_allows_blanks_around_and_spaces_between_groups(void **state)
{
	static const struct parse_case c[] = {
		{ "  12  ", 0, NUM_OK, 12, "12" },
		{ "\t12\r\n", 0, NUM_OK, 12, "12" },
		{ "1 234,5", 1, NUM_OK, 12345, "1234.5" },
		{ "1 234.5", 1, NUM_OK, 12345, "1234.5" },
		{ "1 234 567", 0, NUM_OK, 1234567, "1234567" },
		{ "1 234", 0, NUM_OK, 1234, "1234" },
		{ "1 234.567", 3, NUM_OK, 1234567, "1234.567" },
		{ "1\xc2\xa0" "234,5", 1, NUM_OK, 12345, NULL },
		{ "1\xe2\x80\xaf" "234,5", 1, NUM_OK, 12345, NULL },
		{ "1\xe2\x80\x89" "234,5", 1, NUM_OK, 12345, NULL },
		{ "\xc2\xa0" "12\xe2\x80\xaf", 0, NUM_OK, 12, NULL },
		{ "12 34", 0, NUM_SYNTAX, 0, "" },
		{ "1  234", 0, NUM_SYNTAX, 0, "" },
		{ "1\t234", 0, NUM_SYNTAX, 0, "" },
		{ "1 234,5 6", 2, NUM_SYNTAX, 0, "" },
		{ "1 234.567,5", 1, NUM_SYNTAX, 0, "" },
		{ "1 ,5", 1, NUM_SYNTAX, 0, "" },
		{ "1, 5", 1, NUM_SYNTAX, 0, "" },
		{ "0 123", 0, NUM_SYNTAX, 0, "" },
		{ "1234 567", 0, NUM_SYNTAX, 0, "" },
		{ "1\xc2" "234", 0, NUM_SYNTAX, 0, "" },
	};

	(void)state;
	check_cases(c, NELEM(c));
}

static void
parse_reports_blank_input_as_empty(void **state)
{
	static const struct parse_case c[] = {
		{ "", 0, NUM_EMPTY, 0, "" },
		{ " ", 2, NUM_EMPTY, 0, "" },
		{ " \t\r\n\v\f ", 4, NUM_EMPTY, 0, "" },
		{ "\xc2\xa0\xe2\x80\xaf", 1, NUM_EMPTY, 0, "" },
	};
	struct num_parse	 r;

	(void)state;
	check_cases(c, NELEM(c));
	assert_int_equal(num_parse(NULL, 0, &r), NUM_EMPTY);
	assert_int_equal(r.value, 0);
}

static void
parse_reports_malformed_input_as_syntax(void **state)
{
	static const char *const bad[] = {
		"abc", "1e5", "1E5", "0x10", "1..2", "1,,2", "1.,2", "1,.2",
		"12.", "12,", ".", ",", "..5", ".5.", ".5,1", ",5.1",
		"1.2.3", "1.234.5", "1.23.456", "1,234,56", "1234.567.890",
		"12.34.567", "1.2345.678", "0.234.567", "01.234.567",
		"1.234,567.8", "1,234.567,8", "1.2,5", "1,2.5", "1.23,5",
		"1.234.567.8,9", "1,234.567.8", "12 a", "a12", "1 2",
		"∞", "NaN", "inf", "1/2", "½", "1_000", "1'234", "(12)",
		"12-", "1 - 2", "+ + 1", "1.234 ,5", "١٢", "１２",
		"\xff", "1\x01", "1.234'5", "12 %%",
	};
	struct num_parse	 r;
	size_t			 i;
	int			 d;

	(void)state;
	for (i = 0; i < NELEM(bad); i++)
		for (d = 0; d <= NUM_DECIMALS_MAX; d++) {
			if (num_parse(bad[i], d, &r) != NUM_SYNTAX)
				fail_msg("\"%s\" with %d decimals: %s", bad[i],
				    d, errname[r.err]);
			assert_int_equal(r.value, 0);
			assert_string_equal(r.understood, "");
		}
}

static void
parse_calls_one_separator_before_three_digits_ambiguous(void **state)
{
	static const struct parse_case c[] = {
		{ "1.234", 3, NUM_AMBIGUOUS, 0, "1.234 / 1234" },
		{ "1,234", 3, NUM_AMBIGUOUS, 0, "1.234 / 1234" },
		{ "12,500", 1, NUM_AMBIGUOUS, 0, "12.5 / 12500" },
		{ "12.000", 0, NUM_AMBIGUOUS, 0, "12 / 12000" },
		{ "999.999", 4, NUM_AMBIGUOUS, 0, "999.999 / 999999" },
		{ "-1.234", 2, NUM_AMBIGUOUS, 0, "-1.234 / -1234" },
		{ "€ 1.234", 2, NUM_AMBIGUOUS, 0, "1.234 / 1234" },
		{ "1.234 %", 1, NUM_AMBIGUOUS, 0, NULL },
		/* Not ambiguous: no digits before, a leading 0, 4 before, 2
		 * or 4 after, or grouping made explicit another way. */
		{ ".234", 3, NUM_OK, 234, NULL },
		{ "0,125", 3, NUM_OK, 125, NULL },
		{ "0.000", 0, NUM_OK, 0, NULL },
		{ "1234.567", 3, NUM_OK, 1234567, NULL },
		{ "1.23", 2, NUM_OK, 123, NULL },
		{ "1.2345", 4, NUM_OK, 12345, NULL },
		{ "1.234,0", 1, NUM_OK, 12340, NULL },
		{ "1,234.0", 1, NUM_OK, 12340, NULL },
		{ "1.234.000", 0, NUM_OK, 1234000, NULL },
		{ "1.234,-", 0, NUM_OK, 1234, NULL },
		{ "1 234", 0, NUM_OK, 1234, NULL },
	};

	(void)state;
	check_cases(c, NELEM(c));
}

/* The same text means the same thing whatever the indicator's scale. */
static void
parse_ambiguity_does_not_depend_on_decimals(void **state)
{
	static const char *const amb[] = {
		"1.234", "1,234", "12.345", "123,456", "100.000", "9.999",
		"-5.000",
	};
	struct num_parse	 r;
	size_t			 i;
	int			 d;

	(void)state;
	for (i = 0; i < NELEM(amb); i++)
		for (d = 0; d <= NUM_DECIMALS_MAX; d++) {
			assert_int_equal(num_parse(amb[i], d, &r),
			    NUM_AMBIGUOUS);
			assert_int_equal(r.value, 0);
			assert_non_null(strstr(r.understood, " / "));
		}
}

static void
parse_rejects_extra_decimals_but_not_trailing_zeros(void **state)
{
	static const struct parse_case c[] = {
		{ "12,50", 1, NUM_OK, 125, "12.5" },
		{ "12,500000", 1, NUM_OK, 125, "12.5" },
		{ "12,0", 0, NUM_OK, 12, "12" },
		{ "12.00000000000000000000000000", 0, NUM_OK, 12, "12" },
		{ "12,51", 1, NUM_TOO_MANY_DECIMALS, 0, "12.51" },
		{ "12,5", 0, NUM_TOO_MANY_DECIMALS, 0, "12.5" },
		{ "0,00001", 4, NUM_TOO_MANY_DECIMALS, 0, "0.00001" },
		{ "-0,12345000", 4, NUM_TOO_MANY_DECIMALS, 0, "-0.12345" },
		{ "1.234,567", 2, NUM_TOO_MANY_DECIMALS, 0, "1234.567" },
		{ "1,234.5678", 3, NUM_TOO_MANY_DECIMALS, 0, "1234.5678" },
		{ ".05", 1, NUM_TOO_MANY_DECIMALS, 0, "0.05" },
	};
	char		 in[32];
	struct num_parse r;
	int		 d, k;

	(void)state;
	check_cases(c, NELEM(c));
	/* For every scale: d decimals pass, d + 1 do not, unless a zero. */
	for (d = 0; d <= NUM_DECIMALS_MAX; d++) {
		for (k = 1; k <= 6; k++) {
			/* 5 digits before: never ambiguous. */
			snprintf(in, sizeof(in), "12345,%.*s", k, "111111");
			assert_int_equal(num_parse(in, d, &r),
			    k <= d ? NUM_OK : NUM_TOO_MANY_DECIMALS);
			snprintf(in, sizeof(in), "12345,1%.*s", k, "000000");
			assert_int_equal(num_parse(in, d, &r),
			    d >= 1 ? NUM_OK : NUM_TOO_MANY_DECIMALS);
		}
	}
}

static void
parse_scales_by_every_decimals_setting(void **state)
{
	static const int64_t want[] = { 3, 30, 300, 3000, 30000 };
	struct num_parse	 r;
	int			 d;

	(void)state;
	for (d = 0; d <= NUM_DECIMALS_MAX; d++) {
		assert_int_equal(num_parse("3", d, &r), NUM_OK);
		assert_int_equal(r.value, want[d]);
		assert_int_equal(num_parse("-3", d, &r), NUM_OK);
		assert_int_equal(r.value, -want[d]);
	}
	assert_int_equal(num_parse("3,1", 1, &r), NUM_OK);
	assert_int_equal(r.value, 31);
	assert_int_equal(num_parse("3,14", 2, &r), NUM_OK);
	assert_int_equal(r.value, 314);
	assert_int_equal(num_parse("3,1415", 4, &r), NUM_OK);
	assert_int_equal(r.value, 31415);
	assert_int_equal(num_parse("3,14", 4, &r), NUM_OK);
	assert_int_equal(r.value, 31400);
	/* Three decimals after one digit read as thousands too. */
	assert_int_equal(num_parse("3,141", 3, &r), NUM_AMBIGUOUS);
	assert_int_equal(num_parse("3,1410", 3, &r), NUM_OK);
	assert_int_equal(r.value, 3141);
}

/* Put a decimal point d places from the right of a digit string. */
static void
with_point(char *dst, size_t sz, const char *sign, const char *digits, int d)
{
	size_t	 n = strlen(digits);

	if (d == 0)
		snprintf(dst, sz, "%s%s", sign, digits);
	else
		snprintf(dst, sz, "%s%.*s.%s", sign, (int)(n - (size_t)d),
		    digits, digits + n - (size_t)d);
}

static void
parse_accepts_int64_bounds_and_refuses_one_beyond(void **state)
{
	char		 in[64];
	struct num_parse r;
	int		 d;

	(void)state;
	for (d = 0; d <= NUM_DECIMALS_MAX; d++) {
		with_point(in, sizeof(in), "", "9223372036854775807", d);
		assert_int_equal(num_parse(in, d, &r), NUM_OK);
		assert_true(r.value == INT64_MAX);
		with_point(in, sizeof(in), "+", "9223372036854775808", d);
		assert_int_equal(num_parse(in, d, &r), NUM_RANGE);
		assert_int_equal(r.value, 0);
		with_point(in, sizeof(in), "-", "9223372036854775808", d);
		assert_int_equal(num_parse(in, d, &r), NUM_OK);
		assert_true(r.value == INT64_MIN);
		with_point(in, sizeof(in), "-", "9223372036854775809", d);
		assert_int_equal(num_parse(in, d, &r), NUM_RANGE);
		with_point(in, sizeof(in), "", "99999999999999999999", d);
		assert_int_equal(num_parse(in, d, &r), NUM_RANGE);
		/* Room in the digits, none after scaling. */
		assert_int_equal(num_parse("922337203685477581", d, &r),
		    d == 0 ? NUM_OK : NUM_RANGE);
	}
	assert_int_equal(num_parse("9.223.372.036.854.775.807", 0, &r),
	    NUM_OK);
	assert_true(r.value == INT64_MAX);
	assert_string_equal(r.understood, "9223372036854775807");
	assert_int_equal(num_parse("9.223.372.036.854.775.808", 0, &r),
	    NUM_RANGE);
	assert_string_equal(r.understood, "9223372036854775808");
	assert_int_equal(num_parse("-922.337.203.685.477,5808", 4, &r),
	    NUM_OK);
	assert_true(r.value == INT64_MIN);
	assert_string_equal(r.understood, "-922337203685477.5808");
	/* Leading zeros never overflow. */
	assert_int_equal(num_parse("000000000000000000000000000000000001", 4,
	    &r), NUM_OK);
	assert_int_equal(r.value, 10000);
}

static void
parse_shortens_long_readings_and_survives_long_input(void **state)
{
	char		 in[4096];
	struct num_parse r;
	size_t		 i;

	(void)state;
	memset(in, '9', sizeof(in) - 1);
	in[sizeof(in) - 1] = '\0';
	assert_int_equal(num_parse(in, 2, &r), NUM_RANGE);
	assert_int_equal(strlen(r.understood), sizeof(r.understood) - 1);
	assert_string_equal(r.understood + sizeof(r.understood) - 4, "...");

	in[0] = '0';
	in[1] = ',';
	assert_int_equal(num_parse(in, 4, &r), NUM_TOO_MANY_DECIMALS);
	assert_int_equal(strncmp(r.understood, "0.9999", 6), 0);
	assert_string_equal(r.understood + sizeof(r.understood) - 4, "...");

	/* "1.000.000...": far past int64, correctly grouped. */
	in[0] = '1';
	for (i = 1; i + 4 < sizeof(in); i += 4)
		memcpy(in + i, ".000", 4);
	in[i] = '\0';
	assert_int_equal(num_parse(in, 0, &r), NUM_RANGE);
	assert_string_equal(r.understood + sizeof(r.understood) - 4, "...");

	memset(in, '.', sizeof(in) - 1);
	assert_int_equal(num_parse(in, 0, &r), NUM_SYNTAX);
	memset(in, ' ', sizeof(in) - 1);
	assert_int_equal(num_parse(in, 0, &r), NUM_EMPTY);
}

static void
parse_refuses_unsupported_scales(void **state)
{
	struct num_parse	 r;

	(void)state;
	assert_int_equal(num_parse("1", -1, &r), NUM_RANGE);
	assert_int_equal(num_parse("1", 5, &r), NUM_RANGE);
	assert_int_equal(r.value, 0);
	assert_string_equal(r.understood, "");
}

static void
parse_accepts_null_result(void **state)
{
	(void)state;
	assert_int_equal(num_parse("1.234,5", 1, NULL), NUM_OK);
	assert_int_equal(num_parse("1.234", 1, NULL), NUM_AMBIGUOUS);
}

struct fmt_case {
	int64_t		 v;
	int		 decimals;
	const char	*nl, *en, *nl_plain, *en_plain;
};

static void
format_writes_exact_decimals_and_language_separators(void **state)
{
	static const struct fmt_case c[] = {
		{ 12345, 1, "1.234,5", "1,234.5", "1234,5", "1234.5" },
		{ 1234, 0, "1.234", "1,234", "1234", "1234" },
		{ 0, 0, "0", "0", "0", "0" },
		{ 0, 4, "0,0000", "0.0000", "0,0000", "0.0000" },
		{ 5, 2, "0,05", "0.05", "0,05", "0.05" },
		{ -5, 2, "-0,05", "-0.05", "-0,05", "-0.05" },
		{ 999, 0, "999", "999", "999", "999" },
		{ 1000, 0, "1.000", "1,000", "1000", "1000" },
		{ -1000, 0, "-1.000", "-1,000", "-1000", "-1000" },
		{ 123456789, 2, "1.234.567,89", "1,234,567.89",
		    "1234567,89", "1234567.89" },
		/* 3 decimals, whole part 1..999: the plain form adds a 0. */
		{ 100000, 3, "100,000", "100.000", "100,0000", "100.0000" },
		{ 1234, 3, "1,234", "1.234", "1,2340", "1.2340" },
		{ -999999, 3, "-999,999", "-999.999", "-999,9990",
		    "-999.9990" },
		{ 999, 3, "0,999", "0.999", "0,999", "0.999" },
		{ 1000000, 3, "1.000,000", "1,000.000", "1000,000",
		    "1000.000" },
		{ 1234567, 4, "123,4567", "123.4567", "123,4567", "123.4567" },
		{ -999999, 0, "-999.999", "-999,999", "-999999", "-999999" },
		{ INT64_MAX, 0, "9.223.372.036.854.775.807",
		    "9,223,372,036,854,775,807", "9223372036854775807",
		    "9223372036854775807" },
		{ INT64_MIN, 0, "-9.223.372.036.854.775.808",
		    "-9,223,372,036,854,775,808", "-9223372036854775808",
		    "-9223372036854775808" },
		{ INT64_MIN, 4, "-922.337.203.685.477,5808",
		    "-922,337,203,685,477.5808", "-922337203685477,5808",
		    "-922337203685477.5808" },
		{ INT64_MAX, 3, "9.223.372.036.854.775,807",
		    "9,223,372,036,854,775.807", "9223372036854775,807",
		    "9223372036854775.807" },
	};
	char	 buf[64];
	size_t	 i;

	(void)state;
	for (i = 0; i < NELEM(c); i++) {
		assert_int_equal(num_format(buf, sizeof(buf), c[i].v,
		    c[i].decimals, 0), strlen(c[i].nl));
		assert_string_equal(buf, c[i].nl);
		assert_int_equal(num_format(buf, sizeof(buf), c[i].v,
		    c[i].decimals, 1), strlen(c[i].en));
		assert_string_equal(buf, c[i].en);
		assert_int_equal(num_format_plain(buf, sizeof(buf), c[i].v,
		    c[i].decimals, 0), strlen(c[i].nl_plain));
		assert_string_equal(buf, c[i].nl_plain);
		assert_int_equal(num_format_plain(buf, sizeof(buf), c[i].v,
		    c[i].decimals, 1), strlen(c[i].en_plain));
		assert_string_equal(buf, c[i].en_plain);
	}
}

static void
format_truncates_like_snprintf(void **state)
{
	char	 buf[8];

	(void)state;
	memset(buf, 'x', sizeof(buf));
	assert_int_equal(num_format(buf, 5, 123456789, 2, 0), 12);
	assert_string_equal(buf, "1.23");
	assert_int_equal(buf[5], 'x');
	assert_int_equal(num_format(buf, 1, 1, 0, 0), 1);
	assert_string_equal(buf, "");
	assert_int_equal(num_format(NULL, 0, -1234, 0, 1), 6);
	assert_int_equal(num_format_money(buf, sizeof(buf), 123456789, 1, 0),
	    strlen("€ 1.234.567,89"));
	assert_string_equal(buf, "€ 1.2");
	assert_int_equal(num_format_bp(NULL, 0, 1234, 0), 7);
}

static void
format_refuses_unsupported_scales(void **state)
{
	char	 buf[8] = "xxx";

	(void)state;
	assert_int_equal(num_format(buf, sizeof(buf), 1, 5, 0), -1);
	assert_string_equal(buf, "");
	strcpy(buf, "xxx");
	assert_int_equal(num_format_plain(buf, sizeof(buf), 1, -1, 1), -1);
	assert_string_equal(buf, "");
}

static void
format_money_in_both_languages(void **state)
{
	static const struct {
		int64_t		 cents;
		int		 with_cents;
		const char	*nl, *en;
	} c[] = {
		{ 123456789, 0, "€ 1.234.568", "€1,234,568" },
		{ 123456700, 0, "€ 1.234.567", "€1,234,567" },
		{ 123456789, 1, "€ 1.234.567,89", "€1,234,567.89" },
		{ -123400, 0, "-€ 1.234", "-€1,234" },
		{ -123456, 1, "-€ 1.234,56", "-€1,234.56" },
		{ 0, 0, "€ 0", "€0" },
		{ 0, 1, "€ 0,00", "€0.00" },
		{ 5, 1, "€ 0,05", "€0.05" },
		{ 49, 0, "€ 0", "€0" },
		{ 50, 0, "€ 1", "€1" },
		{ -49, 0, "€ 0", "€0" },
		{ -50, 0, "-€ 1", "-€1" },
		{ -150, 0, "-€ 2", "-€2" },
		{ 99999, 0, "€ 1.000", "€1,000" },
		{ INT64_MAX, 1, "€ 92.233.720.368.547.758,07",
		    "€92,233,720,368,547,758.07" },
		{ INT64_MAX, 0, "€ 92.233.720.368.547.758",
		    "€92,233,720,368,547,758" },
		{ INT64_MIN, 0, "-€ 92.233.720.368.547.758",
		    "-€92,233,720,368,547,758" },
		{ INT64_MIN, 1, "-€ 92.233.720.368.547.758,08",
		    "-€92,233,720,368,547,758.08" },
	};
	char	 buf[64];
	size_t	 i;

	(void)state;
	for (i = 0; i < NELEM(c); i++) {
		assert_int_equal(num_format_money(buf, sizeof(buf), c[i].cents,
		    c[i].with_cents, 0), strlen(c[i].nl));
		assert_string_equal(buf, c[i].nl);
		assert_int_equal(num_format_money(buf, sizeof(buf), c[i].cents,
		    c[i].with_cents, 1), strlen(c[i].en));
		assert_string_equal(buf, c[i].en);
	}
}

static void
format_money_with_cents_parses_back(void **state)
{
	static const int64_t v[] = { 0, 1, -1, 99, 100000, 123456789,
	    -123456789, INT64_MAX, INT64_MIN };
	char		 buf[64];
	struct num_parse r;
	size_t		 i;
	int		 en;

	(void)state;
	for (i = 0; i < NELEM(v); i++)
		for (en = 0; en <= 1; en++) {
			num_format_money(buf, sizeof(buf), v[i], 1, en);
			assert_int_equal(num_parse(buf, 2, &r), NUM_OK);
			assert_true(r.value == v[i]);
		}
}

static void
format_bp_signs_and_rounds_to_one_decimal(void **state)
{
	static const struct {
		int64_t		 bp;
		const char	*nl, *en;
	} c[] = {
		{ 1230, "+12,3 %", "+12.3%" },
		{ 1234, "+12,3 %", "+12.3%" },
		{ 1235, "+12,4 %", "+12.4%" },
		{ -1235, "-12,4 %", "-12.4%" },
		{ -1234, "-12,3 %", "-12.3%" },
		{ 0, "0,0 %", "0.0%" },
		{ 4, "0,0 %", "0.0%" },
		{ -4, "0,0 %", "0.0%" },
		{ 5, "+0,1 %", "+0.1%" },
		{ -5, "-0,1 %", "-0.1%" },
		{ 10000, "+100,0 %", "+100.0%" },
		{ 12345678, "+123.456,8 %", "+123,456.8%" },
		{ INT64_MIN, "-92.233.720.368.547.758,1 %",
		    "-92,233,720,368,547,758.1%" },
		{ INT64_MAX, "+92.233.720.368.547.758,1 %",
		    "+92,233,720,368,547,758.1%" },
	};
	char	 buf[64];
	size_t	 i;

	(void)state;
	for (i = 0; i < NELEM(c); i++) {
		assert_int_equal(num_format_bp(buf, sizeof(buf), c[i].bp, 0),
		    strlen(c[i].nl));
		assert_string_equal(buf, c[i].nl);
		assert_int_equal(num_format_bp(buf, sizeof(buf), c[i].bp, 1),
		    strlen(c[i].en));
		assert_string_equal(buf, c[i].en);
	}
}

/*
 * Values for the round-trip: edges, powers of ten and their neighbours,
 * digit patterns, then a deterministic pseudo-random spread over all
 * magnitudes.  Returns how many were written.
 */
static size_t
sample_values(int64_t *v, size_t max)
{
	static const int64_t fixed[] = { 0, 1, 9, 10, 99, 100, 999, 1000,
	    1001, 9999, 12345, 99999, 999999, 1000000, 1234567,
	    INT64_MAX, INT64_MAX - 1, INT64_MIN, INT64_MIN + 1,
	    INT64_MAX / 10, INT64_MAX / 1000, 123456789012345678LL };
	uint64_t	 x = 0x9e3779b97f4a7c15ULL, p = 1;
	int64_t		 j;
	size_t		 n = 0, i;
	int		 k;

	for (i = 0; i < NELEM(fixed) && n + 2 <= max; i++) {
		v[n++] = fixed[i];
		if (fixed[i] != INT64_MIN)
			v[n++] = -fixed[i];
	}
	for (k = 0; k < 19 && n + 4 <= max; k++, p *= 10) {
		v[n++] = (int64_t)p;
		v[n++] = -(int64_t)p;
		v[n++] = (int64_t)p - 1;
		v[n++] = -(int64_t)p + 1;
	}
	for (j = -20000; j <= 20000 && n < max; j++)
		v[n++] = j;
	while (n < max) {
		/* xorshift64*, then a random number of digits kept. */
		x ^= x >> 12;
		x ^= x << 25;
		x ^= x >> 27;
		v[n++] = (int64_t)((x * 0x2545f4914f6cdd1dULL) >>
		    (x % 63));
	}
	return n;
}

#define NSAMPLES	200000

static int64_t samples[NSAMPLES];

static void
round_trip_plain_form_parses_back_in_both_languages(void **state)
{
	char		 buf[64];
	struct num_parse r;
	size_t		 n, i;
	int		 d, en;

	(void)state;
	n = sample_values(samples, NSAMPLES);
	for (i = 0; i < n; i++)
		for (d = 0; d <= NUM_DECIMALS_MAX; d++)
			for (en = 0; en <= 1; en++) {
				num_format_plain(buf, sizeof(buf), samples[i],
				    d, en);
				if (num_parse(buf, d, &r) != NUM_OK ||
				    r.value != samples[i])
					fail_msg("%lld, %d decimals, %s: "
					    "\"%s\" read as %s %lld",
					    (long long)samples[i], d,
					    en ? "en" : "nl", buf,
					    errname[r.err],
					    (long long)r.value);
				/* understood is the English plain form. */
				num_format_plain(buf, sizeof(buf), samples[i],
				    d, 1);
				assert_string_equal(r.understood, buf);
			}
}

/*
 * The grouped form parses back too, except for exactly one family:
 * 1000 <= |v| <= 999999 with 0 decimals prints as "1.234" and with 3
 * decimals as "1,234", which the parser must call ambiguous.  That is why
 * input fields use num_format_plain.
 */
static void
round_trip_grouped_form_parses_back_unless_ambiguous(void **state)
{
	char		 buf[64];
	struct num_parse r;
	size_t		 n, i;
	int		 d, en, amb;
	uint64_t	 m;

	(void)state;
	n = sample_values(samples, NSAMPLES);
	for (i = 0; i < n; i++)
		for (d = 0; d <= NUM_DECIMALS_MAX; d++)
			for (en = 0; en <= 1; en++) {
				m = samples[i] < 0 ? 0 - (uint64_t)samples[i] :
				    (uint64_t)samples[i];
				amb = (d == 0 || d == 3) &&
				    m >= 1000 && m <= 999999;
				num_format(buf, sizeof(buf), samples[i], d,
				    en);
				num_parse(buf, d, &r);
				if (amb ? r.err != NUM_AMBIGUOUS :
				    (r.err != NUM_OK || r.value != samples[i]))
					fail_msg("%lld, %d decimals, %s: "
					    "\"%s\" read as %s %lld",
					    (long long)samples[i], d,
					    en ? "en" : "nl", buf,
					    errname[r.err],
					    (long long)r.value);
			}
}

static void
rescale_up_multiplies_and_detects_overflow(void **state)
{
	int64_t	 out = 42;

	(void)state;
	assert_true(num_rescale(12345, 1, 4, &out));
	assert_int_equal(out, 12345000);
	assert_true(num_rescale(-7, 0, 2, &out));
	assert_int_equal(out, -700);
	assert_true(num_rescale(INT64_MAX, 2, 2, &out));
	assert_true(out == INT64_MAX);
	assert_true(num_rescale(922337203685477580LL, 0, 1, &out));
	assert_int_equal(out, 9223372036854775800LL);
	assert_true(num_rescale(-922337203685477580LL, 0, 1, &out));
	out = 42;
	assert_false(num_rescale(922337203685477581LL, 0, 1, &out));
	assert_false(num_rescale(-922337203685477581LL, 0, 1, &out));
	assert_false(num_rescale(10, 0, 18, &out));
	assert_int_equal(out, 42);
	assert_true(num_rescale(9, 0, 18, &out));
	assert_true(out == 9000000000000000000LL);
	assert_false(num_rescale(1, 0, 19, &out));
	assert_false(num_rescale(1, -1, 0, &out));
	assert_int_equal(out, 9000000000000000000LL);
}

static void
rescale_down_rounds_half_away_from_zero(void **state)
{
	static const struct {
		int64_t	 v;
		int	 from, to;
		int64_t	 want;
	} c[] = {
		{ 12345, 2, 1, 1235 }, { -12345, 2, 1, -1235 },
		{ 12344, 2, 1, 1234 }, { -12344, 2, 1, -1234 },
		{ 12346, 2, 1, 1235 }, { -12346, 2, 1, -1235 },
		{ 1249999, 4, 0, 125 }, { 1250000, 4, 0, 125 },
		{ 1245000, 4, 0, 125 }, { -1245000, 4, 0, -125 },
		{ 4999, 4, 0, 0 }, { 5000, 4, 0, 1 }, { -5000, 4, 0, -1 },
		{ INT64_MAX, 4, 0, 922337203685478LL },
		{ INT64_MIN, 4, 0, -922337203685478LL },
		{ INT64_MAX, 18, 0, 9 }, { INT64_MIN, 18, 0, -9 },
		{ 500000000000000000LL, 18, 0, 1 },
		{ -500000000000000000LL, 18, 0, -1 },
	};
	int64_t	 out;
	size_t	 i;

	(void)state;
	for (i = 0; i < NELEM(c); i++) {
		assert_true(num_rescale(c[i].v, c[i].from, c[i].to, &out));
		if (out != c[i].want)
			fail_msg("rescale %lld %d->%d: %lld, want %lld",
			    (long long)c[i].v, c[i].from, c[i].to,
			    (long long)out, (long long)c[i].want);
	}
}

static void
div_round_rounds_half_away_from_zero_in_every_quadrant(void **state)
{
	static const int64_t c[][3] = {
		{ 7, 2, 4 }, { -7, 2, -4 }, { 7, -2, -4 }, { -7, -2, 4 },
		{ 5, 3, 2 }, { -5, 3, -2 }, { 5, -3, -2 }, { -5, -3, 2 },
		{ 4, 3, 1 }, { -4, 3, -1 }, { 4, -3, -1 }, { -4, -3, 1 },
		{ 1, 2, 1 }, { -1, 2, -1 }, { 1, 3, 0 }, { -1, 3, 0 },
		{ 0, 5, 0 }, { 6, 3, 2 }, { -6, 3, -2 },
		{ INT64_MAX, 1, INT64_MAX }, { INT64_MIN, 1, INT64_MIN },
		{ INT64_MAX, -1, -INT64_MAX }, { INT64_MIN, -1, INT64_MAX },
		{ INT64_MAX, 2, 4611686018427387904LL },
		{ INT64_MIN, 2, -4611686018427387904LL },
		{ INT64_MIN, INT64_MIN, 1 }, { INT64_MAX, INT64_MIN, -1 },
		{ 1, INT64_MIN, 0 }, { INT64_MIN / 2, INT64_MIN, 1 },
		{ INT64_MIN / 2 + 1, INT64_MIN, 0 },
		{ INT64_MAX / 2, INT64_MAX, 0 },
		{ INT64_MAX / 2 + 1, INT64_MAX, 1 }, { 1, 0, 0 },
	};
	size_t	 i;
	int64_t	 got;

	(void)state;
	for (i = 0; i < NELEM(c); i++)
		if ((got = num_div_round(c[i][0], c[i][1])) != c[i][2])
			fail_msg("%lld / %lld: %lld, want %lld",
			    (long long)c[i][0], (long long)c[i][1],
			    (long long)got, (long long)c[i][2]);
}

/* Brute force against a reference over small operands. */
static void
div_round_matches_reference_for_small_operands(void **state)
{
	int64_t	 a, b, want, twice;

	(void)state;
	for (a = -300; a <= 300; a++)
		for (b = -30; b <= 30; b++) {
			if (b == 0)
				continue;
			/* Reference: round(a / b) via 2a/b on magnitudes. */
			twice = (2 * (a < 0 ? -a : a)) / (b < 0 ? -b : b);
			want = (twice + 1) / 2;
			if ((a < 0) != (b < 0))
				want = -want;
			assert_int_equal(num_div_round(a, b), want);
		}
}

static void
mul_div_is_exact_beyond_int64_and_rounds(void **state)
{
	int64_t	 out = 42;

	(void)state;
	/* Intermediate far past int64, result fits. */
	assert_true(num_mul_div(INT64_MAX, INT64_MAX, INT64_MAX, &out));
	assert_true(out == INT64_MAX);
	assert_true(num_mul_div(INT64_MIN, INT64_MIN, INT64_MIN, &out));
	assert_true(out == INT64_MIN);
	assert_true(num_mul_div(INT64_MAX, 3, 4, &out));
	assert_int_equal(out, 6917529027641081855LL);
	assert_true(num_mul_div(4000000000000000000LL, 3, 6, &out));
	assert_int_equal(out, 2000000000000000000LL);
	/* Percentages: 1234 cents * 1250 bp / 10000. */
	assert_true(num_mul_div(1234, 1250, 10000, &out));
	assert_int_equal(out, 154);	/* 154.25 */
	assert_true(num_mul_div(1236, 1250, 10000, &out));
	assert_int_equal(out, 155);	/* 154.5 */
	assert_true(num_mul_div(-1236, 1250, 10000, &out));
	assert_int_equal(out, -155);
	assert_true(num_mul_div(1236, -1250, 10000, &out));
	assert_int_equal(out, -155);
	assert_true(num_mul_div(1236, 1250, -10000, &out));
	assert_int_equal(out, -155);
	assert_true(num_mul_div(-1236, -1250, -10000, &out));
	assert_int_equal(out, -155);
	assert_true(num_mul_div(-1234, 1250, 10000, &out));
	assert_int_equal(out, -154);
	assert_true(num_mul_div(1, 1, 3, &out));
	assert_int_equal(out, 0);
	assert_true(num_mul_div(2, 1, 3, &out));
	assert_int_equal(out, 1);
	assert_true(num_mul_div(0, INT64_MIN, -1, &out));
	assert_int_equal(out, 0);
	/* INT64_MIN / -1 is INT64_MAX + 1: refused, not wrapped. */
	out = 42;
	assert_false(num_mul_div(INT64_MIN, 1, -1, &out));
	assert_false(num_mul_div(INT64_MAX, 2, 1, &out));
	assert_false(num_mul_div(INT64_MIN, INT64_MIN, 1, &out));
	assert_false(num_mul_div(INT64_MAX, INT64_MAX, 2, &out));
	assert_false(num_mul_div(1, 1, 0, &out));
	assert_int_equal(out, 42);
	/* Just fits / just does not, both signs. */
	assert_true(num_mul_div(INT64_MIN, 1, 1, &out));
	assert_true(out == INT64_MIN);
	assert_false(num_mul_div(INT64_MIN, -1, 1, &out));
	assert_true(num_mul_div(INT64_MAX, -1, 1, &out));
	assert_true(out == -INT64_MAX);
}

static void
err_text_speaks_dutch_and_english_for_every_error(void **state)
{
	int	 e, f;

	(void)state;
	for (e = NUM_OK; e <= NUM_RANGE; e++) {
		assert_non_null(num_err_text((enum num_err)e, 0));
		assert_non_null(num_err_text((enum num_err)e, 1));
		assert_true(strcmp(num_err_text((enum num_err)e, 0),
		    num_err_text((enum num_err)e, 1)) != 0);
		for (f = NUM_OK; f < e; f++)
			assert_true(strcmp(num_err_text((enum num_err)e, 0),
			    num_err_text((enum num_err)f, 0)) != 0);
	}
	assert_non_null(strstr(num_err_text(NUM_EMPTY, 0), "getal"));
	assert_non_null(strstr(num_err_text(NUM_EMPTY, 1), "number"));
	assert_non_null(num_err_text((enum num_err)99, 0));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parse_reads_dutch_forms),
		cmocka_unit_test(parse_reads_english_forms),
		cmocka_unit_test(parse_reads_signs_including_unicode_minus),
		cmocka_unit_test(parse_drops_euro_prefix_and_percent_suffix),
		cmocka_unit_test(parse_allows_blanks_around_and_spaces_between_groups),
		cmocka_unit_test(parse_reports_blank_input_as_empty),
		cmocka_unit_test(parse_reports_malformed_input_as_syntax),
		cmocka_unit_test(parse_calls_one_separator_before_three_digits_ambiguous),
		cmocka_unit_test(parse_ambiguity_does_not_depend_on_decimals),
		cmocka_unit_test(parse_rejects_extra_decimals_but_not_trailing_zeros),
		cmocka_unit_test(parse_scales_by_every_decimals_setting),
		cmocka_unit_test(parse_accepts_int64_bounds_and_refuses_one_beyond),
		cmocka_unit_test(parse_shortens_long_readings_and_survives_long_input),
		cmocka_unit_test(parse_refuses_unsupported_scales),
		cmocka_unit_test(parse_accepts_null_result),
		cmocka_unit_test(format_writes_exact_decimals_and_language_separators),
		cmocka_unit_test(format_truncates_like_snprintf),
		cmocka_unit_test(format_refuses_unsupported_scales),
		cmocka_unit_test(format_money_in_both_languages),
		cmocka_unit_test(format_money_with_cents_parses_back),
		cmocka_unit_test(format_bp_signs_and_rounds_to_one_decimal),
		cmocka_unit_test(round_trip_plain_form_parses_back_in_both_languages),
		cmocka_unit_test(round_trip_grouped_form_parses_back_unless_ambiguous),
		cmocka_unit_test(rescale_up_multiplies_and_detects_overflow),
		cmocka_unit_test(rescale_down_rounds_half_away_from_zero),
		cmocka_unit_test(div_round_rounds_half_away_from_zero_in_every_quadrant),
		cmocka_unit_test(div_round_matches_reference_for_small_operands),
		cmocka_unit_test(mul_div_is_exact_beyond_int64_and_rounds),
		cmocka_unit_test(err_text_speaks_dutch_and_english_for_every_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
