/*
 * page_report_view.c: reading a report: the live preview of a draft, a
 * published version (rendered from its stored JSON), the comparison of two
 * versions, and the downloads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "db_report.h"
#include "handlers.h"
#include "i18n.h"
#include "page.h"
#include "page_report.h"
#include "report_diff.h"
#include "report_export.h"
#include "report_publish.h"
#include "router.h"
#include "tmpl.h"

/*
 * The export links: the Dutch CSV first for Dutch readers, the
 * international one first in English.
 */
static void
prv_exports(struct tmpl *t, int64_t id, int version, enum lang lang)
{
	char q[32];

	tmpl_set_int(t, "ID", id);
	if (version > 0)
		snprintf(q, sizeof(q), "?version=%d", version);
	else
		q[0] = '\0';
	tmpl_set(t, "EXPORT_QUERY", q);
	tmpl_show(t, lang == LANG_EN ? "CSV_NL_LAST" : "CSV_NL_FIRST");
}

/* GET /reports/{id}/preview: the draft as the document.  Raises 403, 404, 500. */
void
page_report_preview(struct req *q, struct resp *r)
{
	struct report_doc	*doc;
	struct report_version	*ver;
	struct tmpl		*t;
	int64_t			 id;
	int			 st;

	id = q->id[0];
	if ((st = page_report_load(q, id, 0, &doc, &ver)) != 200) {
		r->status = st;
		return;
	}
	if ((t = page_new(q)) != NULL) {
		page_report_doc_fill(t, q, doc);
		tmpl_show(t, "DRAFT_NOTE");
		prv_exports(t, id, 0, q->lang);
	}
	page_render(q, r, t, "report_doc.tpl", doc->title, NAV_REPORTS);
	report_doc_free(doc);
}

/*
 * GET /reports/{id}/versions/{v}: a published version exactly as it was
 * published.  Raises 404, 500.
 */
void
page_report_version(struct req *q, struct resp *r)
{
	struct report_doc	*doc;
	struct report_version	*ver;
	struct tmpl		*t, *s, *a;
	int64_t			 id;
	int			 v, st;

	id = q->id[0];
	v = q->version;
	if ((st = page_report_load(q, id, v, &doc, &ver)) != 200) {
		r->status = st;
		return;
	}
	if ((t = page_new(q)) != NULL) {
		page_report_doc_fill(t, q, doc);
		if ((s = tmpl_section(t, "VERSION_INFO")) != NULL) {
			tmpl_set_int(s, "VERSION", v);
			page_set_when(s, "PUBLISHED_AT", q,
			    ver->published_at);
			tmpl_set(s, "PUBLISHED_BY", ver->published_by);
			tmpl_set(s, "HASH", ver->hash);
			if (doc->audited &&
			    (a = tmpl_section(s, "AUDIT")) != NULL) {
				tmpl_set_int(a, "AUDIT_ENTRIES",
				    (long long)doc->audit_entries);
				tmpl_set(a, "AUDIT_HEAD", doc->audit_head);
			}
			if (req_query(q, "published") != NULL)
				tmpl_show(s, "JUST_PUBLISHED");
			if (auth_composer(q))
				tmpl_show(s, "COMPOSER");
		}
		prv_exports(t, id, v, q->lang);
	}
	page_render(q, r, t, "report_doc.tpl", doc->title, NAV_REPORTS);
	report_doc_free(doc);
	db_report_version_free(ver);
}

static const char *
prv_field_label(const char *field)
{
	if (strcmp(field, "value") == 0) return "T_REALISED";
	if (strcmp(field, "target") == 0) return "T_TARGET";
	if (strcmp(field, "year_target") == 0) return "T_YEAR_TARGET";
	if (strcmp(field, "forecast") == 0) return "T_FORECAST";
	if (strcmp(field, "cost_forecast") == 0) return "T_REPORT_FORECAST_YEAR";
	if (strcmp(field, "status") == 0) return "T_REPORT_STATUS";
	if (strcmp(field, "explanation") == 0) return "T_EXPLANATION";
	if (strcmp(field, "measure") == 0) return "T_MEASURE";
	if (strcmp(field, "budget") == 0) return "T_REPORT_BUDGET_TO_DATE";
	if (strcmp(field, "year_budget") == 0) return "T_REPORT_YEAR_BUDGET";
	if (strcmp(field, "realised") == 0) return "T_REPORT_REALISED_TO_DATE";
	if (strcmp(field, "intro") == 0) return "T_REPORT_INTRO";
	if (strcmp(field, "title") == 0) return "T_REPORT_TITLE_FIELD";
	if (strcmp(field, "programme") == 0) return "T_PROGRAMME";
	if (strcmp(field, "effect") == 0) return "T_EFFECT";
	if (strcmp(field, "performance") == 0) return "T_PERFORMANCE";
	return "T_INDICATOR";
}

static void
prv_change_value(struct tmpl *s, const char *name, const struct req *q,
    const struct report_change *c, const char *v)
{
	enum status st;

	if (c->kind == REPORT_CHANGE_STATUS && status_from_name(v, &st))
		tmpl_set(s, name, i18n(q->lang, status_look(st)->key));
	else
		tmpl_set(s, name, v[0] != '\0' ? v : "\xe2\x80\x94");
}

