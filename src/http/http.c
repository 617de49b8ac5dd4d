/*
 * http.c: the libmicrohttpd server.  With own_answer.c (the headers of the
 * answers the library writes itself) the only file that includes
 * microhttpd.h.
 *
 * Flow of one request: the URI log callback allocates the per-request state
 * and keeps the raw URI (so that our own parsers in url.c, not the library's,
 * decode path and query).  The access handler's first call sees the head:
 * ambiguous framing, or a body the route does not want from this caller
 * (router_admit), is refused there and the connection closed before any of
 * the body is read; otherwise it returns (queueing a response on the first
 * call makes libmicrohttpd close keep-alive connections).  The next calls
 * collect the body up to the route's limit, an upload's in a private
 * temporary file; the last one builds a struct req, runs router_dispatch()
 * and queues the struct resp with the headers every response carries.
 * deadline.c bounds how long the head and the body may take.
 */
#include <microhttpd.h>

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>

#include "db.h"
#include "deadline.h"
#include "gzip.h"
#include "http.h"
#include "log.h"
#include "own_answer.h"
#include "router.h"
#include "url.h"

struct conn {
	char		*uri;		/* raw request target */
	int		 seen;		/* access handler has been called */
	int		 reject;	/* answer this status without dispatch */
	int		 close;		/* close the connection after answering */
	size_t		 cap;		/* largest body the route takes */
	char		*body;		/* in memory, or mapped from upfd */
	size_t		 bodysz;
	size_t		 bodycap;
	int		 upfd;		/* an upload's private file, or -1 */
	int		 mapped;	/* body is a mapping of the upload */
	int		 status;	/* for the access log */
	size_t		 sent;
	struct timespec	 start;
	struct deadline_slot *slot;	/* the connection's, see deadline.h */
	char		 method[8];
};

/* Connections of the worker threads, closed at shutdown. */
struct dbreg {
	struct db	*db;
	struct dbreg	*next;
};

static const struct app	*http_app;
static pthread_mutex_t	 http_dbmtx = PTHREAD_MUTEX_INITIALIZER;
static struct dbreg	*http_dbs;
static _Thread_local struct db *http_tls_db;

/* This thread's database connection, opened on first use. */
static struct db *
http_db(void)
{
	struct dbreg *r;

	if (http_tls_db != NULL)
		return http_tls_db;
	if ((r = calloc(1, sizeof(*r))) == NULL)
		return NULL;
	if ((r->db = db_open(http_app->db_path, 0)) == NULL) {
		free(r);
		return NULL;
	}
	pthread_mutex_lock(&http_dbmtx);
	r->next = http_dbs;
	http_dbs = r;
	pthread_mutex_unlock(&http_dbmtx);
	http_tls_db = r->db;
	return r->db;
}

static void
http_db_close_all(void)
{
	struct dbreg *r, *next;

	pthread_mutex_lock(&http_dbmtx);
	for (r = http_dbs; r != NULL; r = next) {
		next = r->next;
		db_close(r->db);
		free(r);
	}
	http_dbs = NULL;
	pthread_mutex_unlock(&http_dbmtx);
}

static enum http_method
http_method_of(const char *m)
{
	static const char *const names[HTTP__MAX] = {
		"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", NULL
	};
	int i;

	for (i = 0; i < HTTP_OTHER; i++)
		if (strcmp(m, names[i]) == 0)
			return (enum http_method)i;
	return HTTP_OTHER;
}

static const char *
http_hdr(struct MHD_Connection *c, const char *name)
{
	const char *v = MHD_lookup_connection_value(c, MHD_HEADER_KIND, name);

	return v != NULL ? v : "";
}

static void
http_client(struct MHD_Connection *c, char *buf, size_t sz)
{
	const union MHD_ConnectionInfo *ci;
	const struct sockaddr *sa;

	snprintf(buf, sz, "-");
	ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	if (ci == NULL || (sa = ci->client_addr) == NULL)
		return;
	if (sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr,
		    buf, (socklen_t)sz);
	else if (sa->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr,
		    buf, (socklen_t)sz);
}

/* An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); -1 when not one. */
static time_t
http_date_parse(const char *s)
{
	struct tm	 tm;
	const char	*end;

	memset(&tm, 0, sizeof(tm));
	if ((end = strptime(s, "%a, %d %b %Y %H:%M:%S GMT", &tm)) == NULL ||
	    *end != '\0')
		return (time_t)-1;
	return timegm(&tm);
}

/* Types worth compressing: text, JSON, SVG (PDF and XLSX are compressed). */
static int
http_compressible(const char *ctype)
{
	return ctype != NULL && (strncmp(ctype, "text/", 5) == 0 ||
	    strncmp(ctype, "application/json", 16) == 0 ||
	    strncmp(ctype, "image/svg+xml", 13) == 0);
}

