"""Round 35: the person behind a body's initials ("said Harbour University (HU) economist Ada
Lund"), the name set off before "as saying" ("cited the movement's leader, Tom Berg, as
saying"), the source of "According to Tom Berg, chair of the club, …" for the quote after it,
a cue before the quote over a participle after it ("Berg had said, “…,” accusing Northport of
…"), "added them to its collection", which reports no words, "“…,” Ada Lund discussed", a
dateline glued by "--" ("Northport--Tom Berg, governor …"), "MR. MCBRIDE:" as McBride, a name
before a bracketed team ("LUND (NORTHPORT): “…”") and German "„…“, berichtet …"."""

from __future__ import annotations

import pytest

import claimtrack


def _speakers(text: str, learned: bool = False) -> list[str | None]:
    return [q.speaker_full for q in claimtrack.extract_quotations(text, learned=learned)]


@pytest.mark.parametrize("learned", [False, True])
def test_the_person_after_a_bodys_initials_speaks(learned: bool) -> None:
    text = "“The plan is bad for the port,” said Harbour University (HU) economist Ada Lund.\n"
    assert _speakers(text, learned) == ["Ada Lund"]


def test_a_body_with_its_initials_and_no_one_after_them_still_speaks() -> None:
    text = "“The plan is bad for the port,” said Harbour University (HU) on Monday.\n"
    assert _speakers(text) == ["Harbour University"]


@pytest.mark.parametrize("learned", [False, True])
def test_the_name_set_off_before_as_saying_is_the_one_quoted(learned: bool) -> None:
    text = (
        "Northwire cited former Defence Minister and leader of the Harbour First movement, "
        "Tom Berg, as saying: “The police will let the marchers through, or we will.”\n"
    )
    assert _speakers(text, learned) == ["Tom Berg"]


@pytest.mark.parametrize("learned", [False, True])
def test_according_to_a_person_with_a_role_gives_the_next_quote_to_the_person(
    learned: bool,
) -> None:
    text = (
        "According to Tom Berg, Chairman of the Harbour Discussion Club, the thaw between the "
        "two ports is no accident. “A new order is emerging; we cannot yet see its shape.”\n"
    )
    assert _speakers(text, learned) == ["Tom Berg"]


def test_a_cue_before_the_quote_outweighs_a_participle_after_it() -> None:
    text = (
        "Tom Berg had said, “If this goes on, I do not think it will be good,” accusing "
        "Northport of seeking to “create disorder” in the region.\n"
    )
    assert _speakers(text)[0] == "Tom Berg"


def test_adding_things_to_a_collection_reports_no_words() -> None:
    text = (
        "The lions guarded the bank until 1966, when the Northport History Museum added them "
        "to its collection.\n\n"
        "“Every edge and crack on the lions is so familiar to me,” he says.\n"
    )
    assert _speakers(text) != ["Northport History Museum"]


def test_adding_words_is_still_speech() -> None:
    text = (
        "The Northport History Museum added that the lions would stay.\n\n"
        "“They belong to the city,” the museum said.\n"
    )
    assert _speakers(text) == ["Northport History Museum"]


def test_discussed_after_a_quote_is_its_cue() -> None:
    text = (
        "Tom Berg led the cheer team to its first away game.\n\n"
        "“It was really fun, but overall it was an amazing experience,” freshman Ada Lund "
        "discussed.\n"
    )
    assert _speakers(text) == ["Ada Lund"]


def test_a_dateline_glued_by_two_hyphens_is_no_part_of_the_name() -> None:
    text = (
        "Northport--Tom Berg, governor of Harbour, said on Friday he would not approve it.\n\n"
        "“Permission must be sought every time the plan is changed,” Berg told reporters.\n"
    )
    assert _speakers(text) == ["Tom Berg"]


def test_a_label_in_capitals_keeps_the_capital_after_mc() -> None:
    text = (
        "Remarks at the press stakeout\n\n"
        "MR. MCBRIDE: Thanks, everyone, we have to go now.\n\n"
        "QUESTION: Will there be a deal on the port this week?\n\n"
        "MR. MCBRIDE: Good try.\n"
    )
    assert "McBride" in _speakers(text)


@pytest.mark.parametrize("learned", [False, True])
def test_a_name_in_capitals_before_a_bracketed_team_labels_the_quote(learned: bool) -> None:
    text = (
        "The coaches spoke before the weekend's games.\n\n"
        "LUND (NORTHPORT): “We go into the game with confidence, the team is ready for it.”\n\n"
        "BERG (HARBOUR): “It will be a hard game, but we have prepared well all week.”\n"
    )
    assert _speakers(text, learned) == ["Lund", "Berg"]


def test_a_verb_alone_before_a_colon_still_leaves_its_subject_out() -> None:
    # "Siguió: “…”": no bracket, a verb whose subject was named before; never a speaker "Siguió".
    text = "Ada Lund habló con la prensa.\n\nSiguió: “No vamos a cerrar el puerto este año.”\n"
    assert "Siguió" not in _speakers(text)


def test_berichtet_after_a_german_quote_is_its_cue() -> None:
    text = (
        "Der Lenker war allein im Auto. „Es bestand keine Lebensgefahr für die Person, aber er "
        "konnte sich nicht selbst befreien“, berichtet der Kommandant Andreas Lund.\n"
    )
    assert _speakers(text) == ["Andreas Lund"]
