-- Koers domain model: the programme budget, the organisation, the quarterly
-- figures, the workflow around them, the audit trail, accounts and reports.
--
-- Conventions
--   * Money is stored in integer euro cents (columns ending in _cents).
--   * Indicator values (value, forecast, target, baseline, min/max) are integers
--     scaled by 10^indicator.decimals, so every sum is exact and independent of
--     row order.  Ratio components and weights use the same scale.
--   * Timestamps are UTC, ISO 8601 text ('2014-07-01T09:00:00Z').
--   * Periods are named '<year>-Q<quarter>'.

CREATE TABLE org_unit (
  id           INTEGER PRIMARY KEY,
  parent_id    INTEGER REFERENCES org_unit(id),
  kind         TEXT NOT NULL CHECK (kind IN ('gemeente','directie','afdeling','team')),
  code         TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  manager_name TEXT NOT NULL DEFAULT '',
  sort         INTEGER NOT NULL DEFAULT 0,
  CHECK ((kind = 'gemeente') = (parent_id IS NULL))
);
CREATE INDEX org_unit_parent ON org_unit(parent_id, sort);

-- Closure table: every (ancestor, descendant) pair, including (u, u) at depth 0.
-- Scope checks ("this unit and everything below it") and rollups read it.
CREATE TABLE org_unit_tree (
  ancestor_id   INTEGER NOT NULL REFERENCES org_unit(id) ON DELETE CASCADE,
  descendant_id INTEGER NOT NULL REFERENCES org_unit(id) ON DELETE CASCADE,
  depth         INTEGER NOT NULL,
  PRIMARY KEY (ancestor_id, descendant_id)
) WITHOUT ROWID;
CREATE INDEX org_unit_tree_desc ON org_unit_tree(descendant_id, depth);

CREATE TRIGGER org_unit_tree_insert AFTER INSERT ON org_unit BEGIN
  INSERT INTO org_unit_tree(ancestor_id, descendant_id, depth)
    SELECT ancestor_id, NEW.id, depth + 1 FROM org_unit_tree
     WHERE descendant_id = NEW.parent_id;
  INSERT INTO org_unit_tree(ancestor_id, descendant_id, depth)
    VALUES (NEW.id, NEW.id, 0);
END;
CREATE TRIGGER org_unit_no_move BEFORE UPDATE OF parent_id ON org_unit
  WHEN NEW.parent_id IS NOT OLD.parent_id BEGIN
  SELECT RAISE(ABORT, 'org_unit: moving a unit is not supported');
END;

CREATE TABLE budget_year (
  year  INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft','adopted','closed'))
);

CREATE TABLE period (
  id       INTEGER PRIMARY KEY,
  year     INTEGER NOT NULL REFERENCES budget_year(year),
  quarter  INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  state    TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned','open','closed')),
  deadline TEXT NOT NULL,
  UNIQUE (year, quarter)
);

CREATE TABLE programme (
  id               INTEGER PRIMARY KEY,
  year             INTEGER NOT NULL REFERENCES budget_year(year),
  number           INTEGER NOT NULL,
  name             TEXT NOT NULL,
  portfolio_holder TEXT NOT NULL DEFAULT '',
  directie_id      INTEGER NOT NULL REFERENCES org_unit(id),
  ambition         TEXT NOT NULL DEFAULT '',
  UNIQUE (year, number)
);

CREATE TABLE effect (
  id           INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
  number       INTEGER NOT NULL,
  name         TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  UNIQUE (programme_id, number)
);

CREATE TABLE performance (
  id           INTEGER PRIMARY KEY,
  effect_id    INTEGER NOT NULL REFERENCES effect(id) ON DELETE CASCADE,
  number       INTEGER NOT NULL,
  name         TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  org_unit_id  INTEGER NOT NULL REFERENCES org_unit(id),
  budget_cents INTEGER NOT NULL DEFAULT 0,   -- budget for the whole year (lasten)
  UNIQUE (effect_id, number)
);
CREATE INDEX performance_owner ON performance(org_unit_id);

