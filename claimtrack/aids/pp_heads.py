"""The head of a noun phrase before a prepositional phrase: who speaks in "Dr. Ada Lind of the
University of Rochester said" (Ada Lind), in "a friend of Ada Lund said" (the friend) and in
"The Minister of the Presidency said" (the office, which the article may name)."""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.aids.body_lists import body_across_and
from claimtrack.aids.body_names import JOINS, is_body_head, is_own_body
from claimtrack.aids.descriptions import is_group_noun
from claimtrack.aids.documents import DOCUMENT_NOUNS
from claimtrack.aids.given_names import is_given_name
from claimtrack.aids.name_affixes import nickname_before
from claimtrack.aids.name_words import TITLES
from claimtrack.aids.role_words import OF_WORDS
from claimtrack.aids.speakers import ROLE_NOUNS, NameChunk, is_breaker
from claimtrack.aids.speech_cues import PREPOSITIONS, SPEECH_NOUNS
from claimtrack.aids.title_places import place_words, title_before
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

__all__ = [
    "addressed",
    "capitalised_subject",
    "described_head",
    "head_before_pp",
    "office_phrase",
    "person_before_description",
    "person_before_pp",
    "person_before_title",
]

_ARTICLES = wordset("a an the o os el la los las le les il lo gli")  # ("o presidente da …")

# The words that open the phrase a speaker's head stands before: "Ada Lind of the University
# …", "the mayor with the council", "o presidente da Câmara de Chaves".
_PP_WORDS = OF_WORDS | wordset("at from for with")
_DESCRIBED_REACH = 4  # words of a description before its preposition: "a close friend of"


def addressed(toks: list[Token], run: Sequence[Token]) -> int:
    """ "A letter from the mayor to Ada Lund (and Piet Arvo) said": the names after "to" are
    whom the words were sent to, never the verb's subject. The index of that "to", else -1."""
    k = next((n for n, t in enumerate(toks) if t is run[0]), 0)
    if k >= 3 and toks[k - 1].lower == "and":
        k -= 2  # back over the first of a pair of names
        while k >= 1 and toks[k - 1].is_capitalised and toks[k - 1].is_word:
            k -= 1
    k -= 1 if k >= 1 and toks[k - 1].lower == "the" else 0
    if k < 2 or toks[k - 1].lower != "to":
        return -1
    # (words sent: "Ambassador to Korvia Tomas Brandt says" is a title's own "to")
    sent = any(t.lower in DOCUMENT_NOUNS | SPEECH_NOUNS for t in toks[max(0, k - 7) : k - 1])
    return k - 1 if sent else -1


def described_head(toks: list[Token], p: int) -> list[Token] | None:
    """ "a friend of Ada Lund", "the lawyer for Tom Berg": a lower-case description before the
    preposition at ``toks[p]``, opened by an article; the description, which speaks."""
    for d in range(p - 1, max(-1, p - 1 - _DESCRIBED_REACH), -1):
        tok = toks[d]
        if tok.lower in _ARTICLES:
            return toks[d:p] if d < p - 1 else None
        if not tok.is_word or tok.is_capitalised:
            return None
    return None


def head_before_pp(toks: list[Token], p: int) -> list[Token] | None:
    """The name before a prepositional phrase ending at ``toks[p]`` (at most 8 words back)."""
    k = p
    while k > 0 and p - k < 8:
        tok = toks[k]
        e = k - 1
        if (
            e >= 3
            and toks[e].text == ","
            and toks[e - 1].text.isdigit()
            and toks[e - 2].text == ","
        ):
            e -= 3  # "Ada Lund, 76, of Northport said": her age between
        if tok.lower in PREPOSITIONS and toks[e].is_capitalised:
            j = e
            while j - 1 >= 0 and (toks[j - 1].is_capitalised or toks[j - 1].text == "."):
                j -= 1
            if j == 0 or toks[j - 1].lower not in PREPOSITIONS | {"the", "a", "an"}:
                return toks[j : e + 1]
        if not (tok.lower in PREPOSITIONS or tok.lower in ("the", "and") or tok.is_capitalised):
            return None
        k -= 1
    return None


