/* csv.c: RFC 4180 CSV, read into and written from a table of cells. */
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "entry.h"

/* Free the table: its owned cells and shared strings; borrowed cells not. */
void
csv_table_clear(struct csv_table *t)
{
	size_t i, j;

	if (t == NULL)
		return;
	for (i = 0; i < t->n; i++) {
		for (j = 0; j < t->rows[i].n; j++)
			if (!(t->rows[i].borrowed & ((uint64_t)1 << j)))
				free(t->rows[i].cells[j]);
		free(t->rows[i].cells);
	}
	free(t->rows);
	for (i = 0; i < t->sharedn; i++)
		free(t->shared[i]);
	free(t->shared);
	memset(t, 0, sizeof(*t));
}

/* Start a new row.  Returns 0 when memory or the row limit runs out. */
int
csv_table_add_row(struct csv_table *t, size_t line)
{
	struct csv_row	*nv;
	size_t		 cap;

	if (t->n >= CSV_MAX_ROWS)
		return 0;
	if (t->n == t->cap) {
		cap = t->cap ? t->cap * 2 : 64;
		if ((nv = realloc(t->rows, cap * sizeof(*nv))) == NULL)
			return 0;
		t->rows = nv;
		t->cap = cap;
	}
	memset(&t->rows[t->n], 0, sizeof(t->rows[t->n]));
	t->rows[t->n].line = line;
	t->n++;
	return 1;
}

/*
 * Append s to the last row, owned (copied) or borrowed (s outlives the
 * table: one of t->shared or a literal).  Every cell counts len + 1
 * towards CSV_MAX_TOTAL, borrowed or not.
 */
static int
csv_table_put(struct csv_table *t, const char *s, size_t len, int borrow)
{
	struct csv_row	*r;
	char		**nv, *c;

	if (t->n == 0)
		return 0;
	r = &t->rows[t->n - 1];
	if (r->n >= CSV_MAX_COLS || len > CSV_MAX_CELL ||
	    t->total + len + 1 > CSV_MAX_TOTAL)
		return 0;
	if ((nv = realloc(r->cells, (r->n + 1) * sizeof(*nv))) == NULL)
		return 0;
	r->cells = nv;
	if (len == 0) {
		/* Empty cells are many in a sparse sheet: one literal for all. */
		c = (char *)"";
		borrow = 1;
	} else if (borrow)
		c = (char *)s;
	else {
		if ((c = malloc(len + 1)) == NULL)
			return 0;
		memcpy(c, s, len);
		c[len] = '\0';
	}
	if (borrow)
		r->borrowed |= (uint64_t)1 << r->n;
	r->cells[r->n++] = c;
	t->total += len + 1;
	return 1;
}

/* Add a copy of s to the last row.  0 on memory, column or total limit. */
int
csv_table_add_cell(struct csv_table *t, const char *s, size_t len)
{
	return csv_table_put(t, s, len, 0);
}

/*
 * Add s to the last row without copying it: s (NUL-terminated, len bytes)
 * must live as long as the table, as t->shared does.  0 as for
 * csv_table_add_cell.
 */
int
csv_table_add_borrowed(struct csv_table *t, const char *s, size_t len)
{
	return csv_table_put(t, s, len, 1);
}

/* Why the last csv_table_add_*() of len bytes failed. */
enum csv_err
csv_table_why(const struct csv_table *t, size_t len)
{
	if (t->n > 0 && t->rows[t->n - 1].n >= CSV_MAX_COLS)
		return CSV_ELIMIT;
	if (len > CSV_MAX_CELL)
		return CSV_ELIMIT;
	if (t->total + len + 1 > CSV_MAX_TOTAL)
		return CSV_ETOTAL;
	return CSV_ENOMEM;
}

