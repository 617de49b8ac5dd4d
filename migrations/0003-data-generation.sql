-- The data generation (issue 6, dashboards' page cache): one number that
-- every write that changes what a dashboard shows moves forward, in the
-- writer's own transaction.  A cached page is served only while the number
-- it was built at is still current, so a saved figure shows on the very
-- next request.
--   * Figure and cost writes: rollup_store_figure_changed() and
--     rollup_store_cost_changed() bump it (src/rollup_store.c), so every
--     writer that keeps the rollups current also invalidates the cache.
--   * `koers rollup rebuild` bumps it after the rebuild (src/cli_rollup.c).
--   * Submissions and settings (not-submitted units, deviation thresholds)
--     bump it by the triggers below; they change rarely.
CREATE TABLE data_generation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  n  INTEGER NOT NULL
);
INSERT INTO data_generation(id, n) VALUES (1, 0);

CREATE TRIGGER data_generation_submission_ins AFTER INSERT ON submission
BEGIN UPDATE data_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER data_generation_submission_upd AFTER UPDATE ON submission
BEGIN UPDATE data_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER data_generation_submission_del AFTER DELETE ON submission
BEGIN UPDATE data_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER data_generation_setting_upd AFTER UPDATE ON setting
BEGIN UPDATE data_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER data_generation_setting_ins AFTER INSERT ON setting
BEGIN UPDATE data_generation SET n = n + 1 WHERE id = 1; END;
