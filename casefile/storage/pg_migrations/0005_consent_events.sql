-- The server's side of sqlite migration 0009: how a withdrawal reached the practice (in
-- clear: a channel names no one) and signatures that arrive after recording. Like the
-- rest of the register, members may insert and read, never change or delete.
ALTER TABLE consent_events ADD COLUMN channel text NOT NULL DEFAULT '';
ALTER TABLE disclosures ADD COLUMN purpose bytea;  -- sealed, like a consent's purpose

CREATE TABLE consent_signatures (
    id                   bigserial PRIMARY KEY,
    consent_id           bigint NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
    child_id             bigint NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    guardian_id          bigint,            -- NULL: the child signed
    by_child             boolean NOT NULL DEFAULT false,
    signed_on            date NOT NULL,
    evidence_document_id bigint,
    recorded_by          bigint NOT NULL REFERENCES users(id),
    recorded_at          timestamptz NOT NULL,
    CHECK ((guardian_id IS NULL) = by_child)
);
CREATE INDEX consent_signatures_by_consent ON consent_signatures (consent_id);

REVOKE ALL ON consent_signatures FROM PUBLIC;
GRANT SELECT, INSERT ON consent_signatures TO casefile_counsellor, casefile_admin;
GRANT USAGE ON SEQUENCE consent_signatures_id_seq TO casefile_counsellor, casefile_admin;
