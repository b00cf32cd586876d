-- Removal of a document, a guardian or an organisation (issue 11). A removed row stays as
-- a tombstone so what refers to it stays readable: a consent names its guardians and its
-- recipient, an audit event or a disclosure names a document by id. What a removal wipes
-- (a document's content and name, a guardian's or organisation's contact details) is
-- gone; who removed it, when and why is a field_history row (field 'removed').
ALTER TABLE documents ADD COLUMN updated_at TEXT;
ALTER TABLE documents ADD COLUMN removed_at TEXT;
ALTER TABLE guardians ADD COLUMN removed_at TEXT;
ALTER TABLE organisations ADD COLUMN removed_at TEXT;