static int
http_has_header(const struct resp *r, const char *key)
{
	size_t i;

	for (i = 0; i < r->hdrn; i++)
		if (strcasecmp(r->hdr[i].key, key) == 0)
			return 1;
	return 0;
}

#define HTTP_GZIP_MIN		1024	/* smaller answers are sent as they are */
#define HTTP_MAX_SECRETS	6

/*
 * Compress r's body with gzip when the client accepts it: every HTML,
 * JSON, CSV or SVG answer to a GET or HEAD over HTTP_GZIP_MIN bytes that
 * its handler did not encode itself (the cached dashboards splice theirs,
 * gzip.h) and that carries no validator (ETag: static.c's files).  The
 * session's CSRF token, its id and every cookie value this answer sets are
 * never compressed (gz_compress: BREACH).  Answers to POST are not
 * compressed at all: they may show a secret made for that request (a new
 * API token).  Sets *vary when the answer depends on Accept-Encoding, and
 * returns 1 when the body is now gzip.
 */
static int
http_gzip(const struct req *q, struct resp *r, int *vary)
{
	const char	*secrets[HTTP_MAX_SECRETS];
	char		 cookies[4][160];
	const char	*v;
	unsigned char	*z;
	size_t		 n = 0, nc = 0, i, zlen, vl;

	*vary = 0;
	if (q == NULL || (q->method != HTTP_GET && q->method != HTTP_HEAD) ||
	    r->len <= HTTP_GZIP_MIN || r->status == 304 || r->status == 204 ||
	    !http_compressible(r->ctype) ||
	    http_has_header(r, "Content-Encoding") || http_has_header(r, "ETag"))
		return 0;
	*vary = !http_has_header(r, "Vary");
	if (!gz_accepted(q->accept_enc))
		return 0;
	if (q->csrf != NULL)
		secrets[n++] = q->csrf;
	if (q->session_id != NULL)
		secrets[n++] = q->session_id;
	for (i = 0; i < r->hdrn && n < HTTP_MAX_SECRETS; i++) {
		if (strcasecmp(r->hdr[i].key, "Set-Cookie") != 0 ||
		    (v = strchr(r->hdr[i].val, '=')) == NULL)
			continue;
		v++;
		vl = strcspn(v, ";");
		if (vl == 0)
			continue;
		if (vl >= sizeof(cookies[0]) || nc == 4)
			return 0;	/* unexpected: send it as it is */
		memcpy(cookies[nc], v, vl);
		cookies[nc][vl] = '\0';
		secrets[n++] = cookies[nc++];
	}
	if (i < r->hdrn)
		return 0;	/* more secrets than room: do not compress */
	if ((z = gz_compress(r->body, r->len, secrets, n, &zlen)) == NULL)
		return 0;
	if (!r->body_static)
		free(r->body);
	r->body = (char *)z;
	r->len = zlen;
	r->body_static = 0;
	return 1;
}

/* The value of r's header key, or NULL. */
static const char *
http_resp_header(const struct resp *r, const char *key)
{
	size_t i;

	for (i = 0; i < r->hdrn; i++)
		if (strcasecmp(r->hdr[i].key, key) == 0)
			return r->hdr[i].val;
	return NULL;
}

/*
 * Whether If-None-Match inm matches etag (RFC 9110 13.1.2): "*", or a
 * comma-separated list of entity tags compared weakly (W/ ignored).
 */
static int
http_etag_match(const char *inm, const char *etag)
{
	const char	*p = inm, *tok;
	size_t		 el, tl;

	if (strncmp(etag, "W/", 2) == 0)
		etag += 2;
	el = strlen(etag);
	while (*p != '\0') {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		if (*p == '\0')
			break;
		if (*p == '*')
			return 1;
		tok = p;
		if (strncmp(tok, "W/", 2) == 0)
			tok += 2;
		/* An entity tag is a quoted string: up to its closing quote. */
		if (*tok != '"')
			return 0;
		p = strchr(tok + 1, '"');
		if (p == NULL)
			return 0;
		p++;
		tl = (size_t)(p - tok);
		if (tl == el && memcmp(tok, etag, el) == 0)
			return 1;
	}
	return 0;
}

/*
 * Answer a conditional GET or HEAD (RFC 9110 13.2.2): 304 when
 * If-None-Match matches the answer's ETag, or, without If-None-Match, when
 * the answer's Last-Modified is not after If-Modified-Since.  Handlers set
 * the validators; only here are they compared, so every handler gets W/,
 * lists and "*" alike.  The 304 keeps the body's length, which the library
 * sends as Content-Length (the size of the 200, as RFC 9110 8.6 asks)
 * without the body.
 */
