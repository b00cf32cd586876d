"""One set of repositories, two engines (DESIGN sections 1 and 10): the services call
`repo.f(conn, ...)` and the connection decides which engine's SQL runs. A local vault's
connection (SQLCipher) reaches casefile/storage/repositories/<name>.py; a practice
server's `ServerConnection` reaches casefile/storage/repositories/pg/<name>.py, which has
the same functions with the same arguments and results.

A function the server does not have yet refuses with one sentence (`not_on_server`)
instead of running the local SQL against PostgreSQL. Constants, classes and helpers that
take no connection are the local module's."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from types import FunctionType, ModuleType
from typing import Any

from casefile.errors import NotOnServer
from casefile.storage.repositories.pg.connection import ServerConnection

_PACKAGE = "casefile.storage.repositories"


class Repository:
    """A repository module of both engines; attribute access as on the module itself."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._local: ModuleType = import_module(f"{_PACKAGE}.{name}")
        self._server: ModuleType | None = None  # imported at the first server call

    def __getattr__(self, attr: str) -> Any:
        local = getattr(self._local, attr)
        if not isinstance(local, FunctionType):
            return local
        dispatch = self._dispatching(attr, local)
        setattr(self, attr, dispatch)  # the next lookup skips __getattr__
        return dispatch

    def _dispatching(self, attr: str, local: Callable[..., Any]) -> Callable[..., Any]:
        module = self._local

        def call(*args: Any, **kwargs: Any) -> Any:
            if args and isinstance(args[0], ServerConnection):
                return self._on_server(attr)(*args, **kwargs)
            return getattr(module, attr)(*args, **kwargs)  # looked up now: patchable

        call.__name__ = call.__qualname__ = attr
        call.__doc__ = local.__doc__
        return call

    def _on_server(self, attr: str) -> Callable[..., Any]:
        if self._server is None:
            try:
                self._server = import_module(f"{_PACKAGE}.pg.{self._name}")
            except ModuleNotFoundError:
                raise NotOnServer() from None
        found = getattr(self._server, attr, None)
        if found is None:
            raise NotOnServer()
        return found


def is_server(conn: object) -> bool:
    return isinstance(conn, ServerConnection)


audit = Repository("audit")
caseload = Repository("caseload")
consents = Repository("consents")
documents = Repository("documents")
inzage = Repository("inzage")
items = Repository("items")
meta = Repository("meta")
notes = Repository("notes")
people = Repository("people")
removals = Repository("removals")
retention = Repository("retention")
rights = Repository("rights")
rights_desk = Repository("rights_desk")
search = Repository("search")
users = Repository("users")
vault_secrets = Repository("vault_secrets")
