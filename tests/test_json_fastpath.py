"""The msgspec fast paths of the JSON writer and reader agree with the reference paths.

Writer: ``dumps_bytes`` (msgspec) writes exactly the bytes of the reference writer
(``encode_piece(dumps(...))``, the standard library's ``json``) for every casebook.
Reader: ``loads`` takes the fast path for a canonical document and falls back to the reference
reader otherwise; on generated and mutated documents both end the same way: the same casebook,
or the same error (type, JSON path and message). msgspec alone keeps the last of two equal keys,
takes ``"Supports"`` for a stance and reads numbers of any length: those cases are pinned here.
"""

from __future__ import annotations

import json
import re
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from claimtrack import Article, Casebook, Evidence, PartialDate, Role
from claimtrack.errors import ClaimtrackError, SchemaError
from claimtrack.host.testing import empty_casebook, hostile_casebook, huge_quote_casebook
from claimtrack.model import Actor, Claim, Contradiction, Interpolation, Source, TextQuoteSelector
from claimtrack.reading.limits import Limits, current_limits
from claimtrack.serialization import reader
from claimtrack.serialization.canonical import document_layout
from claimtrack.serialization.converter import SECTIONS, TEXT_FIELDS
from claimtrack.serialization.fast_reader import fast_records
from claimtrack.serialization.reader import loads
from claimtrack.serialization.writer import _SPLIT_PAIR, dumps, dumps_bytes, encode_piece

# Any code point, lone surrogates and characters JSON must escape included.
CHARS = st.one_of(
    st.characters(min_codepoint=0, max_codepoint=0x10FFFF, categories=None),
    st.sampled_from(['"', "\\", "\n", "\x00", "\x7f", "\u2028", "\ud800", "\udfff", "é", "🙂"]),
)
TEXT = st.text(CHARS, min_size=0, max_size=12).filter(lambda t: not _SPLIT_PAIR.search(t))
WORD = TEXT.filter(lambda t: bool(t.strip()))


def _selector(text: str, start: int, end: int) -> TextQuoteSelector:
    return TextQuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - 32) : start],
        suffix=text[end : end + 32],
        start=start,
        end=end,
    )


@st.composite
def casebooks(draw: st.DrawFn) -> Casebook:
    """A casebook with one record of every kind and the odd field of each set."""
    body = draw(st.text(CHARS, min_size=6, max_size=40).filter(lambda t: not _SPLIT_PAIR.search(t)))
    text = "Quote: " + body
    cut = draw(st.integers(8, len(text) - 1))
    dates = [None, PartialDate.parse("2017-06"), PartialDate.parse("2017")]
    article = Article(
        id=draw(WORD), text=text, title=draw(st.none() | TEXT),
        authors=draw(st.lists(TEXT, max_size=2)), published=draw(st.sampled_from(dates)),
    )  # fmt: skip
    claims = [
        Claim(id="c1", statement=draw(WORD), tags=(draw(TEXT),)),
        Claim(id="c2", statement="x"),
    ]
    evidence = Evidence(
        id=draw(WORD), claim="c1", article=article.id,
        segments=(_selector(text, 0, 5), _selector(text, 7, cut)),
        interpolations=(Interpolation(inserted=draw(WORD), replaced=text[5:7], start=5, end=7),),
        stance=draw(st.sampled_from(["supports", "refutes", "neutral"])),
        said_on=draw(st.sampled_from([None, "2017-06-19", "2017-11-27/2017-12-03"])),
        credibility=draw(st.integers(1, 6)), notes=draw(TEXT), typed=draw(st.none() | WORD),
        accepted=draw(st.lists(TEXT, max_size=2)),
    )  # fmt: skip
    orphan = Evidence(
        id="orphan", claim="c2", article=article.id, segments=(_selector("x" * 9, 2, 9),),
        stance="neutral", orphaned=True,
    )  # fmt: skip
    actor = Actor(
        name=draw(WORD), aliases=(draw(WORD),), reliability=draw(st.sampled_from([None, "B"])),
        roles=(Role(draw(WORD), start=PartialDate.parse("2016"), end=None), Role("x")),
    )  # fmt: skip
    return Casebook.from_records(
        title=draw(TEXT), bottom_line=draw(TEXT), author=draw(TEXT),
        articles=[article], actors=[actor], claims=claims, evidence=[evidence, orphan],
        sources=[Source(name=draw(WORD), reliability="C", url=draw(st.none() | TEXT))],
        contradictions=[Contradiction(id="x", level="claims", left="c1", right="c2")],
    )  # fmt: skip


