"""`import claimtrack`, and listing the formats, stay light (DESIGN §8: heavy imports on demand)."""

from __future__ import annotations

import ast
import subprocess
import sys

HEAVY = ("openpyxl", "docx", "lxml", "bm25s", "numpy", "scipy", "matplotlib", "pandas")


def _loaded_after(code: str) -> list[str]:
    probe = code + f"\nimport sys\nprint(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    return ast.literal_eval(result.stdout.strip().splitlines()[-1])  # a printed list of names


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
