"""The main job: the Belarus/CSTO casebook built from ``seeds/``, written as Word, Excel and JSON.

Run it from the repository root::

    python examples/belarus_csto.py     # out/brief.docx, out/evidence.xlsx, out/casebook.json
    python examples/belarus_csto.py --out /tmp/case --seeds path/to/seeds

The case itself (every claim, quote, contradiction and judgment, each quote verified against its
seed article) lives in the package, :mod:`claimtrack.demo` (``claimtrack/demo/belarus*.py``), so
an installed claimtrack can write it too: ``claimtrack demo OUT_DIR``. The analyst's own
judgments are marked as such there: the publication years of seeds 000-002 (the saved pages give
no year), dates of statements whose year the text leaves implicit, the outlets' reliability
grades, each claim's likelihood and confidence, and the bottom line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import claimtrack
from claimtrack import Casebook
from claimtrack.demo import OUTPUTS, summary
from claimtrack.demo import build_casebook as build_demo

HERE = Path(__file__).resolve().parent
DEFAULT_SEEDS = HERE.parent / "seeds"


def build_casebook(seeds: Path = DEFAULT_SEEDS) -> Casebook:
    """The whole case, ready to export: articles, people, claims, evidence, contradictions."""
    return build_demo(seeds)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the casebook, write the three outputs, print where and a summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("out"), help="output directory")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="seed articles")
    args = parser.parse_args(argv)
    book = build_casebook(args.seeds)
    args.out.mkdir(parents=True, exist_ok=True)
    written = [claimtrack.export(book, args.out / name) for name in OUTPUTS]
    print(summary(book))
    print("Wrote:")
    for path in written:
        print(f"  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
