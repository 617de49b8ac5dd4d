/*
 * page_uom.h: a unit of measure on a page, with the labels as the table
 * unit_of_measure holds them now (an administrator may rename them), and
 * the number rule of uom_is_one(): "1 dag", "1,0 dagen", "3 dagen".
 */
#ifndef KOERS_PAGE_UOM_H
#define KOERS_PAGE_UOM_H

#include <stdint.h>

#include "http.h"
#include "tmpl.h"

/* name = the unit's label in the reader's language ("ton", "tonnes"). */
void	page_uom_name(struct tmpl *, const char *name, const struct req *,
	    const char *code);
/*
 * name = what follows the value scaled/10^decimals in this unit: its
 * symbol, or the singular after exactly "1" and the plural otherwise, or
 * "" (a plain count, or has 0: no value shown).
 */
void	page_uom_after(struct tmpl *, const char *name, const struct req *,
	    const char *code, int has, int64_t scaled, int decimals);

#endif
