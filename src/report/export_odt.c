/*
 * export_odt.c: the report as an ODF text document (.odt) the griffie and
 * the college can edit in LibreOffice or Word: the same content as the PDF
 * (cover, summary, per programme the three W-questions with indicator
 * tables and finance), with real headings (text:h with outline levels),
 * real tables with repeated header rows, and the *voorlopig* mark in the
 * page header of every page when the period is not closed.
 *
 * Every XML part is a template (templates/odt_*.tpl) expanded by the same
 * engine as the pages, in its XML context, so every text is escaped; the
 * container is a zip written with minizip into memory, "mimetype" first
 * and stored, as ODF requires.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <minizip/zip.h>

#include "export.h"
#include "i18n.h"
#include "log.h"
#include "num.h"
#include "tmpl.h"
#include "uom.h"
#include "utf8.h"
#include "when.h"

#define ODT_MIMETYPE	"application/vnd.oasis.opendocument.text"
/* The largest part we write: a report is far smaller (REPORT_TEXT_MAX). */
#define ODT_MAX		(64u * 1024 * 1024)

struct odt {
	const struct report_doc		*doc;
	const struct export_meta	*m;
	int				 en;
	int				 tables;	/* for unique table names */
};

/* ------------------------------------------------------------ the zip */

/* The zip in memory: minizip writes, seeks back and rewrites headers. */
struct odt_mem {
	unsigned char	*s;
	size_t		 len, cap, pos;
	int		 err;
};

static voidpf
odt_mem_open(voidpf opaque, const char *name, int mode)
{
	(void)name;
	(void)mode;
	return opaque;
}

static uLong
odt_mem_read(voidpf opaque, voidpf stream, void *buf, uLong size)
{
	(void)opaque;
	(void)stream;
	(void)buf;
	(void)size;
	return 0;
}

static uLong
odt_mem_write(voidpf opaque, voidpf stream, const void *buf, uLong size)
{
	struct odt_mem	*z = stream;
	unsigned char	*n;
	size_t		 cap;

	(void)opaque;
	if (size > ODT_MAX || z->pos > ODT_MAX - size) {
		z->err = 1;
		return 0;
	}
	if (z->pos + size > z->cap) {
		for (cap = z->cap ? z->cap : 65536; cap < z->pos + size; cap *= 2)
			;
		if ((n = realloc(z->s, cap)) == NULL) {
			z->err = 1;
			return 0;
		}
		z->s = n;
		z->cap = cap;
	}
	memcpy(z->s + z->pos, buf, size);
	z->pos += size;
	if (z->pos > z->len)
		z->len = z->pos;
	return size;
}

static long
odt_mem_tell(voidpf opaque, voidpf stream)
{
	(void)opaque;
	return (long)((struct odt_mem *)stream)->pos;
}

static long
odt_mem_seek(voidpf opaque, voidpf stream, uLong off, int origin)
{
	struct odt_mem	*z = stream;
	size_t		 base;

	(void)opaque;
	switch (origin) {
	case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
	case ZLIB_FILEFUNC_SEEK_CUR: base = z->pos; break;
	case ZLIB_FILEFUNC_SEEK_END: base = z->len; break;
	default: return -1;
	}
	if (off > z->len || base + off > z->len)
		return -1;
	z->pos = base + off;
	return 0;
}

static int
odt_mem_close(voidpf opaque, voidpf stream)
{
	(void)opaque;
	(void)stream;
	return 0;
}

static int
odt_mem_error(voidpf opaque, voidpf stream)
{
	(void)opaque;
	return ((struct odt_mem *)stream)->err;
}

/* The zip's time stamp: the document's own moment, so the same version
 * gives the same bytes. */
