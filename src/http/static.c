/*
 * static.c: static files from memory, with Content-Type, ETag and
 * Cache-Control.  Symbolic links and anything outside the folder are never
 * read: the folder is walked once at start with lstat().
 *
 * Each file also answers under a name with its content's hash
 * (css/koers.css as css/koers.0123456789ab.css), which never changes
 * meaning and so is cached for a year, immutable; the templates name files
 * only that way (static_urls sets their variables once, at start).  Text
 * files are gzipped once, at start, and sent so to a client that accepts it.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gzip.h"
#include "http.h"
#include "log.h"
#include "static.h"
#include "tmpl.h"

#define STATIC_HASHLEN	12	/* hex digits of the content hash in a name */

struct static_file {
	char		*name;		/* relative to the folder: "css/koers.css" */
	char		*hashed;	/* "css/koers.0123456789ab.css" */
	char		*path;		/* on disk */
	char		*data;
	size_t		 len;
	unsigned char	*gz;		/* gzip of data, or NULL: not worth it */
	size_t		 gzlen;
	char		 etag[24];
	char		 gzetag[28];
	struct timespec	 mtime;
	const char	*ctype;
};

/*
 * The files the templates name, each through one variable holding its
 * hashed URL.  A missing file stops the start.
 */
static const struct {
	const char	*name;
	const char	*var;
} static_urls[] = {
	{ "css/koers.css", "URL_CSS" },
	{ "favicon.svg", "URL_FAVICON" },
	{ "js/entry.js", "URL_ENTRY_JS" },
	{ "js/koers.js", "URL_KOERS_JS" },
};

static struct static_file	*static_files;
static size_t			 static_n, static_cap;
static int			 static_dev;
static pthread_mutex_t		 static_mtx = PTHREAD_MUTEX_INITIALIZER;

static const char *
static_ctype(const char *name)
{
	static const struct { const char *ext, *ctype; } types[] = {
		{ ".css", "text/css; charset=utf-8" },
		{ ".js", "text/javascript; charset=utf-8" },
		{ ".svg", "image/svg+xml" },
		{ ".png", "image/png" },
		{ ".ico", "image/x-icon" },
		{ ".woff2", "font/woff2" },
		{ ".txt", "text/plain; charset=utf-8" },
		{ ".json", "application/json" },
		{ ".html", "text/html; charset=utf-8" },
	};
	const char	*dot = strrchr(name, '.');
	size_t		 i;

	for (i = 0; dot != NULL && i < sizeof(types) / sizeof(types[0]); i++)
		if (strcmp(dot, types[i].ext) == 0)
			return types[i].ctype;
	return "application/octet-stream";
}

/* Whether a file of this type gets smaller when gzipped (not images). */
static int
static_compressible(const char *ctype)
{
	return strncmp(ctype, "text/", 5) == 0 ||
	    strcmp(ctype, "image/svg+xml") == 0 ||
	    strcmp(ctype, "application/json") == 0;
}

/*
 * f's name with hash before its extension: "css/koers.css" and hash
 * 0x0123456789abcdef give "css/koers.0123456789ab.css".  NULL when memory
 * runs out.
 */
static char *
static_hashed_name(const char *name, uint64_t hash)
{
	const char	*slash = strrchr(name, '/'), *dot = strrchr(name, '.');
	char		 hex[17], *out;
	size_t		 stem, len = strlen(name);

	if (dot == NULL || (slash != NULL && dot < slash) || dot == name ||
	    (slash != NULL && dot == slash + 1))
		dot = name + len;		/* no extension: hash at the end */
	stem = (size_t)(dot - name);
	snprintf(hex, sizeof(hex), "%016llx", (unsigned long long)hash);
	if ((out = malloc(len + STATIC_HASHLEN + 2)) == NULL)
		return NULL;
	memcpy(out, name, stem);
	out[stem] = '.';
	memcpy(out + stem + 1, hex, STATIC_HASHLEN);
	memcpy(out + stem + 1 + STATIC_HASHLEN, dot, len - stem + 1);
	return out;
}

/* The gzip member of f's data into f->gz, when that saves bytes. */
static void
static_gzip(struct static_file *f)
{
	struct gz_part	 part;
	uint32_t	 empty = gz_crc("", 0);
	unsigned char	*gz;
	size_t		 len;

	free(f->gz);
	f->gz = NULL;
	f->gzlen = 0;
	if (!static_compressible(f->ctype) || !gz_deflate(f->data, f->len, &part))
		return;
	gz = gz_splice("", 0, empty, &part, "", 0, empty, &len);
	gz_part_free(&part);
	if (gz == NULL)
		return;
	if (len >= f->len) {
		free(gz);
		return;
	}
	f->gz = gz;
	f->gzlen = len;
}

/* Read path (never through a symbolic link) into f. */
static int
static_load(struct static_file *f)
{
	struct stat	 st;
	char		*data;
	int		 fd;
	ssize_t		 n;
	size_t		 got = 0, i;
	uint64_t	 h = 0xcbf29ce484222325ULL;

	if ((fd = open(f->path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)) == -1)
		return 0;
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    (data = malloc((size_t)st.st_size + 1)) == NULL) {
		close(fd);
		return 0;
	}
	while (got < (size_t)st.st_size) {
		n = read(fd, data + got, (size_t)st.st_size - got);
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	close(fd);
	for (i = 0; i < got; i++) {
		h ^= (unsigned char)data[i];
		h *= 0x100000001b3ULL;
	}
	if (f->hashed == NULL && (f->hashed = static_hashed_name(f->name, h)) == NULL) {
		free(data);
		return 0;
	}
	free(f->data);
	f->data = data;
	f->len = got;
	f->mtime = st.st_mtim;
	snprintf(f->etag, sizeof(f->etag), "\"%016llx\"", (unsigned long long)h);
	snprintf(f->gzetag, sizeof(f->gzetag), "\"%016llx.gz\"",
	    (unsigned long long)h);
	static_gzip(f);
	return 1;
}

