-- The municipality's own budget (issue 14): budget lines per performance
-- and org unit, the Iv3 taakvelden they are classified by, and the
-- begrotingswijzigingen (amendments) that change them after adoption.
--
-- Rules (docs/notes-budget.md, for docs/rollup-rules.md):
--   * A line is lasten or baten, incidenteel or structureel, with the
--     amount for the budget year (the primitieve begroting, as adopted)
--     and the meerjarenraming: the three years after it.  Amounts are
--     positive cents; the kind says which side of the saldo they are on
--     (saldo = baten - lasten).
--   * A line's actuele amount is its primitieve amount plus the signed
--     changes of every amendment to it.  A change of a structureel line
--     carries into the three raming years too (it recurs); a change of an
--     incidenteel line is for the budget year only.
--   * Lines are edited freely only while their year is a concept (budget_year
--     state 'draft'); once the year is vastgesteld ('adopted') they change
--     only through an amendment, and amendments are recorded only for an
--     adopted year.  src/domain/budget.c decides both; src/store/db_budget.c
--     keeps them.
--   * performance.budget_cents (the year lasten the finance rollup reads) is
--     the sum of the performance's actuele lasten lines, once it has any;
--     db_budget.c keeps it in the same transaction, scales the phasing in
--     cost.budget_cents (budget through the quarter) with it and refreshes
--     the stored rollups.
--   * Amendments are council decisions: they are never changed or removed.