def office_phrase(toks: Sequence[Token], k: int, title: NameChunk) -> Sequence[Token] | None:
    """ "Minister of the Presidency", "Secretary for the Treasury": a title (a chunk of titles
    at ``toks[k]``) held at a body, the whole office; None when a name follows."""
    e = next((n for n in range(k, min(len(toks), k + 6)) if toks[n].start >= title.end), len(toks))
    if e + 2 >= len(toks) or toks[e].lower not in ("of", "for") or toks[e + 1].lower != "the":
        return None
    body = e + 2
    while body < len(toks) and toks[body].is_capitalised and is_breaker(toks[body].text):
        body += 1
    named = body < len(toks) and toks[body].is_capitalised  # "… of the Presidency Ada Lund"
    later = _name_after(toks, body) is not None
    return None if body == e + 2 or named or later else toks[k:body]


def office_holder(toks: Sequence[Token], k: int, title: NameChunk) -> Sequence[Token] | None:
    """The person an office at ``toks[k]`` names after the body's own words: "Deputy Director
    General of the Ministry of Health Prof. Ada Lund" → "Prof. Ada Lund"."""
    e = next((n for n in range(k, min(len(toks), k + 6)) if toks[n].start >= title.end), len(toks))
    if e + 2 >= len(toks) or toks[e].lower not in ("of", "for"):
        return None
    start = _name_after(toks, e + 1)
    if start is None:
        return None
    end = start
    while end < len(toks) and (toks[end].is_capitalised or toks[end].text == "."):
        end += 1
    return toks[start:end]


def _name_after(toks: Sequence[Token], n: int) -> int | None:
    """Where a person is named after a body's own words: "… of the Ministry | of Health Prof.
    Ada Lund", "… of the Treasury of Northland Tom Berg": a first name, or a title, before a
    capital, within the run of capitals and small joining words."""
    for m in range(n, min(len(toks) - 1, n + 8)):
        tok, after = toks[m], toks[m + 1]
        if not (tok.is_capitalised or tok.lower in _OFFICE_JOINS or tok.text == "."):
            return None
        titled = tok.lower in TITLES
        opens = tok.is_capitalised and (titled or is_given_name(tok.text))
        if opens and (after.is_capitalised or (after.text == "." and titled)):
            return m if m > n else None  # ("of the Ministry Ada Lund" is named above)
    return None


_OFFICE_JOINS = wordset("of for and the")