static void
http_conditional(struct MHD_Connection *c, const struct req *q,
    struct resp *r)
{
	const char	*inm, *ims, *etag, *lm;
	time_t		 tims, tlm;

	if (q == NULL || (q->method != HTTP_GET && q->method != HTTP_HEAD) ||
	    r->status != 200)
		return;
	inm = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "If-None-Match");
	if (inm != NULL) {
		if ((etag = http_resp_header(r, "ETag")) != NULL &&
		    http_etag_match(inm, etag))
			r->status = 304;
		return;
	}
	ims = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
	    "If-Modified-Since");
	if (ims != NULL && (lm = http_resp_header(r, "Last-Modified")) != NULL &&
	    (tims = http_date_parse(ims)) != (time_t)-1 &&
	    (tlm = http_date_parse(lm)) != (time_t)-1 && tlm <= tims)
		r->status = 304;
}

/*
 * Queue r on c with the headers every response carries, compressed where
 * it pays (http_gzip), as a 304 where the request's validators match
 * (http_conditional).  q may be NULL.
 */
static enum MHD_Result
http_send(struct MHD_Connection *c, struct conn *cx, const struct req *q,
    struct resp *r)
{
	struct MHD_Response	*mr;
	enum MHD_Result		 ret;
	size_t			 i;
	int			 have_cc = 0, gz, vary;

	gz = http_gzip(q, r, &vary);
	http_conditional(c, q, r);
	if (r->body_static)
		mr = MHD_create_response_from_buffer(r->len, r->body,
		    MHD_RESPMEM_PERSISTENT);
	else {
		mr = MHD_create_response_from_buffer(r->len, r->body,
		    MHD_RESPMEM_MUST_FREE);
		if (mr != NULL)
			r->body = NULL;	/* now owned by the response */
	}
	if (mr == NULL) {
		resp_free(r);
		return MHD_NO;
	}
	if (r->ctype != NULL)
		MHD_add_response_header(mr, "Content-Type", r->ctype);
	if (gz)
		MHD_add_response_header(mr, "Content-Encoding", "gzip");
	if (vary)
		MHD_add_response_header(mr, "Vary", "Accept-Encoding");
	for (i = 0; i < r->hdrn; i++) {
		if (strcasecmp(r->hdr[i].key, "Cache-Control") == 0)
			have_cc = 1;
		MHD_add_response_header(mr, r->hdr[i].key, r->hdr[i].val);
	}
	if (!have_cc)
		MHD_add_response_header(mr, "Cache-Control",
		    "no-store");
	if (cx->close)
		MHD_add_response_header(mr, "Connection", "close");
	own_answer_secure(mr);
	cx->status = r->status;
	cx->sent = r->len;
	ret = MHD_queue_response(c, (unsigned int)r->status, mr);
	MHD_destroy_response(mr);
	resp_free(r);
	return ret;
}

static void
http_req_free(struct req *q)
{
	size_t i;

	free(q->path);
	kvlist_free(&q->query);
	kvlist_free(&q->form);
	for (i = 0; i < q->argn; i++)
		free(q->args[i]);
	router_req_free(q);
}

/*
 * Fill q from the request head: headers, path and query.  Returns 0, or
 * the status to refuse with (400 for a malformed target, 503 without a
 * database).  q->body is not set here.
 */
static int
http_req_init(struct MHD_Connection *c, struct conn *cx, struct req *q)
{
	const char	*uri = cx->uri, *qs;
	size_t		 plen;

	memset(q, 0, sizeof(*q));
	q->app = http_app;
	q->method_name = cx->method;
	q->method = http_method_of(cx->method);
	q->body = (char *)"";
	q->ctype = http_hdr(c, "Content-Type");
	q->cookie = http_hdr(c, "Cookie");
	q->authz = http_hdr(c, "Authorization");
	/* Conditional requests are answered in http_conditional(). */
	q->if_none_match = "";
	q->accept_lang = http_hdr(c, "Accept-Language");
	q->accept_enc = http_hdr(c, "Accept-Encoding");
	q->csrf_header = http_hdr(c, "X-CSRF-Token");
	q->origin = http_hdr(c, "Origin");
	q->fetch_site = http_hdr(c, "Sec-Fetch-Site");
	http_client(c, q->client, sizeof(q->client));
	qs = strchr(uri, '?');
	plen = qs != NULL ? (size_t)(qs - uri) : strlen(uri);
	if (url_path(uri, plen, &q->path) != URL_OK || (qs != NULL &&
	    !url_query(qs + 1, strlen(qs + 1), &q->query)))
		return 400;
	if ((q->db = http_db()) == NULL)
		return 503;
	return 0;
}

