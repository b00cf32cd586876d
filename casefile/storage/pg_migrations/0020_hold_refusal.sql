-- An erasure refused for a retention hold says so, and until when, as the local engine
-- does (DossierOnHold), instead of a general refusal: the hold's last day goes with the
-- error as its detail (a date; the hold's reason stays sealed).
CREATE OR REPLACE FUNCTION casefile_erase_child(p_child_id bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    held_until date;
BEGIN
    PERFORM casefile_require_admin();
    SELECT max(ends_on) INTO held_until FROM retention_holds WHERE child_id = p_child_id
        AND lifted_on IS NULL AND starts_on <= current_date AND ends_on >= current_date;
    IF held_until IS NOT NULL THEN
        RAISE EXCEPTION 'casefile: a retention hold is in force'
            USING ERRCODE = 'insufficient_privilege', DETAIL = held_until::text;
    END IF;
    DELETE FROM children WHERE id = p_child_id;
    RETURN FOUND;
END $$;
