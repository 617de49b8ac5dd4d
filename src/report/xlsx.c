/* xlsx.c: read the first worksheet of an .xlsx file (see xlsx.h). */
#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <minizip/unzip.h>

#include "entry.h"
#include "xlsx.h"

/* Largest XML part we inflate: a hostile zip may claim anything. */
#define XLSX_MAX_PART	(64u * 1024 * 1024)

/*
 * The shared strings.  The strings themselves go to t->shared (the table
 * owns them, and cells borrow them: a string referenced by 200.000 cells is
 * kept once); here only their lengths.
 */
struct xlsx_sst {
	size_t		*len;
	size_t		 cap;
};

struct xlsx_ctx {
	struct xlsx_sst	*sst;
	struct csv_table *t;
	/* the text being collected */
	char		*text;
	size_t		 tlen, tcap;
	int		 in_text;	/* inside <t> (strings) or <v>/<t> (cells) */
	int		 depth_si;
	/* the cell being read */
	int		 in_cell;
	char		 type[16];
	long		 col;
	long		 next_col;
	int		 failed;
	enum csv_err	 err;
};

static void
xlsx_text_add(struct xlsx_ctx *c, const char *s, int len)
{
	char	*nb;
	size_t	 cap;

	if (c->failed || len <= 0)
		return;
	if (c->tlen + (size_t)len + 1 > CSV_MAX_CELL) {
		c->failed = 1;
		c->err = CSV_ELIMIT;
		return;
	}
	if (c->tlen + (size_t)len + 1 > c->tcap) {
		cap = c->tcap ? c->tcap * 2 : 256;
		while (cap < c->tlen + (size_t)len + 1)
			cap *= 2;
		if ((nb = realloc(c->text, cap)) == NULL) {
			c->failed = 1;
			c->err = CSV_ENOMEM;
			return;
		}
		c->text = nb;
		c->tcap = cap;
	}
	memcpy(c->text + c->tlen, s, (size_t)len);
	c->tlen += (size_t)len;
	c->text[c->tlen] = '\0';
}

static const char *
xlsx_attr(const char **a, const char *name)
{
	for (; a != NULL && a[0] != NULL; a += 2)
		if (strcmp(a[0], name) == 0)
			return a[1];
	return NULL;
}

static void XMLCALL
xlsx_chars(void *ud, const char *s, int len)
{
	struct xlsx_ctx *c = ud;

	if (c->in_text)
		xlsx_text_add(c, s, len);
}

/* sharedStrings.xml: <si> ... <t>text</t> ... </si>, runs concatenated. */
static void XMLCALL
xlsx_sst_start(void *ud, const char *name, const char **a)
{
	struct xlsx_ctx *c = ud;

	(void)a;
	if (strcmp(name, "si") == 0) {
		c->depth_si = 1;
		c->tlen = 0;
		if (c->text != NULL)
			c->text[0] = '\0';
	} else if (strcmp(name, "t") == 0 && c->depth_si)
		c->in_text = 1;
}

static void XMLCALL
xlsx_sst_end(void *ud, const char *name)
{
	struct xlsx_ctx	*c = ud;
	struct xlsx_sst	*sst = c->sst;
	struct csv_table *t = c->t;
	char		**nv;
	size_t		*nl, cap;

	if (strcmp(name, "t") == 0)
		c->in_text = 0;
	else if (strcmp(name, "si") == 0 && !c->failed) {
		c->depth_si = 0;
		if (t->sharedn >= CSV_MAX_ROWS * 4) {
			c->failed = 1;
			c->err = CSV_ELIMIT;
			return;
		}
		/* The strings count towards the table's total as well. */
		if (t->total + c->tlen + 1 > CSV_MAX_TOTAL) {
			c->failed = 1;
			c->err = CSV_ETOTAL;
			return;
		}
		if (t->sharedn == sst->cap) {
			cap = sst->cap ? sst->cap * 2 : 64;
			if ((nv = realloc(t->shared, cap * sizeof(*nv))) == NULL) {
				c->failed = 1;
				c->err = CSV_ENOMEM;
				return;
			}
			t->shared = nv;
			if ((nl = realloc(sst->len, cap * sizeof(*nl))) == NULL) {
				c->failed = 1;
				c->err = CSV_ENOMEM;
				return;
			}
			sst->len = nl;
			sst->cap = cap;
		}
		if ((t->shared[t->sharedn] = strndup(c->text ? c->text : "",
		    c->tlen)) == NULL) {
			c->failed = 1;
			c->err = CSV_ENOMEM;
			return;
		}
		sst->len[t->sharedn++] = c->tlen;
		t->total += c->tlen + 1;
	}
}

