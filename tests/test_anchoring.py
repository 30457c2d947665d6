"""Quote anchoring: exact, normalised and word-by-word matching, refusals, and re-anchoring."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from claimtrack import Casebook, load_corpus, locate_quote
from claimtrack.errors import AmbiguousQuote, QuoteNotFound
from claimtrack.model import TextQuoteSelector
from claimtrack.quotes.anchoring import CONTEXT, normalize, reanchor

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seed(article_id: str) -> str:
    """A seed file's text as read (quotes in seeds.json are substrings of the files)."""
    return (SEEDS / f"{article_id}.txt").read_text(encoding="utf-8-sig")


# Copied from ../shared/acceptance/seeds.json ("claims", "typed_quotes"); the whole file is also
# checked, read from its byte copy in tests/data, by test_acceptance_file.py.
FACTS: dict = {
    "claims": [
        {
            "id": "one-whole",
            "statement": "Belarus functions as one whole with Russia",
            "claimant": "Linas Linkevičius",
            "evidence": [
                {
                    "article": "000_d0c8f9d331184de7",
                    "stance": "supports",
                    "quote": "Belarus should be perceived as one whole with Russia.",
                },
                {
                    "article": "000_d0c8f9d331184de7",
                    "stance": "refutes",
                    "quote": "Minsk renewed its prohibition on deployment of Belarusian troops "
                    "abroad in its national military doctrine",
                },
            ],
        },
        {
            "id": "minsk-strengthens-csto",
            "statement": "Minsk wants to strengthen the CSTO",
            "claimant": "Alexander Lukashenka",
            "evidence": [
                {
                    "article": "001_6c701b6de60f14c0",
                    "stance": "supports",
                    "quote": "Belarusian officials called for the strengthening of the "
                    "organisation.",
                },
                {
                    "article": "000_d0c8f9d331184de7",
                    "stance": "refutes",
                    "quote": "Despite this criticism, the Belarusian government has done little to "
                    "strengthen the CSTO.",
                },
            ],
        },
    ],
    "typed_quotes": [
        {
            "article": "000_d0c8f9d331184de7",
            "typed": 'Belarus should be perceived as "one whole" with Russia',
        },
        {
            "article": "001_6c701b6de60f14c0",
            "typed": "the summit exhibited only ambiguous support for Moscow's invasion of Ukraine",
            "expect": "the summit exhibited only ambiguous support for Moscow’s invasion of "
            "Ukraine",
        },
    ],
}


def facts() -> dict:
    return FACTS


def at(text: str, sel: TextQuoteSelector) -> str:
    assert text[sel.start : sel.end] == sel.exact
    return sel.exact


# ------------------------------------------------------------------------------ seeds (acceptance)


def test_acceptance_claim_quotes_locate_exactly() -> None:
    for claim in facts()["claims"]:
        for ev in claim["evidence"]:
            text = seed(ev["article"])
            sel = locate_quote(text, ev["quote"], article_id=ev["article"])
            assert at(text, sel) == ev["quote"]


def test_acceptance_typed_quotes() -> None:
    for case in facts()["typed_quotes"]:
        text = seed(case["article"])
        if "expect" in case:
            sel = locate_quote(text, case["typed"], article_id=case["article"])
            assert at(text, sel) == case["expect"]
        else:
            with pytest.raises(QuoteNotFound) as info:
                locate_quote(text, case["typed"], article_id=case["article"])
            assert case["article"] in str(info.value)


def test_scare_quotes_typed_are_refused_with_the_unquoted_passage_shown() -> None:
    text = seed("000_d0c8f9d331184de7")
    typed = 'Belarus should be perceived as "one whole" with Russia'
    with pytest.raises(QuoteNotFound) as info:
        locate_quote(text, typed, article_id="000")
    err = info.value
    assert "quote marks" in err.reason
    score, start, end, passage = err.candidates[0]
    assert passage == "Belarus should be perceived as one whole with Russia"
    assert text[start:end] == passage and score >= 95
    assert "000" in str(err) and "closest passages" in str(err)


def test_source_quote_marks_still_match_in_either_form() -> None:
    # The source has mixed marks: "one whole” (straight open, curly close).
    text = seed("000_d0c8f9d331184de7")
    sel = locate_quote(text, "Belarus functions as “one whole” with Russia")
    assert at(text, sel) == 'Belarus functions as "one whole” with Russia'


