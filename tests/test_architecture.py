"""The layers of claimtrack/ and the arrows that must never exist (docs/architecture.md).

Read from the source with ``ast``: every import counts, including imports inside functions and
under ``TYPE_CHECKING`` (a type-only arrow between layers is still an arrow a reader has to
follow). The one allowance: inside one subpackage, a type-only import (``if TYPE_CHECKING:``) does
not make a cycle, so a helper module may name the aggregate it serves in its annotations.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "claimtrack"

#: The layers, bottom up. A module may import its own layer and the layers below it, never above.
LAYERS = (
    "errors",
    "model",
    "text",
    "reading",
    "quotes",
    "aids",
    "casebook",
    "serialization",
    "dataframes",
    "host",
    "casefile",
    "review",
    "demo",
    "cli",
)
#: Third-party packages the core never imports (they belong to the exporter/reader plugins).
FORBIDDEN_IN_CORE = {"openpyxl", "docx"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _type_only_lines(tree: ast.Module) -> set[int]:
    """Lines of the imports inside ``if TYPE_CHECKING:`` blocks."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                for sub in ast.walk(inner):
                    if isinstance(sub, ast.Import | ast.ImportFrom):
                        lines.add(sub.lineno)
    return lines


def _imports(name: str, path: Path, *, runtime_only: bool = False) -> Iterator[tuple[str, int]]:
    """Absolute names of every module ``path`` imports, with the line."""
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    tree = ast.parse(path.read_text("utf-8"), str(path))
    skip = _type_only_lines(tree) if runtime_only else set()
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            # "from claimtrack.casebook import queries" imports the module queries; the package
            # itself counts only when a name is taken from its __init__.
            submodules = [f"{module}.{alias.name}" for alias in node.names]
            known = _modules()
            if not all(name in known for name in submodules):
                yield module, node.lineno
            for name in submodules:
                yield name, node.lineno


def _graph(*, cycles: bool = False) -> dict[str, dict[str, int]]:
    """Module -> {imported module: line}; for ``cycles``, type-only imports within a layer are
    left out (see the module docstring)."""
    modules = _modules()
    graph: dict[str, dict[str, int]] = {}
    for name, path in modules.items():
        edges: dict[str, int] = {}
        for target, line in _imports(name, path):
            if target in modules and target != name:
                edges.setdefault(target, line)
        if cycles:
            runtime = {t for t, _ in _imports(name, path, runtime_only=True)}
            edges = {
                t: line for t, line in edges.items() if t in runtime or _layer(t) != _layer(name)
            }
        graph[name] = edges
    return graph


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None  # None: the package façade itself


def test_every_module_belongs_to_a_known_layer() -> None:
    stray = [m for m in _modules() if _layer(m) is not None and _layer(m) not in LAYERS]
    assert not stray, f"modules outside the layers of docs/architecture.md: {stray}"


def test_arrows_only_point_down() -> None:
    graph = _graph()
    wrong = []
    for source, targets in graph.items():
        here = _layer(source)
        for target, line in targets.items():
            there = _layer(target)
            if there is None:
                if here is not None:  # only the outside world imports the façade
                    wrong.append(f"{source}:{line} imports the package façade {target}")
                continue
            if here is not None and LAYERS.index(there) > LAYERS.index(here):
                wrong.append(f"{source}:{line} ({here}) imports {target} ({there}), a layer above")
    assert not wrong, "\n".join(wrong)


def test_no_import_cycle() -> None:
    graph = _graph(cycles=True)
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


@pytest.mark.parametrize("name", sorted(FORBIDDEN_IN_CORE))
def test_core_never_imports_the_exporters_libraries(name: str) -> None:
    found = [
        f"{module}:{line}"
        for module, path in _modules().items()
        for target, line in _imports(module, path)
        if target == name or target.startswith(name + ".")
    ]
    assert not found, f"claimtrack/ imports {name}: {found}"


def test_the_checker_sees_a_wrong_arrow(tmp_path: Path) -> None:
    # The rules above are only as good as the import reader: it must see function-level,
    # TYPE_CHECKING and relative imports.
    src = tmp_path / "claimtrack" / "model" / "x.py"
    src.parent.mkdir(parents=True)
    src.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from claimtrack.host import registry\n"
        "def f():\n    from ..casebook import book\n"
    )
    found = {t for t, _ in _imports("claimtrack.model.x", src)}
    assert {"claimtrack.host.registry", "claimtrack.casebook.book"} <= found


#: Small sharp modules: the sizes docs/architecture.md promises for claimtrack and its plugins.
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def _sources() -> Iterator[Path]:
    yield from sorted(PACKAGE.rglob("*.py"))
    yield from sorted((PACKAGE.parent / "plugins").rglob("*.py"))


def _too_long(source: str, name: str) -> list[str]:
    found = []
    lines = source.count("\n") + (not source.endswith("\n"))
    if lines > MAX_MODULE_LINES:
        found.append(f"{name}: {lines} lines")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                found.append(f"{name}:{node.lineno} {node.name}() is {length} lines")
    return found


def test_modules_and_functions_stay_small() -> None:
    found = [p for path in _sources() for p in _too_long(path.read_text("utf-8"), str(path))]
    assert not found, "split these by job:\n" + "\n".join(found)


def test_the_size_check_sees_a_long_module_and_a_long_function() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    long_function = f"def f():\n{body}\n"
    assert _too_long(long_function, "m.py") == ["m.py:1 f() is 61 lines"]
    assert _too_long("x = 1\n" * (MAX_MODULE_LINES + 1), "m.py") == ["m.py: 401 lines"]
    assert _too_long("x = 1\n" * MAX_MODULE_LINES, "m.py") == []
