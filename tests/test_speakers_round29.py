"""Round 29: a titled person after a body's "X of Y" name, a player's position and an agent as
titles, a transcript's initials given in brackets at the first turn, a series' rubric in the
headline, a room as a place, and a press conference's titled speaker."""

from __future__ import annotations

import pytest

import claimtrack
from claimtrack.aids.marks import scan_marks
from claimtrack.text.sentences import split_paragraphs


def _quotes(text: str) -> list[claimtrack.Quotation]:
    return list(claimtrack.extract_quotations(text))


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_full or q.speaker for q in _quotes(text)]


def _loaded(page: str, tmp_path) -> list[claimtrack.Quotation]:
    """The page's quotations as a user gets them: the file loaded (and cleaned) first."""
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    return _quotes(claimtrack.load_article(tmp_path / "page.txt"))


@pytest.mark.parametrize(
    "cue",
    [
        "Local Government Association of Northport CEO Ada Lund said",
        "said Northport Hornets forward Ada Lund",
        "says Harbour Rural Livestock Agent Ada Lund",
        "Ministry of Health spokesman Ada Lund said",
    ],
)
def test_a_person_after_a_bodys_name_and_a_title_speaks(cue: str) -> None:
    text = f"The storm hit Northport on Monday.\n\n“We should remain vigilant at all times,” {cue}."
    assert _speakers(text) == ["Ada Lund"]


def test_a_body_named_x_of_y_still_speaks_as_one() -> None:
    text = "Rates rose again.\n\n“We agree,” the Bank of England said.\n"
    assert _speakers(text) == ["Bank of England"]


_HEARING = (
    "Transcript of the hearing\n\n"
    "SENATOR ADA LUND (AL): Good morning to the secretary and her staff.\n\n"
    "SENATOR TOM BERG (TB): I was simply relaxing, Madam Chair, not sleeping.\n\n"
    "AL: Are you ready with your questions, Senator?\n\n"
    "TB: Yes, I am ready with them.\n\n"
    "TOM: The ratio is worse than one to forty.\n"
)


def test_a_transcripts_initials_in_brackets_label_the_later_turns() -> None:
    found = _quotes(_HEARING)
    lund, berg = "Ada Lund", "Tom Berg"
    assert [q.speaker_full for q in found] == [lund, berg, lund, berg, berg]
    # As written, each turn keeps the label it has.
    assert [q.speaker_as_written for q in found][2:] == ["AL", "TB", "TOM"]


def test_a_bracket_that_is_no_ones_initials_is_no_alias() -> None:
    # ("AL:" would still be Ada Lund by her own initials: the later label is the bracket's.)
    text = _HEARING.replace("(AL)", "(ZX)").replace("AL:", "ZX:")
    assert _quotes(text)[2].speaker_full != "Ada Lund"


def test_a_series_rubric_in_the_headline_answers_nothing(tmp_path) -> None:
    page = (
        "Five Questions: In the interim\n\n"
        "Q: How did you first hear of the post?\n\n"
        "A: The board contacted me after the resignation of the last head of the district.\n\n"
        "Q: What is your top goal for the district?\n\n"
        "A: To help the district plan the improvements it needs in every school.\n"
    )
    answers = [q for q in _loaded(page, tmp_path) if q.text.startswith(("The board", "To help"))]
    assert len(answers) == 2
    assert all(q.speaker_full != "Five Questions" for q in answers)


def test_a_press_conferences_titled_speaker_answers_not_the_room(tmp_path) -> None:
    page = (
        "2. Press Conferences and Statements\n\n"
        "4. Press Conference by Minister Lund (Excerpt)\n\n"
        "10:07-10:25 a.m.\n\n"
        "Press Conference Room, Harbour Ministry Main Building\n\n"
        "At today's Cabinet meeting, a decision was made to fund the repair of the quay.\n\n"
        "Q: When will the work on the quay start?\n\n"
        "A: The work will start in the spring, once the contracts are signed.\n"
    )
    answer = next(q for q in _loaded(page, tmp_path) if q.text.startswith("The work will start"))
    assert answer.speaker_full == "Lund"


