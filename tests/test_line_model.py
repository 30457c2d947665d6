"""The line model: a learned second opinion on the lines the rules kept above the prose."""

from __future__ import annotations

import json
from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.reading import cleaning
from claimtrack.reading.cleaning import DropReason, clean
from claimtrack.reading.line_model import LINE_CUTOFF, furniture_lines, line_candidates
from claimtrack.reading.lines import split_lines
from tests.test_title_model import HEADLINE, LEAD, MORE

# A gallery's captions the rules do not know: bullets, a credit, no full stop.
CAPTIONS = (
    "• Ada Lund at the harbour office. Photograph courtesy Northport Records\n"
    "• Tom Bergholm and Kim Dalevik of the union. Photograph by Harbour Studio\n"
)


def kept_indices(raw: str) -> list[int]:
    lines = split_lines(raw)
    return [i for i, line in enumerate(lines) if line.text]


def test_the_shipped_weights_hold_numbers_only() -> None:
    data = json.loads(resources.files("claimtrack.reading").joinpath("line_model.json").read_text())
    assert data["size"] > 0 and data["weights"]
    assert all(k.isdigit() and isinstance(v, float) for k, v in data["weights"].items())


def test_only_lines_above_the_first_paragraph_of_prose_are_judged() -> None:
    raw = f"{HEADLINE}\n\nLabel one\n\n{LEAD}\n\nShort line\n\n{MORE}\n"
    lines = split_lines(raw)
    judged = [i for i, _ in line_candidates(lines, kept_indices(raw))]
    assert [lines[i].text for i in judged] == [HEADLINE, "Label one"]
    # Every non-blank line is an example when the model learns.
    assert len(line_candidates(lines)) == len(kept_indices(raw))


def test_a_page_without_prose_is_not_judged() -> None:
    raw = "Home\nNews\nSport\nWeather\n"
    assert line_candidates(split_lines(raw), kept_indices(raw)) == []


def test_the_cutoff_bounds_what_is_dropped_and_an_interview_turn_is_never_dropped() -> None:
    raw = (
        f"{HEADLINE}\n\nTOM BERGHOLM: Good morning, and welcome to the harbour.\n\n"
        "ADA LUND: Thank you, it is good to be here.\n\n"
        f"Caption of a photo\n\n{LEAD}\n"
    )
    lines = split_lines(raw)
    kept = kept_indices(raw)
    everything = furniture_lines(lines, kept, cutoff=-1.0)
    assert [lines[i].text for i in everything] == [HEADLINE, "Caption of a photo"]
    assert furniture_lines(lines, kept, cutoff=1.0) == []


def test_furniture_the_rules_kept_above_the_story_is_dropped() -> None:
    masthead = "Harbour Gazette, Northport Vol. 13, No. 29 July 31, 2003"
    bar = "Features: Search Issues | Read Back Issues | Subscriptions"
    raw = f"{HEADLINE}\n\n{masthead}\n{bar}\n\n{LEAD}\n\n{MORE}\n"
    assert masthead in cleaning._Cleaner(raw, 0, learned=False).run().text  # the rules keep it
    result = clean(raw)
    assert masthead not in result.text
    assert result.text.endswith(f"{LEAD}\n\n{MORE}")
    furniture = [d for d in result.dropped if d.reason is DropReason.FURNITURE]
    assert [raw[d.start : d.end] for d in furniture] == [masthead]


def test_the_model_ranks_a_gallery_above_the_story_above_a_standfirst() -> None:
    standfirst = "The plan ends two years of talks between the operators and the union."
    raw = f"{HEADLINE}\n\n{CAPTIONS}\n{standfirst}\n\n{LEAD}\n\n{MORE}\n"
    lines = split_lines(raw)
    kept = kept_indices(raw)
    dropped = [lines[i].text for i in furniture_lines(lines, kept, cutoff=0.5)]
    assert dropped[-2:] == CAPTIONS.splitlines()
    assert standfirst not in dropped


def test_a_standfirst_sentence_above_the_lead_stays() -> None:
    standfirst = "The plan ends two years of talks between the operators and the union."
    raw = f"{HEADLINE}\n\n{standfirst}\n\n{LEAD}\n\n{MORE}\n"
    assert standfirst in clean(raw).text


_SHORT = st.sampled_from(
    ["Share", "Photo: Harbour Studio", "Ada Lund", "Read more", "12 May 2024", "Subscribe now"]
)


@settings(max_examples=60, deadline=None)
@given(above=st.lists(_SHORT, max_size=5), between=st.lists(_SHORT, max_size=5))
def test_nothing_at_or_below_the_first_prose_is_the_models_to_drop(
    above: list[str], between: list[str]
) -> None:
    raw = "\n\n".join([*above, LEAD, *between, MORE]) + "\n"
    result = clean(raw)
    first_prose = raw.index(LEAD)
    furniture = [d for d in result.dropped if d.reason is DropReason.FURNITURE]
    assert all(d.end <= first_prose for d in furniture)
    assert LEAD in result.text and MORE in result.text


def test_without_the_models_nothing_is_furniture() -> None:
    raw = f"{HEADLINE}\n\n{CAPTIONS}\n{LEAD}\n\n{MORE}\n"
    result = cleaning._Cleaner(raw, 0, learned=False).run()
    assert not any(d.reason is DropReason.FURNITURE for d in result.dropped)
    assert 0 < LINE_CUTOFF < 1


def test_lines_that_read_as_the_story_are_never_the_models_to_judge() -> None:
    story = [
        "1. New berths for the ferries",  # a list's item
        "Ada Lund has run the port for ten years. She says the cranes are older than she is.",
        "The board formulated a plan that aims at the highest level of safety on the quay for "
        "every crew and every passenger, and",  # a paragraph broken off mid-sentence
        "The harbour master met the crews at the quay on Monday morning and",  # runs on …
        "talked for an hour",  # … into the line under it
        "[Applause]",
    ]
    raw = f"{HEADLINE}\n\n" + "\n\n".join(story[:4]) + f"\n{story[4]}\n\n{story[5]}\n\n{LEAD}\n"
    lines = split_lines(raw)
    judged = [lines[i].text for i, _ in line_candidates(lines, kept_indices(raw))]
    assert judged == [HEADLINE]


def test_a_caption_with_its_credit_is_judged() -> None:
    caption = "Ada Lund at the harbour office. Photograph courtesy Northport Records"
    raw = f"{HEADLINE}\n\n{caption}\n\n{LEAD}\n"
    lines = split_lines(raw)
    assert caption in [lines[i].text for i, _ in line_candidates(lines, kept_indices(raw))]
