-- A migrated practice (casefile/migrate.py): each user's key slot came along as it was,
-- but their login role got a password nobody holds, since their passphrase was not known.
-- At their first use an administrator sets it, with the user at their side: the user types
-- their passphrase, Casefile checks it opens their own slot, and sends only the SCRAM
-- verifier of the login password derived from it. Only once, and only for a user the
-- migration marked (`login_pending`): otherwise an administrator could take over any
-- member's login, which no other function allows.
ALTER TABLE users ADD COLUMN login_pending boolean NOT NULL DEFAULT false;

CREATE FUNCTION casefile_set_login(p_name text, p_verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    login name;
BEGIN
    PERFORM casefile_require_admin();
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'casefile: invalid user' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT u.login_role INTO login FROM users u JOIN pg_roles r ON r.rolname = u.login_role
        WHERE u.name = p_name AND u.active AND u.login_pending
        FOR UPDATE OF u;
    IF login IS NULL THEN
        RAISE EXCEPTION 'casefile: no such user' USING ERRCODE = 'no_data_found';
    END IF;
    IF login = session_user THEN
        RAISE EXCEPTION 'casefile: not your own login'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, p_verifier);
    UPDATE users SET login_pending = false WHERE name = p_name;
END $$;

REVOKE ALL ON FUNCTION casefile_set_login(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casefile_set_login(text, text)
    TO casefile_counsellor, casefile_admin;
