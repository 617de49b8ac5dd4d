/*
 * test_report.c: the report document: figures of an indicator for the
 * period, summaries, canonical JSON that reads back to the same bytes, the
 * comparison of two versions, the CSV, and a published version that stays
 * byte-identical after the figures change.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <expat.h>
#include <minizip/unzip.h>

#include "audit.h"
#include "db.h"
#include "db_period.h"
#include "db_report.h"
#include "demo.h"
#include "export.h"
#include "report.h"
#include "report_build.h"
#include "report_diff.h"
#include "report_json.h"
#include "report_publish.h"
#include "rollup_store.h"
#include "testdb.h"

static struct indicator
ind_of(enum aggregation agg, int cumulative, int decimals, const char *unit)
{
	struct indicator ind;

	memset(&ind, 0, sizeof(ind));
	ind.code = (char *)"T.1";
	ind.name = (char *)"Test";
	ind.unit = (char *)unit;
	ind.weight_name = (char *)"";
	ind.aggregation = agg;
	ind.cumulative = cumulative;
	ind.decimals = decimals;
	ind.direction = DIR_UP;
	ind.tolerance_bp = 1000;
	return ind;
}

static struct report_figure
fig(int64_t unit, int q, int has, int64_t v)
{
	struct report_figure f;

	memset(&f, 0, sizeof(f));
	f.org_unit_id = unit;
	f.quarter = q;
	f.has_value = has;
	f.value = v;
	f.explanation = "";
	f.measure = "";
	f.unit_name = "";
	return f;
}

/* A cumulative sum is year to date; the target is that of the reporters. */
static void
cumulative_sum_is_year_to_date_against_reporting_units(void **state)
{
	struct target		 t[] = {
		{ 1, 2014, 2, 100 }, { 2, 2014, 2, 100 }, { 1, 2014, 0, 200 },
		{ 2, 2014, 0, 200 }
	};
	struct report_figure	 f[] = {
		fig(1, 1, 1, 40), fig(1, 2, 1, 50), fig(2, 1, 0, 0),
		fig(1, 3, 1, 999)
	};
	struct indicator	 ind = ind_of(AGG_SUM, 1, 0, "aantal");
	struct report_indicator	 ri;

	(void)state;
	ind.targets = t;
	ind.targetn = 4;
	assert_true(report_indicator_compute(&ri, &ind, 2014, 2, f, 4));
	assert_true(ri.has_value);
	assert_int_equal(ri.value, 90);		/* Q3 is after the period */
	assert_true(ri.has_target);
	assert_int_equal(ri.target, 100);	/* unit 2 reported nothing */
	assert_int_equal(ri.year_target, 200);
	assert_int_equal(ri.status, STATUS_AT_RISK);	/* 90 of 100, 10 % */
	report_indicator_clear(&ri);
}

/*
 * Issue 13, 2014.02.1.2.1 in 2014-Q3: unit 7 reported Q1 and Q2 only.  The
 * value, the quarter target and the year target all come from the two
 * units that entered Q3, as on the dashboard (rollup_calc()); the report
 * used to show a year target of 3 units beside a quarter target of 2.
 */
static void
year_and_quarter_target_use_the_same_units(void **state)
{
	struct target		 t[] = {
		{ 7, 2014, 0, 4160 }, { 7, 2014, 3, 3120 },
		{ 8, 2014, 0, 3120 }, { 8, 2014, 3, 2340 },
		{ 9, 2014, 0, 2080 }, { 9, 2014, 3, 1560 },
	};
	struct report_figure	 f[] = {
		fig(7, 1, 1, 983), fig(8, 1, 1, 742), fig(9, 1, 1, 538),
		fig(7, 2, 1, 2000), fig(8, 2, 1, 1476), fig(9, 2, 1, 1089),
		fig(8, 3, 1, 2438), fig(9, 3, 1, 1517),
	};
	struct indicator	 ind = ind_of(AGG_SUM, 1, 0, "aantal");
	struct report_indicator	 ri;

	(void)state;
	ind.targets = t;
	ind.targetn = 6;
	assert_true(report_indicator_compute(&ri, &ind, 2014, 3, f, 8));
	assert_true(ri.has_value);
	assert_int_equal(ri.value, 7800);
	assert_true(ri.has_target);
	assert_int_equal(ri.target, 3900);
	assert_true(ri.has_year_target);
	assert_int_equal(ri.year_target, 5200);
	report_indicator_clear(&ri);
}

