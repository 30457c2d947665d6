"""Interviews, round 15: invented pages, one per class of page.

An interview the lead does not call one, but whose interviewer thanks the guest for their time
(or whose lead says questions were answered), reads as an interview from its first exchange;
the guest addressed by first name and patronymic is the person the headline names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack as ct

OPENING = (
    "– Ivar Petrovich, thank you for taking the time to speak with the Harbour Herald. "
    "Our readers are keen to hear your views.\n\n"
)
EXCHANGE = (
    "What stands out for you from the past year?\n\n"
    "– Let me begin by thanking our citizens for their work in a hard year.\n\n"
    "We completed the reforms we promised, and our courts began their work under the new law.\n\n"
    "We also built schools and clinics in the villages, as I said we would.\n"
)


def _answers(article: ct.Article) -> list[ct.Quotation]:
    return [q for q in ct.extract_quotations(article) if q.resolution == "interviewee"]


def test_the_interviewers_thanks_announce_an_interview(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Ivar Lindholm: We must look ahead\n\n" + OPENING + EXCHANGE, "utf-8")
    article = ct.load_article(path)
    answers = _answers(article)
    assert [q.text[:20] for q in answers] == [
        "Let me begin by than",
        "We completed the ref",
        "We also built school",
    ]
    # addressed as "Ivar Petrovich", named in the headline as "Ivar Lindholm"
    assert {q.speaker_full for q in answers} == {"Ivar Lindholm"}
    assert all(q.confidence < 0.8 for q in answers)
    question = next(q for q in ct.extract_quotations(article) if q.text.startswith("What stands"))
    assert question.speaker_full is None


@pytest.mark.parametrize(
    "lead",
    [
        "Ivar Lindholm spoke at the harbour on Monday about the year ahead.\n\n",
        "The minister was asked about the reforms.\n\n",
    ],
)
def test_one_exchange_with_no_announcement_is_no_interview(lead: str) -> None:
    assert not [q for q in ct.extract_quotations(lead + EXCHANGE) if q.kind == "interview"]
