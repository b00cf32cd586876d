-- Need-to-know on the practice server, as migration 0008 of the local vault: each dossier
-- has its counsellors (the caseload); a row is one stretch of access, closed (never
-- deleted) when an administrator takes it away. The reasons are sealed like every other
-- free text; who, whom and when are in clear.
CREATE TABLE caseload (
    id             bigserial PRIMARY KEY,
    child_id       bigint NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    user_id        bigint NOT NULL REFERENCES users(id),
    added_at       timestamptz NOT NULL,
    added_by       bigint REFERENCES users(id),
    added_reason   bytea,
    removed_at     timestamptz,
    removed_by     bigint REFERENCES users(id),
    removed_reason bytea
);
CREATE UNIQUE INDEX caseload_open ON caseload (child_id, user_id) WHERE removed_at IS NULL;
CREATE INDEX caseload_of_user ON caseload (user_id, child_id) WHERE removed_at IS NULL;
CREATE INDEX caseload_by_child ON caseload (child_id, id);

-- Nobody loses access on upgrade: every existing child on every existing user's caseload.
INSERT INTO caseload (child_id, user_id, added_at)
    SELECT c.id, u.id, c.created_at FROM children c CROSS JOIN users u;

-- Everyone reads the caseload (the child list names each dossier's counsellors). A
-- counsellor may add only themselves, and only to a dossier nobody has yet (the one they
-- just created); an administrator adds anyone. Only an administrator closes a stretch,
-- and only its removal columns.
REVOKE ALL ON caseload FROM PUBLIC;
GRANT SELECT, INSERT ON caseload TO casefile_counsellor, casefile_admin;
GRANT UPDATE (removed_at, removed_by, removed_reason) ON caseload TO casefile_admin;
GRANT USAGE ON SEQUENCE caseload_id_seq TO casefile_counsellor, casefile_admin;
ALTER TABLE caseload ENABLE ROW LEVEL SECURITY;
CREATE POLICY caseload_read ON caseload FOR SELECT TO casefile_counsellor, casefile_admin
    USING (true);
CREATE POLICY caseload_creator ON caseload FOR INSERT TO casefile_counsellor
    WITH CHECK (user_id = (SELECT id FROM users WHERE login_role = session_user)
                AND added_by = user_id
                AND NOT EXISTS (SELECT 1 FROM caseload k WHERE k.child_id = caseload.child_id));
CREATE POLICY caseload_admin_add ON caseload FOR INSERT TO casefile_admin WITH CHECK (true);
CREATE POLICY caseload_admin_remove ON caseload FOR UPDATE TO casefile_admin
    USING (true) WITH CHECK (true);

-- The server enforces need-to-know itself: a counsellor's login reads and writes the
-- rows of a dossier only while on its caseload (an administrator's: every dossier). The
-- child list stays whole (names, for scheduling). Written so the planner runs each part
-- once per query (an InitPlan and a hashed subplan), not a function call per row: a
-- SQL function with a subquery is not inlined, and cost ~6 us a row here.
DO $$
DECLARE
    t text;
    sees constant text := '(SELECT pg_catalog.pg_has_role(session_user, ''casefile_admin'', '
        '''MEMBER'')) OR child_id IN (SELECT k.child_id FROM public.caseload k '
        'JOIN public.users u ON u.id = k.user_id '
        'WHERE k.removed_at IS NULL AND u.login_role = session_user)';
BEGIN
    FOREACH t IN ARRAY ARRAY['guardians', 'trajectories', 'notes', 'note_versions',
                             'consents', 'consent_events', 'disclosures'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I TO casefile_counsellor, casefile_admin '
                       'USING (%s) WITH CHECK (%s)', t || '_caseload', t, sees, sees);
    END LOOP;
    -- an organisation's history has no child: open to every member, as before
    ALTER TABLE field_history ENABLE ROW LEVEL SECURITY;
    EXECUTE format('CREATE POLICY field_history_caseload ON field_history '
                   'TO casefile_counsellor, casefile_admin USING (child_id IS NULL OR %s) '
                   'WITH CHECK (child_id IS NULL OR %s)', sees, sees);
END $$;
