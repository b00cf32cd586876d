-- A user's role, status and must-change flag change on the practice server only through
-- this function, which checks the caller itself (members hold no UPDATE on users): a user
-- clears their own must-change flag after choosing a passphrase; everything else is an
-- administrator's. A new role moves the login role to the other group, so the grants
-- follow the users table; deactivating is casefile_remove_user (role and key slot go, so
-- there is no way back: the user is added again). Nobody demotes or removes themselves,
-- and the last active administrator stays one.
CREATE FUNCTION casefile_change_user(p_id bigint, p_role text, p_active boolean,
                                     p_must_change boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    target users%ROWTYPE;
    own boolean;
BEGIN
    SELECT * INTO target FROM users WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'casefile: no such user' USING ERRCODE = 'no_data_found';
    END IF;
    own := target.login_role = session_user;
    IF NOT (own AND p_role IS NULL AND p_active IS NULL
            AND NOT coalesce(p_must_change, false)) THEN
        PERFORM casefile_require_admin();
    END IF;
    IF p_role IS NOT NULL AND p_role NOT IN ('admin', 'counsellor') THEN
        RAISE EXCEPTION 'casefile: invalid user' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_active AND NOT target.active THEN
        RAISE EXCEPTION 'casefile: a removed user is added again'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF target.role = 'admin' AND target.active
            AND (p_role = 'counsellor' OR p_active = false) THEN
        IF own THEN
            RAISE EXCEPTION 'casefile: cannot demote or remove yourself'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM users WHERE role = 'admin' AND active
                       AND id <> p_id) THEN
            RAISE EXCEPTION 'casefile: the last administrator stays one'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF p_role IS NOT NULL AND p_role <> target.role THEN
        IF target.active THEN
            EXECUTE format('REVOKE %I FROM %I', 'casefile_' || target.role, target.login_role);
            EXECUTE format('GRANT %I TO %I', 'casefile_' || p_role, target.login_role);
        END IF;
        UPDATE users SET role = p_role WHERE id = p_id;
    END IF;
    IF p_must_change IS NOT NULL THEN
        UPDATE users SET must_change_passphrase = p_must_change WHERE id = p_id;
    END IF;
    IF p_active = false AND target.active THEN
        PERFORM casefile_remove_user(target.name);
    END IF;
END $$;

REVOKE ALL ON FUNCTION casefile_change_user(bigint, text, boolean, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casefile_change_user(bigint, text, boolean, boolean)
    TO casefile_counsellor, casefile_admin;
