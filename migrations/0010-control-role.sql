-- The role concern control (issue 14): maintains the begroting (structure,
-- targets, budget and its amendments) for the whole gemeente, so it is
-- assigned at the root unit like the CMT.  A CHECK constraint cannot be
-- altered in SQLite, so role_assignment is rebuilt with the new role in its
-- list; nothing references the table, and its rows are copied unchanged.
CREATE TABLE role_assignment_new (
  user_id     INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
  role        TEXT NOT NULL CHECK (role IN ('administrator','cmt','director','manager','council','control')),
  org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
  PRIMARY KEY (user_id, role, org_unit_id)
) WITHOUT ROWID;
INSERT INTO role_assignment_new(user_id, role, org_unit_id)
  SELECT user_id, role, org_unit_id FROM role_assignment;
DROP TABLE role_assignment;
ALTER TABLE role_assignment_new RENAME TO role_assignment;
