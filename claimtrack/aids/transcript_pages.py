"""Transcripts: an office labelled once in capitals on a transcript page, a broken sentence.

Government sites publish press conferences, doorstops and interviews as transcripts, and a short
one (or one cut off) may label its only speaker once: "PRIME MINISTER: Thank you all for …".
Elsewhere one label is too little to call a page an interview ("NOTE: …", a dateline "PARIS:
…"), but where the title names the page a transcript, a label in capitals made of office words
only ("PRIME MINISTER", "FOREIGN MINISTER", "PRESIDENT") is that transcript's speaker, read as
a transcript's "NAME, ROLE:" label is; so is a person's name in Title Case ("Ada Lund :"
opening a briefing's turn), and a call's "Operator:" or a briefing's "Moderator:". A place or a
name in capitals is not an office, so a dateline on such a page stays out.

A turn goes on over a paragraph break that cuts a sentence (the paragraph ends in a comma, the
next opens in lower case): the page's layout broke the line, not the speaker's turn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from attrs import evolve

from claimtrack.aids.interview_labels import Label, is_not_speaker, is_question_label
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.name_words import TITLES
from claimtrack.aids.speakers import STOP_WORDS

__all__ = [
    "in_capitals",
    "office_labels",
    "one_unasked_voice",
    "runs_on",
    "spoken_labels",
    "transcript_title",
]

# Titles that say the page is the text of what was said, in the languages the rules read.
_TRANSCRIPT = re.compile(
    r"(?i)(?<!\w)(?:press conference|news conference|media conference|joint press|doorstop|"
    r"transcript|interview with|press briefing|media briefing|q ?& ?a|"
    r"pressekonferenz|conférence de presse|point de presse|rueda de prensa|"
    r"conferencia de prensa|conferenza stampa|coletiva de imprensa|entrevista coletiva|"
    r"konferensi pers|persconferentie|konferencja prasowa)(?!\w)"
)


def transcript_title(title: str | None) -> bool:
    """Whether a page's title says the page is a transcript ("Press Conference - Ada Bay")."""
    return title is not None and _TRANSCRIPT.search(title) is not None


def office_labels(title: str | None, labels: Sequence[Label]) -> list[Label]:
    """``labels`` with each office in capitals, each person's name in Title Case and a call's
    operator marked a transcript's label when the title says the page is a transcript;
    unchanged otherwise."""
    if not transcript_title(title):
        return list(labels)
    return [
        evolve(lab, titled=True) if _office(lab) or _named(lab) or _runs_it(lab) else lab
        for lab in labels
    ]


def _runs_it(label: Label) -> bool:
    """The operator of a call or the moderator of a briefing, who opens the transcript."""
    return label.text.lower() in ("operator", "moderator") and not label.bare


def in_capitals(label: Label) -> bool:
    """A label in capitals with a colon ("ADA LUND:"), the form of a transcript's labels."""
    return label.text.isupper() and len(label.text) > 2 and not label.bare


def _office(label: Label) -> bool:
    words = label.text.lower().split()
    return in_capitals(label) and len(words) <= 3 and all(w in TITLES for w in words)


def _named(label: Label) -> bool:
    """A person's name in Title Case ("Dan Ionescu :"): a transcript's speaker (a dateline
    is set in capitals, a note's label is one word)."""
    words = label.text.split()
    return (
        2 <= len(words) <= 4
        and not label.bare
        and all(w[:1].isupper() and any(c.islower() for c in w[1:]) for w in words)
        and not is_not_speaker(label.text)
    )


def runs_on(reader: ArticleReader, index: int) -> bool:
    """Whether paragraph ``index`` breaks off mid-sentence: it ends in a comma or a word and the
    next paragraph opens in lower case ("When I think of my visits here, | firstly, …", "And I
    have just got | one observation"): a line broken by the page's layout (or by a transcript's
    time stamp, left out), one sentence all the same."""
    paras = reader.paragraphs
    last = reader.text[paras[index].end - 1 : paras[index].end]
    if index + 1 >= len(paras) or not (last == "," or last.isalpha()):
        return False
    return reader.text[paras[index + 1].start : paras[index + 1].start + 1].islower()


def spoken_labels(labels: list[Label]) -> list[Label]:
    """``labels`` less those in capitals with no colon that may be datelines: bare labels stay
    when they take turns (:func:`_alternate`), and one stays when the same name is a colon's
    label (or its surname) too, after the first such label ("LUND Now you …" among "LUND:
    …" turns: the colon lost)."""
    caps = {lab.text.lower() for lab in labels if lab.bare}
    if _alternate(labels, caps):
        return labels
    colon = {lab.text.lower() for lab in labels if not lab.bare}
    colon |= {name.split()[-1] for name in colon}  # "LUND" after "ADA LUND: …"
    # Only once the dialogue is under way: "VELM Ada Lund spoke with …" above "VELM: …" turns
    # is the lead, naming the outlet.
    opened = min((lab.para.index for lab in labels if not lab.bare), default=None)
    return [
        lab
        for lab in labels
        if not lab.bare
        or (lab.text.lower() in colon and opened is not None and lab.para.index > opened)
    ]


def _alternate(labels: list[Label], caps: set[str]) -> bool:
    """Labels in capitals with no colon take turns: one speaker right after another, twice at
    least, and a speaker comes back ("GUYON …", "STEVEN …", "GUYON …")."""
    turns = [(lab.para.index, lab.text.lower()) for lab in labels if lab.text.lower() in caps]
    changes = sum(b[0] == a[0] + 1 and b[1] != a[1] for a, b in pairwise(turns))
    # A speaker comes back; three datelines in a row ("MOSCOW", "KYIV", "BRUSSELS") do not.
    return changes >= 2 and len({label for _, label in turns}) < len(turns)


def one_unasked_voice(reader: ArticleReader, labels: Sequence[Label]) -> bool:
    """Every label is one word or two in capitals, the same each time, no person's name in the
    article, and nothing asks: no question label and no question right above a labelled
    paragraph. A dateline repeated over a page of news items ("KATHMANDU: The minister …",
    "KATHMANDU: A protest …"), no dialogue: a speaker labelled again with nobody between
    answers nobody, unless the page names the speaker ("I'm Greta Hollis" / "HOLLIS: …")."""
    names = {lab.text for lab in labels}
    if len(labels) < 2 or len(names) != 1 or not all(in_capitals(lab) for lab in labels):
        return False
    name = next(iter(names))
    if len(name.split()) > 2 or any(is_question_label(lab.text) for lab in labels):
        return False
    # A person's surname: a host's script. "The Velm Stock Exchange" after "VELM: …"
    # is a place's name after an article, no given name.
    before = re.finditer(rf"\b([A-Z][\w'’-]+) {re.escape(name.title())}\b", reader.text)
    if any(m[1].lower() not in STOP_WORDS for m in before):
        return False
    above = (reader.paragraphs[lab.para.index - 1] for lab in labels if lab.para.index > 0)
    return not any(reader.text[p.start : p.end].rstrip().endswith("?") for p in above)
