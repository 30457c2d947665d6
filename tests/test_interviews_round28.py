"""Round 28: an unlabelled interview under a headline that is the guest's name, and the
interviewer a standfirst names before the next sentence."""

from __future__ import annotations

import claimtrack
from claimtrack.reading.cleaning import clean

_PAGE = (
    "Ada Lund\n\n"
    "The headteacher of Northport High, which received an outstanding inspection report, talks "
    "about passion and tradition. Interview by Tom Berg. Photography by Eva Holm\n\n"
    "How would you describe Northport High when you arrived in 2007?\n\n"
    "There were issues around staff morale, budgets and behaviour. Attainment was nowhere near "
    "what it could have been.\n\n"
    "Is that something you can spot quickly in a school?\n\n"
    "There is a vibe that you can almost pick up between your car and the reception. I look for "
    "litter first.\n\n"
    "What's the first thing you do as a new head?\n\n"
    "I had a fortunate introduction to the school. I was known to many people.\n\n"
    "What has been the most telling sign of improvement?\n\n"
    "Our exam results. We have doubled the passes in five years.\n"
)


def test_a_headline_that_is_a_name_names_the_guest_and_the_standfirst_the_interviewer() -> None:
    article = clean(_PAGE).to_article("lund", _PAGE)
    found = claimtrack.extract_quotations(article)
    assert len(found) == 8
    assert {q.speaker_full for q in found[1::2]} == {"Ada Lund"}
    assert {q.speaker_full for q in found[0::2]} == {"Tom Berg"}  # not "Tom Berg. Photography"
    assert all(q.kind == "interview" and q.confidence < 0.8 for q in found)


def test_a_page_of_several_guests_names_each_one_over_their_questions() -> None:
    page = (
        "A new generation for Northport's theatres\n\n"
        "Five actors who grew up in Northport tell the Courier about their careers, their "
        "challenges and their plans for the stage in the coming seasons.\n\n"
        "Read excerpts from their interviews:\n\n"
        "Ada Lund\n\n"
        "Which role have you found the most challenging in your career?\n\n"
        "Every role has its own challenges, but one comes to mind. I had to play a sailor.\n\n"
        "What do you think the theatre is lacking?\n\n"
        "Structure. We need more of it, and I think the funders know it.\n\n"
        "Eva Holm\n\n"
        "How did you start acting?\n\n"
        "I started at school. My teacher pushed me onto the stage when I was nine.\n\n"
        "What would you tell a young actor?\n\n"
        "Work hard and be kind. I was lucky to learn that early.\n"
    )
    found = claimtrack.extract_quotations(clean(page).to_article("actors", page))
    answers = [q.speaker_full for q in found if q.resolution == "interviewee"]
    assert answers == ["Ada Lund", "Ada Lund", "Eva Holm", "Eva Holm"]
