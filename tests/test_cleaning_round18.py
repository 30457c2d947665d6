"""Cleaning, round 18: read-also pointers in some forty languages, wire captions, a media
player's clock, inside a story's body."""

from __future__ import annotations

import pytest

from claimtrack.reading.caption_forms import is_caption_form
from claimtrack.reading.cleaning import clean
from claimtrack.reading.notices import is_related_link
from claimtrack.reading.sidebars import is_read_also

P1 = "The council approved the new flood plan on Monday after a long debate in the chamber."
P2 = "Members voted by a wide margin to fund new defences along the river and the harbour."
P3 = "Work on the first section of the wall is due to start in the spring, engineers said."


def _inside_body(line: str) -> str:
    result = clean(f"Council approves the harbour flood plan\n\n{P1}\n\n{P2}\n\n{line}\n\n{P3}\n")
    assert P1 in result.text and P3 in result.text, "the body around the line is kept"
    return result.text


@pytest.mark.parametrize(
    "line",
    [
        "Czytaj także: Rada odrzuca plan budowy wału",
        "यह भी पढ़ें: परिषद ने बांध की योजना खारिज की",
        "اقرأ أيضا: المجلس يرفض خطة السد",
        "Xem thêm: Hội đồng bác bỏ kế hoạch đê",
        "Läs också: Rådet avvisar planen för vallen",
        "Les også: Rådet avviser planen for diket",
        "Lue myös: Valtuusto hylkää patosuunnitelman",
        "Přečtěte si také: Rada zamítla plán hráze",
        "Citește și: Consiliul respinge planul digului",
        "Διαβάστε επίσης: Το συμβούλιο απορρίπτει το σχέδιο",
        "Ayrıca okuyun: Meclis baraj planını reddetti",
        "Pročitajte još: Vijeće odbacilo plan nasipa",
        "Olvassa el: A tanács elutasítja a gát tervét",
        "関連記事：議会が堤防計画を否決",
    ],
)
def test_a_read_also_pointer_in_another_language_is_dropped(line: str) -> None:
    assert is_related_link(line)
    assert line not in _inside_body(line)


@pytest.mark.parametrize("heading", ["Czytaj także", "Xem thêm", "Läs också:", "यह भी पढ़ें"])
def test_a_read_also_heading_alone_is_read_as_one(heading: str) -> None:
    assert is_read_also(heading)


@pytest.mark.parametrize(
    "line",
    [
        "FILE - A man walks past the council offices in Northbridge on March 3, 2021.",
        "FILE PHOTO: A man walks past the council offices in Northbridge, March 3, 2021.",
        "ARCHIVO - Un hombre camina frente a las oficinas del consejo en Northbridge.",
        "Passengers wait outside the council offices in Northbridge (AP)",
        "A man walks past the council offices in Northbridge (Getty Images)",
        "(Reuters)",
        "A man walks past the council offices in Northbridge.ADA LUND/The Northbridge Courier",
    ],
)
def test_a_wire_caption_is_a_caption_and_is_dropped(line: str) -> None:
    assert is_caption_form(line)
    assert line not in _inside_body(line)


@pytest.mark.parametrize(
    "line",
    [
        "The file was sent to the council on Monday (and to the mayor on Tuesday).",
        "Officials said the plan would cost about £40m (AP reported a higher figure).",
        "File - the council's name for the archive - holds every plan since 1990.",
        "The agency named the engineer as A. Lund/Berg in its report on Monday.",
    ],
)
def test_prose_that_looks_a_little_like_a_caption_is_kept(line: str) -> None:
    assert not is_caption_form(line)
    assert line in _inside_body(line)


@pytest.mark.parametrize(
    "line", ["00:00 / 02:15", "1:02:03 / 1:10:00", "Open this photo in gallery:", "Fotó: Lund Ada"]
)
def test_a_players_clock_a_gallery_prompt_and_a_photo_label_are_dropped(line: str) -> None:
    assert line not in _inside_body(line)
