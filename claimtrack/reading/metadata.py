"""Article metadata stated beside the text: YAML front matter, a JSON sidecar, a CSV manifest.

All three give the same fields, checked the same way (:func:`metadata_from_mapping`):

========== ============================================================================
title       the headline (text)
authors     a list of names, or one name (``author`` is accepted too)
url         the page's address (``http://`` or ``https://``)
publisher   the outlet (text)
published   a date: ``2024-03-12``, ``2024-03``, ``2024``, ``12 March 2024``… (``date`` too)
language    a language tag: ``en``, ``fr``, ``pt-BR``
========== ============================================================================

Any bad value is an :class:`~claimtrack.errors.ArticleLoadError` naming the file, the line (front
matter, manifest) and the field. Unknown keys are ignored (front matter often carries a site
generator's own keys), except near-misses of a known one (``pubished``), which are refused
with the key meant, since a silently ignored date is worse than an error.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import json
import re
from collections.abc import Mapping

from attrs import frozen

from claimtrack.errors import ArticleLoadError
from claimtrack.model import PartialDate
from claimtrack.text.dates import parse_date

__all__ = [
    "FIELDS",
    "MANIFEST_NAME",
    "ArticleMetadata",
    "metadata_from_mapping",
    "read_front_matter",
    "read_manifest",
    "read_sidecar",
]

MANIFEST_NAME = "manifest.csv"
FIELDS = ("title", "authors", "url", "publisher", "published", "language")
_ALIASES = {"author": "authors", "date": "published"}
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
_FRONT_OPEN = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)


@frozen
class ArticleMetadata:
    """What a file's front matter, sidecar or manifest row says; ``None``/``()`` where silent."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    publisher: str | None = None
    published: PartialDate | None = None
    language: str | None = None

    def over(self, other: ArticleMetadata) -> ArticleMetadata:
        """These values where stated, ``other``'s elsewhere."""
        return ArticleMetadata(
            title=self.title or other.title,
            authors=self.authors or other.authors,
            url=self.url or other.url,
            publisher=self.publisher or other.publisher,
            published=self.published or other.published,
            language=self.language or other.language,
        )


def metadata_from_mapping(
    values: Mapping[str, object] | Mapping[object, object],
    where: str,
    lines: Mapping[str, int] | None = None,
) -> ArticleMetadata:
    """Check and convert ``values`` (keys as in :data:`FIELDS`); errors name ``where``.

    ``lines`` gives the line of each key, added to ``where`` in messages (``a.md:3``).
    """
    found: dict[str, object] = {}
    for raw_key, value in values.items():
        key = str(raw_key).strip().lower()
        at = f"{where}:{lines[str(raw_key)]}" if lines and str(raw_key) in lines else where
        field = _ALIASES.get(key, key)
        if field not in FIELDS:
            _refuse_near_miss(key, at)
            continue
        if value is None or value == "" or value == []:
            continue
        found[field] = _convert(field, value, at)
    return ArticleMetadata(**found)  # type: ignore[arg-type]


def _refuse_near_miss(key: str, at: str) -> None:
    close = difflib.get_close_matches(key, (*FIELDS, *_ALIASES), n=1, cutoff=0.8)
    if close:
        raise ArticleLoadError(
            at,
            f"unknown metadata field {key!r}",
            f"did you mean {close[0]!r}? fields: " + ", ".join(FIELDS),
        )


def _convert(field: str, value: object, at: str) -> object:
    if field == "authors":
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list | tuple) or not all(
            isinstance(n, str) and n.strip() for n in names
        ):
            raise _bad(at, field, value, "a name or a list of names")
        return tuple(n.strip() for n in names)
    if field == "published":
        return _date(value, at)
    if not isinstance(value, str) or not value.strip():
        raise _bad(at, field, value, "text")
    text = value.strip()
    if field == "url" and not _URL.fullmatch(text):
        raise _bad(at, field, value, "an address starting with http:// or https://")
    if field == "language" and not _LANGUAGE.fullmatch(text):
        raise _bad(at, field, value, "a language tag such as en, fr or pt-BR")
    return text


def _date(value: object, at: str) -> PartialDate:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return PartialDate.day(value.year, value.month, value.day)
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 2999:
        return PartialDate.year(value)
    parsed = parse_date(value) if isinstance(value, str) else None
    if parsed is None:
        raise _bad(at, "published", value, "a date with its year: 2024-03-12, 2024-03, 2024")
    return parsed


