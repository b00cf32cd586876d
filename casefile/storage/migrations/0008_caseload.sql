-- Need-to-know (GDPR Art 5(1)(f), 25): each dossier has its counsellors, the caseload. A
-- row is one stretch of access, from when it was added to when it was removed, with who
-- did each and why; a removal closes the row and never deletes it, so the rows are the
-- history. Only the open rows grant access.
CREATE TABLE caseload (
    id             INTEGER PRIMARY KEY,
    child_id       INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL REFERENCES users(id),
    added_at       TEXT NOT NULL,
    added_by       INTEGER REFERENCES users(id),
    added_reason   TEXT NOT NULL DEFAULT '',
    removed_at     TEXT,
    removed_by     INTEGER REFERENCES users(id),
    removed_reason TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX caseload_open ON caseload (child_id, user_id) WHERE removed_at IS NULL;
CREATE INDEX caseload_of_user ON caseload (user_id, child_id) WHERE removed_at IS NULL;
CREATE INDEX caseload_by_child ON caseload (child_id, id);
-- Nobody loses access on upgrade: before this every user saw every dossier, so every
-- existing child goes on every existing user's caseload (added by nobody, at the moment
-- the child was created; an admin removes what is not needed).
INSERT INTO caseload (child_id, user_id, added_at, added_reason)
    SELECT c.id, u.id, c.created_at, '' FROM children c CROSS JOIN users u;
