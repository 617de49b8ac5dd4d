/*
 * page_report.c: the report list and the composer: create a report for a
 * period, write its introductions, publish it.  Drafts are seen only by
 * those who compose reports (council staff and administrators); every
 * logged-in role reads published versions.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "db_period.h"
#include "db_programme.h"
#include "db_report.h"
#include "handlers.h"
#include "i18n.h"
#include "page.h"
#include "page_report.h"
#include "report_build.h"
#include "report_publish.h"
#include "router.h"
#include "tmpl.h"
#include "url.h"
#include "user.h"

#define REPORT_TITLE_MAX	200
#define REPORT_TEXT_MAX		20000

/* Who and where, for an audit entry. */
void
page_report_who(const struct req *q, struct audit_entry *e)
{
	memset(e, 0, sizeof(*e));
	e->user_id = q->user != NULL ? q->user->id : 0;
	e->username = q->user != NULL ? q->user->username : "";
	e->client = q->client;
}

/* The HTTP status of a report_publish_get() or report_export() result. */
int
page_report_status(enum report_pub_res res)
{
	switch (res) {
	case REPORT_PUB_OK:
		return 200;
	case REPORT_PUB_NOTFOUND:
		return 404;
	case REPORT_PUB_FORBIDDEN:
		return 403;
	case REPORT_PUB_BAD:
		return 400;
	default:
		return 500;
	}
}

/*
 * The document of report id: published version `version`, or with version
 * 0 the draft built now (only for composers).  Returns the HTTP status:
 * 200 with *doc set (and *ver for a version, NULL for a draft), 403, 404
 * or 500.
 */
int
page_report_load(struct req *q, int64_t id, int version,
    struct report_doc **doc, struct report_version **ver)
{
	return page_report_status(report_publish_get(q->db, id, version,
	    auth_composer(q), doc, ver));
}

/*
 * GET /reports: published reports for everyone; drafts and the composer's
 * links for those who compose.  Raises 500.
 */
void
page_report_list(struct req *q, struct resp *r)
{
	struct report_meta_list	*l;
	struct tmpl		*t, *s;
	int			 composer = auth_composer(q);
	size_t			 i, published = 0;
	char			 key[64];

	if ((l = db_report_list(q->db)) == NULL) {
		r->status = 500;
		return;
	}
	if ((t = page_new(q)) == NULL) {
		db_report_list_free(l);
		r->status = 500;
		return;
	}
	for (i = 0; i < l->n; i++) {
		snprintf(key, sizeof(key), "T_REPORT_KIND_%s",
		    strcmp(l->v[i].kind, "bestuursrapportage") == 0 ?
		    "BESTUURSRAPPORTAGE" : "VOORTGANGSRAPPORTAGE");
		if (l->v[i].versions > 0 &&
		    (s = tmpl_section(t, "PUBLISHED")) != NULL) {
			published++;
			tmpl_set_int(s, "ID", l->v[i].id);
			tmpl_set(s, "TITLE", l->v[i].title);
			tmpl_set(s, "PERIOD", l->v[i].period);
			tmpl_set(s, "KIND", i18n(q->lang, key));
			tmpl_set_int(s, "VERSION", l->v[i].versions);
			page_set_when(s, "PUBLISHED_AT", q,
			    l->v[i].last_published_at);
		}
		if (composer && (s = tmpl_section(t, "DRAFT")) != NULL) {
			tmpl_set_int(s, "ID", l->v[i].id);
			tmpl_set(s, "TITLE", l->v[i].title);
			tmpl_set(s, "PERIOD", l->v[i].period);
			tmpl_set(s, "KIND", i18n(q->lang, key));
			tmpl_set_int(s, "VERSIONS", l->v[i].versions);
		}
	}
	tmpl_show(t, published > 0 ? "HAS_PUBLISHED" : "NO_PUBLISHED");
	if (composer) {
		tmpl_show(t, "COMPOSER");
		if (l->n > 0)
			tmpl_show(t, "HAS_DRAFTS");
	}
	db_report_list_free(l);
	page_render(q, r, t, "reports.tpl", i18n(q->lang, "T_REPORTS_TITLE"),
	    NAV_REPORTS);
}

/* A message next to a field: section with MSG. */
static void
page_report_msg(struct tmpl *t, const char *section, const char *msg)
{
	struct tmpl *s;

	if ((s = tmpl_section(t, section)) != NULL)
		tmpl_set(s, "MSG", msg);
}

