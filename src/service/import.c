/* import.c: all-or-nothing bulk import of figures (see import.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "db_org.h"
#include "db_period.h"
#include "import.h"
#include "num.h"
#include "role.h"
#include "utf8.h"
#include "xlsx.h"

enum import_col {
	IC_INDICATOR, IC_UNIT, IC_PERIOD, IC_VALUE, IC_FORECAST, IC_NUMERATOR,
	IC_DENOMINATOR, IC_WEIGHT, IC_EXPLANATION, IC_MEASURE, IC_VERSION,
	IC__MAX
};

/* The five numbers' columns come in the order of enum fig_num. */
_Static_assert(IC_WEIGHT - IC_VALUE == FIG_WEIGHT - FIG_VALUE &&
    IC_FORECAST - IC_VALUE == FIG_FORECAST - FIG_VALUE,
    "import columns follow enum fig_num");

static const char *const import_cols[IC__MAX] = {
	"indicator_code", "org_unit_code", "period", "value", "forecast",
	"numerator", "denominator", "weight", "explanation", "measure",
	"version"
};

/* One unit and period met in the file, with what its rows say. */
struct import_group {
	int64_t			 unit;
	int64_t			 period_id;
	unsigned		 roles;
	struct entry_form	*form;
	struct entry_fig_in	*in;
	unsigned char		*seen;		/* a row for this figure was read */
	int			 refused;	/* workflow said no: reported once */
};

struct import_run {
	const struct import_ctx	*ctx;
	struct import_report	*rep;
	struct org_list		*org;
	struct import_group	*g;
	size_t			 gn, gcap;
	int			 col[IC__MAX];	/* cell index, -1: absent */
};

void
import_report_clear(struct import_report *r)
{
	if (r == NULL)
		return;
	free(r->issues);
	memset(r, 0, sizeof(*r));
}

/* Note a problem; returns the kept issue, or NULL when no room. */
static struct import_issue *
import_issue(struct import_report *r, size_t row, const char *column,
    const char *value, const char *key, const char *understood)
{
	struct import_issue *i;

	r->issuen++;
	if (r->kept >= IMPORT_MAX_ISSUES)
		return NULL;
	if (r->issues == NULL &&
	    (r->issues = calloc(IMPORT_MAX_ISSUES, sizeof(*r->issues))) == NULL)
		return NULL;
	i = &r->issues[r->kept++];
	i->row = row;
	utf8_snprintf(i->column, sizeof(i->column), "%s", column ? column : "");
	/* Shortened on a character boundary. */
	utf8_snprintf(i->value, sizeof(i->value), "%s", value ? value : "");
	if (value != NULL && strlen(value) >= sizeof(i->value)) {
		size_t n = sizeof(i->value) - 4;
		while (n > 0 && ((unsigned char)i->value[n] & 0xc0) == 0x80)
			n--;
		memcpy(i->value + n, "...", 4);
	}
	i->key = key;
	utf8_snprintf(i->understood, sizeof(i->understood), "%s",
	    understood ? understood : "");
	return i;
}

static const char *
import_cell(const struct import_run *run, const struct csv_row *r,
    enum import_col c)
{
	int ix = run->col[c];

	if (ix < 0 || (size_t)ix >= r->n)
		return "";
	return r->cells[ix];
}

/* A text cell without the apostrophe the template put before a formula. */
static const char *
import_text_cell(const struct import_run *run, const struct csv_row *r,
    enum import_col c)
{
	return csv_text_in(import_cell(run, r, c));
}

