-- Reserved for the orgtree branch's migration (issue 14), so that 0013 applies
-- on the budget branch alone.  Delete this file when merging that branch.
SELECT 1;