def _bad(at: str, field: str, value: object, wanted: str) -> ArticleLoadError:
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
    return ArticleLoadError(at, f"metadata field {field!r} is {shown}", f"write {wanted}")


# ------------------------------------------------------------------------- front matter


def read_front_matter(text: str, name: str) -> tuple[ArticleMetadata, int]:
    """The metadata of a ``---``-fenced YAML block opening ``text``, and where the body starts.

    Returns ``(ArticleMetadata(), 0)`` when ``text`` has no front matter. YAML errors name the
    line and column (ruamel.yaml reports them), counted from the file's first line.
    """
    opening = _FRONT_OPEN.match(text)
    if opening is None:
        return ArticleMetadata(), 0
    closing = _FRONT_CLOSE.search(text, opening.end())
    if closing is None:
        raise ArticleLoadError(
            f"{name}:1", "front matter opened with --- is never closed", "end it with a --- line"
        )
    block = text[opening.end() : closing.start()]
    data, lines = _load_yaml(block, name, first_line=2)
    return metadata_from_mapping(data, name, lines), closing.end()


def _load_yaml(block: str, name: str, first_line: int) -> tuple[dict[str, object], dict[str, int]]:
    from ruamel.yaml import YAML  # lazily: only files with front matter need it
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="rt", pure=True)
    try:
        data = yaml.load(block)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = first_line + (mark.line if mark is not None else 0)
        column = (mark.column + 1) if mark is not None else 1
        raise ArticleLoadError(
            f"{name}:{line}:{column}",
            f"front matter is not valid YAML ({exc.problem})",
            "fix the YAML between the --- lines",
        ) from None
    except YAMLError as exc:
        raise ArticleLoadError(name, f"front matter is not valid YAML ({exc})", "fix it") from None
    if data is None:
        return {}, {}
    if not isinstance(data, Mapping):
        raise ArticleLoadError(
            f"{name}:{first_line}", "front matter is not a set of key: value lines", "fix it"
        )
    lines = {str(k): first_line + data.lc.key(k)[0] for k in data} if hasattr(data, "lc") else {}
    return dict(data), lines


# ------------------------------------------------------------------------------ sidecar


def read_sidecar(data: bytes, name: str) -> ArticleMetadata:
    """The metadata of a JSON sidecar (``article.json`` beside ``article.txt``): one object."""
    try:
        values = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ArticleLoadError(name, "sidecar is not UTF-8", "re-save it as UTF-8") from None
    except json.JSONDecodeError as exc:
        raise ArticleLoadError(
            f"{name}:{exc.lineno}:{exc.colno}", f"sidecar is not valid JSON ({exc.msg})", "fix it"
        ) from None
    if not isinstance(values, dict):
        raise ArticleLoadError(name, "sidecar must hold one JSON object", 'write {"title": …}')
    return metadata_from_mapping(values, name)


# ----------------------------------------------------------------------------- manifest


def read_manifest(data: bytes, name: str) -> dict[str, tuple[int, ArticleMetadata]]:
    """The rows of a folder's ``manifest.csv`` by file name (column ``file``), with their line.

    Other columns: :data:`FIELDS` (``authors`` separated by ``;``). Errors name the row's line.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ArticleLoadError(name, "manifest is not UTF-8", "re-save it as UTF-8") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "file" not in header:
        raise ArticleLoadError(
            f"{name}:1", "manifest has no 'file' column", "first line: file,url,title,…"
        )
    rows: dict[str, tuple[int, ArticleMetadata]] = {}
    for row in reader:
        at = f"{name}:{reader.line_num}"
        values = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
        if None in row:
            raise ArticleLoadError(at, "row has more cells than the header", "quote the commas")
        file = values.pop("file", "")
        if not file:
            raise ArticleLoadError(at, "row names no file", "fill in the 'file' column")
        if file in rows:
            raise ArticleLoadError(at, f"file {file!r} is listed twice", "keep one row per file")
        if values.get("authors"):
            values["authors"] = [a.strip() for a in values["authors"].split(";") if a.strip()]  # type: ignore[assignment]
        rows[file] = (reader.line_num, metadata_from_mapping(values, at))
    return rows
