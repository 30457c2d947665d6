"""Interview turns with no label: the page stops labelling, or names the interviewer in the lead.

Many pages label only the first question and answer ("Jan Kos: …?", "Ewa Lind: …") and set
the rest as plain paragraphs, the questions once in bold (lost in text). A careful reader tells
the turns apart by the question marks: a paragraph whose last sentence asks is the
interviewer's, the paragraphs after it the guest's. The rule reads on only while the turns
alternate that way and refuses at the first paragraph that does not fit (two questions in a
row, a line with no closing punctuation after an answer). Unlabelled turns stay below 0.8.

The interviewer of a "Q:" may be named in the lead: "…, Nick Cull told the Tasnim News
Agency", "in an interview with Radio Nord", "Interview by Lea Park", "Das Gespräch führte …",
"Lea Park spoke to Ada Lund" (whichever is not the guest, if a person's: not an outlet's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.guest_names import name_line
from claimtrack.aids.interview_labels import is_not_speaker
from claimtrack.aids.lead_people import person_in
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.name_words import TITLES, without_role_after, without_titles
from claimtrack.aids.role_holders import named_with_role
from claimtrack.aids.unmarked import MARK_OPENERS, Found
from claimtrack.reading.byline_parts import OUTLET_WORDS, signing_agency
from claimtrack.text.first_names import is_given_name
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.turn_labels import CAPS_TURN

__all__ = [
    "CLOSERS",
    "addressed_guest",
    "asks",
    "dashed",
    "lead_guest",
    "lead_interviewer",
    "plain_turns",
    "possessed_guest",
    "spoke_pairs",
]

PLAIN_CONFIDENCE = 0.6
"""Confidence of a turn told apart by punctuation alone (no label names its speaker)."""

_ENDS = ".!?…"
TURN_DASHES = "-–—―"
CLOSERS = "”\"»’')"
"""Marks that may close a turn after its last sentence's end."""
_CUT_WORDS = 8
_NAME = r"([A-ZÀ-Þ][\w&.’'-]*(?: (?:of |for |de |)[A-ZÀ-Þ][\w&.’'-]*){0,5})"
# Cues in the lead that name who asked the questions (the first group is the interviewer).
_INTERVIEWER = (
    re.compile(r"\btold (?:the )?" + _NAME + r"(?=[,.;]| in | on | last | this )"),
    re.compile(r"\b(?:said|spoke) (?:in|during) an? (?:\w+ )?interview with (?:the )?" + _NAME),
    re.compile(r"\b[Ii]nterview(?:ed)? by (?:the )?" + _NAME),
    re.compile(r"\b[Dd]as (?:Gespräch|Interview) führte " + _NAME),
    re.compile(r"\b[Ee]ntrevista (?:realizada )?por " + _NAME),
    re.compile(r"\b[Pp]ropos recueillis par " + _NAME),
    re.compile(_NAME + r" rozmawia(?:ł|ła)? z "),
    re.compile(_NAME + r" (?:talks|speaks|chats) (?:to|with) "),
    re.compile(r"(?:^|[.!?] )Mit [^.!?]{2,120}? sprach " + _NAME),
    # "Radio Nord asked the mayor about …" (the paper that put the questions).
    re.compile(
        r"(?:The )?" + _NAME + r" asked (?:him|her|the (?:[\w’'-]+ ){0,2}?[\w’'-]+) (?:about|for) "
    ),
)
# A headline that is a rubric and the guest's name, however written ("Q&A With harbourboy").
_RUBRIC_TITLE = re.compile(
    r"(?:Q ?& ?A|(?:An? )?Interview|In Conversation|A Chat|Five Minutes|\w+ Questions)\s+"
    r"[Ww]ith:?\s+([\w’'.-]{2,30}(?: [\w’'.-]{1,30}){0,3})[.!]?",
    re.IGNORECASE,
)
_NO_NAME_OPENERS = frozenset(("the", "a", "an", "our", "my", "his", "her", "their", "this"))
# "Lea Park spoke to Ada Lund" / "Ada Lund spoke to Radio Nord": whichever is not the guest.
_SPOKE = re.compile(_NAME + r" (?:spoke|talked) (?:to|with) (?:the )?" + _NAME)


