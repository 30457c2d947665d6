"""Attribution, round 20: a wire's dateline names no one; a topic is no subject; Turkish roles."""

from __future__ import annotations

from claimtrack.aids.quotations import extract_quotations
from claimtrack.aids.speakers import name_chunks
from claimtrack.reading.cleaning import clean
from claimtrack.text.tokens import tokenize


def _speakers(page: str) -> list[str | None]:
    return [q.speaker_full for q in extract_quotations(page)]


def test_a_wire_dateline_in_capitals_is_no_antecedent() -> None:
    page = (
        "NORTHPORT BAY, Dec. 26 (Harbour Wire) -- Mayor Tom Berg on Wednesday sent a letter to "
        "the council, asking it to meet before the new year.\n\n"
        '"I wanted to speak about the quay at the last session," he said in the letter.\n'
    )
    assert _speakers(page) == ["Tom Berg"]


def test_a_topic_opening_the_sentence_is_no_speaker() -> None:
    page = (
        "Mayor Ada Lund gave a speech on Monday about the harbour.\n\n"
        'Regarding North Bay, she spoke about the ferries, saying, "The boats will run again."\n'
    )
    assert _speakers(page) == ["Ada Lund"]


def test_a_turkish_role_before_the_name_is_no_part_of_it() -> None:
    text = "Limanspor Teknik Direktörü Kemal Duru maçın ardından konuştu."
    chunks = name_chunks(text, tokenize(text))
    assert [(c.name, c.titled) for c in chunks] == [("Kemal Duru", True)]


def test_a_company_s_abbreviation_inside_an_apposition_ends_no_sentence() -> None:
    page = (
        "Profit rose, the company said on Thursday. “This is a fine quarter for the harbour,” "
        "Tom Berg, an analyst for Harbour Bank Inc. in London, said in a note to buyers.\n"
    )
    found = extract_quotations(page)
    assert [(q.speaker_full, q.resolution) for q in found] == [("Tom Berg", "named")]


def test_the_broadcaster_after_an_inverted_subject_is_no_speaker() -> None:
    page = (
        '"Le port doit rouvrir", a regretté mardi le ministre des Ports Tom Bergot.'
        '\n\n"Il faut parler aux équipages", a expliqué le ministre sur Radio Nord.\n'
    )
    assert _speakers(page) == ["Tom Bergot", "Tom Bergot"]


def test_a_possessive_ends_a_name_growing_to_the_back() -> None:
    page = (
        "Harbour Speech marking President Lee Min-ho's Inauguration Day, given at "
        "the harbour on Monday.\n\n"
        'President Lee said on Monday, "The ferry office will grow."\n'
    )
    assert _speakers(page) == ["Lee Min-ho"]


def test_a_reporter_s_credit_in_brackets_is_the_byline_not_the_speaker() -> None:
    page = (
        "Harbour plan unveiled\n\n"
        '[Harbour Daily Reporter Kim Dale] President Lee Min-ho said on Monday, "The '
        'ferry office will grow."\n\n'
        'He added, "The crews keep their routes."\n'
    )
    cleaned = clean(page)
    assert cleaned.authors == ("Kim Dale",)
    article = cleaned.to_article("p", page)
    assert [q.speaker_full for q in extract_quotations(article)] == ["Lee Min-ho", "Lee Min-ho"]


def test_a_welsh_role_before_the_name_set_off_by_a_comma() -> None:
    page = (
        "\"Roedd hi'n ddiwrnod da i'r harbwr,\" meddai Arweinydd Grŵp Harbwr Gogledd, Ada Lund, "
        '"diolch i\'r criwiau."\n'
    )
    assert _speakers(page) == ["Ada Lund", "Ada Lund"]
