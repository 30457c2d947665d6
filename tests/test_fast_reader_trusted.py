"""The fast reader's bulk step builds Evidence exactly as the constructor does, or not at all.

``evidence_of`` sets a record's fields directly once msgspec and the re-encoding have made most
of the constructor's checks (claimtrack/serialization/trusted.py). Its contract: given a mirror
of the types msgspec decodes and strings without surrogates (what the re-encoding guarantees),
it returns what ``Evidence(...)`` returns, or raises what ``Evidence(...)`` raises. Through the
reader, a document the checks refuse is declined by the fast path and both paths give the same
message.
"""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from claimtrack import Article, Casebook, Claim, Evidence
from claimtrack.errors import ClaimtrackError
from claimtrack.model import Credibility, Interpolation, Stance, TextQuoteSelector
from claimtrack.reading.limits import current_limits
from claimtrack.serialization import reader, trusted
from claimtrack.serialization.converter import parse_date
from claimtrack.serialization.fast_reader import fast_records
from claimtrack.serialization.mirror import MIRRORS
from claimtrack.serialization.reader import loads
from claimtrack.serialization.writer import dumps_bytes
from tests.test_json_fastpath import _render  # the canonical layout of a plain document

# Strings as the re-encoding lets them through: any code point but a surrogate.
NO_SURROGATE = st.characters(codec="utf-8")
TEXT = st.text(NO_SURROGATE, max_size=6)
BLANK = st.sampled_from(["", " ", "\u3000", "\t\n"])


def _rarely(draw: st.DrawFn, usual: st.SearchStrategy[Any], odd: st.SearchStrategy[Any]) -> Any:
    """Mostly what a written casebook holds, now and then what Evidence refuses."""
    return draw(odd if draw(st.integers(0, 15)) == 15 else usual)


WORDS = TEXT.filter(str.strip)
DATES = st.sampled_from([None, None, None, "2017-06-19", "2017-06", "2017", " 2017", "2017-13"])


@st.composite
def segment_tuples(draw: st.DrawFn) -> tuple[TextQuoteSelector, ...]:
    """One to three segments in text order, or (now and then) none, or out of order."""
    exact = st.text(NO_SURROGATE, min_size=1, max_size=4)
    exacts = _rarely(draw, st.lists(exact, min_size=1, max_size=3), st.just([]))
    gaps = draw(st.lists(st.integers(-1, 6), min_size=len(exacts), max_size=len(exacts)))
    segments, at = [], 0
    for exact, gap in zip(exacts, gaps, strict=True):
        start = max(0, at + gap)
        segments.append(TextQuoteSelector(exact=exact, start=start, end=start + len(exact)))
        at = start + len(exact)
    return tuple(segments)


@st.composite
def mirrors(draw: st.DrawFn) -> Any:
    """An evidence mirror of the types msgspec decodes, its values at times ones Evidence
    refuses (blank ids, an empty rendering, no segments, overlapping ones, a bad date)."""
    interpolation = Interpolation(inserted="him", replaced="", start=0, end=0)
    return MIRRORS["evidence"](
        id=_rarely(draw, WORDS, BLANK), claim=_rarely(draw, WORDS, BLANK),
        article=_rarely(draw, WORDS, BLANK), segments=draw(segment_tuples()),
        stance=draw(st.sampled_from(Stance)), speaker=draw(st.none() | TEXT),
        said_on=draw(DATES), credibility=draw(st.sampled_from(Credibility)),
        notes=draw(TEXT), rendering=_rarely(draw, TEXT.filter(bool), st.just("")),
        typed=draw(st.none() | TEXT), accepted=tuple(draw(st.lists(TEXT, max_size=2))),
        interpolations=draw(st.sampled_from([(), (interpolation,)])),
        orphaned=draw(st.booleans()),
    )  # fmt: skip


def _by_constructor(mirrored: Any) -> Evidence:
    values = {f.name: getattr(mirrored, f.name) for f in attrs.fields(Evidence)}
    if values["said_on"] is not None:  # parsed as the reference reader's converter parses it
        values["said_on"] = parse_date(values["said_on"])
    return Evidence(**values)


