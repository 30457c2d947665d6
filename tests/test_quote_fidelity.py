"""Quotes are never guessed: typography is forgiven, letters and digits never (DESIGN.md §3).

The generated meaning flips (antonyms, negations added or dropped, negating prefixes, numbers,
names) must all be refused; every typographic variant of an exact span must anchor at that span.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from claimtrack import Article, Casebook, export, load, locate_quote
from claimtrack.errors import AmbiguousQuote, QuoteNotFound, SchemaError, ValidationError
from claimtrack.model import article_checksum
from claimtrack.quotes.anchoring import match_quote, normalize

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]

WRITTEN = (
    "Officials said the decision was legal and relevant to the talks. The minister said exports "
    "would increase by 12 percent in 2017, and that Minsk had never accepted the offer. Lukashenko "
    "told reporters the agreement was constitutional and possible, but Iran did not respond. "
    "The report found the claims were likely, the data were consistent, and the army was able to "
    "respond within 48 hours. Moscow said 3 million people were affected and the plan was fair."
)
TEXTS = [WRITTEN, *SEED_TEXTS]

ANTONYMS = {
    "increase": "decrease", "legal": "illegal", "relevant": "irrelevant", "likely": "unlikely",
    "possible": "impossible", "constitutional": "unconstitutional", "consistent": "inconsistent",
    "able": "unable", "fair": "unfair", "accepted": "rejected", "million": "billion",
    "strengthen": "weaken", "support": "oppose", "agree": "disagree", "always": "never",
    "more": "less", "before": "after", "allowed": "forbidden", "true": "false", "ever": "never",
}  # fmt: skip
ANTONYMS |= {v: k for k, v in ANTONYMS.items()}
PREFIXES = ("un", "in", "im", "il", "ir", "non", "dis")
NAMES = {"Iran": "Iraq", "Minsk": "Pinsk", "Moscow": "Moskow", "Russia": "Prussia"}
WORD = re.compile(r"[A-Za-z]+|\d+")


def flips(span: str, rng: random.Random) -> list[str]:
    """Meaning flips of ``span``: each differs from it in letters or digits."""
    out: list[str] = []
    words = list(WORD.finditer(span))
    for m in words:
        w = m.group()
        a, b = m.span()
        swap = ANTONYMS.get(w.lower())
        if swap:
            out.append(span[:a] + swap + span[b:])
        if w.isdigit():
            out.append(span[:a] + str(int(w) + rng.randint(1, 9)) + span[b:])
        if w in NAMES:
            out.append(span[:a] + NAMES[w] + span[b:])
        if w[:1].isupper() and len(w) > 3:  # a name with one letter changed
            out.append(span[:a] + w[0] + chr((ord(w[1]) - 96) % 26 + 97) + w[2:] + span[b:])
        if w.islower() and len(w) > 3:
            out.append(span[:a] + rng.choice(PREFIXES) + w + span[b:])
        for p in PREFIXES:
            if w.startswith(p) and len(w) > len(p) + 3:
                out.append(span[:a] + w[len(p) :] + span[b:])
        if w in ("is", "was", "were", "will", "would", "can", "did", "does"):
            out.append(span[:b] + " not" + span[b:])
        if w == "not":
            out.append(span[:a].rstrip() + span[b:])
        if w == "never":
            out.append(span[:a] + "ever" + span[b:])
    return [f for f in out if f != span]


def generated_flips(count: int, seed: int = 12) -> list[tuple[str, str]]:
    """``count`` (text, flipped quote) pairs from random spans of the seeds and WRITTEN."""
    rng = random.Random(seed)
    cases: list[tuple[str, str]] = []
    while len(cases) < count:
        text = rng.choice(TEXTS)
        starts = [m.start() for m in re.finditer(r"\b\w", text)]
        s = rng.choice(starts)
        span = text[s : s + rng.randint(25, 140)]
        for flipped in flips(span, rng):
            if flipped not in text:
                cases.append((text, flipped))
    return cases[:count]


def accepted(text: str, quote: str, allow_typo: bool = False) -> bool:
    try:
        locate_quote(text, quote, allow_typo=allow_typo)
    except (QuoteNotFound, AmbiguousQuote):
        return False
    return True


def test_5000_meaning_flips_are_refused() -> None:
    cases = generated_flips(5000, seed=2026)
    assert len(cases) == 5000 and len({q for _, q in cases}) > 4000
    assert [q for t, q in cases if accepted(t, q)] == []


@pytest.mark.slow
def test_5000_meaning_flips_are_refused_even_with_allow_typo() -> None:
    cases = generated_flips(5000, seed=7)
    assert [q for t, q in cases if accepted(t, q, allow_typo=True)] == []


@pytest.mark.parametrize(
    ("typed", "source_says"),
    [
        ("the decision was legal and irrelevant to", "'irrelevant', the source says 'relevant'"),
        ("exports would decrease by 12 percent", "'decrease', the source says 'increase'"),
        ("3 billion people were affected", "'billion', the source says 'million'"),
        ("but Iraq did not respond", "'Iraq', the source says 'Iran'"),
        ("Minsk had ever accepted the offer", "'ever', the source says 'never'"),
        ("Pinsk had never accepted the offer", "'Pinsk', the source says 'Minsk'"),
        ("the agreement was unconstitutional", "'unconstitutional', the source says"),
    ],
)
def test_refusal_names_the_words_and_offers_the_source_text(typed: str, source_says: str) -> None:
    with pytest.raises(QuoteNotFound) as info:
        locate_quote(WRITTEN, typed, article_id="written")
    err = info.value
    assert f"you typed {source_says}" in str(err)
    assert err.suggestion and err.suggestion in WRITTEN
    assert locate_quote(WRITTEN, err.suggestion).exact == err.suggestion  # one call to take it


def test_lower_case_first_letter_keeps_the_whole_first_word() -> None:
    # Regression: "belarus should be…" was stored as "elarus should be…".
    text = "He said: Belarus should be perceived as one whole with Russia."
    sel = locate_quote(text, "belarus should be perceived as one whole")
    assert sel.exact == "Belarus should be perceived as one whole"
    assert text[sel.start : sel.end] == sel.exact


def test_case_past_the_first_letter_is_a_case_difference_not_a_word() -> None:
    with pytest.raises(QuoteNotFound) as info:
        locate_quote(WRITTEN, "the Minister said exports")
    assert "the case differs" in str(info.value) and "letters differ" not in str(info.value)


def test_no_message_blames_marks_the_analyst_did_not_type() -> None:
    text = "He said “the plan is fair” and left.\n\n“It is final,” he added."
    with pytest.raises(QuoteNotFound) as info:
        locate_quote(text, "the plan is unfair and left")
    assert "quote mark" not in str(info.value)


def test_punctuation_only_difference_is_accepted_and_recorded() -> None:
    m = match_quote(WRITTEN, "Officials said the decision was legal, and relevant to the talks")
    assert m.selector.exact == "Officials said the decision was legal and relevant to the talks"
    assert m.method == "words" and "you typed ','" in m.recorded[0]


def test_a_typo_needs_the_opt_in_and_is_recorded() -> None:
    text = "The government negotiations would continue regardless of the outcome."
    with pytest.raises(QuoteNotFound):
        locate_quote(text, "government negotiatoins would continue")
    m = match_quote(text, "government negotiatoins would continue", allow_typo=True)
    assert m.selector.exact == "government negotiations would continue"
    assert "negotiatoins" in m.recorded[0]


@pytest.mark.parametrize(
    "typed", ["the decision was legal and irelevant", "exports would increse by 13 percent"]
)
def test_the_opt_in_never_takes_a_negation_or_a_number(typed: str) -> None:
    with pytest.raises(QuoteNotFound):
        locate_quote(WRITTEN, typed, allow_typo=True)


VARIANTS = [
    ("'", "\u2019"), ('"', "\u201c"), (" ", "\u00a0"), (" ", "  "), ("-", "\u2014"),
    ("...", "\u2026"), (" ", "\n"),
]  # fmt: skip


def _occurrences(text: str, part: str) -> int:
    """How often ``part`` occurs in ``text``, overlapping ones counted ("ab\na" twice in
    "ab\nab\nab"): ``str.count`` skips them, the anchoring does not."""
    return sum(1 for i in range(len(text)) if text.startswith(part, i))


def _inside_dash(text: str, cut: int) -> bool:
    return text[cut - 1 : cut] in DASHES and text[cut : cut + 1] in DASHES and 0 < cut < len(text)


DASHES = ("-", "\u2013", "\u2014")


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_typographic_variants_anchor_at_exactly_the_span(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(TEXTS))
    start = data.draw(st.integers(0, len(text) - 20))
    end = data.draw(st.integers(start + 10, min(len(text), start + 200)))
    span = text[start:end]
    assume(span.strip() == span and _occurrences(normalize(text), normalize(span)) == 1)
    # "--" is one dash: a span cut inside it anchors to the whole dash (the same words).
    assume(not _inside_dash(text, start) and not _inside_dash(text, end))
    typed = span
    for old, new in data.draw(st.lists(st.sampled_from(VARIANTS), max_size=3)):
        typed = typed.replace(old, new)
    sel = locate_quote(text, typed)
    assert text[sel.start : sel.end] == sel.exact
    assert (sel.start, sel.end) == (start, end)


def test_reanchoring_never_moves_to_another_speaker() -> None:
    old = (
        "Makei said the alliance must be strengthened now. "
        "Later, Shoigu said the alliance must be strengthened now, and left."
    )
    book = Casebook([Article(id="a", text=old)])
    book.add_claim("Strengthen", id="s")
    book.add_evidence("s", article="a", quote="the alliance must be strengthened now",
                      stance="supports", speaker="Makei", occurrence=0)  # fmt: skip
    # Makei's sentence is corrected; Shoigu's sentence has the same words.
    new = old.replace("Makei said the alliance must be strengthened now", "Makei said nothing")
    (kept,) = book.replace_article(Article(id="a", text=new))
    # Kept, marked orphaned, never moved to Shoigu's sentence; validate() and exports say so.
    assert kept.orphaned and book.evidence["s-e1"] == kept
    assert kept.start == old.index("the alliance") and kept.speaker == "Makei"
    assert kept.rendering == "the alliance must be strengthened now"
    with pytest.raises(ValidationError, match="orphaned"):
        book.validate()
    assert not book.is_contested("s")


def test_tampered_text_is_refused_on_load_naming_the_offset(tmp_path: Path) -> None:
    raw = "Header\n\nThe minister said the plan was legal.\n\nFooter line"
    article = Article(
        id="t", text="The minister said the plan was legal.", raw=raw,
        offset_map=((0, 8, len("The minister said the plan was legal.")),),
    )  # fmt: skip
    book = Casebook([article])
    book.add_claim("Legal", id="c")
    book.add_evidence("c", article="t", quote="the plan was legal", stance="supports")
    path = tmp_path / "book.json"
    export(book, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["articles"][0]["text"] = doc["articles"][0]["text"].replace("legal", "illegal")
    segment = doc["evidence"][0]["segments"][0]
    segment["exact"] = doc["evidence"][0]["rendering"] = "the plan was illegal"
    segment["end"] += 2
    # Even with the checksum recomputed, the text no longer derives from the raw copy.
    text = doc["articles"][0]["text"]
    doc["articles"][0]["checksum"] = article_checksum(raw, text)
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(SchemaError) as info:
        load(path)
    assert "article 't'" in str(info.value) and "text offset 31" in str(info.value)


ALPHABET = st.sampled_from(list("ab cA1.,'\"’“”-—…\n\u00ad\u0301é"))


@settings(max_examples=400, deadline=None)
@given(text=st.text(ALPHABET, min_size=1, max_size=60), typed=st.text(ALPHABET, max_size=30))
def test_any_typed_quote_is_anchored_truly_or_refused_cleanly(text: str, typed: str) -> None:
    try:
        match = match_quote(text, typed, allow_typo=True)
    except (QuoteNotFound, AmbiguousQuote):
        return
    sel = match.selector
    assert text[sel.start : sel.end] == sel.exact
    # Letters and digits agree (first letter's case aside) unless a typo was recorded.
    if match.method == "words" and not any("typo" in r for r in match.recorded):
        typed_words = re.findall(r"[^\W_]+", normalize(typed))
        found_words = re.findall(r"[^\W_]+", normalize(sel.exact))
        assert [w.casefold() for w in typed_words] == [w.casefold() for w in found_words]