/*
 * Missing is never zero: no figure is no data, not off track; and with no
 * unit counting there is no target either, "—" as on the dashboard (issue
 * 13: the report showed a target the dashboard did not).
 */
static void
no_figures_is_no_data(void **state)
{
	struct target		 t[] = { { 1, 2014, 2, 100 } };
	struct indicator	 ind = ind_of(AGG_SUM, 0, 0, "aantal");
	struct report_indicator	 ri;

	(void)state;
	ind.targets = t;
	ind.targetn = 1;
	assert_true(report_indicator_compute(&ri, &ind, 2014, 2, NULL, 0));
	assert_false(ri.has_value);
	assert_false(ri.has_target);
	assert_false(ri.has_year_target);
	assert_int_equal(ri.status, STATUS_NO_DATA);
	report_indicator_clear(&ri);
}

/* Explanations of the period's figures are kept, one line per unit. */
static void
explanations_of_the_period_are_collected_per_unit(void **state)
{
	struct report_figure	 f[] = { fig(1, 1, 1, 1), fig(1, 2, 1, 2),
	    fig(2, 2, 1, 3) };
	struct indicator	 ind = ind_of(AGG_SUM, 0, 0, "aantal");
	struct report_indicator	 ri;

	(void)state;
	f[0].explanation = "old quarter";
	f[0].unit_name = "A";
	f[1].explanation = "late";
	f[1].unit_name = "A";
	f[2].measure = "extra staff";
	f[2].unit_name = "B";
	assert_true(report_indicator_compute(&ri, &ind, 2014, 2, f, 3));
	assert_string_equal(ri.explanation, "A: late");
	assert_string_equal(ri.measure, "B: extra staff");
	assert_int_equal(ri.value, 5);
	report_indicator_clear(&ri);
}

static struct report_doc *
small_doc(void)
{
	struct report_doc		*d = calloc(1, sizeof(*d));
	struct report_programme		*p;
	struct report_effect		*e;
	struct report_performance	*f;
	struct report_indicator		*ri;

	assert_non_null(d);
	d->title = report_strdup("Rapportage, \"Q2\"");
	d->kind = report_strdup("voortgangsrapportage");
	d->period = report_strdup("2014-Q2");
	d->intro = report_strdup("Eerste alinea.\n\nTweede alinea.");
	d->year = 2014;
	d->quarter = 2;
	d->threshold_bp = 1000;
	d->threshold_cents = 2500000;
	d->programmen = 1;
	d->programmes = p = calloc(1, sizeof(*p));
	p->number = 1;
	p->name = report_strdup("Jeugd");
	p->portfolio_holder = report_strdup("Wethouder");
	p->directie = report_strdup("Dienstverlening");
	p->ambition = report_strdup("Ambitie");
	p->intro = report_strdup("");
	p->effectn = 1;
	p->effects = e = calloc(1, sizeof(*e));
	e->number = 1;
	e->name = report_strdup("Effect");
	e->description = report_strdup("");
	e->performancen = 1;
	e->performances = f = calloc(1, sizeof(*f));
	f->number = 1;
	f->name = report_strdup("Prestatie");
	f->owner = report_strdup("Team");
	f->explanation = report_strdup("Meer aanvragen,\nmeer kosten");
	f->measure = report_strdup("");
	f->money.has_cost = 1;
	f->money.year_budget = 100000000;
	f->money.budget = 50000000;
	f->money.has_realised = 1;
	f->money.realised = 60000000;
	f->indicatorn = 2;
	f->indicators = ri = calloc(2, sizeof(*ri));
	ri[0].code = report_strdup("A.1");
	ri[0].name = report_strdup("Aanvragen");
	ri[0].unit = report_strdup("aantal");
	ri[0].has_value = ri[0].has_target = 1;
	ri[0].value = 90;
	ri[0].target = 100;
	ri[0].status = STATUS_AT_RISK;
	ri[0].explanation = report_strdup("");
	ri[0].measure = report_strdup("");
	ri[1].code = report_strdup("A.2");
	ri[1].name = report_strdup("Tevredenheid");
	ri[1].unit = report_strdup("%");
	ri[1].decimals = 3;
	ri[1].has_value = ri[1].has_target = 1;
	ri[1].value = 1234;	/* 1.234: written "1.2340" by num_format_plain */
	ri[1].target = 1000;
	ri[1].status = STATUS_ON_TRACK;
	ri[1].explanation = report_strdup("");
	ri[1].measure = report_strdup("");
	assert_true(report_summarise(d));
	return d;
}

