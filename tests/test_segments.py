"""Quotes as analysts write them: elisions, [insertions], case, marks, and the invariant.

Every segment stored is the article's own characters at its offsets; elided and bracketed quotes
anchor at the segments they were built from; nothing that changes a word is ever accepted.
"""

from __future__ import annotations

import random
import re
import unicodedata
import warnings
from itertools import pairwise

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from claimtrack import Article, Casebook
from claimtrack.errors import AmbiguousQuote, QuoteDifferenceWarning, QuoteNotFound
from claimtrack.quotes.segments import MAX_GAP, match_segments
from claimtrack.serialization import dumps, loads
from tests.test_quote_fidelity import TEXTS, flips

SPEECH = (
    "The minister spoke in Minsk on Tuesday. He thanked Russia for its support and for the "
    "loans it gave last year. \u201cWe will stay in the alliance. It has served us well.\n\n"
    "\u201cWe will never leave it, whatever our neighbours say,\u201d he said. We will not leave "
    "the treaty. He called the pact \u2018a shield\u2019 and Moscow \u201cour \u2018closest\u2019 "
    "friend\u201d. the talks, he said, would continue."
)


def exacts(quote: str, text: str = SPEECH, **how: object) -> list[str]:
    return [s.exact for s in match_segments(text, quote, **how).segments]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "segments", "rendering"),
    [
        ("He thanked Russia ... for the loans", ["He thanked Russia", "for the loans"],
         "He thanked Russia ... for the loans"),
        ("He thanked Russia … for the loans", ["He thanked Russia", "for the loans"],
         "He thanked Russia … for the loans"),
        ("thanked Russia [...] for the loans", ["thanked Russia", "for the loans"],
         "thanked Russia [...] for the loans"),
        ("thanked Russia […] for the loans", ["thanked Russia", "for the loans"],
         "thanked Russia […] for the loans"),
        ("He thanked Russia . . . for the loans", ["He thanked Russia", "for the loans"],
         "He thanked Russia . . . for the loans"),
        # across two paragraphs, the second reopening the quote mark
        ("We will stay in the alliance … We will never leave it",
         ["We will stay in the alliance", "We will never leave it"],
         "We will stay in the alliance … We will never leave it"),
        # marks around the whole quote are how quotations are written
        ('"He thanked Russia … for the loans"', ["He thanked Russia", "for the loans"],
         "He thanked Russia … for the loans"),
    ],
)  # fmt: skip
def test_elisions_split_the_quote_into_its_segments(
    typed: str, segments: list[str], rendering: str
) -> None:
    match = match_segments(SPEECH, typed)
    assert [s.exact for s in match.segments] == segments
    assert match.rendering == rendering
    for s in match.segments:
        assert SPEECH[s.start : s.end] == s.exact


def test_an_insertion_records_the_source_words_it_stands_for() -> None:
    match = match_segments(SPEECH, "[Lukashenko] thanked Russia for its support")
    assert match.rendering == "[Lukashenko] thanked Russia for its support"
    (x,) = match.interpolations
    assert (x.inserted, x.replaced) == ("Lukashenko", "He")
    assert SPEECH[x.start : x.end] == "He"
    match = match_segments(SPEECH, "He thanked Russia for [Moscow's] support")
    assert [s.exact for s in match.segments] == ["He thanked Russia for", "support"]
    assert [(x.inserted, x.replaced) for x in match.interpolations] == [("Moscow's", "its")]
    match = match_segments(SPEECH, "spoke in [the Belarusian capital] on Tuesday")
    assert [(x.inserted, x.replaced) for x in match.interpolations] == [
        ("the Belarusian capital", "Minsk")
    ]