static int
static_walk(const char *dir, const char *prefix)
{
	DIR		*dp;
	struct dirent	*de;
	struct stat	 st;
	char		 path[4096], name[1024];
	struct static_file *nf, *f;
	int		 ok = 1;

	if ((dp = opendir(dir)) == NULL)
		return 0;
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		snprintf(name, sizeof(name), "%s%s", prefix, de->d_name);
		if (lstat(path, &st) == -1 || S_ISLNK(st.st_mode))
			continue;	/* never follow links out of the folder */
		if (S_ISDIR(st.st_mode)) {
			strncat(name, "/", sizeof(name) - strlen(name) - 1);
			ok &= static_walk(path, name);
			continue;
		}
		if (!S_ISREG(st.st_mode))
			continue;
		if (static_n == static_cap) {
			static_cap = static_cap ? static_cap * 2 : 32;
			nf = realloc(static_files, static_cap * sizeof(*nf));
			if (nf == NULL) {
				ok = 0;
				break;
			}
			static_files = nf;
		}
		f = &static_files[static_n];
		memset(f, 0, sizeof(*f));
		f->name = strdup(name);
		f->path = strdup(path);
		f->ctype = static_ctype(name);
		if (f->name == NULL || f->path == NULL || !static_load(f)) {
			free(f->name);
			free(f->hashed);
			free(f->path);
			free(f->data);
			free(f->gz);
			ok = 0;
			continue;
		}
		static_n++;
	}
	closedir(dp);
	return ok;
}

/*
 * Read every file under dir, and set the templates' variables that name
 * the files they use (static_urls): "/static/" and the hashed name, or
 * with --dev (files may change) the plain name.  Returns 0 (logged) if the
 * folder is unreadable or lacks one of those files.
 */
int
static_init(const char *dir, int dev)
{
	char	 url[1100];
	size_t	 i, j;

	static_dev = dev;
	if (!static_walk(dir, "")) {
		log_err("static: cannot read %s", dir);
		return 0;
	}
	for (i = 0; i < sizeof(static_urls) / sizeof(static_urls[0]); i++) {
		for (j = 0; j < static_n; j++)
			if (strcmp(static_files[j].name, static_urls[i].name) == 0)
				break;
		if (j == static_n) {
			log_err("static: %s/%s is missing", dir, static_urls[i].name);
			return 0;
		}
		snprintf(url, sizeof(url), "/static/%s", dev ?
		    static_files[j].name : static_files[j].hashed);
		tmpl_set_global(static_urls[i].var, url);
	}
	return 1;
}

void
static_free(void)
{
	size_t i;

	for (i = 0; i < static_n; i++) {
		free(static_files[i].name);
		free(static_files[i].hashed);
		free(static_files[i].path);
		free(static_files[i].data);
		free(static_files[i].gz);
	}
	free(static_files);
	static_files = NULL;
	static_n = static_cap = 0;
}

/*
 * GET /static/{*}: the file named by the capture, under its plain or its
 * hashed name (cached for a year, immutable).  Gzipped when the client
 * accepts it and that is smaller.  Raises 404.  http.c answers 304 when
 * If-None-Match names the ETag set here, as for every answer.
 */
void
static_serve(struct req *q, struct resp *r)
{
	struct static_file	*f = NULL;
	struct stat		 st;
	size_t			 i;
	char			*copy;
	const char		*etag;
	const void		*body;
	size_t			 len;
	int			 hashed = 0, gz;

	for (i = 0; i < static_n && f == NULL; i++)
		if (strcmp(static_files[i].name, q->args[0]) == 0)
			f = &static_files[i];
		else if (strcmp(static_files[i].hashed, q->args[0]) == 0) {
			f = &static_files[i];
			hashed = 1;
		}
	if (f == NULL) {
		r->status = 404;
		return;
	}
	pthread_mutex_lock(&static_mtx);
	/* Under a hashed name the content never changes: no reload. */
	if (static_dev && !hashed && lstat(f->path, &st) == 0 &&
	    S_ISREG(st.st_mode) && (st.st_mtim.tv_sec != f->mtime.tv_sec ||
	    st.st_mtim.tv_nsec != f->mtime.tv_nsec))
		(void)static_load(f);
	gz = f->gz != NULL && gz_accepted(q->accept_enc);
	etag = gz ? f->gzetag : f->etag;
	body = gz ? (const void *)f->gz : (const void *)f->data;
	len = gz ? f->gzlen : f->len;
	resp_header(r, "ETag", etag);
	resp_header(r, "Cache-Control", hashed ?
	    "public, max-age=31536000, immutable" : static_dev ? "no-cache" :
	    "public, max-age=3600");
	if (f->gz != NULL)
		resp_header(r, "Vary", "Accept-Encoding");
	if (gz)
		resp_header(r, "Content-Encoding", "gzip");
	if (static_dev) {
		/* The file may be reloaded while this answer is sent: copy. */
		if ((copy = malloc(len > 0 ? len : 1)) != NULL) {
			memcpy(copy, body, len);
			resp_set_body(r, f->ctype, copy, len);
		} else
			r->status = 500;
	} else {
		r->body = (char *)(uintptr_t)body;
		r->len = len;
		r->ctype = f->ctype;
		r->body_static = 1;
	}
	pthread_mutex_unlock(&static_mtx);
}
