-- Consent per report: a disclosure consent may name individual notes and documents (by
-- item key, "note:12", "document:7") instead of, or beside, whole categories. A consent
-- that names items covers only those, never their whole category. Append-only like the
-- consent itself: a wrong list is a consent entered in error and a new one.
CREATE TABLE consent_items (
    id         INTEGER PRIMARY KEY,
    consent_id INTEGER NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
    child_id   INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    item_key   TEXT NOT NULL CHECK (item_key GLOB 'note:[0-9]*' OR item_key GLOB 'document:[0-9]*'),
    UNIQUE (consent_id, item_key)
);

CREATE TRIGGER consent_items_no_update BEFORE UPDATE ON consent_items
BEGIN
    SELECT RAISE(ABORT, 'consent records are append-only');
END;

CREATE TRIGGER consent_items_no_delete BEFORE DELETE ON consent_items
WHEN EXISTS (SELECT 1 FROM children WHERE id = OLD.child_id)
BEGIN
    SELECT RAISE(ABORT, 'consent records are append-only');
END;