# Cues in the lead or the headline that name the guest.
_GUEST = (
    re.compile(r"(?:^|[.!?:] )(?:An? )?(?:[Ee]xclusive )?[Ii]nterview with (?:the )?" + _NAME),
    re.compile(r"\b[Ii]m (?:Gespräch|Interview) mit (?:\w+ ){0,3}?" + _NAME),
    re.compile(r"\b[Ee]ntrevista (?:a|con) (?:\w+ ){0,3}?" + _NAME),
    re.compile(r"\b[Ii]ntervista (?:a|con) (?:\w+ ){0,3}?" + _NAME),
    re.compile(r"\b[Ee]ntretien avec (?:\w+ ){0,3}?" + _NAME),
    re.compile(r"\b(?:[Ii]n [Cc]onversation|[Aa] [Cc]hat|[Tt]alking) [Ww]ith (?:the )?" + _NAME),
    # A series' rubric: "Question Time with Ada Lund", "Q&A with …", "Five Minutes with …".
    re.compile(r"\b(?:Question Time|Questions|Q ?& ?A|Minutes|Coffee) [Ww]ith:? (?:the )?" + _NAME),
    # An interview's standfirst in the present: "Lea Park talks with Ada Lund, the minister,
    # about …" (the past, "spoke to", is a news story's: its subject speaks).
    re.compile(r"\b(?:talks|speaks|chats) (?:to|with) (?:the )?" + _NAME),
    # "Today I sat down with Coach Lund to discuss …": the writer's own sit-down.
    re.compile(r"\b(?:sat|sit|sits) down with (?:the )?" + _NAME),
    # A government's transcript: "Press Conference by Minister Nishimura (Excerpt)".
    re.compile(r"\b[Pp]ress (?:[Cc]onference|[Bb]riefing) (?:by|of|with) (?:the )?" + _NAME),
    # "Ada Lund and Tom Berg interview the President", "… interviewed Oruno Tavelli".
    re.compile(r"\b(?:interview|interviews|interviewed) (?:the )?" + _NAME),
)


# "Ada Lund's interview with Radio Nord": the possessor answers, the outlet asks.
# "Ada Lund's 15-page interview with the Courier": the possessor is a person's capitalised words.
_POSSESSOR = r"(?<![\w-])([A-ZÀ-Þ][\w.’'-]*(?: [A-ZÀ-Þ][\w.’'-]*){0,4})"
_POSSESSED = re.compile(
    _POSSESSOR + r"[’']s (?:\w+(?:-\w+)* ){0,2}[Ii]nterview (?:with|to) (?:the )?" + _NAME
)


def possessed_guest(title: str | None) -> str | None:
    """The one whose interview the headline says it is ("PM Ada Lund's Interview with Radio
    Nord" → "Ada Lund"; a surname alone, "Lund's interview with …", is the name the page gives)."""
    possessed = _POSSESSED.search(title or "")
    if possessed is None:
        return None
    return " ".join(_untitled(possessed.group(1).split()))


def _untitled(words: list[str]) -> list[str]:
    """The name's words without the titles written before it ("PM", "Dr.")."""
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return words


# A headline that puts its question to someone by name: "‘PM Ada Lund, will fares rise?’".
_ADDRESSED = re.compile(r"[‘“\"']?" + _POSSESSOR + r", [a-z][^?]{2,150}\?[’”\"']?")


def addressed_guest(title: str | None) -> str | None:
    """The one the headline asks by name ("‘PM Ada Lund, will fares rise?’" → "Ada Lund"): the
    interview's guest: a first name and more, or a name after a title ("MM Lund"), which goes."""
    addressed = _ADDRESSED.fullmatch((title or "").strip())
    if addressed is None:
        return None
    written = addressed.group(1).split()
    words = _untitled(written)
    person = words != written or (len(words) > 1 and is_given_name(words[0]))
    return " ".join(words) if person else None  # ("Northport, …?", "Minister, …?": nobody)