def test_ellipsis_typed_as_three_dots() -> None:
    text = seed("001_6c701b6de60f14c0")
    sel = locate_quote(text, "constructed without us... I believe")
    assert at(text, sel) == "constructed without us… I believe"


def test_acceptance_on_the_cleaned_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    book = Casebook(load_corpus("seeds"))
    for claim in FACTS["claims"]:
        book.add_claim(claim["statement"], id=claim["id"], claimant=claim["claimant"])
        for ev in claim["evidence"]:
            added = book.add_evidence(
                claim["id"], article=ev["article"], quote=ev["quote"], stance=ev["stance"]
            )
            assert added.quote == ev["quote"]
    book.validate()
    # one-whole's two quotes come from one article and no speaker was given: not contested;
    # minsk-strengthens-csto is supported in 001 and refuted in 000.
    assert [c.id for c in book.contested_claims()] == ["minsk-strengthens-csto"]
    for n, case in enumerate(FACTS["typed_quotes"]):
        kwargs = {"article": case["article"], "quote": case["typed"], "stance": "neutral"}
        if "expect" in case:
            assert book.add_evidence("one-whole", **kwargs, id=f"typed-{n}").quote == case["expect"]
        else:
            with pytest.raises(QuoteNotFound, match=case["article"]):
                book.add_evidence("one-whole", **kwargs)


# ------------------------------------------------------------------------- hand-made tricky texts

WRAPPED = (
    "The minister said that Belarus\n"
    "should be perceived as one whole\n"
    "with Russia. Others disagreed.\n"
)


def test_quote_spanning_a_hard_wrapped_line() -> None:
    sel = locate_quote(WRAPPED, "Belarus should be perceived as one whole with Russia.")
    assert at(WRAPPED, sel) == "Belarus\nshould be perceived as one whole\nwith Russia."


def test_crlf_and_nbsp_and_runs_of_spaces() -> None:
    text = "Intro.\r\nMinsk\u00a0renewed  its\r\nprohibition on deployment.\r\n"
    sel = locate_quote(text, "Minsk renewed its prohibition on deployment.")
    assert at(text, sel) == "Minsk\u00a0renewed  its\r\nprohibition on deployment."
    assert sel.start == text.index("Minsk")


def test_typed_line_breaks_match_a_single_line() -> None:
    text = "He said the CSTO should strengthen its status in the system."
    sel = locate_quote(text, "the CSTO should\nstrengthen  its status")
    assert at(text, sel) == "the CSTO should strengthen its status"


def test_mixed_quotes_and_apostrophes() -> None:
    text = "Lukashenka’s aide called it “a ‘post-Soviet NATO’ in the making”, he said."
    typed = "Lukashenka's aide called it \"a 'post-Soviet NATO' in the making\""
    assert at(text, locate_quote(text, typed)) == text[: text.index(",")]


@pytest.mark.parametrize("typed_dash", ["-", "–", "—", "--", " - ", " — ", "‐"])
def test_dashes_and_their_spaces(typed_dash: str) -> None:
    text = "The alliance – in name only – met in Minsk."
    typed = f"The alliance{typed_dash}in name only"
    assert at(text, locate_quote(text, typed)) == "The alliance – in name only"


def test_soft_hyphen_and_zero_width_space_in_source() -> None:
    text = "an organi\u00adsation of col\u200blective security"
    sel = locate_quote(text, "organisation of collective security")
    assert at(text, sel) == "organi\u00adsation of col\u200blective security"


def test_leading_and_trailing_spaces_typed() -> None:
    text = "Minsk preferred the CSTO as it was."
    assert at(text, locate_quote(text, "  preferred the CSTO\n")) == "preferred the CSTO"


def test_quote_wrapped_whole_in_marks_matches_the_unquoted_text() -> None:
    text = "He insisted that Belarus is sovereign. Nobody disagreed."
    sel = locate_quote(text, "“Belarus is sovereign.”")
    assert at(text, sel) == "Belarus is sovereign."