-- An indicator belongs to exactly one effect (effect indicator) or one
-- performance (performance indicator).
CREATE TABLE indicator (
  id             INTEGER PRIMARY KEY,
  effect_id      INTEGER REFERENCES effect(id) ON DELETE CASCADE,
  performance_id INTEGER REFERENCES performance(id) ON DELETE CASCADE,
  code           TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  unit           TEXT NOT NULL,                 -- unit of measure: 'aantal', '%', 'dagen', ...
  direction      TEXT NOT NULL CHECK (direction IN ('up','down')),  -- up: higher is better
  aggregation    TEXT NOT NULL CHECK (aggregation IN ('sum','mean','last','ratio')),
  weight_name    TEXT NOT NULL DEFAULT '',      -- named weight of a weighted mean ('inwoners')
  cumulative     INTEGER NOT NULL DEFAULT 0 CHECK (cumulative IN (0,1)),
  decimals       INTEGER NOT NULL DEFAULT 0 CHECK (decimals BETWEEN 0 AND 4),
  tolerance_bp   INTEGER NOT NULL DEFAULT 1000 CHECK (tolerance_bp BETWEEN 0 AND 10000),
                                                -- basis points of the target: within it is "at risk", beyond it "off track"
  min_value      INTEGER,                       -- allowed range, scaled; NULL = unbounded
  max_value      INTEGER,
  baseline       INTEGER,
  baseline_year  INTEGER,
  source         TEXT NOT NULL DEFAULT '',
  is_policy      INTEGER NOT NULL DEFAULT 0 CHECK (is_policy IN (0,1)),  -- mandatory BBV beleidsindicator
  CHECK ((effect_id IS NULL) <> (performance_id IS NULL))
);
CREATE INDEX indicator_effect ON indicator(effect_id);
CREATE INDEX indicator_performance ON indicator(performance_id);

-- Which org units report an indicator (the units that measure it at the source).
CREATE TABLE indicator_unit (
  indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
  org_unit_id  INTEGER NOT NULL REFERENCES org_unit(id),
  PRIMARY KEY (indicator_id, org_unit_id)
) WITHOUT ROWID;
CREATE INDEX indicator_unit_unit ON indicator_unit(org_unit_id, indicator_id);

-- quarter 0 is the target for the whole year; 1..4 the target for that quarter
-- (year-to-date for cumulative indicators).
CREATE TABLE target (
  indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
  org_unit_id  INTEGER NOT NULL REFERENCES org_unit(id),
  year         INTEGER NOT NULL REFERENCES budget_year(year),
  quarter      INTEGER NOT NULL CHECK (quarter BETWEEN 0 AND 4),
  value        INTEGER NOT NULL,
  PRIMARY KEY (indicator_id, org_unit_id, year, quarter)
) WITHOUT ROWID;

CREATE TABLE user (
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name  TEXT NOT NULL DEFAULT '',
  password_hash TEXT,                           -- Argon2id encoded string; NULL = cannot log in
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  lang          TEXT NOT NULL DEFAULT 'nl' CHECK (lang IN ('nl','en')),
  created_at    TEXT NOT NULL
);

CREATE TABLE role_assignment (
  user_id     INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
  role        TEXT NOT NULL CHECK (role IN ('administrator','cmt','director','manager','council')),
  org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
  PRIMARY KEY (user_id, role, org_unit_id)
) WITHOUT ROWID;

CREATE TABLE figure (
  id           INTEGER PRIMARY KEY,
  indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
  org_unit_id  INTEGER NOT NULL REFERENCES org_unit(id),
  period_id    INTEGER NOT NULL REFERENCES period(id),
  value        INTEGER,                         -- realised, scaled; NULL = not yet entered
  forecast     INTEGER,                         -- year-end forecast, scaled
  numerator    INTEGER,                         -- ratio indicators: the two summed components
  denominator  INTEGER,
  weight       INTEGER,                         -- weighted mean: the named weight's value
  explanation  TEXT NOT NULL DEFAULT '',        -- toelichting
  measure      TEXT NOT NULL DEFAULT '',        -- bijsturingsmaatregel
  version      INTEGER NOT NULL DEFAULT 1,
  updated_by   INTEGER REFERENCES user(id),
  updated_at   TEXT NOT NULL,
  UNIQUE (indicator_id, org_unit_id, period_id)
);
CREATE INDEX figure_unit_period ON figure(org_unit_id, period_id);
CREATE INDEX figure_period ON figure(period_id, indicator_id);