static void
odt_zip_time(zip_fileinfo *zi, const char *iso)
{
	unsigned y, mo, d, h = 0, mi = 0, s = 0;

	memset(zi, 0, sizeof(*zi));
	zi->tmz_date.tm_year = 1980;
	zi->tmz_date.tm_mday = 1;
	if (iso == NULL || sscanf(iso, "%4u-%2u-%2uT%2u:%2u:%2u", &y, &mo, &d,
	    &h, &mi, &s) < 3 || y < 1980 || y > 2107 || mo < 1 || mo > 12 ||
	    d < 1 || d > 31 || h > 23 || mi > 59 || s > 59)
		return;
	zi->tmz_date.tm_year = y;
	zi->tmz_date.tm_mon = mo - 1;
	zi->tmz_date.tm_mday = d;
	zi->tmz_date.tm_hour = h;
	zi->tmz_date.tm_min = mi;
	zi->tmz_date.tm_sec = s;
}

static int
odt_zip_add(zipFile zf, const zip_fileinfo *zi, const char *name,
    const char *s, size_t len, int store)
{
	int ok;

	if (zipOpenNewFileInZip(zf, name, zi, NULL, 0, NULL, 0, NULL,
	    store ? 0 : Z_DEFLATED, store ? 0 : Z_DEFAULT_COMPRESSION) != ZIP_OK)
		return 0;
	ok = zipWriteInFileInZip(zf, s, (unsigned)len) == ZIP_OK;
	return zipCloseFileInZip(zf) == ZIP_OK && ok;
}

/* ------------------------------------------------------------ content */

/*
 * text as paragraphs of style `style` into the include `name` of t: a
 * blank line starts a paragraph, a line break stays a line break.
 */
static void
odt_text(struct odt *o, struct tmpl *t, const char *name, const char *style,
    const char *text)
{
	struct tmpl	*inc, *para = NULL, *line;
	const char	*s = text, *e;
	int		 first = 1;

	if (text == NULL || text[0] == '\0')
		return;
	if ((inc = tmpl_include(t, name, "odt_text.tpl", (int)o->m->lang)) ==
	    NULL)
		return;
	while (*s != '\0') {
		if (*s == '\r') {
			s++;
			continue;
		}
		if (*s == '\n') {
			if (s[1] == '\n' || (s[1] == '\r' && s[2] == '\n'))
				para = NULL;	/* a blank line: a new one */
			else if (para != NULL)
				first = 0;
			s++;
			continue;
		}
		if (para == NULL) {
			if ((para = tmpl_section(inc, "PARA")) == NULL)
				return;
			tmpl_set(para, "STYLE", style);
			first = 1;
		}
		for (e = s; *e != '\0' && *e != '\n' && *e != '\r'; e++)
			;
		if ((line = tmpl_section(para, "LINE")) == NULL)
			return;
		if (!first)
			tmpl_show(line, "BR");
		tmpl_setn(line, "TEXT", s, (size_t)(e - s));
		first = 0;
		s = e;
	}
}

/* "● op schema": the status in words, never by colour alone. */
static const char *
odt_status(const struct odt *o, enum status s, char *buf, size_t sz)
{
	const struct status_look *l = status_look(s);

	utf8_snprintf(buf, sz, "%s %s", l->icon, i18n(o->m->lang, l->key));
	return buf;
}

/*
 * src with each space a no-break space, so that a narrow cell wraps
 * between an amount and its percentage, never inside "€ 1.234" or
 * "+1,3 %".  Always NUL-terminated; cut only between characters.
 */
static void
odt_nbsp(char *dst, size_t sz, const char *src)
{
	const char	*rep;
	size_t		 n = 0, k, m;

	if (sz == 0)
		return;
	for (; *src != '\0'; src += k) {
		if (*src == ' ') {
			rep = "\xc2\xa0";
			k = 1;
			m = 2;
		} else {
			/* A whole character: its lead byte and what follows. */
			rep = src;
			for (k = 1; src[k] != '\0' && ((unsigned char)src[k] &
			    0xc0) == 0x80; k++)
				;
			m = k;
		}
		if (n + m >= sz)
			break;
		memcpy(dst + n, rep, m);
		n += m;
	}
	dst[n] = '\0';
}

static const char *
odt_num(const struct odt *o, char *buf, size_t sz, int has, int64_t v,
    int dec)
{
	if (!has)
		return "\xe2\x80\x94";
	num_format(buf, sz, v, dec, o->en);
	return buf;
}

