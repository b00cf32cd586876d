-- The server's side of sqlite migration 0013: the notes and documents a consent names
-- (consent per report). Item keys are ids and kinds only, so they are in clear, as the
-- rule needs them; like the rest of the register, members may insert and read, never
-- change or delete.
CREATE TABLE consent_items (
    id         bigserial PRIMARY KEY,
    consent_id bigint NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
    child_id   bigint NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    item_key   text NOT NULL CHECK (item_key ~ '^(note|document):[0-9]+$'),
    UNIQUE (consent_id, item_key)
);

REVOKE ALL ON consent_items FROM PUBLIC;
GRANT SELECT, INSERT ON consent_items TO casefile_counsellor, casefile_admin;
GRANT USAGE ON SEQUENCE consent_items_id_seq TO casefile_counsellor, casefile_admin;
