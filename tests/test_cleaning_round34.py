"""Round 34: a caption closing on a bracket that names its picture ("(HNA photo)", "[Photo
provided to Harbour Daily]", "[Photo/Agencies]", "(File photo)"), or on its photographer and
outlet in brackets ("(Ada Lund, Harbour TV)"), which may also stand alone ("(Northwire/Ada
Lund)")."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import DropReason, boilerplate_reason


@pytest.mark.parametrize(
    "line",
    [
        "Orange skies over Northport on Saturday evening ahead of the storm. (HNA photo)",
        "Troops move in at the Harbour Hotel in 2007. (Ada Lund image)",
        "The production line of Acme Ltd in Northport. [Photo provided to Harbour Daily]",
        "The production line of Acme Ltd in Northport. [Photo/Agencies]",
        "Dockers at the quay on Monday. [Photo by Tom Berg/Harbour Daily]",
        "Mayor Ada Lund at the quay on Monday. (File photo)",
        "(Northwire/Ada Lund)",
        "(Tom Berg/Northwire)",
        "Scene of the crash on Quay Street (Ada Lund, Harbour TV)",
        "Scene of the crash on Quay Street (Ada Lund/Harbour Daily)",
    ],
)
def test_a_caption_closing_on_a_bracket_naming_its_picture_is_dropped(line: str) -> None:
    assert boilerplate_reason(line, header=False) is DropReason.IMAGE_CAPTION


@pytest.mark.parametrize(
    "line",
    [
        "The council approved the plan on Monday. (See photo)",  # points at a picture
        "The council approved the plan on Monday. (Top photo)",
        "The council met on Monday. It approved the plan. (Harbour Daily photo)",  # two sentences
        "Ada Lund won the prize at the gala (Northport Photo Awards).",  # no stop before it
        "The exhibition opened on Monday (World Press Photo)",
        "The council met the board (Harbour Board, Northport)",  # no person in the bracket
        "He said it was over (Tom Berg, right)",
        "The talks were held in the capital (Ada Lund, 2019)",
        "I think the plan for the port is a bad one. (Ada Lund, Northport)",  # a letter signed
    ],
)
def test_prose_closing_on_a_bracket_stays(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None


def test_the_caption_printed_twice_goes_both_times() -> None:
    caption = "Orange skies over Northport on Saturday evening ahead of the storm."
    raw = (
        "Northport shuts schools for the storm\n\n"
        f"{caption}\n\n{caption} (HNA photo)\n\n"
        "NORTHPORT — Northport and Harbour City said on Saturday that their offices and schools "
        "would close on Sunday as the storm nears.\n\n"
        "The storm is expected to reach the coast by noon.\n"
    )
    text = clean(raw).text
    assert caption not in text
    assert text.startswith("NORTHPORT — Northport and Harbour City said")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Communities Minister Ada Lund.", DropReason.IMAGE_CAPTION),  # a portrait's caption
        ("Communities Minister Ada Lund.Communities Minister Ada Lund.", DropReason.IMAGE_CAPTION),
        (
            "A rescue raft out in the flood waters.A rescue raft out in the flood waters.",
            DropReason.IMAGE_CAPTION,
        ),
        ("Page: [[$index + 1]]", DropReason.UI_WORD),  # a template's tag left in the copy
        ("ID: {{comments.info.id}}", DropReason.UI_WORD),
    ],
)
def test_a_portraits_caption_a_caption_glued_twice_and_template_tags_go(
    line: str, reason: DropReason
) -> None:
    assert boilerplate_reason(line, header=False) is reason


@pytest.mark.parametrize(
    "line",
    [
        "Communities Minister Ada Lund said the plan was good.",
        "The plan was good. The plan was good, he said.",
        "See [[the list]] below for more on the plan and what the council said on Monday.",
    ],
)
def test_prose_with_a_name_a_repeat_or_brackets_stays(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None