static const char *
odt_money(const struct odt *o, char *buf, size_t sz, int has, int64_t cents)
{
	char	amt[48];

	if (!has)
		return "\xe2\x80\x94";
	num_format_money(amt, sizeof(amt), cents, 0, o->en);
	odt_nbsp(buf, sz, amt);
	return buf;
}

/*
 * "-€ 1.234" and "(-12,3 %) !": the deviation, and on a line of its own
 * its percentage and whether it needs a word (pct "" when there is none).
 */
static const char *
odt_dev(const struct odt *o, char *buf, size_t sz, char *pbuf, size_t psz,
    const struct report_money *m)
{
	char	pct[24], amt[40], p[40];

	pbuf[0] = '\0';
	if (!m->has_deviation)
		return "\xe2\x80\x94";
	num_format_money(amt, sizeof(amt), m->deviation, 0, o->en);
	if (m->has_deviation_bp)
		num_format_bp(pct, sizeof(pct), m->deviation_bp, o->en);
	else
		utf8_snprintf(pct, sizeof(pct), "\xe2\x80\x94");
	odt_nbsp(buf, sz, amt);
	odt_nbsp(p, sizeof(p), pct);
	utf8_snprintf(pbuf, psz, "(%s)%s", p,
	    m->needs_explanation ? "\xc2\xa0!" : "");
	return buf;
}

/*
 * A table into the include `name` of t: column widths (percent of the
 * text width: a style C<n> of odt_content.tpl), the heading row (repeated
 * on every page), the rows through odt_cell().  Returns the include.
 */
static struct tmpl *
odt_table(struct odt *o, struct tmpl *t, const char *name, const int *pct,
    const char *const *heads, const int *num, int n)
{
	struct tmpl	*tb, *c;
	char		 buf[64];
	int		 i;

	if ((tb = tmpl_include(t, name, "odt_table.tpl", (int)o->m->lang)) ==
	    NULL)
		return NULL;
	utf8_snprintf(buf, sizeof(buf), "%s %d", i18n(o->m->lang,
	    "T_ODT_TABLE"), ++o->tables);
	tmpl_set(tb, "NAME", buf);
	for (i = 0; i < n; i++) {
		if ((c = tmpl_section(tb, "COL")) == NULL)
			return NULL;
		utf8_snprintf(buf, sizeof(buf), "C%d", pct[i]);
		tmpl_set(c, "STYLE", buf);
		if ((c = tmpl_section(tb, "HEAD")) == NULL)
			return NULL;
		tmpl_set(c, "PSTYLE", num[i] ? "Table_20_Number_20_Heading" :
		    "Table_20_Heading");
		tmpl_set(c, "TEXT", i18n(o->m->lang, heads[i]));
	}
	return tb;
}

/* A cell of two lines (second NULL or "": one). */
static void
odt_cell2(struct tmpl *row, const char *text, const char *second, int num,
    int bold)
{
	struct tmpl *c, *s;

	if ((c = tmpl_section(row, "CELL")) == NULL)
		return;
	tmpl_set(c, "PSTYLE", num ? (bold ? "Table_20_Total_20_Number" :
	    "Table_20_Number") : (bold ? "Table_20_Total" :
	    "Table_20_Contents"));
	tmpl_set(c, "TEXT", text);
	if (second != NULL && second[0] != '\0' &&
	    (s = tmpl_section(c, "SECOND")) != NULL)
		tmpl_set(s, "TEXT2", second);
}

static void
odt_cell(struct tmpl *row, const char *text, int num, int bold)
{
	odt_cell2(row, text, NULL, num, bold);
}

/* The name of a finance row with "3 van 7 regels gerapporteerd". */
static void
odt_money_name(const struct odt *o, char *buf, size_t sz, const char *name,
    const struct report_money *m)
{
	char note[96];

	(void)export_lines_note(note, sizeof(note), m, o->m->lang);
	utf8_snprintf(buf, sz, "%s%s%s%s", name, note[0] ? " (" : "", note,
	    note[0] ? ")" : "");
}

