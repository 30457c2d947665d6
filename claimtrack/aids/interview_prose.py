"""An interview with no labels at all: questions once set in bold, now plain paragraphs.

The page alternates a short paragraph that asks the guest something ("How do you see the
strike?") with answers in the first person ("We asked for this for weeks."). An explainer's
question subheadings ("What happens next?") look the same but ask nobody: they are told apart
by the address. Every question must speak to "you" (in the languages the rules know), most
answers must speak as "I" or "we", and at least three such exchanges must follow each other.
Interviews set as dash dialogue ("—¿Y Hugo Chávez?" / "—Lo entrevisté dos veces.", Spanish,
Russian, Polish) need no address: every turn opens with a dash and no narrator's cue follows.
The answers are the person a headline that is only a name names ("Ada Lund" over the
interview), else the one the article names most before the first question (else the one the
headline names); with nobody named, or a name that does not read as one, the page is refused.
Turns stay below 0.8: no label names their speaker.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.guest_names import guest_name, name_line
from claimtrack.aids.headline_people import headline_people
from claimtrack.aids.interview_plain import (
    PLAIN_CONFIDENCE,
    TURN_DASHES,
    asks,
    dashed,
    lead_guest,
    lead_interviewer,
    plain_turns,
    possessed_guest,
)
from claimtrack.aids.lead_people import writer_asked
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.speech_cues import SPEECH_VERBS
from claimtrack.aids.topic_people import topic_person
from claimtrack.aids.unmarked import MARK_OPENERS, Found
from claimtrack.text.combining import LETTERS
from claimtrack.text.lexicon import wordset

__all__ = ["I_WE", "announces_interview", "prose_interview", "speaks_as_i", "speaks_to_you"]

_YOU = wordset(
    """
    you your yours yourself vous votre vos tu toi ton ta tes sie ihnen ihr ihre du dich dir
    dein deine usted ustedes tú su sus lei voi tuo tua suo sua pan pani pana panu panią państwo
    вы вас вам вами ваш ваша ваше ваши ты тебя du ni dig er din ert você vocês senhor senhora
    siz sizin size sizi sen senin anda kamu u uw jij jou jouw jullie dumneavoastră dvs voi vy
    vás vám váš vaše vi vas vam vaš vaša ön önt önnek maga εσείς σας εσύ आप आपको आपकी आपका
    आपने तुम أنت أنتم حضرتك te teidän sinä deg dere
    """
)
I_WE = wordset(
    """
    i i'm i’m i've i’ve i'd i’d we we're we’re we've we’ve my our me us mine ours je j' nous mon
    ma mes notre nos moi ich wir mein meine unser unsere mich mir uns yo nosotros nosotras mi
    mis nuestro nuestra me io noi mio mia nostro nostra ja my mnie nas nasz nasza mój moja
    я мы мне меня нас нам наш наша мой моя jag vi min mitt vår oss mig eu nós meu minha nosso
    ben biz benim bizim bana bize saya kami kita aku ik wij mijn onze mij noi meu mea nostru já
    můj náš nás moj naš én engem nekem εγώ εμείς μου μας मैं हम मेरा मेरी हमारा हमारी मुझे हमें
    أنا نحن minä meidän jeg tôi
    """
)
# Verbs in the first person singular that Spanish, Portuguese and Italian speakers use without
# a pronoun (none is also an English word), and the first person plural's endings.
_FIRST_PERSON_VERBS = wordset(
    """
    estoy tengo creo pienso quiero puedo voy hago digo espero sé estaba tenía quería hemos
    somos vamos
    sou estou tenho acho penso quero posso vou faço espero sei estava tinha queria
    sono sto credo voglio posso vado faccio dico spero avevo volevo
    """
)
_WE_VERB = re.compile(r"[^\W\d_]{2,}(?:amos|emos|imos|iamo|ámos|êmos)")
# A word keeps its vowel signs ("आपको"): marks are no letters to ``\w``.
_WORD = re.compile(rf"{LETTERS}(?:['’]{LETTERS})?")
_APOSTROPHE = re.compile("['’]")
# A dash inside a turn that hands over to the narrator: "…?, — спросил он", "… —dijo ella—"
# (an aside between dashes refuses too: better no interview than a scene read as one).
_DIALOGUE_CUE = re.compile(r"(?:[,.!?…]|\s) ?[–—―-] ?([a-zß-ÿа-яё][\w’'-]*)")
_NARRATOR_PRONOUNS = wordset("he she they он она они él ella ellos ele ela il elle er sie")
_EXCHANGES = 3
"""Question-and-answer exchanges in a row needed before a page is read as an interview."""
_NUMBER_BEFORE = re.compile(r"(?:^|\n)\d{1,2}[.)]\s+$")  # "1. " before a numbered question
_LONG_RUN = 5
"""Inverted questions ("¿…?") in a row, each answered, that make a page an interview."""
_LONG_ANSWER = 40
"""Words of each answer when only two exchanges make the page an interview."""
_QUESTION_WORDS = 80
"""A question is at most this many words (a longer paragraph is commentary)."""


def _words(body: str) -> set[str]:
    """The paragraph's words in lower case, a contraction also by its head ("you’re" is "you",
    "j'ai" is "j'")."""
    words = {w.lower() for w in _WORD.findall(body)}
    return (
        words | {_APOSTROPHE.split(w)[0] for w in words} | {w[:2] for w in words if w[1:2] in "'’"}
    )


def prose_interview(reader: ArticleReader) -> dict[int, Found]:
    """The turns of an unlabelled interview, by paragraph index; empty when the page is not
    clearly one (see the module's description)."""
    text = reader.text
    paras = reader.paragraphs
    for para in paras[:-1]:
        body = text[para.start : para.end].strip()
        after = paras[para.index + 1]
        both_dashed = dashed(body) and dashed(text[after.start : after.end].lstrip())
        opens = (dashed(body) and asks(body)) or _inverted(body) or _addressed_question(body)
        # After a lead that announces the interview, its first dashed turn opens it, asking or not.
        opens = opens or (both_dashed and announces_interview(reader, para.index))
        # Where the lead says an interview follows, a question need not say "you" to open it.
        if not opens and not (_short_question(body) and announces_interview(reader, para.index)):
            continue
        guest = _guest(reader, para.index)
        # With nobody named, the answers are still speech, of nobody the page names.
        answerer = Attribution(guest, guest, None, PLAIN_CONFIDENCE, None, "interviewee")
        asker = lead_interviewer(reader, para.index, guest)
        interviewer = Attribution(
            asker, asker, None, PLAIN_CONFIDENCE, None, "interview-label" if asker else "none"
        )
        out: dict[int, Found] = {}
        if both_dashed:
            _dash_turns(reader, para.index, (interviewer, answerer), out)
        else:
            plain_turns(reader, para.index, (interviewer, answerer), False, out)
        # A body that opens with a dashed question and its dashed answer is an interview as
        # surely as one a lead announces (its deck may have gone with the page's header).
        announced = announces_interview(reader, para.index) or (both_dashed and para.index == 0)
        if not _clear(text, out, answerer, both_dashed, announced):
            return {}
        out.update(_opening(reader, para.index, interviewer, guest))
        return {i: (_after_dash(text, s, e), e, att) for i, (s, e, att) in out.items()}
    return {}


def _guest(reader: ArticleReader, index: int) -> str | None:
    """The person the text names most before paragraph ``index``, else the one the headline
    names, if it reads as a name; first, the guest the lead or the headline names as one."""
    before = reader.paragraphs[index - 1] if index else None
    if before is not None and (named := name_line(reader.text[before.start : before.end])):
        return named  # "Sharon Ooja" right above the first question
    if (possessor := possessed_guest(reader.title)) is not None:
        return possessor  # "Ada Lund's interview with Radio Nord"
    if (named := lead_guest(reader, index)) is not None:
        return named  # "Lea Park talks with Ada Lund, the minister": whom the lead names so
    people = headline_people(reader.title)
    if people and people[0] == (reader.title or "").strip() and " " in people[0]:
        return guest_name(people[0])  # a headline that is a name and nothing else: the guest
    if writer_asked(reader, index):  # (the byline, if one writer signs the page)
        return reader.authors[0] if len(reader.authors) == 1 else None
    topic = topic_person(reader, index, look_back=index)
    if topic is not None:
        name = topic.speaker_full or ""
        if re.search(r"(?<!\w)(?:au|aux|del|al) (?:\w+ ){0,2}" + re.escape(name), reader.text):
            return None  # "s'est ouvert au Nouveau Réveil": the paper spoken to, not a person
        if len(people) == 1 and people[0].split()[0] == name.split()[0] and " " in people[0]:
            name = people[0]  # "Ada Petrovna" addressed in the lead, "Ada Lund" in the headline
        return guest_name(name)
    full = [p for p in people if " " in p]  # ("Interview by … Ada Lund with The Courier")
    if len(people) == 1 or len(full) == 1:
        return guest_name((full or people)[0])
    return lead_guest(reader, index)  # "In Conversation with Ada Lund, author of The Tide"


def _dash_turns(
    reader: ArticleReader, start: int, sides: tuple[Attribution, Attribution], out: dict[int, Found]
) -> None:
    """A dialogue set off by dashes, from paragraph ``start`` (a question): each dashed paragraph
    hands the floor to the other side, whatever it says ("– Modest." is the interviewer's
    remark, not the guest's); the first paragraph with no dash ends it."""
    text = reader.text
    for turn, para in enumerate(reader.paragraphs[start:]):
        body = text[para.start : para.end].rstrip()
        if para.heading or not dashed(body):
            return
        side = sides[turn % 2]
        out[para.index] = (
            para.start,
            para.start + len(body),
            Attribution(side.speaker, side.speaker_full, None, PLAIN_CONFIDENCE, None, side.how),
        )


def _narrated(turn: str) -> bool:
    """A dash inside the turn hands over to the narrator: a speech verb or a pronoun follows
    it ("…?, — спросил он", "… —dijo ella—"); a dash setting off an aside ("… - both war and
    economic problems - …") does not."""
    return any(
        m[1].lower() in SPEECH_VERBS or m[1].lower() in _NARRATOR_PRONOUNS
        for m in _DIALOGUE_CUE.finditer(turn)
    )


def _after_dash(text: str, start: int, end: int) -> int:
    while start < end and (text[start] in TURN_DASHES or text[start].isspace()):
        start += 1
    return start


# The lead's word for an interview, in the languages the rules read, or the interviewer's
# thanks for the guest's time ("thank you for taking the time to speak with …") or a report
# that questions were answered ("a répondu aux questions des journalistes").
_INTERVIEW = re.compile(
    r"(?i)\b(?:interview|entrevista|intervista|entretien|wywiad|gespräch|интервью|інтерв['’]ю|беседа"
    r"|röportaj|söyleşi|wawancara|interviu|rozhovor|intervju|interjú|haastattelu|entrevue"
    r"|συνέντευξη|साक्षात्कार|इंटरव्यू|مقابلة|حوار|인터뷰|インタビュー|专访|采访|訪談"
    r"|thank you for (?:taking the time|your time|joining us|speaking|talking)"
    r"|(?:answered|took) questions from|répondu aux questions|respondió (?:a )?las preguntas"
    r"|\bq ?& ?a\b|(?:spoke|talked|talks|speaks|chats) (?:to|with)"
    r" (?:(?:the|its|their|our) (?:\w+ )?)?(?-i:[A-Z])"
    r"|sat down with"
    r"|(?:in|a) conversation with|answer(?:s|ed)? (?:[\w’'-]+ ){0,3}questions)"
)


# A transcript's headline: "Public Briefing …", "Press Conference by …", "Hearing …".
_TRANSCRIPT = re.compile(
    _INTERVIEW.pattern + r"|\b(?i:briefing|press conference|hearing|transcript|doorstop)\b"
)


def announces_interview(reader: ArticleReader, index: int, *, transcript: bool = False) -> bool:
    """The headline or a paragraph before the first question says an interview follows (or,
    with ``transcript``, a briefing, a press conference, a hearing or a transcript)."""
    lead = [reader.text[p.start : p.end] for p in reader.paragraphs[:index]]
    pattern = _TRANSCRIPT if transcript else _INTERVIEW
    return any(pattern.search(body) for body in [reader.title or "", *lead])


def _opening(
    reader: ArticleReader, index: int, interviewer: Attribution, guest: str | None
) -> dict[int, Found]:
    """The interviewer's opening words right before the first question ("Thank you for your
    time, Minister. …"): a paragraph that speaks to "you", asks nothing, quotes nothing and
    does not name the guest (the lead narrates about the guest)."""
    if index < 2 or guest is None:
        return {}
    para = reader.paragraphs[index - 1]
    body = reader.text[para.start : para.end].rstrip()
    surname = guest.split()[-1]
    if para.heading or asks(body) or any(m in body for m in MARK_OPENERS) or surname in body:
        return {}
    if not _words(body) & _YOU or body[-1:] not in ".!…":
        return {}
    return {para.index: (para.start, para.start + len(body), interviewer)}


_SUBJECT_WORDS = 3


def _inverted(body: str) -> bool:
    """A paragraph that is one question and nothing else, opened by Spanish "¿" ("¿Y ahora?")."""
    body = body.strip()
    # ("Por cierto, ¿abre el muelle?", "El país ¿está bien?": a subject set before it)
    lead = body.split("¿")[0].split() if "¿" in body else None
    opened = ", ¿" in body or (lead is not None and len(lead) <= _SUBJECT_WORDS)
    return opened and body.endswith("?") and len(body.split()) <= _QUESTION_WORDS


def speaks_to_you(body: str) -> bool:
    """The paragraph speaks to "you" (in the languages the rules know)."""
    return bool(_words(body) & _YOU)


def speaks_as_i(body: str) -> bool:
    """The paragraph speaks as "I" or "we", by a pronoun or, in Spanish, Portuguese and Italian
    (which drop the pronoun), by the verb's form ("esperamos", "abbiamo", "creo", "acho")."""
    words = _words(body)
    return (
        bool(words & I_WE)
        or bool(words & _FIRST_PERSON_VERBS)
        or any(map(_WE_VERB.fullmatch, words))
    )


def _short_question(body: str) -> bool:
    return asks(body) and len(body.split()) <= _QUESTION_WORDS


def _addressed_question(body: str) -> bool:
    return _short_question(body) and bool(_words(body) & _YOU)


def _numbered(text: str, turns: dict[int, Found], answerer: Attribution) -> bool:
    """Every question opens with its number ("1. Your first year?"): numbered questions are
    marked as a dash marks them."""
    return all(
        _NUMBER_BEFORE.search(text, max(0, s - 5), s)
        for s, _, att in turns.values()
        if att.how != answerer.how
    )


def _clear(
    text: str, turns: dict[int, Found], answerer: Attribution, all_dashed: bool, announced: bool
) -> bool:
    """(An answer is the guest's turn, whichever guest a page of several names over it.)
    Three exchanges at least, and either every turn opened by a dash with no dialogue cue
    after it ("— Да, — ответил он" is a scene, not an interview), or every question addressed
    to "you" and most answers in the first person. Where the lead says an interview follows
    (``announced``) and names the guest, one question answered in the first person does."""
    questions = [text[s:e] for s, e, att in turns.values() if att.how != answerer.how]
    numbered = _numbered(text, turns, answerer)
    answers = [text[s:e] for s, e, att in turns.values() if att.how == answerer.how]
    exchanges = min(len(questions), len(answers))
    # (with nobody named, two exchanges: the page's word "Interview" alone says who asks)
    needed = 1 if answerer.speaker is not None else _EXCHANGES - 1
    if announced and exchanges >= needed and not all_dashed:
        # Every question asks, in a short paragraph (it need not say "you": the lead said who
        # is asked), and half the answers speak as "I" or "we" (the others may speak of the
        # subject only: "The fares are a separate matter.").
        first_person = sum(map(speaks_as_i, answers))
        if all(map(_short_question, questions)) and first_person * 2 >= len(answers):
            return True
    if exchanges < _EXCHANGES - 1:
        return False
    asking = sum(map(asks, questions))
    if all_dashed:
        # Three exchanges (two if announced: a copy cut short), half the asker's turns asking
        # (two if announced: "– Modest."), no narrator's dash, no list of questions.
        most = 2 * asking >= len(questions) or (announced and asking >= 2)
        most = most and 2 * sum(map(asks, answers)) <= len(answers)
        enough = exchanges >= _EXCHANGES - int(announced) and most
        return enough and all(dashed(t) and not _narrated(t) for t in questions + answers)
    # A newspaper's Q&A opens every question with a dash and none of the answers ("- What
    # were the setbacks?" / "Because of the epidemic, we …"): the dash marks the turn, so a
    # question need not say "you", and two exchanges do when the answers speak as "I"/"we".
    # (a dashed remark among the questions, "—So it is over.", is a turn all the same; numbered
    # ones may bid, "2. Describe your show in 23 words.": half of them asking do)
    marked = all(map(dashed, questions)) and 3 * asking >= 2 * len(questions)
    marked = (marked and not any(map(dashed, answers))) or (
        numbered and 2 * asking >= len(questions)
    )
    first_person = sum(map(speaks_as_i, answers))
    if all(map(_inverted, questions)) and first_person == len(answers):
        # Spanish sets a question apart by its opening mark ("¿Lo sorprendió el resultado?");
        # its address is in the verb, not a pronoun: every answer must speak as "I" or "we",
        # and the lead must name the guest (a columnist's own "¿Y ahora?" answers nobody's).
        return answerer.speaker is not None
    if all(map(_inverted, questions)) and exchanges >= _LONG_RUN:
        # A long run of them, answered in turn, is an interview whoever is named: a column
        # does not ask itself five questions in a row (a third of the answers say "I"/"we").
        return first_person * 3 >= len(answers)
    if not marked and not all(_addressed_question(q) for q in questions):
        return False
    if marked and exchanges >= _EXCHANGES:
        # Three exchanges marked so need no "you": a third of the answers speak as "I"/"we".
        return first_person * 3 >= len(answers)
    if min(len(questions), len(answers)) < _EXCHANGES and not marked:
        # A short copy ("Monsieur le ministre, que pensez-vous …?" twice): two exchanges do,
        # when every answer speaks as "I" or "we" at length.
        return first_person == len(answers) and all(len(a.split()) >= _LONG_ANSWER for a in answers)
    return first_person * 3 >= len(answers) * 2