-- The Iv3 taakvelden (CBS / BBV, Iv3-informatievoorschrift gemeenten, the
-- model of 2017 onwards).  Where the list comes from: docs/notes-budget.md.
-- sort keeps the official order (0.10 after 0.9, 6.71 after 6.6).
CREATE TABLE taakveld (
  code  TEXT PRIMARY KEY,
  name  TEXT NOT NULL,
  sort  INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;

INSERT INTO taakveld(code, name, sort) VALUES
  ('0.1',  'Bestuur', 1),
  ('0.2',  'Burgerzaken', 2),
  ('0.3',  'Beheer overige gebouwen en gronden', 3),
  ('0.4',  'Overhead', 4),
  ('0.5',  'Treasury', 5),
  ('0.61', 'OZB woningen', 6),
  ('0.62', 'OZB niet-woningen', 7),
  ('0.63', 'Parkeerbelasting', 8),
  ('0.64', 'Belastingen overig', 9),
  ('0.7',  'Algemene uitkering en overige uitkeringen gemeentefonds', 10),
  ('0.8',  'Overige baten en lasten', 11),
  ('0.9',  'Vennootschapsbelasting (VpB)', 12),
  ('0.10', 'Mutaties reserves', 13),
  ('0.11', 'Resultaat van de rekening van baten en lasten', 14),
  ('1.1',  'Crisisbeheersing en brandweer', 20),
  ('1.2',  'Openbare orde en veiligheid', 21),
  ('2.1',  'Verkeer en vervoer', 30),
  ('2.2',  'Parkeren', 31),
  ('2.3',  'Recreatieve havens', 32),
  ('2.4',  'Economische havens en waterwegen', 33),
  ('2.5',  'Openbaar vervoer', 34),
  ('3.1',  'Economische ontwikkeling', 40),
  ('3.2',  'Fysieke bedrijfsinfrastructuur', 41),
  ('3.3',  'Bedrijfsloket en bedrijfsregelingen', 42),
  ('3.4',  'Economische promotie', 43),
  ('4.1',  'Openbaar basisonderwijs', 50),
  ('4.2',  'Onderwijshuisvesting', 51),
  ('4.3',  'Onderwijsbeleid en leerlingzaken', 52),
  ('5.1',  'Sportbeleid en activering', 60),
  ('5.2',  'Sportaccommodaties', 61),
  ('5.3',  'Cultuurpresentatie, cultuurproductie en cultuurparticipatie', 62),
  ('5.4',  'Musea', 63),
  ('5.5',  'Cultureel erfgoed', 64),
  ('5.6',  'Media', 65),
  ('5.7',  'Openbaar groen en (openlucht) recreatie', 66),
  ('6.1',  'Samenkracht en burgerparticipatie', 70),
  ('6.2',  'Wijkteams', 71),
  ('6.3',  'Inkomensregelingen', 72),
  ('6.4',  'Begeleide participatie', 73),
  ('6.5',  'Arbeidsparticipatie', 74),
  ('6.6',  'Maatwerkvoorzieningen (Wmo)', 75),
  ('6.71', 'Maatwerkdienstverlening 18+', 76),
  ('6.72', 'Maatwerkdienstverlening 18-', 77),
  ('6.81', 'Geëscaleerde zorg 18+', 78),
  ('6.82', 'Geëscaleerde zorg 18-', 79),
  ('7.1',  'Volksgezondheid', 80),
  ('7.2',  'Riolering', 81),
  ('7.3',  'Afval', 82),
  ('7.4',  'Milieubeheer', 83),
  ('7.5',  'Begraafplaatsen en crematoria', 84),
  ('8.1',  'Ruimtelijke ordening', 90),
  ('8.2',  'Grondexploitatie (niet-bedrijventerreinen)', 91),
  ('8.3',  'Wonen en bouwen', 92);

CREATE TRIGGER taakveld_frozen_upd BEFORE UPDATE ON taakveld BEGIN
  SELECT RAISE(ABORT, 'taakveld: the CBS list is not edited');
END;
CREATE TRIGGER taakveld_in_use BEFORE DELETE ON taakveld
  WHEN EXISTS (SELECT 1 FROM budget_line WHERE taakveld = OLD.code)
BEGIN
  SELECT RAISE(ABORT, 'taakveld: in use');
END;

-- One budget line.  amount_cents is the primitieve amount for the budget
-- year (0 for a line an amendment added); raming1..3 the meerjarenraming.
CREATE TABLE budget_line (
  id              INTEGER PRIMARY KEY,
  performance_id  INTEGER NOT NULL REFERENCES performance(id) ON DELETE CASCADE,
  org_unit_id     INTEGER NOT NULL REFERENCES org_unit(id),
  kind            TEXT NOT NULL CHECK (kind IN ('lasten','baten')),
  recurrence      TEXT NOT NULL CHECK (recurrence IN ('structureel','incidenteel')),
  taakveld        TEXT NOT NULL REFERENCES taakveld(code),
  description     TEXT NOT NULL DEFAULT '',
  amount_cents    INTEGER NOT NULL CHECK (amount_cents BETWEEN 0 AND 100000000000000),
  raming1_cents   INTEGER NOT NULL DEFAULT 0 CHECK (raming1_cents BETWEEN 0 AND 100000000000000),
  raming2_cents   INTEGER NOT NULL DEFAULT 0 CHECK (raming2_cents BETWEEN 0 AND 100000000000000),
  raming3_cents   INTEGER NOT NULL DEFAULT 0 CHECK (raming3_cents BETWEEN 0 AND 100000000000000),
  amendment_id    INTEGER REFERENCES amendment(id),   -- the amendment that added it
  version         INTEGER NOT NULL DEFAULT 1,
  updated_by      INTEGER REFERENCES user(id),
  updated_at      TEXT NOT NULL
);
CREATE INDEX budget_line_performance ON budget_line(performance_id);
CREATE INDEX budget_line_unit ON budget_line(org_unit_id);

CREATE TRIGGER budget_line_taakveld_ins BEFORE INSERT ON budget_line
  WHEN NOT EXISTS (SELECT 1 FROM taakveld WHERE code = NEW.taakveld)
BEGIN
  SELECT RAISE(ABORT, 'budget_line: unknown taakveld');
END;
CREATE TRIGGER budget_line_taakveld_upd BEFORE UPDATE OF taakveld ON budget_line
  WHEN NOT EXISTS (SELECT 1 FROM taakveld WHERE code = NEW.taakveld)
BEGIN
  SELECT RAISE(ABORT, 'budget_line: unknown taakveld');
END;

-- A begrotingswijziging: numbered per year, with the date of the
-- raadsbesluit ('YYYY-MM-DD') and a description.
CREATE TABLE amendment (
  id           INTEGER PRIMARY KEY,
  year         INTEGER NOT NULL REFERENCES budget_year(year),
  number       INTEGER NOT NULL CHECK (number >= 1),
  decided_on   TEXT NOT NULL,
  description  TEXT NOT NULL,
  created_by   INTEGER REFERENCES user(id),
  created_at   TEXT NOT NULL,
  UNIQUE (year, number)
);

-- Its signed changes, one per budget line (cents, never 0).
CREATE TABLE amendment_change (
  amendment_id INTEGER NOT NULL REFERENCES amendment(id),
  line_id      INTEGER NOT NULL REFERENCES budget_line(id),
  delta_cents  INTEGER NOT NULL CHECK (delta_cents <> 0
               AND delta_cents BETWEEN -100000000000000 AND 100000000000000),
  PRIMARY KEY (amendment_id, line_id)
) WITHOUT ROWID;
CREATE INDEX amendment_change_line ON amendment_change(line_id, amendment_id);

CREATE TRIGGER amendment_frozen_upd BEFORE UPDATE ON amendment BEGIN
  SELECT RAISE(ABORT, 'amendment: a council decision is not changed');
END;
CREATE TRIGGER amendment_frozen_del BEFORE DELETE ON amendment BEGIN
  SELECT RAISE(ABORT, 'amendment: a council decision is not removed');
END;
CREATE TRIGGER amendment_change_frozen_upd BEFORE UPDATE ON amendment_change BEGIN
  SELECT RAISE(ABORT, 'amendment: a council decision is not changed');
END;
CREATE TRIGGER amendment_change_frozen_del BEFORE DELETE ON amendment_change BEGIN
  SELECT RAISE(ABORT, 'amendment: a council decision is not removed');
END;

-- Every line with its year, programme and actuele amounts: primitief plus
-- the amendments; a structureel line's changes carry into the raming years.
CREATE VIEW budget_line_actual AS
SELECT l.id, l.performance_id, l.org_unit_id, l.kind, l.recurrence,
       l.taakveld, l.description, l.amendment_id, l.version,
       e.programme_id, g.year,
       l.amount_cents AS primitief_cents,
       l.amount_cents + coalesce(c.delta, 0) AS actueel_cents,
       l.raming1_cents + CASE l.recurrence WHEN 'structureel'
         THEN coalesce(c.delta, 0) ELSE 0 END AS raming1_cents,
       l.raming2_cents + CASE l.recurrence WHEN 'structureel'
         THEN coalesce(c.delta, 0) ELSE 0 END AS raming2_cents,
       l.raming3_cents + CASE l.recurrence WHEN 'structureel'
         THEN coalesce(c.delta, 0) ELSE 0 END AS raming3_cents,
       coalesce(c.n, 0) AS n_changes
  FROM budget_line l
  JOIN performance pf ON pf.id = l.performance_id
  JOIN effect e ON e.id = pf.effect_id
  JOIN programme g ON g.id = e.programme_id
  LEFT JOIN (SELECT line_id, sum(delta_cents) AS delta, count(*) AS n
               FROM amendment_change GROUP BY line_id) c ON c.line_id = l.id;

-- Budget lines and amendments change what a dashboard shows.
CREATE TRIGGER data_generation_budget_line_ins AFTER INSERT ON budget_line
BEGIN UPDATE data_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER data_generation_budget_line_upd AFTER UPDATE ON budget_line
BEGIN UPDATE data_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER data_generation_amendment_change AFTER INSERT ON amendment_change
BEGIN UPDATE data_generation SET n = n + 1 WHERE id = 1; END;
