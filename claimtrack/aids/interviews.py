"""Interviews: turns after speaker labels, and questions followed by quoted answers.

An interview answer follows a speaker label ("NILS EKDAHL: …", "A: …", a label on a line of its
own: "Minister of Trade:"; :mod:`claimtrack.aids.interview_labels`), or, in an interview written
as prose, a question paragraph ("E il bilancio?") followed by a paragraph in quote marks: the
answer of the person the article is about. Questions come out without a speaker unless a label
or the lead names the interviewer. Where the labels stop, or a page has none (questions once in
bold), turns are told apart by their question marks (:mod:`claimtrack.aids.interview_plain`,
:mod:`claimtrack.aids.interview_prose`), always below 0.8.
"""

from __future__ import annotations

import re
from collections import Counter

from attrs import evolve

from claimtrack.aids.announced_labels import announced_labels
from claimtrack.aids.attribution import Attribution
from claimtrack.aids.given_names import without_glued_head
from claimtrack.aids.interview_askers import (
    addressed_first,
    answer_after,
    asked_and_answered,
    askers,
    bio_after,
    initials_of,
    outlet_spelt,
    reporter_of,
    the_guest,
)
from claimtrack.aids.interview_labels import (
    NAMELESS,
    Label,
    find_labels,
    is_answer_label,
    is_question_label,
    is_site,
    label_keys,
    may_be_initials,
    title_and_name,
)
from claimtrack.aids.interview_plain import (
    PLAIN_CONFIDENCE,
    addressed_guest,
    asks,
    lead_guest,
    lead_interviewer,
    spoke_pairs,
)
from claimtrack.aids.interview_prose import prose_interview
from claimtrack.aids.interview_questions import questions_before
from claimtrack.aids.interview_quoted import question_turns
from claimtrack.aids.interview_statements import (
    all_statements,
    quoted_statement,
    unquoted,
)
from claimtrack.aids.label_teasers import without_teasers
from claimtrack.aids.label_words import (
    cased_name,
    is_title_word,
    label_name,
    name_after_title,
    who_is_who,
)
from claimtrack.aids.lead_people import grown_from_lead, named_before, people_before, times_named
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.name_words import TITLES, has_initials
from claimtrack.aids.numbered_voices import is_numbered, voice_guest
from claimtrack.aids.plain_after_labels import read_on
from claimtrack.aids.role_holders import named_with_role, role_holder
from claimtrack.aids.speech_pages import speaker_on_cover
from claimtrack.aids.title_places import PARTICLES
from claimtrack.aids.transcript_pages import (
    in_capitals,
    office_labels,
    one_unasked_voice,
    runs_on,
    spoken_labels,
)
from claimtrack.aids.turn_runs import turn_goes_on
from claimtrack.aids.unmarked import MARK_OPENERS, Found

__all__ = ["Turn", "interview_answers", "question_turns"]  # question_turns: interview_quoted

Turn = tuple[Found, str]
"""A turn's words and speaker, and its kind: ``interview``, or ``quote`` for a statement set as
``Name: "…"`` on a page with no questions (remarks after a match, a press conference)."""

_ENDS = ".!?…"


def interview_answers(reader: ArticleReader) -> dict[int, Turn]:
    """Interview turns by paragraph index: the text after a speaker label.

    An article is read as an interview only when it has a question label ("Q:"), the same
    speaker labelled twice (a surname counts as its full label: "AMANPOUR" after "CHRISTIANE
    AMANPOUR"), a transcript's "NAME, ROLE:", or a question labelled with one name answered
    right after under another; so "Note: …" in a report is never speech. Questions come out
    without a speaker unless the labels or the lead name the interviewer; "A:" answers are the
    person the article names most before the first label; initials ("MMM:") are the person
    with them. When the labels stop, plain paragraphs go on as turns told apart by their
    question marks (:mod:`claimtrack.aids.interview_plain`).
    """
    labels = spoken_labels(office_labels(reader.title, find_labels(reader.text, reader.paragraphs)))
    if one_unasked_voice(reader, labels):
        labels = []  # "KATHMANDU: …" over each of a page's news items
    keys = label_keys(labels)
    written = {lab.text.lower(): lab.text for lab in labels}  # before any is left out
    speaking = _speaking(reader.text, labels, keys) or announced_labels(reader, labels, keys)
    kept = without_teasers(reader.text, speaking, keys)
    labels = [lab for lab in kept if not who_is_who(reader.text, lab.body_start)]
    # One label among unlabelled turns that read as an interview is an answer's own words
    # ("Ada Lund, Tom Berg: the shows I will see"), not the page's way of marking turns.
    prose = prose_interview(reader) if len(labels) <= 1 else {}
    if not labels or len(prose) > 2:
        return {i: (found, "interview") for i, found in prose.items()}
    statements = all_statements(reader.text, labels)
    speakers = _speakers(reader, labels, {low: written[key] for low, key in keys.items()})
    out = _label_turns(reader, labels, keys, speakers)
    read_on(reader, labels, keys, speakers, out)
    # A guest labelled twice in answers that are no quoted statements: the page is an
    # interview already, and one unlabelled question before an answer is a turn.
    sure = not statements and max(Counter(keys[lab.text.lower()] for lab in labels).values()) > 1
    answers = {lab.para.index: lab for lab in labels}
    out.update(asked := questions_before(reader, answers, out, 1 if sure else 2))
    kind = "quote" if statements and not asked else "interview"
    return {i: (found, kind) for i, found in out.items()}


