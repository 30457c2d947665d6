"""claimtrack: claims, the evidence quoted for and against them, and contradictions across articles.

The public API is re-exported here; everything else is internal. ``import claimtrack`` stays light:
openpyxl, python-docx, bm25s and numpy load only when an exporter or a reading aid needs them.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .anchoring import locate_quote, reanchor
from .casebook import Casebook, TimelineEntry
from .errors import (
    AmbiguousQuote,
    ArticleLoadError,
    CasebookError,
    ClaimtrackError,
    ExportError,
    FormatError,
    PluginError,
    QuoteNotFound,
    SchemaError,
    ValidationError,
)
from .exporters import Exporter, NoOptions
from .model import (
    Actor,
    Article,
    Claim,
    Confidence,
    Contradiction,
    ContradictionKind,
    ContradictionLevel,
    ContradictionStatus,
    Credibility,
    DatePrecision,
    Evidence,
    Likelihood,
    PartialDate,
    Reliability,
    Role,
    Source,
    Stance,
    TextQuoteSelector,
)

try:
    __version__ = version("claimtrack")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

__all__ = [
    "Actor",
    "AmbiguousQuote",
    "Article",
    "ArticleLoadError",
    "Casebook",
    "CasebookError",
    "Claim",
    "ClaimtrackError",
    "Confidence",
    "Contradiction",
    "ContradictionKind",
    "ContradictionLevel",
    "ContradictionStatus",
    "Credibility",
    "DatePrecision",
    "Evidence",
    "ExportError",
    "Exporter",
    "FormatError",
    "Likelihood",
    "NoOptions",
    "PartialDate",
    "PluginError",
    "QuoteNotFound",
    "Reliability",
    "Role",
    "SchemaError",
    "Source",
    "Stance",
    "TextQuoteSelector",
    "TimelineEntry",
    "ValidationError",
    "__version__",
    "locate_quote",
    "reanchor",
]
