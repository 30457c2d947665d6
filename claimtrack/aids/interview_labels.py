"""Speaker labels of interviews and transcripts: where they are, and who they name.

A label opens a paragraph ("NILS EKDAHL: …", "Ekdahl: …", "Q: …", "Q. …", "Q> …",
"CHRISTIANE AMANPOUR, HOST: …", "JOHN ROE (voice-over): …"), stands on a line of its own
("Minister of Trade:"), or is a transcript's name in capitals with no colon ("GUYON Sure. …").
Transcripts write a speaker's full name at the first turn and the surname after it
("AMANPOUR: …"): labels are grouped by speaker, so "AMANPOUR" is "Christiane Amanpour".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve, frozen

from claimtrack.aids.given_names import names_nobody
from claimtrack.aids.label_words import initialled_name, is_title_word, role_first
from claimtrack.aids.name_words import TITLES, camel_initials, has_initials
from claimtrack.aids.numbered_voices import numbered_label
from claimtrack.aids.role_holders import PARTICLE
from claimtrack.aids.role_labels import role_label, role_then_name
from claimtrack.aids.speech_cues import CUE_VERBS
from claimtrack.aids.transcript_marks import (
    LABEL_JOINERS,
    TIME_STAMP,
    dash_labels,
    letters_ask,
    lone_labels,
    turn_start,
    words_start,
)
from claimtrack.reading.interview_turns import QA_MARK
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.turn_labels import cast_line

__all__ = [
    "CAPS_LABEL",
    "LABEL",
    "NAMELESS",
    "QUESTION_LABELS",
    "Label",
    "find_labels",
    "initials",
    "is_answer_label",
    "is_not_speaker",
    "is_question_label",
    "is_site",
    "label_keys",
    "may_be_initials",
    "title_and_name",
]

# "NILS EKDAHL: …", "Ekdahl: …", "Q: …", "A: …" at the start of a paragraph.
# "ANTHONY ALBANESE, PRIME MINISTER: …" (a transcript) keeps the name and drops the role, and
# so does "JOHN ROE (voice-over): …".
LABEL = re.compile(
    rf"([A-Z][\w.’'-]*(?: (?:{PARTICLE} )?[A-Z][\w.’'-]*){{0,3}})"
    r"(, [A-Z][A-Z .’'-]{1,40}|\s?\([\w .’'-]{1,30}\))?"
    rf"(?:\s?\({TIME_STAMP}\))?\s?:(?:\s+|(?=[¿¡]))(?=\S)"  # "Ada Lund (00:01:23): …", "N:¿…?"
)
_DATED = re.compile(r"\s?\((?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})\)")
# A Spanish-speaking parliament's record: "El señor QUINTEROS (Vicepresidente).- Tiene la
# palabra …", "La señora RINCÓN.- …", "SR. PÉREZ.- …" (the surname in capitals, a role in brackets).
_SESSION_LABEL = re.compile(
    r"(?:(?:El|La) (?:señor|señora|señorita|diputad[oa]|senador[a]?)|SR\.|SRA\.|Sr\.|Sra\.) "
    r"([A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ'’ -]+?)(?: \([^()]{1,60}\))?\.\s?[-–—]\s*(?=\S)"
)
# "abseits.at: Wie haben Sie …?": an online outlet asks under its web address.
_SITE = r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)?\.[a-z]{2,6}"
_SITE_LABEL = re.compile("(" + _SITE + r")\s?:\s+(?=\S)")
# "Shri Ada Rao, Official Spokesperson: …", "Mr. Jon Ek, Minister for Foreign Affairs: …": a
# government transcript's name and role in Title Case (the role must hold a title word).
_TITLED_LABEL = re.compile(
    r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,4}), ([A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|"
    r"of|for|the|and|on|de|del|la|le|du|des|y|et)){0,6})\s?:\s+(?=\S)"
)
# A broadcaster's transcript: the surname in capitals, the role in lower case, maybe a party
# ("Ada LUNDOVÁ, ministryně dopravy /ANO/: …", "Tom BERG, moderátor: …").
_CAPS_NAME_ROLE = re.compile(
    r"([A-ZÀ-Þ][\w’'-]*(?: [A-ZÀ-Þ][\w’'-]*){1,3}), ([^\W\d_A-ZÀ-Þ][^:\n]{1,60}?)"
    r"\s?:(?:\s+(?=\S)|\s*$)"
)
_LOST_LABEL = re.compile(r":\s+(?=\S)")
# A speaker label alone on its line: "Minister of Trade:", "JANE DOE:".
# (a hyphen or an apostrophe may join a word's parts: "Son Hyun-joo:", "Dalton Papali’i:")
_LINE_LABEL = re.compile(
    r"([^\W\d_]+(?:[-’'][^\W\d_]+)*(?: [^\W\d_]+(?:[-’'][^\W\d_]+)*){0,5})"
    rf"(?:\s?\({TIME_STAMP}\))?\s?:\s*"
)
# A transcript's label in capitals with no colon: "GUYON Sure. Well, …", "MARY LOU Yes."
CAPS_LABEL = re.compile(
    r"([A-ZÀ-Þ][A-ZÀ-Þ’'-]{2,}(?: [A-ZÀ-Þ][A-ZÀ-Þ’'-]{2,})?) (?=[A-ZÀ-Þ“\"‘][a-zà-ÿ’' ,.])"
)

# Question and answer labels: "Q:", "P:"/"R:" (pregunta/respuesta, pergunta/resposta),
# "D:"/"R:" (domanda/risposta), and the words of some forty languages, in every script
# (Indonesian "Wartawan:"/"Jawab:", Turkish "Soru:"/"Cevap:", Hindi "सवाल:"/"जवाब:", Chinese
# "问："/"答：", Korean "질문:"/"답변:", a German press conference's follow-up "Zusatzfrage:").
QUESTION_LABELS = wordset(
    """
    q p d question interviewer journalist reporter host presenter anchor moderator frage media press
    pregunta pergunta repórter reportero reportera periodista jornalista journaliste giornalista
    entrevistador entrevistadora intervistatore
    domanda вопрос pytanie fråga vraag
    wartawan jurnalis penanya tanya gazeteci muhabir soru zusatzfrage nachfrage
    întrebare otázka kérdés pitanje vprašanje kysymys spørgsmål spørsmål swali tanong soalan
    hỏi pv ερώτηση питання въпрос питање корреспондент журналист novinar riporter toimittaja
    सवाल प्रश्न سؤال سوال پرسش س 问 問 记者 記者 質問 질문 기자 문 שאלה ถาม
    """
)
_ANSWER_LABELS = wordset(
    """
    a r answer antwort respuesta resposta risposta réponse ответ odpowiedź svar antwoord
    jawab jawaban cevap yanıt
    răspuns odpověď odpoveď válasz odgovor vastaus jibu sagot jawapan đáp απάντηση відповідь
    отговор одговор जवाब उत्तर جواب پاسخ ج 答 回答 답변 답 תשובה ตอบ
    """
)
# A label in a script with no capitals, or opened by a capital outside ASCII ("Întrebare:",
# "Ответ:", "问：", "सवाल:"): a letter of any script and what follows it up to a space (the
# vowel signs of Indic scripts are marks, not letters), then a colon (a full-width one needs no
# space after it). :func:`find_labels` keeps it only when it is a question or answer word or
# every word opens with a capital.
_ANY_LABEL = re.compile(r"([^\W\d_][^\s:：]*(?: [^\W\d_][^\s:：]*){0,3})(?:\s?:\s+|\s?：\s*)(?=\S)")
# Transcript labels that name nobody: "UNIDENTIFIED PERSON: …", "CROWD: …".
NAMELESS = wordset("unidentified unknown crowd audience group several multiple protesters")
# Labels that are not speakers: "Note: …", "Photo: …", "Read more: …".
_NOT_SPEAKERS = wordset(
    """
    note notes photo photos image video watch read more related update updated source sources
    editor editors warning disclaimer also see tags tag share category topics caption credit
    credits file pictured above below background context summary why what how when where who
    date time location published posted by from to subject fw fwd tel phone email web
    themen thema sprecher sprecherin teilnehmer ort datum quelle foto fonte fuente tema
    szerző autor author czytaj zobacz interview interviews transcript view
    other otras otros outras autres andere más mais weitere event venue website url link links via
    """
)


@frozen
class Label:
    """A speaker label opening paragraph ``para``: the label as written (``text``, the role
    left out), where the turn's words start, and whether it was a name in capitals with no
    colon (``bare``) or a transcript's "NAME, ROLE:" (``titled``, with its ``role``)."""

    para: Paragraph
    text: str
    body_start: int
    bare: bool = False
    titled: bool = False
    role: str = ""


