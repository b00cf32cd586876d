-- What other computers show learns of a change at commit (LISTEN; the payload is the
-- child's id, never more; NOTIFY folds equal payloads, so once per child and transaction,
-- and a rolled-back change tells nobody):
-- * casefile_children (0002) also for the child's parents, trajectories and caseload: the
--   child list (a counsellor's own caseload or not) and the open dossier's overview;
-- * casefile_contents for what is in a dossier: notes, documents, consents (recorded,
--   signed later, withdrawn) and disclosures. The notes and documents lists, the consent
--   and disclosure tabs and an open export wizard read them again.
CREATE FUNCTION casefile_notify_child_of() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(TG_ARGV[0], coalesce(NEW.child_id, OLD.child_id)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER guardians_notify AFTER INSERT OR UPDATE OR DELETE ON guardians
    FOR EACH ROW EXECUTE FUNCTION casefile_notify_child_of('casefile_children');
CREATE TRIGGER trajectories_notify AFTER INSERT OR UPDATE OR DELETE ON trajectories
    FOR EACH ROW EXECUTE FUNCTION casefile_notify_child_of('casefile_children');
CREATE TRIGGER caseload_notify AFTER INSERT OR UPDATE OR DELETE ON caseload
    FOR EACH ROW EXECUTE FUNCTION casefile_notify_child_of('casefile_children');
CREATE TRIGGER notes_notify AFTER INSERT OR UPDATE OR DELETE ON notes
    FOR EACH ROW EXECUTE FUNCTION casefile_notify_child_of('casefile_contents');
CREATE TRIGGER documents_notify AFTER INSERT OR UPDATE OR DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION casefile_notify_child_of('casefile_contents');
CREATE TRIGGER consents_notify AFTER INSERT OR UPDATE OR DELETE ON consents
    FOR EACH ROW EXECUTE FUNCTION casefile_notify_child_of('casefile_contents');
CREATE TRIGGER consent_events_notify AFTER INSERT OR UPDATE OR DELETE ON consent_events
    FOR EACH ROW EXECUTE FUNCTION casefile_notify_child_of('casefile_contents');
CREATE TRIGGER consent_signatures_notify AFTER INSERT OR UPDATE OR DELETE ON consent_signatures
    FOR EACH ROW EXECUTE FUNCTION casefile_notify_child_of('casefile_contents');
CREATE TRIGGER disclosures_notify AFTER INSERT OR UPDATE OR DELETE ON disclosures
    FOR EACH ROW EXECUTE FUNCTION casefile_notify_child_of('casefile_contents');
