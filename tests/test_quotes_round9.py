"""Round 9 of quotation finding: rules for classes of pages that generalise (composed
fixtures: invented names and sentences)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.marks import scan_marks
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.speech_pages import speech_page
from claimtrack.text.sentences import Paragraph


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker_full, q.kind) for q in ct.extract_quotations(text)]


def _texts(text: str) -> list[str]:
    return [q.text for q in ct.extract_quotations(text)]


# ----------------------------------------------------------- a quoted sentence, cue unread


def test_a_quoted_sentence_is_found_whatever_the_verb_after_it() -> None:
    fr = (
        "Au marché de Lavaux, les vendeurs attendent les clients depuis l'aube. « Nous avons "
        "ouvert à six heures et personne n'est venu », soupire une marchande."
    )
    pt = (
        'O autarca falou à imprensa local. "Vamos abrir a nova ponte antes do verão, como '
        'prometemos aos moradores", vincou o mesmo responsável.'
    )
    en = 'The bridge was closed. "Nobody told us the road would shut for a month," grumped one.'
    assert _texts(fr) == ["Nous avons ouvert à six heures et personne n'est venu"]
    assert _texts(pt) == ["Vamos abrir a nova ponte antes do verão, como prometemos aos moradores"]
    assert _texts(en) == ["Nobody told us the road would shut for a month"]


def test_titles_terms_and_short_quotes_are_still_not_speech() -> None:
    text = (
        "The council adopted the “Green Harbour Plan” on Monday. The novel “The Long Road "
        "Home” sold well. The so-called “harbour tax” stays. The "
        "slogan “Our River, Our Future” was everywhere."
    )
    assert _texts(text) == []


def test_an_unread_cue_leaves_the_speaker_unnamed_and_unsure() -> None:
    text = (
        "Près de la gare, les taxis attendent. « Les clients ne viennent plus depuis la "
        "fermeture du pont », lâche un chauffeur."
    )
    (q,) = ct.extract_quotations(text)
    assert q.confidence < 0.8


def test_a_quote_the_copy_cuts_off_is_still_found() -> None:
    text = (
        "The mayor wants to freeze rents, as she said on Monday.\n\n"
        "“Freezing the rent costs the city nothing. It is a decision that stops owners from "
        "raising prices by"
    )
    assert _texts(text) == [
        "Freezing the rent costs the city nothing. It is a decision that stops owners from "
        "raising prices by"
    ]


def test_a_name_in_marks_before_a_comma_is_no_quote() -> None:
    text = (
        "According to Mira Santos, director of the “Centre for Harbour and River Studies,” "
        "the plan is late."
    )
    assert all(not t.startswith("Centre") for t in _texts(text))


# ----------------------------------------------------------------------- Arabic marks


def test_a_mark_after_a_colon_opens_and_arabic_closes_with_the_same_mark() -> None:
    line = "وقال الوزير:» سنفتح الطريق الجديد قبل نهاية الشهر المقبل».  وأضاف أن العمل مستمر."
    spans = scan_marks(line, Paragraph(0, 0, len(line), False))
    assert [line[s.start : s.end] for s in spans] == ["سنفتح الطريق الجديد قبل نهاية الشهر المقبل"]


def test_danish_marks_still_pair_as_before() -> None:
    line = "»Vi har aldrig set noget lignende«, siger Ole Holm. »Det er godt«, tilføjer han."
    spans = scan_marks(line, Paragraph(0, 0, len(line), False))
    assert [line[s.start : s.end] for s in spans] == [
        "Vi har aldrig set noget lignende",
        "Det er godt",
    ]


def test_an_arabic_quote_after_a_cue_verb_is_found() -> None:
    text = (
        "تحدث رئيس البلدية عن المشروع الجديد في المدينة.\n\n"
        "وقال:»سنبدأ العمل في الجسر الجديد بعد شهرين من الآن».\n"
    )
    assert _texts(text) == ["سنبدأ العمل في الجسر الجديد بعد شهرين من الآن"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="»«:“” ab.,\n", max_size=80))
def test_spans_stay_inside_their_paragraph(line: str) -> None:
    para = Paragraph(0, 0, len(line), False)
    for span in scan_marks(line, para):
        assert 0 <= span.start <= span.end <= len(line)


# ---------------------------------------------------- questions before labelled answers

INTERVIEW = (
    "Mayor Ilse Varga returned from the river summit with new plans for the harbour.\n\n"
    "Mayor, what did you take home from the summit?\n\n"
    'Ilse Varga: "Mostly that we are not alone. Every city on the river has the same '
    'trouble with the floods."\n\n'
    "Do you regret not going earlier?\n\n"
    'Varga: "I regret nothing. We went when we had something to offer.\n\n'
    'The next summit will be ours to host, and we will be ready."\n\n'
    "What comes next for the harbour?\n\n"
    'Varga: "A new quay, and then the ferries."'
)


def test_unlabelled_questions_before_labelled_answers_are_turns() -> None:
    found = _found(INTERVIEW)
    questions = [f for f in found if f[0].endswith("?")]
    assert [q[0] for q in questions] == [
        "Mayor, what did you take home from the summit?",
        "Do you regret not going earlier?",
        "What comes next for the harbour?",
    ]
    assert all(q[1] is None for q in questions)  # the lead names no interviewer


def test_a_labelled_answer_left_open_goes_on_in_the_next_paragraph() -> None:
    found = _found(INTERVIEW)
    assert ("I regret nothing. We went when we had something to offer.", "Ilse Varga") in [
        f[:2] for f in found
    ]
    carried = [f for f in found if f[0].startswith("The next summit")]
    assert carried and carried[0][1] == "Ilse Varga"


def test_one_rhetorical_question_before_a_statement_is_no_interview() -> None:
    text = (
        "The club lost again on Saturday.\n\n"
        "What went wrong this time?\n\n"
        'Coach Aron Dahl: "We gave away two goals from corners. That cannot happen."'
    )
    assert all(not t.endswith("?") for t in _texts(text))


# ------------------------------------------------------------------ topic prompts

PRESSER = (
    "After the 4-2 win over Rivertown, head coach Mara Olsen spoke about the power play, "
    "the goalie and the trip ahead.\n\n"
    "On the power play:\n\n"
    "I thought we moved the puck well tonight. We had our chances and we took two of them.\n\n"
    "It was the way we needed to play. The guys bought in early.\n\n"
    "On the goalie:\n\n"
    "He was great. I told him, “Just stay big and let us do the rest.” And he did that.\n\n"
    "On the trip ahead:\n\n"
    "We have three games in four nights, so we will rest a few of the older players."
)


def test_answers_under_topic_prompts_are_the_speakers_turns() -> None:
    found = _found(PRESSER)
    assert [f[0][:20] for f in found] == [
        "I thought we moved t",
        "It was the way we ne",
        "He was great. I told",
        "We have three games ",
    ]
    assert {f[1] for f in found} == {"Mara Olsen"}
    # the quote inside an answer is the speaker quoting someone: no quotation of its own
    assert all(not f[0].startswith("Just stay big") for f in found)


def test_topic_headings_over_a_reporters_narration_are_no_press_conference() -> None:
    text = (
        "The manifesto of the Harbour Party was published on Monday.\n\n"
        "On housing:\n\n"
        "The party promises twelve thousand homes by the end of the decade.\n\n"
        "On transport:\n\n"
        "The party plans a tram line along the river and cheaper ferry tickets."
    )
    assert _texts(text) == []


def test_a_prompt_that_announces_a_quote_is_no_topic_prompt() -> None:
    text = (
        "Lena Berg met the workers.\n\n"
        "On Monday she said:\n\n"
        "“We will keep the plant open.”\n\n"
        "On Tuesday she told reporters:\n\n"
        "“We have found a buyer.”"
    )
    found = _found(text)
    assert [f[0] for f in found] == ["We will keep the plant open.", "We have found a buyer."]


# ---------------------------------------------------------------------- speech pages

SPEECH_BODY = (
    "Thank you all for coming tonight. I will be brief, because we have much to discuss.\n\n"
    "First, we have agreed with our neighbours to open the new border crossing next spring.\n\n"
    "Second, I want to thank the teachers who kept our schools open during the floods."
)


def test_the_body_of_a_speech_page_is_the_speakers(tmp_path: Path) -> None:
    title = "REMARKS AT THE HARBOUR DINNER"
    cover = "SPEECH TEXT\nH.E. DARIO VELLANI\nPRIME MINISTER\n"
    found = speech_page(ArticleReader(SPEECH_BODY, (), None, title, cover=cover))
    assert len(found) == 3
    assert {att.speaker for _, _, att in found.values()} == {"DARIO VELLANI"}
    cover = "Speech by Prime Minister Dario Vellani at the Harbour Dinner\n"
    by = speech_page(ArticleReader(SPEECH_BODY, (), None, title, cover=cover))
    assert {att.speaker for _, _, att in by.values()} == {"Dario Vellani"}


def test_a_report_about_a_speech_is_not_a_speech_page() -> None:
    body = (
        "The prime minister gave a speech at the harbour dinner. He said we must open the "
        "border crossing.\n\n"
        "Critics said the plan was late. She said our schools need more money."
    )
    reader = ArticleReader(body, (), None, "Speech at the harbour dinner")
    assert speech_page(reader) == {}


def test_a_page_without_a_speech_cover_is_not_read_as_one() -> None:
    reader = ArticleReader(SPEECH_BODY, (), None, "Harbour dinner draws a crowd", cover="News\n")
    assert speech_page(reader) == {}


# ------------------------------------------------- short partial quotes a verb governs


def test_a_speech_verb_governing_a_short_quote_as_its_object_makes_it_speech() -> None:
    assert _found("Drug maker Velmora hailed its “best year yet” as sales rose.") == [
        ("best year yet", "Velmora", "quote")
    ]
    assert [f[:2] for f in _found("Minister Ada Lund expressed “deep concern” on Monday.")] == [
        ("deep concern", "Ada Lund")
    ]


def test_a_quote_opening_with_a_speech_verb_after_has_is_speech() -> None:
    found = _found("Mayor Tomas Reyes has “expressed regret” over the closures.")
    assert [f[:2] for f in found] == [("expressed regret", "Tomas Reyes")]


def test_a_cue_closing_the_sentence_governs_its_short_quote() -> None:
    text = (
        "The flood that hit the valley was a “new disaster” for a region already hurt by the "
        "drought, said Governor Ilse Marang."
    )
    assert [f[:2] for f in _found(text)] == [("new disaster", "Ilse Marang")]


def test_short_quotes_without_a_governing_verb_stay_scare_quotes() -> None:
    text = (
        "The “new normal” has reached the harbour. Workers walked past the “quiet zone” and "
        "the firm dubbed its plan “Blue Tide”. Officials called it a “clean start”."
    )
    assert all(t not in ("new normal", "quiet zone", "Blue Tide") for t in _texts(text))


def test_a_speech_cover_that_names_nobody_gives_nothing() -> None:
    cover = "Morning Briefing\nNews\n"
    reader = ArticleReader(SPEECH_BODY, (), None, "Remarks at the harbour dinner", cover=cover)
    assert speech_page(reader) == {}


def test_a_quote_after_an_article_is_a_term_unless_a_feeling_is_expressed() -> None:
    assert _texts("He also mentioned the “harbour union” twice in the talk.") == []
    assert _texts("Ada Lund said the “reset plan” was working.") == []
    found = _found("Minister Ada Lund expressed a “deep and lasting concern” on Monday.")
    assert [f[:2] for f in found] == [("deep and lasting concern", "Ada Lund")]