/* A row of finance: budget, realised, deviation, forecast. */
static void
odt_money_cells(const struct odt *o, struct tmpl *row,
    const struct report_money *m, int bold)
{
	char b[96], p[64];

	/* Like with like: the budget of the reported lines. */
	odt_cell(row, odt_money(o, b, sizeof(b), m->has_realised, m->budget), 1,
	    bold);
	odt_cell(row, odt_money(o, b, sizeof(b), m->has_realised, m->realised),
	    1, bold);
	odt_cell2(row, odt_dev(o, b, sizeof(b), p, sizeof(p), m), p, 1, bold);
	odt_cell(row, odt_money(o, b, sizeof(b), m->has_forecast, m->forecast),
	    1, bold);
}

static void
odt_summary(struct odt *o, struct tmpl *t)
{
	static const int	 pct[] = { 24, 12, 16, 16, 16, 16 };
	static const int	 num[] = { 0, 0, 1, 1, 1, 1 };
	static const char *const heads[] = { "T_PROGRAMME", "T_REPORT_STATUS",
	    "T_REPORT_BUDGET_TO_DATE", "T_REPORT_REALISED_TO_DATE",
	    "T_REPORT_DEVIATION", "T_REPORT_FORECAST_YEAR" };
	const struct report_doc	*d = o->doc;
	struct tmpl		*tb, *row;
	char			 name[512], base[400], w[64];
	size_t			 i;

	if ((tb = odt_table(o, t, "SUMMARY_TABLE", pct, heads, num, 6)) == NULL)
		return;
	for (i = 0; i <= d->programmen; i++) {
		const struct report_money *m = i < d->programmen ?
		    &d->programmes[i].money : &d->money;

		if ((row = tmpl_section(tb, "ROW")) == NULL)
			return;
		if (i < d->programmen) {
			utf8_snprintf(base, sizeof(base), "%d. %s",
			    d->programmes[i].number, d->programmes[i].name);
			odt_money_name(o, name, sizeof(name), base, m);
			odt_cell(row, name, 0, 0);
			odt_cell(row, odt_status(o, d->programmes[i].status, w,
			    sizeof(w)), 0, 0);
		} else {
			odt_money_name(o, name, sizeof(name), i18n(o->m->lang,
			    "T_TOTAL"), m);
			odt_cell(row, name, 0, 1);
			odt_cell(row, odt_status(o, d->status, w, sizeof(w)), 0,
			    1);
		}
		odt_money_cells(o, row, m, i == d->programmen);
	}
}

/* The indicators of an effect or performance, then their explanations. */
static void
odt_indicators(struct odt *o, struct tmpl *t, const char *note,
    const struct report_indicator *v, size_t n)
{
	static const int	 pct[] = { 34, 10, 16, 14, 12, 14 };
	static const int	 num[] = { 0, 0, 1, 1, 1, 0 };
	static const char *const heads[] = { "T_INDICATOR",
	    "T_UNIT_OF_MEASURE", "T_TARGET", "T_REALISED", "T_FORECAST",
	    "T_REPORT_STATUS" };
	struct tmpl		*tb, *row, *s;
	char			 b[320];
	size_t			 i;
	int			 k;

	if (n == 0) {
		tmpl_show(t, "NO_INDICATORS");
		return;
	}
	if ((tb = odt_table(o, t, "TABLE", pct, heads, num, 6)) == NULL)
		return;
	for (i = 0; i < n; i++) {
		if ((row = tmpl_section(tb, "ROW")) == NULL)
			return;
		utf8_snprintf(b, sizeof(b), "%s (%s)", v[i].name, v[i].code);
		odt_cell(row, b, 0, 0);
		odt_cell(row, uom_name(v[i].unit, o->en), 0, 0);
		odt_cell(row, odt_num(o, b, sizeof(b), v[i].has_target,
		    v[i].target, v[i].decimals), 1, 0);
		odt_cell(row, odt_num(o, b, sizeof(b), v[i].has_value,
		    v[i].value, v[i].decimals), 1, 0);
		odt_cell(row, odt_num(o, b, sizeof(b), v[i].has_forecast,
		    v[i].forecast, v[i].decimals), 1, 0);
		odt_cell(row, odt_status(o, v[i].status, b, sizeof(b)), 0, 0);
	}
	for (i = 0; i < n; i++)
		for (k = 0; k < 2; k++) {
			const char *text = k == 0 ? v[i].explanation :
			    v[i].measure;

			if (text[0] == '\0')
				continue;
			if ((s = tmpl_section(t, note)) == NULL)
				return;
			utf8_snprintf(b, sizeof(b), "%s \xe2\x80\x93 %s",
			    v[i].code, i18n(o->m->lang, k == 0 ?
			    "T_EXPLANATION" : "T_MEASURE"));
			tmpl_set(s, "HEAD", b);
			odt_text(o, s, "TEXT", "Note", text);
		}
}

