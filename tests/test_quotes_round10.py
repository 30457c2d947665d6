"""Round 10 of quotation finding: interviews, transcripts and statements (composed fixtures:
invented names, outlets and sentences)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.interview_labels import find_labels
from claimtrack.aids.mentions import ArticleReader


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker_full, q.kind) for q in ct.extract_quotations(text)]


# ------------------------------------------------- prose interviews with no labels at all

_PROSE_EN = (
    "On Monday, Governor Tomas Verhoeven of Lindmark Province spoke on Morning Hour. He spoke "
    "on many issues of regional importance.\n\n"
    "Excerpts follow:\n\n"
    "The campaign is on but governing still goes on. So, you are counting the days?\n\n"
    "Yes, I think 90 days to go. I count every day.\n\n"
    "Does that mean you’re looking forward to leaving?\n\n"
    "I am, I’m looking forward to handing the work to someone else.\n\n"
    "Some thought you would stay on as an adviser. What happens to that?\n\n"
    "We are still talking about it. I will always be ready to help.\n"
)


def test_a_question_saying_youre_is_addressed_to_the_guest() -> None:
    found = _found(_PROSE_EN)
    assert ("Does that mean you’re looking forward to leaving?", None, "interview") in found
    answers = [t for t, who, kind in found if who == "Tomas Verhoeven" and kind == "interview"]
    assert answers[0] == "Yes, I think 90 days to go. I count every day."
    assert len(answers) == 3


_PROSE_ES = (
    "“No me arrepiento”, dice el exministro Ramiro Valdés Oña al recordar el año de la "
    "reforma. “Seguimos el camino del diálogo”, replica.\n\n"
    "¿Lo sorprendió el resultado de la consulta de marzo?\n\n"
    "No. Todas las encuestas lo anticipaban. Y creo que nosotros perdimos una oportunidad.\n\n"
    "¿Por qué cree que se dio ese resultado?\n\n"
    "Hubo dos factores. Los errores de nuestro sector fueron claros y nos costaron caro.\n"
)


def test_spanish_questions_set_apart_by_their_opening_mark_are_turns() -> None:
    found = _found(_PROSE_ES)
    assert ("¿Lo sorprendió el resultado de la consulta de marzo?", None, "interview") in found
    assert ("¿Por qué cree que se dio ese resultado?", None, "interview") in found
    answers = [t for t, who, kind in found if kind == "interview" and who == "Ramiro Valdés Oña"]
    assert len(answers) == 2


def test_a_columnists_own_spanish_questions_answered_in_the_third_person_are_no_interview() -> None:
    text = (
        "El consejo municipal aprobó el presupuesto el lunes.\n\n"
        "¿Qué pasa ahora?\n\n"
        "El presupuesto pasa al gobierno regional, que tiene un mes para revisarlo.\n\n"
        "¿Quién paga las obras?\n\n"
        "La región financia la mitad y el resto sale de la tasa portuaria.\n"
    )
    assert [kind for _, _, kind in _found(text)] == []


# ------------------------------------- a press conference by topic, answers in quote marks

_PRESS = (
    "Comments from Harbourside head coach Ada Lindqvist and captain Piet Moraes at their "
    "eve-of-match media conference at Greyfield Park.\n"
    "Ada Lindqvist, head coach:\n"
    "On the challenge of playing at Greyfield Park:\n"
    "“It’s a special ground and I think the crowd will be loud. We are ready for it.”\n"
    "On choosing Tom Brennan over Sam Okafor:\n"
    "“It is based on the work they have done. I trust both of them.”\n"
    "On what she expects from Northvale:\n"
    "“I’m often asked about last year. We beat them then and we want to do it again.\n"
    "“But this game is special in its own right. I have never seen so much put on it.”\n"
)


def test_quoted_answers_under_topic_prompts_are_the_headed_speakers() -> None:
    found = _found(_PRESS)
    assert [who for _, who, _ in found] == ["Ada Lindqvist"] * 4
    assert found[0][0] == (
        "It’s a special ground and I think the crowd will be loud. We are ready for it."
    )
    assert {kind for _, _, kind in found} == {"interview"}


def test_a_quote_under_a_prompt_with_its_own_cue_keeps_its_speaker() -> None:
    text = (
        "Remarks after the final whistle.\n"
        "On the referee:\n"
        "“He had a difficult night and I would rather not say more,” said Jonas Ebbe.\n"
        "On the league:\n"
        "“We are still in it. I believe in this team,” said Jonas Ebbe.\n"
    )
    assert [who for _, who, _ in _found(text)] == ["Jonas Ebbe", "Jonas Ebbe"]
    assert {kind for _, _, kind in _found(text)} == {"quote"}


# ----------------------------------------- labelled interviews: web addresses, one question


def test_an_outlet_asking_under_its_web_address_is_the_interviewer() -> None:
    text = (
        "Eigentlich sollte es ein kurzes Gespräch mit Trainer Lukas Wendtner werden.\n\n"
        "sportblatt.de: Sie sind seit einem Jahr Trainer in Feldkirch. Wie haben Sie die "
        "Anfangszeit erlebt?\n\n"
        "Lukas Wendtner: Die Situation war am Anfang nicht einfach, aber ich habe viel gelernt.\n"
    )
    found = _found(text)
    assert found[0][1] == "sportblatt.de"
    assert found[0][0].startswith("Sie sind seit einem Jahr")
    assert found[1] == (
        "Die Situation war am Anfang nicht einfach, aber ich habe viel gelernt.",
        "Lukas Wendtner",
        "interview",
    )


def test_a_list_of_links_is_no_interview() -> None:
    text = (
        "The council published its plan on Monday.\n\n"
        "harbourtimes.com: Council adopts the harbour plan after a long debate.\n\n"
        "harbourtimes.com: What the harbour plan means for the ferry routes?\n"
    )
    assert _found(text) == []


def test_one_unlabelled_question_is_a_turn_where_the_guest_is_labelled_twice() -> None:
    text = (
        "Interview: Marta Ilves\n\n"
        "MARTA ILVES: Our ports are ready for the new trade rules, and we expect the first "
        "ships in the spring.\n\n"
        "How has the drought affected the river trade?\n\n"
        "ILVES: The drought cut the barges' loads by a third, and we have asked for help.\n"
    )
    found = _found(text)
    assert ("How has the drought affected the river trade?", None, "interview") in found
    assert [who for _, who, _ in found].count("Marta Ilves") == 2


def test_one_question_before_a_single_labelled_statement_stays_narration() -> None:
    text = (
        "The strike entered its second week.\n\n"
        "What will the union do next?\n\n"
        "Ada Berg: We will meet on Friday and decide.\n"
    )
    assert "What will the union do next?" not in [t for t, _, _ in _found(text)]


# ------------------------------------------ a statement opened once and closed at its end

_RELAYED = (
    "VELDA, MAY 3, NORTHPRESS. The Ministry of Ports has issued a statement on "
    "the closure of the canal. As NORTHPRESS was told by the ministry's press office, the "
    "statement runs as follows,\n\n"
    "‘’On May 2 an agreement was reached in Orlen on the reopening of the canal to all "
    "ships, after talks between the two port authorities.\n\n"
    "But breaking its word, the neighbouring authority kept the locks shut for a second "
    "day.\n\n"
    "We strongly condemn the closure and call for the locks to be opened at once’’, reads "
    "the statement.\n"
)


def test_a_statement_opened_once_and_closed_at_its_end_is_quoted_in_every_paragraph() -> None:
    found = _found(_RELAYED)
    assert [t[:20] for t, _, _ in found] == [
        "On May 2 an agreemen",
        "But breaking its wor",
        "We strongly condemn ",
    ]
    assert found[-1][0].endswith("opened at once")
    assert {who for _, who, _ in found} == {"Ministry of Ports"}


def test_a_relayed_statement_cued_by_name_at_its_end_is_that_persons() -> None:
    text = (
        "The harbour board met on Tuesday.\n\n"
        "“We have decided to close the north quay for repairs this winter.\n\n"
        "The work will take four months and the ferries will use the south quay.\n\n"
        "We thank the passengers for their patience,” said board chair Ines Mauer.\n"
    )
    found = _found(text)
    assert len(found) == 3
    assert {who for _, who, _ in found} == {"Ines Mauer"}


def test_an_open_quote_followed_by_narration_and_another_quote_is_no_relayed_statement() -> None:
    text = (
        "“We have decided to close the north quay for repairs this winter.\n\n"
        "The board also discussed the budget for the coming year and new cranes.\n\n"
        "Board chair Ines Mauer said: “The cranes are old.” Members agreed.\n"
    )
    texts = [t for t, _, _ in _found(text)]
    assert not any(t.startswith("The board also discussed") for t in texts)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "“We will go on.",
                "It is late.",
                "The board met”, said Ada Lund.",
                "‘’Yes.",
                "No’’, reads the statement.",
                "“Open”",
                "So it goes.",
                "Fine,” he said.",
            ]
        ),
        min_size=1,
        max_size=8,
    )
)
def test_quotations_of_relayed_statements_stay_inside_their_paragraph(paras: list[str]) -> None:
    text = "The ministry issued a statement on Monday.\n\n" + "\n\n".join(paras) + "\n"
    for q in ct.extract_quotations(text):
        assert text[q.start : q.end] == q.text
        assert "\n" not in q.text


# ---------------------------------- an announced interview: one exchange, an opening turn

_ANNOUNCED = (
    "Among this week's interviews is that of Mayor Oskar Lindfors with the Valley Courier, "
    "reproduced on the city's website.\n"
    "Thank you, Oskar Petrovich, for finding time for this conversation. Our readers have "
    "waited for your view on the year.\n"
    "What do you remember most about the past year?\n"
    "I would like to thank everyone who worked with us this year.\n"
    "The year was full of events for our city. We opened two schools and a new bridge.\n"
)


def test_an_interview_the_lead_announces_needs_one_exchange() -> None:
    found = _found(_ANNOUNCED)
    assert found[0] == (
        "Thank you, Oskar Petrovich, for finding time for this conversation. Our readers have "
        "waited for your view on the year.",
        None,
        "interview",
    )
    assert found[1] == ("What do you remember most about the past year?", None, "interview")
    assert [who for _, who, _ in found[2:]] == ["Oskar Lindfors", "Oskar Lindfors"]


def test_one_exchange_the_lead_does_not_announce_is_no_interview() -> None:
    text = _ANNOUNCED.replace("Among this week's interviews is that", "Among this week's news")
    assert _found(text) == []


# ------------------------------------------------- a hyphenated name as a label on its line


def test_a_hyphenated_name_labels_the_turn_under_it() -> None:
    text = (
        "The following interview took place in Lyonne before the festival.\n\n"
        "Reel Notes: Did you set out to work more in television than in film?\n\n"
        "Park Min-jae:\n"
        "It’s true that I’ve worked in television for a long time, and it just happened.\n\n"
        "Reel Notes: And what comes next?\n"
    )
    found = _found(text)
    assert (
        "It’s true that I’ve worked in television for a long time, and it just happened.",
        "Park Min-jae",
        "interview",
    ) in found


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Park Min-jae:", "Ada O’Neil:", "-:", "Min-:", "A-b-c d:", "Yes.", "Q: Why?", "x"]
        ),
        min_size=1,
        max_size=6,
    )
)
def test_labels_open_their_paragraph_and_hold_no_line_break(lines: list[str]) -> None:
    text = "\n\n".join(lines)
    paras = ArticleReader(text).paragraphs
    for label in find_labels(text, paras):
        assert text.startswith(label.text, label.para.start)
        assert "\n" not in label.text


def test_a_relayed_statement_opened_after_a_cue_is_the_cued_speakers() -> None:
    text = (
        "The harbour board met on Tuesday. Board chair Ines Mauer said: “We have decided to "
        "close the north quay for repairs this winter.\n\n"
        "The work will take four months and the ferries will use the south quay.\n\n"
        "We thank the passengers for their patience.”\n"
    )
    found = _found(text)
    assert [t[:12] for t, _, _ in found] == ["We have deci", "The work wil", "We thank the"]
    assert {who for _, who, _ in found} == {"Ines Mauer"}


def test_a_quote_left_open_by_mistake_and_another_speakers_closing_are_no_statement() -> None:
    text = (
        "Board chair Ines Mauer said: “We have decided to close the north quay this winter.\n\n"
        "The ferries will use the south quay from December until the end of March.\n\n"
        "Nobody asked the ferry crews about any of this,” said union leader Tomas Brandt.\n"
    )
    found = _found(text)
    assert not any(t.startswith("The ferries will use") for t, _, _ in found)
