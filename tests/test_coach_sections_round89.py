"""Round 89: a match report's sections, each headed by a coach's title and name ("Kessel
coach Tom Berg"), then "Berg said …" and a quote that runs over several paragraphs.

Forms (each written anew here):

- the heading "Kessel coach Tom Berg" over a paragraph that opens with "Berg" is the body's
  subheading, not a portrait's caption (before: dropped as an image caption, and the coach's
  full name with it);
- a heading in sentence case names its person in full, as prose does: "Berg" is "Tom Berg"
  (before: only a heading in title case was meant to hide its names, but every heading did);
- a quote of several paragraphs after "Berg said both teams …" has one speaker: the model,
  having kept "Berg" for the opening paragraph, keeps him for the ones after it (before: the
  later paragraphs went to the coach named in the next section's heading, or to a team);
- guards: a titled name over a paragraph that does not open with its surname is still a
  caption; a heading in title case still names nobody in full ("Voters Will Grant Lind");
  a cue at the quote's close still names its speaker; a quote whose opening paragraph the
  model gives someone else has that speaker in its closing paragraph too.

Every text here is invented.
"""

from __future__ import annotations

from pathlib import Path

import claimtrack as ct
from claimtrack.reading.cleaning import clean

_REPORT = (
    "Round 6: what the coaches said\n\n"
    "It was a bye week for Harbour and Kessel, and both go into the break with plenty to "
    "think about.\n\n"
    "Northport Rovers v Kessel\n\n"
    "Kessel coach Tom Berg\n\n"
    "Berg said both teams seemed to be running uphill, and while they were happy to get the "
    "win, they were disappointed.\n\n"
    "“You have got to give a lot of credit to Northport, who tightened the game up.\n\n"
    "“It's been a tough six weeks and the boys deserve a rest. We'll look at that.\n\n"
    "“But the game is 80 minutes, not 40.”\n\n"
    "Northport Rovers coach Piet Arvo\n\n"
    "Arvo said the visitors put on a lot of early pressure.\n\n"
    "“We weren't able to withstand it and get into our game.\n\n"
    "“At halftime, I said we hadn't seen our game yet.”\n"
)


def _speakers(text: str, tmp_path: Path) -> list[str | None]:
    page = tmp_path / "report.txt"
    page.write_text(text, encoding="utf-8")
    return [q.speaker_full for q in ct.extract_quotations(ct.load_article(page))]


def test_a_coachs_heading_over_his_surname_stays_in_the_body() -> None:
    body = clean(_REPORT).text
    assert "Kessel coach Tom Berg" in body
    assert "Northport Rovers coach Piet Arvo" in body


def test_each_coachs_quote_is_his_over_all_its_paragraphs(tmp_path: Path) -> None:
    assert _speakers(_REPORT, tmp_path) == ["Tom Berg"] * 3 + ["Piet Arvo"] * 2


def test_a_heading_in_sentence_case_names_its_person_in_full(tmp_path: Path) -> None:
    text = (
        "Harbour hold on\n\nThe visitors led until the last minute.\n\n"
        "Kessel coach Tom Berg\n\n"
        "Berg said his side had been tired.\n\n"
        "“We ran out of legs,” Berg said.\n"
    )
    assert _speakers(text, tmp_path) == ["Tom Berg"]


def test_the_later_paragraphs_keep_the_speaker_the_model_kept_for_the_first() -> None:
    # Without his heading the opening paragraph is Berg's by the sentence before it, and the
    # model keeps him there; the heading under the quote names someone else in full.
    text = _REPORT.replace("Kessel coach Tom Berg\n\n", "")
    found = ct.extract_quotations(text)
    assert [q.speaker_full for q in found[:3]] == ["Berg"] * 3


# -- guards -----------------------------------------------------------------------------


def test_a_titled_name_over_other_prose_is_still_a_caption() -> None:
    text = (
        "Council backs the plan\n\nThe council met on Monday to vote on the harbour plan.\n\n"
        "Mayor Ada Lund\n\n"
        "The vote was close, and the plan passed by one vote.\n"
    )
    assert "Mayor Ada Lund" not in clean(text).text


def test_a_title_case_heading_still_names_nobody_in_full() -> None:
    # Title case capitalises the verb: "Grant" here is no given name.
    text = (
        "Roads plan\n\nThe council met on Monday.\n\nVoters Will Grant Lind\n\n"
        "The mayor spoke to reporters on Monday.\n\n"
        "“We will fix the roads before winter,” Lind said.\n"
    )
    assert [q.speaker_full for q in ct.extract_quotations(text)] == ["Lind"]


def test_a_cue_at_the_close_still_names_the_speaker(tmp_path: Path) -> None:
    text = _REPORT.replace(
        "“But the game is 80 minutes, not 40.”",
        "“But the game is 80 minutes, not 40,” said Eva Lund, the Kessel captain.",
    )
    assert _speakers(text, tmp_path)[2] == "Eva Lund"


def test_a_quote_the_model_gives_another_opener_is_one_speakers_throughout() -> None:
    # Whoever the model chose for the opening paragraph (the rules had "the INEB commissioner"),
    # the closing paragraph has the same speaker: one quote, one speaker.
    text = (
        "Vote results will be online before the count ends – Lund\n\n"
        "The national commissioner and chair of the voter education committee of the "
        "Northport Electoral Board (INEB), Ada Lund, has said that results of the ongoing "
        "Velm governorship election would be available on the board's portal.\n\n"
        "The INEB commissioner added in the programme, which was monitored by the Harbour "
        "Telegraph, that the board was ready to conduct a free and fair election. “Almost all "
        "the political parties have situation rooms and some of them know the results before "
        "we do.\n\n"
        "“Moreover, it is mandatory for each presiding officer to fill the form, which is "
        "counter signed by the party agents.”\n"
    )
    found = ct.extract_quotations(text)
    assert [q.kind for q in found] == ["unclosed", "continued"]
    assert found[0].speaker_full is not None
    assert found[1].speaker_full == found[0].speaker_full
