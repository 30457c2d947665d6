"""The Word exporter object and its options; python-docx is imported only inside ``write()``."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, cast

import attrs
from attrs import field, frozen

from claimtrack.errors import FormatError
from claimtrack.host.contracts import Exporter

if TYPE_CHECKING:
    from claimtrack.casebook import Casebook

__all__ = ["DocxExporter", "DocxOptions"]


def _optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"docx option {attribute.name!r} must be text or None, got {value!r}")


def _claims(value: object) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return (value,)
    try:
        ids = tuple(cast("Iterable[object]", value))
    except TypeError:
        raise TypeError(
            f"docx option 'claims' must be claim ids (a list of strings) or None, got {value!r}"
        ) from None
    checked = []
    for item in ids:
        if not isinstance(item, str) or not item:
            raise TypeError(f"docx option 'claims' holds {item!r}; claim ids are non-empty strings")
        checked.append(item)
    return tuple(checked)


def _positive_or_none(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(
            f"docx option {attribute.name!r} must be a whole number of at least 1 (or None for "
            f"no limit), got {value!r}"
        )


def _quote_chars(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 40:
        raise ValueError(
            f"docx option {attribute.name!r} must be a whole number of characters, at least 40, "
            f"got {value!r}"
        )


def _path_or_none(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str | os.PathLike):
        return os.fspath(value)  # type: ignore[return-value]
    raise TypeError(f"docx option 'template' must be a path to a .docx file or None, got {value!r}")


def _previous(value: object) -> object:
    """The ``previous`` option: a path to a casebook JSON (kept as text) or a Casebook."""
    if value is None:
        return None
    # Imported here: registering the exporter (as `claimtrack --help` does) must not load the
    # casebook.
    from claimtrack.casebook import Casebook

    if isinstance(value, Casebook):
        return value
    if isinstance(value, str | os.PathLike):
        return os.fspath(value)
    raise TypeError(
        f"docx option 'previous' must be a casebook JSON path or a Casebook, got {value!r}"
    )


def _template(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not value.lower().endswith(".docx"):
        raise ValueError(
            f"docx option 'template' must be a .docx file (save a .dotx as .docx first), "
            f"got {value!r}"
        )


def _bool(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"docx option {attribute.name!r} must be True or False, got {value!r}")


@frozen
class DocxOptions:
    """Options of the Word briefing memo.

    Attributes:
        title: Memo title; defaults to the casebook's title.
        author: Author shown in the title block and document properties; defaults to the
            casebook's author.
        handling: Handling line printed above the title and in the page header and footer,
            e.g. ``"UNCLASSIFIED // FOR OFFICIAL USE"``; ``""`` for none.
        claims: Claim ids to include, in this order; ``None`` for every claim.
        max_quotes_per_claim: Most quotes shown under one claim, 2 by default so the memo
            stays within a few pages (supporting and refuting take turns, best grades first,
            the side with more quotes leading); ``None`` shows all. The memo says how many more
            are in the workbook/JSON.
        max_quote_chars: Quotes longer than this are shortened with an ellipsis and a footnote
            pointing to the full text.
        include_contradictions: Whether to include "Contradictions and alternative views"
            (confirmed and explained contradictions side by side; unreviewed candidates and
            dismissed ones are only counted there).
        include_figure: Whether to draw the evidence-per-year chart (needs matplotlib, the
            ``chart`` extra; without it the memo simply has no figure).
        template: A ``.docx`` whose styles, page setup, header and footer the memo uses.
        previous: The casebook the last memo was written from (a JSON path or a
            :class:`~claimtrack.Casebook`): the memo then says "What changed since <date>"
            (judgments reassessed, evidence added, removed and re-graded, contradictions
            added and resolved, sources added and removed).
        previous_date: The date that section names; by default the previous file's
            modification date.
    """

    title: str | None = field(default=None, validator=_optional_text)
    author: str | None = field(default=None, validator=_optional_text)
    handling: str = field(default="UNCLASSIFIED", validator=attrs.validators.instance_of(str))
    claims: tuple[str, ...] | None = field(default=None, converter=_claims)
    max_quotes_per_claim: int | None = field(default=2, validator=_positive_or_none)
    max_quote_chars: int = field(default=900, validator=_quote_chars)
    include_contradictions: bool = field(default=True, validator=_bool)
    include_figure: bool = field(default=True, validator=_bool)
    template: str | None = field(default=None, converter=_path_or_none, validator=_template)
    # Typed `object`, not Casebook: `claimtrack formats` resolves option types at run time.
    previous: str | object | None = field(default=None, converter=_previous)
    previous_date: str | None = field(default=None, validator=_optional_text)


class DocxExporter(Exporter):
    """The Word briefing memo: bottom line, key judgments, quoted evidence, contradictions."""

    name: ClassVar[str] = "docx"
    extensions: ClassVar[tuple[str, ...]] = (".docx",)
    media_type: ClassVar[str] = (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    description: ClassVar[str] = (
        "Word briefing memo: bottom line, key judgments, quotes with footnoted sources, "
        "contradictions side by side."
    )
    Options: ClassVar[type[Any]] = DocxOptions

    def write(
        self, casebook: Casebook, stream: BinaryIO, options: DocxOptions | None = None
    ) -> None:
        """Build the memo for ``casebook`` and save it to ``stream``."""
        if options is None:
            options = DocxOptions()
        if not isinstance(options, DocxOptions):
            raise FormatError(f"the docx exporter takes DocxOptions, got {type(options).__name__}")
        if options.template is not None and not os.path.isfile(options.template):
            raise FormatError(
                f"docx template {options.template!r} does not exist; pass the path of a .docx file"
            )
        if options.claims is not None:
            unknown = [c for c in options.claims if c not in casebook.claims]
            if unknown:
                known = ", ".join(repr(c) for c in list(casebook.claims)[:8]) or "none"
                raise FormatError(
                    f"docx option 'claims' names unknown "
                    f"{'claim' if len(unknown) == 1 else 'claims'} {', '.join(map(repr, unknown))}"
                    f" (known: {known})"
                )
        from .memo import build_memo  # python-docx loads here, not on import

        document = build_memo(casebook, options)
        document.save(stream)
