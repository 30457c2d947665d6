"""Round 30: a paragraph opened by a closing mark and a space, a typist's opening mark."""

from __future__ import annotations

import claimtrack

_LEAD = "The handover is near, and Mr. Lund was asked if Northport would be tested.\n\n"


def test_a_closing_mark_and_a_space_opening_a_paragraph_open_its_quote() -> None:
    text = (
        _LEAD + "” I would not be surprised. People may want to see who the new officials "
        "are”, he said.\n\n"
        "” Tom Berg is not new to this. He attended many of these meetings with me”.\n"
    )
    found = claimtrack.extract_quotations(text)
    assert [q.text for q in found] == [
        "I would not be surprised. People may want to see who the new officials are",
        "Tom Berg is not new to this. He attended many of these meetings with me",
    ]
    assert found[0].speaker == "Lund"


def test_a_closing_mark_after_a_quoted_paragraph_still_closes_it() -> None:
    # A lost opening mark: the paragraph's first mark closes what came before it.
    text = _LEAD + "We will be ready when the time comes,” he said. “And so will they.”\n"
    texts = [q.text for q in claimtrack.extract_quotations(text)]
    assert texts == ["We will be ready when the time comes", "And so will they."]


def test_a_cue_after_a_quote_closing_the_one_it_holds_names_its_speaker() -> None:
    text = _LEAD + "“My neighbour told me, ‘We will win this time.’” said Ada Lund, the mayor.\n"
    found = claimtrack.extract_quotations(text, learned=False)
    assert (found[0].text, found[0].speaker_full) == (
        "My neighbour told me, ‘We will win this time.’",
        "Ada Lund",
    )


def test_a_quote_ending_on_a_quoted_name_is_no_cue_for_a_title() -> None:
    text = _LEAD + "He booked a table at the ‘Harbour Inn’ for the evening.\n"
    assert claimtrack.extract_quotations(text, learned=False) == ()


def test_a_french_narrative_infinitive_goes_on_with_the_speaker() -> None:
    text = (
        "L'entraîneur Ada Lund était satisfait après le match. « Nous avons bien joué », a "
        "déclaré Lund.\n\n"
        "Et d'ajouter : « Je remercie les remplaçants pour leur niveau. »\n\n"
        "Et de conclure : « Nous sommes concentrés sur le match retour. »\n"
    )
    found = claimtrack.extract_quotations(text, learned=False)
    assert [q.speaker_full for q in found] == ["Ada Lund", "Ada Lund", "Ada Lund"]
    assert found[1].cue == "Et d'ajouter :"


def test_a_cue_with_no_comma_after_a_name_and_its_places() -> None:
    text = (
        _LEAD + "“If the roads are good, I will come here by bus to see the coast” Ada Lund of "
        "Harbourside, Northport of Northland, said.\n"
    )
    (quote,) = claimtrack.extract_quotations(text, learned=False)
    assert quote.speaker_full == "Ada Lund"