def test_a_bracketed_letter_changes_the_case_and_is_recorded() -> None:
    match = match_segments(SPEECH, "[T]he talks … would continue")
    assert match.rendering == "[T]he talks … would continue"
    assert [(x.inserted, x.replaced) for x in match.interpolations] == [("T", "t")]
    # On its own too, and a bracket around the source's own letter changes nothing.
    match = match_segments(SPEECH, "[T]he talks, he said, would continue")
    assert match.rendering == "[T]he talks, he said, would continue"
    assert [s.exact for s in match.segments] == ["the talks, he said, would continue"]
    match = match_segments(SPEECH, "[H]e called the pact")
    assert match.rendering == "[H]e called the pact" and match.interpolations == ()


def test_first_letter_case_marks_and_inner_marks_are_forgiven() -> None:
    assert exacts("he thanked Russia for its support") == ["He thanked Russia for its support"]
    assert exacts('He called the pact "a shield"') == ["He called the pact \u2018a shield\u2019"]
    assert exacts("Moscow our closest friend") == ["Moscow \u201cour \u2018closest\u2019 friend"]


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("We will … leave the treaty", "'not'"),  # the elision would cut out a negation
        ("We will [definitely] leave the treaty", "'not'"),  # so would the insertion
        ("He thanked Belarus … for the loans", "'Belarus'"),  # a word differs in a segment
        ("He thanked Russia … for the credits", "'credits'"),
        ("He thanked Russia [not] for its support", "negation"),
    ],
)
def test_elided_and_bracketed_quotes_that_change_the_words_are_refused(
    typed: str, why: str
) -> None:
    with pytest.raises(QuoteNotFound) as info:
        match_segments(SPEECH, typed)
    assert why in str(info.value)


def test_an_elided_quote_found_twice_needs_context_or_an_occurrence() -> None:
    text = "he said we will stay, and so on. Later: he said we will stay, and so on."
    with pytest.raises(AmbiguousQuote):
        match_segments(text, "he said … and so on")
    second = match_segments(text, "he said … and so on", prefix="Later: ")
    assert second.segments[0].start == text.index("he said", 10) == 40
    assert match_segments(text, "he said … and so on", occurrence=1) == second


