-- Consent as it really happens: how a withdrawal reached the practice, and signatures that
-- arrive after the consent was recorded (the second parent's, or the child's). A later
-- signature is an event of its own, append-only like the rest of the register.
ALTER TABLE consent_events ADD COLUMN channel TEXT NOT NULL DEFAULT '';

-- The purpose a packet was made for, from its consent: a parent asking "what did you send,
-- and why?" gets the answer from the disclosure log itself.
ALTER TABLE disclosures ADD COLUMN purpose TEXT NOT NULL DEFAULT '';

CREATE TABLE consent_signatures (
    id                   INTEGER PRIMARY KEY,
    consent_id           INTEGER NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
    child_id             INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    guardian_id          INTEGER,            -- NULL: the child signed
    by_child             INTEGER NOT NULL DEFAULT 0,
    signed_on            TEXT NOT NULL,
    evidence_document_id INTEGER,
    recorded_by          INTEGER NOT NULL REFERENCES users(id),
    recorded_at          TEXT NOT NULL,
    CHECK ((guardian_id IS NULL) = (by_child = 1))
);
CREATE INDEX consent_signatures_by_consent ON consent_signatures (consent_id);

CREATE TRIGGER consent_signatures_no_update BEFORE UPDATE ON consent_signatures
BEGIN
    SELECT RAISE(ABORT, 'consent records are append-only');
END;

CREATE TRIGGER consent_signatures_no_delete BEFORE DELETE ON consent_signatures
WHEN EXISTS (SELECT 1 FROM children WHERE id = OLD.child_id)
BEGIN
    SELECT RAISE(ABORT, 'consent records are append-only');
END;
