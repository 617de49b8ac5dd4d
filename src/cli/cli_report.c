/*
 * cli_report.c: koers report export --db FILE --period 2014-Q2
 *   --format pdf|xlsx|csv|csv-nl|json|odt --out FILE [--lang nl|en]
 *   [--templates DIR] [--logo FILE.png]
 * for scheduled use: the newest published version of the period's reports,
 * or a draft build from the live figures when none is published; the
 * output says which.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "db.h"
#include "db_period.h"
#include "db_report.h"
#include "export.h"
#include "i18n.h"
#include "report_build.h"
#include "report_export.h"
#include "report_publish.h"
#include "tmpl.h"

static int
cli_report_usage(void)
{
	fprintf(stderr, "usage: koers report export --db FILE --period YYYY-QN "
	    "--format pdf|xlsx|csv|csv-nl|json|odt --out FILE [--lang nl|en] "
	    "[--templates DIR] [--logo FILE.png]\n");
	return 2;
}

static int
cli_report_write(const char *path, const char *s, size_t len)
{
	FILE	*f;
	int	 ok;

	if (strcmp(path, "-") == 0)
		return fwrite(s, 1, len, stdout) == len && fflush(stdout) == 0;
	if ((f = fopen(path, "wb")) == NULL)
		return 0;
	ok = fwrite(s, 1, len, f) == len;
	if (fclose(f) != 0)
		ok = 0;
	return ok;
}

/*
 * koers report export.  Exit 0 on success, 1 when the period does not
 * exist or the export fails, 2 on a usage error.
 */
int
cli_report(int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "period", required_argument, NULL, 'p' },
		{ "format", required_argument, NULL, 'f' },
		{ "out", required_argument, NULL, 'o' },
		{ "lang", required_argument, NULL, 'l' },
		{ "templates", required_argument, NULL, 'T' },
		{ "logo", required_argument, NULL, 'g' },
		{ NULL, 0, NULL, 0 }
	};
	const char		*path = NULL, *pname = NULL, *fmt = NULL;
	const char		*out = NULL, *tdir = "templates";
	struct db		*db = NULL;
	struct period		 per;
	struct report_doc	*doc = NULL;
	struct report_version	*ver = NULL;
	struct export_meta	 m;
	enum export_format	 f;
	int64_t			 report_id = 0;
	int			 version = 0, c, rc = 1;
	char			*bytes = NULL, now[32], org[256];
	size_t			 len = 0;

	memset(&m, 0, sizeof(m));
	m.lang = LANG_NL;
	if (argc < 2 || strcmp(argv[1], "export") != 0)
		return cli_report_usage();
	cli_shift(&argc, &argv);
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'd': path = optarg; break;
		case 'p': pname = optarg; break;
		case 'f': fmt = optarg; break;
		case 'o': out = optarg; break;
		case 'T': tdir = optarg; break;
		case 'g': m.logo_png = optarg; break;
		case 'l':
			if (strcmp(optarg, "en") != 0 && strcmp(optarg, "nl") != 0)
				return cli_report_usage();
			m.lang = optarg[0] == 'e' ? LANG_EN : LANG_NL;
			break;
		default:
			return cli_report_usage();
		}
	}
	if (path == NULL || pname == NULL || out == NULL || optind != argc ||
	    !export_format_parse(fmt, &f))
		return cli_report_usage();
	/* The ODT is written by the templates, as the pages are. */
	if (f == EXPORT_ODT) {
		i18n_register();
		if (!tmpl_init(tdir, 0)) {
			fprintf(stderr, "koers report: templates in %s are "
			    "broken\n", tdir);
			return 1;
		}
	}
	if ((db = cli_open(path)) == NULL)
		return 1;
	if (!db_period_get_by_name(db, pname, &per)) {
		fprintf(stderr, "koers report: no period %s\n", pname);
		goto out;
	}
	if (db_report_latest_published(db, per.id, &report_id, &version)) {
		if ((doc = report_publish_load(db, report_id, version,
		    &ver)) == NULL)
			goto fail;
		m.version = version;
		m.published_at = ver->published_at;
		m.published_by = ver->published_by;
		m.hash = ver->hash;
		m.generated_at = ver->published_at;
	} else {
		report_id = db_report_find_by_period(db, per.id);
		if ((doc = report_build(db, per.id, report_id)) == NULL)
			goto fail;
		db_now(now, sizeof(now));
		m.published_at = m.published_by = m.hash = "";
		m.generated_at = now;
	}
	report_export_org(db, org, sizeof(org));
	m.organisation = org;
	if ((bytes = export_render(doc, f, &m, ver ? ver->content : NULL,
	    &len)) == NULL)
		goto fail;
	if (!cli_report_write(out, bytes, len)) {
		fprintf(stderr, "koers report: cannot write %s\n", out);
		goto out;
	}
	if (ver != NULL)
		fprintf(strcmp(out, "-") == 0 ? stderr : stdout,
		    "%s: published version %d of report %lld for %s "
		    "(published %s, sha256 %s)\n", out, version,
		    (long long)report_id, per.name, ver->published_at,
		    ver->hash);
	else
		fprintf(strcmp(out, "-") == 0 ? stderr : stdout,
		    "%s: DRAFT for %s built from the current figures: no "
		    "version is published yet\n", out, per.name);
	rc = 0;
	goto out;
fail:
	fprintf(stderr, "koers report: the export failed\n");
out:
	free(bytes);
	report_doc_free(doc);
	db_report_version_free(ver);
	db_close(db);
	return rc;
}