def _line_label(text: str, at: int, para: Paragraph) -> re.Match[str] | None:
    """A label alone on its line, in Title Case or capitals ("Minister of Trade:");
    "Follow us:" or "Key points:" are no speakers."""
    m = _LINE_LABEL.fullmatch(text, at, para.end)
    if m is None:
        return None
    words = m.group(1).split()
    # ("Norges statsminister Jonas Gahr Støre:": a title in lower case after the country)
    fits = all(w[:1].isupper() or w.lower() in LABEL_JOINERS or is_title_word(w) for w in words)
    return m if fits and words[-1][:1].isupper() else None


def _titled_label(text: str, at: int, para: Paragraph) -> Label | None:
    """A name and a role: "Ada Lund, Minister for Ports:", "Ada LUND, ministryně:", or the role
    first ("Minister for Ports and the Pacific, Ada Lund:")."""
    t = _TITLED_LABEL.match(text, at, para.end)
    if t is None or not _role(t.group(2)):
        t = _CAPS_NAME_ROLE.match(text, at, para.end)
        # A surname in capitals; a title's ("MP Ada Lund, who had said: …") is no transcript.
        capitals = t is not None and any(_capital_name(w) for w in t[1].split())
        t = t if capitals else None
    if t is not None and not is_not_speaker(t.group(1)):
        return Label(para, t.group(1), t.end(), titled=True, role=t.group(2))
    if (r := role_then_name(text, at, para.end)) is not None:
        return Label(para, r.group(2), r.end(), titled=True, role=r.group(1))
    return None


