"""Round 37: a press conference written up by topic prompts that end with an ellipsis ("On the
win...") as well as with a colon: the answers under them are the manager's."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack

_PAGE = (
    "Harbour Town manager Ada Lund spoke to the media after the win at Eastwick.\n\n"
    "On the victory{mark}\n"
    "We showed energy and some good football. Put those together and you win games.\n\n"
    "On the changes to the side{mark}\n"
    "Tom's knee was sore so we brought Ivo in and he did well for us tonight.\n\n"
    "On the first half{mark}\n"
    "We did not play well early on. There were a few words at half time.\n"
)


@pytest.mark.parametrize("mark", ["...", "…", ":"])
@pytest.mark.parametrize("learned", [False, True])
def test_topic_prompts_ending_with_an_ellipsis_give_the_answers_to_the_manager(
    mark: str, learned: bool
) -> None:
    found = claimtrack.extract_quotations(_PAGE.format(mark=mark), learned=learned)
    answers = [q for q in found if q.text.startswith(("We showed", "Tom's knee", "We did not"))]
    assert len(answers) == 3
    assert {q.speaker_full for q in answers} == {"Ada Lund"}


def test_a_line_ending_in_an_ellipsis_alone_prompts_nothing() -> None:
    text = (
        "Ada Lund spoke after the match.\n\n"
        "On and on it went...\n"
        "The crowd left early and the bar stayed empty all night.\n"
    )
    assert claimtrack.extract_quotations(text, learned=False) == ()


@pytest.mark.parametrize("learned", [False, True])
def test_a_label_glued_to_an_inverted_question_mark_is_a_turn(learned: bool) -> None:
    text = (
        "Entrevista a Mara, alcaldesa de Velm\n\n"
        "Nos sentamos y Nell realizó la entrevista que a continuación os transcribimos:\n\n"
        "Nell: En primer lugar queremos agradecerle que nos reciba.\n\n"
        "Mara: Nada, ningún problema, encantada de recibiros.\n\n"
        "N:¿Cómo le llegó la idea de ser alcaldesa?\n\n"
        "M: Pues me presenté para colaborar con el pueblo y para ayudar.\n"
    )
    found = claimtrack.extract_quotations(text, learned=learned)
    question = [q for q in found if "idea de ser alcaldesa" in q.text]
    assert [q.speaker_full for q in question] == ["Nell"]
    assert question[0].text.startswith("¿Cómo")


def test_a_rubric_headline_in_title_case_names_no_guest(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Newsletter Login\n\n"
        "Real Questions from Real Readers\n\n"
        "Q: After you drop a ferry route from your guide, you sometimes still rate it on your "
        "list. Why not drop the rating too?\n\n"
        "A: Dear Reader,\n\n"
        "The purpose of our list is to offer a snapshot opinion on the main routes. Our guide "
        "serves a very different purpose.\n\n"
        "Thanks for your interest,\n\n"
        "Tom Reed, Editor\n",
        encoding="utf-8",
    )
    found = claimtrack.extract_quotations(claimtrack.load_article(page))
    answer = [q for q in found if q.text.startswith("Dear Reader")]
    assert [q.speaker_full for q in answer] == ["Tom Reed"]  # signed, not "Real Questions"