CREATE TABLE cost (
  performance_id  INTEGER NOT NULL REFERENCES performance(id) ON DELETE CASCADE,
  period_id       INTEGER NOT NULL REFERENCES period(id),
  budget_cents    INTEGER NOT NULL DEFAULT 0,   -- budget up to and including this quarter
  realised_cents  INTEGER,                      -- realised up to and including this quarter
  forecast_cents  INTEGER,                      -- year-end forecast
  explanation     TEXT NOT NULL DEFAULT '',
  measure         TEXT NOT NULL DEFAULT '',
  version         INTEGER NOT NULL DEFAULT 1,
  updated_by      INTEGER REFERENCES user(id),
  updated_at      TEXT NOT NULL,
  PRIMARY KEY (performance_id, period_id)
) WITHOUT ROWID;
CREATE INDEX cost_period ON cost(period_id);

-- No row = not started.
CREATE TABLE submission (
  org_unit_id  INTEGER NOT NULL REFERENCES org_unit(id),
  period_id    INTEGER NOT NULL REFERENCES period(id),
  state        TEXT NOT NULL CHECK (state IN ('draft','submitted','approved','returned')),
  comment      TEXT NOT NULL DEFAULT '',        -- the director's comment when returned
  version      INTEGER NOT NULL DEFAULT 1,
  updated_by   INTEGER REFERENCES user(id),
  updated_at   TEXT NOT NULL,
  PRIMARY KEY (org_unit_id, period_id)
) WITHOUT ROWID;
CREATE INDEX submission_period ON submission(period_id, state);

-- Append-only, hash-chained: hash = SHA-256(prev_hash || canonical content).
CREATE TABLE audit (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  user_id    INTEGER,
  username   TEXT NOT NULL DEFAULT '',
  client     TEXT NOT NULL DEFAULT '',
  action     TEXT NOT NULL,
  entity     TEXT NOT NULL DEFAULT '',
  entity_id  TEXT NOT NULL DEFAULT '',
  old_value  TEXT NOT NULL DEFAULT '',
  new_value  TEXT NOT NULL DEFAULT '',
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit(entity, entity_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
  SELECT RAISE(ABORT, 'audit is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN
  SELECT RAISE(ABORT, 'audit is append-only');
END;

-- Sessions and API tokens are stored only as SHA-256 hashes of the secret.
CREATE TABLE session (
  id_hash    TEXT PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,                  -- unix seconds
  seen_at    INTEGER NOT NULL,
  client     TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX session_user ON session(user_id);

CREATE TABLE api_token (
  id         INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  label      TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  last_used  TEXT,
  revoked_at TEXT
);

CREATE TABLE login_throttle (
  key          TEXT PRIMARY KEY,                -- 'user:<name>' or 'addr:<address>'
  failures     INTEGER NOT NULL DEFAULT 0,
  last_failure INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE report (
  id         INTEGER PRIMARY KEY,
  period_id  INTEGER NOT NULL REFERENCES period(id),
  kind       TEXT NOT NULL DEFAULT 'voortgangsrapportage'
             CHECK (kind IN ('voortgangsrapportage','bestuursrapportage')),
  title      TEXT NOT NULL,
  intro      TEXT NOT NULL DEFAULT '',
  created_by INTEGER REFERENCES user(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE report_programme_text (
  report_id    INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
  programme_id INTEGER NOT NULL REFERENCES programme(id),
  intro        TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (report_id, programme_id)
) WITHOUT ROWID;

-- A published version is frozen: its whole content as JSON, with its hash.
CREATE TABLE report_version (
  id           INTEGER PRIMARY KEY,
  report_id    INTEGER NOT NULL REFERENCES report(id),
  version      INTEGER NOT NULL,
  content      TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  published_by INTEGER REFERENCES user(id),
  published_at TEXT NOT NULL,
  UNIQUE (report_id, version)
);
CREATE TRIGGER report_version_frozen BEFORE UPDATE ON report_version BEGIN
  SELECT RAISE(ABORT, 'a published report version is frozen');
END;

-- Settings the administrator may change (cost deviation threshold, ...).
CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO setting(key, value) VALUES
  ('cost_deviation_threshold_bp', '1000'),     -- 10 %: above it an explanation is required
  ('cost_deviation_threshold_cents', '2500000'); -- and at least EUR 25,000
