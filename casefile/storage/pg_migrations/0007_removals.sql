-- Removal of a guardian or an organisation on the practice server, as migration 0011 does
-- locally: the row stays as a tombstone (consents name its id), its contact details are
-- wiped, and the earlier corrections of those fields go too (their old values are the
-- data removed). Counsellors may not delete history rows; this one function may, and
-- only the rows of a wiped field of an object that was removed.
ALTER TABLE guardians ADD COLUMN removed_at timestamptz;
ALTER TABLE organisations ADD COLUMN removed_at timestamptz;

CREATE FUNCTION casefile_wipe_history(p_object_type text, p_object_id bigint)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public AS $$
BEGIN
    IF p_object_type = 'guardian' AND EXISTS (
            SELECT 1 FROM guardians WHERE id = p_object_id AND removed_at IS NOT NULL) THEN
        DELETE FROM field_history WHERE object_type = 'guardian' AND object_id = p_object_id
            AND field IN ('phone', 'email', 'address');
    ELSIF p_object_type = 'organisation' AND EXISTS (
            SELECT 1 FROM organisations WHERE id = p_object_id
            AND removed_at IS NOT NULL) THEN
        DELETE FROM field_history WHERE object_type = 'organisation'
            AND object_id = p_object_id
            AND field IN ('contact_person', 'email', 'phone', 'address');
    ELSE
        RAISE EXCEPTION 'casefile: only the history of a removed object is wiped'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;
REVOKE ALL ON FUNCTION casefile_wipe_history(text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casefile_wipe_history(text, bigint)
    TO casefile_counsellor, casefile_admin;
