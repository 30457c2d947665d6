"""Round 11 of quotation finding: transcripts, hosts' questions, stray closing marks (composed
fixtures: invented names, outlets and sentences)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.interview_labels import Label, find_labels, label_keys
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.transcript_pages import office_labels, transcript_title


def _found(article: ct.Article | str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker_full, q.kind) for q in ct.extract_quotations(article)]


# ------------------------------------------ a transcript page labelling its speaker once

_PRESSER = (
    "PREMIER: Thank you all for coming out to the Lowmoor works this morning, it is a fine day.\n\n"
    "The valley is building the batteries the whole country will run on. That is what the "
    "figures told us again this week.\n\n"
    "When I look at what has been done here over the last two years,\n\n"
    "firstly, the new line and how it will feed the region for a decade.\n"
)


def test_an_office_labelled_once_speaks_on_a_page_titled_a_transcript() -> None:
    article = ct.Article(id="p", text=_PRESSER, title="Press Conference - Lowmoor")
    found = _found(article)
    assert [who for _, who, _ in found] == ["Premier"] * 4
    assert found[0][0].startswith("Thank you all for coming out")
    # the sentence broken over two paragraphs stays in the turn
    assert found[-1][0].startswith("firstly, the new line")


def test_the_same_label_on_a_news_page_is_no_transcript() -> None:
    article = ct.Article(id="p", text=_PRESSER, title="Battery works opens in the valley")
    assert _found(article) == []


def test_a_dateline_in_capitals_on_a_transcript_page_is_no_speaker() -> None:
    text = "NORTHPORT: The mayor opened the new pier on Friday, the council said.\n"
    article = ct.Article(id="p", text=text, title="Transcript of the pier opening")
    assert _found(article) == []


def test_transcript_titles_in_several_languages() -> None:
    for title in ("Pressekonferenz in Lindau", "Conférence de presse du maire", "Doorstop, Ayr"):
        assert transcript_title(title)
    assert not transcript_title("Budget passes the lower house")
    assert not transcript_title(None)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ABCDEFGHIJ :\n.,", max_size=80))
def test_office_labels_never_mark_a_label_that_is_not_an_office(text: str) -> None:
    reader = ArticleReader(text)
    labels = find_labels(reader.text, reader.paragraphs)
    marked = office_labels("Press conference", labels)
    assert len(marked) == len(labels)
    for before, after in zip(labels, marked, strict=True):
        assert after.titled == before.titled or after.text.lower() in ("chief", "head")


# ------------------------------- a host's labelled questions, the guest's answers unlabelled

_HOSTED = (
    "During the programme the minister took questions sent in by viewers.\n\n"
    "Ada Quist: Let me begin there. What do you want from the summit?\n"
    "My friend, the summit must look at the future of the small states first.\n\n"
    "AQ: But, minister, will you meet the big delegations on the side perhaps, or will you...\n"
    "I will speak about water, because the gap between the regions is growing.\n\n"
    "AQ: What about the charges of favouritism in the ministry?\n"
    "Well, when I took office I set three aims. Order, honesty and good service.\n"
)


def test_initials_label_the_one_name_with_those_initials() -> None:
    reader = ArticleReader(_HOSTED)
    keys = label_keys(find_labels(reader.text, reader.paragraphs))
    assert keys["aq"] == "ada quist"


def test_the_paragraph_under_a_hosts_question_is_never_the_hosts() -> None:
    found = _found(_HOSTED)
    asked = [t for t, who, _ in found if who == "Ada Quist"]
    assert len(asked) == 3 and all(t.startswith(("Let me", "But,", "What about")) for t in asked)
    answers = [t for t, who, _ in found if who is None]
    assert [a.split(",")[0] for a in answers] == ["My friend", "I will speak about water", "Well"]


def test_a_label_that_also_answers_keeps_its_turn_going_on() -> None:
    text = (
        "Ada Quist: Why the river?\n\n"
        "Jon Brekke: Because it floods every spring.\n\n"
        "And the town pays for it each year.\n\n"
        "Ada Quist: And the dam?\n\n"
        "Jon Brekke: It is old. We need a new one.\n"
    )
    found = _found(text)
    assert ("And the town pays for it each year.", "Jon Brekke", "interview") in found


def test_a_label_type_is_unchanged_off_transcript_pages() -> None:
    reader = ArticleReader("PREMIER: We build.\n")
    labels: list[Label] = find_labels(reader.text, reader.paragraphs)
    assert office_labels("A day at the works", labels) == labels


# ------------------------------------------------ a double quote closed by a single mark

_STRAY = (
    "Minister Ola Brandt spoke to reporters in Vesterby on Thursday. “We have been waiting for "
    "a school system that meets the needs of the future’, he noted. He said the ministry had "
    "sent aid abroad for years. Speaking on the border talks, Brandt said: “What happened at "
    "the river showed the dispute is still open, and it needs a lasting answer”. He left.\n"
)


def test_a_double_quote_closed_by_a_single_mark_before_a_speech_tag() -> None:
    found = _found(_STRAY)
    texts = [t for t, _, _ in found]
    assert texts[0].endswith("meets the needs of the future")
    assert texts[1].startswith("What happened at the river")
    assert all(who == "Ola Brandt" for _, who, _ in found)


def test_an_apostrophe_inside_a_double_quote_closes_nothing() -> None:
    text = "“We visited the Joneses’ house and the Ekbergs’, and all was well,” Brandt said.\n"
    found = _found(text)
    assert [t for t, _, _ in found] == [
        "We visited the Joneses’ house and the Ekbergs’, and all was well"
    ]


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="“”’ ,.abhesdAB", max_size=60))
def test_stray_closers_leave_spans_inside_their_paragraph(text: str) -> None:
    for q in ct.extract_quotations(text):
        assert q.text in text


def test_the_answer_under_a_hosts_question_is_the_guest_the_lead_names() -> None:
    text = "Minister Ola Brandt took questions from viewers on Sunday.\n\n" + _HOSTED
    found = _found(text)
    answers = [(t, who) for t, who, _ in found if not t.startswith(("Let me", "But,", "What"))]
    assert [who for _, who in answers] == ["Ola Brandt"] * 3
    assert all(q.confidence < 0.8 for q in ct.extract_quotations(text) if q.speaker == "Ola Brandt")
