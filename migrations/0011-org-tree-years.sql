-- Issue 14: the budget-year life cycle and an org tree that changes over
-- the years.
--
-- Budget years: the date of the raadsbesluit that adopted the year
-- (vastgesteld), and per quarter a review deadline beside the submission
-- deadline (period.deadline).  Existing quarters get the default: ten days
-- after the submission deadline.
ALTER TABLE budget_year ADD COLUMN adopted_on TEXT;
ALTER TABLE period ADD COLUMN review_deadline TEXT NOT NULL DEFAULT '';
UPDATE period SET review_deadline = date(deadline, '+10 days');

-- Org units get a validity: first_year .. last_year (NULL = open on that
-- side).  A move, merge or rename as of year Y ends the old unit at Y-1
-- and creates a new row from Y on, linked by org_unit_successor, so that
-- every figure, budget and closure row of an earlier year keeps the
-- structure it was entered under and the closure table org_unit_tree (and
-- every scope and rollup query over it) stays as it is: rows never move.
--
-- A code may come back for a new row (a moved unit keeps its code), so
-- UNIQUE(code) becomes a unique index over (code, first_year) plus a
-- trigger that keeps the validity ranges of one code apart.  SQLite cannot
-- drop a column constraint, so org_unit is rebuilt.  Many tables reference
-- it; foreign keys are on and this runs inside the migration's
-- transaction, so the checks are deferred to the commit, the rows (and
-- the closure, which the drop's implicit DELETE cascades away) are kept
-- aside and written back under the same ids before it.
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE org_unit_keep AS SELECT * FROM org_unit;
CREATE TEMP TABLE org_unit_tree_keep AS SELECT * FROM org_unit_tree;
DROP TABLE org_unit;
CREATE TABLE org_unit (
  id           INTEGER PRIMARY KEY,
  parent_id    INTEGER REFERENCES org_unit(id),
  kind         TEXT NOT NULL CHECK (kind IN ('gemeente','directie','afdeling','team')),
  code         TEXT NOT NULL,
  name         TEXT NOT NULL,
  manager_name TEXT NOT NULL DEFAULT '',
  sort         INTEGER NOT NULL DEFAULT 0,
  first_year   INTEGER CHECK (first_year BETWEEN 2000 AND 2100),
  last_year    INTEGER CHECK (last_year BETWEEN 2000 AND 2100),
  CHECK ((kind = 'gemeente') = (parent_id IS NULL)),
  CHECK (first_year IS NULL OR last_year IS NULL OR first_year <= last_year)
);
INSERT INTO org_unit(id, parent_id, kind, code, name, manager_name, sort)
  SELECT id, parent_id, kind, code, name, manager_name, sort
    FROM temp.org_unit_keep ORDER BY id;
DELETE FROM org_unit_tree;
INSERT INTO org_unit_tree SELECT * FROM temp.org_unit_tree_keep;
DROP TABLE temp.org_unit_keep;
DROP TABLE temp.org_unit_tree_keep;
CREATE INDEX org_unit_parent ON org_unit(parent_id, sort);
CREATE UNIQUE INDEX org_unit_code ON org_unit(code, coalesce(first_year, 0));

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
-- Two rows of one code never overlap in time.
CREATE TRIGGER org_unit_code_ins BEFORE INSERT ON org_unit BEGIN
  SELECT RAISE(ABORT, 'org_unit: code already in use in these years')
   WHERE EXISTS (SELECT 1 FROM org_unit o WHERE o.code = NEW.code
     AND coalesce(o.first_year, 0) <= coalesce(NEW.last_year, 9999)
     AND coalesce(NEW.first_year, 0) <= coalesce(o.last_year, 9999));
END;
CREATE TRIGGER org_unit_code_upd BEFORE UPDATE OF code, first_year,
  last_year ON org_unit BEGIN
  SELECT RAISE(ABORT, 'org_unit: code already in use in these years')
   WHERE EXISTS (SELECT 1 FROM org_unit o WHERE o.code = NEW.code
     AND o.id <> OLD.id
     AND coalesce(o.first_year, 0) <= coalesce(NEW.last_year, 9999)
     AND coalesce(NEW.first_year, 0) <= coalesce(o.last_year, 9999));
END;

-- What became of an ended unit: from_id went on as to_id from year on.  A
-- merge of A and B into C gives (A, C) and (B, C); a split the reverse.
CREATE TABLE org_unit_successor (
  from_id INTEGER NOT NULL REFERENCES org_unit(id),
  to_id   INTEGER NOT NULL REFERENCES org_unit(id),
  year    INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  PRIMARY KEY (from_id, to_id)
) WITHOUT ROWID;
CREATE INDEX org_unit_successor_to ON org_unit_successor(to_id);

-- The dashboards' page cache is valid for one data generation (0003): a
-- unit renamed or ended and a year adopted or closed change what a
-- dashboard shows.  They happen a few times a year.  A unit or year just
-- created shows on no dashboard until it gets targets or figures (which
-- move the generation on), so inserts do not.
CREATE TRIGGER data_generation_org_unit_upd AFTER UPDATE ON org_unit
BEGIN UPDATE data_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER data_generation_budget_year_upd AFTER UPDATE ON budget_year
BEGIN UPDATE data_generation SET n = n + 1 WHERE id = 1; END;