def lead_guest(reader: ArticleReader, before: int) -> str | None:
    """The guest the lead or the headline names, a person's full name, if exactly one (or the
    one whose interview the headline says it is: "Ada Lund's interview with Radio Nord")."""
    if (possessor := possessed_guest(reader.title)) is not None:
        return possessor
    rubric = _RUBRIC_TITLE.fullmatch(reader.title or "")
    words = rubric.group(1).split() if rubric is not None else []
    named = len(words) == 1 or all(w[:1].isupper() for w in words)
    outlet = bool(words) and (signing_agency(" ".join(words)) or words[-1].lower() in OUTLET_WORDS)
    if words and named and words[0].lower() not in _NO_NAME_OPENERS and not outlet:
        return " ".join(words)  # "Q&A With harbourboy" (not "Interview with Bloomberg": it asks)
    first = reader.text[reader.paragraphs[0].start : reader.paragraphs[0].end] if before else ""
    speaker = _headline_speaker(reader.title) or _headline_speaker(first)
    if (speaker := speaker or _opening_speaker(reader.title)) is not None:
        return speaker  # "In an interview with Northland TV, Tavelli: The government has …"
    found: set[str] = set()
    lines = [reader.title or ""] + [
        reader.text[p.start : p.end] for p in reader.paragraphs[:before]
    ]
    for body in lines:
        for pattern in _GUEST:
            found.update(
                _SENTENCE_ON.sub("", m.group(1)).rstrip(".") for m in pattern.finditer(body)
            )
    # A full name, or a surname after a title ("Minister Nishimura"): a person either way; a
    # title alone ("the President") is the one person the lead names with it.
    found = {_titled_in(reader, before, f) or f for f in found}
    # "Q&A with Harbour Hospital's new CEO": the guest is who holds that role, not the owner.
    found = {_role_holder(reader, before, f) if f.endswith(_POSSESSIVES) else f for f in found}
    found.discard("")
    found = {bare for f in found if len((bare := without_titles(f)).split()) >= 2 or bare != f}
    found = {without_role_after(person_in(f)) for f in found}  # ("Ada Lund Director")
    return found.pop() if len(found) == 1 else None


# "In an interview with Northland TV, Tavelli: The government has …": the headline's speaker,
# one to three capitalised words between a comma and the colon ("Five Questions: …" opening a
# headline is a series' rubric, not a speaker).
_HEADLINE_SPEAKER = re.compile(r"[,;] ([A-ZÀ-Þ][\w’'-]+(?: [A-ZÀ-Þ][\w’'-]+){0,2}):\s+\S")


def _headline_speaker(title: str | None) -> str | None:
    """The person a headline has speak ("…, Tavelli: …"), when the name opens with a first name
    or is one word that is not a title ("…, Minister: …" names no one)."""
    return _speaker_named(_HEADLINE_SPEAKER.search(title or ""))


# "Tavelli: I just want to rest now": the interview's headline opens with the guest's name.
_OPENING_SPEAKER = re.compile(r"([A-ZÀ-Þ][\w’'-]+(?: [A-ZÀ-Þ][\w’'-]+){0,2}):\s+\S")
_RUBRICS = wordset(
    "exclusive analysis opinion breaking live explainer comment review podcast editorial "
    "feature profile obituary letters poll quiz factbox timeline watch video update questions "
    "things ways facts minutes lessons"
)


def _opening_speaker(title: str | None) -> str | None:
    """The person an interview's headline opens with ("Tavelli: …"), not a rubric
    ("Exclusive: …", "Five Questions: …") or a title ("Minister: …")."""
    m = _OPENING_SPEAKER.match(title or "")
    if m is not None and (any(w in _RUBRICS for w in m[1].lower().split()) or is_not_speaker(m[1])):
        return None
    return _speaker_named(m)


def _speaker_named(m: re.Match[str] | None) -> str | None:
    if m is None or any(w.lower() in TITLES for w in m[1].split()):
        return None
    words = m[1].split()
    return (
        m[1] if is_given_name(words[0]) or (len(words) == 1 and _surname_like(words[0])) else None
    )


def _surname_like(word: str) -> bool:
    return len(word) > 3 and word.isalpha() and word[1:].islower()


_POSSESSIVES = ("'s", "’s")


