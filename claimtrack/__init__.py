"""claimtrack: claims, the evidence quoted for and against them, and contradictions across articles.

This façade re-exports the names most scripts need (``__all__``, 35 of them); everything else lives
in the layer that owns it (see docs/architecture.md): exceptions in :mod:`claimtrack.errors`, the
rest of the vocabularies in :mod:`claimtrack.model`, the plugin host in :mod:`claimtrack.host`.
``import claimtrack`` stays light: each name is imported from its layer on first use (PEP 562
``__getattr__``), so a script pays only for what it touches; openpyxl, python-docx, bm25s,
numpy and pandas load only when an exporter, a reading aid or :func:`frames` needs them.
"""

from __future__ import annotations

import importlib

# Not typing.TYPE_CHECKING: importing typing alone costs more than the rest of this module.
TYPE_CHECKING = False
if TYPE_CHECKING:  # what the names are, for type checkers and the API docs
    from typing import Any

    from claimtrack.aids.quotations import extract_quotations
    from claimtrack.aids.statements import compare_statements
    from claimtrack.aids.suggest import suggest
    from claimtrack.casebook import Casebook
    from claimtrack.dataframes import frames
    from claimtrack.errors import ClaimtrackError
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

#: Where each public name lives: imported from there on first use (PEP 562), then kept here.
_HOMES: dict[str, str] = {
    "extract_quotations": "claimtrack.aids.quotations",
    "compare_statements": "claimtrack.aids.statements",
    "suggest": "claimtrack.aids.suggest",
    "Casebook": "claimtrack.casebook",
    "ClaimtrackError": "claimtrack.errors",
    "frames": "claimtrack.dataframes",
    "load_article": "claimtrack.host.articles",
    "load_corpus": "claimtrack.host.articles",
    "Exporter": "claimtrack.host.contracts",
    "export": "claimtrack.host.default",
    "export_bytes": "claimtrack.host.default",
    "register_plugin": "claimtrack.host.default",
    "detect_contradictions": "claimtrack.host.detection",
    "hookimpl": "claimtrack.host.hookspecs",
    "Actor": "claimtrack.model",
    "Article": "claimtrack.model",
    "Claim": "claimtrack.model",
    "Confidence": "claimtrack.model",
    "Contradiction": "claimtrack.model",
    "Credibility": "claimtrack.model",
    "Evidence": "claimtrack.model",
    "Likelihood": "claimtrack.model",
    "PartialDate": "claimtrack.model",
    "Reliability": "claimtrack.model",
    "Role": "claimtrack.model",
    "Stance": "claimtrack.model",
    "locate_quote": "claimtrack.quotes.anchoring",
    "Corpus": "claimtrack.reading.corpus",
    "Reader": "claimtrack.reading.readers",
    "ReadResult": "claimtrack.reading.readers",
    "load": "claimtrack.serialization.reader",
    "loads": "claimtrack.serialization.reader",
    "parse_date": "claimtrack.text.dates",
    "split_sentences": "claimtrack.text.sentences",
}


#: The layers, reachable as attributes (``claimtrack.host.PluginHost``) as when they were
#: imported eagerly.
_LAYERS = frozenset(
    {"errors", "model", "text", "reading", "quotes", "aids", "casebook", "serialization", "host"}
    | {"cli"}
)


def __getattr__(name: str) -> Any:
    if name in _LAYERS:
        return importlib.import_module(f"claimtrack.{name}")
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'claimtrack' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later lookups are plain module attributes
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
