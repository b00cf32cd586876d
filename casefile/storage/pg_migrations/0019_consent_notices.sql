-- Other computers learn that a child's consents or disclosures changed (LISTEN
-- casefile_consents; the payload is the child's id, never more): a consent recorded, a
-- later signature, a withdrawal, a packet made. The consent tab, the disclosures and an
-- open export wizard read them again. NOTIFY is sent at commit, once per child and
-- transaction (equal payloads are folded), so a rolled-back change tells nobody.
CREATE FUNCTION casefile_notify_consents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('casefile_consents', coalesce(NEW.child_id, OLD.child_id)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER consents_notify AFTER INSERT OR UPDATE OR DELETE ON consents
    FOR EACH ROW EXECUTE FUNCTION casefile_notify_consents();
CREATE TRIGGER consent_events_notify AFTER INSERT OR UPDATE OR DELETE ON consent_events
    FOR EACH ROW EXECUTE FUNCTION casefile_notify_consents();
CREATE TRIGGER consent_signatures_notify AFTER INSERT OR UPDATE OR DELETE ON consent_signatures
    FOR EACH ROW EXECUTE FUNCTION casefile_notify_consents();
CREATE TRIGGER disclosures_notify AFTER INSERT OR UPDATE OR DELETE ON disclosures
    FOR EACH ROW EXECUTE FUNCTION casefile_notify_consents();