def test_a_gap_longer_than_the_bound_is_not_one_passage() -> None:
    text = "Alpha beta gamma. " + "Filler words here. " * (MAX_GAP // 19 + 5) + "Delta epsilon."
    with pytest.raises(QuoteNotFound, match="1,000 characters"):
        match_segments(text, "Alpha beta … Delta epsilon")
    near = "Alpha beta gamma. " + "Filler words here. " * 10 + "Delta epsilon."
    assert exacts("Alpha beta … Delta epsilon", near) == ["Alpha beta", "Delta epsilon"]


def test_a_source_that_has_the_ellipsis_itself_is_one_segment() -> None:
    text = "He listed the loans, the gas, the roads… and said nothing more."
    assert exacts("the gas, the roads… and said", text) == ["the gas, the roads… and said"]


def test_the_casebook_keeps_rendering_segments_typed_and_insertions() -> None:
    book = Casebook([Article(id="s", text=SPEECH)])
    book.add_claim("Russia helps.", id="helps")
    ev = book.add_evidence(
        "helps", article="s", quote="[Lukashenko] thanked Russia … for the loans", stance="supports"
    )
    assert ev.rendering == ev.quote == "[Lukashenko] thanked Russia … for the loans"
    assert [s.exact for s in ev.segments] == ["thanked Russia", "for the loans"]
    assert ev.typed is None  # typed as rendered
    assert [(x.inserted, x.replaced) for x in ev.interpolations] == [("Lukashenko", "He")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QuoteDifferenceWarning)
        lower = book.add_evidence("helps", article="s", stance="neutral",
                                  quote="he called the pact a shield")  # fmt: skip
    assert lower.rendering == "He called the pact \u2018a shield"
    assert lower.typed == "he called the pact a shield"  # shown in both exports
    book.validate()
    again = loads(dumps(book))
    assert again == book and dumps(again) == dumps(book)


# ---------------------------------------------------------------------------- properties

VOCABULARY = [
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
    "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
    "uniform", "victor", "whiskey", "xray", "yankee", "zulu", "Minsk", "Moscow", "2017", "42",
    "Linkevičius", "café", "can\u2019t",
]  # fmt: skip
JOINTS = [" ", " ", " ", ", ", ". ", " \u2014 ", "\n\n", " \u201c", "\u201d "]


@st.composite
def distinct_text(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    """A text of distinct words (so every quote has one place) and each word's span."""
    words = draw(st.permutations(VOCABULARY))[: draw(st.integers(8, len(VOCABULARY)))]
    text, spans = "", []
    for w in words:
        if text:
            text += draw(st.sampled_from(JOINTS))
        spans.append((len(text), len(text) + len(w)))
        text += w
    return text + ".", spans


def typographic_variant(span: str, rng: random.Random) -> str:
    """``span`` retyped: straight marks and apostrophes, ASCII dashes, spaces for line breaks,
    NBSP or double spaces, a soft hyphen or zero-width space inside a word, decomposed accents."""
    out = span.replace("\u201c", '"').replace("\u201d", '"').replace("\u2014", "-")
    out = out.replace("\u2019", "'")
    if rng.random() < 0.5:
        out = out.replace("\n\n", " ")
    if rng.random() < 0.3:
        out = out.replace(" ", "  ")
    elif rng.random() < 0.3:
        out = out.replace(" ", "\u00a0")
    if rng.random() < 0.3:
        out = unicodedata.normalize("NFD", out)
    letters = [i for i in range(1, len(out)) if out[i - 1].isalpha() and out[i].isalpha()]
    if letters and rng.random() < 0.5:
        i = rng.choice(letters)
        out = out[:i] + rng.choice(["\u00ad", "\u200b"]) + out[i:]
    return out


@settings(max_examples=150, deadline=None)
@given(case=distinct_text(), data=st.data())
def test_every_typographic_variant_anchors_at_exactly_its_span(case, data) -> None:  # type: ignore[no-untyped-def]
    text, spans = case
    i = data.draw(st.integers(0, len(spans) - 1))
    j = data.draw(st.integers(i, min(len(spans) - 1, i + 6)))
    start, end = spans[i][0], spans[j][1]
    typed = typographic_variant(text[start:end], random.Random(data.draw(st.integers(0, 99))))
    (segment,) = match_segments(text, typed).segments
    assert (segment.start, segment.end) == (start, end)
    assert text[segment.start : segment.end] == segment.exact


@settings(max_examples=150, deadline=None)
@given(case=distinct_text(), data=st.data())
def test_elided_variants_anchor_at_their_segments(case, data) -> None:  # type: ignore[no-untyped-def]
    text, spans = case
    cuts = sorted(data.draw(st.sets(st.integers(0, len(spans) - 1), min_size=4, max_size=6)))
    pairs = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts) - 1, 2)]
    parts = [(spans[a][0], spans[b][1]) for a, b in pairs]
    assume(all(p[1] < q[0] for p, q in pairwise(parts)))
    gaps = [text[p[1] : q[0]] for p, q in pairwise(parts)]
    assume(all(len(re.findall(r"\n\n", g)) <= 1 for g in gaps))
    assume(not any("can\u2019t" in g for g in gaps))  # eliding a negation is refused, rightly
    marker = data.draw(st.sampled_from(["...", "…", "[...]", "[…]", ". . ."]))
    typed = f" {marker} ".join(text[s:e] for s, e in parts)
    match = match_segments(text, typed)
    assert [(s.start, s.end) for s in match.segments] == parts
    assert all(text[s.start : s.end] == s.exact for s in match.segments)
    assert match.rendering == typed


@settings(max_examples=150, deadline=None)
@given(case=distinct_text(), data=st.data())
def test_bracketed_variants_anchor_at_their_segments(case, data) -> None:  # type: ignore[no-untyped-def]
    text, spans = case
    i = data.draw(st.integers(1, len(spans) - 3))
    j = data.draw(st.integers(i + 1, min(len(spans) - 1, i + 5)))
    assume(text[spans[i - 1][1] : spans[i][0]] == " ")  # the replaced word right before
    assume(text[slice(*spans[i - 1])] != "can\u2019t")  # a negation is never replaced, rightly
    typed = "[Somebody] " + text[spans[i][0] : spans[j][1]]
    match = match_segments(text, typed)
    (segment,) = match.segments
    assert (segment.start, segment.end) == (spans[i][0], spans[j][1])
    (x,) = match.interpolations
    assert (x.start, x.end) == spans[i - 1] and text[x.start : x.end] == x.replaced
    assert match.rendering == typed


