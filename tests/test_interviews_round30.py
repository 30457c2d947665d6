"""Round 30: an interview the headline announces without naming its guest, and "Q:" questions
whose answers run over paragraphs that end on a quotation."""

from __future__ import annotations

import claimtrack

_AUTHOR_INTERVIEW = """\
#FloodNovel: Author Interview

What is the story behind the new novel?

My second novel is set in a port town during the great flood. It follows three families.

I wanted the town itself to be the main character.

What was the hardest part of writing it?

Without a doubt the editing. It took me a whole winter.

Why did the flood matter so much?

My grandmother lived through it, and I grew up on her stories.

What comes next?

I have started on a third book, about the same harbour a century later.
"""


def _texts(text: str) -> list[str]:
    return [q.text for q in claimtrack.extract_quotations(text)]


def test_an_interview_the_headline_announces_is_read_without_a_named_guest() -> None:
    found = claimtrack.extract_quotations(_AUTHOR_INTERVIEW)
    texts = [q.text for q in found]
    assert "What was the hardest part of writing it?" in texts
    assert "Without a doubt the editing. It took me a whole winter." in texts
    assert "I wanted the town itself to be the main character." in texts
    assert "I have started on a third book, about the same harbour a century later." in texts
    assert all(q.kind == "interview" and q.confidence < 0.8 for q in found)
    assert {q.speaker for q in found} == {None}  # nobody is named: no guess


def test_questions_with_no_headline_word_for_interview_stay_narration() -> None:
    # The same page under a news headline: three questions that never say "you" are an
    # explainer's subheadings, not an interviewer's turns.
    page = _AUTHOR_INTERVIEW.replace("#FloodNovel: Author Interview", "The flood novel")
    assert _texts(page) == []


_Q_PAGE = """\
Northport's mayor looks back on the year.

Q: For you, what was the toughest choice this year?

One was the harbour plan. I had folks saying, ‘Don’t touch it.’

The budget was not easy either. Some days you leave here just going, ‘How are we going to do this?’

Q: How worried are you about cuts? With the deficit this large, that looks like a likely route.

On one hand, I understand the province has to balance its books.

Am I concerned? Absolutely.

Q: Have you raised it with them?

We have, and we will keep raising it.
"""


def test_answers_after_q_labels_run_on_over_quotes_and_questions_they_quote() -> None:
    texts = _texts(_Q_PAGE)
    assert "One was the harbour plan. I had folks saying, ‘Don’t touch it.’" in texts
    assert (
        "The budget was not easy either. Some days you leave here just going, "
        "‘How are we going to do this?’" in texts
    )
    # the question's last sentence is no question; the answers after it are still answers
    assert "On one hand, I understand the province has to balance its books." in texts
    assert "Am I concerned? Absolutely." in texts
    assert "We have, and we will keep raising it." in texts


_GLUED = """\
What is your view of the new harbour law?It has been the best thing for this town in years.

We waited a long time for it, and I am glad we have it now.

What worries you most?My main concern is that fishermen work hard and get little for it.

We want to help them sell their catch at a fair price.
"""


def test_questions_glued_to_their_answers_are_split_into_turns() -> None:
    found = claimtrack.extract_quotations(_GLUED)
    assert [q.text for q in found] == [
        "What is your view of the new harbour law?",
        "It has been the best thing for this town in years.",
        "We waited a long time for it, and I am glad we have it now.",
        "What worries you most?",
        "My main concern is that fishermen work hard and get little for it.",
        "We want to help them sell their catch at a fair price.",
    ]
    assert all(q.kind == "interview" and q.confidence < 0.8 for q in found)


def test_one_question_run_into_a_capital_is_no_interview() -> None:
    page = (
        "Who pays for the harbour wall?The council says the port should.\n\n"
        "The port says it has no money for it this year.\n"
    )
    assert _texts(page) == []


def test_a_dateline_with_its_date_in_brackets_is_no_speaker_label() -> None:
    page = (
        "NORTHPORT (May 31): Here is a brief recap of some corporate announcements that made "
        "news on Tuesday (May 30): Harbour Bank, Northport Steel and Lund Foods.\n\n"
        "Harbour Bank’s net profit rose 25% to 105 million in the first quarter.\n\n"
        "Northport Steel posted a second straight quarterly profit of 58 million.\n"
    )
    assert _texts(page) == []