/* Summaries: counts merge up the tree; cost deviation against thresholds. */
static void
summaries_count_indicators_and_judge_costs(void **state)
{
	struct report_doc *d = small_doc();

	(void)state;
	assert_int_equal(d->counts.n[STATUS_AT_RISK], 1);
	assert_int_equal(d->counts.n[STATUS_ON_TRACK], 1);
	/* 1 of 2 at risk: a third or more, so at risk. */
	assert_int_equal(d->programmes[0].status, STATUS_AT_RISK);
	assert_true(d->money.has_deviation);
	assert_int_equal(d->money.deviation, 10000000);
	assert_int_equal(d->money.deviation_bp, 2000);
	assert_true(d->money.needs_explanation);
	report_doc_free(d);
}

/*
 * Like with like (docs/rollup-rules.md): a performance without a cost row
 * is a line that has not reported; its year budget counts, its budget to
 * date does not, and the total says "1 van 2 regels gerapporteerd" in
 * the document's JSON (read back the same) and in the exports' note.
 */
static void
summaries_compare_reported_lines_only(void **state)
{
	struct report_doc		*d = small_doc(), *back;
	struct report_effect		*e = &d->programmes[0].effects[0];
	struct report_performance	*f;
	char				*a, note[96];

	(void)state;
	f = realloc(e->performances, 2 * sizeof(*f));
	assert_non_null(f);
	e->performances = f;
	memset(&f[1], 0, sizeof(f[1]));
	f[1].number = 2;
	f[1].name = report_strdup("Zonder kosten");
	f[1].owner = report_strdup("Team");
	f[1].explanation = report_strdup("");
	f[1].measure = report_strdup("");
	f[1].money.year_budget = 40000000;	/* no cost row in the period */
	e->performancen = 2;
	assert_true(report_summarise(d));
	assert_int_equal(d->programmes[0].money.lines, 2);
	assert_int_equal(d->programmes[0].money.lines_reported, 1);
	assert_int_equal(d->programmes[0].money.year_budget, 140000000);
	assert_int_equal(d->programmes[0].money.budget, 50000000);
	assert_int_equal(d->money.deviation, 10000000);	/* not -30,000,000 */
	assert_int_equal(f[1].money.budget, 0);
	assert_int_equal(f[1].money.has_realised, 0);
	assert_int_equal(export_lines_note(note, sizeof(note),
	    &d->programmes[0].money, LANG_NL), 1);
	assert_string_equal(note, "1 van 2 regels gerapporteerd");
	assert_int_equal(export_lines_note(note, sizeof(note),
	    &d->programmes[0].money, LANG_EN), 1);
	assert_string_equal(note, "1 of 2 lines reported");
	assert_int_equal(export_lines_note(note, sizeof(note), &f[1].money,
	    LANG_NL), 1);
	assert_string_equal(note, "niet gerapporteerd");
	assert_int_equal(export_lines_note(note, sizeof(note), &f[0].money,
	    LANG_NL), 0);
	assert_string_equal(note, "");
	assert_non_null(a = report_json_dump(d));
	assert_non_null(back = report_json_parse(a));
	assert_int_equal(back->money.lines, 2);
	assert_int_equal(back->money.lines_reported, 1);
	free(a);
	report_doc_free(back);
	report_doc_free(d);
}