static int
import_header(struct import_run *run, const struct csv_row *h)
{
	size_t	i;
	int	c, ok = 1, known;
	char	name[64];
	size_t	k, n;

	for (c = 0; c < IC__MAX; c++)
		run->col[c] = -1;
	for (i = 0; i < h->n; i++) {
		/* Trimmed, lower case. */
		n = 0;
		for (k = 0; h->cells[i][k] != '\0' && n + 1 < sizeof(name); k++)
			if (h->cells[i][k] != ' ')
				name[n++] = (char)((h->cells[i][k] >= 'A' &&
				    h->cells[i][k] <= 'Z') ? h->cells[i][k] + 32 :
				    h->cells[i][k]);
		name[n] = '\0';
		if (n == 0)
			continue;
		for (known = 0, c = 0; c < IC__MAX; c++)
			if (strcmp(name, import_cols[c]) == 0) {
				if (run->col[c] >= 0) {
					import_issue(run->rep, h->line, name,
					    h->cells[i], "T_IMPORT_COLUMN_TWICE",
					    NULL);
					ok = 0;
				}
				run->col[c] = (int)i;
				known = 1;
			}
		if (!known) {
			import_issue(run->rep, h->line, "", h->cells[i],
			    "T_IMPORT_COLUMN_UNKNOWN", NULL);
			ok = 0;
		}
	}
	for (c = 0; c <= IC_PERIOD; c++)
		if (run->col[c] < 0) {
			import_issue(run->rep, h->line, import_cols[c], "",
			    "T_IMPORT_COLUMN_MISSING", NULL);
			ok = 0;
		}
	return ok;
}

/*
 * The unit with code in budget year (0: any year).  A code comes back for
 * the successor of a moved or renamed unit, so the year picks the row.
 */
static int
import_unit(const struct import_run *run, const char *code, int year,
    int64_t *id)
{
	const struct org_unit	*u;
	size_t			 i;

	for (i = 0; i < run->org->n; i++) {
		u = &run->org->v[i];
		if (year != 0 && ((u->first_year != 0 && year < u->first_year) ||
		    (u->last_year != 0 && year > u->last_year)))
			continue;
		if (strcmp(u->code, code) == 0) {
			*id = u->id;
			return 1;
		}
	}
	return 0;
}

/* The group of unit and period, loading its form the first time. */
static struct import_group *
import_group(struct import_run *run, int64_t unit, const struct period *p)
{
	struct import_group	*g, *nv;
	size_t			 i, cap;

	for (i = 0; i < run->gn; i++)
		if (run->g[i].unit == unit && run->g[i].period_id == p->id)
			return &run->g[i];
	if (run->gn == run->gcap) {
		cap = run->gcap ? run->gcap * 2 : 16;
		if ((nv = realloc(run->g, cap * sizeof(*nv))) == NULL)
			return NULL;
		run->g = nv;
		run->gcap = cap;
	}
	g = &run->g[run->gn];
	memset(g, 0, sizeof(*g));
	g->unit = unit;
	g->period_id = p->id;
	g->roles = run->ctx->roles(run->ctx->roles_arg, unit);
	if ((g->form = entry_store_form(run->ctx->db, unit, p)) == NULL)
		return NULL;
	if ((g->in = calloc(g->form->fign + 1, sizeof(*g->in))) == NULL ||
	    (g->seen = calloc(g->form->fign + 1, 1)) == NULL) {
		free(g->in);
		entry_store_form_free(g->form);
		return NULL;
	}
	run->gn++;
	return g;
}

static const char *
import_field_col(const char *field)
{
	/* entry.c's field names are the column names. */
	return field;
}

/* A version cell: digits (an XLSX number may read "3.0"); "" is 0. */
static int
import_version_parse(const char *s, int64_t *v)
{
	size_t	i;

	*v = 0;
	for (i = 0; s[i] >= '0' && s[i] <= '9'; i++) {
		if (i >= 15)
			return 0;
		*v = *v * 10 + (s[i] - '0');
	}
	if (s[i] == '.' && i > 0)
		for (i++; s[i] == '0'; i++)
			continue;
	return s[i] == '\0';
}

/*
 * The row's figure changed since the file's version of it: refuse this
 * row (the others are saved), saying what is stored now.
 */
static void
import_refuse(struct import_run *run, const struct csv_row *r,
    const char *cell, const char *key, const struct form_figure *ff)
{
	struct import_issue	*i;
	struct entry_text	 t;
	char			 buf[5][40];

	run->rep->refused++;
	if ((i = import_issue(run->rep, r->line, "version", cell, key,
	    NULL)) == NULL)
		return;
	i->refused = 1;
	entry_store_fig_text(&ff->cur, ff->ind.decimals, buf, &t);
	if (ff->ind.aggregation == AGG_RATIO)
		utf8_snprintf(i->theirs, sizeof(i->theirs), "%s / %s (v%lld)",
		    t.numerator, t.denominator, (long long)ff->cur.version);
	else
		utf8_snprintf(i->theirs, sizeof(i->theirs), "%s (v%lld)",
		    t.value, (long long)ff->cur.version);
}

