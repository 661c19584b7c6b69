"""The house's import rules, read from the source with the standard library's ``ast`` (nothing is imported):

- no import cycle among the modules of app/, ui/ and db/ — an import inside a function counts too, since
  "import it late to dodge the cycle" is still a cycle a reader has to untangle;
- ui/ never opens a database session or imports the ORM models: it reaches data through app services;
- no module reaches another module's private name (``from x import _y`` or ``x._y``).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("app", "ui", "db")


def _modules() -> dict[str, Path]:
    out = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            rel = path.relative_to(ROOT)
            if "migrations" in rel.parts:
                continue  # Alembic scripts are loaded by Alembic, not imported
            out[".".join(rel.with_suffix("").parts).removesuffix(".__init__")] = path
    return out


MODULES = _modules()


def _owner(name: str) -> str | None:
    """The module of ours that ``name`` (a module or a name inside one) lives in."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(module: str, tree: ast.AST) -> Iterator[tuple[str, ast.stmt]]:
    """(imported dotted name, node) for every import in the module, at any depth."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node
        elif isinstance(node, ast.ImportFrom):
            base = _resolved_base(module, node)
            yield base, node
            for alias in node.names:
                yield f"{base}.{alias.name}", node


def _trees() -> dict[str, ast.AST]:
    return {m: ast.parse(p.read_text(encoding="utf-8"), str(p)) for m, p in MODULES.items()}


TREES = _trees()


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for module, tree in TREES.items():
        for name, _node in _imports(module, tree):
            target = _owner(name)
            if target is not None and target != module:
                graph[module].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_checker_sees_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_between_modules() -> None:
    graph = _graph()
    assert len(graph) > 100 and graph["app.services.checkin"]  # it really read the tree
    cycles = _cycles(graph)
    assert not cycles, "import cycles: " + "; ".join(" <-> ".join(c) for c in cycles)


def test_ui_reaches_data_only_through_services() -> None:
    offenders = []
    for module, tree in TREES.items():
        if not module.startswith("ui."):
            continue
        for name, node in _imports(module, tree):
            if name.startswith(("db.models", "sqlalchemy")):
                offenders.append(f"{module}:{node.lineno} imports {name}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "unit_of_work":
                offenders.append(f"{module}:{node.lineno} opens a unit of work")
    assert not offenders, offenders


def test_no_private_name_is_used_across_modules() -> None:
    offenders = []
    for module, tree in TREES.items():
        aliases: dict[str, str] = {}  # local name -> our module it stands for
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                for name, _ in _imports(module, ast.Module(body=[node], type_ignores=[])):
                    last = name.rpartition(".")[2]
                    private = last.startswith("_") and not last.startswith("__")
                    # (a private *module* is its package's own business)
                    if private and _owner(name) not in (None, module) and name not in MODULES:
                        offenders.append(f"{module}:{node.lineno} imports {name}")
                for alias in node.names:
                    full = f"{_resolved_base(module, node)}.{alias.name}"
                    if full in MODULES:
                        aliases[alias.asname or alias.name] = full
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name in MODULES and alias.asname:
                        aliases[alias.asname] = alias.name
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in aliases and aliases[node.value.id] != module
                    and node.attr.startswith("_") and not node.attr.startswith("__")):
                offenders.append(f"{module}:{node.lineno} uses {aliases[node.value.id]}.{node.attr}")
    assert not offenders, offenders


def _resolved_base(module: str, node: ast.ImportFrom) -> str:
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    base = node.module or ""
    if node.level:
        parts = package.split(".")[: len(package.split(".")) - node.level + 1]
        base = ".".join([*parts, base] if base else parts)
    return base