/* The stored JSON reads back into a document that dumps to the same bytes. */
static void
json_round_trips_to_identical_bytes(void **state)
{
	struct report_doc	*d = small_doc(), *back;
	char			*a, *b, ha[65], hb[65];

	(void)state;
	assert_non_null(a = report_json_dump(d));
	assert_non_null(back = report_json_parse(a));
	assert_non_null(b = report_json_dump(back));
	assert_string_equal(a, b);
	assert_true(report_json_hash(a, ha));
	assert_true(report_json_hash(b, hb));
	assert_string_equal(ha, hb);
	assert_int_equal(back->programmes[0].effects[0].performances[0]
	    .indicators[1].value, 1234);
	assert_non_null(strstr(a, "\"value\":\"1.2340\""));
	free(a);
	free(b);
	report_doc_free(back);
	report_doc_free(d);
}

static void
json_parse_refuses_other_documents(void **state)
{
	(void)state;
	assert_null(report_json_parse("{}"));
	assert_null(report_json_parse("not json"));
	assert_null(report_json_parse("{\"format\":\"koers-report/1\"}"));
}

static void
scaled_parser_is_exact(void **state)
{
	int64_t v;

	(void)state;
	assert_true(report_json_scaled("12.5", 1, &v));
	assert_int_equal(v, 125);
	assert_true(report_json_scaled("-0.05", 2, &v));
	assert_int_equal(v, -5);
	assert_true(report_json_scaled("7", 2, &v));
	assert_int_equal(v, 700);
	assert_true(report_json_scaled("1.2340", 3, &v));
	assert_int_equal(v, 1234);
	assert_false(report_json_scaled("1.25", 1, &v));
	assert_false(report_json_scaled("1.", 1, &v));
	assert_false(report_json_scaled("", 1, &v));
	assert_false(report_json_scaled("1e5", 0, &v));
	assert_false(report_json_scaled("99999999999999999999", 0, &v));
}

/* Changing one figure lists exactly that figure (and its status moves). */
static void
diff_lists_exactly_the_changed_figures(void **state)
{
	struct report_doc	*a = small_doc(), *b = small_doc();
	struct report_diff	*d;
	struct report_indicator	*ri;

	(void)state;
	assert_non_null(d = report_diff(a, b));
	assert_int_equal(d->n, 0);
	report_diff_free(d);

	ri = &b->programmes[0].effects[0].performances[0].indicators[0];
	ri->value = 95;
	free(b->programmes[0].intro);
	b->programmes[0].intro = report_strdup("Nieuw");
	assert_non_null(d = report_diff(a, b));
	assert_int_equal(d->n, 2);
	assert_int_equal(d->v[0].kind, REPORT_CHANGE_TEXT);
	assert_string_equal(d->v[0].field, "intro");
	assert_string_equal(d->v[0].new_value, "Nieuw");
	assert_int_equal(d->v[1].kind, REPORT_CHANGE_FIGURE);
	assert_string_equal(d->v[1].code, "A.1");
	assert_string_equal(d->v[1].field, "value");
	assert_string_equal(d->v[1].old_value, "90");
	assert_string_equal(d->v[1].new_value, "95");
	report_diff_free(d);

	ri->status = STATUS_ON_TRACK;
	b->programmes[0].effects[0].performances[0].money.has_realised = 0;
	assert_non_null(d = report_diff(a, b));
	assert_int_equal(d->n, 4);
	assert_string_equal(d->v[1].field, "realised");
	assert_string_equal(d->v[1].old_value, "600000.00");
	assert_string_equal(d->v[1].new_value, "");
	assert_int_equal(d->v[3].kind, REPORT_CHANGE_STATUS);
	assert_string_equal(d->v[3].old_value, "at_risk");
	assert_string_equal(d->v[3].new_value, "on_track");
	report_diff_free(d);
	report_doc_free(a);
	report_doc_free(b);
}