static const char *const page_report_kinds[] = {
	"voortgangsrapportage", "bestuursrapportage"
};

/* The new-report form, with what was typed and the messages. */
static void
page_report_new_render(struct req *q, struct resp *r, int64_t period_id,
    const char *kind, const char *title, const char *err_period,
    const char *err_kind, const char *err_title)
{
	struct period_list	*pl;
	struct tmpl		*t, *s;
	size_t			 i;
	char			 key[64];

	if ((pl = db_period_list_all(q->db)) == NULL ||
	    (t = page_new(q)) == NULL) {
		db_period_list_free(pl);
		r->status = 500;
		return;
	}
	for (i = pl->n; i > 0; i--) {
		if (pl->v[i - 1].state == PERIOD_PLANNED ||
		    (s = tmpl_section(t, "PERIOD_OPTION")) == NULL)
			continue;
		tmpl_set_int(s, "ID", pl->v[i - 1].id);
		tmpl_set(s, "NAME", pl->v[i - 1].name);
		if (pl->v[i - 1].id == period_id)
			tmpl_show(s, "SELECTED");
	}
	for (i = 0; i < 2; i++) {
		if ((s = tmpl_section(t, "KIND_OPTION")) == NULL)
			continue;
		tmpl_set(s, "VALUE", page_report_kinds[i]);
		snprintf(key, sizeof(key), "T_REPORT_KIND_%s", i == 0 ?
		    "VOORTGANGSRAPPORTAGE" : "BESTUURSRAPPORTAGE");
		tmpl_set(s, "LABEL", i18n(q->lang, key));
		if (kind != NULL && strcmp(kind, page_report_kinds[i]) == 0)
			tmpl_show(s, "SELECTED");
	}
	tmpl_set(t, "TITLE_VALUE", title != NULL ? title : "");
	if (err_period || err_kind || err_title)
		tmpl_show(t, "FORM_ERROR");
	if (err_period)
		page_report_msg(t, "ERR_PERIOD", err_period);
	if (err_kind)
		page_report_msg(t, "ERR_KIND", err_kind);
	if (err_title)
		page_report_msg(t, "ERR_TITLE", err_title);
	db_period_list_free(pl);
	page_render(q, r, t, "report_new.tpl", i18n(q->lang, "T_REPORT_NEW"),
	    NAV_REPORTS);
	if (err_period || err_kind || err_title)
		r->status = 422;
}

/* GET /reports/new: choose period, kind and title.  Raises 500. */
void
page_report_new(struct req *q, struct resp *r)
{
	page_report_new_render(q, r, 0, page_report_kinds[0], "", NULL, NULL,
	    NULL);
}

/*
 * POST /reports: create a draft and go to its composer (303).  Raises 422
 * with the form and its messages, 500.
 */
void
page_report_create(struct req *q, struct resp *r)
{
	const char		*ps = req_form(q, "period"), *kind;
	const char		*title = req_form(q, "title");
	const char		*ep = NULL, *ek = NULL, *et = NULL;
	struct audit_entry	 e;
	struct period		 per;
	int64_t			 pid = 0, id;
	char			 loc[64], sid[24];

	kind = req_form(q, "kind");
	if (ps == NULL || !url_id(ps, &pid) || !db_period_get(q->db, pid, &per))
		ep = i18n(q->lang, "T_REPORT_ERR_PERIOD");
	if (kind == NULL || (strcmp(kind, page_report_kinds[0]) != 0 &&
	    strcmp(kind, page_report_kinds[1]) != 0))
		ek = i18n(q->lang, "T_REPORT_ERR_KIND");
	if ((et = report_title_check(title)) != NULL)
		et = i18n(q->lang, et);
	if (ep || ek || et) {
		page_report_new_render(q, r, pid, kind, title, ep, ek, et);
		return;
	}
	if (!db_begin_immediate(q->db))
		goto fail;
	if (db_report_insert(q->db, pid, kind, title,
	    q->user != NULL ? q->user->id : 0, &id) != DB_OK)
		goto rollback;
	page_report_who(q, &e);
	snprintf(sid, sizeof(sid), "%lld", (long long)id);
	e.action = "report.create";
	e.entity = "report";
	e.entity_id = sid;
	e.new_value = title;
	if (!audit_append(q->db, &e) || !db_commit(q->db))
		goto rollback;
	snprintf(loc, sizeof(loc), "/reports/%lld", (long long)id);
	resp_redirect(r, 303, loc);
	return;
rollback:
	db_rollback(q->db);
fail:
	r->status = 500;
}

