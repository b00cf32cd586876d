"""Where SQL lives (DESIGN section 1): only in casefile/storage/, whose modules import
nothing of the domain but the model and the errors."""

from __future__ import annotations

import ast
from pathlib import Path

import casefile

PACKAGE = Path(casefile.__file__).parent
STORAGE = PACKAGE / "storage"
SQL_CALLS = {"execute", "executemany", "executescript"}
STORAGE_MAY_IMPORT = ("casefile.storage", "casefile.model", "casefile.errors")


def _modules(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def test_no_sql_outside_storage():
    found = [f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
             for path, tree in _modules(PACKAGE)
             if STORAGE not in path.parents
             for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
             and node.func.attr in SQL_CALLS]
    assert found == []


def test_storage_imports_no_domain_module():
    found = []
    for path, tree in _modules(STORAGE):
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found += [f"{path.name}: {n}" for n in names if n.startswith("casefile")
                      and not n.startswith(STORAGE_MAY_IMPORT)]
    assert found == []
