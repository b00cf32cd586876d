-- The core: vault metadata, users, settings, the address book, children, guardians,
-- trajectories, field history (rectification) and the hash-chained audit log.
CREATE TABLE schema_version (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Key material that lives only inside the encrypted database (the packet signing key).
CREATE TABLE vault_secrets (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id                     INTEGER PRIMARY KEY,
    name                   TEXT NOT NULL UNIQUE,
    role                   TEXT NOT NULL CHECK (role IN ('admin', 'counsellor')),
    active                 INTEGER NOT NULL DEFAULT 1,
    must_change_passphrase INTEGER NOT NULL DEFAULT 0,
    created_at             TEXT NOT NULL
);

CREATE TABLE organisations (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    contact_person TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    address        TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

CREATE TABLE children (
    id           INTEGER PRIMARY KEY,
    first_name   TEXT NOT NULL,
    last_name    TEXT NOT NULL,
    birth_date   TEXT NOT NULL,
    school_id    INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    school_group TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'intake',
    opened_on    TEXT,
    closed_on    TEXT,
    restricted   INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX children_by_name ON children (last_name COLLATE NOCASE, first_name COLLATE NOCASE, id);

CREATE TABLE guardians (
    id            INTEGER PRIMARY KEY,
    child_id      INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    relation      TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    has_authority INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX guardians_by_child ON guardians (child_id);

CREATE TABLE trajectories (
    id         INTEGER PRIMARY KEY,
    child_id   INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date   TEXT,
    summary    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX trajectories_by_child ON trajectories (child_id);

-- Rectification with history (GDPR Art 16): every changed field of a child, guardian,
-- trajectory or organisation, with who, when, old and new value and the reason.
CREATE TABLE field_history (
    id          INTEGER PRIMARY KEY,
    object_type TEXT NOT NULL,
    object_id   INTEGER NOT NULL,
    child_id    INTEGER REFERENCES children(id) ON DELETE CASCADE,
    field       TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    reason      TEXT NOT NULL DEFAULT '',
    changed_by  INTEGER REFERENCES users(id),
    changed_at  TEXT NOT NULL
);
CREATE INDEX field_history_by_object ON field_history (object_type, object_id, id);
CREATE INDEX field_history_by_child ON field_history (child_id);

-- Append-only and hash-chained; never a name or note text in `details`.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_id     INTEGER,
    role        TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    child_id    INTEGER,
    outcome     TEXT NOT NULL,
    workstation TEXT NOT NULL,
    details     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_by_child ON audit_log (child_id, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
