"""A page that is the text of a speech: every paragraph of its body is the speaker's.

Government and party sites publish speeches, remarks and briefings as pages of their own: a
cover block ("SPEECH BY …", "Remarks by the Prime Minister at …", "TEKS UCAPAN …", "Discurso
del presidente …", "Allocution de …", "Rede von …") names the speaker, often on a line of its own
after an honorific ("H.E. ADA LUND", "YAB DATO' SERI …", "The Hon. Jon Ek MP"), and the body
is the speech itself, in the first person and without quote marks. Each body paragraph is then
a block quote of the person the cover names (a cover that names nobody clearly gives
nothing). A page is read so only when its title or cover says it is a speech's text, and most
of its body paragraphs speak as "I" or "we" with no speech cue of a narrator ("she said"): a
news report about a speech narrates in the third person. Below 0.8: no label names the turns.

A news report that ends with the full text of what its subject said, after a line announcing
it, is read by :mod:`claimtrack.aids.announced`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.interview_prose import I_WE
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.name_affixes import POST_NOMINALS
from claimtrack.aids.name_words import HONORIFICS, TITLES, without_titles
from claimtrack.aids.speech_cues import SPEECH_VERBS
from claimtrack.aids.unmarked import MARK_OPENERS, Found
from claimtrack.model import Article
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph

__all__ = ["narrated", "page_header", "speaker_on_cover", "speech_page"]

# Words saying a page is the text of something spoken, in the languages the rules read.
_SPEECH = re.compile(
    r"(?i)(?<!\w)(?:speech|remarks|address by|keynote|transcript|statement by|ucapan|pidato|"
    r"sambutan|discurso|allocution|discours|rede (?:von|des|der)|ansprache|toespraak|"
    r"discorso|pronunciamento|full text|texto íntegro|texte intégral|wortlaut|"
    r"address to the (?:nation|people|house|assembly)|(?:press|media|cabinet) briefing"
    r"|press conference)(?!\w)"
)
# "… by Prime Minister Ada Lund at …", "Discurso del Presidente Jon Ek en …", "Statement by
# the President of the Council, Ada Lund, on …" (the role set off by a comma).
_BY_NAME = re.compile(
    r"(?:\b[Bb][Yy]|\bof|\bdel?|\bdu|\bvon|\bdi|\bdo|\bda) "
    r"(?:(?:[A-Z][\w.’'-]*|of|the|de),? ){0,4}?"
    r"([A-Z][\w’'-]+(?: (?:bin |binti |de |van |von )?[A-Z][\w’'-]+){1,3})"
)
# Honorifics of a cover's name line beyond the transcript labels' ("YAB", "Dato’ Seri", "H.E.").
_MORE_HONORIFICS = wordset(
    "yab yb yang amat berhormat dato dato’ dato' datuk seri sri tan tun he his her "
    "excellency honourable honorable the rt right hon mp"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MIN_WORDS = 6
_HEADER_CHARS = 2000


def speech_page(reader: ArticleReader) -> dict[int, Found]:
    """The body paragraphs of a speech's page as block quotes, by paragraph index; empty when
    the page is not clearly one (the reader's ``cover`` is the page above its body)."""
    cover = _cover(reader)
    paras = [p for p in reader.paragraphs if not p.heading]
    text = reader.text
    if paras and _cover_line(text[paras[0].start : paras[0].end]):
        # The cover's line left at the top of the body ("Address to the Nation by the
        # President, Ada Lund, on …"): the cover, not the speech.
        cover, paras = cover + "\n" + text[paras[0].start : paras[0].end], paras[1:]
    intro = ""  # (its names are no cover's: "… the Harbour Party's platform …")
    while len(paras) > 2 and len(intro) < _HEADER_CHARS and _introduces(paras[0], text):
        # "President Ada Lund on Monday declared her bid … Here is the text of her speech:"
        intro, paras = intro + "\n" + text[paras[0].start : paras[0].end], paras[1:]
    if _SPEECH.search(cover + intro) is None:
        return {}
    bodies = [text[p.start : p.end].strip() for p in paras]
    if not bodies or any(b[:1] in MARK_OPENERS for b in bodies):
        return {}
    words = [{w.lower() for w in _WORD.findall(b)} for b in bodies]
    if sum(bool(w & I_WE) for w in words) * 3 < len(bodies) * 2 or narrated(bodies):
        return {}
    name = _name(cover)
    if name is None:
        return {}  # (a newsletter's "briefing" in the first person is its author's writing)
    att = Attribution(name, _fuller(name, intro), None, 0.6, name, "named")
    out: dict[int, Found] = {}
    for para, body in zip(paras, bodies, strict=True):
        if len(body.split()) >= _MIN_WORDS:
            out[para.index] = (para.start, para.start + len(body), att)
    return out


def _cover_line(body: str) -> bool:
    """A paragraph that names a speech and its speaker and says nothing as "I" or "we"."""
    words = {w.lower() for w in _WORD.findall(body)}
    return (
        _SPEECH.search(body) is not None and not words & I_WE and _BY_NAME.search(body) is not None
    )


def _fuller(name: str, intro: str) -> str:
    """The cover's name with the middle names the introduction gives it ("Ada Lund" → "Ada
    Mae Lund"), when it gives one fuller form."""
    if not intro or " " not in name:
        return name
    first, *_, last = name.split()
    middle = re.compile(rf"\b{re.escape(first)}((?: [A-Z][\w’'-]+){{1,2}}) {re.escape(last)}\b")
    fuller = {first + m.group(1) + " " + last for m in middle.finditer(intro)}
    return fuller.pop() if len(fuller) == 1 else name


def _introduces(para: Paragraph, text: str) -> bool:
    """A paragraph over a speech that speaks of its speaker in the third person ("his", "she")
    and never as "I" or "we": the page's introduction, not the speech."""
    words = {w.lower() for w in _WORD.findall(text[para.start : para.end])}
    return not words & I_WE and bool(words & _THIRD_PERSON)


_THIRD_PERSON = wordset("he she his her him")
_NARRATOR = wordset("he she they il elle er sie él ella dia beliau")
_PERSON_NARRATOR = _NARRATOR - wordset("they")


def narrated(bodies: Sequence[str], *, persons_only: bool = False) -> bool:
    """Some paragraph reports speech in the third person ("she said"): a report about a
    speech, not its text. With ``persons_only``, "they reported" does not count: a body's
    statement speaks so of others ("This week alone they reported that the police …")."""
    narrators = _PERSON_NARRATOR if persons_only else _NARRATOR
    # The pronoun at its verb ("she said", "said he", "he also told"): "our board, who are
    # conscious of it, have responded with support" reports no speech.
    for body in bodies:
        words = [w.lower() for w in _WORD.findall(body)]
        for k, word in enumerate(words):
            if (
                word in SPEECH_VERBS
                and {*words[max(0, k - 2) : k], *words[k + 1 : k + 2]} & narrators
            ):
                return True
    return False


def _cover(reader: ArticleReader) -> str:
    return (reader.title or "") + "\n" + reader.cover[-_HEADER_CHARS:]


def speaker_on_cover(reader: ArticleReader) -> str | None:
    """The one person a speech's or a transcript's cover names as its speaker ("Transcript by
    The Hon Ada Lund MP", "Remarks by Prime Minister Ada Lund"), else None."""
    cover = _cover(reader)
    return _name(cover) if _SPEECH.search(cover) else None


def _name(cover: str) -> str | None:
    """The speaker the cover names: a line that opens with an honorific, else "by NAME"."""
    for line in cover.splitlines():
        words = line.split()
        if not words or len(words) > 8 or not _honorific(words[0]):
            continue
        while words and _honorific(words[0]):
            words = words[1:]
        if 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words):
            return " ".join(words)
    set_off = {
        m.group(1)
        for line in cover.splitlines()
        if _SPEECH.search(line)
        for m in _SET_OFF.finditer(line)
        if without_titles(m.group(1)) == m.group(1)
        and not any(w.lower() in _COVER_WORDS for w in m.group(1).split())
    }
    if len(set_off) == 1:
        return set_off.pop()  # "… by the Head of State of Northland, Ada Lund, on …"
    found = {_bare_name(m.group(1)) for m in _BY_NAME.finditer(cover)}
    # ("… gave his State of the Harbour Address …": the speech's name, not its speaker's)
    found = {f for f in found if not any(w.lower() in _SPEECH_NOUNS for w in f.split())}
    named = {_holder(cover, f) if _title_only(f) else f for f in found}
    return named.pop() if len(named) == 1 else None  # (None: a title alone)


