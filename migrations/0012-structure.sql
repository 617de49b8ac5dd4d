-- The programme structure as concern control maintains it (issue 14):
-- the fields the demo never needed and a real begroting has.
--
--   programme.ambition stays the first W's text ("wat willen we
--   bereiken"); w2_text and w3_text are "wat gaan we daarvoor doen" and
--   "wat mag het kosten".
--   indicator.definition: what exactly is counted (the BBV asks for it).
--   indicator.frequency: 'quarter' or 'year'.  Until now "annual
--   indicators report in Q4" was known only to the demo (its effect
--   indicators had targets for the year and Q4 alone); an indicator with
--   targets and none for Q1..Q3 is yearly, every other one quarterly.
ALTER TABLE programme ADD COLUMN w2_text TEXT NOT NULL DEFAULT '';
ALTER TABLE programme ADD COLUMN w3_text TEXT NOT NULL DEFAULT '';
ALTER TABLE indicator ADD COLUMN definition TEXT NOT NULL DEFAULT '';
ALTER TABLE indicator ADD COLUMN frequency TEXT NOT NULL DEFAULT 'quarter'
  CHECK (frequency IN ('quarter', 'year'));

UPDATE indicator SET frequency = 'year'
 WHERE EXISTS (SELECT 1 FROM target t WHERE t.indicator_id = indicator.id)
   AND NOT EXISTS (SELECT 1 FROM target t WHERE t.indicator_id = indicator.id
                      AND t.quarter BETWEEN 1 AND 3);
