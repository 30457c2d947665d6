"""The speaker model: candidates, their features, when it overrules the rules, and what it
never does (invent a name, take the top band, change a quotation's words)."""

from __future__ import annotations

import json
from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import extract_quotations
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.quotations import marked_spans
from claimtrack.aids.speaker_candidates import People, name_key, same_person
from claimtrack.aids.speaker_model import MODEL_CAP, candidate_lists, overrule

CUP_EXIT = """Montoya proud of young squad after cup exit

Eastvale were knocked out of the cup on Saturday, losing 2-1 to Brackwater after extra time. \
Coach Rafael Montoya was proud of his side all the same.

“We played with courage today. Nobody gave us a chance and we took them to the last minute.”

The visitors scored twice in the second half before a late reply.

“The young players showed what they can do. I am not worried about the league, we will be fine.”
"""

STRIKE = """Harbour strike ends after talks

Dock workers' leader Tomasz Verhoeven said on Monday the strike at Northport was over.

“We have what we came for. The pay offer is fair and the members accepted it.”

The port authority's chief executive, Ilse Marchetti, welcomed the vote.

“Ships will be loading again by Wednesday,” Marchetti said.
"""


def _reader(text: str, title: str | None = None) -> ArticleReader:
    reader = ArticleReader(text, title=title)
    marked_spans(reader)
    return reader


def test_uncued_quotes_go_to_the_person_the_story_is_about() -> None:
    rules = extract_quotations(CUP_EXIT, learned=False)
    assert [q.speaker_full for q in rules] == [None, None]  # no cue: the rules name nobody
    learned = extract_quotations(CUP_EXIT)
    assert [q.speaker_full for q in learned] == ["Rafael Montoya", "Rafael Montoya"]
    assert all(q.resolution == "model" and q.confidence <= MODEL_CAP for q in learned)
    assert all(q.speaker_as_written is None for q in learned)  # no words at a cue name him
    assert [q.text for q in learned] == [q.text for q in rules]


def test_a_quote_with_no_cue_inside_a_paragraph_goes_to_the_person_it_is_about() -> None:
    text = (
        "Captain Ada Lund led the side to a third title on Sunday.\n\n"
        "For Lund, the biggest gain has been building a young team. “It is a very proud moment "
        "for all of us and for the club.” The squad celebrated late into the night.\n"
    )
    assert [q.speaker_full for q in extract_quotations(text, learned=False)] == [None]
    (q,) = extract_quotations(text)
    assert (q.speaker_full, q.resolution) == ("Ada Lund", "model")
    assert q.confidence <= MODEL_CAP


def test_a_refusal_at_a_cue_stays_a_refusal() -> None:
    # "Berg’s rival said": a cue, and nobody the rules will name; no guess undoes it.
    text = (
        "Tomas Berg and Ada Lind met in Velm.\n\n"
        "“We will rebuild the bridge by spring and nobody will stop us,” Berg’s rival said.\n"
    )
    (q,) = extract_quotations(text)
    assert (q.speaker_full, q.cue, q.speaker_as_written) == (None, "said", "Berg’s rival")


def test_a_name_at_the_cue_is_left_alone() -> None:
    found = extract_quotations(STRIKE)
    assert [(q.speaker_full, q.resolution) for q in found] == [
        ("Tomasz Verhoeven", "continuation"),
        ("Ilse Marchetti", "surname"),
    ]
    assert found == extract_quotations(STRIKE, learned=False)


def test_the_rules_choice_comes_first_and_nobody_when_they_found_nobody() -> None:
    title, _, body = CUP_EXIT.partition("\n\n")
    reader = _reader(body, title)
    found = extract_quotations(body, learned=False)
    lists = candidate_lists(reader, found)
    assert lists[0][0].full is None and "c:none" in lists[0][0].features
    names = [c.full for c in lists[0][1:]]
    assert names[0] == "Rafael Montoya"  # the nearest person before the quote
    assert "c:latest" in lists[0][1].features
    assert "c:intitle" in lists[0][1].features  # "Montoya proud of …"
    assert "c:titled" in lists[0][1].features  # "Coach Rafael Montoya"
    strike = extract_quotations(STRIKE, learned=False)
    first = candidate_lists(_reader(STRIKE), strike)[1][0]
    assert first.full == "Ilse Marchetti" and "rules" in first.features