/* Map the upload's file as the body.  1 on success. */
static int
http_upload_map(struct conn *cx)
{
	void *m;

	if (cx->bodysz == 0)
		return 1;
	m = mmap(NULL, cx->bodysz, PROT_READ, MAP_PRIVATE, cx->upfd, 0);
	if (m == MAP_FAILED)
		return 0;
	cx->body = m;
	cx->mapped = 1;
	return 1;
}

/* The request is complete (or refused): dispatch it and queue the answer. */
static enum MHD_Result
http_handle(struct MHD_Connection *c, struct conn *cx)
{
	struct req	 q;
	struct resp	 r;
	enum MHD_Result	 ret;
	int		 bad;

	deadline_phase(cx->slot, DEADLINE_ANSWER);
	memset(&r, 0, sizeof(r));
	bad = http_req_init(c, cx, &q);
	if (!cx->reject && cx->upfd != -1 && !http_upload_map(cx)) {
		log_warn("serve: cannot map an upload: %s", strerror(errno));
		cx->reject = 500;
	}
	if (cx->body != NULL) {
		q.body = cx->body;
		q.bodysz = cx->bodysz;
	}
	if (cx->reject)
		router_error(&q, &r, cx->reject);
	else if (bad)
		router_error(&q, &r, bad);
	else
		router_dispatch(&q, &r);
	ret = http_send(c, cx, &q, &r);
	http_req_free(&q);
	return ret;
}

/*
 * Decide on the head of a request that brings a body whether to read it
 * (router_admit): sets cx->cap, or queues the refusal (and closes) and
 * returns its result with *done set.
 */
static enum MHD_Result
http_admit(struct MHD_Connection *c, struct conn *cx, int *done)
{
	struct req	 q;
	struct resp	 r;
	enum MHD_Result	 ret;
	int		 bad;

	*done = 0;
	memset(&r, 0, sizeof(r));
	if ((bad = http_req_init(c, cx, &q)) == 0)
		cx->cap = router_admit(&q, &r);
	if (bad == 0 && cx->cap > 0) {
		resp_free(&r);
		http_req_free(&q);
		return MHD_YES;
	}
	if (bad)
		router_error(&q, &r, bad);
	*done = 1;
	cx->close = 1;
	deadline_phase(cx->slot, DEADLINE_ANSWER);
	ret = http_send(c, cx, &q, &r);
	http_req_free(&q);
	return ret;
}

/*
 * A private file for an upload's body: unnamed (O_TMPFILE) where the file
 * system allows, else created and unlinked at once; 0600 either way, in
 * $TMPDIR or /tmp.  -1 on failure.
 */
static int
http_upload_file(void)
{
	const char	*dir = getenv("TMPDIR");
	char		 path[512];
	int		 fd;

	if (dir == NULL || dir[0] != '/' || strlen(dir) > 400)
		dir = "/tmp";
	if ((fd = open(dir, O_TMPFILE | O_RDWR | O_EXCL | O_CLOEXEC,
	    0600)) != -1)
		return fd;
	snprintf(path, sizeof(path), "%s/koers-upload-XXXXXX", dir);
	if ((fd = mkostemp(path, O_CLOEXEC)) == -1)
		return -1;
	(void)unlink(path);
	return fd;
}

/* Append to the body: memory, or the upload's file.  0 on failure. */
static int
http_body_add(struct conn *cx, const char *data, size_t n)
{
	char	*nb;
	size_t	 ncap;
	ssize_t	 w;

	if (cx->upfd != -1) {
		while (n > 0) {
			if ((w = write(cx->upfd, data, n)) < 0) {
				if (errno == EINTR)
					continue;
				log_warn("serve: cannot keep an upload: %s",
				    strerror(errno));
				return 0;
			}
			data += w;
			n -= (size_t)w;
			cx->bodysz += (size_t)w;
		}
		return 1;
	}
	if (cx->bodysz + n + 1 > cx->bodycap) {
		ncap = (cx->bodysz + n + 1) * 2;
		if (ncap > cx->cap + 1)
			ncap = cx->cap + 1;
		if ((nb = realloc(cx->body, ncap)) == NULL)
			return 0;
		cx->body = nb;
		cx->bodycap = ncap;
	}
	memcpy(cx->body + cx->bodysz, data, n);
	cx->bodysz += n;
	cx->body[cx->bodysz] = '\0';
	return 1;
}

/* What the framing headers of a request say, counted by http_head_count. */
struct http_framing {
	unsigned	 cl;		/* Content-Length headers */
	unsigned	 te;		/* Transfer-Encoding headers */
	unsigned	 host;		/* Host headers */
	int		 te_chunked;	/* the one Transfer-Encoding is "chunked" */
};