def capitalised_subject(toks: list[Token], j: int) -> list[Token]:
    """The capitalised run ending at ``toks[j]``, or the head of the phrase it ends."""
    k = j
    while k - 1 >= 0:
        if (o := nickname_before(toks, k)) > 0:
            k = o  # "Ezekiel ‘Ziggy’ Cameron said": the nickname is inside the name
        elif toks[k - 1].is_word and (
            toks[k - 1].is_capitalised or toks[k - 1].lower in ("von", "van", "de", "der", "al")
        ):
            k -= 1
        elif toks[k - 1].text == "&" and k >= 2 and body_across_and(toks, k, j) < 0:
            k -= 2  # "Procter & Gamble said": one firm's name (not a list's last: see below)
        else:
            break
    if k >= 2 and toks[k - 1].lower in ("and", "&") and (o := body_across_and(toks, k, j)) >= 0:
        k = o  # "Cheshire West and Chester Council said": one body's name
    elif k >= 1 and toks[k - 1].lower in ("and", "&") and (t := title_before(toks, k)) >= 0:
        # "Minister for Ports and Harbours Ivo Lind said": the portfolio's last word is no name
        # ("the Minister for Culture and Media said": nor is the portfolio's end a person)
        run = toks[k : j + 1]
        named = len(run) > 2 or (len(run) == 2 and is_given_name(run[0].text))
        portfolio = toks[t].lower in TITLES and not is_own_body([w.text for w in run])
        return toks[t : j + 1] if portfolio and not named else toks[k + place_words(run) : j + 1]
    # "Minister of the Presidency said": past "the" to "of" when the run names a body.
    body = k >= 3 and toks[k - 1].lower == "the" and is_breaker(toks[j].text)
    m = k - 2 if body else k - 1
    # "Bay of Plenty DHB CEO Ada Lund said": a title inside the run, a name after it, and the
    # "of" is the body's own ("Bay of Plenty"): the person after the title speaks.
    titled = any(t.lower in ROLE_NOUNS for t in toks[k:j]) and not is_breaker(toks[j].text)
    if m >= 1 and toks[m].lower in _PP_WORDS and not titled:
        # "Dr. Jeffrey Bazarian of the University of Rochester said": the head speaks.
        head = head_before_pp(toks, m)
        if head is not None and len(head) == 1 and is_group_noun(head[0].text):
            # "Analysts at Velm Capital said": a group capitalised to open the sentence is no
            # one's name; the whole phrase is the subject (the body it names speaks).
            return toks[toks.index(head[0]) : j + 1]
        if head is not None and is_body_head(head[-1].text) and toks[m].lower in JOINS:
            return toks[toks.index(head[0]) : j + 1]  # "the Royal College of Nursing": one body
        if (
            head is not None
            and _titles_only(head)
            and any(is_given_name(t.text) for t in toks[k:j])
        ):
            return toks[k : j + 1]  # "CEO of IDA Northport Martin Shanahan said": the person
        if head is not None:
            return head
        described = described_head(toks, m)
        if described is not None:  # "a friend of Ada Lund": the friend speaks
            return described + toks[m : j + 1]
        if toks[m - 1].lower in ROLE_NOUNS and toks[m].lower in OF_WORDS:
            d = m - 2 if m >= 2 and toks[m - 2].lower in _ARTICLES else m - 1
            return toks[d : j + 1]  # "The Minister of the Presidency said": the office
    return toks[k : j + 1]


def _titles_only(words: list[Token]) -> bool:
    """A title, perhaps after a place's or a body's name ("The Minister", "US Secretary",
    "Northport Harbour Director"): what "of" and a name may follow."""
    words = words[1:] if words and words[0].lower in _ARTICLES else words  # "The Minister"

    def title(t: Token) -> bool:
        return t.lower in ROLE_NOUNS or is_breaker(t.text)

    return bool(words) and title(words[-1]) and all(t.is_capitalised or title(t) for t in words)


def person_before_pp(np: list[Token]) -> list[Token]:
    """ "Tom Berg of Northport", "Dr Ada Lund from the university": the person's name before the
    preposition (maybe after titles), which speaks; ``np`` itself when it is no such phrase
    ("the Bank of England", "Minister of Health Ada Lund", "the head of state")."""
    k = next((k for k, t in enumerate(np) if _person_pp(np, k)), None)
    if k is None or k < 2:
        return np
    head = np[:k]
    name = [t for t in head if not is_breaker(t.text) and t.text != "."]
    titles_first = all(is_breaker(t.text) or t.text == "." for t in head[: len(head) - len(name)])
    if len(name) >= 2 and titles_first and all(t.is_capitalised for t in name):
        return head
    if len(name) == 1 and len(head) > 1 and titles_first and name[0].is_capitalised:
        return head  # "Professor Iberamsjah of the University of Indonesia": one name, titled
    # "geophysicist Tom Berg of the Met Office said": a description in lower case before the
    # name (never "the Royal College of …": an article, a body's head word).
    n = len(head)
    while n > 0 and head[n - 1].is_capitalised:
        n -= 1
    described = all(
        t.is_word and not t.is_capitalised and t.lower not in _ARTICLES for t in head[:n]
    )
    if n > 0 and k - n >= 2 and described and not is_body_head(head[-1].text):
        return head[n:]
    return np


_PERSON_PPS = wordset("of from at")


