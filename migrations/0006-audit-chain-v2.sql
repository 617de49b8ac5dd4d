-- The audit chain, second form (issue 17, item 4).
--
-- Entries from here on are hashed over every column as typed,
-- length-prefixed bytes (src/store/audit.c): a NUL inside a text is
-- hashed, and a NULL user differs from 0 and from ''.  Older entries keep
-- chain = 1 and are verified as they were written; chain never goes down
-- along the log, and it is itself hashed.  ALTER TABLE does not touch the
-- existing rows, so the append-only triggers stay as they are.
ALTER TABLE audit ADD COLUMN chain INTEGER NOT NULL DEFAULT 1;