static enum MHD_Result
http_head_count(void *cls, enum MHD_ValueKind kind, const char *key,
    const char *value)
{
	struct http_framing *f = cls;

	(void)kind;
	if (strcasecmp(key, "Content-Length") == 0)
		f->cl++;
	else if (strcasecmp(key, "Transfer-Encoding") == 0) {
		f->te++;
		f->te_chunked = value != NULL && strcasecmp(value, "chunked") == 0;
	} else if (strcasecmp(key, "Host") == 0)
		f->host++;
	return MHD_YES;
}

/*
 * Decide on the request head alone whether the request can be framed
 * unambiguously (RFC 9112 6.3), so that a proxy in front of Koers and
 * Koers never disagree on where a request ends (request smuggling):
 * 400 for two Content-Length headers, for Content-Length together with
 * Transfer-Encoding, or for an HTTP/1.1 request without exactly one Host;
 * 501 for a transfer coding other than chunked (libmicrohttpd 0.9.75
 * would wait for the end of such a body until the timeout).  0 when fine.
 * Every refusal closes the connection: what follows cannot be trusted.
 */
static int
http_head_check(struct MHD_Connection *c, const char *version)
{
	struct http_framing f;

	memset(&f, 0, sizeof(f));
	MHD_get_connection_values(c, MHD_HEADER_KIND, http_head_count, &f);
	if (f.cl > 1 || (f.cl > 0 && f.te > 0))
		return 400;
	if (f.te > 1 || (f.te == 1 && !f.te_chunked))
		return 501;
	if (f.host > 1 || (f.host == 0 && strcmp(version, "HTTP/1.0") != 0))
		return 400;
	return 0;
}

/*
 * The access handler.  First call: the head only.  Ambiguous framing, a
 * head that shows the body is not wanted (no such route, not logged in,
 * wrong role, cross-site: router_admit) or a Content-Length over what the
 * route takes is answered at once, and the connection closes without the
 * body being read.  Otherwise the body is collected on the next calls, in
 * memory, or for an upload route's multipart body in a private file; a
 * chunked body that outgrows the route's limit ends the connection.  The
 * last call dispatches.
 */
static enum MHD_Result
http_access(void *cls, struct MHD_Connection *c, const char *url,
    const char *method, const char *version, const char *upload_data,
    size_t *upload_data_size, void **con_cls)
{
	struct conn		*cx = *con_cls;
	const char		*cl, *te, *ct;
	unsigned long long	 len = 0;
	enum MHD_Result		 ret;
	int			 done;

	(void)cls;
	(void)url;
	if (cx == NULL)
		return MHD_NO;
	if (!cx->seen) {
		cx->seen = 1;
		deadline_phase(cx->slot, DEADLINE_BODY);
		snprintf(cx->method, sizeof(cx->method), "%s", method);
		cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
		    "Content-Length");
		te = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
		    "Transfer-Encoding");
		if (cl != NULL)
			len = strtoull(cl, NULL, 10);
		if ((cx->reject = http_head_check(c, version)) == 0 &&
		    (len > 0 || te != NULL)) {
			/* A body is coming: may it? */
			ret = http_admit(c, cx, &done);
			if (done)
				return ret;
			if (len > cx->cap)
				cx->reject = 413;
		}
		if (cx->reject) {
			/* Refuse now rather than read what we will not keep;
			 * the connection closes after this answer. */
			cx->close = 1;
			return http_handle(c, cx);
		}
		ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
		    "Content-Type");
		if (cx->cap > ROUTER_BODY_FORM && ct != NULL &&
		    strncasecmp(ct, "multipart/form-data", 19) == 0 &&
		    (cx->upfd = http_upload_file()) == -1) {
			log_warn("serve: no file for an upload: %s",
			    strerror(errno));
			cx->reject = 507;
			cx->close = 1;
			return http_handle(c, cx);
		}
		return MHD_YES;
	}
	if (*upload_data_size > 0) {
		/* Only a chunked body can outgrow the limit here. */
		if (cx->bodysz + *upload_data_size > cx->cap ||
		    !http_body_add(cx, upload_data, *upload_data_size))
			return MHD_NO;
		*upload_data_size = 0;
		return MHD_YES;
	}
	return http_handle(c, cx);
}

/*
 * Called before anything else for each request: keep the raw URI.
 *
 * Koers parses the query itself (url_query(), bounded), never through the
 * library.  libmicrohttpd 0.9.75 calls this right before it splits the
 * query of the same buffer into its 16 KiB connection pool; about 300
 * parameters exhaust the pool, and the 431 it then means to send cannot be
 * allocated either, so the client hangs until the timeout.  Ending the
 * library's copy of the query after its '?' leaves it nothing to split.
 */