def _capital_name(word: str) -> bool:
    return len(word) > 1 and word.isupper() and not is_title_word(word)


def find_labels(text: str, paragraphs: Sequence[Paragraph]) -> list[Label]:
    """Every paragraph that opens with something shaped like a speaker label."""
    found: list[Label] = []
    aliases: dict[str, str] = {}  # an outlet's label for its named host
    # A name in a script with no capitals ("लुंड:") is a label only on a page that asks under a
    # question label: a colon after a caseless word is otherwise any sentence's ("…ने कहा:").
    asking = any(_asks_under_label(text, para) for para in paragraphs)
    for para in paragraphs:
        at = turn_start(text, para)  # past "[00:01:23]" or ">>"
        if (titled_label := _titled_label(text, at, para)) is not None:
            found.append(titled_label)
            continue
        m = (
            numbered_label(text, at, para.end)  # "Speaker 2 (00:08): …"
            or LABEL.match(text, at, para.end)
            or QA_MARK.match(text, at, para.end)  # a Q&A's "Q. …"
            or _line_label(text, at, para)
            or CAPS_LABEL.match(text, at, para.end)
            or _SITE_LABEL.match(text, at, para.end)
            or _SESSION_LABEL.match(text, at, para.end)
            or _any_script_label(text, at, para, asking)
            or role_label(text, at, para.end)
        )
        lost = _LOST_LABEL.match(text, at, para.end) if m is None else None
        if lost is not None and text[at : para.end].rstrip()[-1:] == "?":
            found.append(Label(para, "Q", lost.end()))  # ": Why the harbour?": a question
            continue  # whose label (set in bold) the copy lost
        if m is None or _names_nobody(m, text, para.end):
            continue
        if m.re is LABEL and _DATED.fullmatch(m.group(2) or ""):
            continue  # "KUALA LUMPUR (May 31): …": a dateline
        titled = m.re is LABEL and bool(m.group(2)) and m.group(1).isupper()
        # "NORTHPORT, NORTHLAND: …": a dateline's place and country, no name and role
        if titled and m.group(2).isupper():
            titled = _role(m.group(2)) or role_first(m.group(1), m.group(2).strip(" ,()"))
        name, role = m.group(1), m.group(2).strip(" ,()") if titled else ""
        name = name[0] if len(name) == 2 and name.endswith(".") else name  # "Q.:", "A.:"
        if m.re is LABEL and (initialled := initialled_name(name, m.group(2) or "")):
            name, titled, role = initialled, False, ""  # "SENATOR ADA LUND (AL):", then "AL:"
        elif titled and role_first(name, role):
            name, role = role, name  # "PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO:"
        elif m.re is LABEL and _BRACKETED_NAME.fullmatch(m.group(2) or ""):
            name = _bracketed(name, m.group(2), aliases)
        found.append(Label(para, name, m.end(), m.re is CAPS_LABEL, titled, role))
    named = [evolve(lab, text=_uninverted(aliases.get(lab.text, lab.text))) for lab in found]
    found = [evolve(lab, body_start=words_start(text, lab.body_start)) for lab in named]
    if not letters_ask(text, [(lab.text, lab.body_start, lab.para.end) for lab in found]):
        found = [lab for lab in found if lab.text not in ("P", "R", "D")]  # "R. Lund said"
    taken = {lab.para.index for lab in found}
    found += [Label(p, name, start) for p, name, start in dash_labels(text, paragraphs, taken)]
    taken = {lab.para.index for lab in found}
    found += [Label(p, name, start) for p, name, start in lone_labels(text, paragraphs, taken)]
    found = [lab for lab in found if not names_nobody(lab.text, text)]  # "Closing Remarks:"
    fields = [lab for lab in found if _field(text, lab)]
    if 2 * len(fields) >= len(found):  # "Crop: Oilseed rape" / "Yield: 4.4t/ha": a fact box
        found = [lab for lab in found if lab not in fields]
    return sorted(found, key=lambda lab: lab.para.index)


