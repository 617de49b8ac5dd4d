-- Materialised rollups (issue 6): what the dashboards and the rollup API read,
-- kept current by src/rollup_store.c in the same transaction as every figure
-- and cost write, and recomputed from scratch by `koers rollup rebuild`.
--
-- Design
--   * rollup_indicator: one row per (indicator, period) in which at least
--     one reporting unit has entered a figure: the indicator rolled up over
--     ALL its reporting units (the whole gemeente) by its aggregation, the
--     target rolled up over the same units, and the status of the one
--     against the other.  The components (n, num, den, weight_sum) are kept
--     so that the API and the drill-down can show what the value is made of.
--     No row = no data.  Rolled-up values of intermediate units (an afdeling
--     over its teams) are NOT stored: an indicator has a handful of reporting
--     units, so the drill-down recomputes them from the figures with the same
--     pure functions (src/rollup.c) in microseconds; storing every
--     (indicator, ancestor, period) would triple the rows (3 million at
--     scale 50) and the rebuild could not stay under two seconds.
--   * rollup_node: one row per (programme | effect | org unit, period) for
--     every period of the node's budget year: the number of indicators under
--     it, how many of them are on track / at risk / off track (the rest has
--     no data), and the finance total of the performances under it (the
--     fields of struct finance in src/rollup.h, all in cents).
--       kind 1 programme: its effect indicators and all its performances'.
--       kind 2 effect: likewise for one effect.
--       kind 3 org unit: everything the unit and the units below it answer
--         for (integraal management): the performances they own, with their
--         indicators, and the effect indicators of the programmes of a
--         directie they own.  The gemeente's row covers everything, so it
--         equals the sum of the programmes.
--     A cost row (performance, period) is one finance part; performances
--     without a cost row for the period are not in the total.
--   * shortfall_bp ranks "the largest deviations in performance": how far
--     the value is on the wrong side of its target, in basis points of the
--     target (capped); the partial index keeps the top of each period cheap.
--   * Finance deviations are ranked straight from cost through an index on
--     the absolute deviation, which SQLite keeps current itself.
--
-- Incremental updates (rollup_store_figure_changed): the indicator's rows for
-- the changed period (and, for a cumulative indicator, the later quarters of
-- the year) are recomputed from its figures; the status counts of its
-- effect, programme and owning unit with all its ancestors move from the old
-- status to the new one.  rollup_store_cost_changed recomputes the finance of
-- the performance's effect from its cost rows, the programme from its
-- effects, and the owning unit and its ancestors from their own
-- performances plus their children's rows.  All in integers: the same
-- numbers as a rebuild, whatever the order of the saves.

CREATE TABLE rollup_indicator (
  indicator_id   INTEGER NOT NULL,
  period_id      INTEGER NOT NULL,
  programme_id   INTEGER NOT NULL,
  effect_id      INTEGER NOT NULL,
  performance_id INTEGER NOT NULL,     -- 0 for an effect indicator
  owner_id       INTEGER NOT NULL,     -- org unit that answers for it
  has_value      INTEGER NOT NULL,
  value          INTEGER NOT NULL,     -- scaled like the indicator
  n              INTEGER NOT NULL,     -- figures used
  skipped        INTEGER NOT NULL,     -- figures with data not used
  num            INTEGER NOT NULL,     -- ratio: summed components
  den            INTEGER NOT NULL,
  weight_sum     INTEGER NOT NULL,     -- mean: summed weights
  last_period    INTEGER NOT NULL,     -- last: quarter the value is from
  units          INTEGER NOT NULL,     -- reporting units that entered the period
  has_target     INTEGER NOT NULL,
  target         INTEGER NOT NULL,
  status         INTEGER NOT NULL,     -- enum status: 0 no data .. 3 off track
  shortfall_bp   INTEGER NOT NULL,     -- 0 unless at risk or off track
  PRIMARY KEY (indicator_id, period_id)
) WITHOUT ROWID;
CREATE INDEX rollup_indicator_worst ON rollup_indicator(period_id, shortfall_bp)
  WHERE status >= 2;

CREATE TABLE rollup_node (
  kind                 INTEGER NOT NULL CHECK (kind IN (1, 2, 3)),
  node_id              INTEGER NOT NULL,
  period_id            INTEGER NOT NULL,
  n_indicators         INTEGER NOT NULL,
  n_on_track           INTEGER NOT NULL,
  n_at_risk            INTEGER NOT NULL,
  n_off_track          INTEGER NOT NULL,
  budget               INTEGER NOT NULL,
  year_budget          INTEGER NOT NULL,
  n_parts              INTEGER NOT NULL,
  n_realised           INTEGER NOT NULL,
  realised             INTEGER NOT NULL,
  budget_realised      INTEGER NOT NULL,
  n_forecast           INTEGER NOT NULL,
  forecast             INTEGER NOT NULL,
  year_budget_forecast INTEGER NOT NULL,
  PRIMARY KEY (kind, node_id, period_id)
) WITHOUT ROWID;

CREATE INDEX cost_deviation ON cost(period_id,
  abs(coalesce(realised_cents, budget_cents) - budget_cents));
