/* report_publish.c: freezing a report into a version, and reading it back. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "report_build.h"
#include "report_json.h"
#include "report_publish.h"

/*
 * Build the report from the live database and store it as the next
 * version, with its SHA-256, who published it and the audit log's head
 * hash (an outside copy of the chain's state), in one transaction with
 * the audit entry (who->action etc. are filled here; user and client come
 * from who).  A report of a period that is not closed is provisional
 * and published only when confirm_provisional is set (issue 13, item 3).
 * Returns REPORT_PUB_OK with *version set, REPORT_PUB_PROVISIONAL
 * (nothing stored), REPORT_PUB_NOTFOUND or REPORT_PUB_ERROR.
 */
enum report_pub_res
report_publish(struct db *db, int64_t report_id,
    const struct audit_entry *who, int confirm_provisional, int *version)
{
	struct report_meta	*meta;
	struct report_doc	*doc = NULL;
	struct audit_entry	 e;
	char			*json = NULL, hash[65], id[24], val[96];
	enum report_pub_res	 res = REPORT_PUB_ERROR;

	if ((meta = db_report_get(db, report_id)) == NULL)
		return REPORT_PUB_NOTFOUND;
	if ((doc = report_build(db, meta->period_id, report_id)) == NULL)
		goto out;
	if (doc->provisional && !confirm_provisional) {
		res = REPORT_PUB_PROVISIONAL;
		goto out;
	}
	if (!db_begin_immediate(db))
		goto out;
	/* The log's head as of this version, inside the write lock. */
	doc->audited = 1;
	if (!audit_head(db, &doc->audit_entries, doc->audit_head) ||
	    (json = report_json_dump(doc)) == NULL ||
	    !report_json_hash(json, hash))
		goto rollback;
	if (db_report_version_insert(db, report_id, json, hash, who->user_id,
	    version) != DB_OK)
		goto rollback;
	e = *who;
	snprintf(id, sizeof(id), "%lld", (long long)report_id);
	snprintf(val, sizeof(val), "version %d sha256 %s", *version, hash);
	e.action = "report.publish";
	e.entity = "report";
	e.entity_id = id;
	e.old_value = "";
	e.new_value = val;
	if (!audit_append(db, &e) || !db_commit(db))
		goto rollback;
	res = REPORT_PUB_OK;
	goto out;
rollback:
	db_rollback(db);
	log_err("report: publishing report %lld failed", (long long)report_id);
out:
	free(json);
	report_doc_free(doc);
	db_report_meta_free(meta);
	return res;
}

/*
 * A published version read back from its stored JSON.  *out gets the
 * version row (content, hash, who, when) when out is not NULL.  NULL when
 * the version does not exist or its content is not readable (logged).
 */
struct report_doc *
report_publish_load(struct db *db, int64_t report_id, int version,
    struct report_version **out)
{
	struct report_version	*v;
	struct report_doc	*doc;

	if (out != NULL)
		*out = NULL;
	if ((v = db_report_version_get(db, report_id, version)) == NULL)
		return NULL;
	if ((doc = report_json_parse(v->content)) == NULL) {
		log_err("report: version %d of report %lld is unreadable",
		    version, (long long)report_id);
		db_report_version_free(v);
		return NULL;
	}
	if (out != NULL)
		*out = v;
	else
		db_report_version_free(v);
	return doc;
}

/*
 * The document of report_id: with version > 0 that published version as
 * stored (*ver set), with version 0 the draft built now (*ver NULL), which
 * only a composer (auth_composer()) may see.  REPORT_PUB_OK with *doc set;
 * REPORT_PUB_FORBIDDEN, REPORT_PUB_NOTFOUND or REPORT_PUB_ERROR (logged)
 * with nothing to free.
 */
enum report_pub_res
report_publish_get(struct db *db, int64_t report_id, int version,
    int composer, struct report_doc **doc, struct report_version **ver)
{
	struct report_meta	*m;
	struct report_version	*v;

	*doc = NULL;
	*ver = NULL;
	if (version > 0) {
		if ((*doc = report_publish_load(db, report_id, version, ver)) !=
		    NULL)
			return REPORT_PUB_OK;
		if ((v = db_report_version_get(db, report_id, version)) == NULL)
			return REPORT_PUB_NOTFOUND;
		db_report_version_free(v);
		return REPORT_PUB_ERROR;
	}
	if (!composer)
		return REPORT_PUB_FORBIDDEN;
	if ((m = db_report_get(db, report_id)) == NULL)
		return REPORT_PUB_NOTFOUND;
	*doc = report_build(db, m->period_id, report_id);
	db_report_meta_free(m);
	return *doc != NULL ? REPORT_PUB_OK : REPORT_PUB_ERROR;
}
