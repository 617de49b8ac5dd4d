-- The dashboards' page cache is valid for one data generation (0003).
-- Opening or closing a period and changing a target also change what a
-- dashboard shows, so they move the generation forward too.  Targets and
-- periods change a few times a year: a trigger costs nothing that matters.
CREATE TRIGGER data_generation_period_upd AFTER UPDATE ON period
BEGIN UPDATE data_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER data_generation_target_ins AFTER INSERT ON target
BEGIN UPDATE data_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER data_generation_target_upd AFTER UPDATE ON target
BEGIN UPDATE data_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER data_generation_target_del AFTER DELETE ON target
BEGIN UPDATE data_generation SET n = n + 1 WHERE id = 1; END;