/* RFC 4180: header, CRLF, quoted fields with doubled quotes. */
static void
csv_quotes_what_needs_quoting(void **state)
{
	struct report_doc	*d = small_doc();
	char			*csv;
	size_t			 len;

	(void)state;
	assert_non_null(csv = export_csv(d, &len));
	assert_int_equal(strlen(csv), len);
	assert_memory_equal(csv, "period,programme_number,programme,", 34);
	assert_non_null(strstr(csv, "\r\n2014-Q2,1,Jeugd,1,Effect,1,"
	    "Prestatie,Team,performance_indicator,A.1,Aanvragen,aantal,100,,"
	    "90,,,,at_risk,,,,,,,,,,,,,\r\n"));
	assert_non_null(strstr(csv, ",EUR,500000.00,1000000.00,600000.00,,"
	    "100000.00,20.00,at_risk,true,\"Meer aanvragen,\nmeer kosten\",,1,1,"
	    ",,,,,,,\r\n"));
	free(csv);
	report_doc_free(d);
}

/*
 * Issue 13: the CSV says how many cost lines a total is over, as the page
 * and the PDF do: "niet gerapporteerd" on a line without realisation,
 * "n van m regels gerapporteerd" on the programme's and the report's total
 * rows, in the language asked for.
 */
static void
csv_says_how_many_lines_reported(void **state)
{
	struct report_doc		*d = small_doc();
	struct report_performance	*f;
	struct report_money		*g;
	char				*csv;
	size_t				 len;

	(void)state;
	f = &d->programmes[0].effects[0].performances[0];
	f->money.lines = 1;
	f->money.lines_reported = 0;
	f->money.has_realised = 0;
	f->money.has_deviation = 0;
	f->money.has_deviation_bp = 0;
	g = &d->programmes[0].money;
	g->year_budget = 300000000;
	g->lines = 3;
	g->lines_reported = 2;
	d->money = *g;
	assert_non_null(csv = export_csv(d, &len));
	assert_non_null(strstr(csv, ",measure,lines,lines_reported,reported,"
	    "programme_lasten_primitief,"));
	assert_non_null(strstr(csv, ",1,0,niet gerapporteerd,,,,,,,\r\n"));
	assert_non_null(strstr(csv, "\r\n2014-Q2,1,Jeugd,,,,,,programme_total,,"
	    "Totaal,EUR,"));
	assert_non_null(strstr(csv, ",3000000.00,"));
	assert_non_null(strstr(csv, ",3,2,2 van 3 regels gerapporteerd,,,,,,,\r\n"));
	assert_non_null(strstr(csv, "\r\n2014-Q2,,,,,,,,total,,Totaal,EUR,"));
	free(csv);
	assert_non_null(csv = export_csv_lang(d, LANG_EN, &len));
	assert_non_null(strstr(csv, ",1,0,not reported,,,,,,,\r\n"));
	assert_non_null(strstr(csv, ",3,2,2 of 3 lines reported,,,,,,,\r\n"));
	assert_non_null(strstr(csv, ",total,,Total,EUR,"));
	free(csv);
	report_doc_free(d);
}

/*
 * A published version carries the audit log's head of its moment (the
 * newest entry's id and hash), in its stored JSON and so in every export
 * made from it: an outside copy of the chain.
 */
static void
published_version_carries_the_audit_head(void **state)
{
	struct db		*db;
	struct period		 per;
	struct report_version	*v1;
	struct report_doc	*d1, *d2;
	struct audit_entry	 who = { 0, "griffie", "test", "", "", "",
	    "", "" };
	struct audit_entry	 e = { 0, "x", "cli", "test", "", "", "", "" };
	char			 path[64], head[65];
	int64_t			 id, n;
	int			 version;

	(void)state;
	assert_non_null(db = testdb_new(path, sizeof(path)));
	assert_true(demo_create(db, 1));
	assert_true(audit_append(db, &e));
	assert_true(db_period_get_by_name(db, "2014-Q2", &per));
	assert_int_equal(db_report_insert(db, per.id, "voortgangsrapportage",
	    "VR 2014-Q2", 0, &id), DB_OK);
	assert_true(audit_head(db, &n, head));
	assert_int_equal(strlen(head), 64);
	assert_int_equal(report_publish(db, id, &who, 1, &version), REPORT_PUB_OK);
	assert_non_null(v1 = db_report_version_get(db, id, 1));
	assert_non_null(strstr(v1->content, head));
	assert_non_null(d1 = report_publish_load(db, id, 1, NULL));
	assert_true(d1->audited);
	assert_int_equal(d1->audit_entries, n);
	assert_string_equal(d1->audit_head, head);
	/* The next version sees the first one's publish entry. */
	assert_int_equal(report_publish(db, id, &who, 1, &version), REPORT_PUB_OK);
	assert_non_null(d2 = report_publish_load(db, id, 2, NULL));
	assert_int_equal(d2->audit_entries, n + 1);
	assert_string_not_equal(d2->audit_head, head);
	report_doc_free(d1);
	report_doc_free(d2);
	db_report_version_free(v1);
	testdb_free(db, path);
}