/*
 * The composer, from the database or (after a failed save) from the form;
 * pub_unconfirmed: a publish of a provisional report came without the
 * confirmation.
 */
static void
page_report_edit_render(struct req *q, struct resp *r,
    const struct report_meta *m, int from_form, int status,
    int pub_unconfirmed)
{
	struct period			 per;
	struct programme_list		*pl = NULL;
	struct report_text		*texts = NULL;
	struct report_version_list	*vl = NULL;
	struct tmpl			*t, *s;
	size_t				 textn = 0, i, j;
	const char			*v, *err;
	char				 field[40];
	int				 bad = 0;

	if ((pl = db_programme_list(q->db, m->year)) == NULL ||
	    (texts = db_report_texts(q->db, m->id, &textn)) == NULL ||
	    (vl = db_report_version_list(q->db, m->id)) == NULL ||
	    (t = page_new(q)) == NULL) {
		r->status = 500;
		goto out;
	}
	if (!db_period_get(q->db, m->period_id, &per)) {
		tmpl_free(t);
		r->status = 500;
		goto out;
	}
	/* An open period: say so, and ask for the confirmation. */
	if (per.state != PERIOD_CLOSED)
		tmpl_show(t, "PUB_PROVISIONAL");
	if (pub_unconfirmed)
		tmpl_show(t, "PUB_UNCONFIRMED");
	tmpl_set_int(t, "ID", m->id);
	tmpl_set(t, "PERIOD", m->period);
	v = from_form ? req_form(q, "title") : m->title;
	tmpl_set(t, "TITLE_VALUE", v);
	if (from_form && (err = report_title_check(v)) != NULL) {
		page_report_msg(t, "ERR_TITLE", i18n(q->lang, err));
		bad = 1;
	}
	v = from_form ? req_form(q, "intro") : m->intro;
	tmpl_set(t, "INTRO_VALUE", v);
	if (from_form && (err = report_intro_check(v)) != NULL) {
		page_report_msg(t, "ERR_INTRO", i18n(q->lang, err));
		bad = 1;
	}
	for (i = 0; i < pl->n; i++) {
		if ((s = tmpl_section(t, "PROG_TEXT")) == NULL)
			continue;
		tmpl_set_int(s, "PROG_ID", pl->v[i].id);
		tmpl_set_int(s, "NUMBER", pl->v[i].number);
		tmpl_set(s, "NAME", pl->v[i].name);
		v = "";
		if (from_form) {
			snprintf(field, sizeof(field), "intro_%lld",
			    (long long)pl->v[i].id);
			v = req_form(q, field);
		} else
			for (j = 0; j < textn; j++)
				if (texts[j].programme_id == pl->v[i].id)
					v = texts[j].intro;
		tmpl_set(s, "VALUE", v);
		if (from_form && (err = report_intro_check(v)) != NULL) {
			page_report_msg(s, "ERR", i18n(q->lang, err));
			bad = 1;
		}
	}
	if (bad)
		tmpl_show(t, "FORM_ERROR");
	else if (req_query(q, "saved") != NULL)
		tmpl_show(t, "SAVED");
	tmpl_show(t, vl->n > 0 ? "HAS_VERSIONS" : "NO_VERSIONS");
	if (vl->n > 1)
		tmpl_show(t, "CAN_COMPARE");
	for (i = 0; i < vl->n; i++) {
		if ((s = tmpl_section(t, "VERSION")) != NULL) {
			tmpl_set_int(s, "ID", m->id);
			tmpl_set_int(s, "VERSION", vl->v[i].version);
			page_set_when(s, "PUBLISHED_AT", q,
			    vl->v[i].published_at);
			tmpl_set(s, "PUBLISHED_BY", vl->v[i].published_by);
			tmpl_set(s, "HASH", vl->v[i].hash);
		}
		if ((s = tmpl_section(t, "OPT_A")) != NULL) {
			tmpl_set_int(s, "VERSION", vl->v[i].version);
			if (i + 2 == vl->n)
				tmpl_show(s, "SELECTED");
		}
		if ((s = tmpl_section(t, "OPT_B")) != NULL) {
			tmpl_set_int(s, "VERSION", vl->v[i].version);
			if (i + 1 == vl->n)
				tmpl_show(s, "SELECTED");
		}
	}
	page_render(q, r, t, "report_edit.tpl", m->title, NAV_REPORTS);
	r->status = status;
out:
	db_programme_list_free(pl);
	db_report_texts_free(texts, textn);
	db_report_version_list_free(vl);
}