def _speakers_of(page: str, tmp_path) -> list[tuple[str, str | None]]:
    return [(q.text[:20], q.speaker_full) for q in _loaded(page, tmp_path)]


def test_a_press_conferences_labels_in_brackets_on_lines_of_their_own(tmp_path) -> None:
    page = (
        "16 October - Northport - Harbour captain Ada Lund post-match press conference\n\n"
        "How disappointed are you after such a strong start to the innings?\n\n"
        "[Ada Lund]\n\n"
        "We regret not being able to sustain it, and we will look at it as a team.\n\n"
        "[Reporter]\n\n"
        "You scored back-to-back fifties but could not convert. Why was that?\n\n"
        "[Ada Lund]\n\n"
        "I gave my best for the team. I hope to score a big hundred soon.\n\n"
        "[Reporter]\n\n"
        "What about the six matches left?\n\n"
        "[Ada Lund]\n\n"
        "Our mental level is good and we hope to play well in them.\n"
    )
    found = _speakers_of(page, tmp_path)
    answers = [who for text, who in found if text.startswith(("We regret", "I gave my", "Our m"))]
    assert answers == ["Ada Lund"] * 3


def test_a_spanish_parliaments_record_labels_each_turn(tmp_path) -> None:
    page = (
        "SESIÓN ESPECIAL DEL SENADO SOBRE EL TOQUE DE QUEDA\n\n"
        "El señor LUND (Vicepresidente).- Tiene la palabra el señor Secretario.\n\n"
        "El señor BERG (Secretario General).- Señor Presidente, se ha convocado a esta sesión "
        "especial a solicitud de varios senadores.\n\n"
        "El señor LUND (Vicepresidente).- La Mesa no tiene inconveniente en acceder.\n\n"
        "El señor BERG (Secretario General).- Sí, hay acuerdo, señor Presidente.\n"
    )
    found = _speakers_of(page, tmp_path)
    assert [who for _, who in found] == ["Lund", "Berg", "Lund", "Berg"]
    assert found[0][0] == "Tiene la palabra el "


def test_a_briefing_cut_after_each_speakers_first_turn(tmp_path) -> None:
    page = (
        "Public Briefing hosted by Harbour Office Undersecretary Ada Lund\n\n"
        "USEC. LUND: Good morning, Northport; I am your host, Usec. Ada Lund!\n\n"
        "We start with the ferries and then the vaccines.\n\n"
        "HARBOUR DIR. GEN. BERG: Good morning, Usec. Ada, and good morning to all of you.\n"
    )
    found = _speakers_of(page, tmp_path)
    assert [who for _, who in found] == ["Ada Lund", "Ada Lund", "Berg"]


def test_a_news_story_with_two_datelines_in_capitals_is_no_briefing(tmp_path) -> None:
    page = (
        "Briefing: what the storm means for Northport\n\n"
        "NORTHPORT HARBOUR: The harbour closed on Monday after the storm.\n\n"
        "SOUTH BAY: The ferries to South Bay stopped running at noon.\n"
    )
    assert _speakers_of(page, tmp_path) == []


_FESTIVAL = (
    "Four Northport faces at the film festival\n\n"
    "Why they are here:\n\n"
    "Ada Lund: co-writer, editor, and director of The Tide, premiering September 6 at the "
    "Harbour Theatre.\n\n"
    "Tom Berg: actor, writer, and director of Guidance, premiering Sept. 5 at the Quay Cinema.\n\n"
    "What does the festival mean to you?\n\n"
    "Ada Lund: I think it is good to support the local people who make films here.\n\n"
    "Tom Berg: It is the one week a year when the whole town goes to the cinema.\n"
)


