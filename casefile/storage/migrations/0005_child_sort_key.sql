-- The child list is sorted in SQL only, by a stored key (surname without tussenvoegsel,
-- first name, tussenvoegsel; case and diacritics folded: database.name_sort_key), so every
-- page continues the order of the one before. The repository writes the key on every insert
-- and name change; here it is filled for the children already there.
ALTER TABLE children ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
UPDATE children SET sort_key = casefile_name_sort_key(first_name, last_name);
DROP INDEX children_by_name;
CREATE INDEX children_by_sort_key ON children (sort_key, id);
CREATE INDEX children_by_birth_date ON children (birth_date, id);