def test_quote_present_twice_is_ambiguous() -> None:
    text = "Minsk wants a strong CSTO. Later: Minsk wants a strong CSTO, he repeated."
    with pytest.raises(AmbiguousQuote) as info:
        locate_quote(text, "Minsk wants a strong CSTO", article_id="twice")
    assert info.value.positions == ((0, 25), (34, 59))
    assert "twice" in str(info.value) and "occurrence" in str(info.value)


def test_ambiguity_resolved_by_prefix_suffix_or_occurrence() -> None:
    text = "Minsk wants a strong CSTO. Later: Minsk wants a strong CSTO, he repeated."
    quote = "Minsk wants a strong CSTO"
    assert locate_quote(text, quote, prefix="Later: ").start == 34
    assert locate_quote(text, quote, suffix=", he").start == 34
    assert locate_quote(text, quote, suffix=".").start == 0
    assert locate_quote(text, quote, occurrence=0).start == 0
    assert locate_quote(text, quote, occurrence=1).start == 34


def test_ambiguity_counts_normalised_places_too() -> None:
    text = '“one whole” here and "one whole" there'
    # Typed as one of the two forms: the exact match wins and is unique.
    assert locate_quote(text, '"one whole"').start == text.index('"')
    # Typed in a third form: both places are equal once normalised.
    with pytest.raises(AmbiguousQuote) as info:
        locate_quote(text, "«one whole»")
    assert info.value.positions == ((0, 11), (21, 32))


def test_prefix_that_fits_nowhere_is_reported() -> None:
    text = "Minsk wants a strong CSTO. Minsk wants a strong CSTO."
    with pytest.raises(QuoteNotFound) as info:
        locate_quote(text, "Minsk wants", prefix="Moscow says ")
    assert "prefix/suffix" in info.value.reason


@pytest.mark.parametrize("occurrence", [2, -1, 1.5, True])
def test_bad_occurrence(occurrence: object) -> None:
    text = "Minsk wants a strong CSTO. Minsk wants a strong CSTO."
    with pytest.raises(QuoteNotFound) as info:
        locate_quote(text, "Minsk wants", occurrence=occurrence)  # type: ignore[arg-type]
    assert "occurrence" in info.value.reason


@pytest.mark.parametrize("quote", ["", "   ", "\n\t"])
def test_empty_quote(quote: str) -> None:
    with pytest.raises(QuoteNotFound, match="empty"):
        locate_quote("Some text.", quote, article_id="a1")


def test_not_found_names_article_and_shows_nearest_passages() -> None:
    text = seed("002_a79617699129d617")
    with pytest.raises(QuoteNotFound) as info:
        locate_quote(text, "Lukashenka skipped the summit of the organisation", article_id="002")
    err = info.value
    assert err.article_id == "002" and "002" in str(err)
    assert 1 <= len(err.candidates) <= 3
    scores = [c[0] for c in err.candidates]
    assert scores == sorted(scores, reverse=True)
    for _, start, end, passage in err.candidates:
        assert text[start:end] == passage


# ------------------------------------------------------------------------ words never guessed

DOCTRINE = seed("000_d0c8f9d331184de7")


def test_typing_slips_need_the_opt_in_and_return_the_source_text() -> None:
    typed = (
        "Minsk renewed its prohibtion on deployment of Belarusian troops abroad "
        "in its natonal military doctrine"
    )
    with pytest.raises(QuoteNotFound) as info:
        locate_quote(DOCTRINE, typed)
    assert "you typed 'prohibtion', the source says 'prohibition'" in str(info.value)
    assert "allow_typo=True" in str(info.value)
    sel = locate_quote(DOCTRINE, typed, allow_typo=True)
    assert at(DOCTRINE, sel) == typed.replace("prohibtion", "prohibition").replace(
        "natonal", "national"
    )


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        (
            "Belarus has made its own decisions on several isolated issues, "
            "yet our perception has changed",
            "the source has 'not', which you did not type",
        ),
        (
            "Belarus has made its own decisions on several isolated issues, "
            "yet our perception has not changed at all",
            "you typed 'at all', which the source does not have",
        ),
        (
            "Belarus has made its own decisions on several isolated issues, "
            "yet our perseption has not changed",
            None,  # a slip inside a long word is fine when the analyst opts in
        ),
    ],
)
def test_fuzzy_refuses_added_or_dropped_words(typed: str, why: str | None) -> None:
    if why is None:
        assert "perception" in locate_quote(DOCTRINE, typed, allow_typo=True).exact
        return
    with pytest.raises(QuoteNotFound) as info:
        locate_quote(DOCTRINE, typed)
    assert why in str(info.value)