def _person_pp(np: list[Token], k: int) -> bool:
    """ "of", "from", "at" open the phrase after a person's name; "with" only before "the"
    ("Sgt. Ada Lund with the Northport Police Department said"), never before a second person
    ("Ada Lund with Tom Berg")."""
    word = np[k].lower
    return word in _PERSON_PPS or (word == "with" and k + 1 < len(np) and np[k + 1].lower == "the")


def person_before_title(toks: list[Token], subject: list[Token]) -> list[Token] | None:
    """ "Dr. Ada Lund, CEO of Northport Bank said", "Ada Lund, Minister of Water, Irrigation
    and Energy said", "Ada Lund, Public Health Officer stated": the ``subject`` found before the
    verb is a role of title words alone ("CEO", the head before "of"), its portfolio's last word
    ("Energy") or a role in Title Case ending in its role word, set off by a comma
    after a person's name, which speaks (the comma after the role left out)."""
    k = next((n for n, t in enumerate(toks) if t.start == subject[0].start), 0)
    if k >= 1 and toks[k - 1].text != ",":
        m = k - 1  # back over the portfolio to its title
        while m >= 0 and k - m <= _PORTFOLIO_REACH and not _titles_only([toks[m]]):
            if not (toks[m].is_capitalised or toks[m].lower in _PORTFOLIO_JOINS):
                return None
            m -= 1
        if m < 0 or not _titles_only([toks[m]]) or toks[m + 1].lower not in ("of", "for"):
            return None
        k = m
        while k - 1 >= 0 and _titles_only([toks[k - 1]]):
            k -= 1
    elif (
        not all(_titles_only([t]) for t in subject)
        and subject[-1].lower not in ROLE_NOUNS
        and not (len(subject) > 1 and subject[1].lower in ("of", "for"))  # its portfolio
    ):
        # "Ada Lund, Northport Bank said": a body after the comma may speak (but "Ada Lund,
        # Public Health Officer said": a role in Title Case, ending in its role word)
        return None
    if k < 2 or toks[k - 1].text != ",":
        return None
    start = k - 1
    while start - 1 >= 0 and (toks[start - 1].is_capitalised or toks[start - 1].text == "."):
        start -= 1
    run = toks[start : k - 1]
    named = [t for t in run if t.is_capitalised and not _titles_only([t])]
    return run if len(named) >= 2 else None


def person_before_description(toks: list[Token], subject: list[Token]) -> list[Token] | None:
    """ "Ada Lund, a teacher of Northport School and College at Eastvale told", "Ada Lund,
    assistant manager at Northport Housing explains": the ``subject``
    found before the verb ends a description in lower case ("a teacher of …") set off by a
    comma after the name that opens the sentence, the comma after it left out; the name
    speaks."""
    k = next((n for n, t in enumerate(toks) if t.start == subject[0].start), 0)
    c = k - 1
    while c >= 0 and toks[c].text != "," and (toks[c].is_word or toks[c].text == "&"):
        c -= 1
    if c < 2 or toks[c].text != ",":
        return None
    bare = toks[c + 1].is_word and not toks[c + 1].is_capitalised
    if toks[c + 1].lower not in _ARTICLES and not (
        bare and any(t.lower in ROLE_NOUNS for t in toks[c + 1 : c + 3])
    ):
        return None  # (a role without its article: "Ada Lund, assistant manager at …")
    described = toks[c + 2 : k + len(subject)]
    if not (toks[c + 2].is_word and not toks[c + 2].is_capitalised) and not any(
        t.lower in ROLE_NOUNS for t in described
    ):
        # ("Ada Lund, the Northport Bank said": a body, maybe the speaker; "Ada Lund, the
        # Spokesperson of the Electoral Commission said": her role, written in capitals)
        return None
    start = c
    while start - 1 >= 0 and toks[start - 1].is_capitalised:
        start -= 1
    run = toks[start:c]
    opens = start == 0 or not toks[start - 1].is_word
    return run if opens and len(run) >= 2 and all(t.is_capitalised for t in run) else None


_PORTFOLIO_REACH = 12  # tokens of a portfolio: "of Water, Irrigation and Energy"
_PORTFOLIO_JOINS = wordset(", and & of for the")