/* "BC12" -> column 54 (0-based); -1 when not a reference. */
static long
xlsx_col(const char *r)
{
	long	col = 0;
	int	n = 0;

	for (; r != NULL && *r >= 'A' && *r <= 'Z'; r++, n++) {
		col = col * 26 + (*r - 'A' + 1);
		if (n > 3)
			return -1;
	}
	return n == 0 ? -1 : col - 1;
}

static void
xlsx_fail(struct xlsx_ctx *c, enum csv_err e)
{
	c->failed = 1;
	c->err = e;
}

static void XMLCALL
xlsx_sheet_start(void *ud, const char *name, const char **a)
{
	struct xlsx_ctx	*c = ud;
	const char	*v;

	if (c->failed)
		return;
	if (strcmp(name, "row") == 0) {
		v = xlsx_attr(a, "r");
		if (!csv_table_add_row(c->t, v ? (size_t)strtoul(v, NULL, 10) :
		    c->t->n + 1))
			xlsx_fail(c, c->t->n >= CSV_MAX_ROWS ? CSV_ELIMIT :
			    CSV_ENOMEM);
		c->next_col = 0;
	} else if (strcmp(name, "c") == 0 && c->t->n > 0) {
		c->in_cell = 1;
		c->tlen = 0;
		if (c->text != NULL)
			c->text[0] = '\0';
		v = xlsx_attr(a, "t");
		snprintf(c->type, sizeof(c->type), "%s", v ? v : "n");
		c->col = xlsx_col(xlsx_attr(a, "r"));
		if (c->col < 0)
			c->col = c->next_col;
		if (c->col >= CSV_MAX_COLS)
			xlsx_fail(c, CSV_ELIMIT);
	} else if (c->in_cell && (strcmp(name, "v") == 0 ||
	    strcmp(name, "t") == 0))
		c->in_text = 1;
}

/*
 * A number as Excel stores it, made unambiguous for num_parse: a single
 * '.' followed by exactly three digits after one to three digits could be
 * read as thousands, so it gets a fourth decimal zero ("1.234" ->
 * "1.2340"), which means the same.
 */
static void
xlsx_number(char *s, size_t cap)
{
	char	*dot = strchr(s, '.');
	size_t	 len = strlen(s);

	if (dot != NULL && strlen(dot + 1) == 3 && len + 2 <= cap)
		strcat(s, "0");
}

static void XMLCALL
xlsx_sheet_end(void *ud, const char *name)
{
	struct xlsx_ctx	*c = ud;
	char		 num[64];
	const char	*val;
	unsigned long	 ix;
	char		*end;
	size_t		 vlen;
	int		 shared = 0;

	if (strcmp(name, "v") == 0 || strcmp(name, "t") == 0) {
		c->in_text = 0;
		return;
	}
	if (strcmp(name, "c") != 0 || !c->in_cell || c->failed)
		return;
	c->in_cell = 0;
	val = c->text != NULL ? c->text : "";
	if (strcmp(c->type, "s") == 0) {
		ix = strtoul(val, &end, 10);
		if (*val == '\0' || *end != '\0' || ix >= c->t->sharedn) {
			xlsx_fail(c, CSV_EQUOTE);
			return;
		}
		val = c->t->shared[ix];
		vlen = c->sst->len[ix];
		shared = 1;
	} else if (strcmp(c->type, "n") == 0) {
		snprintf(num, sizeof(num), "%s", val);
		xlsx_number(num, sizeof(num));
		val = num;
	}
	if (!shared)
		vlen = strlen(val);
	/* Empty cells for the columns skipped. */
	while (c->next_col < c->col)
		if (!csv_table_add_cell(c->t, "", 0)) {
			xlsx_fail(c, csv_table_why(c->t, 0));
			return;
		} else
			c->next_col++;
	if (c->col < c->next_col)
		return;		/* a column twice: keep the first */
	if (!entry_text_ok(val)) {
		xlsx_fail(c, CSV_EUTF8);
		return;
	}
	if (!(shared ? csv_table_add_borrowed(c->t, val, vlen) :
	    csv_table_add_cell(c->t, val, vlen)))
		xlsx_fail(c, csv_table_why(c->t, vlen));
	c->next_col++;
}

