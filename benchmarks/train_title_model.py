"""Fit the title model (``claimtrack/reading/title_model.py``) on labelled article folders.

    python benchmarks/train_title_model.py DIR [DIR ...] [--rules-from CLEANED] [--cv] [--out FILE]

Each DIR holds labelled folders in the development set's format (``labels.json``'s ``title``
is the headline line as the page prints it, or null when the copy has none). The pages stay
outside the repository; only the fitted weights are written, to
``claimtrack/reading/title_model.json``.

Every header line is an example: 1 for the headline's line, 0 for the others. One feature is
the rules' own choice; their title is the current code's, or, with ``--rules-from``, the title
an earlier version wrote (``<folder name>.title``), from before anyone studied the folder: the
rules as they meet a new outlet, which is what the model must learn to second-guess.

``--cv`` holds each DIR out in turn and counts titles right, the rules' against the model's, at
several cut-offs, and the shipped weights' count at the shipped setting (a refit is kept only
when it beats what ships on pages neither was fitted on). Needs numpy (a development
dependency, never needed at run time).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from claimtrack.reading import cleaning
from claimtrack.reading.hashed_weights import shipped_weights
from claimtrack.reading.lines import split_date_prefixes, split_lines
from claimtrack.reading.not_headlines import with_introduction
from claimtrack.reading.site_names import headline_text, without_site_name
from claimtrack.reading.title_model import (
    TITLE_CUTOFF,
    TITLE_FLOOR,
    TITLE_MARGIN,
    overrule,
    title_candidates,
)

sys.path.insert(0, str(Path(__file__).parent))
from hashed_logistic import SIZE, fit_pages, probabilities, train
from score_reading import squash

__all__ = ["SIZE", "Page", "main"]


# ------------------------------------------------------------------------------------ pages

L2 = 1.0  # chosen by --cv on the development folders (0.3, 1, 3 tried)
SHIPPED = (TITLE_CUTOFF, TITLE_MARGIN, TITLE_FLOOR)
SETTINGS = tuple(
    sorted(
        {SHIPPED}
        | {
            (cutoff, margin, floor)
            for cutoff in (0.5, 0.6, 0.7)
            for margin in (0.2, 0.4, 0.5)
            for floor in (0.0, 0.03, 0.05, 0.1)
        }
    )
)


class Page:
    """One labelled page: its header lines' features, which is the title, the rules' title."""

    def __init__(self, group: str, folder: Path, rules_from: Path | None) -> None:
        raw = (folder / "article.txt").read_text("utf-8")
        labels = json.loads((folder / "labels.json").read_text("utf-8"))
        self.group, self.name = group, folder.name
        self.title = (labels["title"] or "").strip()
        if rules_from is not None:
            self.rules = (rules_from / f"{folder.name}.title").read_text("utf-8")
        else:
            self.rules = cleaning._Cleaner(raw, 0, learned=False).run().title or ""
        lines = split_date_prefixes(split_lines(raw))
        shown = {
            i: without_site_name(headline_text(lines[i].text), raw)
            for i, line in enumerate(lines)
            if line.text
        }
        rules_line = next(
            (i for i, t in shown.items() if self.rules and squash(t) == squash(self.rules)), None
        )
        # The header ends where the cleaner's body starts (its own rule, as at run time).
        cleaner = cleaning._Cleaner(raw, 0, learned=False)
        body_start = with_introduction(cleaner.lines, cleaner._body_start())
        candidates = title_candidates(lines, body_start, rules_line)
        index = [i for i, _ in candidates]
        self.rules_index = index.index(rules_line) if rules_line in index else None
        self.shown = [shown[i] for i, _ in candidates]
        self.features = [feats for _, feats in candidates]
        self.marks = [
            int(
                bool(self.title)
                and (lines[i].text == self.title or lines[i].text.startswith(self.title))
            )
            for i, _ in candidates
        ]

    def choose(self, scores: list[float], setting: tuple[float, float, float]) -> str:
        cutoff, margin, floor = setting
        chosen = overrule(scores, self.rules_index, cutoff=cutoff, margin=margin, floor=floor)
        return "" if chosen is None else self.shown[chosen]


def fit_all(pages: list[Page]):
    return fit_pages(pages, L2)


def cross_validate(pages: list[Page], show: bool) -> None:
    """Titles right, the rules' and the model's under each setting, one DIR held out at a time."""
    right = dict.fromkeys(SETTINGS, 0)
    rules_right = shipped_right = 0
    shipped = shipped_weights("claimtrack.reading", "title_model.json")
    for group in sorted({p.group for p in pages}):
        w = fit_pages([p for p in pages if p.group != group], L2)
        for page in (p for p in pages if p.group == group):
            scores = probabilities(w, page.features)
            rules_ok = squash(page.rules) == squash(page.title)
            rules_right += rules_ok
            as_shipped = page.choose([shipped.probability(f) for f in page.features], SHIPPED)
            shipped_right += squash(as_shipped) == squash(page.title)
            for setting in SETTINGS:
                got = page.choose(scores, setting)
                ok = squash(got) == squash(page.title)
                right[setting] += ok
                if show and setting == SHIPPED and ok != rules_ok:
                    verdict = "fixed" if ok else "BROKE"
                    move = "add" if not page.rules else "remove" if not got else "switch"
                    want = page.title[:40]
                    print(f"  {verdict} by {move} {page.name}: {got[:40]!r} (want {want!r})")
    print(f"{len(pages)} pages: the rules' title right on {rules_right}")
    print(f"the shipped weights' title right on {shipped_right}")
    for setting in SETTINGS:
        mark = " (shipped)" if setting == SHIPPED else ""
        print(
            f"cut-off, margin, floor {setting}{mark}: the model's title right on {right[setting]}"
        )


def main(argv: list[str] | None = None) -> int:
    helps = (
        "titles (<folder>.title) of an earlier version",
        "with --cv: list the titles the model changed",
    )
    return train(argv, __doc__, helps, Page, cross_validate, fit_all)


if __name__ == "__main__":
    raise SystemExit(main())