def _role_holder(reader: ArticleReader, before: int, owner: str) -> str:
    """The person the lead names with the role the headline gives ``owner`` ("Harbour
    Hospital's new CEO" → "… hired a new CEO, Ada Lund" → "Ada Lund"); "" for none."""
    role = re.search(re.escape(owner) + r"\s+([^.!?:;]{2,40})", reader.title or "")
    if role is None:
        return ""
    lead = "\n".join(reader.text[p.start : p.end] for p in reader.paragraphs[:before])
    return named_with_role(lead, role[1].strip()) or ""


def _titled_in(reader: ArticleReader, before: int, title: str) -> str | None:
    """ "President" → "President Mnangagwa": the one person the paragraphs before ``before``
    name with that title; None for no title or no one person."""
    if title.lower() not in TITLES:
        return None
    named = {
        chunk.text
        for para in reader.paragraphs[:before]
        for chunk in reader.chunks(para.start, para.end)[1]
        if chunk.kind == "person" and chunk.text.split()[0] == title
    }
    return named.pop() if len(named) == 1 else None


def spoke_pairs(reader: ArticleReader, before: int) -> list[tuple[str, str]]:
    """The "X spoke to Y" pairs of the lead (one of them asked, the other answered)."""
    pairs = []
    for para in reader.paragraphs[:before]:
        body = reader.text[para.start : para.end]
        pairs += [(m.group(1).rstrip("."), m.group(2).rstrip(".")) for m in _SPOKE.finditer(body)]
    return pairs


def lead_interviewer(reader: ArticleReader, before: int, answerer: str | None) -> str | None:
    """The interviewer the lead names (paragraphs before ``before``), if exactly one is named
    and it is not the person answering; else None (the questions stay unattributed)."""
    found: set[str] = set()
    if (possessed := _POSSESSED.search(reader.title or "")) is not None:
        found.add(possessed.group(2))
    for para in reader.paragraphs[:before]:
        body = reader.text[para.start : para.end]
        for pattern in _INTERVIEWER:
            found.update(
                _SENTENCE_ON.sub("", m.group(1)).rstrip(".")
                for m in pattern.finditer(body)
                if m.group(1).split()[-1] not in _ASKING_PRONOUNS  # ("… in Northport. We asked")
            )
        for m in _SPOKE.finditer(body) if answerer else ():
            pair = [name.rstrip(".") for name in m.groups()]
            others = [name for name in pair if not _same_person(name, answerer)]
            found.update(o for o in others if len(others) == 1 and is_given_name(o.split()[0]))
    if answerer:
        found = {f for f in found if not _same_person(f, answerer)}
    return found.pop() if len(found) == 1 else None


_ASKING_PRONOUNS = frozenset(("We", "I", "They", "He", "She", "You"))
# A name runs to its sentence's end: "Interview by Lea Park. Photography by …" (a word of two
# letters or more before the stop: "A. J. Lund" keeps its initials).
_SENTENCE_ON = re.compile(r"(?<=\w\w)\.\s.*$")


def _same_person(name: str, other: str | None) -> bool:
    return other is not None and bool(set(name.split()) & set(other.split()))


def asks(body: str) -> bool:
    """The paragraph's last sentence is a question (a copy cut off mid-sentence: the last
    finished sentence is, or the unfinished one opens with Spanish "¿")."""
    body = body.rstrip().rstrip(CLOSERS)
    if body[-1:] in _ENDS:
        return body.endswith("?")
    last = max(body.rfind(c) for c in _ENDS)
    return (last >= 0 and body[last] == "?") or body.rfind("¿") > last


# The first question labelled by the magazine's name in quotes: "“The Velm Review”: Is it …?"
_QUOTED_LABEL = re.compile(r"[“\"][A-Z][^”\"\n]{0,40}[”\"]:\s+(?=\S)")
_BROKEN_WORDS = 40  # an answer broken mid-sentence by the copy: several sentences before it
_NUMBERED = re.compile(r"\d{1,2}[.)]\s+(?=\S)")
_ASKING_WORDS = 25  # a numbered line this short asks, in the imperative too ("Describe …")


