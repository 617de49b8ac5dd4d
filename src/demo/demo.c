/*
 * demo.c: the deterministic demo municipality (see demo.h).
 *
 * The accounts are a table here, the organisation one in demo_org.c; the
 * programme budget is a table of templates in demo_programme.c.
 * demo_create() instantiates the templates (demo_budget.c) for every
 * budget year and, at scale N, for N replicas of every afdeling (with its
 * teams), so that programmes grow rather than multiply, then enters the
 * workflow, figures and costs (demo_figure.c).  Everything random comes
 * from one fixed-seed splitmix64 stream consumed in a fixed order, so the
 * same scale gives the same rows; timestamps are fixed per period for the
 * same reason.
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "demo_internal.h"
#include "log.h"
#include "pw.h"

#define DEMO_SEED		0x4b6f657273ULL	/* "Koers" */
#define DEMO_CREATED_AT		"2012-01-02T08:00:00Z"

const struct demo_account demo_accounts_table[] = {
	{ "beheerder", "koers-beheerder-2014", "administrator", "GEM",
	  "Fatima el Amrani" },
	{ "cmt", "koers-cmt-2014-zoetermeer", "cmt", "GEM",
	  "Jan-Willem Verhoeven" },
	{ "directeur", "koers-directeur-2014", "director", "DV",
	  "Karin de Groot" },
	{ "manager", "koers-manager-2014", "manager", "PZ",
	  "Sander Bos" },
	{ "griffie", "koers-griffie-2014", "council", "GEM",
	  "Ingrid Kok" },
	{ "control", "koers-control-2014", "control", "GEM",
	  "Marloes Visser" },
};

_Static_assert(DEMO_NITEMS(demo_accounts_table) == DEMO_NACCOUNTS,
    "DEMO_NACCOUNTS is the size of demo_accounts_table");

const size_t demo_accounts_len = DEMO_NACCOUNTS;

static const char demo_sql_count_units[] =
	"SELECT count(*) FROM org_unit";
static const char demo_sql_fk_get[] = "PRAGMA foreign_keys";
static const char demo_sql_fk_check[] = "PRAGMA foreign_key_check";
static const char demo_sql_user[] =
	"INSERT INTO user(username, display_name, password_hash, created_at) "
	"VALUES (?1, ?2, ?3, ?4)";
static const char demo_sql_role[] =
	"INSERT INTO role_assignment(user_id, role, org_unit_id) "
	"VALUES (?1, ?2, ?3)";