const char *
csv_err_key(enum csv_err e)
{
	switch (e) {
	case CSV_EQUOTE:
		return "T_IMPORT_CSV_QUOTE";
	case CSV_EUTF8:
		return "T_IMPORT_CSV_UTF8";
	case CSV_ELIMIT:
		return "T_IMPORT_CSV_LIMIT";
	case CSV_ETOTAL:
		return "T_IMPORT_CSV_TOTAL";
	case CSV_OK:
		return "";
	default:
		return "T_ERR_500";
	}
}

/*
 * Parse buf (len bytes, need not be NUL-terminated) as CSV: fields
 * separated by ',' or ';' (the separator of the first line: Dutch Excel
 * writes ';'), records by CRLF or LF, fields optionally in double quotes
 * with "" for a quote; a UTF-8 byte order mark is skipped; blank lines are
 * skipped.  Every cell must be UTF-8 text.  Returns CSV_OK with t filled,
 * or the error with *err_line, t cleared.
 */
enum csv_err
csv_parse(const char *buf, size_t len, struct csv_table *t, size_t *err_line)
{
	char		*cell = NULL;
	size_t		 i = 0, k, cl = 0, line = 1, start_line = 1;
	char		 sep = ',', c;
	int		 quoted, in_row = 0, ok;
	enum csv_err	 e = CSV_OK;

	memset(t, 0, sizeof(*t));
	*err_line = 0;
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	/* The separator: the first ',' or ';' outside quotes on line one. */
	for (k = i, quoted = 0; k < len && (quoted || buf[k] != '\n'); k++) {
		if (buf[k] == '"')
			quoted = !quoted;
		else if (!quoted && (buf[k] == ',' || buf[k] == ';')) {
			sep = buf[k];
			break;
		}
	}
	if ((cell = malloc(CSV_MAX_CELL + 1)) == NULL)
		return CSV_ENOMEM;
	while (i < len) {
		/* One field. */
		cl = 0;
		quoted = 0;
		if (!in_row) {
			/* Skip blank lines. */
			if (buf[i] == '\n') {
				i++;
				line++;
				continue;
			}
			if (buf[i] == '\r' && i + 1 < len && buf[i + 1] == '\n') {
				i += 2;
				line++;
				continue;
			}
			start_line = line;
			if (!csv_table_add_row(t, start_line)) {
				e = t->n >= CSV_MAX_ROWS ? CSV_ELIMIT : CSV_ENOMEM;
				goto fail;
			}
			in_row = 1;
		}
		if (buf[i] == '"') {
			quoted = 1;
			i++;
			for (;;) {
				if (i >= len) {
					e = CSV_EQUOTE;
					goto fail;
				}
				c = buf[i++];
				if (c == '"') {
					if (i < len && buf[i] == '"') {
						i++;
					} else
						break;
				}
				if (c == '\n')
					line++;
				if (cl >= CSV_MAX_CELL) {
					e = CSV_ELIMIT;
					goto fail;
				}
				cell[cl++] = c;
			}
			/* After the closing quote: separator or end of record. */
			if (i < len && buf[i] != sep && buf[i] != '\n' &&
			    !(buf[i] == '\r' && i + 1 < len && buf[i + 1] == '\n') &&
			    !(buf[i] == '\r' && i + 1 == len)) {
				e = CSV_EQUOTE;
				goto fail;
			}
		} else {
			while (i < len && buf[i] != sep && buf[i] != '\n') {
				if (buf[i] == '\r' && (i + 1 == len ||
				    buf[i + 1] == '\n'))
					break;
				if (buf[i] == '"') {
					e = CSV_EQUOTE;
					goto fail;
				}
				if (cl >= CSV_MAX_CELL) {
					e = CSV_ELIMIT;
					goto fail;
				}
				cell[cl++] = buf[i++];
			}
		}
		cell[cl] = '\0';
		if (memchr(cell, '\0', cl) != NULL || !entry_text_ok(cell)) {
			/* Tabs and newlines are fine; other controls or bad UTF-8 not. */
			e = CSV_EUTF8;
			goto fail;
		}
		ok = csv_table_add_cell(t, cell, cl);
		if (!ok) {
			e = csv_table_why(t, cl);
			goto fail;
		}
		if (i >= len)
			break;
		if (buf[i] == sep) {
			i++;
			if (i >= len) {
				/* A trailing separator: one more empty field. */
				if (!csv_table_add_cell(t, "", 0)) {
					e = csv_table_why(t, 0);
					goto fail;
				}
			}
			continue;
		}
		if (buf[i] == '\r')
			i++;
		if (i < len && buf[i] == '\n')
			i++;
		line++;
		in_row = 0;
	}
	free(cell);
	return CSV_OK;
fail:
	free(cell);
	*err_line = line;
	csv_table_clear(t);
	return e;
}

