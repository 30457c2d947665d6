"""What a transcript prints around a speaker's label: a time stamp, a chevron, a dash.

- A **time stamp** or a broadcast transcript's **chevrons** before the label ("[00:01:23] Ada
  Lund: …", "00:01:23 ADA LUND: …", ">> ADA LUND: …"): the label starts after them.
- A **time stamp after the name** ("Ada Lund (00:01:23): …"): it dates the turn, it is no role.
- A **dash in place of the colon** ("Ada Lund – …", "COURIER — …?"), as some papers set their
  interviews. A wire's dateline has that shape too ("NORTHPORT — The council …"), and so has a
  list of people with what they do ("Ada Lund – mayor since 2019"), so dash labels count only
  together: three paragraphs at least, two speakers at least, one of them speaking again, and
  a turn that asks answered by the other speaker in the next paragraph; or one guest labelled
  twice or more, each time right under a question ("1) Why …?" / "Ada Lund – Because …").
- **A label alone on its line, with no colon** ("Minister Ada Lund", "REPORTER", "Question",
  "[Ada Lund]" over the turn), as copies print a bold label whose colon was styling. A name
  alone on its line is also a byline, a caption's credit or a crosshead, so such lines count
  only together: each of two speakers labelled twice at least (or, in a copy cut after its
  third turn, two full names taking turns), and a turn that asks answered by the other.
- **A letter for a label**, as Spanish, Portuguese and Italian papers mark their turns ("P. ¿Por
  qué …?" / "R. Porque …", "D. …" / "R. …"): a paragraph may open with an initial too ("R. Lund
  said …"), so the letters count only where one of the questions asks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from claimtrack.text.first_names import is_given_name
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.turn_labels import CLIP_NUMBER, TIME_STAMP

__all__ = [
    "LABEL_JOINERS",
    "TIME_STAMP",
    "dash_labels",
    "letters_ask",
    "lone_labels",
    "quoted_turn",
    "turn_start",
    "words_start",
]

# (and a list's bullet: "• Ada Lund:" over her turn, as a broadcaster's transcript sets it)
# (a numbered excerpt of a press conference: "1- Minister of Health: …")
_BEFORE_LABEL = re.compile(
    rf"(?:>>\s*|[\[(]{TIME_STAMP}[\])]\s*|{TIME_STAMP}\s+|[•·▪]\s+|\d{{1,2}}\s?[-–]\s+)(?=\S)"
)
_DASH_LABEL = re.compile(
    r"([A-ZÀ-Þ][\w.’'-]*(?: [A-ZÀ-Þ][\w.’'-]*){0,3}) [–—-] (?=[A-ZÀ-Þ0-9¿¡\"“‘'])"
)
_MIN_TURNS = 3
# One to five words, each opened by a capital (or a small joining word): "Minister Ada Lund";
# a role may follow after a comma ("Ada Lund, Commissioner of Police").
_WORDS = r"[^\W\d_][\w.’'-]*(?: [^\W\d_][\w.’'-]*)"
_LONE_LABEL = re.compile(rf"{_WORDS}{{0,4}}(?:, {_WORDS}{{0,5}})?")
# A broadcast's copy quotes each turn under its label: "“Known to police?”" asks too.
_CLOSING = '”"’»'
# The last word of a parliamentary record's headings, never a speaker's label.
_RECORD_HEADS = wordset("report record proceedings debates hansard prayers")
#: The small words a label may hold between its capitals ("Minister of Trade").
LABEL_JOINERS = wordset("of the for and on de du des la le")


def turn_start(text: str, para: Paragraph) -> int:
    """Where the paragraph's label would start: past a time stamp, chevrons or a bullet
    before it."""
    m = _BEFORE_LABEL.match(text, para.start, para.end)
    return m.end() if m is not None else para.start


_CLOCK_AFTER = re.compile(rf"\s+\(?{TIME_STAMP}(?:\s*[ap]\.?m\.?)?\)?$", re.IGNORECASE)
_AFTER_LABEL = re.compile(rf"\s*[\[(]{TIME_STAMP}[\])]\s*(?=\S)")


def words_start(text: str, at: int) -> int:
    """Where a turn's words start after its label: past the time stamp a transcript's service
    writes after the label ("Ada Lund: (00:54)" over the turn)."""
    m = _AFTER_LABEL.match(text, at)
    return m.end() if m is not None else at


def dash_labels(
    text: str, paragraphs: Sequence[Paragraph], taken: set[int]
) -> list[tuple[Paragraph, str, int]]:
    """``(paragraph, label, where its words start)`` of an interview set with dash labels,
    paragraphs in ``taken`` (labelled otherwise) left out; empty unless the page is clearly
    one (see the module's notes)."""
    found = []
    for para in paragraphs:
        if para.index in taken:
            continue
        m = _DASH_LABEL.match(text, turn_start(text, para), para.end)
        if m is not None:
            found.append((para, m.group(1), m.end()))
    labels = [label.casefold() for _, label, _ in found]
    answered = any(
        text[start : para.end].rstrip().endswith("?")
        and nxt.index == para.index + 1
        and other.casefold() != label.casefold()
        for (para, label, start), (nxt, other, _) in pairwise(found)
    )
    recurs = len(set(labels)) < len(labels)
    if len(found) >= _MIN_TURNS and len(set(labels)) >= 2 and answered and recurs:
        return found
    under = [f for f in found if _asked_above(text, paragraphs, f[0])]
    if len(under) >= 2 and len({label.casefold() for _, label, _ in under}) == 1:
        return under  # "1) Why …?" / "Ada Lund – Because …": one guest answering each question
    return []


def _asked_above(text: str, paragraphs: Sequence[Paragraph], para: Paragraph) -> bool:
    """The paragraph right above ``para`` ends on a question mark."""
    if para.index == 0:
        return False
    above = paragraphs[para.index - 1]
    return text[above.start : above.end].rstrip().endswith("?")


def letters_ask(text: str, turns: Sequence[tuple[str, int, int]]) -> bool:
    """Whether the letter labels among ``turns`` (label, where its words start, where its
    paragraph ends) are an interview's: a "P." or "D." turn asks."""
    return any(
        label in ("P", "D") and ("?" in text[start:end] or "¿" in text[start:end])
        for label, start, end in turns
    )


def lone_labels(
    text: str, paragraphs: Sequence[Paragraph], taken: set[int]
) -> list[tuple[Paragraph, str, int]]:
    """``(paragraph, label, where its words start)`` of a transcript whose labels stand alone
    on their lines with no colon; empty unless two speakers are labelled twice each and a turn
    that asks is answered by the other (see the module's notes). The turn follows the label."""
    found: list[tuple[Paragraph, str, int]] = []
    for k, para in enumerate(paragraphs[:-1]):
        line = text[turn_start(text, para) : para.end].rstrip()
        line = _CLOCK_AFTER.sub("", line)  # "Mr Speaker 10:22 a.m.": the time of the turn
        if line[:1] == "[" and line[-1:] == "]":
            line = line[1:-1].strip()  # "[Ada Lund]": a press conference's label in brackets
        words = line.split()
        if para.index in taken or not _LONE_LABEL.fullmatch(line):
            continue
        if words and words[-1].lower() in _RECORD_HEADS:
            continue  # "Official Report", "Votes and Proceedings": a record's heading, no one
        if (
            all(w[:1].isupper() or w.lower() in LABEL_JOINERS for w in words)
            and words[0][:1].isupper()
        ):
            turn = paragraphs[k + 1]
            if turn.index not in taken and turn.end > turn.start:
                found.append((para, line.split(",")[0], para.end))  # (the role left out)
    keys = [label.split()[-1].casefold() for _, label, _ in found]
    counts = Counter(keys)
    if sum(1 for n in counts.values() if n >= 2) < 2 and not _cut_dialogue(found, keys):
        return []
    if len(found) >= _MIN_TURNS and all(_quotes_its_turn(text, paragraphs, f[0]) for f in found):
        return found  # a broadcast's copy: every turn one quotation under its speaker's name
    # The turn under a label runs to the line before the next label: does one ask, and the
    # other speaker answer?
    answered = any(
        keys[n] != keys[n + 1]
        and text[paragraphs[para.index + 1].start : paragraphs[nxt.index - 1].end]
        .rstrip()
        .rstrip(_CLOSING)
        .endswith("?")
        for n, ((para, _, _), (nxt, _, _)) in enumerate(pairwise(found))
    )
    return found if answered else []


def _quotes_its_turn(text: str, paragraphs: Sequence[Paragraph], label: Paragraph) -> bool:
    """The turn under ``label`` is one quotation (the copy's last may be cut off in it)."""
    turn = paragraphs[label.index + 1]
    body = text[turn.start : turn.end].rstrip()
    cut = turn.index == len(paragraphs) - 1 and body[:1] in _OPENING
    return cut or quoted_turn(body) is not None


def _cut_dialogue(found: list[tuple[Paragraph, str, int]], keys: list[str]) -> bool:
    """A transcript the copy cut after its third turn ("Ada Lund" / "Tom Berg" / "Ada Lund"):
    two people's full names, first names the dictionary lists, taking turns."""
    if len(found) < 3 or len(set(keys)) != 2 or any(a == b for a, b in pairwise(keys)):
        return False
    names = [label.split() for _, label, _ in found]
    return all(2 <= len(words) <= 4 and is_given_name(words[0]) for words in names)


def quoted_turn(body: str) -> tuple[int, int] | None:
    """Where the words start and end in a paragraph that is one quotation and nothing else
    ("“Known to police?”", or a transcript site's numbered clip: "“Yes.” 4"); None for any
    other paragraph."""
    words = CLIP_NUMBER.sub("", body).rstrip(".")
    if len(words) < 3 or words[:1] not in _OPENING or words[-1:] not in _DOUBLE_CLOSING:
        return None
    if any(mark in words[1:-1] for mark in _DOUBLE_CLOSING):
        return None  # ("“Yes,” she said, “…”": two quotes and a cue)
    return 1, len(words) - 1


_OPENING = '“"«„'
_DOUBLE_CLOSING = '”"»'  # (not "’": an apostrophe inside the words)
