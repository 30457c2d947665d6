"""The worked example that ships with claimtrack: the Belarus/CSTO case from the five seed articles.

:func:`build_casebook` builds it (the same casebook ``examples/belarus_csto.py`` builds),
:func:`write_demo` writes its three outputs and a copy of the seeds, which is what
``claimtrack demo OUT_DIR`` does, so the tutorial can be followed from an installed wheel.
:func:`seeds_dir` finds the seed articles: inside the installed package (the wheel ships them
as ``claimtrack/demo/seeds/``), else in the checkout's ``seeds/``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from claimtrack.casebook import Casebook
from claimtrack.demo import belarus
from claimtrack.errors import ClaimtrackError
from claimtrack.host.default import export

__all__ = ["OUTPUTS", "build_casebook", "seeds_dir", "summary", "write_demo"]

#: The files the demo writes, in order: the Word memo, the Excel workbook, the casebook JSON.
OUTPUTS = ("brief.docx", "evidence.xlsx", "casebook.json")

_PACKAGED = Path(__file__).resolve().parent / "seeds"
_CHECKOUT = Path(__file__).resolve().parent.parent.parent / "seeds"


def seeds_dir() -> Path:
    """The directory holding the five seed articles (package data, else the checkout's)."""
    for candidate in (_PACKAGED, _CHECKOUT):
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    raise ClaimtrackError(
        f"the seed articles are not installed (looked in {_PACKAGED} and {_CHECKOUT}); "
        f"reinstall claimtrack from a wheel or a checkout"
    )


def build_casebook(seeds: str | os.PathLike[str] | None = None) -> Casebook:
    """The whole Belarus/CSTO case from the seed articles in ``seeds`` (default: the shipped ones).

    Five articles, eight people, five claims with the analyst's likelihood and confidence,
    forty verified quotes, the analyst's contradictions and the detector's candidates, two of
    them reviewed.
    """
    return belarus.build_casebook(Path(seeds) if seeds is not None else seeds_dir())


summary = belarus.summary


def write_demo(
    out_dir: str | os.PathLike[str],
    *,
    seeds: str | os.PathLike[str] | None = None,
    copy_seeds: bool = True,
    progress: Callable[[str], Callable[[int, int], None] | None] | None = None,
) -> tuple[Casebook, list[Path]]:
    """Build the case and write :data:`OUTPUTS` into ``out_dir``; return the book and the paths.

    With ``copy_seeds`` the seed articles are copied to ``out_dir/seeds/`` first (existing
    files there are left alone), so the tutorial's ``load_corpus("seeds")`` works from
    ``out_dir``. ``progress(name)`` may return a progress callback for each output's export.
    """
    source = Path(seeds) if seeds is not None else seeds_dir()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if copy_seeds:
        target = out / "seeds"
        target.mkdir(exist_ok=True)
        for article in sorted(source.glob("*.txt")):
            if not (target / article.name).exists():
                written.append(Path(shutil.copyfile(article, target / article.name)))
    book = belarus.build_casebook(source)
    for name in OUTPUTS:
        callback = progress(name) if progress is not None else None
        written.append(export(book, out / name, progress=callback))
    return book, written
