/*
 * csv.h: a table of text cells, as read from a CSV file (RFC 4180) or the
 * first worksheet of an XLSX file, and written back as CSV.  The parser is
 * pure (no I/O) and is what tests/fuzz/fuzz_csv.c drives.
 */
#ifndef KOERS_CSV_H
#define KOERS_CSV_H

#include <stddef.h>

/* Limits that keep a hostile file from eating the server. */
#define CSV_MAX_ROWS	200000
#define CSV_MAX_COLS	64
#define CSV_MAX_CELL	8192

struct csv_row {
	char		**cells;	/* NUL-terminated UTF-8 */
	size_t		 n;
	size_t		 line;		/* 1-based line (or sheet row) it starts on */
};

struct csv_table {
	struct csv_row	*rows;
	size_t		 n;
	size_t		 cap;
};

enum csv_err {
	CSV_OK = 0,
	CSV_EQUOTE,		/* a quote where it may not be, or unterminated */
	CSV_EUTF8,		/* not UTF-8 */
	CSV_ELIMIT,		/* too many rows, columns or a cell too long */
	CSV_ENOMEM
};

enum csv_err	 csv_parse(const char *buf, size_t len, struct csv_table *,
		    size_t *err_line);
int		 csv_table_add_row(struct csv_table *, size_t line);
int		 csv_table_add_cell(struct csv_table *, const char *, size_t);
void		 csv_table_clear(struct csv_table *);
const char	*csv_err_key(enum csv_err);

/*
 * A growing text buffer for writing CSV.  Every CSV Koers writes goes
 * through it: numbers with csv_out_cell, every text with
 * csv_out_text_cell, which neutralises what a spreadsheet would run as a
 * formula.  quote: the characters that make a cell quoted; NULL is
 * ",;\"\r\n" (';' for Dutch spreadsheets reading the import template).
 */
struct csv_out {
	char		*buf;
	size_t		 len;
	size_t		 cap;
	int		 failed;
	const char	*quote;
};

int		 csv_formula_like(const char *);
const char	*csv_text_in(const char *);
void		 csv_out_cell(struct csv_out *, const char *, int first);
void		 csv_out_text_cell(struct csv_out *, const char *, int first);
void		 csv_out_eol(struct csv_out *);

#endif
