-- Documents on the practice server (sqlite migrations 0002 and 0011): the name, the
-- content's SHA-256 (a hash confirms a guess of the content) and the date received are
-- sealed; each chunk's bytes are sealed with the document's id and the chunk's number
-- in the associated data (casefile/storage/sealed.py `part`), so no chunk opens in
-- another document or at another place. In clear: kinds and codes, the size (the number
-- of chunks tells it anyway) and the timestamps.
CREATE TABLE documents (
    id                     bigserial PRIMARY KEY,
    child_id               bigint NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    filename               bytea NOT NULL,
    media_type             text NOT NULL,
    size                   bigint NOT NULL,
    sha256                 bytea NOT NULL,
    category               text NOT NULL,
    sensitivity            text NOT NULL,
    source_organisation_id bigint REFERENCES organisations(id) ON DELETE SET NULL,
    received_on            bytea,
    imported_by            bigint REFERENCES users(id),
    imported_at            timestamptz NOT NULL,
    updated_at             timestamptz,
    removed_at             timestamptz
);
CREATE INDEX documents_by_child ON documents (child_id, id);

CREATE TABLE document_chunks (
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         integer NOT NULL CHECK (seq >= 0),
    data        bytea NOT NULL,
    PRIMARY KEY (document_id, seq)
);

-- A removal wipes a document's name (pg removals.remove), so its earlier corrections go
-- too, as for a guardian or an organisation.
CREATE OR REPLACE FUNCTION casefile_wipe_history(p_object_type text, p_object_id bigint)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public AS $$
BEGIN
    IF p_object_type = 'guardian' AND EXISTS (
            SELECT 1 FROM guardians WHERE id = p_object_id AND removed_at IS NOT NULL) THEN
        DELETE FROM field_history WHERE object_type = 'guardian' AND object_id = p_object_id
            AND field IN ('phone', 'email', 'address');
    ELSIF p_object_type = 'organisation' AND EXISTS (
            SELECT 1 FROM organisations WHERE id = p_object_id
            AND removed_at IS NOT NULL) THEN
        DELETE FROM field_history WHERE object_type = 'organisation'
            AND object_id = p_object_id
            AND field IN ('contact_person', 'email', 'phone', 'address');
    ELSIF p_object_type = 'document' AND EXISTS (
            SELECT 1 FROM documents WHERE id = p_object_id AND removed_at IS NOT NULL) THEN
        DELETE FROM field_history WHERE object_type = 'document'
            AND object_id = p_object_id AND field = 'filename';
    ELSE
        RAISE EXCEPTION 'casefile: only the history of a removed object is wiped'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;

-- Members import, correct, remove (the chunks go, the row stays) and erase (a processing
-- consent withdrawn: the row goes) documents, as locally; only on their caseload.
REVOKE ALL ON documents, document_chunks FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON documents, document_chunks
    TO casefile_counsellor, casefile_admin;
GRANT USAGE ON SEQUENCE documents_id_seq TO casefile_counsellor, casefile_admin;

DO $$
DECLARE
    sees constant text := '(SELECT pg_catalog.pg_has_role(session_user, ''casefile_admin'', '
        '''MEMBER'')) OR child_id IN (SELECT k.child_id FROM public.caseload k '
        'JOIN public.users u ON u.id = k.user_id '
        'WHERE k.removed_at IS NULL AND u.login_role = session_user)';
BEGIN
    ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
    EXECUTE format('CREATE POLICY documents_caseload ON documents '
                   'TO casefile_counsellor, casefile_admin USING (%s) WITH CHECK (%s)',
                   sees, sees);
END $$;
-- A chunk is seen through its document: the subquery is itself under documents' policy.
ALTER TABLE document_chunks ENABLE ROW LEVEL SECURITY;
CREATE POLICY document_chunks_caseload ON document_chunks
    TO casefile_counsellor, casefile_admin
    USING (document_id IN (SELECT id FROM documents))
    WITH CHECK (document_id IN (SELECT id FROM documents));
