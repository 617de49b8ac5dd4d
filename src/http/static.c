/*
 * static.c: static files from memory, with Content-Type, ETag and
 * Cache-Control.  Symbolic links and anything outside the folder are never
 * read: the folder is walked once at start with lstat().
 */
#include <sys/stat.h>

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "http.h"
#include "log.h"
#include "static.h"

struct static_file {
	char		*name;		/* relative to the folder: "css/koers.css" */
	char		*path;		/* on disk */
	char		*data;
	size_t		 len;
	char		 etag[24];
	struct timespec	 mtime;
	const char	*ctype;
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
	free(f->data);
	f->data = data;
	f->len = got;
	f->mtime = st.st_mtim;
	snprintf(f->etag, sizeof(f->etag), "\"%016llx\"", (unsigned long long)h);
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
			free(f->path);
			ok = 0;
			continue;
		}
		static_n++;
	}
	closedir(dp);
	return ok;
}

/* Read every file under dir.  Returns 0 (logged) if the folder is unreadable. */
int
static_init(const char *dir, int dev)
{
	static_dev = dev;
	if (!static_walk(dir, "")) {
		log_err("static: cannot read %s", dir);
		return 0;
	}
	return 1;
}

void
static_free(void)
{
	size_t i;

	for (i = 0; i < static_n; i++) {
		free(static_files[i].name);
		free(static_files[i].path);
		free(static_files[i].data);
	}
	free(static_files);
	static_files = NULL;
	static_n = static_cap = 0;
}

/*
 * GET /static/{*}: the file named by the capture.  Raises 404; answers 304
 * when If-None-Match carries the current ETag.
 */
void
static_serve(struct req *q, struct resp *r)
{
	struct static_file	*f = NULL;
	struct stat		 st;
	size_t			 i;
	char			*copy;

	for (i = 0; i < static_n; i++)
		if (strcmp(static_files[i].name, q->args[0]) == 0) {
			f = &static_files[i];
			break;
		}
	if (f == NULL) {
		r->status = 404;
		return;
	}
	pthread_mutex_lock(&static_mtx);
	if (static_dev && lstat(f->path, &st) == 0 && S_ISREG(st.st_mode) &&
	    (st.st_mtim.tv_sec != f->mtime.tv_sec ||
	    st.st_mtim.tv_nsec != f->mtime.tv_nsec))
		(void)static_load(f);
	resp_header(r, "ETag", f->etag);
	resp_header(r, "Cache-Control", static_dev ? "no-cache" :
	    "public, max-age=3600");
	if (strcmp(q->if_none_match, f->etag) == 0) {
		pthread_mutex_unlock(&static_mtx);
		r->status = 304;
		resp_static(r, NULL, "");
		return;
	}
	if (static_dev) {
		/* The file may be reloaded while this answer is sent: copy. */
		if ((copy = malloc(f->len)) != NULL) {
			memcpy(copy, f->data, f->len);
			resp_set_body(r, f->ctype, copy, f->len);
		} else
			r->status = 500;
	} else {
		r->body = f->data;
		r->len = f->len;
		r->ctype = f->ctype;
		r->body_static = 1;
	}
	pthread_mutex_unlock(&static_mtx);
}
