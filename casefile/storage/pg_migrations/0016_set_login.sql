-- A migrated practice (casefile/migrate.py): each user's key slot came along as it was,
-- but their login role got a password nobody holds, since their passphrase was not known.
-- At their first use an administrator sets it, with the user at their side: the user types
-- their passphrase, Casefile checks it opens their own slot, and sends only the SCRAM
-- verifier of the login password derived from it. Only for an active user whose login
-- role exists; an administrator's own login is changed with their passphrase instead.
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
        WHERE u.name = p_name AND u.active;
    IF login IS NULL THEN
        RAISE EXCEPTION 'casefile: no such user' USING ERRCODE = 'no_data_found';
    END IF;
    IF login = session_user THEN
        RAISE EXCEPTION 'casefile: not your own login'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, p_verifier);
END $$;

REVOKE ALL ON FUNCTION casefile_set_login(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casefile_set_login(text, text)
    TO casefile_counsellor, casefile_admin;