/* splitmix64: tiny, fast, and the same on every platform. */
static uint64_t
demo_rand(struct demo *d)
{
	uint64_t z;

	z = (d->rng += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* Uniform in [lo, hi]; the modulo bias is irrelevant for demo data. */
int64_t
demo_range(struct demo *d, int64_t lo, int64_t hi)
{
	return lo + (int64_t)(demo_rand(d) % (uint64_t)(hi - lo + 1));
}

/* One of n texts. */
const char *
demo_pick(struct demo *d, const char *const *v, size_t n)
{
	return v[demo_rand(d) % n];
}

/* Round a * b / c to nearest for non-negative b and positive c. */
int64_t
demo_muldiv(int64_t a, int64_t b, int64_t c)
{
	int64_t n = a * b;

	return n >= 0 ? (n + c / 2) / c : -((-n + c / 2) / c);
}

int64_t
demo_pow10(int e)
{
	int64_t p = 1;

	while (e-- > 0)
		p *= 10;
	return p;
}

/* Step a cached insert; logs what failed. */
int
demo_step(struct demo *d, sqlite3_stmt *st, const char *what)
{
	int rc;

	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		log_err("demo: insert %s: %s", what, sqlite3_errmsg(d->db->sql));
		return 0;
	}
	return 1;
}

/*
 * Binding helpers.  SQLITE_OK is 0, so callers OR the results of a row's
 * bindings together and check once.
 */
int
demo_bind_static(sqlite3_stmt *st, int i, const char *s)
{
	return sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
}

int
demo_bind_copy(sqlite3_stmt *st, int i, const char *s)
{
	return sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
}

/* An id or an optional value: 0 or !has binds NULL. */
int
demo_bind_opt(sqlite3_stmt *st, int i, int has, int64_t v)
{
	return has ? sqlite3_bind_int64(st, i, v) : sqlite3_bind_null(st, i);
}

int
demo_bind_ref(sqlite3_stmt *st, int i, int64_t id)
{
	return demo_bind_opt(st, i, id != 0, id);
}

int64_t
demo_clamp(int64_t v, int64_t min, int64_t max)
{
	if (v < min)
		v = min;
	if (max >= min && v > max)
		v = max;
	return v;
}

int
demo_account_ix(const char *username)
{
	size_t i;

	for (i = 0; i < DEMO_NACCOUNTS; i++)
		if (strcmp(demo_accounts_table[i].username, username) == 0)
			return (int)i;
	return -1;
}

/*
 * The accounts, with hashes made before the transaction, and their roles.
 * Then every unit learns its manager's and its director's account, which
 * the figures and submissions they "entered" refer to.
 */
static int
demo_accounts_insert(struct demo *d, char *const *hash)
{
	sqlite3_stmt	*st;
	const struct demo_account *a;
	const struct demo_unit *u;
	size_t		 i, t;
	int		 s, r, p, rc, ai;

	for (i = 0; i < DEMO_NACCOUNTS; i++) {
		a = &demo_accounts_table[i];
		if ((s = demo_org_tpl(a->scope_code)) < 0) {
			log_err("demo: %s: no unit %s", a->username,
			    a->scope_code);
			return 0;
		}
		if ((st = db_stmt(d->db, demo_sql_user)) == NULL)
			return 0;
		rc = demo_bind_static(st, 1, a->username);
		rc |= demo_bind_static(st, 2, a->display_name);
		rc |= demo_bind_static(st, 3, hash[i]);
		rc |= demo_bind_static(st, 4, DEMO_CREATED_AT);
		if (rc != SQLITE_OK || !demo_step(d, st, "user"))
			return 0;
		d->account_id[i] = db_last_id(d->db);
		if ((st = db_stmt(d->db, demo_sql_role)) == NULL)
			return 0;
		rc = sqlite3_bind_int64(st, 1, d->account_id[i]);
		rc |= demo_bind_static(st, 2, a->role);
		rc |= sqlite3_bind_int64(st, 3, d->inst[s].id);
		if (rc != SQLITE_OK || !demo_step(d, st, "role_assignment"))
			return 0;
	}
	for (r = 0; r < d->scale; r++) {
		for (t = 0; t < DEMO_NUNITS; t++) {
			if (r > 0 && !demo_org_replicated(t))
				continue;
			u = &demo_org_units[t];
			if (r == 0 && u->account != NULL &&
			    (ai = demo_account_ix(u->account)) >= 0)
				d->inst[t].user_id = d->account_id[ai];
			/* Walk up to the directie. */
			p = (int)t;
			while (p >= 0 &&
			    strcmp(demo_org_units[p].kind, "directie") != 0)
				p = demo_org_units[p].parent ?
				    demo_org_tpl(demo_org_units[p].parent) : -1;
			u = p >= 0 ? &demo_org_units[p] : NULL;
			if (u != NULL && u->account != NULL &&
			    (ai = demo_account_ix(u->account)) >= 0)
				d->inst[demo_org_inst_ix(t, r)].director_id =
				    d->account_id[ai];
		}
	}
	return 1;
}

/*
 * How many performances each template gets per replica.  Replicating the
 * afdelingen alone adds only about 1,060 figures per replica; this second
 * factor (1 up to scale 3, 18 at scale 50) brings scale 50 to about
 * 950,000 figures while scale 1 stays the realistic municipality.
 */
static int
demo_copies(int scale)
{
	return (9 * scale + 16) / 25;
}

/* Refuse a database that already holds an organisation. */
static int
demo_is_empty(struct db *db)
{
	sqlite3_stmt	*st;
	int		 rc, n = -1;

	if ((st = db_stmt(db, demo_sql_count_units)) == NULL)
		return 0;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	if (n < 0) {
		log_err("demo: counting org units: %s", sqlite3_errmsg(db->sql));
		return 0;
	}
	if (n > 0) {
		log_err("demo: the database already has %d org units; "
		    "demo data needs an empty database", n);
		return 0;
	}
	return 1;
}

/* Whether the connection enforces foreign keys: 1, 0, or -1 on error. */
static int
demo_fk_enabled(struct db *db)
{
	sqlite3_stmt	*st;
	int		 on = -1;

	if ((st = db_stmt(db, demo_sql_fk_get)) == NULL)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		on = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return on;
}

/*
 * Foreign keys are checked once over the whole load, not per row: at
 * scale 50 the per-row checks cost a fifth of the time.  Any violation
 * fails the load.
 */
static int
demo_fk_check(struct db *db)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((st = db_stmt(db, demo_sql_fk_check)) == NULL)
		return 0;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		log_err("demo: foreign key violation in %s",
		    sqlite3_column_text(st, 0));
	else if (rc != SQLITE_DONE)
		log_err("demo: foreign key check: %s", sqlite3_errmsg(db->sql));
	sqlite3_reset(st);
	return rc == SQLITE_DONE;
}

