-- The disclosure log notes the parents' inzage (issue 10), as locally: whether one was
-- offered, when, and its answer. The inzages themselves live in the local vault for now;
-- the id is kept without a foreign key until the server holds that table too.
ALTER TABLE disclosures ADD COLUMN inzage_id bigint;
ALTER TABLE disclosures ADD COLUMN inzage_offered_at timestamptz;
ALTER TABLE disclosures ADD COLUMN inzage_answer text NOT NULL DEFAULT '';
CREATE UNIQUE INDEX disclosures_one_per_inzage ON disclosures (inzage_id)
WHERE inzage_id IS NOT NULL;