def _names_nobody(m: re.Match[str], text: str, end: int) -> bool:
    """ "Photo: …", "Read more: …", or a cast line ("Presenter: Ada Lund": who takes part)."""
    return m[1].lower().split()[0] in _NOT_SPEAKERS or cast_line(m[1], text, m.end(), end)


def _field(text: str, lab: Label) -> bool:
    """A one-word label over a few words with no sentence's end: a fact box's field."""
    body = text[lab.body_start : lab.para.end].strip()
    # (a turn ends its sentence, in any script: "।", "。", "؟"; a field on a word or a bracket)
    ends_on_word = body[-1:].isalnum() or body[-1:] == ")"
    return " " not in lab.text and 0 < len(body.split()) <= 6 and ends_on_word


def _bracketed(name: str, bracket: str, aliases: dict[str, str]) -> str:
    """The speaker of "Presenter (Ada Lund):", the name in brackets; or of "Radio Nord (Host Ada
    Lund):", the host, who asks on under "Radio Nord:" (an alias kept in ``aliases``)."""
    inner = bracket.strip(" ()").split()
    if _is_role(name):
        return " ".join(inner)
    if len(inner) > 2 and _is_role(inner[0]):
        aliases[name] = " ".join(inner[1:])
        return aliases[name]
    return name


def _uninverted(label: str) -> str:
    """The label without a speech verb before the name ("Added Tom Berg:" is Tom Berg's)."""
    verb, _, name = label.partition(" ")
    return name if name and verb.lower() in CUE_VERBS and verb[:1].isupper() else label


def _any_script_label(text: str, at: int, para: Paragraph, asking: bool) -> re.Match[str] | None:
    """A label of any script: a question or answer word, a name in capitals, or (on a page
    that asks under a question label, ``asking``) one or two words of a caseless script."""
    m = _ANY_LABEL.match(text, at, para.end)
    if m is None:
        return None
    label = m.group(1)
    words = label.split()
    if label.lower() in QUESTION_LABELS or label.lower() in _ANSWER_LABELS:
        return m
    if all(w[:1].isupper() for w in words):
        return m
    caseless = all(not w[:1].isupper() and not w[:1].islower() for w in words)
    return m if asking and caseless and len(words) <= 2 else None


def _asks_under_label(text: str, para: Paragraph) -> bool:
    m = _ANY_LABEL.match(text, para.start, para.end)
    return m is not None and m.group(1).lower() in QUESTION_LABELS


