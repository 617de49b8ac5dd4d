/*
 * page_import.c: the bulk import page (/import): upload a CSV or XLSX
 * file of figures; every row is checked, then all are saved or none, and
 * the page shows the per-row report.  Also the import template of one
 * entry form (/entry/{unit}/{period}/template.csv and .xlsx).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "auth.h"
#include "entry_store.h"
#include "handlers.h"
#include "i18n.h"
#include "import.h"
#include "page.h"
#include "page_entry.h"
#include "tmpl.h"
#include "utf8.h"

static unsigned
page_import_roles(void *arg, int64_t unit)
{
	return auth_roles_in(arg, unit);
}

/* The ISSUE rows of the report, all or only the refused ones. */
static void
page_import_issues(struct tmpl *s, const struct req *q,
    const struct import_report *rep, int refused_only)
{
	struct tmpl	*row, *u;
	size_t		 i;

	for (i = 0; i < rep->kept; i++) {
		if (refused_only && !rep->issues[i].refused)
			continue;
		if ((row = tmpl_section(s, "ISSUE")) == NULL)
			break;
		tmpl_set_int(row, "ROW", (long long)rep->issues[i].row);
		tmpl_set(row, "COLUMN", rep->issues[i].column);
		tmpl_set(row, "VALUE", rep->issues[i].value);
		tmpl_set(row, "REASON", i18n(q->lang, rep->issues[i].key));
		if (rep->issues[i].understood[0] != '\0' &&
		    (u = tmpl_section(row, "UNDERSTOOD")) != NULL)
			tmpl_set(u, "TEXT", rep->issues[i].understood);
		if (rep->issues[i].theirs[0] != '\0' &&
		    (u = tmpl_section(row, "THEIRS")) != NULL)
			tmpl_set(u, "TEXT", rep->issues[i].theirs);
	}
	if (rep->kept < rep->issuen)
		tmpl_show(s, "MORE");
}

static void
page_import_render(struct req *q, struct resp *r,
    const struct import_report *rep, int status)
{
	struct tmpl	*t, *s;

	if ((t = page_new(q)) == NULL) {
		r->status = 500;
		return;
	}
	if (rep != NULL && rep->res == ES_OK && rep->refused == 0 &&
	    (s = tmpl_section(t, "DONE")) != NULL) {
		tmpl_set_int(s, "ROWS", (long long)rep->rows);
		tmpl_set_int(s, "APPLIED", (long long)rep->applied);
	} else if (rep != NULL && rep->res == ES_OK &&
	    (s = tmpl_section(t, "PARTIAL")) != NULL) {
		/* Saved, but rows changed since the template were refused. */
		tmpl_set_int(s, "ROWS", (long long)rep->rows);
		tmpl_set_int(s, "APPLIED", (long long)rep->applied);
		tmpl_set_int(s, "REFUSED", (long long)rep->refused);
		page_import_issues(s, q, rep, 1);
	} else if (rep != NULL && rep->res == ES_INVALID &&
	    (s = tmpl_section(t, "REPORT")) != NULL) {
		tmpl_set_int(s, "ROWS", (long long)rep->rows);
		tmpl_set_int(s, "ISSUES", (long long)rep->issuen);
		page_import_issues(s, q, rep, 0);
	} else if (rep != NULL && (s = tmpl_section(t, "FAILED")) != NULL)
		tmpl_set(s, "MESSAGE", i18n(q->lang, status == 507 ?
		    "T_ERR_STORAGE" : "T_ERR_500"));
	page_render(q, r, t, "import.tpl", i18n(q->lang, "T_IMPORT_TITLE"),
	    NAV_WORK);
	if (r->status == 0 || r->status == 200)
		r->status = status;
	r->no_store = 1;
}

/* GET /import: the upload form.  Raises 500. */
void
page_import_form(struct req *q, struct resp *r)
{
	page_import_render(q, r, NULL, 200);
}

/*
 * POST /import (multipart/form-data, field "file"): import it for the
 * units in the user's scope.  200 with the count when all rows were saved;
 * 409 with the saved count and the refused rows when some rows were
 * refused because their figures changed since the template (the rest were
 * saved); 422 with the report when none was; 507 when the database cannot
 * be written.  Raises 400, 409, 422, 500, 507.
 */
void
page_import_upload(struct req *q, struct resp *r)
{
	const struct kv		*file = req_form_kv(q, "file");
	struct import_report	 rep;
	struct import_ctx	 ctx;
	struct db_who		 who;
	enum entry_res		 res;
	char			 path[64];
	FILE			*f;
	int			 fd;

	if (file == NULL) {
		r->status = 400;
		return;
	}
	auth_who(q, &who);
	memset(&ctx, 0, sizeof(ctx));
	ctx.db = q->db;
	ctx.who = &who;
	ctx.roles = page_import_roles;
	ctx.roles_arg = q;
	if (import_is_xlsx(file->val, file->vallen)) {
		snprintf(path, sizeof(path), "/tmp/koers-import-XXXXXX");
		if ((fd = mkstemp(path)) == -1 ||
		    (f = fdopen(fd, "wb")) == NULL) {
			r->status = 500;
			return;
		}
		if (fwrite(file->val, 1, file->vallen, f) != file->vallen) {
			fclose(f);
			unlink(path);
			r->status = 500;
			return;
		}
		fclose(f);
		res = import_file(&ctx, path, &rep);
		unlink(path);
	} else
		res = import_csv(&ctx, file->val, file->vallen, &rep);
	if (res == ES_ERROR) {
		import_report_clear(&rep);
		r->status = 500;
		return;
	}
	page_import_render(q, r, &rep, res == ES_OK ? (rep.refused > 0 ?
	    409 : 200) : res == ES_INVALID ? 422 : 507);
	import_report_clear(&rep);
}

/*
 * GET /entry/{unit}/{period}/template.csv (and .xlsx): the import file of
 * this form, filled with what is stored.  Raises 403, 404, 500.
 */
void
page_import_template(struct req *q, struct resp *r)
{
	struct entry_form	*f;
	char			*csv, disp[128];
	size_t			 len;
	int			 xlsx;

	if ((f = page_entry_load(q, r)) == NULL)
		return;
	xlsx = strstr(q->path, ".xlsx") != NULL;
	if ((csv = xlsx ? import_template_xlsx(f, &len) :
	    import_template_csv(f, &len)) == NULL) {
		entry_store_form_free(f);
		r->status = 500;
		return;
	}
	utf8_snprintf(disp, sizeof(disp),
	    "attachment; filename=\"koers-%s-%s.%s\"",
	    f->unit_code, f->period.name, xlsx ? "xlsx" : "csv");
	resp_set_body(r, xlsx ? "application/vnd.openxmlformats-officedocument"
	    ".spreadsheetml.sheet" : "text/csv; charset=utf-8", csv, len);
	(void)resp_header(r, "Content-Disposition", disp);
	r->status = 200;
	r->no_store = 1;
	entry_store_form_free(f);
}
