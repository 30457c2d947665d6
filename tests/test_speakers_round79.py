"""Round 79: a relative clause after a name in capitals is no transcript label.

Forms, each found on a real page and written anew here:

- "MP Ada Lund, who had said: “…,” left the hall": Lund, and the quote is the words in marks
  (before: "MP Ada Lund" read as a transcript's "NAME, ROLE:" label, its role "who had said",
  and the whole rest of the paragraph, marks and all, taken as her turn);
- guards: a broadcaster's "Ada LUND, ministryně dopravy: …" turns still have their speakers;
  "SENATOR ADA LUND, chair of the committee: …" is still a label.

Every text here is invented.
"""

from __future__ import annotations

import claimtrack as ct
from tests.speech_cases import only_quotation

_LEAD = "Harbour plan delayed\n\n"


def test_a_title_in_capitals_before_who_said_is_no_label() -> None:
    text = "MP Ada Lund, who had said: “The harbour is safe,” left the hall on Monday."
    found = only_quotation(text, _LEAD)
    assert found.text == "The harbour is safe"
    assert found.speaker_full == "Ada Lund"
    assert found.resolution != "interview-label"


def test_a_surname_in_capitals_with_a_role_is_still_a_label() -> None:
    text = (
        _LEAD + "Ada LUND, ministryně dopravy: Přístav je bezpečný.\n\n"
        "Tom BERG, moderátor: Proč?\n\n"
        "Ada LUND, ministryně dopravy: Protože je nový."
    )
    found = ct.extract_quotations(text)
    assert [(q.speaker, q.resolution) for q in found] == [
        ("Ada LUND", "interview-label"),
        ("Tom BERG", "interview-label"),
        ("Ada LUND", "interview-label"),
    ]


def test_a_name_all_in_capitals_with_a_role_is_still_a_label() -> None:
    text = (
        _LEAD + "SENATOR ADA LUND, chair of the committee: The harbour is safe.\n\n"
        "TOM BERG, reporter: Why?\n\n"
        "SENATOR ADA LUND, chair of the committee: Because it is new."
    )
    found = ct.extract_quotations(text)
    assert [q.resolution for q in found] == ["interview-label"] * 3
    assert found[0].speaker_full is not None and "Lund" in found[0].speaker_full.title()