# "(Ada Lund)" after a role label: a person's name in Title Case, two to four words.
_BRACKETED_NAME = re.compile(r"\s?\((?:[A-ZÀ-Þ][a-zß-ÿ’'-]+ ){1,3}[A-ZÀ-Þ][a-zß-ÿ’'-]+\)")


def _is_role(label: str) -> bool:
    """A label that is a role, not a name: "Presenter", "Minister", "Host"."""
    words = label.lower().split()
    return label.lower() in QUESTION_LABELS or all(w in TITLES for w in words)


def _role(words: str) -> bool:
    """ "Official Spokesperson", "Minister for Foreign Affairs": a role holds a title word."""
    return any(w.lower() in TITLES for w in words.split())


def title_and_name(label: str) -> tuple[str, str]:
    """ "Presidente Lula" → ("Presidente", "Lula"): the title words a label opens with, and
    the name after them ("" when the label is all title or no title). A role whose words are not
    all titles ends at its last title word when one to three capitalised words follow it:
    "Chief Cabinet Secretary Moriyama" → ("Chief Cabinet Secretary", "Moriyama")."""
    words = label.split()
    n = 0
    while n < len(words) and is_title_word(words[n]):
        n += 1
    last = max((i for i, w in enumerate(words) if is_title_word(w)), default=-1)
    after = words[last + 1 :]
    if last >= n and 1 <= len(after) <= 3 and all(w[:1].isupper() for w in words[: last + 1]):
        n = last + 1
    if n == 0 or n == len(words):
        return "", label
    return " ".join(words[:n]), " ".join(words[n:])


def is_question_label(label: str) -> bool:
    return label.lower() in QUESTION_LABELS


def is_answer_label(label: str) -> bool:
    return label.lower() in _ANSWER_LABELS


def label_keys(labels: list[Label]) -> dict[str, str]:
    """Each label (lower case) → the label of its speaker's fullest form: a one-word label
    ("AMANPOUR", "Steven") is the one longer label ending (or beginning) with that word
    ("CHRISTIANE AMANPOUR"), initials ("RK") the one longer label with those initials, a role
    label the one transcript label with that role; when two share it, it stays itself."""
    written = {lab.text.lower(): lab.text for lab in labels}
    names = set(written)
    # "PRIME MINISTER:" after "ANTHONY ALBANESE, PRIME MINISTER:" is that speaker.
    roles: dict[str, set[str]] = {}
    for lab in labels:
        if lab.role:
            roles.setdefault(lab.role.lower(), set()).add(lab.text.lower())
    keys = {}
    for name in names:
        if len(roles.get(name, ())) == 1:
            keys[name] = next(iter(roles[name]))
            continue
        if " " in name or is_question_label(name) or is_answer_label(name):
            keys[name] = name
            continue
        longer = {n for n in names if " " in n and name in (n.split()[-1], n.split()[0])}
        if initials(name.upper()):  # "RK:" after "Riz Kaan:": the initials of that one name
            longer |= {n for n in names if " " in n and has_initials(n, name)}
            # "HC:" after "HarbourCentral:": an outlet's name in one word, its capitals
            longer |= {n for n in names if camel_initials(written[n], name)}
        if len(name) == 1:  # "N:" after "Nell:": the one other label that letter opens
            longer |= {n for n in names if len(n) > 1 and n[0] == name}
        keys[name] = longer.pop() if len(longer) == 1 else name
    return keys


def is_site(label: str) -> bool:
    """ "abseits.at", "www.sportblatt.de": an outlet's web address as a label."""
    return re.fullmatch(_SITE, label) is not None


def initials(label: str) -> bool:
    return label.isupper() and 2 <= len(label) <= 4 and " " not in label


def may_be_initials(label: str) -> bool:
    """ "MMM:", and "Mb:" written as a word: initials, when a person named before the first turn
    has them (else the label is taken as written)."""
    short_word = 2 <= len(label) <= 3 and label.isalpha() and label[1:].islower()
    return initials(label) or (short_word and label[:1].isupper())


def is_not_speaker(label: str) -> bool:
    """ "Note", "PHOTO", "Read more": a label that names nobody."""
    words = label.lower().split()
    return not words or words[0] in _NOT_SPEAKERS
