"""Two people who speak together: "“…,” Ada Lind and Tomas Berg said in a joint statement".

A cue whose subject joins two people's names with "and" quotes both of them. Giving the words
to the one named last (as the name rules alone would) is half wrong at full confidence; the
speaker is the pair, as written, with each name in its fullest form, below the sure bin (a
pair is seldom named again the same way, so nothing confirms it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimtrack.aids.documents import DOCUMENT_NOUNS
from claimtrack.aids.name_words import ORG_WORDS, ROLE_NOUNS, TITLES
from claimtrack.aids.speakers import NameChunk
from claimtrack.aids.speech_cues import PREPOSITIONS
from claimtrack.aids.title_places import title_before
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

if TYPE_CHECKING:
    from claimtrack.aids.name_index import NameIndex

__all__ = ["JOINT_CONFIDENCE", "joined_subject", "joint_speakers", "name_pair", "partner_after"]

JOINT_CONFIDENCE = 0.6


def joint_speakers(
    names: NameIndex, np: Sequence[Token], chunks: Sequence[NameChunk]
) -> tuple[str, str] | None:
    """("Lind and Berg", "Ada Lind and Tomas Berg") when the last two chunks of ``np`` are
    people joined by "and" and nothing else; else None."""
    if len(chunks) < 2 or any(c.kind not in _NAMED for c in chunks[-2:]):
        return None
    first, last = chunks[-2], chunks[-1]
    between = [t.lower for t in np if first.end <= t.start < last.start]
    # "Mayor Ada Lind and council leader Tomas Berg": the second one's role may stand between.
    role = [w for w in between[1:] if w not in _HONORIFICS]  # ("Mr Stan and Ms Berg")
    if between[:1] not in (["and"], ["&"]) or (role and not _lower_role(np, first.end, last.start)):
        return None
    if any(t.is_word and t.start >= last.end for t in np):
        return None  # ("the Lund and Berg families": the families speak)
    issued = _issued_by_both(np, first)
    if not issued and any(t.lower in PREPOSITIONS for t in np if t.start < first.start):
        return None  # "the ministers of Velm and Tarvo": places, not the speakers
    known = [names.is_person(c.name) for c in (first, last)]
    if not all(known):
        # "Marks and Spencer said", "Microsoft and Google said": a firm's two names, or two
        # bodies or people named once each; either way both words, as written.
        bare = not any(known) and all(_one_word(c) for c in (first, last)) and len(between) == 1
        return (f"{first.name} and {last.name}",) * 2 if bare or issued else None
    if any(c.kind != "person" for c in (first, last)):
        return None
    written = f"{first.name} and {last.name}"
    full = " and ".join(names.full_name(c.name) or c.name for c in (first, last))
    return written, full


_NAMED = frozenset(("person", "org", "acronym"))
_HONORIFICS = wordset("mr mrs ms miss dr prof .")


def _issued_by_both(np: Sequence[Token], first: NameChunk) -> bool:
    """ "a joint statement from Velmcorp and Arvo Bank": a document's noun and "from" or "by"
    right before the first name; the two issued it together."""
    return _document_by([t for t in np if t.start < first.start])


def _document_by(head: Sequence[Token]) -> bool:
    """``head`` ends with a document's noun and "from" or "by": "a joint statement from"."""
    return len(head) >= 2 and head[-1].lower in ("from", "by") and head[-2].lower in DOCUMENT_NOUNS


def _one_word(chunk: NameChunk) -> bool:
    """A chunk of one word with no title before it, and no title's or body's word itself."""
    word = chunk.name.lower()
    plain = word not in ROLE_NOUNS and word not in TITLES and word not in ORG_WORDS
    return chunk.text == chunk.name and " " not in chunk.name and plain


def _lower_role(np: Sequence[Token], start: int, end: int) -> bool:
    """The words after "and" between two names are a role in lower case ("council leader")."""
    role = [t for t in np if start <= t.start < end][1:]
    return (
        0 < len(role) <= 3
        and all(t.is_word and not t.is_capitalised for t in role)
        and role[-1].lower in ROLE_NOUNS
    )


_NAME_WORDS = 4  # a name and its title before "and": "Mayor Ada Lind"


def joined_subject(toks: Sequence[Token], subject: Sequence[Token]) -> list[Token] | None:
    """The subject ``subject`` with the name joined to it before "and" ("Lind and Berg said",
    "Mayor Ada Lind and council leader Tomas Berg said"), for :func:`joint_speakers` to weigh;
    None when no name stands joined before it."""
    if not subject:
        return None
    s = next((n for n, t in enumerate(toks) if t.start == subject[0].start), None)
    if s is None:
        return None
    k = s - 1
    while k >= 1 and s - k <= 3 and toks[k].lower != "and" and toks[k].lower.isalpha():
        k -= 1  # past a role in lower case: "and council leader"
    if k < 1 or toks[k].lower != "and" or not toks[k - 1].is_capitalised:
        return None
    if title_before(toks, k + 1) >= 0:
        return None  # "Minister for Jobs, Skills and Small Business Ada Lund": one portfolio
    a = k - 1
    while a - 1 >= 0 and k - a < _NAME_WORDS and toks[a - 1].is_word and toks[a - 1].is_capitalised:
        a -= 1
    if _document_by(toks[:a]):
        a -= 2  # "A statement by Lind and Berg read": the document the two issued
    elif a > 0 and toks[a - 1].is_word:
        return None  # "After meeting Lind and Berg said": the pair is what he met
    return [*toks[a:s], *subject]


# Words after a name that end the phrase naming the speaker: "said Ada Lind and Tom Berg in a
# statement", "…, two nurses".
_PHRASE_ENDS = frozenset(".,;:)") | wordset("in on at during after before from as when while")


def partner_after(toks: Sequence[Token], np: Sequence[Token] | None) -> list[Token] | None:
    """``np`` (a phrase after the verb, "said Ada Lind") with the name "and" joins to it ("…
    and Tom Berg."), for :func:`joint_speakers` to weigh; None when no name follows so. A
    phrase that goes on after the second name ("and Tom Berg agreed") is not a pair."""
    if not np or not np[-1].is_capitalised:
        return None
    k = next((n for n, t in enumerate(toks) if t.start == np[-1].start), len(toks)) + 1
    if not (k + 1 < len(toks) and toks[k].lower == "and"):
        return None
    m = k + 1
    while m < len(toks) and m - k <= _NAME_WORDS and toks[m].is_word and toks[m].is_capitalised:
        m += 1
    if m == k + 1 or (m < len(toks) and toks[m].lower not in _PHRASE_ENDS):
        return None
    if toks[m - 1].lower in ROLE_NOUNS | TITLES:
        return None  # ("and Tom Berg Chief Executive": whose role the words name is unclear)
    return [*np, *toks[k:m]]


def name_pair(words: Sequence[Token]) -> bool:
    """``words`` are two runs of capitals joined by one "and": "Ada Lund and Maria Berg"."""
    ands = [n for n, t in enumerate(words) if t.lower == "and"]
    if len(ands) != 1 or not 0 < ands[0] < len(words) - 1 or len(words) > 2 * _NAME_WORDS + 1:
        return False
    if any(words[n].lower in ROLE_NOUNS | TITLES | ORG_WORDS for n in (ands[0] - 1, -1)):
        return False  # "Police, Fire and Crime Commissioner": a role's title, no names
    return all(t.is_word and t.is_capitalised for n, t in enumerate(words) if n != ands[0])
