-- The practice server's core (DESIGN section 10). Every personal field is a `bytea`
-- sealed on the client (casefile/storage/sealed.py); in clear only what the server needs
-- to enforce rules: ids, codes, flags, the dates the rules need and timestamps.
-- The group roles casefile_counsellor and casefile_admin exist before this runs
-- (casefile/storage/server.py creates them); the tables belong to whoever ran `casefile
-- server init`, and the groups get only the grants at the end of this file.

CREATE TABLE schema_version (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- One row: the practice's id, the salt of every key derived from the data key.
CREATE TABLE practice (
    one        boolean PRIMARY KEY DEFAULT true CHECK (one),
    vault_id   text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id                     bigserial PRIMARY KEY,
    name                   text NOT NULL UNIQUE,
    login_role             name NOT NULL UNIQUE,
    role                   text NOT NULL CHECK (role IN ('admin', 'counsellor')),
    active                 boolean NOT NULL DEFAULT true,
    must_change_passphrase boolean NOT NULL DEFAULT false,
    created_at             timestamptz NOT NULL DEFAULT now()
);

-- The data key wrapped per user, each `slot` exactly a slot of keyslots.json
-- (casefile/storage/keys.py); the recovery slot has no login role.
CREATE TABLE key_slots (
    slot_id    text NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('user', 'recovery')),
    login_role name UNIQUE,
    slot       jsonb NOT NULL,
    PRIMARY KEY (slot_id, kind)
);