/* The finance of a programme: a row per performance and the total. */
static void
odt_cost(struct odt *o, struct tmpl *t, const struct report_programme *pr)
{
	static const int	 pct[] = { 24, 15, 15, 15, 16, 15 };
	static const int	 num[] = { 0, 1, 1, 1, 1, 1 };
	static const char *const heads[] = { "T_PERFORMANCE",
	    "T_REPORT_YEAR_BUDGET", "T_REPORT_BUDGET_TO_DATE",
	    "T_REPORT_REALISED_TO_DATE", "T_REPORT_DEVIATION",
	    "T_REPORT_FORECAST_YEAR" };
	const struct report_performance *f;
	struct tmpl		*tb, *row, *s;
	char			 name[512], base[400], b[96];
	size_t			 i, j;

	if ((tb = odt_table(o, t, "COST_TABLE", pct, heads, num, 6)) == NULL)
		return;
	for (i = 0; i < pr->effectn; i++)
		for (j = 0; j < pr->effects[i].performancen; j++) {
			f = &pr->effects[i].performances[j];
			if ((row = tmpl_section(tb, "ROW")) == NULL)
				return;
			utf8_snprintf(base, sizeof(base), "%d.%d.%d %s",
			    pr->number, pr->effects[i].number, f->number,
			    f->name);
			odt_money_name(o, name, sizeof(name), base, &f->money);
			odt_cell(row, name, 0, 0);
			odt_cell(row, odt_money(o, b, sizeof(b), 1,
			    f->money.year_budget), 1, 0);
			odt_money_cells(o, row, &f->money, 0);
		}
	if ((row = tmpl_section(tb, "ROW")) == NULL)
		return;
	odt_money_name(o, name, sizeof(name), i18n(o->m->lang, "T_TOTAL"),
	    &pr->money);
	odt_cell(row, name, 0, 1);
	odt_cell(row, odt_money(o, b, sizeof(b), 1, pr->money.year_budget), 1,
	    1);
	odt_money_cells(o, row, &pr->money, 1);
	for (i = 0; i < pr->effectn; i++)
		for (j = 0; j < pr->effects[i].performancen; j++) {
			f = &pr->effects[i].performances[j];
			if (f->explanation[0] == '\0' && f->measure[0] == '\0')
				continue;
			if ((s = tmpl_section(t, "COST_NOTE")) == NULL)
				return;
			utf8_snprintf(name, sizeof(name),
			    "%d.%d.%d %s \xe2\x80\x93 %s", pr->number,
			    pr->effects[i].number, f->number, f->name,
			    i18n(o->m->lang, "T_REPORT_COST_EXPLANATIONS"));
			tmpl_set(s, "HEAD", name);
			odt_text(o, s, "TEXT", "Note", f->explanation);
			/* Explanation and measure: two texts, one note. */
			if (f->measure[0] != '\0') {
				if ((s = tmpl_section(t, "COST_NOTE")) == NULL)
					return;
				utf8_snprintf(name, sizeof(name),
				    "%d.%d.%d %s \xe2\x80\x93 %s", pr->number,
				    pr->effects[i].number, f->number, f->name,
				    i18n(o->m->lang, "T_MEASURE"));
				tmpl_set(s, "HEAD", name);
				odt_text(o, s, "TEXT", "Note", f->measure);
			}
		}
}

