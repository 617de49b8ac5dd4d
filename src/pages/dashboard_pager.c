/*
 * dashboard_pager.c: paging of long dashboard lists (performances of a
 * programme, the deviation register, a unit's own performances) so that
 * every page stays small at the scale of a large city: ?page=N, clamped to
 * the pages there are, and the "Vorige / Volgende, pagina 2 van 144" links.
 */
#include <string.h>

#include "dashboard.h"
#include "num.h"
#include "tmpl.h"
#include "url.h"

/*
 * Resolve ?page= for total items shown per to a page: anything that is
 * not a positive number is page 1, a page past the end is the last one.
 */
void
dash_pager(struct dash_pager *p, const struct req *q, size_t total,
    size_t per)
{
	const char	*s = req_query(q, "page");
	int64_t		 want = 1;

	memset(p, 0, sizeof(*p));
	p->total = total;
	p->per = per > 0 ? per : 1;
	p->pages = total == 0 ? 1 : (total + p->per - 1) / p->per;
	if (s == NULL || !url_id(s, &want) || want < 1)
		want = 1;
	p->page = (uint64_t)want > p->pages ? p->pages : (size_t)want;
	p->first = (p->page - 1) * p->per;
	p->end = p->first + p->per > total ? total : p->first + p->per;
	p->lang_en = q->lang == LANG_EN;
}

/* A count as the reader's language writes it: "4.500" / "4,500". */
static void
dash_pager_count(struct tmpl *t, const char *name, size_t n, int lang_en)
{
	char	buf[32];

	num_format(buf, sizeof(buf), (int64_t)n, 0, lang_en);
	tmpl_set(t, name, buf);
}

/* 1 when item index i (0-based) is on the resolved page. */
int
dash_pager_has(const struct dash_pager *p, size_t i)
{
	return i >= p->first && i < p->end;
}

/*
 * Section PAGER (only when there is more than one page) with PAGE, PAGES,
 * TOTAL, FROM, TO and sections PREV_PAGE / NEXT_PAGE holding N, the page
 * they link to; section PAGE_COUNT always, with TOTAL.  The numbers shown
 * are written in the reader's language ("1–25 van 4.500"); TOTAL_N is the
 * plain count for a data- attribute, N a plain number for a link.
 */
void
dash_pager_fill(struct tmpl *t, const struct dash_pager *p)
{
	struct tmpl	*s;

	if ((s = tmpl_section(t, "PAGE_COUNT")) != NULL) {
		dash_pager_count(s, "TOTAL", p->total, p->lang_en);
		tmpl_set_int(s, "TOTAL_N", (long long)p->total);
	}
	if (p->pages < 2 || (s = tmpl_section(t, "PAGER")) == NULL)
		return;
	dash_pager_count(s, "PAGE", p->page, p->lang_en);
	dash_pager_count(s, "PAGES", p->pages, p->lang_en);
	dash_pager_count(s, "TOTAL", p->total, p->lang_en);
	dash_pager_count(s, "FROM", p->first + 1, p->lang_en);
	dash_pager_count(s, "TO", p->end, p->lang_en);
	if (p->page > 1 && (t = tmpl_section(s, "PREV_PAGE")) != NULL)
		tmpl_set_int(t, "N", (long long)p->page - 1);
	if (p->page < p->pages && (t = tmpl_section(s, "NEXT_PAGE")) != NULL)
		tmpl_set_int(t, "N", (long long)p->page + 1);
}
