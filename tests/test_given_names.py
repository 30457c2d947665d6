"""A head glued before a name's first name (claimtrack.aids.given_names), on invented text.

The words before the first known first name go when none is a first name, a particle or an
initial, and the article writes the name without them too; a name written only in full stays.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.given_names import is_given_name, names_nobody, without_glued_head


@pytest.mark.parametrize(
    ("name", "text", "want"),
    [
        # the name is written alone elsewhere: the head goes
        ("Harbour Board Ada Lund", "Ada Lund spoke. Harbour Board Ada Lund said so.", "Ada Lund"),
        (
            "Wirtualnej Polsce Adam Nowak",
            "Adam Nowak dla WP. mówi Wirtualnej Polsce Adam Nowak",
            "Adam Nowak",
        ),
        # a role right before the first name: a role noun, or a word written in lower case too
        (
            "County Prosecutor Tom Berg",
            "Tom Berg, 51, spoke. County Prosecutor Tom Berg",
            "Tom Berg",
        ),
        ("Wardmaster Ada Lund", "The wardmaster spoke. Wardmaster Ada Lund said so.", "Ada Lund"),
        # a long doer's word before the first name ("Goaltender"); short first names end so too
        ("Goaltender Tom Berg", "Goaltender Tom Berg said so.", "Tom Berg"),
        ("Umer Tom Khan", "Umer Tom Khan said so.", "Umer Tom Khan"),
        ("Lukman Ada Hakim", "Lukman Ada Hakim said so.", "Lukman Ada Hakim"),
        # written only in full: it stays (a first name the dictionary lacks, then a known one)
        ("Zorvan Adam Lund", "Zorvan Adam Lund said so. Lund added more.", "Zorvan Adam Lund"),
        # the head holds a first name, a particle or an initial: it stays
        ("Maria Ada Lund", "Ada Lund spoke. Maria Ada Lund said so.", "Maria Ada Lund"),
        ("Md Eira Nestvold", "Eira Nestvold spoke. Md Eira Nestvold said so.", "Md Eira Nestvold"),
        ("Mohd Tom Rahman", "Tom Rahman spoke. Mohd Tom Rahman said so.", "Mohd Tom Rahman"),
        ("van Tom Berg", "Tom Berg spoke. van Tom Berg said so.", "van Tom Berg"),
        # an East Asian name opens with its family name, which the dictionary lists too
        ("Lee Hsien Loong", "Hsien Loong spoke. Lee Hsien Loong said so.", "Lee Hsien Loong"),
        ("Nguyễn Văn An", "Văn An spoke. Nguyễn Văn An said so.", "Nguyễn Văn An"),
        # two words are never cut
        ("Harbour Lund", "Lund spoke. Harbour Lund said so.", "Harbour Lund"),
    ],
)
def test_without_glued_head(name: str, text: str, want: str) -> None:
    assert without_glued_head(name, text) == want


@pytest.mark.parametrize(
    ("label", "text", "nobody"),
    [
        ("Closing Remarks", "… made some positive remarks about it.", True),
        ("Closing Remarks", "… spoke to supporters.", False),  # no evidence: maybe a name
        ("Tom Bush", "… the bush is far from it.", False),  # a first name: a person
        ("Prime Minister", "… the minister said.", False),  # a title: a role's label
        ("CLOSING REMARKS", "… positive remarks.", False),  # capitals: a transcript's label
        ("Remarks", "… positive remarks.", False),  # one word: too little to tell
    ],
)
def test_names_nobody(label: str, text: str, nobody: bool) -> None:
    assert names_nobody(label, text) is nobody


def test_the_dictionary_knows_first_names_not_places() -> None:
    assert is_given_name("Ada") and is_given_name("Tom")
    assert not is_given_name("Northport") and not is_given_name("") and not is_given_name("Youth")


def test_a_role_glued_before_the_speaker_is_dropped() -> None:
    text = (
        "Arrest\n\n“I promise you, we will share what we can,” Harbour County Prosecutor Tom "
        "Berg said.\n\nUndersecretary Ada Lund toured the farms.\n\n“Your heart aches for "
        "producers,” Lund says."
    )
    assert [q.speaker_full for q in ct.extract_quotations(text)] == ["Tom Berg", "Ada Lund"]


def test_a_glued_outlet_before_the_speaker_is_dropped() -> None:
    text = (
        "Szpitale\n\nAdam Nowak dla WP o zimie.\n\n"
        "„Pracujemy nad listą ośrodków” – mówi Wirtualnej Polsce Adam Nowak."
    )
    assert [q.speaker_full for q in ct.extract_quotations(text)] == ["Adam Nowak"]


words = st.sampled_from(["Ada", "Tom", "Lund", "Harbour", "Board", "Md", "van", "Zorvan", "Kim"])


@given(st.lists(words, min_size=1, max_size=6), st.text(max_size=60))
def test_the_result_is_the_name_or_a_tail_of_two_words_or_more(parts: list[str], text: str) -> None:
    name = " ".join(parts)
    cut = without_glued_head(name, text + " " + name)
    assert cut == name or (name.endswith(" " + cut) and len(cut.split()) >= 2)
