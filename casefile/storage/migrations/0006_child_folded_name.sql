-- The child list's name filter reads a stored folded name (first and last name, lower case
-- without diacritics: database.fold), written by the repository beside the sort key, instead
-- of calling Python's fold for every row on every keystroke (issue 13). The sort-key index
-- carries it, so a filter walks the index alone and reads only the rows it shows.
ALTER TABLE children ADD COLUMN folded_name TEXT NOT NULL DEFAULT '';
UPDATE children SET folded_name = casefile_fold(first_name || ' ' || last_name);
DROP INDEX children_by_sort_key;
CREATE INDEX children_by_sort_key ON children (sort_key, id, folded_name);
