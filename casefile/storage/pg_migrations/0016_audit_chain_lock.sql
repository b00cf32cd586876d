-- The audit chain's lock (DESIGN section 10): every append takes it, and a SERIALIZABLE
-- transaction (a packet's consent re-check and record, a withdrawal) takes it as its
-- first statement. LOCK TABLE takes no snapshot, so that transaction's snapshot follows
-- every append committed before it: its own append then chains onto the newest event.
-- (An advisory lock is taken by a SELECT, whose snapshot is older than the wait.)
-- The table holds nothing; UPDATE is granted only because LOCK ... EXCLUSIVE asks for it.
CREATE TABLE audit_chain_lock ();
GRANT UPDATE ON audit_chain_lock TO casefile_counsellor, casefile_admin;