def _outcome(build: Any, mirrored: Any) -> tuple[Any, ...]:
    try:
        return ("built", build(mirrored))
    except (TypeError, ValueError) as exc:
        return ("refused", type(exc), str(exc))


def test_the_module_accounts_for_every_check_of_evidence() -> None:
    """Evidence's fields, validators and converters are those the module's table covers: a
    change to them fails here until trusted.py is brought up to date (until then the
    constructor builds every record, correct but slower)."""
    assert trusted.ACCOUNTS_FOR_THE_MODEL


@settings(max_examples=400, deadline=None)
@given(mirrored=mirrors())
def test_evidence_of_builds_what_the_constructor_builds_or_refuses_alike(mirrored: Any) -> None:
    fast, slow = _outcome(trusted.evidence_of, mirrored), _outcome(_by_constructor, mirrored)
    assert fast == slow
    event(fast[0] if fast[0] == "built" else f"refused: {fast[2].split()[0]}")
    if fast[0] == "built":
        built, reference = fast[1], slow[1]
        assert type(built) is Evidence
        for field in attrs.fields(Evidence):  # the very values, not merely equal ones
            assert getattr(built, field.name) is getattr(reference, field.name)
        assert hash(built) == hash(reference)


def _book() -> Casebook:
    text = "He said the alliance would hold, and it held."
    exact = "the alliance would hold"
    start = text.index(exact)
    return Casebook.from_records(
        articles=[Article(id="a", text=text)],
        claims=[Claim("c", "The alliance holds.")],
        evidence=[
            Evidence(
                id="e", claim="c", article="a", stance="supports", said_on="2017-06-19",
                segments=(TextQuoteSelector(exact, start=start, end=start + len(exact)),),
            )
        ],
    )  # fmt: skip


def _refusal(load: Any, data: bytes) -> str:
    with pytest.raises(ClaimtrackError) as info:
        load(data)
    return str(info.value)


def _reference_loads(data: bytes) -> Casebook:
    return reader.structure_casebook(json.loads(data))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("notes", None, "expected a string, got null"),
        ("id", " ", "Evidence.id must be a non-empty string"),
        ("claim", "", "Evidence.claim must be a non-empty string"),
        ("rendering", "", "Evidence.rendering must not be empty"),
        ("segments", [], "a quote needs at least one source segment"),
        ("said_on", "2017-13", "is not a valid date"),
        ("orphaned", 0, "expected true or false, got an integer 0"),
    ],
)
def test_what_the_checks_refuse_is_declined_and_explained_alike(
    field: str, value: object, message: str
) -> None:
    doc = json.loads(dumps_bytes(_book()))
    assert fast_records(_render(doc), current_limits()) is not None
    doc["evidence"][0][field] = value
    data = _render(doc)
    assert fast_records(data, current_limits()) is None
    fast, reference = _refusal(loads, data), _refusal(_reference_loads, data)
    assert fast == reference
    assert "$.evidence[0]" in fast and message in fast


def test_overlapping_segments_are_declined_and_explained_alike() -> None:
    doc = json.loads(dumps_bytes(_book()))
    segment = doc["evidence"][0]["segments"][0]
    doc["evidence"][0]["segments"] = [segment, segment]
    data = _render(doc)
    assert fast_records(data, current_limits()) is None
    fast = _refusal(loads, data)
    assert fast == _refusal(_reference_loads, data)
    assert "segments are in text order and never overlap" in fast


def test_the_constructor_still_checks_every_field_itself() -> None:
    """The bulk step leaves the model alone: built in code, a record is checked field by field."""
    (evidence,) = _book().evidence.values()
    with pytest.raises(TypeError, match=r"^Evidence.notes must be a string, not None$"):
        attrs.evolve(evidence, notes=None)
    with pytest.raises(TypeError, match=r"^Claim.notes must be a string, not None$"):
        Claim("c", "x", notes=None)  # type: ignore[arg-type]


def test_evidence_loaded_on_the_fast_path_is_the_constructors() -> None:
    book = _book()
    loaded = loads(dumps_bytes(book))
    assert loaded == book
    (evidence,) = loaded.evidence.values()
    assert evidence.said_on is parse_date("2017-06-19")  # the shared, parsed date
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        evidence.notes = "changed"  # type: ignore[misc]