static void *
http_uri_log(void *cls, const char *uri, struct MHD_Connection *c)
{
	struct conn	*cx;
	char		*qs;
	const union MHD_ConnectionInfo *ci;

	(void)cls;
	if ((cx = calloc(1, sizeof(*cx))) == NULL)
		return NULL;
	cx->upfd = -1;
	ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	cx->slot = ci != NULL ? ci->socket_context : NULL;
	if ((cx->uri = strdup(uri)) == NULL) {
		free(cx);
		return NULL;
	}
	/* The buffer is the library's own and writable; only the API is const. */
	if ((qs = strchr((char *)(uintptr_t)uri, '?')) != NULL)
		qs[1] = '\0';
	clock_gettime(CLOCK_MONOTONIC, &cx->start);
	return cx;
}

/* The access log: one line per finished request, with no query string. */
static void
http_completed(void *cls, struct MHD_Connection *c, void **con_cls,
    enum MHD_RequestTerminationCode toe)
{
	struct conn	*cx = *con_cls;
	struct timespec	 end;
	double		 ms;
	char		 client[64];
	size_t		 plen;

	(void)cls;
	if (cx == NULL)
		return;
	/* A kept-alive connection waits for its next head from now. */
	deadline_phase(cx->slot, DEADLINE_KEEPALIVE);
	if (http_app->access_log) {
		clock_gettime(CLOCK_MONOTONIC, &end);
		ms = (double)(end.tv_sec - cx->start.tv_sec) * 1e3 +
		    (double)(end.tv_nsec - cx->start.tv_nsec) / 1e6;
		http_client(c, client, sizeof(client));
		plen = strcspn(cx->uri, "?");
		if (plen > 200)
			plen = 200;
		fprintf(stderr, "access %s %s %.*s %d %zu %.2fms%s\n", client,
		    cx->method[0] ? cx->method : "-", (int)plen, cx->uri,
		    cx->status ? cx->status : 0, cx->sent, ms,
		    toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" :
		    toe == MHD_REQUEST_TERMINATED_TIMEOUT_REACHED ? " timeout" :
		    " aborted");
	}
	free(cx->uri);
	if (cx->mapped)
		munmap(cx->body, cx->bodysz);
	else
		free(cx->body);
	if (cx->upfd != -1)
		close(cx->upfd);
	free(cx);
	*con_cls = NULL;
}

/* Connections start and end: their deadlines (deadline.h). */
static void
http_notify_conn(void *cls, struct MHD_Connection *c, void **socket_context,
    enum MHD_ConnectionNotificationCode code)
{
	const union MHD_ConnectionInfo *ci;

	(void)cls;
	if (code == MHD_CONNECTION_NOTIFY_STARTED) {
		ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
		*socket_context = ci != NULL ? deadline_open(ci->connect_fd) :
		    NULL;
	} else if (code == MHD_CONNECTION_NOTIFY_CLOSED) {
		/* Before the library closes the descriptor. */
		deadline_close(*socket_context);
		*socket_context = NULL;
	}
}

/*
 * The connection limit, within what the process may open: raise the soft
 * descriptor limit to the hard one and keep 64 for the database, logs and
 * the listening socket.
 */
static unsigned
http_conn_limit(unsigned want)
{
	struct rlimit	rl;
	rlim_t		room;

	if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
		return want;
	if (rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		(void)setrlimit(RLIMIT_NOFILE, &rl);
		(void)getrlimit(RLIMIT_NOFILE, &rl);
	}
	if (rl.rlim_cur == RLIM_INFINITY)
		return want;
	room = rl.rlim_cur > 128 ? rl.rlim_cur - 64 : 64;
	if ((rlim_t)want > room) {
		log_warn("serve: --max-connections %u is more than the %lu "
		    "descriptors allow; using %lu", want, (unsigned long)room,
		    (unsigned long)room);
		return (unsigned)room;
	}
	return want;
}

static void
http_panic(void *cls, const char *file, unsigned int line, const char *reason)
{
	(void)cls;
	log_err("libmicrohttpd: %s:%u: %s", file, line, reason ? reason : "");
	abort();
}

static void
http_mhd_log(void *cls, const char *fmt, va_list ap)
{
	char buf[512];

	(void)cls;
	vsnprintf(buf, sizeof(buf), fmt, ap);
	buf[strcspn(buf, "\n")] = '\0';
	log_warn("libmicrohttpd: %s", buf);
}

static int
http_parse_listen(const char *listen, struct sockaddr_in *sa)
{
	char		 host[64];
	const char	*colon = strrchr(listen, ':');
	char		*end;
	long		 port;

	if (colon == NULL || (size_t)(colon - listen) >= sizeof(host))
		return 0;
	memcpy(host, listen, (size_t)(colon - listen));
	host[colon - listen] = '\0';
	errno = 0;
	port = strtol(colon + 1, &end, 10);
	if (errno != 0 || *end != '\0' || port < 0 || port > 65535)
		return 0;
	memset(sa, 0, sizeof(*sa));
	sa->sin_family = AF_INET;
	sa->sin_port = htons((uint16_t)port);
	return inet_pton(AF_INET, host[0] ? host : "0.0.0.0", &sa->sin_addr) == 1;
}

