"""A learned second opinion on the lines above the story's prose: furniture the rules kept.

The rules (:mod:`~claimtrack.reading.line_rules` and the header's) drop what they know of pages;
on an outlet nobody studied, about half the furniture between the header and the first paragraph
of prose survives them (a photo's caption and credit, a teaser, a label, a login prompt). This
model scores such a line by its shape, words and neighbours
(:func:`~claimtrack.reading.line_features.line_features`) and how far it stands above the prose.
It is a logistic regression fitted by ``benchmarks/train_line_model.py`` on labelled pages kept
outside the repository; only the weights ship (``line_model.json``: hashed keys and numbers).

It judges only lines above the first paragraph of prose: cross-validation found it as often
wrong as right among the story's own paragraphs and after them (a list, a table's rows, a
subheading), and a lost line of the story costs more than a kept caption. Above the prose too,
a line that reads as the story's own (an interview's turn, a list's item, two whole sentences, a
paragraph or a sentence broken across lines) is never its to drop.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimtrack.reading.hashed_weights import shipped_weights
from claimtrack.reading.headlines import headline_shaped
from claimtrack.reading.interview_turns import TURN, opens_interview
from claimtrack.reading.line_features import bucket, line_features, prose_lines, word_lists
from claimtrack.reading.not_headlines import never_headline, speaker_header
from claimtrack.text.headings import is_heading

if TYPE_CHECKING:
    from claimtrack.reading.lines import Line

__all__ = ["LINE_CUTOFF", "furniture_and_headline", "furniture_lines", "line_candidates"]

# Chosen by the training script's cross-validation: the share of the story's lines above the
# prose it may cost, against the furniture it drops (docs/reading.md has the table).
LINE_CUTOFF = 0.97
_BRACKETED = re.compile(r"^[\[(].*[\])]$")
_LABEL = re.compile(r"^[\w.'’ -]{1,40}:\s")
_NUMBERED = re.compile(r"\d{1,2}[.)]\s+\S")  # "1. New vaccines": a list's item
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’»)]*\s+")
_SENTENCE_WORDS = 4
_PARAGRAPH_WORDS = 15
_ENDS = re.compile(r"[.!?][\"”’»)]*$")


def line_candidates(
    lines: Sequence[Line], kept: Sequence[int] | None = None
) -> list[tuple[int, list[str]]]:
    """Lines (indices into ``lines``, in order) with their features: the ``kept`` ones above the
    first paragraph of prose but those that read as the story's own (what the model judges), or
    with ``kept`` None every non-blank line (what it learns from). The whole page is read for
    the context."""
    index = [i for i, line in enumerate(lines) if line.text]
    texts = [lines[i].text for i in index]
    long = prose_lines(texts, word_lists(texts))
    first = next((n for n, yes in enumerate(long) if yes), None)
    if first is None:
        return []
    if kept is None:
        chosen = list(range(len(index)))
    else:
        position = {i: n for n, i in enumerate(index)}
        chosen = [
            position[i]
            for i in kept
            if position.get(i, first) < first and not _the_storys(lines, i)
        ]
    out = []
    for n, feats in zip(chosen, line_features(texts, chosen), strict=True):
        feats.append(f"l:toprose{bucket(first - n, (0, 1, 2, 3, 5, 8))}")
        if _LABEL.match(texts[n]):
            feats.append("l:label")
        feats += _setting(lines, index[n])
        out.append((index[n], feats))
    return out


def _setting(lines: Sequence[Line], i: int) -> list[str]:
    """Blank lines around line ``i``, and whether its sentence runs on into the line under it
    or runs on from the line above (a hard-wrapped paragraph the unwrapping missed)."""
    above, below = _around(lines, i)
    feats = [f"l:blankbefore{not above}", f"l:blankafter{not below}"]
    if below and _runs_on(lines[i].text, below):
        feats.append("l:runs-on")
    if above and _runs_on(above, lines[i].text):
        feats.append("l:run-on")
    return feats


def _around(lines: Sequence[Line], i: int) -> tuple[str, str]:
    """The lines right above and below line ``i`` ("" where blank or none)."""
    above = lines[i - 1].text if i > 0 else ""
    below = lines[i + 1].text if i + 1 < len(lines) else ""
    return above, below


def _runs_on(text: str, after: str) -> bool:
    return (text[-1:].isalpha() or text.endswith(",")) and after[:1].isalpha()


def furniture_lines(
    lines: Sequence[Line], kept: Sequence[int], *, cutoff: float = LINE_CUTOFF
) -> list[int]:
    """The kept lines (indices into ``lines``) the model calls furniture past ``cutoff``."""
    model = shipped_weights(__package__, "line_model.json")
    return [i for i, feats in line_candidates(lines, kept) if model.probability(feats) > cutoff]


def furniture_and_headline(
    lines: Sequence[Line], paragraphs: Sequence[Sequence[int]], untitled: bool
) -> tuple[set[int], int | None]:
    """The kept lines the model calls furniture, and, on a page whose header rules found no
    title (``untitled``), the headline among them: the last furniture line above the first line
    kept, when it is headline-shaped ("Statement from Mayor Lund on the Harbour Liens" over the
    statement)."""
    furniture = set(furniture_lines(lines, [i for p in paragraphs for i in p]))
    first = next((i for p in paragraphs for i in p if i not in furniture), None)
    above = [i for i in furniture if first is not None and i < first]
    if not untitled or not above or first is None:
        return furniture, None
    if headline_shaped(lines[max(above)].text, least=4) and not never_headline(lines, max(above)):
        return furniture, max(above)  # (never a byline: "Ada Lund and Tom Berg from NCA")
    # The page's furniture was all above the headline: the first line kept, a paragraph of its
    # own shaped as a headline ("A1 A1" over "Harbour Court rejects Lund appeal").
    text = lines[first].text
    shaped = is_heading(text) and headline_shaped(text, least=4)
    if shaped and any(p == [first] for p in paragraphs) and not never_headline(lines, first):
        return furniture | {first}, first
    return furniture, None


def _the_storys(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` reads as the story's own, whatever the model says: a turn of an interview or
    a transcript (``ADA LUND: Thank you.``) or its note in brackets (``[Laughter]``), a quotes
    sheet's speaker header (``Harbour Head Coach Ada Lund`` over ``Opening statement:``), a
    numbered item, two whole sentences of four words or more (a caption's credit has no full
    stop), a paragraph's length broken off mid-sentence, or a sentence broken across lines (a
    hard-wrapped paragraph the unwrapping missed)."""
    text = lines[i].text
    if TURN.match(text) or _BRACKETED.match(text) or _NUMBERED.match(text):
        return True
    if speaker_header(lines, i):
        return True
    pieces = _SENTENCE_BREAK.split(text)
    whole = pieces if _ENDS.search(text) else pieces[:-1]  # sentences with their full stop
    if sum(len(p.split()) >= _SENTENCE_WORDS for p in whole) >= 2:
        return True
    words = text.split()
    if len(words) >= _PARAGRAPH_WORDS and (words[-1].islower() or text.endswith(",")):
        return True  # a paragraph the page broke off mid-sentence ("…, which aims at …, and")
    above, below = _around(lines, i)
    run_on = (above and _runs_on(above, text)) or (below and _runs_on(text, below))
    return bool(run_on) or opens_interview(lines, i)