CREATE TABLE organisations (
    id             bigserial PRIMARY KEY,
    kind           text NOT NULL,
    name           bytea NOT NULL,
    contact_person bytea NOT NULL,
    email          bytea NOT NULL,
    phone          bytea NOT NULL,
    address        bytea NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

CREATE TABLE children (
    id           bigserial PRIMARY KEY,
    first_name   bytea NOT NULL,
    last_name    bytea NOT NULL,
    birth_date   bytea NOT NULL,
    school_id    bigint REFERENCES organisations(id) ON DELETE SET NULL,
    school_group bytea NOT NULL,
    status       text NOT NULL DEFAULT 'intake',
    opened_on    date,
    closed_on    date,
    restricted   boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);

CREATE TABLE guardians (
    id            bigserial PRIMARY KEY,
    child_id      bigint NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    name          bytea NOT NULL,
    relation      bytea NOT NULL,
    phone         bytea NOT NULL,
    email         bytea NOT NULL,
    address       bytea NOT NULL,
    has_authority bytea NOT NULL,  -- whether a parent has gezag says much about a family
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX guardians_by_child ON guardians (child_id);

CREATE TABLE notes (
    id               bigserial PRIMARY KEY,
    child_id         bigint NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    session_date     bytea NOT NULL,
    duration_minutes integer NOT NULL DEFAULT 45,
    author_id        bigint NOT NULL REFERENCES users(id),
    text             bytea NOT NULL,
    category         text NOT NULL,
    sensitivity      text NOT NULL,
    finalised        boolean NOT NULL DEFAULT false,
    version          integer NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX notes_by_child ON notes (child_id, id DESC);

-- A finalised note changes only through a new version, as in the local engine.
CREATE FUNCTION notes_final_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.finalised AND NEW.version = OLD.version THEN
        RAISE EXCEPTION 'a finalised note changes only by an amendment'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER notes_final_is_final BEFORE UPDATE ON notes
    FOR EACH ROW EXECUTE FUNCTION notes_final_is_final();

CREATE TABLE note_versions (
    id          bigserial PRIMARY KEY,
    note_id     bigint NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    child_id    bigint NOT NULL,
    version     integer NOT NULL,
    text        bytea NOT NULL,
    category    text NOT NULL,
    sensitivity text NOT NULL,
    changed_by  bigint NOT NULL REFERENCES users(id),
    changed_at  timestamptz NOT NULL,
    reason      bytea NOT NULL,
    UNIQUE (note_id, version)
);

-- The blind index (casefile/storage/sealed.py): a note's word and prefix tokens.
CREATE TABLE note_tokens (
    token    bigint NOT NULL,
    note_id  bigint NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    child_id bigint NOT NULL,
    PRIMARY KEY (token, note_id)
);
CREATE INDEX note_tokens_by_note ON note_tokens (note_id);
CREATE INDEX note_tokens_by_child ON note_tokens (child_id, token, note_id);

CREATE TABLE consents (
    id                   bigserial PRIMARY KEY,
    child_id             bigint NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    scope                text NOT NULL CHECK (scope IN ('disclosure', 'processing')),
    recipient_id         bigint REFERENCES organisations(id),
    purpose              bytea NOT NULL,
    categories           jsonb NOT NULL,
    covers_special       boolean NOT NULL,
    given_by             jsonb NOT NULL,
    child_agrees         boolean,
    method               text NOT NULL,
    evidence_document_id bigint,
    valid_from           date NOT NULL,
    valid_until          date NOT NULL,
    recorded_by          bigint NOT NULL REFERENCES users(id),
    recorded_at          timestamptz NOT NULL,
    CHECK (scope = 'processing' OR recipient_id IS NOT NULL),
    CHECK (valid_from < valid_until)
);
CREATE INDEX consents_by_child ON consents (child_id, recipient_id);

CREATE TABLE consent_events (
    id             bigserial PRIMARY KEY,
    consent_id     bigint NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
    child_id       bigint NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    kind           text NOT NULL CHECK (kind IN ('withdrawn', 'entered_in_error')),
    effective_at   timestamptz NOT NULL,
    by_guardian_id bigint,
    by_child       boolean NOT NULL DEFAULT false,
    reason         bytea NOT NULL,
    recorded_by    bigint NOT NULL REFERENCES users(id),
    recorded_at    timestamptz NOT NULL,
    UNIQUE (consent_id, kind)
);

CREATE TABLE disclosures (
    id           bigserial PRIMARY KEY,
    packet_id    text NOT NULL UNIQUE,
    child_id     bigint NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    recipient_id bigint NOT NULL REFERENCES organisations(id),
    consent_ids  jsonb NOT NULL,
    items        bytea NOT NULL,  -- item keys with their SHA-256: a hash confirms a guess
    created_by   bigint NOT NULL REFERENCES users(id),
    created_at   timestamptz NOT NULL,
    legal_ground text NOT NULL DEFAULT '',
    reason       bytea,
    approved_by  bigint REFERENCES users(id)
);
CREATE INDEX disclosures_by_child ON disclosures (child_id, id);

-- Never a name or note text in `details` (the domain's rule). The chained fields are kept
-- exactly as the client hashed them (`at` as its ISO text, as locally); server_at is the
-- server's own clock beside it. Each hash is followed once: the chain cannot fork, even
-- when two computers append at the same moment (the loser's transaction is rerun).
CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    at          text NOT NULL,
    server_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    user_id     bigint,
    role        text NOT NULL,
    action      text NOT NULL,
    object_type text NOT NULL,
    object_id   text NOT NULL,
    child_id    bigint,
    outcome     text NOT NULL,
    workstation text NOT NULL,
    details     text NOT NULL,
    prev_hash   text NOT NULL UNIQUE,
    hash        text NOT NULL
);
CREATE INDEX audit_by_child ON audit_log (child_id, id);

-- Grants: what a member of the practice may do. No UPDATE or DELETE on the audit log,
-- consents, their events, disclosures or note versions for anyone but the owner; users
-- and key slots change only through the functions below.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO casefile_counsellor, casefile_admin;
GRANT INSERT ON organisations, children, guardians, notes, note_versions, note_tokens,
    consents, consent_events, disclosures, audit_log TO casefile_counsellor, casefile_admin;
GRANT UPDATE ON organisations, children, guardians, notes TO casefile_counsellor,
    casefile_admin;
GRANT DELETE ON notes, note_tokens, guardians TO casefile_counsellor, casefile_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO casefile_counsellor, casefile_admin;

-- A counsellor reads only their own key slot; an administrator every slot (to give a
-- new user theirs, an administrator already holds the data key).
ALTER TABLE key_slots ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_slot ON key_slots FOR SELECT TO casefile_counsellor
    USING (login_role = session_user);
CREATE POLICY every_slot ON key_slots FOR SELECT TO casefile_admin USING (true);

-- -- administration: SECURITY DEFINER functions that check the caller's group ------------

CREATE FUNCTION casefile_require_admin() RETURNS void LANGUAGE plpgsql
    SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'casefile_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'casefile: only an administrator may do that'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;

-- Creates a login role in the practice's group for `p_role`, with a SCRAM verifier made
-- on the client (the password itself never reaches the server), its user row and key
-- slot. Run directly only by the owner (`casefile server init`); casefile_add_user is
-- the administrators' way in.
CREATE FUNCTION casefile_create_user(p_name text, p_login name, p_role text,
                                     p_verifier text, p_slot jsonb,
                                     p_must_change boolean) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    new_id bigint;
BEGIN
    IF p_role NOT IN ('admin', 'counsellor') OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'casefile: invalid user' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_verifier,
                   'casefile_' || p_role);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), p_login);
    INSERT INTO users (name, login_role, role, must_change_passphrase)
        VALUES (p_name, p_login, p_role, p_must_change)
        RETURNING id INTO new_id;
    INSERT INTO key_slots (slot_id, kind, login_role, slot)
        VALUES (p_name, 'user', p_login, p_slot);
    RETURN new_id;
END $$;

CREATE FUNCTION casefile_add_user(p_name text, p_login name, p_role text, p_verifier text,
                                  p_slot jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM casefile_require_admin();
    -- the temporary passphrase an administrator chose is changed at first unlock
    RETURN casefile_create_user(p_name, p_login, p_role, p_verifier, p_slot, true);
END $$;

-- Removing a user drops their login role and key slot: a copied data key alone then
-- reaches nothing. Their history (user row, authorship, audit events) stays.
CREATE FUNCTION casefile_remove_user(p_name text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    login name;
BEGIN
    PERFORM casefile_require_admin();
    SELECT login_role INTO login FROM users WHERE name = p_name AND active;
    IF login IS NULL THEN
        RAISE EXCEPTION 'casefile: no such user' USING ERRCODE = 'no_data_found';
    END IF;
    IF login = session_user THEN
        RAISE EXCEPTION 'casefile: cannot remove yourself'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM key_slots WHERE login_role = login;
    UPDATE users SET active = false WHERE name = p_name;
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM %I', current_database(), login);
    EXECUTE format('DROP ROLE %I', login);
END $$;

-- A new recovery slot (a new recovery key), by an administrator; `casefile server init`
-- writes the first one as the owner.
CREATE FUNCTION casefile_put_recovery_slot(p_slot jsonb) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM casefile_require_admin();
    INSERT INTO key_slots (slot_id, kind, slot) VALUES ('recovery', 'recovery', p_slot)
        ON CONFLICT (slot_id, kind) DO UPDATE SET slot = EXCLUDED.slot;
END $$;

REVOKE ALL ON FUNCTION casefile_create_user(text, name, text, text, jsonb, boolean)
    FROM PUBLIC;
REVOKE ALL ON FUNCTION casefile_add_user(text, name, text, text, jsonb),
    casefile_remove_user(text), casefile_put_recovery_slot(jsonb),
    casefile_require_admin() FROM PUBLIC;
-- Every member may call them; each checks the caller's group itself.
GRANT EXECUTE ON FUNCTION casefile_add_user(text, name, text, text, jsonb),
    casefile_remove_user(text), casefile_put_recovery_slot(jsonb),
    casefile_require_admin() TO casefile_counsellor, casefile_admin;