/*
 * Serve until SIGINT or SIGTERM.  Signals are blocked before the worker
 * threads start, so only this thread sees them.  On a signal the daemon is
 * stopped (which lets running handlers finish) and every connection closed.
 * Returns 1 on a clean stop, 0 if the server could not start.
 */
int
http_serve(const struct app *app)
{
	struct MHD_Daemon	*d;
	struct sockaddr_in	 sa;
	sigset_t		 set;
	int			 sig;
	unsigned		 conns;
	const union MHD_DaemonInfo *di;

	http_app = app;
	if (!http_parse_listen(app->listen, &sa)) {
		log_err("serve: --listen wants ADDRESS:PORT, e.g. 127.0.0.1:8080");
		return 0;
	}
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	MHD_set_panic_func(http_panic, NULL);
	if (!own_answer_init())
		return 0;
	conns = http_conn_limit(app->max_conns);
	if (!deadline_start(app->head_timeout, app->body_timeout,
	    app->timeout)) {
		log_err("serve: cannot start the deadline thread");
		return 0;
	}

	d = MHD_start_daemon(MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ERROR_LOG |
	    MHD_USE_TURBO, 0, NULL, NULL, http_access, NULL,
	    MHD_OPTION_EXTERNAL_LOGGER, http_mhd_log, NULL,
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
	    MHD_OPTION_THREAD_POOL_SIZE, app->threads,
	    MHD_OPTION_CONNECTION_TIMEOUT, app->timeout,
	    MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(16 * 1024),
	    MHD_OPTION_CONNECTION_LIMIT, conns,
	    MHD_OPTION_PER_IP_CONNECTION_LIMIT, app->max_per_ip,
	    MHD_OPTION_NOTIFY_CONNECTION, http_notify_conn, NULL,
	    MHD_OPTION_URI_LOG_CALLBACK, http_uri_log, NULL,
	    MHD_OPTION_NOTIFY_COMPLETED, http_completed, NULL,
	    MHD_OPTION_END);
	if (d == NULL) {
		log_err("serve: cannot listen on %s: %s", app->listen,
		    strerror(errno));
		deadline_stop();
		return 0;
	}
	di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	log_info("serve: listening on http://%s/ (port %u, %u threads, "
	    "%u connections, %u per address, head %us, body %us, idle %us)",
	    app->listen, di != NULL ? di->port : 0, app->threads, conns,
	    app->max_per_ip, app->head_timeout, app->body_timeout,
	    app->timeout);
	sigdelset(&set, SIGPIPE);
	for (;;) {
		if (sigwait(&set, &sig) != 0)
			continue;
		if (sig == SIGINT || sig == SIGTERM)
			break;
	}
	log_info("serve: stopping (signal %d)", sig);
	MHD_stop_daemon(d);
	deadline_stop();
	if (deadline_expired() > 0)
		log_info("serve: %lu connections closed at their deadline",
		    deadline_expired());
	http_db_close_all();
	log_info("serve: stopped");
	return 1;
}

/* ------------------------------------------------------------ req/resp */

const char *
req_query(const struct req *q, const char *key)
{
	const struct kv *kv = kvlist_get(&q->query, key);

	return kv != NULL ? kv->val : NULL;
}

const char *
req_form(const struct req *q, const char *key)
{
	const struct kv *kv = kvlist_get(&q->form, key);

	return kv != NULL ? kv->val : NULL;
}

const struct kv *
req_form_kv(const struct req *q, const char *key)
{
	return kvlist_get(&q->form, key);
}

/* Add a header (copied).  Returns 0 when full or out of memory. */
int
resp_header(struct resp *r, const char *key, const char *val)
{
	if (r->hdrn == RESP_MAXHDR)
		return 0;
	r->hdr[r->hdrn].key = strdup(key);
	r->hdr[r->hdrn].val = strdup(val);
	if (r->hdr[r->hdrn].key == NULL || r->hdr[r->hdrn].val == NULL) {
		free(r->hdr[r->hdrn].key);
		free(r->hdr[r->hdrn].val);
		return 0;
	}
	r->hdrn++;
	return 1;
}

/* Take ownership of a malloc'd body. */
void
resp_set_body(struct resp *r, const char *ctype, char *body, size_t len)
{
	if (!r->body_static)
		free(r->body);
	r->body = body;
	r->len = len;
	r->ctype = ctype;
	r->body_static = 0;
}