def _label_turns(
    reader: ArticleReader,
    labels: list[Label],
    keys: dict[str, str],
    speakers: dict[int, Attribution],
) -> dict[int, Found]:
    """The labelled turns, each with the unlabelled paragraphs that carry it on (a host's
    question with the guest's answer after it)."""
    out: dict[int, Found] = {}
    at = {lab.para.index for lab in labels}
    hosts = askers(reader.text, labels, keys)
    # Only questions labelled ("Q1. …?"): the unlabelled paragraphs after each are the guest's.
    questions = [lab for lab in labels if is_question_label(lab.text)]
    only_asked = len(labels) >= 2 and len(questions) == len(labels)
    answerers = _answerers(reader, labels) if hosts or questions else []
    guest = the_guest(answerers, hosts)
    for lab in labels:
        att = speakers[lab.para.index]
        body = reader.text[lab.body_start : lab.para.end].rstrip()
        # (a numbered voice names nobody, yet its turn runs on all the same: "Speaker 1:")
        voiced = att.speaker is not None or is_numbered(lab.text)
        if not body and (voiced or is_question_label(lab.text)):
            # A label on a line of its own ("Minister of Trade:"): the turn follows.
            turn_goes_on(reader, lab.para.index, att, at, out, True)
        elif body:
            out[lab.para.index] = unquoted(lab.body_start, body, att)
            # An "A:" goes on even when nobody is named: the words are an answer all the same.
            goes_on = voiced or is_answer_label(lab.text)
            asked = is_question_label(lab.text) and asks(body)  # ("Q: …?" names its asker)
            ended = body[-1:] in _ENDS or runs_on(reader, lab.para.index)  # ("… just got")
            if goes_on and ended and body[:1] not in MARK_OPENERS:
                if keys[lab.text.lower()] in hosts or asked:  # under a question: the answer
                    answer_after(reader, lab.para.index, at, out, guest)
                else:
                    turn_goes_on(reader, lab.para.index, att, at, out)
            elif only_asked:  # ("Q: … ? With the deficit … a plausible route."): it asks
                answer_after(reader, lab.para.index, at, out, guest)
    return out


def _speaking(text: str, labels: list[Label], keys: dict[str, str]) -> list[Label]:
    """The labels that name speakers: repeated, a transcript's, a question, an answer in a
    Q&A, a bare name in capitals that takes turns, two names where one asks and the other
    answers; other labels only next to a question or an answer kept."""
    counts = Counter(keys[lab.text.lower()] for lab in labels)
    questions = any(is_question_label(lab.text) for lab in labels)
    core: set[int] = set()
    for n, lab in enumerate(labels):
        low = lab.text.lower()
        # (a web address twice may be a list of links: it speaks only when a name answers it)
        repeated = counts[keys[low]] >= 2 and not is_site(lab.text)
        if repeated or lab.titled or lab.bare or is_question_label(low):
            core.add(n)
        if quoted_statement(text, lab):
            core.add(n)
        if questions and is_answer_label(low):
            core.add(n)
        nxt = labels[n + 1] if n + 1 < len(labels) else None
        if nxt is not None and asked_and_answered(text, lab, nxt, keys):
            core.update((n, n + 1))
    asking = {labels[n].para.index for n in core if is_question_label(labels[n].text)}
    # A transcript labels in capitals: once one such label speaks, every one does.
    transcript = any(in_capitals(labels[n]) and not is_question_label(labels[n].text) for n in core)
    # A government transcript ("Shri Ada Rao, Official Spokesperson: …"): a full name labelling
    # the paragraph right after a speaker's turn takes the floor too ("Uma Lal: …").
    turns = {labels[n].para.index for n in core} if any(labels[n].titled for n in core) else set()
    spoken = {labels[n].para.index for n in core}  # ("Mayor: …" right after a speaker's turn)
    return [
        lab
        for n, lab in enumerate(labels)
        if n in core
        or lab.para.index - 1 in asking
        or lab.para.index + 1 in asking
        or (transcript and in_capitals(lab))
        or (lab.para.index - 1 in turns and (_full_name(lab) or in_capitals(lab)))
        # ("Mayor: …", "Minister of Trade: …" right after another speaker's turn)
        or (lab.para.index - 1 in spoken and is_title_word(lab.text.split()[0]))
    ]