static void
csv_out_put(struct csv_out *o, const char *s, size_t n)
{
	char	*nb;
	size_t	 cap;

	if (o->failed)
		return;
	if (o->len + n + 1 > o->cap) {
		cap = o->cap ? o->cap : 4096;
		while (o->len + n + 1 > cap)
			cap *= 2;
		if ((nb = realloc(o->buf, cap)) == NULL) {
			o->failed = 1;
			return;
		}
		o->buf = nb;
		o->cap = cap;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
	o->buf[o->len] = '\0';
}

/*
 * A UTF-8 byte order mark, first in the file: how a Dutch Excel learns that
 * the file is UTF-8.
 */
void
csv_out_bom(struct csv_out *o)
{
	if (o->len == 0)
		csv_out_put(o, "\xef\xbb\xbf", 3);
}

/* Write one cell, quoted when it holds a separator, quote or newline. */
void
csv_out_cell(struct csv_out *o, const char *s, int first)
{
	const char *p;

	if (s == NULL)
		s = "";
	if (!first)
		csv_out_put(o, o->sep != '\0' ? &o->sep : ",", 1);
	/* A byte order mark at the very start would be taken for one. */
	if (strpbrk(s, o->quote != NULL ? o->quote : ",;\"\r\n") == NULL &&
	    !(o->len == 0 &&
	    strncmp(s, "\xef\xbb\xbf", 3) == 0)) {
		csv_out_put(o, s, strlen(s));
		return;
	}
	csv_out_put(o, "\"", 1);
	for (p = s; *p != '\0'; p++) {
		csv_out_put(o, p, 1);
		if (*p == '"')
			csv_out_put(o, "\"", 1);	/* "" is a quote */
	}
	csv_out_put(o, "\"", 1);
}

/*
 * 1 when a spreadsheet would run s as a formula or command: it starts
 * with = + - @, a tab or a carriage return (=HYPERLINK(..), @SUM(..),
 * +cmd|..).  The one rule for every CSV Koers writes and reads back.
 */
int
csv_formula_like(const char *s)
{
	return s != NULL && s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL;
}

/*
 * A text cell as read back from a CSV or XLSX Koers wrote: without the
 * apostrophe csv_out_text_cell put before a formula-like text.
 */
const char *
csv_text_in(const char *s)
{
	if (s != NULL && s[0] == '\'' && csv_formula_like(s + 1))
		return s + 1;
	return s;
}

/*
 * A text cell: one that a spreadsheet would run as a formula
 * (csv_formula_like) gets a leading apostrophe, so that it shows as text;
 * csv_text_in takes it off again on import.
 */
void
csv_out_text_cell(struct csv_out *o, const char *s, int first)
{
	char	*p;
	size_t	 n;

	if (csv_formula_like(s)) {
		n = strlen(s);
		if ((p = malloc(n + 2)) == NULL) {
			o->failed = 1;
			return;
		}
		p[0] = '\'';
		memcpy(p + 1, s, n + 1);
		csv_out_cell(o, p, first);
		free(p);
		return;
	}
	csv_out_cell(o, s, first);
}

void
csv_out_eol(struct csv_out *o)
{
	csv_out_put(o, "\r\n", 2);
}