def _title_only(name: str) -> bool:
    return all(w.lower().rstrip(".") in TITLES for w in name.split())


def _holder(cover: str, title: str) -> str | None:
    """ "… by the Prime Minister": the one name the cover writes after that title ("Prime
    Minister Ada Lund announces …"), else None (a title is nobody's name)."""
    after = re.compile(re.escape(title) + r" ((?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+)")
    names = {m.group(1) for m in after.finditer(cover)}
    return names.pop() if len(names) == 1 else None


# A name set off by commas in a cover's line (Title Case covers capitalise every word, so the
# commas, not the capitals, tell the name from the office before it).
_SET_OFF = re.compile(r", ((?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+),")
_COVER_WORDS = wordset("of the on at to and for republic nation state government people")
_SPEECH_NOUNS = wordset("address speech remarks statement transcript keynote lecture message")
_POSSESSIVE = re.compile(r"[’']s$")


def _bare_name(name: str) -> str:
    """ "The Hon Ada Lund MP" → "Ada Lund": no article, honorific or title before the name,
    no honour or seat after it; "… of Ada Lund's speech": no possessive."""
    words = _POSSESSIVE.sub("", name).split()
    while len(words) > 2 and (words[0].lower() == "the" or _honorific(words[0])):
        words = words[1:]
    while len(words) > 2 and words[-1] in POST_NOMINALS:
        words = words[:-1]
    return without_titles(" ".join(words))


def _honorific(word: str) -> bool:
    """A title before a name, compared without its full stops ("H.E.", "Hon.", "Dato’")."""
    return word.lower().replace(".", "") in _ALL_HONORIFICS


_ALL_HONORIFICS = HONORIFICS | _MORE_HONORIFICS | TITLES  # ("Senator the Hon. Ada Lund")


def page_header(article: Article) -> str:
    """The page's text above the article's body (where a speech's cover stands)."""
    segments = article.offset_map
    return article.raw[: segments[0][1]] if segments else ""
