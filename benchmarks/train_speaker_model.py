"""Fit the speaker model (``claimtrack/aids/speaker_model.py``) on labelled article folders.

    python benchmarks/train_speaker_model.py DIR [DIR ...] [--rules-from QUOTES] [--cv] [--out FILE]

Each DIR holds labelled folders in the development set's format (``labels.json``'s
``quotations``, each with its ``speaker``). The articles stay outside the repository; only the
fitted weights are written, to ``claimtrack/aids/data/speaker_model.json``.

Every candidate speaker of every quotation the rules found and the labels hold is an example:
1 when it is the labelled speaker, 0 otherwise. The rules' quotations are the current code's
(without the model), or, with ``--rules-from``, what an earlier version found
(``<folder name>.json``: the cleaned text, the title and the quotations, as
``benchmarks/first_contact.py`` records them), from before anyone studied the folder: the rules
as they meet a new outlet, which is what the model must learn to second-guess.

``--cv`` holds each DIR out in turn and counts speakers right among the quotations the labels
hold, the rules' against the model's, at several cut-offs and margins, with the share right in
each confidence band; and the shipped weights' count at the shipped setting, so that a refit is
kept only when it beats what ships on pages neither was fitted on. Needs numpy (a development
dependency, never needed at run time).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

from claimtrack import load_article
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.quotations import Quotation, extract_quotations, marked_spans
from claimtrack.aids.speaker_candidates import Candidate
from claimtrack.aids.speaker_model import (
    MODEL_CAP,
    SPEAKER_CUTOFF,
    SPEAKER_MARGIN,
    candidate_lists,
    open_to_doubt,
    overrule,
)
from claimtrack.reading.hashed_weights import shipped_weights

sys.path.insert(0, str(Path(__file__).parent))
from hashed_logistic import SIZE, fit, probabilities, train, vocabulary
from score_reading import match_quotes, norm_name, norm_quote

__all__ = ["SIZE", "Article", "main"]

L2 = 1.0
SHIPPED = (SPEAKER_CUTOFF, SPEAKER_MARGIN)
SETTINGS = tuple(
    sorted({SHIPPED} | {(c, m) for c in (0.5, 0.6, 0.7, 0.8) for m in (0.2, 0.3, 0.4, 0.5)})
)


class Article:
    """One labelled article: its quotations the labels hold, their candidates and the truth."""

    def __init__(self, group: str, folder: Path, rules_from: Path | None) -> None:
        labels = json.loads((folder / "labels.json").read_text("utf-8"))
        self.group, self.name = group, folder.name
        if rules_from is not None:
            rec = json.loads((rules_from / f"{folder.name}.json").read_text("utf-8"))
            text, title = rec["text"], rec["title"]
            found = [Quotation(**q) for q in rec["quotes"]]
        else:
            article = load_article(folder / "article.txt")
            text, title = article.text, article.title
            found = list(extract_quotations(article, learned=False))
        reader = ArticleReader(text, title=title)
        marked_spans(reader)
        wanted = labels["quotations"]
        pairs = match_quotes(
            [norm_quote(q.text) for q in found], [norm_quote(w["text"]) for w in wanted]
        )
        self.found, self.reader = found, reader
        self.truth = [
            norm_name(wanted[pairs[i]]["speaker"]) if i in pairs else None
            for i in range(len(found))
        ]
        self.candidates = candidate_lists(reader, found)
        self.marks = [
            [int(truth is not None and norm_name(c.full) == truth) for c in cands]
            for truth, cands in zip(self.truth, self.candidates, strict=True)
        ]

    def examples(self) -> Iterable[tuple[Candidate, int]]:
        for truth, cands, marks in zip(self.truth, self.candidates, self.marks, strict=True):
            if truth is not None:
                yield from zip(cands, marks, strict=True)


def fit_articles(articles: list[Article]):
    vocab = vocabulary([[c.features for c, _ in a.examples()] for a in articles])
    pairs = [pair for a in articles for pair in a.examples()]
    return fit([c.features for c, _ in pairs], [m for _, m in pairs], vocab, L2)


def cross_validate(articles: list[Article], show: bool) -> None:
    """Speakers right, the rules' and the model's under each setting, one DIR held out at a
    time; and how often a quotation is right in each confidence band, at the shipped setting."""
    right = dict.fromkeys(SETTINGS, 0)
    rules_right = total = shipped_right = 0
    shipped = shipped_weights("claimtrack.aids", "data/speaker_model.json")
    bands = {"rules": [[0, 0] for _ in range(3)], "model": [[0, 0] for _ in range(3)]}
    for group in sorted({a.group for a in articles}):
        w = fit_articles([a for a in articles if a.group != group])
        for a in (a for a in articles if a.group == group):
            for q, truth, cands in zip(a.found, a.truth, a.candidates, strict=True):
                scores = probabilities(w, [c.features for c in cands])
                rules_ok = truth is not None and norm_name(cands[0].full) == truth
                _band(bands["rules"], q.confidence, rules_ok)
                for setting in SETTINGS:
                    chosen = (
                        overrule(scores, cutoff=setting[0], margin=setting[1])
                        if open_to_doubt(q, a.reader)
                        else 0
                    )
                    ok = truth is not None and norm_name(cands[chosen].full) == truth
                    right[setting] += ok
                    if setting == SHIPPED:
                        confidence = min(scores[chosen], MODEL_CAP) if chosen else q.confidence
                        _band(bands["model"], confidence, ok)
                        if show and chosen and truth is not None:
                            verdict = "fixed" if ok else "BROKE" if rules_ok else "still wrong"
                            was, now, p = cands[0].full, cands[chosen].full, scores[chosen]
                            how = f"{q.resolution}/{'cue' if q.cue else 'no cue'}"
                            print(
                                f"  {verdict} {a.name} [{how}]: {was!r} -> {now!r} "
                                f"({p:.2f}, {truth!r})"
                            )
                total += truth is not None
                rules_right += rules_ok
                shipped_right += _right_by(shipped.probability, q, a.reader, cands, truth)
    print(f"{total} labelled quotations found: the rules' speaker right on {rules_right}")
    print(f"the shipped weights' speaker right on {shipped_right}")
    for setting in SETTINGS:
        mark = " (shipped)" if setting == SHIPPED else ""
        print(f"cut-off, margin {setting}{mark}: the model's speaker right on {right[setting]}")
    for name, cells in bands.items():
        shown = ", ".join(
            f"{label}: {r}/{c}"
            for label, (c, r) in zip(("<0.5", "0.5-0.8", ">=0.8"), cells, strict=True)
        )
        print(f"{name} confidence bands (all found quotations): {shown}")


def _right_by(probability, q: Quotation, reader, cands: list[Candidate], truth) -> bool:
    """Whether weights scoring each candidate by ``probability`` name the labelled speaker, at
    the shipped cut-off and margin."""
    scores = [probability(c.features) for c in cands]
    chosen = overrule(scores) if open_to_doubt(q, reader) else 0
    return truth is not None and norm_name(cands[chosen].full) == truth


def _band(cells: list[list[int]], confidence: float, ok: bool) -> None:
    cell = cells[0 if confidence < 0.5 else 1 if confidence < 0.8 else 2]
    cell[0] += 1
    cell[1] += ok


def main(argv: list[str] | None = None) -> int:
    helps = (
        "quotations (<folder>.json) of an earlier version",
        "with --cv: list the speakers the model changed",
    )
    return train(argv, __doc__, helps, Article, cross_validate, fit_articles)


if __name__ == "__main__":
    raise SystemExit(main())
