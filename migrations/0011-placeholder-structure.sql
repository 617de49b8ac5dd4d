-- PLACEHOLDER on branch `structure` only: migration 0011 belongs to branch
-- `orgtree` (issue 14).  It exists here so that 0012-structure.sql applies
-- while the branches are apart.  The lead deletes this file when merging
-- (orgtree's 0011 takes its place); it changes nothing.
SELECT 1;
