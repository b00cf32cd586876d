-- Passphrases on the practice server (issue 14): a user changes their own, an
-- administrator with the recovery key resets another's, and the database owner with the
-- recovery key resets any (`casefile server reset-passphrase`, when the only
-- administrator forgot theirs). Each writes the user's key slot and their login role's
-- password (a SCRAM verifier made on the client) in the caller's one transaction: ALTER
-- ROLE is transactional, so a slot and a password that do not match are never committed.
-- Also: an erasure is refused while a retention hold keeps the dossier.

-- A reset gives the user a new signing key (their old one went with the old slot), so a
-- user may have had several: each is kept with the first audit event id it may sign, so
-- a key made at a reset verifies no event from before it (the administrator who made it
-- cannot sign the user's past). The first key of every user signs from the start (0).
ALTER TABLE signing_keys DROP CONSTRAINT signing_keys_pkey;
ALTER TABLE signing_keys ADD COLUMN since_event bigint NOT NULL DEFAULT 0;
ALTER TABLE signing_keys ADD PRIMARY KEY (user_id, since_event);

CREATE OR REPLACE FUNCTION casefile_keep_signing_key() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    uid bigint;
BEGIN
    IF NEW.kind <> 'user' OR NOT NEW.slot ? 'sign_public' THEN
        RETURN NEW;
    END IF;
    SELECT id INTO uid FROM users WHERE login_role = NEW.login_role;
    IF uid IS NULL OR EXISTS (SELECT 1 FROM signing_keys WHERE user_id = uid
                              AND public_key = NEW.slot->>'sign_public') THEN
        RETURN NEW;
    END IF;
    -- appends to the log are serialised (casefile/server_audit.py): an event signed with
    -- this key is appended after this commits, so after every event there is now
    INSERT INTO signing_keys (user_id, public_key, since_event)
        SELECT uid, NEW.slot->>'sign_public',
               CASE WHEN EXISTS (SELECT 1 FROM signing_keys WHERE user_id = uid)
                    THEN (SELECT coalesce(max(id), 0) + 1 FROM audit_log) ELSE 0 END
    -- two keys with no event between (two resets in a row): the later one signs from there
    ON CONFLICT (user_id, since_event) DO UPDATE SET public_key = EXCLUDED.public_key;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION casefile_keep_signing_key() FROM PUBLIC;

DROP TRIGGER key_slots_signing_key ON key_slots;
CREATE TRIGGER key_slots_signing_key AFTER INSERT OR UPDATE OF slot ON key_slots
    FOR EACH ROW EXECUTE FUNCTION casefile_keep_signing_key();

-- The core: a user's new key slot and login password, and their must-change flag. Run
-- directly only by the owner (`casefile server reset-passphrase`); the two functions
-- below are the members' way in.
CREATE FUNCTION casefile_set_passphrase(p_id bigint, p_verifier text, p_slot jsonb,
                                        p_must_change boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    target users%ROWTYPE;
BEGIN
    SELECT * INTO target FROM users WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT target.active THEN
        RAISE EXCEPTION 'casefile: no such user' USING ERRCODE = 'no_data_found';
    END IF;
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' OR p_slot->>'id' IS DISTINCT FROM target.name
            OR p_slot->>'kind' IS DISTINCT FROM 'user' THEN
        RAISE EXCEPTION 'casefile: invalid user' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE key_slots SET slot = p_slot WHERE login_role = target.login_role;
    IF NOT FOUND THEN
        INSERT INTO key_slots (slot_id, kind, login_role, slot)
            VALUES (target.name, 'user', target.login_role, p_slot);
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', target.login_role, p_verifier);
    UPDATE users SET must_change_passphrase = p_must_change WHERE id = p_id;
END $$;

-- A user's own new passphrase (also the temporary one an administrator chose).
CREATE FUNCTION casefile_change_own_passphrase(p_verifier text, p_slot jsonb) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    own bigint;
BEGIN
    SELECT id INTO own FROM users WHERE login_role = session_user AND active;
    IF own IS NULL THEN
        RAISE EXCEPTION 'casefile: no such user' USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM casefile_set_passphrase(own, p_verifier, p_slot, false);
END $$;

-- An administrator gives another user a temporary passphrase (changed at their next
-- unlock). The recovery key is checked on the client, as locally: the server cannot, it
-- never sees a key.
CREATE FUNCTION casefile_reset_passphrase(p_id bigint, p_verifier text, p_slot jsonb)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM casefile_require_admin();
    PERFORM casefile_set_passphrase(p_id, p_verifier, p_slot, true);
END $$;

-- Art 17(3)(e): a dossier a hold keeps (not lifted, in force today) is not erased, also
-- by a client that skips its own check (casefile/rights.py).
CREATE OR REPLACE FUNCTION casefile_erase_child(p_child_id bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM casefile_require_admin();
    IF EXISTS (SELECT 1 FROM retention_holds WHERE child_id = p_child_id
               AND lifted_on IS NULL AND starts_on <= current_date
               AND ends_on >= current_date) THEN
        RAISE EXCEPTION 'casefile: a retention hold is in force'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM children WHERE id = p_child_id;
    RETURN FOUND;
END $$;

REVOKE ALL ON FUNCTION casefile_set_passphrase(bigint, text, jsonb, boolean),
    casefile_change_own_passphrase(text, jsonb),
    casefile_reset_passphrase(bigint, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casefile_change_own_passphrase(text, jsonb),
    casefile_reset_passphrase(bigint, text, jsonb) TO casefile_counsellor, casefile_admin;