/*
 * The version the row is based on, into *version.  Returns 1 when it is
 * the stored one; 0 when the row is refused (changed since, or a file
 * without versions for a figure that exists) or the cell is not a version
 * (a problem like any other).
 */
static int
import_version(struct import_run *run, const struct csv_row *r,
    const struct form_figure *ff, int64_t *version)
{
	const char	*cell;
	int64_t		 v;

	if (run->col[IC_VERSION] < 0) {
		if (ff->cur.version == 0) {
			*version = 0;
			return 1;
		}
		import_refuse(run, r, "", "T_IMPORT_NO_VERSION", ff);
		return 0;
	}
	cell = import_text_cell(run, r, IC_VERSION);
	if (!import_version_parse(cell, &v)) {
		import_issue(run->rep, r->line, "version", cell,
		    "T_IMPORT_VERSION_BAD", NULL);
		return 0;
	}
	if (v != ff->cur.version) {
		import_refuse(run, r, cell, "T_ENTRY_CONFLICT_TITLE", ff);
		return 0;
	}
	*version = v;
	return 1;
}

/* Check one data row; remember it in its group when fine. */
static int
import_row(struct import_run *run, const struct csv_row *r)
{
	struct import_report	*rep = run->rep;
	struct import_group	*g;
	struct period		 p;
	struct entry_rule	 rule;
	struct entry_text	 t;
	struct entry_figure	 f;
	struct wf_ctx		 c;
	const char		*code, *ucode, *pname, *cell;
	int64_t			 unit, version;
	size_t			 i, ix;
	enum wf_err		 wf;
	int			 col;

	code = import_text_cell(run, r, IC_INDICATOR);
	ucode = import_text_cell(run, r, IC_UNIT);
	pname = import_text_cell(run, r, IC_PERIOD);
	if (!import_unit(run, ucode, db_period_get_by_name(run->ctx->db, pname,
	    &p) ? p.year : 0, &unit)) {
		import_issue(rep, r->line, "org_unit_code", ucode,
		    "T_IMPORT_UNIT_UNKNOWN", NULL);
		return 1;
	}
	if ((run->ctx->roles(run->ctx->roles_arg, unit) & ROLE_MANAGER) == 0) {
		import_issue(rep, r->line, "org_unit_code", ucode,
		    "T_IMPORT_SCOPE", NULL);
		return 1;
	}
	if (!db_period_get_by_name(run->ctx->db, pname, &p)) {
		import_issue(rep, r->line, "period", pname,
		    "T_IMPORT_PERIOD_UNKNOWN", NULL);
		return 1;
	}
	if ((g = import_group(run, unit, &p)) == NULL)
		return 0;
	memset(&c, 0, sizeof(c));
	c.period = p.state;
	c.state = g->form->sub.state;
	c.reopened = g->form->sub.reopened;
	c.roles = g->roles;
	if ((wf = workflow_check(&c, WF_SAVE, NULL, NULL)) != WF_OK) {
		import_issue(rep, r->line, "period", pname,
		    workflow_err_key(wf), NULL);
		return 1;
	}
	for (ix = 0; ix < g->form->fign; ix++)
		if (strcmp(g->form->figs[ix].ind.code, code) == 0)
			break;
	if (ix == g->form->fign) {
		import_issue(rep, r->line, "indicator_code", code,
		    "T_IMPORT_NOT_REPORTED", NULL);
		return 1;
	}
	if (g->seen[ix]) {
		import_issue(rep, r->line, "indicator_code", code,
		    "T_IMPORT_DUPLICATE", NULL);
		return 1;
	}
	g->seen[ix] = 1;
	memset(&t, 0, sizeof(t));
	for (col = 0; col < FIG__NUMS; col++)	/* IC_VALUE..IC_WEIGHT */
		*entry_text_num(&t, (enum fig_num)col) = import_cell(run, r,
		    (enum import_col)(IC_VALUE + col));
	t.explanation = import_text_cell(run, r, IC_EXPLANATION);
	t.measure = import_text_cell(run, r, IC_MEASURE);
	entry_store_rule(g->form, ix, &rule);
	if (!entry_check_figure(&rule, &t, ENTRY_IMPORT, &f)) {
		for (i = 0; i < f.msgs.n; i++) {
			cell = "";
			for (col = 0; col < IC__MAX; col++)
				if (strcmp(import_cols[col],
				    f.msgs.v[i].field) == 0)
					cell = import_cell(run, r,
					    (enum import_col)col);
			import_issue(rep, r->line,
			    import_field_col(f.msgs.v[i].field), cell,
			    f.msgs.v[i].key, f.msgs.v[i].understood);
		}
		return 1;
	}
	/* Checked and fine: saved unless it changed since the file. */
	if (!import_version(run, r, &g->form->figs[ix], &version))
		return 1;
	g->in[ix].present = 1;
	g->in[ix].version = version;
	g->in[ix].text = t;
	return 1;
}