static void
odt_programme(struct odt *o, struct tmpl *t, const struct report_programme *pr)
{
	const struct report_effect	*e;
	const struct report_performance	*f;
	struct tmpl			*p, *s;
	char				 b[320], w[64];
	size_t				 i, j;

	if ((p = tmpl_section(t, "PROG")) == NULL)
		return;
	tmpl_set_int(p, "NUMBER", pr->number);
	tmpl_set(p, "NAME", pr->name);
	tmpl_set(p, "HOLDER", pr->portfolio_holder);
	tmpl_set(p, "DIRECTIE", pr->directie);
	tmpl_set(p, "STATUS", odt_status(o, pr->status, w, sizeof(w)));
	odt_text(o, p, "INTRO_TEXT", "Text_20_body", pr->intro);
	odt_text(o, p, "AMBITION_TEXT", "Text_20_body", pr->ambition);
	for (i = 0; i < pr->effectn; i++) {
		e = &pr->effects[i];
		if ((s = tmpl_section(p, "EFFECT")) == NULL)
			return;
		utf8_snprintf(b, sizeof(b), "%d.%d", pr->number, e->number);
		tmpl_set(s, "NUMBER", b);
		tmpl_set(s, "NAME", e->name);
		tmpl_set(s, "STATUS", odt_status(o, e->status, w, sizeof(w)));
		odt_text(o, s, "DESC_TEXT", "Text_20_body", e->description);
		odt_indicators(o, s, "EFFECT_NOTE", e->indicators,
		    e->indicatorn);
	}
	for (i = 0; i < pr->effectn; i++)
		for (j = 0; j < pr->effects[i].performancen; j++) {
			f = &pr->effects[i].performances[j];
			if ((s = tmpl_section(p, "PERF")) == NULL)
				return;
			utf8_snprintf(b, sizeof(b), "%d.%d.%d", pr->number,
			    pr->effects[i].number, f->number);
			tmpl_set(s, "NUMBER", b);
			tmpl_set(s, "NAME", f->name);
			tmpl_set(s, "OWNER", f->owner);
			tmpl_set(s, "STATUS", odt_status(o, f->status, w,
			    sizeof(w)));
			odt_indicators(o, s, "PERF_NOTE", f->indicators,
			    f->indicatorn);
		}
	odt_cost(o, p, pr);
}

/* The cover, the header's marks and what every part shares. */
static void
odt_common(struct odt *o, struct tmpl *t)
{
	const struct report_doc	*d = o->doc;
	char			 key[64], b[512], when[64];
	struct tmpl		*s;

	utf8_snprintf(key, sizeof(key), "T_REPORT_KIND_%s",
	    strcmp(d->kind, "bestuursrapportage") == 0 ?
	    "BESTUURSRAPPORTAGE" : "VOORTGANGSRAPPORTAGE");
	tmpl_set(t, "KIND", i18n(o->m->lang, key));
	tmpl_set(t, "TITLE", d->title);
	tmpl_set(t, "PERIOD", d->period);
	tmpl_set(t, "LANG", o->en ? "en" : "nl");
	tmpl_set(t, "COUNTRY", o->en ? "GB" : "NL");
	tmpl_set(t, "LANG_TAG", o->en ? "en-GB" : "nl-NL");
	tmpl_set(t, "STATUS", odt_status(o, d->status, b, sizeof(b)));
	if (d->provisional) {
		if ((s = tmpl_section(t, "PROVISIONAL")) == NULL)
			return;
		utf8_snprintf(b, sizeof(b), "%s. %s: %lld %s %lld %s.",
		    i18n(o->m->lang, "T_REPORT_PROV_LONG"),
		    i18n(o->m->lang, "T_PROV_WORD"),
		    (long long)d->n_unapproved, i18n(o->m->lang, "T_PROV_OF"),
		    (long long)d->n_figures,
		    i18n(o->m->lang, "T_PROV_NOT_APPROVED"));
		tmpl_set(s, "TEXT", b);
	}
	if (o->m->version > 0) {
		if ((s = tmpl_section(t, "VERSION")) == NULL)
			return;
		tmpl_set_int(s, "NUMBER", o->m->version);
		(void)when_format(when, sizeof(when), o->m->published_at, o->en);
		tmpl_set(s, "AT", when);
		tmpl_set(s, "BY", o->m->published_by);
		tmpl_set(s, "HASH", o->m->hash);
		if (d->audited && (s = tmpl_section(s, "AUDIT")) != NULL) {
			tmpl_set_int(s, "ENTRIES", d->audit_entries);
			tmpl_set(s, "HEAD", d->audit_head);
		}
	} else if ((s = tmpl_section(t, "DRAFT")) != NULL) {
		(void)when_format(when, sizeof(when), o->m->generated_at, o->en);
		tmpl_set(s, "AT", when);
	}
}

