-- An org unit's scorecard counts the indicators its units report, not
-- only the ones it owns (issue 13, item 2: Vergunningen reports
-- Publiekszaken's 10.1.1 indicators, and its own figures showed uit koers
-- on its drill-down but not on its scorecard).
--
-- One row per (unit, period, indicator) where some unit in the unit's
-- subtree has a figure of the indicator in its year and the unit does not
-- answer for the indicator already (it is no ancestor-or-self of the
-- indicator's owner, which counts the indicator's overall status).
-- status is the indicator rolled up over the subtree's own figures
-- against their own targets (0 = no data in that quarter).  Kept by
-- src/store/rollup_unit_rep.c from the figure hook and from the rebuild;
-- the unit's rollup_node row adds these rows to its counts.  Filled by
-- `koers rollup rebuild`, which an existing database needs once after
-- this migration.
CREATE TABLE rollup_unit_reported (
  unit_id       INTEGER NOT NULL,
  period_id     INTEGER NOT NULL,
  indicator_id  INTEGER NOT NULL,
  status        INTEGER NOT NULL,
  PRIMARY KEY (unit_id, period_id, indicator_id)
) WITHOUT ROWID;
CREATE INDEX rollup_unit_reported_ind ON rollup_unit_reported(indicator_id);