/*
 * GET /reports/{id}/compare?a=1&b=2: what changed between two published
 * versions in figures, status and texts.  Without a and b: the form.
 * Raises 404, 422 (a version that does not exist), 500.
 */
void
page_report_compare(struct req *q, struct resp *r)
{
	struct report_version_list	*vl;
	struct report_doc		*da = NULL, *db = NULL;
	struct report_version		*va = NULL, *vb = NULL;
	struct report_diff		*d = NULL;
	struct report_meta		*m;
	struct tmpl			*t, *s;
	const char			*as = req_query(q, "a");
	const char			*bs = req_query(q, "b");
	int64_t				 id;
	int				 a = 0, b = 0, asked, st = 200;
	size_t				 i;
	char				 key[64];

	id = q->id[0];
	if ((m = db_report_get(q->db, id)) == NULL) {
		r->status = 404;
		return;
	}
	if ((vl = db_report_version_list(q->db, id)) == NULL) {
		db_report_meta_free(m);
		r->status = 500;
		return;
	}
	asked = as != NULL || bs != NULL;
	if (asked) {
		if (!report_version_parse(as, &a) ||
		    !report_version_parse(bs, &b) ||
		    (da = report_publish_load(q->db, id, a, &va)) == NULL ||
		    (db = report_publish_load(q->db, id, b, &vb)) == NULL)
			st = 422;
		else if ((d = report_diff(da, db)) == NULL)
			st = 500;
	} else if (vl->n >= 2) {
		a = vl->v[vl->n - 2].version;
		b = vl->v[vl->n - 1].version;
	}
	if (st == 500 || (t = page_new(q)) == NULL) {
		r->status = 500;
		goto out;
	}
	tmpl_set_int(t, "ID", id);
	tmpl_set(t, "REPORT_TITLE", m->title);
	tmpl_set(t, "PERIOD", m->period);
	for (i = 0; i < vl->n; i++) {
		if ((s = tmpl_section(t, "OPT_A")) != NULL) {
			tmpl_set_int(s, "VERSION", vl->v[i].version);
			page_set_when(s, "PUBLISHED_AT", q,
			    vl->v[i].published_at);
			if (vl->v[i].version == a)
				tmpl_show(s, "SELECTED");
		}
		if ((s = tmpl_section(t, "OPT_B")) != NULL) {
			tmpl_set_int(s, "VERSION", vl->v[i].version);
			page_set_when(s, "PUBLISHED_AT", q,
			    vl->v[i].published_at);
			if (vl->v[i].version == b)
				tmpl_show(s, "SELECTED");
		}
	}
	if (st == 422 && (s = tmpl_section(t, "ERR_VERSION")) != NULL)
		tmpl_set(s, "MSG", i18n(q->lang, "T_REPORT_ERR_VERSION"));
	if (d != NULL) {
		if ((s = tmpl_section(t, "RESULT")) != NULL) {
			tmpl_set_int(s, "A", a);
			tmpl_set_int(s, "B", b);
			tmpl_show(s, d->n > 0 ? "HAS_CHANGES" : "NO_CHANGES");
		}
		for (i = 0; s != NULL && i < d->n; i++) {
			struct tmpl *c = tmpl_section(s, "CHANGE");

			if (c == NULL)
				break;
			snprintf(key, sizeof(key), "T_REPORT_CHANGE_%s",
			    d->v[i].kind == REPORT_CHANGE_FIGURE ? "FIGURE" :
			    d->v[i].kind == REPORT_CHANGE_STATUS ? "STATUS" :
			    d->v[i].kind == REPORT_CHANGE_TEXT ? "TEXT" :
			    "STRUCTURE");
			tmpl_set(c, "KIND", i18n(q->lang, key));
			tmpl_set(c, "KIND_KEY",
			    report_change_kind_name(d->v[i].kind));
			tmpl_set(c, "WHERE", d->v[i].where[0] != '\0' ?
			    d->v[i].where : m->title);
			tmpl_set(c, "FIELD", i18n(q->lang,
			    prv_field_label(d->v[i].field)));
			tmpl_set(c, "FIELD_KEY", d->v[i].field);
			prv_change_value(c, "OLD", q, &d->v[i],
			    d->v[i].old_value);
			prv_change_value(c, "NEW", q, &d->v[i],
			    d->v[i].new_value);
		}
	}
	page_render(q, r, t, "report_compare.tpl",
	    i18n(q->lang, "T_REPORT_COMPARE"), NAV_REPORTS);
	r->status = st;
out:
	report_diff_free(d);
	report_doc_free(da);
	report_doc_free(db);
	db_report_version_free(va);
	db_report_version_free(vb);
	db_report_version_list_free(vl);
	db_report_meta_free(m);
}

/*
 * GET /reports/{id}/export.{pdf,xlsx,csv,json}[?version=N]: published
 * version N, or without it the draft (composers only), as a download.
 * Raises 400, 403, 404, 500.
 */
void
page_report_export(struct req *q, struct resp *r)
{
	struct report_file	 f;

	r->status = page_report_status(report_export(q->db, q->id[0],
	    q->route->pattern, req_query(q, "version"), auth_composer(q),
	    q->lang, &f));
	if (r->status != 200)
		return;
	if (!resp_download(r, f.ctype, f.bytes, f.len, f.name,
	    f.draft ? NULL : f.published_at))
		r->status = 500;
}
