-- The vault's own records on the practice server (sqlite migration 0001): meta values,
-- the practice settings and the vault's secrets (the packet signing key). Every value is
-- sealed, under its table and the key's name (casefile/storage/sealed.py `part`), so a
-- value moved to another key no longer opens: the settings name the practice, its
-- address and phone, which for a practice of one are a person's; the server needs none
-- of them to enforce a rule. The keys are in clear.
CREATE TABLE meta (
    key   text PRIMARY KEY,
    value bytea NOT NULL
);

CREATE TABLE settings (
    key   text PRIMARY KEY,
    value bytea NOT NULL
);

CREATE TABLE vault_secrets (
    name  text PRIMARY KEY,
    value bytea NOT NULL
);

-- Any member writes meta (the last backup's result); only an administrator changes the
-- settings; a secret is written once, by an administrator, and never changed or deleted.
REVOKE ALL ON meta, settings, vault_secrets FROM PUBLIC;
GRANT SELECT ON meta, settings, vault_secrets TO casefile_counsellor, casefile_admin;
GRANT INSERT, UPDATE ON meta TO casefile_counsellor, casefile_admin;
GRANT INSERT, UPDATE ON settings TO casefile_admin;
GRANT INSERT ON vault_secrets TO casefile_admin;
