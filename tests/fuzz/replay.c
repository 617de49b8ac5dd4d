/*
 * replay.c: a main() for a fuzz harness without libFuzzer.  Runs
 * LLVMFuzzerTestOneInput() once on every file named, and on every file in
 * every folder named, so that make test replays the seed corpus and every
 * crash found so far with the ordinary compiler (and, under make test-asan,
 * with the sanitizers).  Exit 0 when every input passed; a failing input
 * aborts inside the harness.  Exit 1 when a file cannot be read.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static int	replay_n;

static int
replay_file(const char *path)
{
	FILE		*f;
	uint8_t		*buf = NULL;
	long		 len;
	int		 rc = 1;

	if ((f = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return 1;
	}
	if (fseek(f, 0, SEEK_END) != 0 || (len = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0)
		goto out;
	/* An exact-size heap copy, so ASan sees reads past the end. */
	if ((buf = malloc(len > 0 ? (size_t)len : 1)) == NULL)
		goto out;
	if (len > 0 && fread(buf, 1, (size_t)len, f) != (size_t)len)
		goto out;
	LLVMFuzzerTestOneInput(buf, (size_t)len);
	replay_n++;
	rc = 0;
out:
	if (rc != 0)
		fprintf(stderr, "replay: %s: cannot read\n", path);
	free(buf);
	fclose(f);
	return rc;
}

static int
replay_path(const char *path)
{
	struct stat	 st;
	struct dirent	**names;
	char		 sub[4096];
	int		 i, n, rc = 0;

	if (stat(path, &st) != 0) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return 1;
	}
	if (!S_ISDIR(st.st_mode))
		return replay_file(path);
	if ((n = scandir(path, &names, NULL, alphasort)) < 0) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return 1;
	}
	for (i = 0; i < n; i++) {
		if (names[i]->d_name[0] != '.') {
			if (snprintf(sub, sizeof(sub), "%s/%s", path,
			    names[i]->d_name) >= (int)sizeof(sub))
				rc = 1;
			else if (replay_path(sub) != 0)
				rc = 1;
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

int
main(int argc, char *argv[])
{
	int	i, rc = 0;

	for (i = 1; i < argc; i++)
		if (replay_path(argv[i]) != 0)
			rc = 1;
	printf("replay: %d inputs passed\n", replay_n);
	return rc;
}
