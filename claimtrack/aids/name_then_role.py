"""A person's name run straight into a role in Title Case, the comma between them left out.

Press releases write "Peter Hale Police and Crime Commissioner said" and "Ada Lund Chief
Executive of the Harbour Trust said": the run of capitals before the verb is a name and then its
holder's role. The name chunker reads the run as a title ("Ada Lund Chief Executive") or as a
body and a title ("Peter Hale Police" | "Crime Commissioner"), so the speaker came out as a role.

The name is the run's first two or three words, up to the first role word or body's word, when
the first is a first name the dictionary knows; the role after it ends in a role noun
("Commissioner", "Executive") before any "of", and holds only capitals and "and"/"&" up to
there. A body's word right after
the name makes the name the body's ("Tom Berg Foundation Director said": the foundation's
director speaks, not Tom Berg), unless "and" joins it to more of the role ("Police and Crime")
or it names a public body, which no one's name does ("Ada Lund Cabinet Member").
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.aids.honorifics import honorific_pronoun
from claimtrack.aids.name_words import ORG_WORDS, ROLE_NOUNS, TITLES
from claimtrack.text.first_names import is_given_name
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token, tokenize

__all__ = ["before_joined_role", "joined_role_end", "name_opening_role", "opens_joined_role"]

_IN_RUN = wordset("and & of the for")
_ROLE_JOINS = wordset("and &")
_ROLE_ENDS = wordset("of for at")
# Words opening a role that are no role on their own: "Managing Director", "Deputy Mayor".
_ROLE_OPENERS = wordset("managing deputy acting assistant senior interim associate principal vice")
# A public body's word names no one's body: "Ada Lund Cabinet Member for Housing" is Ada Lund,
# a cabinet member ("Tom Berg Foundation", "Ada Lund Institute" are named after people).
_PUBLIC_BODIES = wordset(
    "cabinet council police ministry department committee government parliament assembly"
    " senate congress court commission authority agency county city borough district"
)
_REACH = 14  # tokens a name and its role may take before the verb


def name_opening_role(toks: Sequence[Token], subject: Sequence[Token]) -> list[Token] | None:
    """The name opening a run of capitals that goes on into its holder's role, when the
    ``subject`` found before a verb ends that run; else None."""
    if not subject or honorific_pronoun(subject) is not None:
        return None  # "His Royal Highness": a style, not a first name ("His") and a role
    end = next((n for n, t in enumerate(toks) if t.start == subject[-1].start), None)
    if end is None:
        return None
    s = end
    while s - 1 >= 0 and end - s < _REACH:
        prev = toks[s - 1]
        if not (prev.is_word and (prev.is_capitalised or prev.lower in _IN_RUN)):
            break
        s -= 1
    while s < end and not toks[s].is_capitalised:
        s += 1  # (the run opens with a capital: "and" before it belongs to the clause)
    while s < end and toks[s].lower in TITLES and not is_given_name(toks[s].text):
        s += 1  # "Mayor Ada Lund Fire and Rescue Chief": the name after her title
    if end - s < 2 or toks[s].lower in _IN_RUN or not is_given_name(toks[s].text):
        return None  # ("The ISRO Chairman": a sentence's capital)
    # The name runs to the first role word or body's word after its second word: "Ada Mary
    # Lund Chief Executive", "Peter Hale Police and Crime Commissioner".
    m = s + 1
    while m <= end and m - s < 3 and not (_role_word(toks[m]) or _body_word(toks, m)):
        m += 1
    name = toks[s:m]
    if len(name) < 2 or any(t.text.isupper() or not t.is_capitalised for t in name):
        return None  # ("Ada NRC Director", "Ada Chief Executive": no name of two words or three)
    role: list[Token] = []
    for tok in toks[m : end + 1]:
        if tok.lower in _ROLE_ENDS:
            break
        if not (tok.is_capitalised or tok.lower in _ROLE_JOINS):
            return None
        role.append(tok)
    if not role or role[-1].lower not in ROLE_NOUNS | TITLES or not role[0].is_capitalised:
        return None
    joined = len(role) > 1 and role[1].lower in _ROLE_JOINS  # ("Police and Crime")
    if role[0].lower in ORG_WORDS and role[0].lower not in _PUBLIC_BODIES and not joined:
        return None  # "Tom Berg Foundation Director": the body's director
    return list(name)


def _role_word(tok: Token) -> bool:
    return tok.lower in ROLE_NOUNS or tok.lower in TITLES or tok.lower in _ROLE_OPENERS


def _body_word(toks: Sequence[Token], m: int) -> bool:
    """``toks[m]`` opens a body's or a role's name: "County", "Police", "Fire and Rescue"."""
    joined = m + 1 < len(toks) and toks[m + 1].lower in _ROLE_JOINS
    return joined or toks[m].lower in ORG_WORDS or toks[m].lower in _PUBLIC_BODIES


def joined_role_end(toks: Sequence[Token], i: int) -> int:
    """Where a role's title goes on past "and" at ``toks[i]`` ("Police and Crime Commissioner",
    "Fire and Rescue Chief Officer"): the end of a run of capitals after it that ends in a role
    noun and names no one; 0 where "and" joins two people ("Ada Lund and Tom Berg", "Minister
    of Health and Deputy Mayor Tom Berg")."""
    k = i + 1
    while k < min(len(toks), i + 8) and toks[k].is_word and toks[k].is_capitalised:
        if is_given_name(toks[k].text):
            return 0
        k += 1
    return k if k > i + 1 and toks[k - 1].lower in ROLE_NOUNS | TITLES else 0


def before_joined_role(text: str, name: str, end: int) -> str:
    """``name``, written up to ``end`` in ``text``, without its last word when that word opens
    a title joined by "and": "Ada Lund Fire" before " and Rescue Chief Officer" is Ada Lund. As
    in :func:`opens_joined_role`, a name of two words keeps both ("Ada Fire")."""
    after = tokenize(text[end : end + 120], end)
    if name.count(" ") < 2 or not after or after[0].lower not in _ROLE_JOINS:
        return name
    return name.rsplit(" ", 1)[0] if joined_role_end(after, 0) else name


def opens_joined_role(toks: Sequence[Token], i: int, j: int) -> bool:
    """``toks[j]``, in a run of capitals from ``toks[i]`` after a name of two words or more (from
    a first name on), opens a title joined by "and": "Fire" in "(Mayor) Ada Lund Fire and
    Rescue Chief Officer"; never in a body's name ("Velm City Police and Crime …")."""
    if not (j + 1 < len(toks) and toks[j + 1].lower in _ROLE_JOINS):
        return False
    first = next((n for n in range(i, j) if is_given_name(toks[n].text)), j)
    return j - first >= 2 and joined_role_end(toks, j + 1) > 0
