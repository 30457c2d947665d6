"""The benchmarks still compare like with like: each runs at a small size and its content check
(the exporter and the bare-library baseline wrote the same content) passes. Nothing here looks
at a time: the numbers are for docs/performance.md, not for a test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("script", "args", "said"),
    [
        ("bench_xlsx.py", ["--rows", "300", "--repeat", "1", "--no-memory"], "content check: same"),
        (
            "bench_docx.py",
            ["--claims", "20", "--evidence", "200", "--repeat", "1"],
            "content check: same",
        ),
        ("bench_json.py", ["--evidence", "300", "--repeat", "1", "--no-memory"], "ratio dump+load"),
    ],
)
def test_a_benchmark_checks_its_baseline_wrote_the_same_content(
    script: str, args: list[str], said: str
) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=BENCHMARKS,
    )
    assert done.returncode == 0, done.stderr[-2000:] or done.stdout[-2000:]
    assert said in done.stdout
