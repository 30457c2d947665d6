"""claimtrack: claims, the evidence quoted for and against them, and contradictions across articles.

This façade re-exports the names most scripts need (``__all__``, 35 of them); everything else lives
in the layer that owns it (see docs/architecture.md): exceptions in :mod:`claimtrack.errors`, the
rest of the vocabularies in :mod:`claimtrack.model`, the plugin host in :mod:`claimtrack.host`.
``import claimtrack`` stays light: openpyxl, python-docx, bm25s, numpy and pandas load only when an
exporter, a reading aid or :func:`frames` needs them.
"""

from __future__ import annotations

from claimtrack.aids.quotations import extract_quotations
from claimtrack.aids.statements import compare_statements
from claimtrack.aids.suggest import suggest
from claimtrack.casebook import Casebook
from claimtrack.errors import ClaimtrackError
from claimtrack.frames import frames
from claimtrack.host.articles import load_article, load_corpus
from claimtrack.host.contracts import Exporter
from claimtrack.host.default import export, export_bytes, register_plugin
from claimtrack.host.detection import detect_contradictions
from claimtrack.host.hookspecs import hookimpl
from claimtrack.model import (
    Actor,
    Article,
    Claim,
    Confidence,
    Contradiction,
    Credibility,
    Evidence,
    Likelihood,
    PartialDate,
    Reliability,
    Role,
    Stance,
)
from claimtrack.quotes.anchoring import locate_quote
from claimtrack.reading.corpus import Corpus
from claimtrack.reading.readers import Reader, ReadResult
from claimtrack.serialization.reader import load, loads
from claimtrack.text.dates import parse_date
from claimtrack.text.sentences import split_sentences

# A literal, read by the build (pyproject's [tool.hatch.version]): importing claimtrack costs no
# package-metadata lookup.
__version__ = "0.2.0.dev0"

__all__ = [
    "Actor",
    "Article",
    "Casebook",
    "Claim",
    "ClaimtrackError",
    "Confidence",
    "Contradiction",
    "Corpus",
    "Credibility",
    "Evidence",
    "Exporter",
    "Likelihood",
    "PartialDate",
    "ReadResult",
    "Reader",
    "Reliability",
    "Role",
    "Stance",
    "__version__",
    "compare_statements",
    "detect_contradictions",
    "export",
    "export_bytes",
    "extract_quotations",
    "frames",
    "hookimpl",
    "load",
    "load_article",
    "load_corpus",
    "loads",
    "locate_quote",
    "parse_date",
    "register_plugin",
    "split_sentences",
    "suggest",
]
