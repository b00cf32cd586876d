-- The rights desk: requests from parents or the child (GDPR Art 12(3) deadlines), holds
-- that stop retention (a complaint, a legal case) and objections (Art 21).
--
-- A request outlives an erasure: it proves the practice answered in time. So child_id
-- carries no foreign key (the audit log keeps the same bare id), and the trigger below
-- blanks the request's free text when the child goes, so nothing personal stays.
CREATE TABLE rights_requests (
    id               INTEGER PRIMARY KEY,
    child_id         INTEGER NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('access', 'rectification', 'erasure',
                     'restriction', 'objection', 'portability', 'withdrawal')),
    requester        TEXT NOT NULL CHECK (requester IN ('guardian', 'child')),
    guardian_id      INTEGER REFERENCES guardians(id) ON DELETE SET NULL,
    identity_check   TEXT NOT NULL,
    received_on      TEXT NOT NULL,
    due_on           TEXT NOT NULL,
    extension_months INTEGER NOT NULL DEFAULT 0 CHECK (extension_months BETWEEN 0 AND 2),
    extension_reason TEXT NOT NULL DEFAULT '',
    closed_on        TEXT,
    outcome          TEXT,
    outcome_event_id INTEGER REFERENCES audit_log(id),
    note             TEXT NOT NULL DEFAULT '',
    recorded_by      INTEGER REFERENCES users(id),
    recorded_at      TEXT NOT NULL
);
CREATE INDEX rights_requests_open ON rights_requests (closed_on, due_on);
CREATE INDEX rights_requests_by_child ON rights_requests (child_id);

CREATE TABLE retention_holds (
    id          INTEGER PRIMARY KEY,
    child_id    INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    reason      TEXT NOT NULL,
    starts_on   TEXT NOT NULL,
    ends_on     TEXT NOT NULL,
    lifted_on   TEXT,
    recorded_by INTEGER REFERENCES users(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX retention_holds_by_child ON retention_holds (child_id);

CREATE TABLE objections (
    id          INTEGER PRIMARY KEY,
    child_id    INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    purpose     TEXT NOT NULL,
    received_on TEXT NOT NULL,
    request_id  INTEGER REFERENCES rights_requests(id),
    lifted_on   TEXT,
    recorded_by INTEGER REFERENCES users(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX objections_by_child ON objections (child_id);

CREATE TRIGGER rights_requests_forget_child BEFORE DELETE ON children
BEGIN
    UPDATE rights_requests SET extension_reason = '', note = '' WHERE child_id = OLD.id;
END;
