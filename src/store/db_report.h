/*
 * db_report.h: reports, their free texts and their published versions.
 * A published version (report_version) is frozen: a trigger refuses any
 * update, and this layer offers none.
 */
#ifndef KOERS_DB_REPORT_H
#define KOERS_DB_REPORT_H

#include "db.h"

struct report_meta {
	int64_t		 id;
	int64_t		 period_id;
	char		 period[12];	/* 2014-Q2 */
	int		 year;
	int		 quarter;
	char		*kind;
	char		*title;
	char		*intro;
	char		*created_at;
	char		*updated_at;
	int		 versions;	/* published versions; 0: draft only */
	char		*last_published_at; /* "" when none */
};

struct report_meta_list {
	struct report_meta *v;
	size_t		 n;
};

struct report_text {
	int64_t		 programme_id;
	char		*intro;
};

struct report_version {
	int64_t		 report_id;
	int		 version;
	char		*content;	/* canonical JSON; NULL in lists */
	char		 hash[65];	/* hex SHA-256 of content */
	char		*published_by;	/* username, "" when unknown */
	char		*published_at;
};

struct report_version_list {
	struct report_version *v;
	size_t		 n;
};

struct report_meta_list	*db_report_list(struct db *);
struct report_meta	*db_report_get(struct db *, int64_t id);
enum db_res		 db_report_insert(struct db *, int64_t period_id,
			    const char *kind, const char *title, int64_t user_id,
			    int64_t *id);
enum db_res		 db_report_update(struct db *, int64_t id,
			    const char *title, const char *intro);
enum db_res		 db_report_text_set(struct db *, int64_t report_id,
			    int64_t programme_id, const char *intro);
struct report_text	*db_report_texts(struct db *, int64_t report_id,
			    size_t *n);
enum db_res		 db_report_version_insert(struct db *, int64_t report_id,
			    const char *content, const char *hash,
			    int64_t user_id, int *version);
struct report_version	*db_report_version_get(struct db *, int64_t report_id,
			    int version);
struct report_version_list *db_report_version_list(struct db *,
			    int64_t report_id);
int			 db_report_latest_published(struct db *,
			    int64_t period_id, int64_t *report_id, int *version);
int64_t			 db_report_find_by_period(struct db *, int64_t period_id);
void			 db_report_meta_free(struct report_meta *);
void			 db_report_list_free(struct report_meta_list *);
void			 db_report_texts_free(struct report_text *, size_t);
void			 db_report_version_free(struct report_version *);
void			 db_report_version_list_free(struct report_version_list *);

#endif
