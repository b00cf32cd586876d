"""The practice server's SQL (PostgreSQL, DESIGN section 10): the same functions as the
local engine's repositories, taking a `base.ServerConnection` (a psycopg connection and the
practice's `Sealer`, casefile/storage/sealed.py), with personal fields sealed and opened
on this side."""
