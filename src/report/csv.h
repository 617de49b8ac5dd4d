/*
 * csv.h: a table of text cells, as read from a CSV file (RFC 4180) or the
 * first worksheet of an XLSX file, and written back as CSV.  The parser is
 * pure (no I/O) and is what tests/fuzz/fuzz_csv.c drives.
 */
#ifndef KOERS_CSV_H
#define KOERS_CSV_H

#include <stddef.h>
#include <stdint.h>

/* Limits that keep a hostile file from eating the server. */
#define CSV_MAX_ROWS	200000
#define CSV_MAX_COLS	64
#define CSV_MAX_CELL	8192
/*
 * The whole table's decoded size: every cell's length plus one, counted
 * again for each cell that refers to a shared string.  An XLSX of a few
 * kilobytes can point 200.000 cells at one 8 KiB string; kept shared, that
 * costs no memory, but whoever reads the table would still walk 1,6 GB.
 * 32 MiB is four times the largest upload (8 MiB).
 */
#define CSV_MAX_TOTAL	(32u * 1024 * 1024)

struct csv_row {
	char		**cells;	/* NUL-terminated UTF-8 */
	size_t		 n;
	size_t		 line;		/* 1-based line (or sheet row) it starts on */
	uint64_t	 borrowed;	/* bit j: cells[j] is not owned (shared) */
};

struct csv_table {
	struct csv_row	*rows;
	size_t		 n;
	size_t		 cap;
	size_t		 total;		/* decoded size so far, see CSV_MAX_TOTAL */
	char		**shared;	/* owned strings cells may borrow (XLSX) */
	size_t		 sharedn;
};

enum csv_err {
	CSV_OK = 0,
	CSV_EQUOTE,		/* a quote where it may not be, or unterminated */
	CSV_EUTF8,		/* not UTF-8 */
	CSV_ELIMIT,		/* too many rows, columns or a cell too long */
	CSV_ETOTAL,		/* more than CSV_MAX_TOTAL of text in all */
	CSV_ENOMEM
};

enum csv_err	 csv_parse(const char *buf, size_t len, struct csv_table *,
		    size_t *err_line);
int		 csv_table_add_row(struct csv_table *, size_t line);
int		 csv_table_add_cell(struct csv_table *, const char *, size_t);
int		 csv_table_add_borrowed(struct csv_table *, const char *, size_t);
enum csv_err	 csv_table_why(const struct csv_table *, size_t len);
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
	char		 sep;		/* between cells; 0 is ',' */
};

int		 csv_formula_like(const char *);
const char	*csv_text_in(const char *);
void		 csv_out_cell(struct csv_out *, const char *, int first);
void		 csv_out_text_cell(struct csv_out *, const char *, int first);
void		 csv_out_eol(struct csv_out *);
void		 csv_out_bom(struct csv_out *);

#endif
