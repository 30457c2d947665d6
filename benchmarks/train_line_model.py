"""Fit the line model (``claimtrack/reading/line_model.py``) on labelled article folders.

    python benchmarks/train_line_model.py DIR [DIR ...] [--cv [--show]] [--out FILE]

Each DIR holds labelled folders in the development set's format. The pages stay outside the
repository; only the fitted weights are written, to ``claimtrack/reading/line_model.json``.

Every non-blank line the labels place is an example: 1 for a boilerplate line, 0 for a line of
the body (the title and unlabelled lines are left out). The model learns from every line of the
page but judges only the lines the rules kept above the first paragraph of prose, so ``--cv``
(each DIR held out in turn) counts, at several cut-offs, what it would drop there: boilerplate
(gained) against body lines (lost), and what the shipped weights drop and lose at the shipped
cut-off (a refit is kept only when it beats what ships on pages neither was fitted on). Needs
numpy (a development
dependency, never needed at run time).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from claimtrack.reading import cleaning
from claimtrack.reading.hashed_weights import shipped_weights
from claimtrack.reading.line_model import LINE_CUTOFF, line_candidates
from claimtrack.reading.lines import split_date_prefixes, split_lines

sys.path.insert(0, str(Path(__file__).parent))
from hashed_logistic import SIZE, fit_pages, probabilities, train
from score_reading import body_lines

__all__ = ["SIZE", "Page", "main"]

L2 = 1.0  # chosen by --cv on the development folders (0.3, 1, 3 tried)
CUTOFFS = tuple(sorted({LINE_CUTOFF, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99}))


class Page:
    """One labelled page: its lines' features and marks, and the lines the model would judge."""

    def __init__(self, group: str, folder: Path, rules_from: Path | None) -> None:
        raw = (folder / "article.txt").read_text("utf-8")
        labels = json.loads((folder / "labels.json").read_text("utf-8"))
        self.group, self.name = group, folder.name
        lines = split_date_prefixes(split_lines(raw))
        boiler = {b.strip() for b in labels["boilerplate"] if b.strip()}
        body = set(body_lines(raw, labels, folder.name))
        mark = {
            i: 1 if line.text in boiler else 0 if line.text in body else None
            for i, line in enumerate(lines)
        }
        self.features: list[list[str]] = []
        self.marks: list[int] = []
        for i, feats in line_candidates(lines):
            if mark[i] is not None:
                self.features.append(feats)
                self.marks.append(mark[i])
        cleaner = cleaning._Cleaner(raw, 0, learned=False)
        result = cleaner.run()
        tail = result.dropped[-1].start if cleaner.tail is not None else len(raw)
        kept = [
            i
            for i, line in enumerate(cleaner.lines)
            if line.text and cleaner.reason[i] is None and line.start < tail
        ]
        judged = [
            (i, feats)
            for i, feats in line_candidates(cleaner.lines, kept)
            if mark.get(i) is not None
        ]
        self.judged = [feats for _, feats in judged]
        self.judged_marks = [mark[i] for i, _ in judged]
        self.judged_texts = [cleaner.lines[i].text for i, _ in judged]


def fit_all(pages: list[Page]):
    return fit_pages(pages, L2)


def cross_validate(pages: list[Page], show: bool) -> None:
    """Boilerplate dropped and body lost above the prose, one DIR held out at a time."""
    dropped = dict.fromkeys(CUTOFFS, 0)
    lost = dict.fromkeys(CUTOFFS, 0)
    judged = [0, 0]
    shipped = shipped_weights("claimtrack.reading", "line_model.json")
    as_shipped = [0, 0]  # body lines lost, boilerplate dropped
    for group in sorted({p.group for p in pages}):
        w = fit_pages([p for p in pages if p.group != group], L2)
        for page in (p for p in pages if p.group == group):
            scores = probabilities(w, page.judged)
            for feats, m in zip(page.judged, page.judged_marks, strict=True):
                judged[m] += 1
                as_shipped[m] += shipped.probability(feats) > LINE_CUTOFF
            for p, m, text in zip(scores, page.judged_marks, page.judged_texts, strict=True):
                for cutoff in CUTOFFS:
                    if p > cutoff:
                        (dropped if m else lost)[cutoff] += 1
                if show and p > LINE_CUTOFF:
                    print(f"  {'drop' if m else 'LOSE'} {p:.3f} {page.name[:24]}: {text[:70]!r}")
    print(
        f"{len(pages)} pages: the rules keep {judged[1]} boilerplate and {judged[0]} body "
        "lines above the prose"
    )
    print(
        f"the shipped weights at {LINE_CUTOFF}: {as_shipped[1]} boilerplate dropped, "
        f"{as_shipped[0]} body lines lost"
    )
    for cutoff in CUTOFFS:
        mark = " (shipped)" if cutoff == LINE_CUTOFF else ""
        print(
            f"cut-off {cutoff}{mark}: {dropped[cutoff]} boilerplate dropped, "
            f"{lost[cutoff]} body lines lost"
        )


def main(argv: list[str] | None = None) -> int:
    helps = ("(not used by this model)", "with --cv: list the lines the model drops")
    return train(argv, __doc__, helps, Page, cross_validate, fit_all)


if __name__ == "__main__":
    raise SystemExit(main())
