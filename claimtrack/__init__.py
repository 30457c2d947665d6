"""claimtrack: claims, the evidence quoted for and against them, and contradictions across articles.

The public API is re-exported here; everything else is internal. ``import claimtrack`` stays light:
openpyxl, python-docx, bm25s and numpy load only when an exporter or a reading aid needs them.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from claimtrack.aids.quotations import Quotation, extract_quotations
from claimtrack.aids.statements import Signal, compare_statements
from claimtrack.aids.suggest import Suggestion, suggest
from claimtrack.casebook.book import Casebook, TimelineEntry
from claimtrack.casebook.contradictions import PositionChange, position_changes
from claimtrack.errors import (
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
from claimtrack.host.articles import load_article, load_corpus
from claimtrack.host.contracts import Exporter, NoOptions
from claimtrack.host.default import export, export_bytes, get_host, register_plugin
from claimtrack.host.detection import detect_contradictions
from claimtrack.host.hookspecs import hookimpl, hookspec
from claimtrack.host.listing import PluginWarning
from claimtrack.host.registry import PluginHost
from claimtrack.model import (
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
from claimtrack.quotes.anchoring import locate_quote, reanchor
from claimtrack.reading.cleaning import CleanResult, Dropped, DropReason, clean
from claimtrack.reading.corpus import Corpus
from claimtrack.reading.readers import Reader, ReadResult
from claimtrack.serialization.reader import load, loads
from claimtrack.text.dates import parse_date
from claimtrack.text.sentences import Sentence, split_sentences

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
    "CleanResult",
    "Confidence",
    "Contradiction",
    "ContradictionKind",
    "ContradictionLevel",
    "ContradictionStatus",
    "Corpus",
    "Credibility",
    "DatePrecision",
    "DropReason",
    "Dropped",
    "Evidence",
    "ExportError",
    "Exporter",
    "FormatError",
    "Likelihood",
    "NoOptions",
    "PartialDate",
    "PluginError",
    "PluginHost",
    "PluginWarning",
    "PositionChange",
    "Quotation",
    "QuoteNotFound",
    "ReadResult",
    "Reader",
    "Reliability",
    "Role",
    "SchemaError",
    "Sentence",
    "Signal",
    "Source",
    "Stance",
    "Suggestion",
    "TextQuoteSelector",
    "TimelineEntry",
    "ValidationError",
    "__version__",
    "clean",
    "compare_statements",
    "detect_contradictions",
    "export",
    "export_bytes",
    "extract_quotations",
    "get_host",
    "hookimpl",
    "hookspec",
    "load",
    "load_article",
    "load_corpus",
    "loads",
    "locate_quote",
    "parse_date",
    "position_changes",
    "reanchor",
    "register_plugin",
    "split_sentences",
    "suggest",
]
