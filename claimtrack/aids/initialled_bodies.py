"""A body written as its initials and one more word: "NFU Cymru said", "UNICEF Nepal said".

The name chunker reads initials before a name as a body's or an office's, and what follows as a
person's name ("МИД РФ Василий Небензя", "MLA Lund"). One word after initials that nobody in the
article bears as a surname (no "Ada Cymru") and that is no first name names the body's national
or regional arm instead ("NFU Cymru", "UNICEF Nepal", "BBC Scotland"): the speaker is the body,
under its whole name.
"""

from __future__ import annotations

from attrs import evolve

from claimtrack.aids.given_names import is_given_name
from claimtrack.aids.name_index import NameIndex
from claimtrack.aids.name_words import ROLE_NOUNS, TITLES
from claimtrack.aids.speakers import NameChunk
from claimtrack.text.lexicon import wordset

__all__ = ["initialled_body"]

# Offices written as initials before a surname, which the lists of titles leave out: members of
# legislatures ("MLA", "MSP", "TD"), prosecutors and managers ("DA", "AG", "MD", "GM"), and South
# Asian police and district ranks ("SSP", "DIG", "IGP", "DCP", "SHO", "SDM").
_OFFICE_INITIALS = wordset(
    "mla mlc msp ms mhk td da ag dg md gm sp ssp dsp asp dig igp dgp dcp acp sho sdm dm cm "
    "cj adc aig cs rep sen gov lt col gen"
)


def initialled_body(chunk: NameChunk, names: NameIndex) -> NameChunk:
    """``chunk`` as a body ("NFU Cymru") when it is initials and one word no person bears."""
    words = chunk.text.split()
    if chunk.kind != "person" or len(words) != 2:
        return chunk
    initials, word = words
    if not (len(initials) >= 2 and initials.isascii() and initials.isalpha()):
        return chunk
    low = initials.lower()
    if not initials.isupper() or low in TITLES or low in ROLE_NOUNS or low in _OFFICE_INITIALS:
        return chunk
    if word.isupper() or not word[:1].isupper() or is_given_name(word):
        return chunk
    if (names.full_name(word) or word) != word:
        return chunk  # "SSP Sharma" of "Rajesh Sharma": a person after all
    return evolve(chunk, name=chunk.text, kind="org")
