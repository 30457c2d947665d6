"""Small words of other languages that open a sentence with a capital and are never a name.

A name is found by its capital letter, and the first word of every sentence has one. English
function words are listed with the name rules (:data:`claimtrack.aids.speakers.STOP_WORDS`);
these are the conjunctions, articles and prepositions that open sentences in Spanish,
Portuguese, French, Italian, German, Indonesian and Russian ("Menurut Lind", "Según Lind":
according to Lind): "Y sentencia: «…»" (and he concludes), "O Ribeiro
Santos frisou" (the article before a name), "E ha aggiunto", "Und dann sagte er", "И добавил".
A one-letter word is such a word only without a full stop after it: "E. Lind" is an initial;
and "U" before a name is Burmese "Mr" ("U Kyaw Min"), part of the name as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.aids.name_words import ROLE_NOUNS
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

__all__ = ["OPENING_WORDS", "PORTFOLIO_OF", "opening_function_word", "portfolio"]

# Not "Dan", "Ed", "Ma", "Lo", "Una": first names and surnames in English and Chinese too.
OPENING_WORDS = wordset(
    # one letter: "and", "or", the Portuguese article; Russian "and", "but", "in", "with", "to"
    "y e o u и а в с к у о я "
    # Spanish, Portuguese, Italian, French, German, Indonesian/Malay, Russian conjunctions
    "pero sino aunque porém contudo però quindi tuttavia et mais puis donc und aber oder doch "
    "denn tapi tetapi namun sedangkan но однако зато "
    # "for" (in one's view) before a name: "Para Lind, o time …", "Pour Lind, …" (not "Per",
    # a first name)
    "para pour für "
    # "according to", "for", "with", "without", "after" opening a sentence before a name:
    # "Menurut Lind, …", "Según Lind", "Laut Lind", "Bagi Lind" (not "Con", "Segundo", "Sem",
    # "Oleh", "Kata", "Ante": first names too)
    "menurut bagi untuk kepada dengan dalam sementara según selon laut secondo "
    "avec mit com sans ohne senza após après dopo tras "
    # German conjunctions opening a clause before a capitalised noun: "Bevor der Gemeinderat
    # …" (not "Weil", a surname)
    "bevor nachdem obwohl während sobald seitdem dass damit wenn als"
)


def opening_function_word(toks: Sequence[Token], i: int) -> bool:
    """True when ``toks[i]`` is a conjunction or article of :data:`OPENING_WORDS` (a one-letter
    word only without a full stop after it)."""
    tok = toks[i]
    if tok.lower not in OPENING_WORDS:
        return False
    if tok.text == "U" and i + 1 < len(toks) and _burmese_honoured(toks[i + 1]):
        return False  # "U Kyaw Min": Burmese "Mr", part of how the name is written
    return len(tok.text) > 1 or i + 1 >= len(toks) or toks[i + 1].text != "."


def _burmese_honoured(after: Token) -> bool:
    """A capitalised name after "U": Spanish writes "u" (or) only before an "o" sound ("siete u
    ocho"), so "U Kyaw", "U Thant" are Burmese names with their honorific."""
    return after.is_capitalised and not after.lower.startswith(("o", "ho"))


# "of" between a lower-case role noun and its portfolio in Romance languages: "o ministro das
# Comunicações", "la ministra de Hacienda", "il ministro degli Esteri", "le ministre des Armées".
PORTFOLIO_OF = wordset("de del della dello delle degli dei di des du da do das dos")


def portfolio(toks: Sequence[Token], j: int) -> bool:
    """ "o ministro das Comunicações": one capitalised word after a lower-case role noun and a
    Romance "of" is the role's portfolio, not a person (the subject is the role)."""
    if j < 2 or toks[j - 1].lower not in PORTFOLIO_OF:
        return False
    role = toks[j - 2].text  # lower case, as Romance news writes it ("President de Klerk" is one)
    return role.islower() and role in ROLE_NOUNS