def _reference_loads(data: bytes | str) -> Casebook:
    with mock.patch.object(reader, "fast_records", return_value=None):
        return loads(data)


def _outcome(load: Any, data: bytes | str) -> tuple[Any, ...]:
    try:
        book = load(data)
    except ClaimtrackError as exc:
        return ("refused", type(exc).__name__, str(exc))
    return ("loaded", book, dumps_bytes(book))


def _agree(data: bytes | str, *, count: bool = True) -> tuple[Any, ...]:
    """Both paths end alike; ``count``: tell hypothesis' statistics which path was taken."""
    fast, slow = _outcome(loads, data), _outcome(_reference_loads, data)
    assert fast == slow
    if not count:
        return fast
    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
    took = fast_records(raw.removeprefix(b"\xef\xbb\xbf"), current_limits()) is not None
    event(f"fast path {'taken' if took else 'declined'}, {fast[0]}")
    return fast


def _render(doc: dict[str, Any]) -> bytes:
    """A plain document in the canonical layout (records one a line, keys sorted)."""

    def encode(value: Any) -> bytes:
        return encode_piece(json.dumps(value, ensure_ascii=False, sort_keys=True))

    texts = {name: encode(doc[name]) for name in TEXT_FIELDS}
    sections = {name: [encode(r) for r in doc[name]] for name, _, _ in SECTIONS}
    return b"".join(document_layout(texts, sections))


# ----------------------------------------------------------------------------- writer


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(book=casebooks(), include_raw=st.booleans())
def test_fast_writer_writes_the_reference_bytes(book: Casebook, include_raw: bool) -> None:
    fast = dumps_bytes(book, include_raw=include_raw)
    assert fast == encode_piece(dumps(book, include_raw=include_raw))
    written: list[bytes] = []
    from claimtrack.serialization.writer import write_document

    write_document(book, written.append, include_raw=include_raw)
    assert b"".join(written) == fast


@pytest.mark.parametrize("factory", [empty_casebook, hostile_casebook, huge_quote_casebook])
def test_fast_writer_on_the_testing_kit_casebooks(factory: Any) -> None:
    book = factory()
    assert dumps_bytes(book) == encode_piece(dumps(book))


# ----------------------------------------------------------------------------- reader


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(book=casebooks())
def test_canonical_documents_take_the_fast_path_and_load_equal(book: Casebook) -> None:
    data = dumps_bytes(book)
    surrogate = re.search(rb"(?<!\\)(?:\\\\)*\\ud[89a-f]", data) is not None
    # A lone surrogate is written as an escape msgspec refuses: the reference path reads it.
    assert (fast_records(data, current_limits()) is None) == surrogate
    outcome = _agree(data)
    assert outcome[0] == "loaded" and outcome[1] == book
    assert _agree(data.decode("utf-8")) == outcome


JUNK = st.one_of(
    st.sampled_from(
        [None, True, False, 0, -1, 3, 7, 1.5, 10**20, -(10**20), 10**45, "", " ", "x",
         "Supports", " supports", "supports", "refutes", "claims", "B", "b", "2017-13", "2017-06",
         [], ["a"], [1], [[0, 0, 1]], {}, {"exact": "x"}]
    ),
    TEXT,
)  # fmt: skip


