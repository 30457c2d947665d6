"""Start-up stays light: what ``import claimtrack`` and ``claimtrack --help`` load (no timings).

The façade imports each public name from its layer on first use (PEP 562), and the command-line
tool defers the casebook, serialization and reading-aid layers to the commands that need them.
These tests check *which modules* are loaded in a fresh interpreter, which is what the start-up
time follows (benchmarks/bench_startup.py measures the time itself).
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

import claimtrack

HEAVY = ["attrs", "cattrs", "click", "pluggy", "rapidfuzz", "syntok", "bm25s", "numpy",
         "openpyxl", "docx", "importlib.metadata", "typing"]  # fmt: skip


def _modules_after(code: str) -> set[str]:
    """The modules loaded in a fresh interpreter after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_import_claimtrack_loads_no_dependency() -> None:
    loaded = _modules_after("import claimtrack")
    assert [name for name in HEAVY if name in loaded] == []
    assert not any(name.startswith("claimtrack.") for name in loaded)


def test_a_name_loads_only_its_own_layers() -> None:
    loaded = _modules_after("from claimtrack import parse_date")
    assert "claimtrack.text.dates" in loaded
    assert not {"cattrs", "pluggy", "click", "rapidfuzz", "claimtrack.casebook"} & loaded


def test_help_loads_no_casebook_serialization_or_reading_aid() -> None:
    code = (
        "import contextlib, io, sys\n"
        "from claimtrack.cli.main import main\n"
        "sys.argv = ['claimtrack', '--help']\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        "    main()"
    )
    loaded = _modules_after(code)
    assert "click" in loaded and "claimtrack.cli.commands" in loaded  # the help was built
    unwanted = ["cattrs", "rapidfuzz", "syntok", "bm25s", "openpyxl", "docx",
                "claimtrack.casebook", "claimtrack.serialization", "claimtrack.aids"]  # fmt: skip
    assert [name for name in unwanted if name in loaded] == []


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
