-- Signed audit events on the server (issue 14, `casefile verify --server`): each event
-- carries its actor's Ed25519 signature, as locally (casefile/signatures.py), and the
-- public keys it is checked against are kept where no member can change them.

ALTER TABLE audit_log ADD COLUMN signature text NOT NULL DEFAULT '';

-- The trust anchor set at `casefile server init` by the owner: the first administrator's
-- public key. Members may read the practice row, never change it.
ALTER TABLE practice ADD COLUMN pins jsonb NOT NULL DEFAULT '{}';

-- Each user's public signing key, copied from their key slot when the slot is written.
-- Kept after the user is removed (their slot is dropped then), so their events still
-- verify; no member may insert, change or delete a row.
CREATE TABLE signing_keys (
    user_id    bigint PRIMARY KEY REFERENCES users(id),
    public_key text NOT NULL,
    added_at   timestamptz NOT NULL DEFAULT clock_timestamp()
);
REVOKE ALL ON signing_keys FROM PUBLIC;
GRANT SELECT ON signing_keys TO casefile_counsellor, casefile_admin;

CREATE FUNCTION casefile_keep_signing_key() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF NEW.kind = 'user' AND NEW.slot ? 'sign_public' THEN
        INSERT INTO signing_keys (user_id, public_key)
            SELECT id, NEW.slot->>'sign_public' FROM users WHERE login_role = NEW.login_role
            ON CONFLICT (user_id) DO NOTHING;
    END IF;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION casefile_keep_signing_key() FROM PUBLIC;

CREATE TRIGGER key_slots_signing_key AFTER INSERT ON key_slots
    FOR EACH ROW EXECUTE FUNCTION casefile_keep_signing_key();