def _full_name(label: Label) -> bool:
    words = label.text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not label.bare


def _speakers(
    reader: ArticleReader, labels: list[Label], fullest: dict[str, str]
) -> dict[int, Attribution]:
    """Each labelled paragraph's speaker, named by the fullest label of the same speaker
    (``fullest``: label in lower case → that label as written); a question's speaker is the
    interviewer named in the lead."""
    first = _answerers(reader, labels)
    named_before: dict[str, list[str]] = {}
    lead: list[str] | None = None  # the people named before the first turn, when needed
    out = {}
    for lab in labels:
        low = lab.text.lower()
        near = first if is_answer_label(low) else []
        if may_be_initials(fullest[low]):  # "MMM:", "Mb:": a person named before the turns
            if low not in named_before:
                named_before[low] = people_before(reader, lab.para.index)
            near = named_before[low]
        att = _label_speaker(reader, fullest[low], near)
        if att.how == "interview-label" and att.speaker_full and " " not in att.speaker_full:
            if lead is None:
                lead = people_before(reader, labels[0].para.index)
            att = grown_from_lead(att, lead)
        if lab.bare:  # no colon: a guess that the capitals are a speaker
            att = evolve(att, confidence=min(att.confidence, 0.7))
        if (
            fullest[low] != lab.text
            and att.speaker == label_name(fullest[low], reader.text)
            and not initials_of(lab.text, fullest[low])  # "RK" for "Riz Kaan": the name
        ):
            att = evolve(att, speaker=label_name(lab.text, reader.text))  # "Amanpour", as written
        out[lab.para.index] = evolve(att, as_written=lab.text, cue=lab.text + ":")
    out.update(voice_guest(reader.text, labels))  # "Speaker 2:", brought on by "Speaker 1:"
    if any(is_question_label(lab.text) for lab in labels):
        answers = [a.speaker_full for a in out.values() if a.speaker is not None]
        asker = lead_interviewer(reader, labels[0].para.index, answers[0] if answers else None)
        for lab in labels:
            if asker is not None and is_question_label(lab.text):
                full = reader.names.full_name(asker) or asker
                out[lab.para.index] = Attribution(
                    asker, full, lab.text + ":", PLAIN_CONFIDENCE, lab.text, "interview-label"
                )
    return out


def _answerers(reader: ArticleReader, labels: list[Label]) -> list[str]:
    """Who may answer an "A:": the guest the lead names ("im Gespräch mit …", "Interview with
    …") or the headline asks by name, then the people named before the first label, the
    interviewer the lead names left out; the one the questions call by first name comes first.
    Of "Lea Park spoke to Ada Lund" the one named less is the interviewer; named as often,
    neither is a safe guess."""
    index = labels[0].para.index
    guest = lead_guest(reader, index) or addressed_guest(reader.title)  # ("Ada Lund, why …?")
    people = [guest] if guest is not None else []
    people += [p for p in (*bio_after(reader, labels), *people_before(reader, index)) if p != guest]
    asker = lead_interviewer(reader, index, None)
    left_out = {asker} if asker is not None else set()
    counts = named_before(reader, index)
    for pair in spoke_pairs(reader, index) if guest is None else ():
        a, b = (times_named(counts, name) for name in pair)
        left_out |= set(pair) if a == b else {pair[0] if a < b else pair[1]}
    people = addressed_first(reader.text, labels, people)
    return [p for p in people if not any(set(p.split()) & set(o.split()) for o in left_out)]


def _initialled(label: str, people: list[str]) -> str | None:
    """The person ``label`` is the initials of: of the whole name, else of its last words, when
    a title the word lists lack is written before it ("AP" of "Assistant Curator Ariel Plotek"
    is Ariel Plotek)."""
    size, want = len(label), label.upper()
    for p in people:
        if has_initials(p, want):
            return p
    for p in people:
        words = p.split()
        if len(words) > size and has_initials(" ".join(words[-size:]), want):
            return " ".join(words[-size:])
    return None


