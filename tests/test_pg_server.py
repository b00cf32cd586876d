"""The throw-away test server itself: TLS with the test CA checked against `localhost`,
and no way in without TLS."""

from __future__ import annotations

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo


def test_the_test_server_speaks_tls_verified_against_its_ca(pg_server):
    params = conninfo_to_dict(pg_server)
    assert params["sslmode"] == "verify-full" and params["host"] == "localhost"
    with psycopg.connect(pg_server) as conn:
        used = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
    assert used == (True,)


def test_the_test_server_refuses_a_connection_without_tls(pg_server):
    plain = make_conninfo(pg_server, sslmode="disable")
    with pytest.raises(psycopg.OperationalError, match="no encryption"):
        psycopg.connect(plain, connect_timeout=5)
