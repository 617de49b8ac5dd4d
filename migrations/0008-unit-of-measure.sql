-- Units of measure as a real field (issue 13 item 5): "6.701 aantal" for
-- tonnes of CO2 was a unit that only a free text knew.  indicator.unit
-- keeps its column and now holds a code of this table; the triggers below
-- refuse any other value, as a foreign key would (SQLite cannot add one to
-- an existing column).  The labels are the same as src/domain/uom.c's
-- table, which the pages use; tests/unit/test_uom.c proves they agree.
--
--   symbol:   written after a number ("12,5 %", "6.701 t"); '' when the
--             number is shown with the singular or plural word instead
--             ("3 dagen"), or alone for a plain count;
--   nl_name, en_name: the unit as a heading or a label ("ton", "tonnes");
--   nl_one, nl_many, en_one, en_many: the words after exactly one and
--             after any other number, when there is no symbol ('' for a
--             plain count: "6.701", not "6.701 aantal").
CREATE TABLE unit_of_measure (
  code     TEXT PRIMARY KEY,
  symbol   TEXT NOT NULL,
  nl_name  TEXT NOT NULL,
  en_name  TEXT NOT NULL,
  nl_one   TEXT NOT NULL,
  nl_many  TEXT NOT NULL,
  en_one   TEXT NOT NULL,
  en_many  TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO unit_of_measure VALUES
  ('aantal', '',    'aantal',          'number',        '',      '',       '',       ''),
  ('%',      '%',   '%',               '%',             '',      '',       '',       ''),
  ('dagen',  '',    'dagen',           'days',          'dag',   'dagen',  'day',    'days'),
  ('euro',   '',    'euro',            'euro',          'euro',  'euro',   'euro',   'euros'),
  ('score',  '',    'rapportcijfer',   'score',         '',      '',       '',       ''),
  ('t',      't',   'ton',             'tonnes',        '',      '',       '',       ''),
  ('m2',     'm²',  'm²',              'm²',            '',      '',       '',       ''),
  ('MWh',    'MWh', 'MWh',             'MWh',           '',     '',       '',       ''),
  ('fte',    'fte', 'fte',             'FTE',           '',      '',       '',       '');

-- A database made before this table may hold other units: keep them, with
-- their text as every label, so that nothing stored is refused.
INSERT OR IGNORE INTO unit_of_measure
  SELECT DISTINCT unit, unit, unit, unit, '', '', '', '' FROM indicator;

CREATE TRIGGER indicator_unit_of_measure_insert BEFORE INSERT ON indicator
  WHEN NOT EXISTS (SELECT 1 FROM unit_of_measure WHERE code = NEW.unit)
BEGIN
  SELECT RAISE(ABORT, 'indicator: unknown unit of measure');
END;

CREATE TRIGGER indicator_unit_of_measure_update BEFORE UPDATE OF unit ON indicator
  WHEN NOT EXISTS (SELECT 1 FROM unit_of_measure WHERE code = NEW.unit)
BEGIN
  SELECT RAISE(ABORT, 'indicator: unknown unit of measure');
END;

CREATE TRIGGER unit_of_measure_in_use BEFORE DELETE ON unit_of_measure
  WHEN EXISTS (SELECT 1 FROM indicator WHERE unit = OLD.code)
BEGIN
  SELECT RAISE(ABORT, 'unit_of_measure: in use');
END;
