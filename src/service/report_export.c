/* report_export.c: a report document as a file to download. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_org.h"
#include "export.h"
#include "report_export.h"
#include "utf8.h"

/*
 * The organisation's name for a document's cover: the name of the
 * gemeente, the root of the org unit tree.  buf gets "" when there is
 * none.
 */
void
report_export_org(struct db *db, char *buf, size_t sz)
{
	struct org_unit	*u;
	int64_t		 root;

	if (sz == 0)
		return;
	buf[0] = '\0';
	if ((root = db_org_root(db)) <= 0 || (u = db_org_get(db, root)) == NULL)
		return;
	utf8_snprintf(buf, sz, "%s", u->name != NULL ? u->name : "");
	db_org_free(u);
}

/*
 * Report report_id as a file in the format that name ends in (".pdf",
 * ".xlsx", ".csv", ".json", ".odt"; "-nl.csv" for the Dutch CSV; the
 * route's pattern will do): published
 * version `version` (the text of "?version=N"), or without it (NULL) the
 * draft built now, for composers only (see report_publish_get()).
 * REPORT_PUB_OK with *out filled (free with report_export_free());
 * REPORT_PUB_BAD for a version that is no number; REPORT_PUB_NOTFOUND for
 * an unknown format, report or version; REPORT_PUB_FORBIDDEN;
 * REPORT_PUB_ERROR.
 */
enum report_pub_res
report_export(struct db *db, int64_t report_id, const char *name,
    const char *vs, int composer, enum lang lang, struct report_file *out)
{
	struct report_doc	*doc = NULL;
	struct report_version	*ver = NULL;
	struct export_meta	 m;
	enum export_format	 f;
	enum report_pub_res	 res;
	const char		*ext = strrchr(name, '.');
	char			 now[32], org[256];
	int			 version = 0;

	memset(out, 0, sizeof(*out));
	if (ext == NULL || !export_format_parse(ext + 1, &f))
		return REPORT_PUB_NOTFOUND;
	/* export-nl.csv: the Dutch dialect of the CSV. */
	if (f == EXPORT_CSV && ext - name >= 3 && strncmp(ext - 3, "-nl", 3) == 0)
		f = EXPORT_CSV_NL;
	if (vs != NULL && !report_version_parse(vs, &version))
		return REPORT_PUB_BAD;
	if ((res = report_publish_get(db, report_id, version, composer, &doc,
	    &ver)) != REPORT_PUB_OK)
		return res;
	memset(&m, 0, sizeof(m));
	m.lang = lang;
	m.version = version;
	db_now(now, sizeof(now));
	m.published_at = ver ? ver->published_at : "";
	m.published_by = ver ? ver->published_by : "";
	m.hash = ver ? ver->hash : "";
	m.generated_at = ver ? ver->published_at : now;
	report_export_org(db, org, sizeof(org));
	m.organisation = org;
	out->bytes = export_render(doc, f, &m, ver ? ver->content : NULL,
	    &out->len);
	if (out->bytes == NULL) {
		res = REPORT_PUB_ERROR;
		goto out;
	}
	out->ctype = export_format_ctype(f);
	out->draft = version == 0;
	if (ver != NULL)
		snprintf(out->published_at, sizeof(out->published_at), "%s",
		    ver->published_at);
	if (version > 0)
		snprintf(out->name, sizeof(out->name),
		    "koers-rapportage-%s-v%d%s.%s", doc->period, version,
		    f == EXPORT_CSV_NL ? "-nl" : "", export_format_ext(f));
	else
		snprintf(out->name, sizeof(out->name),
		    "koers-rapportage-%s-concept%s.%s", doc->period,
		    f == EXPORT_CSV_NL ? "-nl" : "", export_format_ext(f));
out:
	report_doc_free(doc);
	db_report_version_free(ver);
	return res;
}

/* Free what report_export() filled; accepts NULL. */
void
report_export_free(struct report_file *f)
{
	if (f == NULL)
		return;
	free(f->bytes);
	f->bytes = NULL;
	f->len = 0;
}
