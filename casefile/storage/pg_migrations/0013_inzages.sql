-- The parents' inzage on the practice server (sqlite migration 0012). What they were
-- shown (the items with their hashes: a hash confirms a guess) and their remarks are
-- sealed; who was offered it, the consents, the dates and the answer's code are in
-- clear. Written once when offered and once more when answered: members may update only
-- the answer's columns, and the trigger lets an open inzage be answered and nothing else
-- (one change more: an erased remarks document leaves a NULL).
CREATE TABLE inzages (
    id                  bigserial PRIMARY KEY,
    child_id            bigint NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    recipient_id        bigint NOT NULL REFERENCES organisations(id),
    offered_to          jsonb NOT NULL,
    consent_ids         jsonb NOT NULL,
    items               bytea NOT NULL,
    offered_at          timestamptz NOT NULL,
    answer_by           date NOT NULL,
    answer              text CHECK (answer IN ('remarks', 'no_remarks', 'no_answer')),
    remarks             bytea,  -- NULL: none given (the local engine's '')
    remarks_document_id bigint REFERENCES documents(id) ON DELETE SET NULL,
    answered_at         timestamptz,
    offered_by          bigint NOT NULL REFERENCES users(id),
    answered_by         bigint REFERENCES users(id)
);
CREATE INDEX inzages_by_pair ON inzages (child_id, recipient_id, id);

CREATE FUNCTION inzages_answer_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.items IS DISTINCT FROM OLD.items OR NEW.offered_at IS DISTINCT FROM OLD.offered_at
       OR NEW.child_id IS DISTINCT FROM OLD.child_id
       OR NEW.recipient_id IS DISTINCT FROM OLD.recipient_id
       OR NEW.offered_to IS DISTINCT FROM OLD.offered_to
       OR NEW.consent_ids IS DISTINCT FROM OLD.consent_ids
       OR NEW.answer_by IS DISTINCT FROM OLD.answer_by
       OR NEW.offered_by IS DISTINCT FROM OLD.offered_by
       OR (OLD.answer IS NOT NULL AND (
           NEW.answer IS DISTINCT FROM OLD.answer OR NEW.remarks IS DISTINCT FROM OLD.remarks
           OR NEW.answered_at IS DISTINCT FROM OLD.answered_at
           OR NEW.answered_by IS DISTINCT FROM OLD.answered_by
           OR (NEW.remarks_document_id IS NOT NULL
               AND NEW.remarks_document_id IS DISTINCT FROM OLD.remarks_document_id))) THEN
        RAISE EXCEPTION 'an inzage is answered once and otherwise unchanged'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER inzages_answer_once BEFORE UPDATE ON inzages
    FOR EACH ROW EXECUTE FUNCTION inzages_answer_once();

-- A disclosure names a real inzage from now on; the ids written before the server held
-- inzages (migration 0008) are left unchecked.
ALTER TABLE disclosures ADD CONSTRAINT disclosures_inzage_fkey FOREIGN KEY (inzage_id)
    REFERENCES inzages(id) NOT VALID;

REVOKE ALL ON inzages FROM PUBLIC;
GRANT SELECT, INSERT ON inzages TO casefile_counsellor, casefile_admin;
GRANT UPDATE (answer, remarks, remarks_document_id, answered_at, answered_by) ON inzages
    TO casefile_counsellor, casefile_admin;
GRANT USAGE ON SEQUENCE inzages_id_seq TO casefile_counsellor, casefile_admin;

DO $$
DECLARE
    sees constant text := '(SELECT pg_catalog.pg_has_role(session_user, ''casefile_admin'', '
        '''MEMBER'')) OR child_id IN (SELECT k.child_id FROM public.caseload k '
        'JOIN public.users u ON u.id = k.user_id '
        'WHERE k.removed_at IS NULL AND u.login_role = session_user)';
BEGIN
    ALTER TABLE inzages ENABLE ROW LEVEL SECURITY;
    EXECUTE format('CREATE POLICY inzages_caseload ON inzages '
                   'TO casefile_counsellor, casefile_admin USING (%s) WITH CHECK (%s)',
                   sees, sees);
END $$;