/*
 * A title whose cut in a fixed buffer (the footer's) falls inside a
 * character, at every offset of every character width: the PDF (and the
 * XLSX) of a published version still export.
 */
static void
pdf_exports_whatever_byte_a_multibyte_title_is_cut_at(void **state)
{
	static const char *const chars[] = {
		"\xc3\xa9", "\xe2\x82\xac", "\xf0\x9d\x84\x9e"
	};
	struct report_doc	*d = small_doc();
	struct export_meta	 m;
	char			 title[600], *out;
	size_t			 c, k, i, n, len;

	(void)state;
	memset(&m, 0, sizeof(m));
	m.version = 1;
	m.published_at = "2014-10-20T10:00:00Z";
	m.published_by = "Bea";
	m.hash = "00";
	m.generated_at = "2014-10-20T10:00:00Z";
	for (c = 0; c < 3; c++)
		for (k = 0; k < 4; k++) {
			memset(title, 'x', k);
			n = k;
			for (i = 0; n + 4 < 200; i++) {
				memcpy(title + n, chars[c], strlen(chars[c]));
				n += strlen(chars[c]);
			}
			title[n] = '\0';
			free(d->title);
			d->title = report_strdup(title);
			out = export_pdf(d, &m, &len);
			assert_non_null(out);
			assert_true(len > 1000);
			free(out);
		}
	report_doc_free(d);
}

/* 1 when every XML part of the zip at path is well-formed (expat). */
static int
xlsx_well_formed(const char *path)
{
	unzFile		 z;
	unz_file_info	 info;
	char		 name[256], buf[65536];
	XML_Parser	 xp;
	int		 n, ok = 1, parts = 0, rc;

	if ((z = unzOpen(path)) == NULL)
		return 0;
	for (rc = unzGoToFirstFile(z); rc == UNZ_OK && ok;
	    rc = unzGoToNextFile(z)) {
		if (unzGetCurrentFileInfo(z, &info, name, sizeof(name), NULL, 0,
		    NULL, 0) != UNZ_OK || unzOpenCurrentFile(z) != UNZ_OK) {
			ok = 0;
			break;
		}
		xp = XML_ParserCreate(NULL);
		while ((n = unzReadCurrentFile(z, buf, sizeof(buf))) > 0)
			if (XML_Parse(xp, buf, n, 0) != XML_STATUS_OK) {
				fprintf(stderr, "%s: %s\n", name, XML_ErrorString(
				    XML_GetErrorCode(xp)));
				ok = 0;
				break;
			}
		if (ok && XML_Parse(xp, buf, 0, 1) != XML_STATUS_OK)
			ok = 0;
		XML_ParserFree(xp);
		unzCloseCurrentFile(z);
		parts++;
	}
	unzClose(z);
	return ok && parts > 3;
}

/*
 * Texts stored with control characters before they were refused (title,
 * publisher's display name, explanations): the XLSX is still valid XML.
 */