def test_fuzzy_refuses_a_changed_number() -> None:
    text = "In 2012 the organisation had seven members and a joint staff in Moscow."
    with pytest.raises(QuoteNotFound) as info:
        locate_quote(text, "In 2013 the organisation had seven members and a joint staff")
    assert "you typed '2013', the source says '2012'" in info.value.reason


def test_fuzzy_refuses_a_short_quote() -> None:
    with pytest.raises(QuoteNotFound):
        locate_quote("The CSTO met in Minsk.", "The CSTP met")


def test_fuzzy_match_at_two_places_is_ambiguous() -> None:
    sentence = "the organisation should strengthen its status in the international system"
    text = f"First: {sentence}. Second: {sentence}!"
    typed = sentence.replace("strengthen", "strenghten")
    with pytest.raises(AmbiguousQuote) as info:
        locate_quote(text, typed, allow_typo=True)
    assert len(info.value.positions) == 2
    assert (
        locate_quote(text, typed, prefix="Second: ", allow_typo=True).start
        == text.index("Second: ") + 8
    )


# ------------------------------------------------------------------------------ the selector


def test_selector_context_is_at_most_32_characters() -> None:
    text = seed("000_d0c8f9d331184de7")
    sel = locate_quote(text, "Minsk renewed its prohibition on deployment")
    assert len(sel.prefix) == CONTEXT and len(sel.suffix) == CONTEXT
    assert text[sel.start - CONTEXT : sel.start] == sel.prefix
    assert text[sel.end : sel.end + CONTEXT] == sel.suffix
    edge = locate_quote("Short text here.", "Short")
    assert edge.prefix == "" and edge.suffix == " text here."


# --------------------------------------------------------------------------- hypothesis properties

WORDS = st.sampled_from(
    ["Minsk", "CSTO", "one", "whole", "Russia", "said", "“", "”", "’", "—", "…", "\u00a0", "a"]
)
TEXTS = st.lists(WORDS, min_size=1, max_size=40).map(" ".join) | st.text(min_size=1, max_size=200)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), text=TEXTS)
def test_any_substring_locates_at_its_own_offsets_or_is_ambiguous(
    data: st.DataObject, text: str
) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    assume(quote.strip())
    try:
        sel = locate_quote(text, quote)
    except AmbiguousQuote as err:
        assert (start, end) in err.positions
    else:
        assert (sel.start, sel.end) == (start, end)
        assert sel.exact == quote


VARIANTS = {
    " ": [" ", "  ", "\n", "\u00a0", "\r\n"],
    "“": ['"', "“", "”"],
    "’": ["'", "’"],
    "—": ["-", "–", "—"],
    "…": ["...", "…"],
}


@settings(max_examples=200, deadline=None)
@given(data=st.data(), words=st.lists(WORDS, min_size=3, max_size=30))
def test_retyped_substring_locates_to_a_normally_equal_span(
    data: st.DataObject, words: list[str]
) -> None:
    text = " ".join(words)
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i + 1, len(words)))
    original = " ".join(words[i:j])
    assume(original.strip())
    retyped = "".join(
        data.draw(st.sampled_from(VARIANTS[c])) if c in VARIANTS else c for c in original
    )
    try:
        sel = locate_quote(text, retyped)
    except AmbiguousQuote:
        return
    except QuoteNotFound:
        # Only allowed when the typed form is nothing but spaces once normalised.
        assert not normalize(retyped).strip()
        return
    assert normalize(sel.exact).strip() == normalize(retyped).strip()


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_normalised_offsets_map_back_inside_the_text(text: str) -> None:
    from claimtrack.text.typography import normalize_typography

    norm = normalize_typography(text)
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    for k in range(len(norm.text)):
        assert 0 <= norm.starts[k] < norm.ends[k] <= len(text)
        if k:
            assert norm.starts[k - 1] <= norm.starts[k]


# --------------------------------------------------------------------------------- reanchoring

