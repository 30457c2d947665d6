"""Words an article only ever writes at the start of a sentence: their capital shows no name.

"Ante una pregunta de …", "Siguió: «…»", "Tras la reunión": a capitalised word that opens every
sentence it is in is as likely a preposition or a verb (in any language) as a name; a name is
written mid-sentence somewhere ("said Ruiz", "Ana Ruiz").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimtrack.aids.name_words import PEOPLE_NOUNS, TITLES, many_of
from claimtrack.aids.speech_cues import BETWEEN, CUE_VERBS, FOREIGN_PREPOSITIONS, PREPOSITIONS
from claimtrack.text.lexicon import wordset
from claimtrack.text.occurrences import whole_word_at

if TYPE_CHECKING:
    from claimtrack.aids.mentions import ArticleReader
    from claimtrack.aids.speakers import NameChunk

__all__ = ["group_plural", "looks_common", "no_name", "only_opens", "participle_opener", "unverbed"]

# What stands before a word that opens a sentence: a line's start or a sentence's end (past a
# closing quote mark: "“…?” Siguió"), or an opening quote mark or bracket.
_ENDS = frozenset(".!?:;…\n")
_OPENING = frozenset("“«„(")


def only_opens(text: str, word: str) -> bool:
    """Every whole-word occurrence of ``word`` in ``text`` (at most 50 looked at) opens a
    sentence or a line."""
    for n, at in enumerate(whole_word_at(text, word, apostrophe_after=True)):
        if n >= 50:
            return False
        before = text[max(0, at - 6) : at].rstrip(" \t")
        if before[-1:] in _OPENING:
            continue
        before = before.rstrip(' \t"”»’')
        if before and before[-1] not in _ENDS:
            return False
    return True


# Function words that open sentences in news, in English and the languages the cues read: no
# name is spelt so ("Against the odds", "Beyond the river", "Amid the chaos", "Tras la cita").
_FUNCTION_WORDS = (
    PREPOSITIONS
    | FOREIGN_PREPOSITIONS
    | wordset(
        """
        against beyond amid amidst among amongst despite towards toward throughout without
        within upon unlike besides outside inside along behind below above beneath around
        although though however meanwhile nevertheless instead perhaps still yet already
        aside apart except unless whereas whether while whilst because since once every each
        many most some several both either neither other another such only even also
        now then today later earlier thus hence
        """
    )
)

# English word shapes no name has: past participles of a consonant stem ("Downed", "Uprooted",
# "Stranded", "Trapped") and adverbs ("Reportedly", "Finally", "Notably"); the stems names end
# in ("Ahmed", "Mohamed", "Alfred", "Javed", "Rashed", "Syed") are left out.
_COMMON_SHAPE = re.compile(
    r"^[a-z]{3,}(?:[bcdfgklnpstwxz]ed|(?:ed|ing|ous|ful|ive|ent|ant|ab|ib)ly|ically|ally)$"
)


def looks_common(word: str) -> bool:
    """True when ``word`` is a function word or has a shape of the common vocabulary: a
    capitalised word of this kind that only ever opens sentences is no name."""
    low = word.lower()
    return low in _FUNCTION_WORDS or (len(low) >= 6 and _COMMON_SHAPE.match(low) is not None)


def group_plural(reader: ArticleReader, word: str) -> bool:
    """ "Inspectors say …", "Shoppers emailed …": a title's or a person noun's plural names a
    group, no one person (unless the article shows it as a surname: "Farmer Ned Brothers")."""
    plural = many_of(word.lower(), TITLES | PEOPLE_NOUNS)  # ("Deputies", "Spokesmen" too)
    return plural and not reader.names.is_person(word)


def no_name(reader: ArticleReader, chunk: NameChunk) -> bool:
    """A one-word chunk, without a title, that the article writes only opening a sentence and
    never shows as a person (no first name, no title anywhere): a word whose capital is the
    sentence's ("Wrth ymddiswyddo dywedodd:", "Opening statement:"), not a name, unless its
    verb follows ("Velmar said"); a name is written mid-sentence somewhere ("said Ruiz"). A
    title's or a person noun's plural ("Inspectors", "Judges") is never a name."""
    name = chunk.name
    if chunk.kind != "person" or chunk.titled or " " in name or chunk.text != name:
        return False
    if group_plural(reader, name):
        return True
    after = _NEXT_WORD.match(reader.text, chunk.end)
    return after is not None and unverbed(reader, name, after.group(1))


def unverbed(reader: ArticleReader, word: str, after: str) -> bool:
    """``word``, opening a sentence before ``after``, is no name: no verb follows it ("Velmar
    said …", "Putin praised …", "Lind has …" keep the name), the article never shows it as a
    person, and writes it only opening sentences."""
    low = after.lower()
    verb = low in CUE_VERBS | BETWEEN | _AUXILIARIES or low.endswith(("ed", "s"))
    # ("Local councillors said": a plural of people after it is its noun, not a verb)
    if not low or (verb and not group_plural(reader, after)):
        return False
    return reader.only_opens_sentences(word) and not reader.names.is_person(word)


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
_AUXILIARIES = wordset(
    "will would can could should may might must shall does did do is are was were"
)


# What follows a participle that opens a clause ("Claiming that …", "Pinning high hopes on …",
# "Calling it …"), and never a surname ending in "-ing" ("Manning said", "Fleming, the coach").
_PARTICIPLE_OBJECTS = wordset(
    "that the a an it its his her their this these those high much great"
    " to on in at for with about from into over after"  # "Adding to his worries, …"
)


def participle_opener(reader: ArticleReader, chunk: NameChunk) -> bool:
    """A one-word chunk in "-ing" the article writes only opening sentences, before a word
    that starts a participle's object ("Claiming that the system …, he said"): no name."""
    name = chunk.name
    if chunk.kind != "person" or chunk.titled or " " in name or not name.endswith("ing"):
        return False
    after = _NEXT_WORD.match(reader.text, chunk.end)
    return (
        after is not None
        and after.group(1) in _PARTICIPLE_OBJECTS
        and reader.only_opens_sentences(name)
        and not reader.names.is_person(name)
    )