static int
import_blank(const struct csv_row *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (r->cells[i][0] != '\0')
			return 0;
	return 1;
}

/*
 * Check every row of t (the first is the header), then save them all in
 * one transaction, or none; a row whose figure changed since the file's
 * version is refused alone (rep->refused, listed in rep->issues with
 * refused set).  Returns ES_OK (rep->applied figures saved, rep->refused
 * rows not), ES_INVALID (rep lists every problem; nothing saved), or the
 * failure (ES_READONLY, ES_FULL, ES_ERROR; nothing saved).
 */
enum entry_res
import_table(const struct import_ctx *ctx, const struct csv_table *t,
    struct import_report *rep)
{
	struct import_run	 run;
	struct entry_outcome	 o;
	enum entry_res		 res;
	size_t			 i, k;

	memset(rep, 0, sizeof(*rep));
	memset(&run, 0, sizeof(run));
	run.ctx = ctx;
	run.rep = rep;
	if (t->n == 0) {
		import_issue(rep, 1, "", "", "T_IMPORT_EMPTY", NULL);
		return rep->res = ES_INVALID;
	}
	if ((res = entry_store_res_of(db_submission_begin(ctx->db))) != ES_OK)
		return rep->res = res;
	res = ES_ERROR;
	if ((run.org = db_org_list(ctx->db)) == NULL)
		goto done;
	if (!import_header(&run, &t->rows[0])) {
		res = ES_INVALID;
		goto done;
	}
	for (i = 1; i < t->n; i++) {
		if (import_blank(&t->rows[i]))
			continue;
		rep->rows++;
		if (!import_row(&run, &t->rows[i]))
			goto done;
		if (ctx->progress != NULL && (i % 1000 == 0 || i + 1 == t->n))
			ctx->progress(ctx->progress_arg, i, t->n - 1);
	}
	if (rep->rows == 0)
		import_issue(rep, 1, "", "", "T_IMPORT_EMPTY", NULL);
	/* Rows refused as changed since do not stop the others. */
	if (rep->issuen > rep->refused) {
		res = ES_INVALID;
		goto done;
	}
	for (i = 0; i < run.gn; i++) {
		/* Every row of this unit and period was refused: leave it. */
		for (k = 0; k < run.g[i].form->fign; k++)
			if (run.g[i].in[k].present)
				break;
		if (k == run.g[i].form->fign)
			continue;
		if (!entry_store_outcome_init(&o, run.g[i].form))
			goto done;
		res = entry_store_apply(ctx->db, run.g[i].form, run.g[i].in,
		    NULL, WF_SAVE, run.g[i].roles, ctx->who, &o);
		entry_store_outcome_clear(&o);
		if (res != ES_OK)
			goto done;
		for (k = 0; k < run.g[i].form->fign; k++)
			rep->applied += run.g[i].in[k].present;
	}
	res = entry_store_res_of(db_submission_commit(ctx->db));
	if (res != ES_OK)
		rep->applied = 0;
done:
	if (res != ES_OK) {
		db_rollback(ctx->db);
		rep->applied = 0;
	}
	for (i = 0; i < run.gn; i++) {
		entry_store_form_free(run.g[i].form);
		free(run.g[i].in);
		free(run.g[i].seen);
	}
	free(run.g);
	db_org_list_free(run.org);
	return rep->res = res;
}