@st.composite
def mutations(draw: st.DrawFn, doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with one record changed: a field set to junk or removed, a key added, a record
    repeated, or a field of a nested record (segment, role, interpolation) changed."""
    section = draw(st.sampled_from([name for name, _, _ in SECTIONS if doc[name]]))
    record = draw(st.sampled_from(doc[section]))
    nested = [k for k, v in record.items() if isinstance(v, list) and v and isinstance(v[0], dict)]
    if nested and draw(st.booleans()):
        record = draw(st.sampled_from(record[draw(st.sampled_from(nested))]))
    action = draw(st.sampled_from(["set", "set", "set", "remove", "add", "repeat"]))
    key = draw(st.sampled_from(sorted(record)))
    if action == "set":
        record[key] = draw(JUNK)
    elif action == "remove":
        del record[key]
    elif action == "add":
        record[draw(st.sampled_from(["extra", "path", "selector", "Stance"]))] = draw(JUNK)
    elif section in doc and record in doc[section]:
        doc[section].append(json.loads(json.dumps(record)))
    return doc


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(book=casebooks(), data=st.data())
def test_mutated_documents_end_alike_on_both_paths(book: Casebook, data: st.DataObject) -> None:
    doc = json.loads(dumps_bytes(book))
    mutated = _render(data.draw(mutations(doc)))
    _agree(mutated)


#: Edits of an evidence record that keep every type msgspec checks, each refused (or not) by a
#: check the fast reader's bulk step makes itself (claimtrack/serialization/trusted.py).
TYPED_EDITS = st.sampled_from(
    [("id", " "), ("claim", "\u3000"), ("article", ""), ("rendering", ""), ("rendering", " "),
     ("said_on", "2017-02-30"), ("said_on", " 2017 "), ("segments", "reversed"),
     ("segments", "doubled"), ("segments", "none"), ("segments", "empty exact")]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(book=casebooks(), edit=TYPED_EDITS, data=st.data())
def test_typed_evidence_edits_end_alike_on_both_paths(
    book: Casebook, edit: tuple[str, str], data: st.DataObject
) -> None:
    doc = json.loads(dumps_bytes(book))
    record = data.draw(st.sampled_from(doc["evidence"]))
    key, value = edit
    segments = record["segments"]
    if key != "segments":
        record[key] = value
    elif value == "reversed":
        record["segments"] = segments[::-1]
    elif value == "doubled":
        record["segments"] = [*segments, segments[-1]]
    elif value == "none":
        record["segments"] = []
    else:
        segments[0].update(exact="", end=segments[0]["start"])
    outcome = _agree(_render(doc))
    event(f"{key} {value}: {outcome[0]}")


KEY_LINE = st.sampled_from(["stance", "id", "exact", "title", "name", "raw", "claim", "level"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(book=casebooks(), data=st.data())
def test_byte_edits_end_alike_on_both_paths(book: Casebook, data: st.DataObject) -> None:
    """Edits of the bytes themselves: a repeated key, an escape, spacing, a cut, a raw byte."""
    text = dumps_bytes(book)
    at = data.draw(st.integers(0, len(text)))
    edit = data.draw(
        st.sampled_from(
            [b" ", b"\n", b"\t", b"\\u0041", b"\x00", b"\xff", b"\xed\xa0\x80", b",", b"0",
             b'"', b"\\", b"}", b"]", b"{", b"1" * 30, b"e1", b".0"]
        )
    )  # fmt: skip
    how = data.draw(st.sampled_from(["insert", "replace", "delete"]))
    if how == "insert":
        text = text[:at] + edit + text[at:]
    elif how == "replace":
        text = text[:at] + edit + text[at + len(edit) :]
    else:
        text = text[:at] + text[at + data.draw(st.integers(1, 8)) :]
    _agree(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(book=casebooks(), key=KEY_LINE, data=st.data())
def test_a_repeated_key_is_refused_on_both_paths(
    book: Casebook, key: str, data: st.DataObject
) -> None:
    text = dumps_bytes(book)
    needle = f'"{key}": '.encode()
    assume(needle in text)
    at = text.index(needle)
    value = encode_piece(json.dumps(data.draw(JUNK), ensure_ascii=False))
    repeated = text[:at] + needle + value + b", " + text[at:]
    outcome = _agree(repeated)
    assert outcome[0] == "refused"
    assert "appears twice" in outcome[2] or "more than 40 digits" in outcome[2]  # 10**45


# ------------------------------------------------------------------------- pinned cases


def _seedlike() -> tuple[Casebook, dict[str, Any]]:
    book = hostile_casebook()
    return book, json.loads(dumps_bytes(book))


def test_a_stance_msgspec_would_take_is_refused() -> None:
    _, doc = _seedlike()
    doc["evidence"][0]["stance"] = "Supports"
    assert fast_records(_render(doc), current_limits()) is None
    outcome = _agree(_render(doc), count=False)
    assert outcome[0] == "refused" and "not a valid stance" in outcome[2]


def test_a_long_number_in_orphaned_evidence_is_refused_by_the_digits_limit() -> None:
    _, doc = _seedlike()
    segment = {"end": 10**30 + 1, "exact": "x", "prefix": "", "start": 10**30, "suffix": ""}
    orphan = dict(doc["evidence"][0], id="orphan-long", orphaned=True, segments=[segment])
    doc["evidence"].append(orphan)
    data = _render(doc)
    assert fast_records(data, current_limits()) is None
    with pytest.raises(ClaimtrackError) as info:
        loads(data, limits=Limits(json_int_digits=20))
    assert "more than 20 digits" in str(info.value)
    loads(data)  # within the default limit (40 digits) it is an orphan like any other


def test_tight_limits_are_left_to_the_reference_reader() -> None:
    data = dumps_bytes(hostile_casebook())
    assert fast_records(data, current_limits()) is not None
    assert fast_records(data, Limits(json_depth=5)) is None
    assert fast_records(data, Limits(json_int_digits=10)) is None
    assert fast_records(data, Limits(json_bytes=len(data) - 1)) is None
    with pytest.raises(SchemaError, match="too large"):  # the limit counts characters
        loads(data, limits=Limits(json_bytes=len(data.decode("utf-8")) - 1))


def test_a_byte_order_mark_and_another_layout_still_load() -> None:
    book, doc = _seedlike()
    assert _agree(b"\xef\xbb\xbf" + dumps_bytes(book), count=False)[1] == book
    assert _agree(json.dumps(doc, indent=2), count=False)[1] == book


def test_the_checks_msgspec_runs_itself_refuse_alike() -> None:
    """Segments and interpolations are built by msgspec: their validators and
    ``__attrs_post_init__`` must still run (a blank insertion, offsets that do not fit)."""
    inserted = Interpolation(inserted="Lukashenko", replaced="He", start=0, end=2)
    book = Casebook.from_records(
        articles=[Article(id="a", text="He said so.")],
        claims=[Claim("c", "x")],
        evidence=[
            Evidence(
                id="e", claim="c", article="a", segments=(_selector("He said so.", 3, 10),),
                interpolations=(inserted,),
                stance="supports",
            )
        ],
    )  # fmt: skip
    doc = json.loads(dumps_bytes(book))
    assert fast_records(_render(doc), current_limits()) is not None
    doc["evidence"][0]["interpolations"][0]["inserted"] = " "
    assert fast_records(_render(doc), current_limits()) is None
    assert "must be a non-empty string" in _agree(_render(doc), count=False)[2]
    doc = json.loads(dumps_bytes(book))
    doc["evidence"][0]["segments"][0]["end"] = 11
    assert fast_records(_render(doc), current_limits()) is None
    assert "do not fit" in _agree(_render(doc), count=False)[2]


def test_sections_are_compared_a_chunk_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack.serialization import canonical

    monkeypatch.setattr(canonical, "_CHUNK", 2)
    book = Casebook.from_records(claims=[Claim(f"c{n}", f"claim {n}") for n in range(7)])
    data = dumps_bytes(book)
    assert fast_records(data, current_limits()) is not None
    assert _agree(data, count=False)[1] == book
    repeated = data.replace(b'"id": "c5"', b'"id": "x", "id": "c5"')
    assert repeated != data and fast_records(repeated, current_limits()) is None
    assert "appears twice" in _agree(repeated, count=False)[2]


def test_an_older_format_is_left_to_the_reference_reader() -> None:
    book, _ = _seedlike()
    older = dumps_bytes(book).replace(b'{"claimtrack": 2,', b'{"claimtrack": 1,', 1)
    assert fast_records(older, current_limits()) is None
    assert _agree(older, count=False)[1] == book  # upgraded as data, then the same records