def test_what_someone_owns_is_no_label_but_their_office_is() -> None:
    page = (
        "Mayor Ada Lund set out her plans on Monday.\n\n"
        "Ada Lund's Top Priorities: The Budget Deficit\n\n"
        "The city faces a gap of 380 million in next year's budget.\n\n"
        "Ada Lund's Top Priorities: Pension Reform\n\n"
        "Pension costs have doubled in ten years.\n"
    )
    assert _texts(page) == []
    office = "Northland’s FM: “We are not in a position to wage war”\n"
    assert [q.speaker for q in claimtrack.extract_quotations(office)] == ["Northland’s FM"]


_PRESS_CONFERENCE = """\
Statsminister Ada Lund:

Welcome, all of you. Our meetings here in Northport have made it clear that we share a path.

Norges statsminister Tom Berg Holm:

Thank you, Ada. I believe this summit is important for all of us.
"""


def test_a_label_with_a_country_and_a_title_in_lower_case_names_the_one_after_them() -> None:
    found = claimtrack.extract_quotations(_PRESS_CONFERENCE)
    assert [(q.speaker_full, q.text[:12]) for q in found] == [
        ("Ada Lund", "Welcome, all"),
        ("Tom Berg Holm", "Thank you, A"),
    ]


def test_a_series_rubric_with_a_name_names_the_guest(tmp_path) -> None:
    page = (
        "Question Time with Ada Lund\n\n"
        "This year's guests include Tom Berg, whose novel won last spring. Tom Berg will read "
        "on the opening night.\n\n"
        "Which book are you reading now?\n\n"
        "I am reading a history of the harbour, and planning to read Tom Berg's novel next.\n\n"
        "Which character would you invite to dinner?\n\n"
        "I would invite the lighthouse keeper from my first book.\n\n"
        "What word would you remove from the dictionary?\n\n"
        "I would remove selfie, and all its family members.\n"
    )
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    found = claimtrack.extract_quotations(claimtrack.load_article(tmp_path / "page.txt"))
    answers = [q for q in found if q.text.startswith("I ")]
    assert len(answers) == 3 and {q.speaker_full for q in answers} == {"Ada Lund"}


def test_a_sections_head_with_a_colon_is_no_speaker() -> None:
    page = (
        "The court adjourned the review of the harbour ruling on Monday.\n\n"
        "Key Developments:\n\n"
        "During the hearing, counsel Ada Lund requested a postponement to prepare a response.\n\n"
        "Justice Tom Berg suggested the response be filed by the next hearing.\n\n"
        "Key Developments:\n\n"
        "Justice Eva Holm questioned the timing of the objection.\n"
    )
    assert _texts(page) == []


def test_a_fact_boxs_fields_are_no_turns() -> None:
    page = (
        "Harvest on the Northport farm was better than feared, Ada Lund said.\n\n"
        "Crop: Oilseed rape\n\nVariety: Cabernet\n\nYield: 4.4t/ha (1.8t/acre)\n\n"
        "Crop: Winter barley\n\nVariety: Saffron\n\nYield: 5-7.4t/ha\n"
    )
    assert _texts(page) == []


def test_short_turns_that_end_their_sentences_stay_turns() -> None:
    page = (
        "Ada Lund spoke to the Courier about the harbour.\n\n"
        "Q: Will the harbour reopen?\n\nLund: Yes, in spring.\n\n"
        "Q: Are you sure?\n\nLund: Quite sure.\n"
    )
    assert "Quite sure." in _texts(page)


def test_a_list_of_questions_set_with_dashes_is_no_dialogue() -> None:
    page = (
        "Ada Lund made this information request to the Northport Harbour Board.\n\n"
        "We are making this official request:\n\n"
        "- what are the rules on who can moor in the inner harbour?\n"
        "- can you supply the minutes of the board's meetings this year?\n"
        "- how were the new mooring fees decided?\n"
        "- who chose the firms that manage the moorings?\n"
        "- who are the members of the fees committee?\n"
        "- what criteria were used to choose them?\n"
    )
    assert _texts(page) == []
