-- The rights desk, retention holds, objections and financial records on the practice
-- server (sqlite migrations 0004 and 0010), and the purges: an erasure and the deletion
-- of financial records run only through the SECURITY DEFINER functions below, which
-- check that the caller is an administrator (no member holds DELETE on children or
-- financial_records). Free text is sealed (a request's extension reason and note, a
-- hold's reason, an invoice's payer and description); kinds, codes, ids and the dates
-- the deadlines and retention need are in clear.

-- A request outlives an erasure (it proves the practice answered in time), so child_id
-- has no foreign key, and the trigger below forgets its free text when the child goes.
CREATE TABLE rights_requests (
    id               bigserial PRIMARY KEY,
    child_id         bigint NOT NULL,
    kind             text NOT NULL CHECK (kind IN ('access', 'rectification', 'erasure',
                     'restriction', 'objection', 'portability', 'withdrawal')),
    requester        text NOT NULL CHECK (requester IN ('guardian', 'child')),
    guardian_id      bigint REFERENCES guardians(id) ON DELETE SET NULL,
    identity_check   text NOT NULL,
    received_on      date NOT NULL,
    due_on           date NOT NULL,
    extension_months integer NOT NULL DEFAULT 0 CHECK (extension_months BETWEEN 0 AND 2),
    extension_reason bytea,  -- NULL: none (the local engine's '')
    closed_on        date,
    outcome          text,
    outcome_event_id bigint REFERENCES audit_log(id),
    note             bytea,
    recorded_by      bigint REFERENCES users(id),
    recorded_at      timestamptz NOT NULL
);
CREATE INDEX rights_requests_open ON rights_requests (closed_on, due_on);
CREATE INDEX rights_requests_by_child ON rights_requests (child_id);

CREATE TABLE retention_holds (
    id          bigserial PRIMARY KEY,
    child_id    bigint NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    reason      bytea NOT NULL,
    starts_on   date NOT NULL,
    ends_on     date NOT NULL,
    lifted_on   date,
    recorded_by bigint REFERENCES users(id),
    recorded_at timestamptz NOT NULL
);
CREATE INDEX retention_holds_by_child ON retention_holds (child_id);

CREATE TABLE objections (
    id          bigserial PRIMARY KEY,
    child_id    bigint NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    purpose     text NOT NULL,  -- a code (casefile/rights_desk.py OBJECTION_PURPOSES)
    received_on date NOT NULL,
    request_id  bigint REFERENCES rights_requests(id),
    lifted_on   date,
    recorded_by bigint REFERENCES users(id),
    recorded_at timestamptz NOT NULL
);
CREATE INDEX objections_by_child ON objections (child_id);

-- Kept seven years by law, also through an erasure (the link to the child goes).
CREATE TABLE financial_records (
    id             bigserial PRIMARY KEY,
    child_id       bigint REFERENCES children(id) ON DELETE SET NULL,
    invoice_number text NOT NULL UNIQUE,
    invoice_date   date NOT NULL,
    payer          bytea NOT NULL,
    description    bytea NOT NULL,
    amount_cents   bigint NOT NULL,
    created_at     timestamptz NOT NULL
);
CREATE INDEX financial_by_child ON financial_records (child_id);
CREATE INDEX financial_by_date ON financial_records (invoice_date);

CREATE FUNCTION rights_requests_forget_child() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE rights_requests SET extension_reason = NULL, note = NULL WHERE child_id = OLD.id;
    RETURN OLD;
END $$;
CREATE TRIGGER rights_requests_forget_child BEFORE DELETE ON children
    FOR EACH ROW EXECUTE FUNCTION rights_requests_forget_child();

-- An erasure (GDPR Art 17, or retention): the child's row, and with it every row of the
-- dossier (ON DELETE CASCADE), including the consents and disclosures no member may
-- delete. Returns false when there was no such child.
CREATE FUNCTION casefile_erase_child(p_child_id bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM casefile_require_admin();
    DELETE FROM children WHERE id = p_child_id;
    RETURN FOUND;
END $$;

CREATE FUNCTION casefile_delete_financial(p_ids bigint[]) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    gone integer;
BEGIN
    PERFORM casefile_require_admin();
    DELETE FROM financial_records WHERE id = ANY(p_ids);
    GET DIAGNOSTICS gone = ROW_COUNT;
    RETURN gone;
END $$;

REVOKE ALL ON FUNCTION casefile_erase_child(bigint), casefile_delete_financial(bigint[])
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casefile_erase_child(bigint), casefile_delete_financial(bigint[])
    TO casefile_counsellor, casefile_admin;

-- Grants, as the services allow: any member records a request, extends and closes it,
-- and records an objection; holds are an administrator's; financial records are read by
-- every member and written by an administrator. Nobody deletes any of these rows.
REVOKE ALL ON rights_requests, retention_holds, objections, financial_records FROM PUBLIC;
GRANT SELECT ON rights_requests, retention_holds, objections, financial_records
    TO casefile_counsellor, casefile_admin;
GRANT INSERT ON rights_requests, objections TO casefile_counsellor, casefile_admin;
GRANT UPDATE (due_on, extension_months, extension_reason, closed_on, outcome,
              outcome_event_id, note) ON rights_requests TO casefile_counsellor, casefile_admin;
GRANT UPDATE (lifted_on) ON objections TO casefile_counsellor, casefile_admin;
GRANT INSERT, UPDATE (lifted_on) ON retention_holds TO casefile_admin;
GRANT INSERT ON financial_records TO casefile_admin;
GRANT USAGE ON SEQUENCE rights_requests_id_seq, objections_id_seq, retention_holds_id_seq,
    financial_records_id_seq TO casefile_counsellor, casefile_admin;

-- Need-to-know as for the rest of a dossier. A request whose child was erased has no
-- caseload any more: only an administrator sees it then.
DO $$
DECLARE
    t text;
    sees constant text := '(SELECT pg_catalog.pg_has_role(session_user, ''casefile_admin'', '
        '''MEMBER'')) OR child_id IN (SELECT k.child_id FROM public.caseload k '
        'JOIN public.users u ON u.id = k.user_id '
        'WHERE k.removed_at IS NULL AND u.login_role = session_user)';
BEGIN
    FOREACH t IN ARRAY ARRAY['rights_requests', 'retention_holds', 'objections'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I TO casefile_counsellor, casefile_admin '
                       'USING (%s) WITH CHECK (%s)', t || '_caseload', t, sees, sees);
    END LOOP;
END $$;
