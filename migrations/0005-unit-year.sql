-- The units that report in a budget year (issue 6, the CMT overview's
-- "not submitted" list, src/db_submission_missing.c).
--
-- A unit must submit a period when it reports an indicator of a programme
-- of the period's year.  Deciding that from indicator_unit means walking a
-- unit's indicators of every year with their performances, effects and
-- programmes: 60 to 200 ms for the 1,254 units at scale 50, on every
-- uncached overview, that is after every figure save.  The answer changes
-- only with the structure, so it is kept here, one row per (year, unit),
-- and the overview reads a few hundred rows by primary key.
--
-- Kept current by triggers, in the writer's own transaction, whatever the
-- writer:
--   * a new indicator_unit row adds its (year, unit): one lookup, so
--     loading a structure stays cheap;
--   * anything else that can change a unit's years (an indicator_unit row
--     deleted or changed, also by a cascade from a deleted indicator,
--     performance, effect or programme; an indicator, performance or
--     effect moved; a programme's year changed) recomputes the rows of the
--     units concerned from indicator_unit (unit_year_redo).  None of these
--     happens in the application today; they stay correct, not fast.
CREATE TABLE unit_year (
  year        INTEGER NOT NULL,
  org_unit_id INTEGER NOT NULL,
  PRIMARY KEY (year, org_unit_id)
) WITHOUT ROWID;
CREATE INDEX unit_year_unit ON unit_year(org_unit_id);

INSERT INTO unit_year(year, org_unit_id)
  SELECT DISTINCT g.year, iu.org_unit_id FROM indicator_unit iu
    JOIN indicator i ON i.id = iu.indicator_id
    LEFT JOIN performance pf ON pf.id = i.performance_id
    JOIN effect e ON e.id = coalesce(i.effect_id, pf.effect_id)
    JOIN programme g ON g.id = e.programme_id;

-- INSERT INTO unit_year_redo VALUES (unit): the unit's rows again, from
-- indicator_unit as it is now.
CREATE VIEW unit_year_redo(org_unit_id) AS SELECT NULL WHERE 0;
CREATE TRIGGER unit_year_redo INSTEAD OF INSERT ON unit_year_redo BEGIN
  DELETE FROM unit_year WHERE org_unit_id = NEW.org_unit_id;
  INSERT OR IGNORE INTO unit_year(year, org_unit_id)
    SELECT g.year, iu.org_unit_id FROM indicator_unit iu
      JOIN indicator i ON i.id = iu.indicator_id
      LEFT JOIN performance pf ON pf.id = i.performance_id
      JOIN effect e ON e.id = coalesce(i.effect_id, pf.effect_id)
      JOIN programme g ON g.id = e.programme_id
     WHERE iu.org_unit_id = NEW.org_unit_id;
END;

CREATE TRIGGER unit_year_iu_ins AFTER INSERT ON indicator_unit BEGIN
  INSERT OR IGNORE INTO unit_year(year, org_unit_id)
    SELECT g.year, NEW.org_unit_id FROM indicator i
      LEFT JOIN performance pf ON pf.id = i.performance_id
      JOIN effect e ON e.id = coalesce(i.effect_id, pf.effect_id)
      JOIN programme g ON g.id = e.programme_id
     WHERE i.id = NEW.indicator_id;
END;
CREATE TRIGGER unit_year_iu_del AFTER DELETE ON indicator_unit BEGIN
  INSERT INTO unit_year_redo VALUES (OLD.org_unit_id);
END;
CREATE TRIGGER unit_year_iu_upd AFTER UPDATE ON indicator_unit BEGIN
  INSERT INTO unit_year_redo VALUES (OLD.org_unit_id);
  INSERT INTO unit_year_redo SELECT NEW.org_unit_id
   WHERE NEW.org_unit_id IS NOT OLD.org_unit_id;
END;
CREATE TRIGGER unit_year_indicator_move AFTER UPDATE OF effect_id,
  performance_id ON indicator
  WHEN NEW.effect_id IS NOT OLD.effect_id
    OR NEW.performance_id IS NOT OLD.performance_id BEGIN
  INSERT INTO unit_year_redo
    SELECT org_unit_id FROM indicator_unit WHERE indicator_id = NEW.id;
END;
CREATE TRIGGER unit_year_performance_move AFTER UPDATE OF effect_id
  ON performance WHEN NEW.effect_id IS NOT OLD.effect_id BEGIN
  INSERT INTO unit_year_redo
    SELECT DISTINCT iu.org_unit_id FROM indicator i
      JOIN indicator_unit iu ON iu.indicator_id = i.id
     WHERE i.performance_id = NEW.id;
END;
CREATE TRIGGER unit_year_effect_move AFTER UPDATE OF programme_id ON effect
  WHEN NEW.programme_id IS NOT OLD.programme_id BEGIN
  INSERT INTO unit_year_redo
    SELECT iu.org_unit_id FROM indicator i
      JOIN indicator_unit iu ON iu.indicator_id = i.id
     WHERE i.effect_id = NEW.id
    UNION
    SELECT iu.org_unit_id FROM performance pf
      JOIN indicator i ON i.performance_id = pf.id
      JOIN indicator_unit iu ON iu.indicator_id = i.id
     WHERE pf.effect_id = NEW.id;
END;
CREATE TRIGGER unit_year_programme_year AFTER UPDATE OF year ON programme
  WHEN NEW.year IS NOT OLD.year BEGIN
  INSERT INTO unit_year_redo
    SELECT iu.org_unit_id FROM effect e
      JOIN indicator i ON i.effect_id = e.id
      JOIN indicator_unit iu ON iu.indicator_id = i.id
     WHERE e.programme_id = NEW.id
    UNION
    SELECT iu.org_unit_id FROM effect e
      JOIN performance pf ON pf.effect_id = e.id
      JOIN indicator i ON i.performance_id = pf.id
      JOIN indicator_unit iu ON iu.indicator_id = i.id
     WHERE e.programme_id = NEW.id;
END;
