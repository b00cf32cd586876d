"""The package's import graph has no cycle, and no test imports conftest or another test
module through the `tests.` prefix (that works under `python -m pytest` only).

Every module under casefile/ is parsed with `ast`; an edge is any import that runs: at
module level and inside functions alike (a function-level import only defers a cycle to the
first call, it does not remove it), but not under `if TYPE_CHECKING:`, which never runs."""

from __future__ import annotations

import ast
from pathlib import Path

import casefile

PACKAGE = Path(casefile.__file__).parent
TESTS = Path(__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _runtime_imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    found, stack = [], [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return found


def _targets(node: ast.Import | ast.ImportFrom, here: str, is_package: bool,
             modules: set[str]) -> set[str]:
    """The casefile modules an import needs: `from a import b` needs a.b where b is a
    module, else a (any import of a.b runs a's __init__ first, and that is no cycle: what
    breaks is a name taken from a module still half run); a relative import is resolved
    against the importing module."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            package = here.split(".") if is_package else here.split(".")[:-1]
            package = package[:len(package) - node.level + 1]
            base = ".".join([*package, base] if base else package)
        names = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base
                 for a in node.names]
    return {_owner(name, modules) for name in names if _owner(name, modules)}


def _owner(name: str, modules: set[str]) -> str:
    """The longest casefile module that `name` is or lies in, or ''."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name


def import_graph() -> dict[str, set[str]]:
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    modules = set(files)
    graph = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        is_package = path.name == "__init__.py"
        graph[name] = set().union(*(_targets(n, name, is_package, modules)
                                    for n in _runtime_imports(tree))) - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each strongly connected component that has one (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(_path_within(graph, set(component), node))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _path_within(graph: dict[str, set[str]], component: set[str], start: str) -> list[str]:
    """A shortest cycle from `start` back to itself inside one component (breadth first)."""
    previous: dict[str, str] = {}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph[node] & component):
            if nxt == start:
                path = [node]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return [*reversed(path), start]
            if nxt not in previous:
                previous[nxt] = node
                queue.append(nxt)
    raise AssertionError("a strongly connected component without a cycle")


def test_the_walk_sees_the_package():
    graph = import_graph()
    assert "casefile.ui.main_window" in graph and "casefile.storage.database" in graph
    assert "casefile.storage.database" in graph["casefile.context"]


def test_a_cycle_is_found_and_shown():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_imports_inside_functions_count_but_type_checking_ones_do_not():
    tree = ast.parse("from typing import TYPE_CHECKING\n"
                     "if TYPE_CHECKING:\n    import casefile.vault\n"
                     "def f():\n    import casefile.cli\n")
    found = {a.name for n in _runtime_imports(tree) if isinstance(n, ast.Import)
             for a in n.names}
    assert found == {"casefile.cli"}


def test_no_import_cycle():
    found = cycles(import_graph())
    assert not found, "import cycles:\n" + "\n".join(" -> ".join(c) for c in found)


def test_tests_import_shared_pieces_from_support_modules():
    offenders = []
    for path in TESTS.rglob("*.py"):
        for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) \
                else [node.module or ""]
            if any(n.split(".")[0] == "tests" or n.split(".")[-1] == "conftest"
                   for n in names):
                offenders.append(str(path.relative_to(TESTS)))
    assert not offenders, f"import shared pieces from support.py or gui_support.py: {offenders}"
