/*
 * http.h: the request and response as the rest of Koers sees them.
 *
 * http.c is the only file that includes microhttpd.h.  It reads the request
 * into a struct req, passes it to router_dispatch() and sends the struct resp
 * that comes back, with the security headers every response carries.
 */
#ifndef KOERS_HTTP_H
#define KOERS_HTTP_H

#include <stddef.h>
#include <stdint.h>

#include "lang.h"

enum http_method {
	HTTP_GET,
	HTTP_HEAD,
	HTTP_POST,
	HTTP_PUT,
	HTTP_PATCH,
	HTTP_DELETE,
	HTTP_OTHER,
	HTTP__MAX
};

struct kv {
	char	*key;
	char	*val;		/* NUL-terminated unless borrowed */
	size_t	 vallen;
	int	 borrowed;	/* val points into the request body (a file
				 * part of an upload), not owned, not
				 * NUL-terminated: use vallen */
};

struct kvlist {
	struct kv	*v;
	size_t		 n;
	size_t		 cap;
};

struct user;
struct db;
struct route;
struct app;

#define REQ_MAXARGS	4

/* A quarter named in the path, "2014-Q3": well formed, maybe not stored. */
struct req_period {
	int		 year;
	int		 quarter;		/* 1..4 */
	char		 name[8];		/* "2014-Q3" */
};

struct req {
	enum http_method method;
	const char	*method_name;
	char		*path;			/* decoded, starts with '/' */
	struct kvlist	 query;
	struct kvlist	 form;			/* urlencoded or multipart fields */
	char		*body;			/* raw body; NUL-terminated unless
						 * mapped from an upload's file */
	size_t		 bodysz;
	const char	*ctype;			/* Content-Type, or "" */
	const char	*cookie;		/* Cookie header, or "" */
	const char	*authz;			/* Authorization header, or "" */
	const char	*if_none_match;		/* always "": set ETag or
						 * Last-Modified, and http.c
						 * answers 304 */
	const char	*accept_lang;		/* or "" */
	const char	*accept_enc;		/* Accept-Encoding, or "" */
	const char	*csrf_header;		/* X-CSRF-Token, or "" */
	const char	*origin;		/* Origin, or "" */
	const char	*fetch_site;		/* Sec-Fetch-Site, or "" */
	char		 client[64];		/* peer address */
	/* Path captures, checked and typed by router_match() (router.h). */
	int64_t		 id[REQ_MAXARGS];	/* {id}, {indicator}: in order */
	size_t		 idn;
	struct req_period period;		/* {period} */
	int		 version;		/* {v}: 1..ROUTE_VERSION_MAX */
	char		*args[REQ_MAXARGS];	/* {action}, {*}: in order */
	size_t		 argn;
	enum lang	 lang;
	int		 lang_chosen;		/* lang came from ?lang= or cookie */
	struct user	*user;			/* NULL: anonymous */
	char		*session_id;		/* raw session id from cookie */
	char		*csrf;			/* session's CSRF token */
	int		 via_token;		/* authenticated by API token */
	struct db	*db;			/* this thread's connection */
	const struct route *route;
	const struct app *app;
};

#define RESP_MAXHDR	8

struct resp {
	int		 status;
	const char	*ctype;
	char		*body;			/* owned (malloc) unless body_static */
	size_t		 len;
	int		 body_static;
	struct kv	 hdr[RESP_MAXHDR];	/* owned strings */
	size_t		 hdrn;
	int		 no_store;		/* Cache-Control: no-store */
};

/* Server configuration, fixed after start. */
struct app {
	const char	*db_path;
	const char	*listen;
	const char	*tmpl_dir;
	const char	*static_dir;
	unsigned	 threads;
	int		 dev;
	int		 secure_cookies;	/* --secure-cookies: Secure on cookies */
	unsigned	 session_idle;		/* seconds; 0: the default */
	unsigned	 session_absolute;	/* seconds; 0: the default */
	size_t		 max_body;
	unsigned	 timeout;		/* --timeout: idle seconds */
	unsigned	 max_conns;		/* --max-connections, in total */
	unsigned	 max_per_ip;		/* --max-per-address; 0: no limit */
	unsigned	 head_timeout;		/* --head-timeout: seconds for a head */
	unsigned	 body_timeout;		/* --body-timeout: seconds for a body */
	int		 access_log;
};

int		 http_serve(const struct app *);

const char	*req_query(const struct req *, const char *key);
const char	*req_form(const struct req *, const char *key);
const struct kv	*req_form_kv(const struct req *, const char *key);

int		 resp_header(struct resp *, const char *key, const char *val);
void		 resp_set_body(struct resp *, const char *ctype, char *body, size_t len);
void		 resp_static(struct resp *, const char *ctype, const char *body);
/*
 * A file to download: body (taken over), its name, and when it was stored
 * (Last-Modified, revalidated) or NULL for a document built now (no-store).
 */
int		 resp_download(struct resp *, const char *ctype, char *body,
		    size_t len, const char *filename, const char *modified);
void		 resp_redirect(struct resp *, int status, const char *location);
int		 resp_last_modified(struct resp *, const char *iso_utc);
void		 resp_free(struct resp *);

int		 kvlist_add(struct kvlist *, const char *key, size_t keylen,
		    const char *val, size_t vallen);
int		 kvlist_add_ref(struct kvlist *, const char *key, size_t keylen,
		    const char *val, size_t vallen);
const struct kv	*kvlist_get(const struct kvlist *, const char *key);
void		 kvlist_free(struct kvlist *);

#endif
