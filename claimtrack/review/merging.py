"""Reading a reviewed file through the plugin that reads its format, and merging it.

The core never imports openpyxl: the xlsx plugin registers a review reader
(``register_review_readers``) and this module asks the plugin host for the one that reads the
file's suffix, as article files are read through ``register_readers``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from claimtrack.errors import ClaimtrackError, ReviewError
from claimtrack.host.default import get_host
from claimtrack.review.apply import apply_review
from claimtrack.review.content import WorkbookReview

if TYPE_CHECKING:
    from claimtrack.casebook import Casebook
    from claimtrack.host.registry import PluginHost
    from claimtrack.review.report import ChangeReport

__all__ = ["merge_workbook", "read_review"]


def read_review(path: str | os.PathLike[str], *, host: PluginHost | None = None) -> WorkbookReview:
    """Read a reviewed file with the review reader registered for its suffix.

    Raises :class:`~claimtrack.errors.FormatError` when no plugin reads the suffix, and
    :class:`~claimtrack.errors.ReviewError` when the file cannot be read as a review (the
    message names the cells) or the reader plugin fails (the message names the plugin).
    """
    chosen = host if host is not None else get_host()
    plugin, reader = chosen.review_reader_for(path)
    try:
        review = reader.read(Path(path))
    except (ClaimtrackError, OSError):
        raise
    except Exception as exc:  # why: a plugin's bug is reported with the plugin's name
        raise ReviewError(
            f"{os.fspath(path)}: review reader {reader.name!r} of plugin {plugin!r} failed: "
            f"{type(exc).__name__}: {exc}"
        ) from exc
    if not isinstance(review, WorkbookReview):
        raise ReviewError(
            f"review reader {reader.name!r} of plugin {plugin!r} returned "
            f"{type(review).__name__}, not a claimtrack.review.WorkbookReview"
        )
    return review


def merge_workbook(
    book: Casebook, path: str | os.PathLike[str], *, host: PluginHost | None = None
) -> tuple[Casebook, ChangeReport]:
    """Read the reviewed workbook at ``path`` and apply it to a copy of ``book``.

    Returns the merged casebook and the :class:`~claimtrack.review.ChangeReport`; ``book`` is
    not changed. See :func:`~claimtrack.review.apply_review` for what is applied and what is
    reported as a conflict or a refusal.
    """
    return apply_review(book, read_review(path, host=host))