def test_a_name_far_from_every_quote_takes_the_full_name_looked_up_near_one() -> None:
    reader = _reader(STRIKE)
    near_none = People(reader)  # nothing looked up: each name stands as written
    assert name_key("Marchetti") in near_none.count
    near_last = People(reader, near=[len(reader.paragraphs) - 1])
    assert near_last.count[name_key("Ilse Marchetti")] == 2  # "Marchetti" grew to the one
    assert name_key("Marchetti") not in near_last.count


def test_a_speech_verb_at_a_name_marks_the_mention_cued() -> None:
    reader = _reader(STRIKE)
    people = People(reader, near=range(len(reader.paragraphs)))  # every name looked up
    cued = {m.full: m.cued for m in people.mentions}
    assert cued["Tomasz Verhoeven"] is True  # "Verhoeven said"
    assert people.count[name_key("Ilse Marchetti")] == 2
    assert any(m.cued and m.name == "Marchetti" for m in people.mentions)  # "Marchetti said"


def test_names_inside_quotes_are_nobodys_mention() -> None:
    text = (
        "The mayor, Aino Lindqvist, spoke on Friday.\n\n"
        "“I told Petra Sandoval we would finish the bridge,” Lindqvist said.\n"
    )
    reader = _reader(text)
    people = People(reader, near=range(len(reader.paragraphs)))
    assert name_key("Petra Sandoval") not in people.count
    assert name_key("Aino Lindqvist") in people.count


def test_overrule_needs_both_the_cutoff_and_the_margin() -> None:
    assert overrule([0.2, 0.9]) == 1
    assert overrule([0.7, 0.9]) == 0  # not by the margin
    assert overrule([0.1, 0.55]) == 0  # not past the cut-off
    assert overrule([0.5]) == 0
    assert overrule([0.1, 0.9, 0.95], cutoff=0.5, margin=0.2) == 2


def test_name_keys_unify_what_typing_varies() -> None:
    assert name_key("Seán  O’Neill") == name_key("seán o'neill")
    assert name_key("Ana Ruiz‐Vega") == name_key("ana ruiz-vega")
    assert same_person("Ana Ruiz", "ANA RUIZ")
    assert not same_person(None, None) and not same_person("", "")


def test_the_shipped_weights_are_numbers_under_hashed_keys() -> None:
    data = json.loads(
        resources.files("claimtrack.aids").joinpath("data/speaker_model.json").read_text("utf-8")
    )
    assert data["size"] > 0 and data["weights"]
    assert all(k.isdigit() and int(k) < data["size"] for k in data["weights"])
    assert all(isinstance(v, float) for v in data["weights"].values())  # no text ships


NAMES = st.sampled_from(["Ada Ruiz", "Tomasz Verhoeven", "Ilse Marchetti", "Kelmouth", "Ruiz"])
PIECES = st.sampled_from(
    [
        "“We will win.”",
        "“It is over,” she said.",
        " said ",
        " told reporters. ",
        "\n\n",
        "The council met. ",
        "“",
        "”",
        "Coach ",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(NAMES, PIECES), max_size=30))
def test_the_model_changes_speakers_only_and_only_to_names_the_text_writes(
    parts: list[str],
) -> None:
    text = "".join(parts)
    rules = extract_quotations(text, learned=False)
    learned = extract_quotations(text)
    assert [(q.start, q.end, q.text, q.kind) for q in learned] == [
        (q.start, q.end, q.text, q.kind) for q in rules
    ]
    folded = name_key(text)
    for before, after in zip(rules, learned, strict=True):
        if after.resolution == "model":
            assert after.speaker_full and name_key(after.speaker_full) in folded
            assert after.confidence <= MODEL_CAP
        else:
            assert after == before