/* Import CSV text.  Returns as import_table; a malformed file is ES_INVALID. */
enum entry_res
import_csv(const struct import_ctx *ctx, const char *buf, size_t len,
    struct import_report *rep)
{
	struct csv_table	 t;
	enum csv_err		 e;
	enum entry_res		 res;
	size_t			 line;

	memset(rep, 0, sizeof(*rep));
	if ((e = csv_parse(buf, len, &t, &line)) != CSV_OK) {
		if (e == CSV_ENOMEM)
			return rep->res = ES_ERROR;
		import_issue(rep, line, "", "", csv_err_key(e), NULL);
		return rep->res = ES_INVALID;
	}
	res = import_table(ctx, &t, rep);
	csv_table_clear(&t);
	return res;
}

/* 1 when buf starts like a zip (an .xlsx). */
int
import_is_xlsx(const char *buf, size_t len)
{
	return len >= 4 && memcmp(buf, "PK\x03\x04", 4) == 0;
}

/* Import the CSV or XLSX file at path.  Returns as import_table. */
enum entry_res
import_file(const struct import_ctx *ctx, const char *path,
    struct import_report *rep)
{
	struct csv_table	 t;
	enum csv_err		 e;
	enum entry_res		 res;
	FILE			*f;
	char			*buf = NULL, head[4];
	size_t			 len = 0, cap = 0, n;

