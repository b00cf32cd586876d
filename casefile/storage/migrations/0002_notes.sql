-- Session notes with every version kept, documents stored in chunks inside the encrypted
-- database, and the full-text index over notes.
CREATE TABLE notes (
    id               INTEGER PRIMARY KEY,
    child_id         INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    session_date     TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 45,
    author_id        INTEGER NOT NULL REFERENCES users(id),
    text             TEXT NOT NULL DEFAULT '',
    category         TEXT NOT NULL,
    sensitivity      TEXT NOT NULL,
    finalised        INTEGER NOT NULL DEFAULT 0,
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX notes_by_child ON notes (child_id, session_date DESC, id DESC);

-- A finalised note changes only through a new version.
CREATE TRIGGER notes_final_is_final BEFORE UPDATE ON notes
WHEN OLD.finalised = 1 AND NEW.version = OLD.version
BEGIN
    SELECT RAISE(ABORT, 'a finalised note changes only by an amendment');
END;

CREATE TABLE note_versions (
    id          INTEGER PRIMARY KEY,
    note_id     INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    child_id    INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    text        TEXT NOT NULL,
    category    TEXT NOT NULL,
    sensitivity TEXT NOT NULL,
    changed_by  INTEGER NOT NULL REFERENCES users(id),
    changed_at  TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    UNIQUE (note_id, version)
);

CREATE TRIGGER note_versions_no_update BEFORE UPDATE ON note_versions
BEGIN
    SELECT RAISE(ABORT, 'note versions are append-only');
END;

-- Versions go only with their note (an erasure, or a processing consent withdrawn).
CREATE TRIGGER note_versions_no_delete BEFORE DELETE ON note_versions
WHEN EXISTS (SELECT 1 FROM notes WHERE id = OLD.note_id)
BEGIN
    SELECT RAISE(ABORT, 'note versions are append-only');
END;

CREATE TABLE documents (
    id                     INTEGER PRIMARY KEY,
    child_id               INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    filename               TEXT NOT NULL,
    media_type             TEXT NOT NULL,
    size                   INTEGER NOT NULL,
    sha256                 TEXT NOT NULL,
    category               TEXT NOT NULL,
    sensitivity            TEXT NOT NULL,
    source_organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    received_on            TEXT,
    imported_by            INTEGER REFERENCES users(id),
    imported_at            TEXT NOT NULL
);
CREATE INDEX documents_by_child ON documents (child_id, id);

CREATE TABLE document_chunks (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    data        BLOB NOT NULL,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;

-- The index reads its content through a view, so each note's child is a searchable token
-- ('c' || child_id): a dossier's search intersects two posting lists instead of filtering.
CREATE VIEW notes_fts_source AS
    SELECT id, text, 'c' || child_id AS child FROM notes;

-- prefix = '3': a word being typed is searched through its first three letters (a
-- streaming doclist) and checked in full afterwards; FTS5 would otherwise merge the
-- doclists of every term with that prefix before returning a row (seconds at scale).
CREATE VIRTUAL TABLE notes_fts USING fts5(
    text, child,
    content = 'notes_fts_source', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'
);
-- FTS5's default leaf (4050 bytes) overflows SQLCipher's 4016 usable bytes per page.
INSERT INTO notes_fts(notes_fts, rank) VALUES ('pgsz', 3960);

CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes
BEGIN
    INSERT INTO notes_fts(rowid, text, child) VALUES (NEW.id, NEW.text, 'c' || NEW.child_id);
END;

CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes
BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, text, child)
        VALUES ('delete', OLD.id, OLD.text, 'c' || OLD.child_id);
END;

CREATE TRIGGER notes_fts_update AFTER UPDATE OF text, child_id ON notes
BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, text, child)
        VALUES ('delete', OLD.id, OLD.text, 'c' || OLD.child_id);
    INSERT INTO notes_fts(rowid, text, child) VALUES (NEW.id, NEW.text, 'c' || NEW.child_id);
END;