/*
 * Take ownership of a malloc'd body that the browser saves as filename (a
 * name of our own making: no quote or control character); see http.h for
 * modified.  1 on success.
 */
int
resp_download(struct resp *r, const char *ctype, char *body, size_t len,
    const char *filename, const char *modified)
{
	char disp[256];

	resp_set_body(r, ctype, body, len);
	if ((size_t)snprintf(disp, sizeof(disp), "attachment; filename=\"%s\"",
	    filename) >= sizeof(disp) ||
	    !resp_header(r, "Content-Disposition", disp))
		return 0;
	if (modified == NULL) {
		r->no_store = 1;
		return 1;
	}
	/* A stored document never changes: revalidate, then 304. */
	return resp_last_modified(r, modified) &&
	    resp_header(r, "Cache-Control", "private, no-cache");
}

void
resp_static(struct resp *r, const char *ctype, const char *body)
{
	if (!r->body_static)
		free(r->body);
	r->body = (char *)body;
	r->len = strlen(body);
	r->ctype = ctype;
	r->body_static = 1;
}

/*
 * Last-Modified from a stored UTC time "YYYY-MM-DDTHH:MM:SSZ" (db_now()).
 * Returns 0 when iso is not one or the headers are full.
 */
int
resp_last_modified(struct resp *r, const char *iso)
{
	struct tm	 tm;
	const char	*end;
	time_t		 t;
	char		 buf[64];

	memset(&tm, 0, sizeof(tm));
	if (iso == NULL || (end = strptime(iso, "%Y-%m-%dT%H:%M:%SZ",
	    &tm)) == NULL || *end != '\0' || (t = timegm(&tm)) == (time_t)-1 ||
	    gmtime_r(&t, &tm) == NULL ||
	    strftime(buf, sizeof(buf), "%a, %d %b %Y %H:%M:%S GMT", &tm) == 0)
		return 0;
	return resp_header(r, "Last-Modified", buf);
}

void
resp_redirect(struct resp *r, int status, const char *location)
{
	r->status = status;
	resp_header(r, "Location", location);
	resp_static(r, "text/plain; charset=utf-8", "");
}

void
resp_free(struct resp *r)
{
	size_t i;

	if (!r->body_static)
		free(r->body);
	r->body = NULL;
	for (i = 0; i < r->hdrn; i++) {
		free(r->hdr[i].key);
		free(r->hdr[i].val);
	}
	r->hdrn = 0;
}

/* ------------------------------------------------------------ kvlist */

static struct kv *
kvlist_slot(struct kvlist *l)
{
	struct kv	*nv;
	size_t		 ncap;

	if (l->n > 4096)
		return NULL;	/* no request needs this many fields */
	if (l->n == l->cap) {
		ncap = l->cap ? l->cap * 2 : 16;
		if ((nv = realloc(l->v, ncap * sizeof(*nv))) == NULL)
			return NULL;
		l->v = nv;
		l->cap = ncap;
	}
	memset(&l->v[l->n], 0, sizeof(l->v[l->n]));
	return &l->v[l->n];
}

/* Add a pair (both copied, val NUL-terminated).  0 when full or no memory. */
int
kvlist_add(struct kvlist *l, const char *key, size_t keylen,
    const char *val, size_t vallen)
{
	struct kv *kv;

	if ((kv = kvlist_slot(l)) == NULL)
		return 0;
	if ((kv->key = strndup(key, keylen)) == NULL)
		return 0;
	if ((kv->val = malloc(vallen + 1)) == NULL) {
		free(kv->key);
		return 0;
	}
	memcpy(kv->val, val, vallen);
	kv->val[vallen] = '\0';
	kv->vallen = vallen;
	l->n++;
	return 1;
}

/*
 * Add a pair whose val is borrowed: it must outlive the list (the request
 * body does) and is not NUL-terminated.  For uploaded files, which are
 * not copied.  0 when full or no memory.
 */
int
kvlist_add_ref(struct kvlist *l, const char *key, size_t keylen,
    const char *val, size_t vallen)
{
	struct kv *kv;

	if ((kv = kvlist_slot(l)) == NULL)
		return 0;
	if ((kv->key = strndup(key, keylen)) == NULL)
		return 0;
	kv->val = (char *)(uintptr_t)val;
	kv->vallen = vallen;
	kv->borrowed = 1;
	l->n++;
	return 1;
}

/* The first pair named key, or NULL. */
const struct kv *
kvlist_get(const struct kvlist *l, const char *key)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].key, key) == 0)
			return &l->v[i];
	return NULL;
}

void
kvlist_free(struct kvlist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].key);
		if (!l->v[i].borrowed)
			free(l->v[i].val);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}
