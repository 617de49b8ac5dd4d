/*
 * fuzz_csv.c: libFuzzer harness for csv_parse.  Whatever parses must stay
 * within the limits, hold only clean UTF-8 cells, and come back unchanged
 * through the CSV writer and the parser again (round trip).  Any mismatch
 * aborts, which is how libFuzzer reports it.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
 *       tests/fuzz/fuzz_csv.c src/csv.c src/entry.c src/domain/num.c src/status.c \
 *       src/domain/rollup.c -o /tmp/fuzz_csv
 *   /tmp/fuzz_csv -max_total_time=60 tests/fuzz/corpus/csv/
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "entry.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
fuzz_csv_fail(const char *what)
{
	fprintf(stderr, "fuzz_csv: %s\n", what);
	abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csv_table	 t, u;
	struct csv_out		 o;
	size_t			 line, i, j;

	if (csv_parse((const char *)data, size, &t, &line) != CSV_OK) {
		if (t.n != 0 || t.rows != NULL)
			fuzz_csv_fail("a failed parse left rows behind");
		return 0;
	}
	if (t.n > CSV_MAX_ROWS)
		fuzz_csv_fail("too many rows");
	memset(&o, 0, sizeof(o));
	for (i = 0; i < t.n; i++) {
		if (t.rows[i].n == 0 || t.rows[i].n > CSV_MAX_COLS)
			fuzz_csv_fail("row width outside the limits");
		for (j = 0; j < t.rows[i].n; j++) {
			if (strlen(t.rows[i].cells[j]) > CSV_MAX_CELL)
				fuzz_csv_fail("cell too long");
			if (!entry_text_ok(t.rows[i].cells[j]))
				fuzz_csv_fail("a cell is not clean UTF-8");
			csv_out_cell(&o, t.rows[i].cells[j], j == 0);
		}
		csv_out_eol(&o);
	}
	if (o.failed) {
		free(o.buf);
		csv_table_clear(&t);
		return 0;
	}
	/* A row of one empty cell writes a blank line, which reads as none. */
	if (csv_parse(o.buf ? o.buf : "", o.len, &u, &line) != CSV_OK)
		fuzz_csv_fail("written CSV does not parse");
	for (i = 0, j = 0; i < t.n; i++) {
		if (t.rows[i].n == 1 && t.rows[i].cells[0][0] == '\0')
			continue;
		if (j >= u.n || u.rows[j].n != t.rows[i].n)
			fuzz_csv_fail("round trip changed the rows");
		for (line = 0; line < t.rows[i].n; line++)
			if (strcmp(t.rows[i].cells[line],
			    u.rows[j].cells[line]) != 0)
				fuzz_csv_fail("round trip changed a cell");
		j++;
	}
	csv_table_clear(&u);
	csv_table_clear(&t);
	free(o.buf);
	return 0;
}
