-- Against an insider (every user unwraps the same database key): every audit event is
-- signed by its actor with their own Ed25519 key, and roles are statements signed by an
-- admin, kept as audit events of action 'grant' (found by this index at every unlock).
ALTER TABLE audit_log ADD COLUMN signature TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_by_action ON audit_log (action, id);
