-- Other computers learn of a changed child (LISTEN casefile_children; the payload is the
-- child's id, never more), so each keeps its opened child list without reading it again.
-- NOTIFY is sent at commit: a rolled-back change tells nobody.
CREATE FUNCTION casefile_notify_child() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('casefile_children', coalesce(NEW.id, OLD.id)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER children_notify AFTER INSERT OR UPDATE OR DELETE ON children
    FOR EACH ROW EXECUTE FUNCTION casefile_notify_child();
