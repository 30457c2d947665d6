"""The one canonical JSON writer and reader of a casebook, and its JSON Schema.

:mod:`~claimtrack.serialization.writer` writes the document, :mod:`~claimtrack.serialization.reader`
reads it back, both through the converter of :mod:`~claimtrack.serialization.converter`, with
msgspec fast paths (:mod:`~claimtrack.serialization.canonical`,
:mod:`~claimtrack.serialization.mirror`, :mod:`~claimtrack.serialization.fast_reader`,
:mod:`~claimtrack.serialization.trusted`) checked against them;
``casebook.schema.json`` (beside this file) describes it, generated from the model by
:mod:`~claimtrack.serialization.schema`.
"""

from claimtrack.serialization.converter import FORMAT_VERSION
from claimtrack.serialization.reader import load, loads
from claimtrack.serialization.writer import dumps, dumps_bytes

__all__ = ["FORMAT_VERSION", "dumps", "dumps_bytes", "load", "loads"]