	memset(rep, 0, sizeof(*rep));
	if ((f = fopen(path, "rb")) == NULL) {
		import_issue(rep, 0, "", "", "T_IMPORT_UNREADABLE", NULL);
		return rep->res = ES_INVALID;
	}
	n = fread(head, 1, sizeof(head), f);
	if (import_is_xlsx(head, n)) {
		fclose(f);
		if ((e = xlsx_read(path, &t)) != CSV_OK) {
			if (e == CSV_ENOMEM)
				return rep->res = ES_ERROR;
			import_issue(rep, 0, "", "", e == CSV_EQUOTE ?
			    "T_IMPORT_XLSX" : csv_err_key(e), NULL);
			return rep->res = ES_INVALID;
		}
		res = import_table(ctx, &t, rep);
		csv_table_clear(&t);
		return res;
	}
	rewind(f);
	for (;;) {
		if (len + 65536 > cap) {
			char *nb;
			cap = cap ? cap * 2 : 65536;
			if ((nb = realloc(buf, cap)) == NULL) {
				free(buf);
				fclose(f);
				return rep->res = ES_ERROR;
			}
			buf = nb;
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
		if (n == 0)
			break;
	}
	fclose(f);
	res = import_csv(ctx, buf, len, rep);
	free(buf);
	return res;
}

/*
 * The import file of a form, filled with what is stored: one row per
 * indicator, numbers in English plain form, and the version of each
 * figure (empty: not saved yet) so that the import refuses a row that
 * somebody changed after the download.  Returns the CSV text
 * (malloc'd) and *len, or NULL.
 */
char *
import_template_csv(const struct entry_form *f, size_t *len)
{
	struct csv_out		 o;
	const struct form_figure *ff;
	char			 buf[FIG__NUMS][40], ver[24];
	struct entry_text	 t;
	size_t			 i;
	int			 c;

	memset(&o, 0, sizeof(o));
	for (c = 0; c < IC__MAX; c++)
		csv_out_cell(&o, import_cols[c], c == 0);
	csv_out_eol(&o);
	for (i = 0; i < f->fign; i++) {
		ff = &f->figs[i];
		entry_store_fig_text(&ff->cur, ff->ind.decimals, buf, &t);
		csv_out_text_cell(&o, ff->ind.code, 1);
		csv_out_text_cell(&o, f->unit_code, 0);
		csv_out_text_cell(&o, f->period.name, 0);
		for (c = 0; c < FIG__NUMS; c++)
			csv_out_cell(&o, c == FIG_VALUE &&
			    ff->ind.aggregation == AGG_RATIO ? "" :
			    *entry_text_num(&t, (enum fig_num)c), 0);
		csv_out_text_cell(&o, t.explanation, 0);
		csv_out_text_cell(&o, t.measure, 0);
		if (ff->cur.version > 0) {
			utf8_snprintf(ver, sizeof(ver), "%lld",
			    (long long)ff->cur.version);
			csv_out_cell(&o, ver, 0);
		} else
			csv_out_cell(&o, "", 0);
		csv_out_eol(&o);
	}
	if (o.failed) {
		free(o.buf);
		return NULL;
	}
	*len = o.len;
	return o.buf;
}

/* One number cell from the English plain text ("" leaves it empty). */
static void
import_xlsx_num(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    const char *text)
{
	if (text != NULL && text[0] != '\0')
		worksheet_write_number(ws, row, col, strtod(text, NULL), NULL);
}

/*
 * The import file of a form as an .xlsx workbook (one sheet, numbers as
 * numbers, texts as text), read back by xlsx_read().  Returns the file's
 * bytes (malloc'd) and *len, or NULL.
 */
char *
import_template_xlsx(const struct entry_form *f, size_t *len)
{
	const struct form_figure *ff;
	struct entry_text	 t;
	lxw_workbook		*wb;
	lxw_worksheet		*ws;
	char			 path[64], buf[FIG__NUMS][40], *out = NULL;
	FILE			*fp;
	long			 sz;
	size_t			 i;
	lxw_row_t		 r;
	int			 fd, c;

	utf8_snprintf(path, sizeof(path), "/tmp/koers-template-XXXXXX");
	if ((fd = mkstemp(path)) == -1)
		return NULL;
	close(fd);
	if ((wb = workbook_new(path)) == NULL ||
	    (ws = workbook_add_worksheet(wb, f->period.name)) == NULL) {
		if (wb != NULL)
			workbook_close(wb);
		unlink(path);
		return NULL;
	}
	for (c = 0; c < IC__MAX; c++)
		worksheet_write_string(ws, 0, (lxw_col_t)c, import_cols[c], NULL);
	for (i = 0; i < f->fign; i++) {
		ff = &f->figs[i];
		r = (lxw_row_t)(i + 1);
		entry_store_fig_text(&ff->cur, ff->ind.decimals, buf, &t);
		worksheet_write_string(ws, r, IC_INDICATOR, ff->ind.code, NULL);
		worksheet_write_string(ws, r, IC_UNIT, f->unit_code, NULL);
		worksheet_write_string(ws, r, IC_PERIOD, f->period.name, NULL);
		for (c = 0; c < FIG__NUMS; c++)
			if (c != FIG_VALUE || ff->ind.aggregation != AGG_RATIO)
				import_xlsx_num(ws, r, IC_VALUE + c,
				    *entry_text_num(&t, (enum fig_num)c));
		if (t.explanation[0] != '\0')
			worksheet_write_string(ws, r, IC_EXPLANATION,
			    t.explanation, NULL);
		if (t.measure[0] != '\0')
			worksheet_write_string(ws, r, IC_MEASURE, t.measure, NULL);
		if (ff->cur.version > 0)
			worksheet_write_number(ws, r, IC_VERSION,
			    (double)ff->cur.version, NULL);
	}
	if (workbook_close(wb) != LXW_NO_ERROR) {
		unlink(path);
		return NULL;
	}
	if ((fp = fopen(path, "rb")) != NULL) {
		if (fseek(fp, 0, SEEK_END) == 0 && (sz = ftell(fp)) > 0 &&
		    fseek(fp, 0, SEEK_SET) == 0 &&
		    (out = malloc((size_t)sz)) != NULL) {
			if (fread(out, 1, (size_t)sz, fp) == (size_t)sz)
				*len = (size_t)sz;
			else {
				free(out);
				out = NULL;
			}
		}
		fclose(fp);
	}
	unlink(path);
	return out;
}
