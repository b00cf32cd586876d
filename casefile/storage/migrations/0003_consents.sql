-- The consent register and the disclosure log. Both are append-only: a mistake is a new
-- event (entered in error), never an edit. Rows go only when the whole dossier is erased
-- (the child row is already gone when the cascade reaches them).
CREATE TABLE consents (
    id                   INTEGER PRIMARY KEY,
    child_id             INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    scope                TEXT NOT NULL CHECK (scope IN ('disclosure', 'processing')),
    recipient_id         INTEGER REFERENCES organisations(id),
    purpose              TEXT NOT NULL,
    categories           TEXT NOT NULL,      -- JSON list of Category values
    covers_special       INTEGER NOT NULL,
    given_by             TEXT NOT NULL,      -- JSON list of guardian ids
    child_agrees         INTEGER,            -- NULL: not asked
    method               TEXT NOT NULL,
    evidence_document_id INTEGER,
    valid_from           TEXT NOT NULL,
    valid_until          TEXT NOT NULL,
    recorded_by          INTEGER NOT NULL REFERENCES users(id),
    recorded_at          TEXT NOT NULL,
    CHECK (scope = 'processing' OR recipient_id IS NOT NULL),
    CHECK (valid_from < valid_until)
);
CREATE INDEX consents_by_child ON consents (child_id, recipient_id);

CREATE TABLE consent_events (
    id             INTEGER PRIMARY KEY,
    consent_id     INTEGER NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
    child_id       INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('withdrawn', 'entered_in_error')),
    effective_at   TEXT NOT NULL,
    by_guardian_id INTEGER,
    by_child       INTEGER NOT NULL DEFAULT 0,
    reason         TEXT NOT NULL,
    recorded_by    INTEGER NOT NULL REFERENCES users(id),
    recorded_at    TEXT NOT NULL,
    UNIQUE (consent_id, kind)
);
CREATE INDEX consent_events_by_consent ON consent_events (consent_id);

CREATE TABLE disclosures (
    id           INTEGER PRIMARY KEY,
    packet_id    TEXT NOT NULL UNIQUE,
    child_id     INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    recipient_id INTEGER NOT NULL REFERENCES organisations(id),
    consent_ids  TEXT NOT NULL,              -- JSON list
    items        TEXT NOT NULL,              -- JSON list of [item key, sha256]
    created_by   INTEGER NOT NULL REFERENCES users(id),
    created_at   TEXT NOT NULL,
    legal_ground TEXT NOT NULL DEFAULT '',   -- set only for a disclosure without consent
    reason       TEXT NOT NULL DEFAULT '',
    approved_by  INTEGER REFERENCES users(id)
);
CREATE INDEX disclosures_by_child ON disclosures (child_id, id);

CREATE TRIGGER consents_no_update BEFORE UPDATE ON consents
BEGIN
    SELECT RAISE(ABORT, 'consent records are append-only');
END;

CREATE TRIGGER consents_no_delete BEFORE DELETE ON consents
WHEN EXISTS (SELECT 1 FROM children WHERE id = OLD.child_id)
BEGIN
    SELECT RAISE(ABORT, 'consent records are append-only');
END;

CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events
BEGIN
    SELECT RAISE(ABORT, 'consent records are append-only');
END;

CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events
WHEN EXISTS (SELECT 1 FROM children WHERE id = OLD.child_id)
BEGIN
    SELECT RAISE(ABORT, 'consent records are append-only');
END;

CREATE TRIGGER disclosures_no_update BEFORE UPDATE ON disclosures
BEGIN
    SELECT RAISE(ABORT, 'the disclosure log is append-only');
END;

CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
WHEN EXISTS (SELECT 1 FROM children WHERE id = OLD.child_id)
BEGIN
    SELECT RAISE(ABORT, 'the disclosure log is append-only');
END;
