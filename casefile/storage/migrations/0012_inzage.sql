-- Inzage (issue 10): before a packet goes to a school, the parents read a preview of it
-- and may give their view. The preview is never a disclosure: it is recorded here, with
-- what it showed, and its answer. A disclosure names the inzage it was made after.
--
-- An inzage is written once when offered and once more when answered: the trigger lets an
-- open one be answered and nothing else, so what the parents were shown stays as it was.
-- One change more is let through: a returned document that is erased leaves a NULL.
CREATE TABLE inzages (
    id                  INTEGER PRIMARY KEY,
    child_id            INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    recipient_id        INTEGER NOT NULL REFERENCES organisations(id),
    offered_to          TEXT NOT NULL,         -- JSON list of guardian ids
    consent_ids         TEXT NOT NULL,         -- JSON list
    items               TEXT NOT NULL,         -- JSON list of [item key, sha256]
    offered_at          TEXT NOT NULL,
    answer_by           TEXT NOT NULL,         -- the date after which no answer is "no answer"
    answer              TEXT CHECK (answer IN ('remarks', 'no_remarks', 'no_answer')),
    remarks             TEXT NOT NULL DEFAULT '',
    remarks_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    answered_at         TEXT,
    offered_by          INTEGER NOT NULL REFERENCES users(id),
    answered_by         INTEGER REFERENCES users(id)
);
CREATE INDEX inzages_by_pair ON inzages (child_id, recipient_id, id);

CREATE TRIGGER inzages_answer_once BEFORE UPDATE ON inzages
WHEN NEW.items IS NOT OLD.items OR NEW.offered_at IS NOT OLD.offered_at
     OR NEW.child_id IS NOT OLD.child_id OR NEW.recipient_id IS NOT OLD.recipient_id
     OR NEW.offered_to IS NOT OLD.offered_to OR NEW.consent_ids IS NOT OLD.consent_ids
     OR NEW.answer_by IS NOT OLD.answer_by OR NEW.offered_by IS NOT OLD.offered_by
     OR (OLD.answer IS NOT NULL AND (
         NEW.answer IS NOT OLD.answer OR NEW.remarks IS NOT OLD.remarks
         OR NEW.answered_at IS NOT OLD.answered_at OR NEW.answered_by IS NOT OLD.answered_by
         OR NEW.remarks_document_id IS NOT NULL
            AND NEW.remarks_document_id IS NOT OLD.remarks_document_id))
BEGIN
    SELECT RAISE(ABORT, 'an inzage is answered once and otherwise unchanged');
END;

ALTER TABLE disclosures ADD COLUMN inzage_id INTEGER REFERENCES inzages(id);
ALTER TABLE disclosures ADD COLUMN inzage_offered_at TEXT;
ALTER TABLE disclosures ADD COLUMN inzage_answer TEXT NOT NULL DEFAULT '';
-- Each packet is made after its own inzage: a second packet may hold what the parents
-- never saw.
CREATE UNIQUE INDEX disclosures_one_per_inzage ON disclosures (inzage_id)
WHERE inzage_id IS NOT NULL;