# -------------------------------------------------------------------- meaning flips, elided


def elided_flips(count: int, seed: int) -> list[tuple[str, str]]:
    """(text, quote) pairs: two spans of a text joined by an elision, one of them flipped."""
    rng = random.Random(seed)
    cases: list[tuple[str, str]] = []
    while len(cases) < count:
        text = rng.choice(TEXTS)
        starts = [m.start() for m in re.finditer(r"\b\w", text)]
        a = rng.choice(starts)
        first = text[a : a + rng.randint(20, 80)].rstrip()
        b = next((s for s in starts if s > a + len(first) + rng.randint(5, 300)), None)
        if b is None:
            continue
        second = text[b : b + rng.randint(20, 80)].rstrip()
        flip_first = rng.random() < 0.5
        for flipped in flips(first if flip_first else second, rng):
            if flipped.strip() and flipped not in text:
                parts = (flipped, second) if flip_first else (first, flipped)
                cases.append((text, f"{parts[0]} … {parts[1]}"))
    return cases[:count]


def anchored(text: str, quote: str) -> bool:
    try:
        match_segments(text, quote)
    except (QuoteNotFound, AmbiguousQuote):
        return False
    return True


def test_2000_elided_meaning_flips_are_refused() -> None:
    cases = elided_flips(2000, seed=4)
    assert [q for t, q in cases if anchored(t, q)] == []


def test_an_elision_never_cuts_a_negation_out_of_a_sentence() -> None:
    cases = []
    for text in TEXTS:
        for m in re.finditer(r"\b(not|never|no)\b", text):
            head = text[max(0, m.start() - 40) : m.start()].split(" ", 1)[-1].rstrip()
            tail = text[m.end() : m.end() + 40].rsplit(" ", 1)[0].lstrip()
            if len(head) > 8 and len(tail) > 8 and not re.search(r"[.!?]\s", head + " " + tail):
                cases.append((text, f"{head} … {tail}"))
    assert len(cases) >= 10
    assert [q for t, q in cases if anchored(t, q)] == []


@settings(max_examples=60, deadline=None)
@given(case=distinct_text(), data=st.data())
def test_every_segment_is_its_text_after_add_validate_and_load(case, data) -> None:  # type: ignore[no-untyped-def]
    text, spans = case
    book = Casebook([Article(id="a", text=text)])
    book.add_claim("Anything", id="c")
    for n in range(3):
        i = data.draw(st.integers(0, len(spans) - 4))
        j = data.draw(st.integers(i + 2, min(len(spans) - 1, i + 6)))
        head, tail = text[spans[i][0] : spans[i][1]], text[spans[j][0] : spans[j][1]]
        try:
            book.add_evidence("c", article="a", quote=f"{head} … {tail}", stance="neutral",
                              id=f"e{n}")  # fmt: skip
        except Exception:  # the same passage twice for one claim, or a gap too wide: refused
            continue
    book.validate()
    again = loads(dumps(book))
    for b in (book, again):
        for ev in b.evidence.values():
            assert len(ev.segments) == 2
            assert all(text[s.start : s.end] == s.exact for s in ev.segments)


