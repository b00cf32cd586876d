"""The practice server's SQL (PostgreSQL, DESIGN section 10): the same functions as the
local engine's repositories, taking a psycopg connection, with personal fields sealed and
opened on this side by a `Sealer` (casefile/storage/sealed.py)."""