static void
xlsx_stays_valid_xml_with_control_characters_stored_earlier(void **state)
{
	struct report_doc		*d = small_doc();
	struct report_performance	*f;
	struct export_meta		 m;
	char				 path[64], *out;
	size_t				 len;
	FILE				*fp;
	int				 fd;

	(void)state;
	f = &d->programmes[0].effects[0].performances[0];
	free(d->title);
	d->title = report_strdup("Rapportage\x01 2014\x0b-Q2");
	free(f->explanation);
	f->explanation = report_strdup("Rood\x1b[31m en \x7f klaar");
	free(d->programmes[0].name);
	d->programmes[0].name = report_strdup("Jeugd\x02");
	memset(&m, 0, sizeof(m));
	m.version = 1;
	m.published_at = "2014-10-20T10:00:00Z";
	m.published_by = "Bea\x07";
	m.hash = "00";
	m.generated_at = "2014-10-20T10:00:00Z";
	assert_non_null(out = export_xlsx(d, &m, &len));
	snprintf(path, sizeof(path), "/tmp/koers-xlsx-XXXXXX");
	assert_true((fd = mkstemp(path)) >= 0);
	assert_non_null(fp = fdopen(fd, "wb"));
	assert_int_equal(fwrite(out, 1, len, fp), len);
	fclose(fp);
	free(out);
	assert_true(xlsx_well_formed(path));
	unlink(path);
	report_doc_free(d);
}

/* Every text cell that a spreadsheet would run is neutralised; numbers not. */
static void
csv_neutralises_formulas_in_every_text_cell(void **state)
{
	struct report_doc		*d = small_doc();
	struct report_performance	*f;
	char				*csv;
	size_t				 len;

	(void)state;
	f = &d->programmes[0].effects[0].performances[0];
	free(f->explanation);
	free(f->measure);
	free(f->owner);
	free(f->indicators[0].explanation);
	free(f->indicators[0].measure);
	free(f->indicators[0].name);
	f->explanation = report_strdup("=HYPERLINK(\"http://x\",\"klik\")");
	f->measure = report_strdup("@SUM(1+1)*cmd|' /C calc'!A0");
	f->owner = report_strdup("+cmd|' /C calc'!A0");
	f->indicators[0].explanation = report_strdup("-2+3");
	f->indicators[0].measure = report_strdup("\t=1");
	f->indicators[0].name = report_strdup("=1+1");
	f->money.realised = -60000000;
	assert_non_null(csv = export_csv(d, &len));
	assert_non_null(strstr(csv, ",\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\","));
	assert_non_null(strstr(csv, ",'@SUM(1+1)*cmd|' /C calc'!A0,1,1,,,,,,,,\r\n"));
	assert_non_null(strstr(csv, ",'+cmd|' /C calc'!A0,"));
	assert_non_null(strstr(csv, ",'=1+1,"));
	assert_non_null(strstr(csv, ",'-2+3,'\t=1,,,,,,,,,,\r\n"));
	/* A negative amount is a number, written as it is. */
	assert_non_null(strstr(csv, ",-600000.00,"));
	assert_null(strstr(csv, ",="));
	assert_null(strstr(csv, ",@"));
	assert_null(strstr(csv, ",+"));
	free(csv);
	report_doc_free(d);
}

/*
 * On the demo municipality: a published version is stored with its hash,
 * reads back byte-identical after a figure changes, and a new version
 * shows the change.
 */