def test_a_list_of_who_is_who_is_no_speech_but_its_names_still_label_turns(tmp_path) -> None:
    found = _speakers_of(_FESTIVAL, tmp_path)
    texts = [text for text, _ in found]
    assert not any(t.startswith(("co-writer", "actor, writer")) for t in texts)
    assert ("I think it is good t", "Ada Lund") in found
    assert ("It is the one week a", "Tom Berg") in found


def test_a_turn_that_opens_in_lower_case_is_still_a_turn() -> None:
    text = (
        "Transcript\n\n"
        "ADA LUND: and so the minister said we would wait for the spring.\n\n"
        "TOM BERG: Why wait?\n\n"
        "ADA LUND: Because the money is not there yet.\n"
    )
    assert [q.speaker_full for q in _quotes(text)] == ["Ada Lund", "Tom Berg", "Ada Lund"]


def test_an_event_pages_field_labels_name_no_speaker() -> None:
    text = (
        "A conversation with the harbour minister\n\n"
        "EVENT PAGE: http://www.northport.example/events/harbour\n\n"
        "ADA LUND: Good morning, everybody. Welcome to the Northport Institute.\n\n"
        "TOM BERG: Thank you, Ada. It is good to be here.\n\n"
        "ADA LUND: Let us start with the quay. What happens next?\n"
    )
    assert all(q.speaker_full != "Event Page" for q in _quotes(text))


def test_a_building_is_no_antecedent_for_he() -> None:
    text = (
        "Premier Abang Lund signed the deal with the national oil company on Monday.\n\n"
        "In a ceremony held at Menara Harbour today, he said the state was ready.\n\n"
        "“The deal reaffirms our position,” he said.\n"
    )
    assert _quotes(text)[0].speaker_full != "Menara Harbour"


@pytest.mark.parametrize(
    ("paragraph", "quote", "cue"),
    [
        (
            "“We thank the people for their peaceful conduct, “said the governor.",
            "We thank the people for their peaceful conduct",
            "said",
        ),
        (
            "“We need money. Today we are using the savings, “he added. — Harbour Wire",
            "We need money. Today we are using the savings",
            "added",
        ),
        (
            "Homo lundii is a discovery because it’s something nobody expected,” Lund says.",
            "Homo lundii is a discovery because it’s something nobody expected",
            "says",
        ),
    ],
)
def test_an_opening_mark_before_nothing_but_a_tag_closes_the_quote(
    paragraph: str, quote: str, cue: str
) -> None:
    text = f"The ruling was welcomed in Northport.\n\n{paragraph}\n"
    found = _quotes(text)
    assert [q.text for q in found] == [quote]
    assert found[0].cue == cue


@pytest.mark.parametrize(
    "paragraph",
    [
        # a teaser's cut report is no tag
        'Social News"Floods in Northport are not serious yet" Deputy Ada Lund claims that...',
        # a quote closed earlier in the paragraph: what follows the last mark is narration
        "Ada Lund spoke. “I hope they call him,” she said, “enough”. It went on,” he said.",
    ],
)
def test_no_quote_runs_from_the_paragraphs_start_past_earlier_marks(paragraph: str) -> None:
    found = _quotes(f"The ruling was welcomed in Northport.\n\n{paragraph}\n")
    assert all(not q.text.startswith(("Social News", "Ada Lund spoke")) for q in found)


def test_a_quote_that_opens_its_paragraph_and_says_said_is_still_a_quote() -> None:
    # "“We said …" opens a quote (no punctuation before the mark): it is no tag.
    found = _quotes("The ruling was welcomed.\n\n“We said nothing at all to them.\n\nThey left.\n")
    assert [q.text for q in found] == ["We said nothing at all to them."]


def test_a_tag_after_each_of_many_marks_stays_linear() -> None:
    # Every mark is followed by the rest of a long paragraph: the tag test looks no further
    # than a tag's length, so ten thousand marks are paired in one pass.
    text = "“a, " * 10_000 + "“said the governor."
    spans = scan_marks(text, split_paragraphs(text)[0])
    assert len(spans) == 10_000
    assert text[spans[-1].start : spans[-1].end] == "a"
