"""Round 79: a relative clause after a name in capitals is no transcript label; a body's word
before a role ("Cabinet Secretary") names no body; "described … as “…”" with more than one word;
an office's address with commas before a name; a speech page's introduction.

Forms, each found on a real page and written anew here:

- "MP Ada Lund, who had said: “…,” left the hall": Lund, and the quote is the words in marks
  (before: "MP Ada Lund" read as a transcript's "NAME, ROLE:" label, its role "who had said",
  and the whole rest of the paragraph, marks and all, taken as her turn);
- "Cabinet Secretary for Health and Social Care Ada Lund, said: | “…”": Lund (before: the
  organisation "Cabinet Secretary", its full name the whole title and name, for every paragraph
  of the statement);
- "Mayor Ada Lund on Thursday described the season as “very successful”, saying …": a partial
  quote of Lund's (before: none; only one quoted word after "as" was read as a judgment);
- "“…,” Department of Ports, Office of Inspector General Southeast Region Special
  Agent-in-Charge Tom Berg said": Berg (before: the speaker of the paragraph above carried on;
  the comma and the subject's length stopped the cue's reading);
- a speech's page whose body opens "President Ada Mae Lund on Monday declared her bid … | Here
  is the text of her speech": the two lines are no speech, and the speech is "Ada Mae Lund"'s
  (before: both lines were block quotes of hers);
- guards: "“…,” in Geneva, the minister said" and "“…,” Ada Lund, Port Director said" are no
  office chains; "The Cabinet Secretary said" is a description, not a body; "Northport City
  Council" is still a body and "the Hospital General" one too; "described plans, such as
  “harbour first”," quotes a term, no speech; a broadcaster's "Ada LUND, ministryně dopravy: …"
  turns still have their speakers; "SENATOR ADA LUND, chair of the committee: …" is still a
  label; a speech opening "I thank the Speaker and his staff" is all speech.

Every text here is invented.
"""

from __future__ import annotations

from pathlib import Path

import claimtrack as ct
from claimtrack.aids.office_chains import chain_end
from claimtrack.aids.speakers import name_chunks
from claimtrack.text.tokens import tokenize
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


def test_a_long_title_holding_a_body_word_before_the_name() -> None:
    text = (
        _LEAD + "Cabinet Secretary for Health and Social Care Ada Lund, said:\n\n"
        "“I am pleased to see the waits fall.\n\n"
        "“The harbour clinic is open.”"
    )
    found = ct.extract_quotations(text)
    assert [(q.speaker_full, q.resolution) for q in found] == [
        ("Ada Lund", "named"),
        ("Ada Lund", "continuation"),
    ]


def test_a_body_word_then_a_role_is_a_title_and_a_body_stays_a_body() -> None:
    kinds = {}
    for text in (
        "The Cabinet Secretary said so.",
        "Northport City Council said so.",
        "She works at the Hospital General now.",
    ):
        kinds.update({c.name: c.kind for c in name_chunks(text, tokenize(text, 0))})
    assert kinds == {
        "Cabinet Secretary": "title",
        "Northport City Council": "org",
        "Hospital General": "org",
    }
    found = only_quotation("The Cabinet Secretary said: “We are pleased.”", _LEAD)
    assert (found.speaker, found.resolution) == ("Cabinet Secretary", "description")


def test_described_as_two_quoted_words_is_a_partial_quote() -> None:
    text = (
        "Mayor Ada Lund on Thursday described the harbour season as “very successful”, "
        "saying about 170 ships had docked."
    )
    found = only_quotation(text, _LEAD)
    assert (found.text, found.speaker_full) == ("very successful", "Ada Lund")


def test_such_as_before_quoted_words_names_a_term() -> None:
    text = (
        _LEAD
        + "Ada Lund described several plans on Monday, such as “harbour first”, to the council."
    )
    assert ct.extract_quotations(text) == ()


def test_an_office_address_with_commas_before_the_name() -> None:
    text = (
        _LEAD + "“The harbour office has worked for years,” said Attorney Ada Lund.\n\n"
        "“Several members of this ring took funds,” Department of Ports, Office of Inspector "
        "General Southeast Region Special Agent-in-Charge Tom Berg said. “The funds went to "
        "bank accounts.”"
    )
    found = ct.extract_quotations(text)
    assert [q.speaker_full for q in found] == ["Ada Lund", "Tom Berg", "Tom Berg"]
    assert found[1].resolution == "named"


def test_no_office_chain_without_a_body_before_the_comma() -> None:
    assert chain_end(tokenize("in Geneva, the minister said", 0), 0) is None
    assert chain_end(tokenize("Ada Lund, Port Director said", 0), 0) is None
    toks = tokenize("Ministry of Ports, Harbour Division Chief Tom Berg said", 0)
    assert toks[chain_end(toks, 0) or 0].text == "said"


_SPEECH_PAGE = (
    "Text of Declaration Speech by President Ada Lund on Intent to Contest the Election\n\n"
    "President Ada Mae Lund on Monday declared her intention to contest the election under the "
    "Platform of the Harbour Party at Kessel Square, Northport.\n"
    "Here is a word to word of her speech......\n\n"
    "Dear Compatriots: Four years ago, I stood in this square to offer myself for election.\n\n"
    "Seven months later, you elected me to lead this country, and I remain grateful to you.\n\n"
    "We have had to deal with many storms, and we have come through them together.\n"
)


def test_a_speech_pages_introduction_is_no_speech(tmp_path: Path) -> None:
    page = tmp_path / "speech.txt"
    page.write_text(_SPEECH_PAGE, "utf-8")
    found = ct.extract_quotations(ct.load_article(page))
    assert [q.text[:12] for q in found] == ["Dear Compatr", "Seven months", "We have had "]
    assert {(q.speaker, q.speaker_full) for q in found} == {("Ada Lund", "Ada Mae Lund")}


def test_a_speech_opening_with_i_and_his_is_all_speech(tmp_path: Path) -> None:
    page = tmp_path / "speech.txt"
    page.write_text(
        _SPEECH_PAGE.replace(
            "President Ada Mae Lund on Monday declared her intention",
            "I thank the Speaker and his staff, and I declare my intention",
        ).replace("Here is a word to word of her speech......", "We will win."),
        "utf-8",
    )
    found = ct.extract_quotations(ct.load_article(page))
    assert found[0].text.startswith("I thank the Speaker")
    assert len(found) == 4