ARTICLE = (
    "Minsk preferred the CSTO as it was. For instance, this year Minsk renewed its "
    "prohibition on deployment of Belarusian troops abroad. Nothing else changed."
)
QUOTE = "Minsk renewed its prohibition on deployment"


def test_reanchor_unchanged_text_keeps_the_selector() -> None:
    sel = locate_quote(ARTICLE, QUOTE)
    assert reanchor(sel, ARTICLE) == sel


def test_reanchor_after_text_inserted_before() -> None:
    sel = locate_quote(ARTICLE, QUOTE)
    new = "UPDATE: corrected on Monday.\n\n" + ARTICLE
    moved = reanchor(sel, new)
    assert moved is not None and at(new, moved) == QUOTE
    assert moved.start == sel.start + len("UPDATE: corrected on Monday.\n\n")


def test_reanchor_after_text_inserted_after() -> None:
    sel = locate_quote(ARTICLE, QUOTE)
    new = ARTICLE + " A new paragraph mentions Minsk renewed its prohibition on deployment again."
    moved = reanchor(sel, new)
    assert moved is not None and moved.start == sel.start and at(new, moved) == QUOTE


def test_reanchor_quote_deleted_is_orphaned() -> None:
    sel = locate_quote(ARTICLE, QUOTE)
    assert reanchor(sel, ARTICLE.replace("renewed", "has renewed")) is None
    assert reanchor(sel, "") is None


def test_reanchor_never_moves_to_a_look_alike() -> None:
    sel = locate_quote(ARTICLE, QUOTE)
    new = ARTICLE.replace("prohibition", "prohibiton")  # one letter off: not the same text
    assert reanchor(sel, new) is None


def test_reanchor_picks_the_copy_with_its_context() -> None:
    sel = locate_quote(ARTICLE, QUOTE)
    other = "Elsewhere: Minsk renewed its prohibition on deployment of police. "
    new = other + ARTICLE
    moved = reanchor(sel, new)
    assert moved is not None and moved.start == sel.start + len(other)


def test_reanchor_two_copies_without_context_is_orphaned() -> None:
    sel = locate_quote(ARTICLE, QUOTE)
    new = f"Alpha {QUOTE} beta. Gamma {QUOTE} delta."
    assert reanchor(sel, new) is None


def test_reanchor_does_not_keep_a_different_copy_that_slid_into_place() -> None:
    text = "aaaa Russia bbbb. cccc Russia dddd."
    sel = locate_quote(text, "Russia", occurrence=0)
    # Delete the first sentence: the second "Russia" is not where the first was, and the first is
    # gone; the remaining copy has none of the stored context, so it is not the quote.
    new = "cccc Russia dddd. eeee Russia ffff."
    assert reanchor(sel, new) is None


def copies(text: str, quote: str) -> int:
    """Occurrences of ``quote`` in ``text``, overlapping ones included (str.count skips those)."""
    return sum(text.startswith(quote, i) for i in range(len(text)))


@settings(max_examples=200, deadline=None)
@given(data=st.data(), text=TEXTS, insert=st.text(max_size=40))
def test_reanchor_after_any_insertion_outside_the_quote(
    data: st.DataObject, text: str, insert: str
) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    assume(quote.strip() and copies(text, quote) == 1)
    sel = locate_quote(text, quote)
    at_ = data.draw(st.sampled_from([0, start, end, len(text)]))
    new = text[:at_] + insert + text[at_:]
    moved = reanchor(sel, new)
    if moved is not None:  # never a look-alike: whatever it returns is the exact text
        assert new[moved.start : moved.end] == quote
    if copies(new, quote) == 1:  # still one copy: it must be found, where it now is
        shift = len(insert) if at_ <= start else 0
        assert moved is not None and moved.start == start + shift


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("Foreign minister Linkevičius insisted.", "Linkevic\u030cius insisted"),
        ("Foreign minister Linkevic\u030cius insisted.", "Linkevičius insisted"),
    ],
)
def test_composed_and_decomposed_accents_are_one_form(text: str, typed: str) -> None:
    # Canonically equivalent forms (NFC) are typography; the selector keeps the text's own.
    sel = locate_quote(text, typed)
    assert sel.exact == text[sel.start : sel.end]
    assert sel.exact.startswith("Linkevi") and sel.exact.endswith("insisted")
