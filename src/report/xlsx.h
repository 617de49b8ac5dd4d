/*
 * xlsx.h: the first worksheet of an .xlsx file as a table of text cells.
 * An .xlsx is a zip (read with minizip) of XML parts (read with expat):
 * xl/sharedStrings.xml holds the strings, xl/worksheets/sheet1.xml the
 * cells.  Numbers come out as the text Excel stored ("1234.5").
 */
#ifndef KOERS_XLSX_H
#define KOERS_XLSX_H

#include "csv.h"

enum csv_err	 xlsx_read(const char *path, struct csv_table *);

#endif
