"""`import claimtrack`, and listing the formats, stay light (DESIGN §8: heavy imports on demand).

The façade imports each public name from its layer on first use (PEP 562), and the command-line
tool defers the casebook, serialization and reading-aid layers to the commands that need them.
These tests check *which modules* a fresh interpreter loads, which is what the start-up time
follows; benchmarks/bench_startup.py measures the time itself (never a test).
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys

import pytest

import claimtrack

HEAVY = ("openpyxl", "docx", "lxml", "bm25s", "numpy", "scipy", "matplotlib", "pandas")


def _modules_after(code: str) -> set[str]:
    """The modules loaded in a fresh interpreter after running ``code``."""
    probe = code + "\nimport sys\nprint(sorted(sys.modules))\n"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    return set(ast.literal_eval(result.stdout.strip().splitlines()[-1]))  # a printed list


def _loaded_after(code: str) -> list[str]:
    loaded = _modules_after(code)
    return sorted(m for m in HEAVY if m in loaded)


def test_import_claimtrack_loads_no_heavy_library() -> None:
    assert _loaded_after("import claimtrack") == []


def test_listing_plugins_and_formats_loads_no_exporter_library() -> None:
    loaded = _loaded_after(
        "import claimtrack\n"
        "host = claimtrack.host.get_host()\n"
        "assert {'json', 'xlsx', 'docx'} <= set(host.exporters())\n"
    )
    assert loaded == []


def test_exporting_loads_what_it_needs() -> None:
    # The control for the two tests above: the probe does see a library once it is used.
    loaded = _loaded_after(
        "import claimtrack\nbook = claimtrack.Casebook()\nclaimtrack.export_bytes(book, 'xlsx')\n"
    )
    assert "openpyxl" in loaded


# --- start-up: what `import claimtrack` and `claimtrack --help` load (bench_startup.py times it)

DEPENDENCIES = ["attrs", "cattrs", "click", "pluggy", "rapidfuzz", "syntok", "importlib.metadata",
                "typing"]  # fmt: skip


def test_import_claimtrack_loads_no_dependency() -> None:
    loaded = _modules_after("import claimtrack")
    assert [name for name in (*HEAVY, *DEPENDENCIES) if name in loaded] == []
    assert not any(name.startswith("claimtrack.") for name in loaded)


def test_a_name_loads_only_its_own_layers() -> None:
    loaded = _modules_after("from claimtrack import parse_date")
    assert "claimtrack.text.dates" in loaded
    assert not {"cattrs", "pluggy", "click", "rapidfuzz", "claimtrack.casebook"} & loaded


def _modules_after_cli(*argv: str) -> set[str]:
    """The modules loaded by ``claimtrack ARGV`` (its output checked to be the help)."""
    code = (
        "import contextlib, io, sys\n"
        "from claimtrack.cli.main import main\n"
        f"sys.argv = ['claimtrack', *{list(argv)!r}]\n"
        "out = io.StringIO()\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(out):\n"
        "    main()\n"
        "assert out.getvalue().startswith('Usage: claimtrack'), out.getvalue()"
    )
    return _modules_after(code)


#: What no help text needs: the plugin host and its metadata lookups, the layers under it.
NOT_FOR_HELP = ["cattrs", "rapidfuzz", "syntok", "bm25s", "openpyxl", "docx", "attrs",
                "importlib.metadata", "claimtrack.host.registry", "claimtrack.host.default",
                "claimtrack.casebook", "claimtrack.serialization", "claimtrack.aids",
                "claimtrack.reading"]  # fmt: skip


def test_help_loads_no_command_module_and_no_plugin_host() -> None:
    loaded = _modules_after_cli("--help")
    assert "click" in loaded  # the control: the probe sees what the help needs
    assert [name for name in NOT_FOR_HELP if name in loaded] == []
    needed = {"claimtrack.cli.main", "claimtrack.cli.lazy", "claimtrack.cli.terminal"}
    cli_modules = {name for name in loaded if name.startswith("claimtrack.cli.")}
    assert cli_modules == needed


@pytest.mark.parametrize(
    ("command", "module"),
    [("export", "commands"), ("quotes", "reading"), ("build", "casefile"), ("merge", "review")],
)
def test_a_commands_help_loads_its_module_only(command: str, module: str) -> None:
    loaded = _modules_after_cli(command, "--help")
    assert f"claimtrack.cli.{module}" in loaded
    assert [name for name in NOT_FOR_HELP if name in loaded] == []
    others = {"commands", "reading", "casefile", "review", "changes", "demo"} - {module}
    assert [name for name in sorted(others) if f"claimtrack.cli.{name}" in loaded] == []


@pytest.mark.parametrize("name", sorted(set(claimtrack.__all__) - {"__version__"}))
def test_every_public_name_is_its_home_modules_object(name: str) -> None:
    home = importlib.import_module(claimtrack._HOMES[name])
    assert getattr(claimtrack, name) is getattr(home, name)


def test_the_facade_lists_its_names_and_rejects_others() -> None:
    assert set(claimtrack._HOMES) | {"__version__"} == set(claimtrack.__all__)
    assert dir(claimtrack) == sorted(claimtrack.__all__)
    with pytest.raises(AttributeError, match="no attribute 'Casebok'"):
        claimtrack.Casebok  # noqa: B018


def test_the_layers_are_attributes_as_before() -> None:
    loaded = _modules_after("import claimtrack\nassert claimtrack.host.PluginHost")
    assert "claimtrack.host.registry" in loaded