/* GET /reports/{id}: the composer.  Raises 404, 500. */
void
page_report_edit(struct req *q, struct resp *r)
{
	struct report_meta	*m;
	int64_t			 id;

	id = q->id[0];
	if ((m = db_report_get(q->db, id)) == NULL) {
		r->status = 404;
		return;
	}
	page_report_edit_render(q, r, m, 0, 200, 0);
	db_report_meta_free(m);
}

/*
 * POST /reports/{id}: save the title and the introductions, then back to
 * the composer (303).  Raises 404; 422 with the typed texts and a message
 * at each field that is wrong (nothing saved); 500.
 */
void
page_report_save(struct req *q, struct resp *r)
{
	struct report_meta	*m;
	struct programme_list	*pl = NULL;
	struct audit_entry	 e;
	const char		*title = req_form(q, "title");
	const char		*intro = req_form(q, "intro"), *v;
	int64_t			 id;
	size_t			 i;
	int			 bad;
	char			 field[40], sid[24], loc[64];

	id = q->id[0];
	if ((m = db_report_get(q->db, id)) == NULL) {
		r->status = 404;
		return;
	}
	if ((pl = db_programme_list(q->db, m->year)) == NULL) {
		r->status = 500;
		goto out;
	}
	if (intro == NULL)
		intro = "";
	bad = report_title_check(title) != NULL ||
	    report_intro_check(intro) != NULL;
	for (i = 0; !bad && i < pl->n; i++) {
		snprintf(field, sizeof(field), "intro_%lld",
		    (long long)pl->v[i].id);
		v = req_form(q, field);
		bad = report_intro_check(v) != NULL;
	}
	if (bad) {
		page_report_edit_render(q, r, m, 1, 422, 0);
		goto out;
	}
	if (!db_begin_immediate(q->db)) {
		r->status = 500;
		goto out;
	}
	if (db_report_update(q->db, id, title, intro) != DB_OK)
		goto rollback;
	for (i = 0; i < pl->n; i++) {
		snprintf(field, sizeof(field), "intro_%lld",
		    (long long)pl->v[i].id);
		if ((v = req_form(q, field)) != NULL &&
		    db_report_text_set(q->db, id, pl->v[i].id, v) != DB_OK)
			goto rollback;
	}
	page_report_who(q, &e);
	snprintf(sid, sizeof(sid), "%lld", (long long)id);
	e.action = "report.update";
	e.entity = "report";
	e.entity_id = sid;
	e.old_value = m->title;
	e.new_value = title;
	if (!audit_append(q->db, &e) || !db_commit(q->db))
		goto rollback;
	snprintf(loc, sizeof(loc), "/reports/%lld?saved=1", (long long)id);
	resp_redirect(r, 303, loc);
	goto out;
rollback:
	db_rollback(q->db);
	r->status = 500;
out:
	db_programme_list_free(pl);
	db_report_meta_free(m);
}

/*
 * POST /reports/{id}/publish: freeze the report as its next version
 * (audited), then show that version (303).  Raises 404, 500.
 */
void
page_report_publish(struct req *q, struct resp *r)
{
	struct audit_entry	 e;
	struct report_meta	*m;
	int64_t			 id;
	int			 version = 0, confirm;
	const char		*c;
	char			 loc[80];

	id = q->id[0];
	page_report_who(q, &e);
	confirm = (c = req_form(q, "confirm_provisional")) != NULL &&
	    strcmp(c, "1") == 0;
	switch (report_publish(q->db, id, &e, confirm, &version)) {
	case REPORT_PUB_PROVISIONAL:
		if ((m = db_report_get(q->db, id)) == NULL) {
			r->status = 500;
			return;
		}
		page_report_edit_render(q, r, m, 0, 422, 1);
		db_report_meta_free(m);
		return;
	case REPORT_PUB_OK:
		snprintf(loc, sizeof(loc), "/reports/%lld/versions/%d?published=1",
		    (long long)id, version);
		resp_redirect(r, 303, loc);
		return;
	case REPORT_PUB_NOTFOUND:
		r->status = 404;
		return;
	default:
		r->status = 500;
	}
}