def test_an_elided_quote_moves_with_its_passage_or_is_orphaned() -> None:
    book = Casebook([Article(id="s", text=SPEECH)])
    book.add_claim("Russia helps.", id="helps")
    ev = book.add_evidence("helps", article="s", stance="supports",
                           quote="[Lukashenko] thanked Russia … for the loans")  # fmt: skip
    shifted = "Correction appended. " + SPEECH
    (moved,) = book.replace_article(Article(id="s", text=shifted))
    assert not moved.orphaned
    assert [s.start - 21 for s in moved.segments] == [s.start for s in ev.segments]
    assert [shifted[x.start : x.end] for x in moved.interpolations] == ["He"]
    book.validate()
    # The elided words changed length: the segments are no longer one passage as quoted.
    edited = shifted.replace("for its support and", "for its generous support and")
    (orphan,) = book.replace_article(Article(id="s", text=edited))
    assert orphan.orphaned and orphan.segments == moved.segments
    assert orphan.rendering == "[Lukashenko] thanked Russia … for the loans"


FOLDED = list("ab -'`\"\t\n\r\x0b\x1c.…\u2019\u201c\u2014\u00a0\u00ad\u0301é")


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from(FOLDED), max_size=30))
def test_the_short_fold_is_the_normal_form(text: str) -> None:
    from claimtrack.text.typography import fold_typography, normalize_typography

    assert fold_typography(text) == normalize_typography(text).text


CONVENTIONS = st.sampled_from([*"ab cA1.,'\"’“”-—…[]\n\u00ad", "[...]", "...", "[x]", "not"])


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(CONVENTIONS, min_size=1, max_size=40).map("".join),
    typed=st.lists(CONVENTIONS, min_size=1, max_size=15).map("".join),
)
def test_any_typed_quote_with_conventions_is_anchored_truly_or_refused_cleanly(
    text: str, typed: str
) -> None:
    try:
        match = match_segments(text, typed, occurrence=0)
    except (QuoteNotFound, AmbiguousQuote):
        return
    previous = 0
    for s in match.segments:
        assert text[s.start : s.end] == s.exact and s.start >= previous
        previous = s.end
    for x in match.interpolations:
        assert text[x.start : x.end] == x.replaced
    assert match.rendering


@settings(max_examples=80, deadline=None)
@given(case=distinct_text(), data=st.data())
def test_after_any_edit_evidence_is_at_its_segments_or_orphaned_unmoved(case, data) -> None:  # type: ignore[no-untyped-def]
    text, spans = case
    book = Casebook([Article(id="a", text=text)])
    book.add_claim("Anything", id="c")
    i = data.draw(st.integers(0, len(spans) - 4))
    quote = f"{text[slice(*spans[i])]} … {text[slice(*spans[i + 2])]}"
    assume("can\u2019t" not in text[spans[i][1] : spans[i + 2][0]])
    try:
        before = book.add_evidence("c", article="a", quote=quote, stance="neutral", id="e")
    except QuoteNotFound:  # two paragraph breaks elided: not one passage, refused rightly
        assume(False)
        return
    at = data.draw(st.integers(0, len(text)))
    cut = data.draw(st.integers(0, 12))
    new = text[:at] + data.draw(st.sampled_from(["", "not ", "X", "said "])) + text[at + cut :]
    (after,) = book.replace_article(Article(id="a", text=new))
    if after.orphaned:
        assert after.segments == before.segments and after.rendering == before.rendering
        assert [p for p in book.problems() if "orphaned" not in p] == []
    else:
        assert all(new[s.start : s.end] == s.exact for s in after.segments)
        assert [s.exact for s in after.segments] == [s.exact for s in before.segments]
        book.validate()


def test_a_negation_put_into_the_elided_words_orphans_the_quote() -> None:
    text = "We will stay in the pact and we will, whatever, leave it later."
    book = Casebook([Article(id="a", text=text)])
    book.add_claim("Anything", id="c")
    ev = book.add_evidence("c", article="a", quote="we will … leave it later", stance="neutral",
                           occurrence=0)  # fmt: skip
    assert [s.exact for s in ev.segments] == ["we will", "leave it later"]
    # Same length, so the segments keep their distance: the elision would now hide "not".
    edited = text.replace("whatever", "we'd not")
    assert len(edited) == len(text)
    (after,) = book.replace_article(Article(id="a", text=edited))
    assert after.orphaned