int
demo_create(struct db *db, int scale)
{
	struct demo	 d;
	char		*hash[DEMO_NACCOUNTS];
	size_t		 i;
	int		 ok = 0, began = 0, fk = 0;

	memset(&d, 0, sizeof(d));
	memset(hash, 0, sizeof(hash));
	if (scale < 1 || scale > DEMO_SCALE_MAX) {
		log_err("demo: scale %d: must be 1..%d", scale, DEMO_SCALE_MAX);
		return 0;
	}
	d.db = db;
	d.scale = scale;
	d.copies = demo_copies(scale);
	d.rng = DEMO_SEED;
	d.ninst = (size_t)scale * DEMO_NUNITS;
	if ((d.inst = calloc(d.ninst, sizeof(*d.inst))) == NULL) {
		log_err("demo: out of memory");
		goto out;
	}
	/* Argon2 is slow on purpose: hash before taking the write lock. */
	for (i = 0; i < DEMO_NACCOUNTS; i++)
		if ((hash[i] = pw_hash(demo_accounts_table[i].password)) ==
		    NULL) {
			log_err("demo: cannot hash a password");
			goto out;
		}
	/* Only outside a transaction can the pragma change anything. */
	if ((fk = demo_fk_enabled(db)) < 0 ||
	    (fk && !db_exec(db, "PRAGMA foreign_keys = OFF")))
		goto out;
	if (!db_begin_immediate(db))
		goto out;
	began = 1;
	if (!demo_is_empty(db) ||
	    !demo_org_insert(&d) ||
	    !demo_accounts_insert(&d, hash) ||
	    !demo_org_periods(&d) ||
	    !demo_budget_programmes(&d) ||
	    !demo_begroting_lines(&d))
		goto out;
	demo_figure_states(&d);
	if (!demo_figure_submissions(&d) ||
	    !demo_figure_entries(&d) ||
	    !demo_fk_check(db))
		goto out;
	if (!db_commit(db))
		goto out;
	began = 0;
	log_info("demo: scale %d: %zu org units, %zu programmes a year, "
	    "%zu indicators, %zu figures", scale, d.nunits, demo_progs_len,
	    d.nind, d.nfig);
	ok = 1;
out:
	if (began)
		db_rollback(db);
	if (fk > 0 && !db_exec(db, "PRAGMA foreign_keys = ON"))
		ok = 0;
	for (i = 0; i < DEMO_NACCOUNTS; i++)
		free(hash[i]);
	free(d.inst);
	free(d.pairs);
	free(d.costs);
	free(d.perfs);
	return ok;
}

void
demo_accounts(FILE *f)
{
	const struct demo_account *a;
	size_t i;

	fprintf(f, "Demo accounts:\n");
	fprintf(f, "  %-10s %-26s %-14s %s\n", "username", "password", "role",
	    "scope");
	for (i = 0; i < DEMO_NACCOUNTS; i++) {
		a = &demo_accounts_table[i];
		fprintf(f, "  %-10s %-26s %-14s %s\n", a->username,
		    a->password, a->role, a->scope_code);
	}
}
