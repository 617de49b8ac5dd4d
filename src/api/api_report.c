/*
 * api_report.c: reports under /api/v1, with the same access rules as the
 * pages: every logged-in role reads published versions; drafts only those
 * who compose reports.
 */
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "auth.h"
#include "db_report.h"
#include "handlers.h"
#include "report_build.h"
#include "report_export.h"
#include "report_json.h"
#include "report_publish.h"
#include "router.h"

/* GET /api/v1/reports.  Raises 500. */
void
api_reports(struct req *q, struct resp *r)
{
	struct report_meta_list	*l;
	json_t			*a;
	int			 composer = auth_composer(q);
	size_t			 i;

	if ((l = db_report_list(q->db)) == NULL || (a = json_array()) == NULL) {
		db_report_list_free(l);
		r->status = 500;
		return;
	}
	for (i = 0; i < l->n; i++) {
		if (l->v[i].versions == 0 && !composer)
			continue;
		json_array_append_new(a, json_pack("{s:I,s:s,s:s,s:s,s:i,s:o}",
		    "id", (json_int_t)l->v[i].id, "title", l->v[i].title,
		    "kind", l->v[i].kind, "period", l->v[i].period,
		    "versions", l->v[i].versions,
		    "last_published_at", l->v[i].versions > 0 ?
		    json_string(l->v[i].last_published_at) : json_null()));
	}
	db_report_list_free(l);
	api_send(r, 200, json_pack("{s:o}", "reports", a));
}

/*
 * GET /api/v1/reports/{id}[?version=N]: the report, its published versions
 * and one document: version N exactly as stored, else for composers the
 * draft built now, for others the newest published version.  Raises 400,
 * 404, 500.
 */
void
api_report(struct req *q, struct resp *r)
{
	struct report_meta		*m;
	struct report_version_list	*vl = NULL;
	struct report_version		*ver = NULL;
	struct report_doc		*doc = NULL;
	const char			*qv = req_query(q, "version");
	json_t				*vs = NULL, *d = NULL, *j;
	int64_t				 id;
	int				 version = 0;
	size_t				 i;

	id = q->id[0];
	if ((m = db_report_get(q->db, id)) == NULL) {
		r->status = 404;
		return;
	}
	if (qv != NULL && !report_version_parse(qv, &version)) {
		r->status = 400;
		goto out;
	}
	if ((vl = db_report_version_list(q->db, id)) == NULL ||
	    (vs = json_array()) == NULL) {
		r->status = 500;
		goto out;
	}
	if (vl->n == 0 && !auth_composer(q)) {
		r->status = 404;
		goto out;
	}
	for (i = 0; i < vl->n; i++)
		json_array_append_new(vs, json_pack("{s:i,s:s,s:s,s:s}",
		    "version", vl->v[i].version,
		    "published_at", vl->v[i].published_at,
		    "published_by", vl->v[i].published_by,
		    "sha256", vl->v[i].hash));
	if (version == 0 && !auth_composer(q))
		version = vl->v[vl->n - 1].version;
	if (version > 0) {
		if ((ver = db_report_version_get(q->db, id, version)) == NULL) {
			r->status = 404;
			goto out;
		}
		d = json_loads(ver->content, 0, NULL);
	} else if ((doc = report_build(q->db, m->period_id, id)) != NULL)
		d = report_json(doc);
	if (d == NULL) {
		r->status = 500;
		goto out;
	}
	j = json_pack("{s:{s:I,s:s,s:s,s:s,s:s,s:s},s:o,s:o,s:o}",
	    "report", "id", (json_int_t)m->id, "title", m->title,
	    "kind", m->kind, "period", m->period, "created_at", m->created_at,
	    "updated_at", m->updated_at, "versions", vs,
	    "document_version", version > 0 ? json_integer(version) :
	    json_string("draft"), "document", d);
	vs = d = NULL;
	api_send(r, 200, j);
out:
	json_decref(vs);
	json_decref(d);
	report_doc_free(doc);
	db_report_version_free(ver);
	db_report_version_list_free(vl);
	db_report_meta_free(m);
}

/*
 * GET /api/v1/reports/{id}/export.{pdf,xlsx,csv,json}[?version=N]: as
 * report_export().  Raises 400, 403, 404, 500.
 */
void
api_report_export(struct req *q, struct resp *r)
{
	static const int	 status[] = {
		[REPORT_PUB_OK] = 200, [REPORT_PUB_NOTFOUND] = 404,
		[REPORT_PUB_FORBIDDEN] = 403, [REPORT_PUB_BAD] = 400,
		[REPORT_PUB_ERROR] = 500
	};
	struct report_file	 f;

	r->status = status[report_export(q->db, q->id[0], q->route->pattern,
	    req_query(q, "version"), auth_composer(q), q->lang, &f)];
	if (r->status != 200)
		return;
	if (!resp_download(r, f.ctype, f.bytes, f.len, f.name,
	    f.draft ? NULL : f.published_at))
		r->status = 500;
}

/*
 * POST /api/v1/reports/{id}/publish: publish the report as its next
 * version.  The body is a JSON object; a report of a period that is not
 * closed is provisional and needs "confirm_provisional": true (issue 13,
 * item 3).  Any other member, or a confirm_provisional that is not a
 * boolean, is refused naming the member.  Answers 201 with the version.
 * Raises 400 (not an object), 404, 422 (confirmation missing, a member
 * that does not apply), 500.
 */
void
api_report_publish(struct req *q, struct resp *r)
{
	struct audit_entry	 e;
	struct db_who		 who;
	json_t			*o = NULL, *v;
	const char		*k;
	struct report_meta	*m;
	int			 confirm = 0, version = 0;

	/* The report first: a missing one is 404 whatever the body. */
	if ((m = db_report_get(q->db, q->id[0])) == NULL) {
		r->status = 404;
		return;
	}
	db_report_meta_free(m);
	if (q->body != NULL && q->bodysz > 0) {
		o = json_loadb(q->body, q->bodysz, JSON_REJECT_DUPLICATES,
		    NULL);
		if (o == NULL || !json_is_object(o)) {
			json_decref(o);
			api_error(q, r, 400, "T_API_BODY_OBJECT", json_pack(
			    "{s:s}", "field", ""));
			return;
		}
		json_object_foreach(o, k, v) {
			if (strcmp(k, "confirm_provisional") != 0 ||
			    !json_is_boolean(v)) {
				api_error(q, r, 422, "T_ERR_INVALID",
				    json_pack("{s:s}", "field", k));
				json_decref(o);
				return;
			}
			confirm = json_is_true(v);
		}
		json_decref(o);
	}
	auth_who(q, &who);
	memset(&e, 0, sizeof(e));
	e.user_id = who.user_id;
	e.username = who.username;
	e.client = who.client;
	switch (report_publish(q->db, q->id[0], &e, confirm, &version)) {
	case REPORT_PUB_OK:
		api_send(r, 201, json_pack("{s:I,s:i}", "report_id",
		    (json_int_t)q->id[0], "version", version));
		return;
	case REPORT_PUB_PROVISIONAL:
		api_error(q, r, 422, "T_REPORT_PROV_CONFIRM_NEEDED",
		    json_pack("{s:s}", "field", "confirm_provisional"));
		return;
	case REPORT_PUB_NOTFOUND:
		r->status = 404;
		return;
	default:
		r->status = 500;
	}
}
