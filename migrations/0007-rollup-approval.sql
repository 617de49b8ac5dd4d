-- Approval made visible (issue 13, item 3).
--
-- Every figure carries the workflow state of its org unit and period (the
-- submission row; no row = not started, i.e. draft).  A rolled-up number
-- is "voorlopig" (provisional) when at least one figure it is made of is
-- not approved.  rollup_approval keeps, per (indicator, period) with
-- figures of that period itself, how many figures contribute (the period's own, and for a
-- cumulative indicator the earlier quarters of its year too) and how many
-- of them are not approved.  Pages add these up per programme, effect or
-- unit in one indexed read.
--
-- Kept apart from rollup_indicator so that the rebuild's row comparison
-- and its parallel chunks stay as they are: one SQL statement
-- (src/store/rollup_approval.c) recomputes rows for an indicator's year
-- after a figure write, for a unit's year after a submission moves, and
-- for everything after a rebuild, so the three cannot disagree.
CREATE TABLE rollup_approval (
  indicator_id  INTEGER NOT NULL,
  period_id     INTEGER NOT NULL,
  n_figures     INTEGER NOT NULL,
  n_unapproved  INTEGER NOT NULL,
  PRIMARY KEY (period_id, indicator_id)   -- pages read one period
) WITHOUT ROWID;

INSERT INTO rollup_approval(indicator_id, period_id, n_figures, n_unapproved)
SELECT f.indicator_id, p.id, count(*),
       sum(coalesce(s.state, 'draft') <> 'approved')
  FROM period p
  JOIN indicator i
  JOIN period pf ON pf.year = p.year
       AND (pf.id = p.id OR (i.cumulative = 1 AND pf.quarter < p.quarter))
  JOIN figure f ON f.indicator_id = i.id AND f.period_id = pf.id
  LEFT JOIN submission s ON s.org_unit_id = f.org_unit_id
       AND s.period_id = f.period_id
 GROUP BY f.indicator_id, p.id
HAVING max(pf.id = p.id);