/* Inflate one part of the zip into a NUL-terminated buffer. */
static char *
xlsx_part(unzFile z, const char *name, size_t *len)
{
	unz_file_info	 info;
	char		*buf;
	int		 n;

	if (unzLocateFile(z, name, 1) != UNZ_OK ||
	    unzGetCurrentFileInfo(z, &info, NULL, 0, NULL, 0, NULL, 0) != UNZ_OK ||
	    info.uncompressed_size > XLSX_MAX_PART)
		return NULL;
	if ((buf = malloc(info.uncompressed_size + 1)) == NULL)
		return NULL;
	if (unzOpenCurrentFile(z) != UNZ_OK) {
		free(buf);
		return NULL;
	}
	n = unzReadCurrentFile(z, buf, (unsigned)info.uncompressed_size);
	unzCloseCurrentFile(z);
	if (n < 0 || (unsigned long)n != info.uncompressed_size) {
		free(buf);
		return NULL;
	}
	buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

static int
xlsx_parse(struct xlsx_ctx *c, const char *xml, size_t len,
    XML_StartElementHandler st, XML_EndElementHandler en)
{
	XML_Parser	 p;
	int		 ok;

	if ((p = XML_ParserCreate("UTF-8")) == NULL)
		return 0;
	XML_SetUserData(p, c);
	XML_SetElementHandler(p, st, en);
	XML_SetCharacterDataHandler(p, xlsx_chars);
	ok = XML_Parse(p, xml, (int)len, 1) == XML_STATUS_OK && !c->failed;
	XML_ParserFree(p);
	return ok;
}

/*
 * Read the first worksheet of the .xlsx at path into t (clear with
 * csv_table_clear).  Returns CSV_OK, or CSV_EQUOTE when the file is not a
 * readable workbook, CSV_ELIMIT or CSV_EUTF8 as for CSV.
 */
enum csv_err
xlsx_read(const char *path, struct csv_table *t)
{
	struct xlsx_sst	 sst;
	struct xlsx_ctx	 c;
	unzFile		 z;
	char		*xml = NULL;
	size_t		 len = 0;
	enum csv_err	 e = CSV_EQUOTE;

	memset(t, 0, sizeof(*t));
	memset(&sst, 0, sizeof(sst));
	memset(&c, 0, sizeof(c));
	c.sst = &sst;
	c.t = t;
	if ((z = unzOpen(path)) == NULL)
		return CSV_EQUOTE;
	/* Shared strings are optional (a sheet of numbers has none). */
	if ((xml = xlsx_part(z, "xl/sharedStrings.xml", &len)) != NULL) {
		if (!xlsx_parse(&c, xml, len, xlsx_sst_start, xlsx_sst_end)) {
			e = c.failed ? c.err : CSV_EQUOTE;
			goto out;
		}
		free(xml);
		xml = NULL;
	}
	if ((xml = xlsx_part(z, "xl/worksheets/sheet1.xml", &len)) == NULL)
		goto out;
	c.in_text = 0;
	if (!xlsx_parse(&c, xml, len, xlsx_sheet_start, xlsx_sheet_end)) {
		e = c.failed ? c.err : CSV_EQUOTE;
		goto out;
	}
	e = CSV_OK;
out:
	free(xml);
	unzClose(z);
	free(sst.len);
	free(c.text);
	if (e != CSV_OK)
		csv_table_clear(t);
	return e;
}