static void
published_version_is_frozen_when_figures_change(void **state)
{
	struct db		*db;
	struct period		 per;
	struct report_version	*v1, *v1b;
	struct report_doc	*d1, *d2;
	struct report_diff	*df;
	struct audit_entry	 who = { 0, "griffie", "test", "", "", "",
	    "", "" };
	char			 path[64], hash[65], *csv1, *csv1b;
	size_t			 l1, l1b, i;
	int64_t			 id;
	int			 version, found = 0;

	(void)state;
	assert_non_null(db = testdb_new(path, sizeof(path)));
	assert_true(demo_create(db, 1));
	assert_true(rollup_store_rebuild(db));
	assert_true(db_period_get_by_name(db, "2014-Q2", &per));
	assert_int_equal(db_report_insert(db, per.id, "voortgangsrapportage",
	    "VR 2014-Q2", 0, &id), DB_OK);
	assert_int_equal(report_publish(db, id, &who, 1, &version), REPORT_PUB_OK);
	assert_int_equal(version, 1);
	assert_non_null(v1 = db_report_version_get(db, id, 1));
	assert_true(report_json_hash(v1->content, hash));
	assert_string_equal(hash, v1->hash);
	assert_non_null(d1 = report_publish_load(db, id, 1, NULL));
	assert_non_null(csv1 = export_csv(d1, &l1));

	/* The frozen row refuses changes. */
	assert_int_not_equal(testdb_exec(db, "UPDATE report_version"
	    " SET content = '{}' WHERE report_id = 1"), 1);
	/* A figure of that period changes. */
	assert_int_equal(testdb_exec(db, "UPDATE figure SET value = value + 7"
	    " WHERE id = (SELECT f.id FROM figure f JOIN period p"
	    " ON p.id = f.period_id JOIN indicator i ON i.id = f.indicator_id"
	    " WHERE p.year = 2014 AND p.quarter = 2 AND i.cumulative = 0"
	    " AND i.aggregation = 'sum' AND f.value IS NOT NULL"
	    " ORDER BY f.id LIMIT 1)"), 1);
	/* What a figure save does in its transaction (raw SQL does not). */
	assert_true(rollup_store_rebuild(db));

	assert_non_null(v1b = db_report_version_get(db, id, 1));
	assert_string_equal(v1->content, v1b->content);
	report_doc_free(d1);
	assert_non_null(d1 = report_publish_load(db, id, 1, NULL));
	assert_non_null(csv1b = export_csv(d1, &l1b));
	assert_int_equal(l1, l1b);
	assert_memory_equal(csv1, csv1b, l1);

	assert_int_equal(report_publish(db, id, &who, 1, &version), REPORT_PUB_OK);
	assert_int_equal(version, 2);
	assert_non_null(d2 = report_publish_load(db, id, 2, NULL));
	assert_non_null(df = report_diff(d1, d2));
	for (i = 0; i < df->n; i++)
		if (df->v[i].kind == REPORT_CHANGE_FIGURE) {
			assert_string_equal(df->v[i].field, "value");
			found++;
		}
	assert_int_equal(found, 1);
	report_diff_free(df);
	report_doc_free(d1);
	report_doc_free(d2);
	free(csv1);
	free(csv1b);
	db_report_version_free(v1);
	db_report_version_free(v1b);
	testdb_free(db, path);
}

/* A draft built twice from unchanged figures is the same document. */
static void
draft_build_is_deterministic(void **state)
{
	struct db		*db;
	struct period		 per;
	struct report_doc	*a, *b;
	char			 path[64], *ja, *jb;

	(void)state;
	assert_non_null(db = testdb_new(path, sizeof(path)));
	assert_true(demo_create(db, 1));
	assert_true(rollup_store_rebuild(db));
	assert_true(db_period_get_by_name(db, "2014-Q3", &per));
	assert_non_null(a = report_build(db, per.id, 0));
	assert_non_null(b = report_build(db, per.id, 0));
	assert_true(a->programmen >= 9);
	assert_non_null(ja = report_json_dump(a));
	assert_non_null(jb = report_json_dump(b));
	assert_string_equal(ja, jb);
	free(ja);
	free(jb);
	report_doc_free(a);
	report_doc_free(b);
	testdb_free(db, path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(cumulative_sum_is_year_to_date_against_reporting_units),
		cmocka_unit_test(year_and_quarter_target_use_the_same_units),
		cmocka_unit_test(no_figures_is_no_data),
		cmocka_unit_test(explanations_of_the_period_are_collected_per_unit),
		cmocka_unit_test(summaries_count_indicators_and_judge_costs),
		cmocka_unit_test(summaries_compare_reported_lines_only),
		cmocka_unit_test(json_round_trips_to_identical_bytes),
		cmocka_unit_test(json_parse_refuses_other_documents),
		cmocka_unit_test(scaled_parser_is_exact),
		cmocka_unit_test(diff_lists_exactly_the_changed_figures),
		cmocka_unit_test(csv_quotes_what_needs_quoting),
		cmocka_unit_test(csv_neutralises_formulas_in_every_text_cell),
		cmocka_unit_test(csv_says_how_many_lines_reported),
		cmocka_unit_test(pdf_exports_whatever_byte_a_multibyte_title_is_cut_at),
		cmocka_unit_test(xlsx_stays_valid_xml_with_control_characters_stored_earlier),
		cmocka_unit_test(published_version_is_frozen_when_figures_change),
		cmocka_unit_test(published_version_carries_the_audit_head),
		cmocka_unit_test(draft_build_is_deterministic),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