def plain_turns(
    reader: ArticleReader,
    start: int,
    sides: tuple[Attribution, Attribution],
    after_question: bool,
    out: dict[int, Found],
) -> None:
    """Read unlabelled turns from paragraph ``start`` on: a question is the interviewer's
    (``sides[0]``), the paragraphs after it the guest's (``sides[1]``). A headline-like line
    between an answer and the next question is passed over; anything else that does not fit
    ends the reading: two questions in a row, a quotation, a label in capitals past the first
    turn (a third speaker's), a paragraph that names the guest (narration, not speech). The
    first question may carry the magazine's name in quotation marks as its label."""
    text = reader.text
    paras = reader.paragraphs
    interviewer, guest = sides
    surname = (guest.speaker_full or guest.speaker or "").split()[-1:]
    skipped = False
    numbered, marked = _marking(text, paras, start)
    for para in paras[start:]:
        body = text[para.start : para.end].rstrip()
        label = _QUOTED_LABEL.match(body) if para.index == start else None
        opener = body[:1] in MARK_OPENERS and label is None  # (a quotation: no turn)
        if not body or opener or (para.index > start and CAPS_TURN.match(body)):
            return
        # A copy cut short: the last paragraph, a finished sentence in it or, right after a
        # question, the answer's first words.
        cut = para.index == len(paras) - 1 and (
            any(c in body for c in _ENDS) or (after_question and len(body.split()) >= _CUT_WORDS)
        )
        # An answer the copy broke mid-sentence ("… L’autre" / "OPA est faite …"): long, with
        # finished sentences in it, right after a question.
        cut = cut or (after_question and _broken_answer(body))
        if not after_question and (name := name_line(body)) is not None:
            guest, surname, skipped = _guest_named(name), name.split()[-1:], False  # ("Ada Lund")
            continue
        if body.rstrip(CLOSERS)[-1:] not in _ENDS and not cut:
            if skipped or after_question:
                return  # a line that is no turn: furniture, or the interview has ended
            skipped = True
            continue
        number = _NUMBERED.match(body) if numbered else None
        if marked:
            question = dashed(body)
        elif numbered:  # ("2. Describe your show in 23 words."): its number makes it one
            question = number is not None and (asks(body) or len(body.split()) <= _ASKING_WORDS)
        else:
            question = asks(body)
        if (question and after_question) or (skipped and not question):
            return  # two questions in a row, or no question after a headline: not clear
        if not question and surname and re.search(rf"\b{re.escape(surname[0])}\b", body):
            return
        turn = _plain(interviewer if question else guest)
        opens = para.start + (number.end() if number is not None and question else 0)
        opens += label.end() if label else 0
        out[para.index] = (opens, para.start + len(body), turn)
        after_question, skipped = question, False


def _marking(text: str, paras: Sequence[Paragraph], start: int) -> tuple[bool, bool]:
    """Whether the questions from paragraph ``start`` on are numbered ("1. Your first phone?" /
    "2. Where do you see yourself?": an answer's own "…, right?" asks nobody then), and whether
    a dash marks them and only them ("—¿Why the harbour?" / "Because …"; a dashed remark, "—So
    it is over.", is the interviewer's turn too)."""
    numbered = start < len(paras) and _NUMBERED.match(text, paras[start].start) is not None
    marked = start + 1 < len(paras) and dashed(text[paras[start].start : paras[start].end])
    marked = marked and not dashed(text[paras[start + 1].start : paras[start + 1].end])
    return numbered, marked


def _guest_named(name: str) -> Attribution:
    """The guest a line of its own names over the next questions: a page of several guests
    names each one."""
    return Attribution(name, name, None, PLAIN_CONFIDENCE, None, "interviewee")


def dashed(body: str) -> bool:
    """A dialogue turn opened by a dash ("—¿Y Hugo Chávez?", "— Как вы оцениваете?")."""
    return body[:1] in TURN_DASHES


def _broken_answer(body: str) -> bool:
    return len(body.split()) >= _BROKEN_WORDS and sum(body.count(c) for c in ".!?") >= 2


def _plain(att: Attribution) -> Attribution:
    return Attribution(
        att.speaker, att.speaker_full, None, min(att.confidence, PLAIN_CONFIDENCE), None, att.how
    )
