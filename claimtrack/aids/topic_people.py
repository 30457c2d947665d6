"""The person an article is about: the guess for a quote that follows no speaker.

A quote whose cue names nobody, an interview's answers with no labels, a transcript's opening
prompt: the person the article names most before it is often, not always, the one speaking.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.name_words import place_or_group
from claimtrack.aids.speakers import PLACE_OF

if TYPE_CHECKING:
    from claimtrack.aids.mentions import ArticleReader

__all__ = ["TOPIC_CONFIDENCE", "topic_person"]

TOPIC_CONFIDENCE = 0.5
"""How sure a guess from the article's topic is: the person it names most is often, not always,
the one speaking (an interview's subject, the minister a report follows)."""


def topic_person(reader: ArticleReader, index: int, look_back: int = 40) -> Attribution | None:
    """The person the article names most before paragraph ``index`` (first named on a tie).

    Only names outside quotes count, each written in full at least once ("Carmen Ruiz Soto",
    later "Ruiz Soto"). The guess for a quote whose cue names nobody and follows no speaker.
    """
    counts: dict[str, list[int]] = {}
    for para in reader.paragraphs[max(0, index - look_back) : index]:
        toks, chunks = reader.chunks(para.start, para.end)
        starts = [t.start for t in toks]
        for chunk in reader.unquoted(chunks):
            if chunk.kind != "person":
                continue
            name = chunk.name
            k = bisect_left(starts, chunk.start)
            if len(name.split()) >= 4 and k > 0 and toks[k - 1].lower in PLACE_OF:
                name = " ".join(name.split()[-2:])  # "degli Stati Uniti Ada Rossi"
            full = reader.names.full_name(name) or name
            if " " in full and not place_or_group(full):  # ("the New Zealand based shop")
                counts.setdefault(full, [0, chunk.start])[0] += 1
    if not counts:
        return None
    best = min(counts, key=lambda name: (-counts[name][0], counts[name][1]))
    return Attribution(best, best, None, TOPIC_CONFIDENCE, best, "continuation")