def _label_speaker(reader: ArticleReader, label: str, people: list[str]) -> Attribution:
    low = label.lower()
    speaker: str | None
    if is_question_label(low) or low.split()[0] in NAMELESS or is_numbered(label):
        speaker = None
    elif is_answer_label(low):
        speaker = people[0] if people else None
    elif may_be_initials(label):
        speaker = _initialled(label, people) or reporter_of(reader.text, label)
        if speaker == label_name(label, reader.text) and (outlet := _outlet(reader, label)):
            return Attribution(label, outlet, label + ":", 0.75, label, "interview-label")
    else:
        speaker = label_name(label, reader.text)
    if speaker is None:
        return Attribution(None, None, label + ":", 0.5, label, "none")
    if is_site(label):  # the outlet that asks, by its web address
        return Attribution(label, label, label + ":", 0.6, label, "organisation")
    if all(w in TITLES for w in low.split()) or _ends_in_role(reader.text, speaker):
        # "PRIME MINISTER:", "EXTERNAL AFFAIRS MINISTER:": the one person the text names with
        # that role (or the one a transcript's cover names: "Transcript by Ada Lund"), else it.
        named = role_holder(reader.text, reader.cover, speaker) or speaker_on_cover(reader)
        if named is not None:
            return Attribution(speaker, named, label + ":", 0.6, label, "role")
        return Attribution(speaker, speaker, label + ":", 0.7, label, "description")
    lower = any(w[:1].islower() and w not in PARTICLES for w in label.split())  # ("Ada de Lund")
    if lower or _POSSESSIVE.search(label):
        named = name_after_title(label)  # ("Norges statsminister Ada Lund:" is hers)
        if named is None:  # "Minister of Trade:", "Ruritania’s FM:": a role, not a name
            # (held by the one person named with it: "Ada Lund, Minister of Trade,")
            holder = role_holder(reader.text, reader.cover, speaker)
            if holder is not None:
                return Attribution(speaker, holder, label + ":", 0.6, label, "role")
            return Attribution(speaker, speaker, label + ":", 0.7, label, "description")
        speaker = named
    title, name = title_and_name(speaker)
    name = without_glued_head(name, reader.text)  # "MLA Ada Lund:": a seat before the name
    if title and " " not in name:
        # "Presidente Lula:": a title and a short name; the name grows, but is a guess.
        grown = title_and_name(reader.names.full_name(name) or name)[1]  # the title not again
        return Attribution(speaker, grown, label + ":", 0.7, label, "interview-label")
    titled = _titled_name(reader.text, speaker)
    if titled is not None:
        # "Cumhurbaşkanı Yıldız:" on a page that writes "Cumhurbaşkanı Ahmet Kemal Yıldız":
        # the first word is a title in a language the word lists lack; the name, a guess.
        return Attribution(speaker, titled, label + ":", 0.7, label, "interview-label")
    # A label of two words or more is the name as written; a surname or an "A:"'s guess grows.
    full = name if " " in name and not is_answer_label(low) else reader.names.full_name(speaker)
    sure = 0.75 if is_answer_label(low) else 0.9  # "A:" names nobody: its speaker is a guess
    full = cased_name(full or speaker)
    return Attribution(speaker, full, label + ":", sure, label, "interview-label")


def _outlet(reader: ArticleReader, label: str) -> str | None:
    """The outlet the page's head spells with the initials ``label`` (a guess: below 0.8):
    its headline, the page above the body (a masthead left out of the text) or the text above
    the first label."""
    first = max(0, reader.text.find(label + ":"))
    cover = reader.cover[-_COVER_CHARS:]
    return outlet_spelt(label, f"{reader.title or ''}\n{cover}\n{reader.text[:first]}")


_COVER_CHARS = 1500  # the page's head nearest the body: a masthead, not the site's menus


def _ends_in_role(text: str, label: str) -> bool:
    """ "External Affairs Minister": a label ending in a title word is a role when the text
    names one person with it ("External Affairs Minister Shri Jan Roe"); a name that ends in
    a title-like word names nobody so."""
    last = label.split()[-1].lower()
    return last in TITLES and last != label.lower() and named_with_role(text, label) is not None


def _titled_name(text: str, label: str) -> str | None:
    """The longer name a two-word label ("Word Surname") stands for, where the page writes the
    label's first word before a first and a middle name ending in that surname ("Word Ana Mae
    Surname"): the word is a title, not a first name (one first name alone could be a second
    first name: "Ana Mae Surname" for "Ana Surname")."""
    words = label.split()
    if len(words) != 2 or label.isupper():
        return None
    before = re.escape(words[0]) + r" ((?:[A-ZÀ-Þ][\w’'-]+ ){2,3})" + re.escape(words[1]) + r"\b"
    found = re.search(before, text)
    return found.group(1) + words[1] if found else None


_POSSESSIVE = re.compile(r"\w[’']s\s")