/* Expand one part; NULL (logged) on failure. */
static char *
odt_part(struct odt *o, const char *file, size_t *len)
{
	struct tmpl	*t;
	char		*s = NULL, b[128];
	size_t		 i;

	if ((t = tmpl_new()) == NULL)
		return NULL;
	odt_common(o, t);
	if (strcmp(file, "odt_content.tpl") == 0) {
		if (o->doc->intro[0] != '\0') {
			struct tmpl *in = tmpl_section(t, "INTRO");

			if (in != NULL)
				odt_text(o, in, "TEXT", "Text_20_body",
				    o->doc->intro);
		}
		odt_summary(o, t);
		for (i = 0; i < o->doc->programmen; i++)
			odt_programme(o, t, &o->doc->programmes[i]);
	} else if (strcmp(file, "odt_meta.tpl") == 0) {
		utf8_snprintf(b, sizeof(b), "%s %s", o->doc->kind,
		    o->doc->period);
		tmpl_set(t, "SUBJECT", b);
		tmpl_set(t, "AUTHOR", o->m->published_by != NULL &&
		    o->m->published_by[0] != '\0' ? o->m->published_by :
		    "Koers");
		tmpl_set(t, "CREATED", o->m->generated_at);
	}
	s = tmpl_render(file, t, (int)o->m->lang, len);
	if (s == NULL)
		log_err("odt: %s not rendered", file);
	tmpl_free(t);
	return s;
}

/*
 * The report as an .odt.  Returns the bytes (malloc'd) and sets *len;
 * NULL on failure (the templates are not loaded, memory ran out).
 */
char *
export_odt(const struct report_doc *doc, const struct export_meta *m,
    size_t *len)
{
	static const char *const parts[][2] = {
		{ "content.xml", "odt_content.tpl" },
		{ "styles.xml", "odt_styles.tpl" },
		{ "meta.xml", "odt_meta.tpl" },
		{ "META-INF/manifest.xml", "odt_manifest.tpl" },
	};
	struct odt		 o;
	struct odt_mem		 z;
	zlib_filefunc_def	 ff;
	zip_fileinfo		 zi;
	zipFile			 zf;
	char			*s;
	size_t			 i, n;
	int			 ok;

	memset(&o, 0, sizeof(o));
	o.doc = doc;
	o.m = m;
	o.en = m->lang == LANG_EN;
	memset(&z, 0, sizeof(z));
	memset(&ff, 0, sizeof(ff));
	ff.zopen_file = odt_mem_open;
	ff.zread_file = odt_mem_read;
	ff.zwrite_file = odt_mem_write;
	ff.ztell_file = odt_mem_tell;
	ff.zseek_file = odt_mem_seek;
	ff.zclose_file = odt_mem_close;
	ff.zerror_file = odt_mem_error;
	ff.opaque = &z;
	if ((zf = zipOpen2("koers.odt", APPEND_STATUS_CREATE, NULL, &ff)) ==
	    NULL)
		return NULL;
	odt_zip_time(&zi, m->generated_at);
	/* First and stored: a reader knows the type from byte 38 on. */
	ok = odt_zip_add(zf, &zi, "mimetype", ODT_MIMETYPE,
	    strlen(ODT_MIMETYPE), 1);
	for (i = 0; ok && i < sizeof(parts) / sizeof(parts[0]); i++) {
		if ((s = odt_part(&o, parts[i][1], &n)) == NULL) {
			ok = 0;
			break;
		}
		ok = odt_zip_add(zf, &zi, parts[i][0], s, n, 0);
		free(s);
	}
	if (zipClose(zf, NULL) != ZIP_OK)
		ok = 0;
	if (!ok || z.err) {
		free(z.s);
		return NULL;
	}
	*len = z.len;
	return (char *)z.s;
}
