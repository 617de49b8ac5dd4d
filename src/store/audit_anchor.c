/* audit_anchor.c: the anchor file of the audit log (see audit_anchor.h). */
#include <sys/file.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audit_anchor.h"
#include "db.h"
#include "log.h"

#define ANCHOR_SUFFIX	".audit-anchor"
#define ANCHOR_LINE_MAX	96	/* 19 digits, a space, 64 hex, a newline */

struct audit_anchor {
	FILE	*fp;
	off_t	 left;		/* bytes still to read */
};

int
audit_anchor_path(const char *dbpath, char *buf, size_t sz)
{
	return (size_t)snprintf(buf, sz, "%s%s", dbpath, ANCHOR_SUFFIX) < sz;
}

/* Parse "<id> <64 hex>" of len bytes (no newline).  Returns 1 when valid. */
static int
audit_anchor_parse(const char *line, size_t len, int64_t *id, char hash[65])
{
	size_t		i;
	int64_t		v = 0;

	for (i = 0; i < len && line[i] >= '0' && line[i] <= '9'; i++) {
		if (i >= 18)
			return 0;
		v = v * 10 + (line[i] - '0');
	}
	if (i == 0 || v <= 0 || len != i + 1 + 64 || line[i] != ' ')
		return 0;
	for (i++; i < len; i++)
		if (!((line[i] >= '0' && line[i] <= '9') ||
		    (line[i] >= 'a' && line[i] <= 'f')))
			return 0;
	*id = v;
	memcpy(hash, line + len - 64, 64);
	hash[64] = '\0';
	return 1;
}

/*
 * The id of the anchor's last complete line into *last (0 when empty),
 * cutting off a torn last line first.  fd holds the exclusive lock.
 * Returns 1, or 0 on error (logged).
 */
static int
audit_anchor_tail(int fd, const char *path, int64_t *last)
{
	struct stat	st;
	char		buf[2 * ANCHOR_LINE_MAX + 1], hash[65];
	off_t		from, end;
	ssize_t		n;
	char		*nl, *start;

	*last = 0;
	if (fstat(fd, &st) == -1)
		goto fail;
	if (st.st_size == 0)
		return 1;
	from = st.st_size > (off_t)sizeof(buf) - 1 ?
	    st.st_size - (off_t)sizeof(buf) + 1 : 0;
	if ((n = pread(fd, buf, (size_t)(st.st_size - from), from)) !=
	    st.st_size - from)
		goto fail;
	buf[n] = '\0';
	/* A torn write, or a file extended with zeros by a crash. */
	if (buf[n - 1] != '\n') {
		nl = memrchr(buf, '\n', (size_t)n);
		end = nl == NULL ? from : from + (nl - buf) + 1;
		if (nl == NULL && from > 0) {
			log_err("audit: anchor %s: last line unreadable", path);
			return 0;
		}
		log_warn("audit: anchor %s: torn last line cut off", path);
		if (ftruncate(fd, end) == -1)
			goto fail;
		if (nl == NULL)
			return 1;
		n = nl - buf + 1;
		buf[n] = '\0';
	}
	buf[n - 1] = '\0';
	nl = strrchr(buf, '\n');
	if (nl == NULL && from > 0) {
		log_err("audit: anchor %s: last line unreadable", path);
		return 0;
	}
	start = nl == NULL ? buf : nl + 1;
	if (!audit_anchor_parse(start, strlen(start), last, hash)) {
		log_err("audit: anchor %s: last line malformed", path);
		return 0;
	}
	return 1;
fail:
	log_err("audit: anchor %s: %s", path, strerror(errno));
	return 0;
}

static int
audit_anchor_write(int fd, const char *buf, size_t len)
{
	ssize_t n;

	while (len > 0) {
		if ((n = write(fd, buf, len)) == -1) {
			if (errno == EINTR)
				continue;
			return 0;
		}
		buf += n;
		len -= (size_t)n;
	}
	return 1;
}

int
audit_anchor_sync(struct db *db)
{
	static const char sql[] =
	    "SELECT id, hash FROM audit WHERE id > ? ORDER BY id";
	sqlite3_stmt	*st = NULL;
	char		 path[4200], buf[8192];
	const unsigned char *h;
	int64_t		 last, id, n = 0;
	size_t		 len = 0;
	int		 fd, rc, ok = 0, made;
	struct stat	 sb;

	if (!audit_anchor_path(db->path, path, sizeof(path)))
		return 0;
	made = stat(path, &sb) == -1 && errno == ENOENT;
	if ((fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC,
	    0600)) == -1) {
		log_err("audit: anchor %s: %s", path, strerror(errno));
		return 0;
	}
	if (flock(fd, LOCK_EX) == -1) {
		log_err("audit: anchor %s: lock: %s", path, strerror(errno));
		goto out;
	}
	if (!audit_anchor_tail(fd, path, &last))
		goto out;
	if ((st = db_stmt(db, sql)) == NULL)
		goto out;
	sqlite3_bind_int64(st, 1, last);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		h = sqlite3_column_text(st, 1);
		n++;
		if (len + ANCHOR_LINE_MAX > sizeof(buf)) {
			if (!audit_anchor_write(fd, buf, len))
				goto werr;
			len = 0;
		}
		len += (size_t)snprintf(buf + len, sizeof(buf) - len,
		    "%lld %.64s\n", (long long)id, h ? (const char *)h : "");
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		(void)db_res_of(db, rc);
		goto out;
	}
	if (len > 0 && !audit_anchor_write(fd, buf, len))
		goto werr;
	/* A log older than its anchor is anchored as it is now: say so. */
	if (made)
		log_info("audit: started the anchor %s with %lld entries",
		    path, (long long)n);
	ok = 1;
	goto out;
werr:
	log_err("audit: anchor %s: write: %s", path, strerror(errno));
out:
	close(fd);	/* drops the lock */
	return ok;
}

off_t
audit_anchor_size(const char *path)
{
	struct stat	st;
	int		fd;
	off_t		size = -2;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return errno == ENOENT ? -1 : -2;
	if (flock(fd, LOCK_SH) == 0 && fstat(fd, &st) == 0)
		size = st.st_size;
	close(fd);
	return size;
}

struct audit_anchor *
audit_anchor_open(const char *path, off_t size)
{
	struct audit_anchor *a;

	if ((a = calloc(1, sizeof(*a))) == NULL)
		return NULL;
	if ((a->fp = fopen(path, "re")) == NULL) {
		free(a);
		return NULL;
	}
	a->left = size;
	return a;
}

int
audit_anchor_next(struct audit_anchor *a, int64_t *id, char hash[65])
{
	char	line[ANCHOR_LINE_MAX + 1];
	size_t	len = 0;
	int	c = EOF;

	/* Byte by byte: a crash can leave NULs that fgets() would hide. */
	while (a->left > 0 && len < sizeof(line) &&
	    (c = getc(a->fp)) != EOF) {
		a->left--;
		if (c == '\n')
			break;
		line[len++] = (char)c;
	}
	if (c == '\n')
		return audit_anchor_parse(line, len, id, hash) ? 1 : -1;
	if (len == 0 || a->left == 0 || c == EOF)
		return 0;	/* the end, or a torn last line */
	return -1;		/* a line too long */
}

void
audit_anchor_close(struct audit_anchor *a)
{
	if (a == NULL)
		return;
	if (a->fp != NULL)
		fclose(a->fp);
	free(a);
}
