"""One token type and one tokenizer with code-point offsets, and one stemmer.

:func:`tokenize` has two patterns, chosen by ``punctuation``:

* ``punctuation=True`` (the default, for finding speakers and cues): words and *every*
  punctuation character as its own token, but for "&" between a firm's initials ("AT&T"). A
  word may end in an apostrophe ("Zas’") or hyphen; numbers keep their dots and commas
  ("1,000.5"); a name run into a sentence's first word is two tokens ("CooperThe" → "Cooper",
  "The").
* ``punctuation=False`` (for comparing statements): words and numbers only. A number may carry a
  dollar sign, thousands commas, decimals and a percent sign ("$1,200.50", "15%"); a word ends in
  a letter or digit; a contracted "n't" is split off as its own token ("didn't" → "did", "n't"),
  so negation counts see it.

The stemmer is Snowball's English (Porter2) stemmer through PyStemmer, a maintained C extension,
after folding case, apostrophes, a possessive "'s" and the American "-ize" to the British "-ise",
so "criticized" meets "criticised" and "Moscow’s" meets "Moscow".
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer
from attrs import frozen

from claimtrack.text.combining import COMBINING_MARKS
from claimtrack.text.typography import fold_apostrophes

__all__ = ["Token", "stem", "stem_words", "tokenize"]

# A word (letters first, then letters, combining marks, digits, hyphens, apostrophes: "Zas’",
# "O'Brien", "Secretary-General", "Moscow’s", "कहा"; never across "--", a dash typed as two
# hyphens: "Northport--Ada Lund, governor …"), a number ("1,500.50", "3.5bn": a comma or
# a stop between digits only, so "Lund, 45, said" and "in 2020." end it) or one punctuation
# character. Linear: each repeat of a number's group opens with its separator.
_WITH_PUNCTUATION = re.compile(
    r"[A-Z]{1,3}&[A-Z]{1,3}(?:[’'][sS])?(?![\w’'&])|"  # a firm's initials: "AT&T", "M&S’s"
    rf"[^\W\d_][\w{COMBINING_MARKS}’']*(?:-(?!-)[\w{COMBINING_MARKS}’']*)*"
    rf"|\d\w*(?:[.,]\d\w*)*|[^\w\s{COMBINING_MARKS}]"
)
_WORDS_ONLY = re.compile(
    rf"\$?\d+(?:,\d{{3}})*(?:\.\d+)?%?|[^\W\d_](?:[\w{COMBINING_MARKS}'’-]*[\w{COMBINING_MARKS}])?"
)
# A word run into the next sentence's first word where a web copy lost a line break: "Bill
# CooperThe upcoming summit …" (a caption, then the story). Only a capitalised word that opens
# sentences is split off, after a capital and two lower-case letters or more: "McDonald",
# "DeWitt", "LeBron" stay.
_GLUED_OPENER = re.compile(
    r"([A-Z][a-z]{2,})(The|This|That|These|Those|In|At|It|He|She|We|They|His|Her|Our|For|From"
    r"|With|When|After|According)"
)
_IZE = re.compile(r"iz(e|ed|es|ing|ation|ations)$")
_NEGATION = "n't"
# An Arabic name's article, hyphened in lower case to the name: "al-Sudani", "el-Sisi".
_ARABIC_ARTICLE = re.compile(r"(?:al|el|as|ash|ad|adh|an|ar|at|az)-[A-Z][a-z]")

_ENGLISH = Stemmer.Stemmer("english")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """The stem used everywhere words are matched: "strengthened" → "strengthen",
    "countries" → "countri", "criticized" → "criticis"; "n't" stays "n't".

    Lower-cased, apostrophes folded, a possessive "'s" dropped and "-ize" spelt "-ise" first,
    then Snowball's English stemmer. Cached: news repeats its words.
    """
    w = fold_apostrophes(word).strip("'")
    if w == _NEGATION:
        return _NEGATION
    if w.endswith("'s"):
        w = w[:-2]
    w = _IZE.sub(r"is\1", w)
    return _ENGLISH.stemWord(w)


def stem_words(words: list[str]) -> list[str]:
    """:func:`stem` over a list (the shape bm25s's ``stemmer`` argument takes)."""
    return [stem(w) for w in words]


@frozen
class Token:
    """One word, number or punctuation character, with its offsets in the text it came from."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        """The token in lower case."""
        return self.text.lower()

    @property
    def stem(self) -> str:
        """The token's stem (see :func:`stem`)."""
        return stem(self.text)

    @property
    def is_word(self) -> bool:
        """True for a word or number (not punctuation)."""
        return self.text[:1].isalnum()

    @property
    def is_name(self) -> bool:
        """Capitalised or an acronym: a name, not a common word ("CSTO", "Minsk")."""
        return self.text[:1].isupper()

    @property
    def is_capitalised(self) -> bool:
        """A word whose first letter is upper case and whose hyphenated parts are too, or an
        Arabic name after its article in lower case ("al-Sudani")."""
        t = self.text
        if not t[:1].isupper():
            return _ARABIC_ARTICLE.match(t) is not None  # "al-Sudani", "el-Sisi": a name
        # "Moscow-based", "Russian-dominated" are adjectives, not names.
        return all(part[:1].isupper() or not part for part in t.split("-"))


def tokenize(text: str, offset: int = 0, *, punctuation: bool = True) -> list[Token]:
    """The tokens of ``text`` in order, offsets shifted by ``offset`` (see the module docstring).

    ``text[t.start - offset : t.end - offset] == t.text`` for every token.
    """
    if punctuation:
        found: list[Token] = []
        for m in _WITH_PUNCTUATION.finditer(text):
            word, start = m.group(), m.start() + offset
            glued = None if word[1:].islower() else _GLUED_OPENER.fullmatch(word)
            if glued is None:
                found.append(Token(word, start, start + len(word)))
            else:
                cut = start + glued.end(1)
                found += [Token(glued[1], start, cut), Token(glued[2], cut, start + len(word))]
        return found
    tokens: list[Token] = []
    for m in _WORDS_ONLY.finditer(text):
        word, start, end = m.group(), m.start() + offset, m.end() + offset
        if len(word) > 3 and fold_apostrophes(word[-3:]) == _NEGATION:
            tokens.append(Token(word[:-3], start, end - 3))
            tokens.append(Token(word[-3:], end - 3, end))
        else:
            tokens.append(Token(word, start, end))
    return tokens
