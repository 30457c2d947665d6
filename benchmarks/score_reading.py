"""Score claimtrack's reading against a folder of hand-labelled articles (no network, ever).

Each labelled folder holds ``article.txt`` (the page text as collected) and ``labels.json`` (the
format is described in ``benchmarks/devset/FORMAT.md``: title, date, body limits, boilerplate
lines, every direct quotation with its speaker). For every folder found under DEVSET_DIR (at any
depth) the scorer runs the public API only: ``claimtrack.load_article`` on ``article.txt`` and
``claimtrack.extract_quotations`` on the cleaned text. It prints, per article kind and overall:

- quotation precision and recall. A found quotation matches a labelled one when the two texts are
  equal after normalisation (HTML entities decoded, quote marks and dashes unified, whitespace
  collapsed, case folded, punctuation at either end dropped), or when one contains the other and
  the shorter is at least 80% of the longer. Matching is one-to-one, exact matches first. A
  labelled quotation written only in the headline is left out: headlines are not speech.
- speaker right, among matched quotations: the found ``speaker_full`` (else ``speaker``) equals
  the labelled resolved ``speaker`` after normalisation (and a leading "the"/"a"/"an" dropped:
  "press secretary" is "the press secretary"); a label without a speaker wants none.
  "As written" agreement is reported apart: the found ``speaker_as_written`` (the words at the
  quote's own cue: "he", "the minister"; none for a continuation) equals the labelled
  ``speaker_as_written`` or is a whole-word part of it ("Alex Potteiger" in "Alex Potteiger,
  Area Operations Manager").
- title right (normalised equality; a missing title must be found missing), authors right (the
  same set of names after normalisation; none labelled must be none found), date right where a
  date is labelled, body kept (the share of body lines, those between ``body_start`` and
  ``body_end`` that are not boilerplate, present in the cleaned text) and boilerplate dropped
  (the share of boilerplate lines absent from it).
- a reliability table: found quotations by confidence bin (0-0.5, 0.5-0.8, 0.8-1.0), with the
  share right (matched to a labelled quotation and speaker right), and the same share for each
  way the speaker was resolved and kind of quotation ("named/quote", "pronoun/quote", ...): the
  measure that confidence caps are fitted to.
- speaker right is micro-averaged (interviews with many answers weigh most); the mean of each
  article's share is printed beside it.

Usage:  .venv/bin/python benchmarks/score_reading.py DEVSET_DIR [DEVSET_DIR ...] [--json]
        [--details]

Several folders are scored as one set (two held-out halves together, say).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import claimtrack
from claimtrack.errors import ClaimtrackError
from claimtrack.reading.cleaning import clean

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for comparing.py

import comparing
from comparing import SPACE, trim

BINS = ((0.0, 0.5), (0.5, 0.8), (0.8, 1.0))
MIN_OVERLAP = 0.8
_DETERMINER = re.compile(r"^(?:the|a|an) ")

# ------------------------------------------------------------------------- normalisation


def squash(text: str) -> str:
    """Entities decoded, NFC, quote marks and dashes unified, whitespace collapsed, case folded."""
    return comparing.squash(text, "NFC")


def norm_quote(text: str) -> str:
    """A quotation for comparison: :func:`squash`, then punctuation at either end dropped."""
    return trim(squash(text))


def norm_name(name: str | None) -> str:
    """A speaker for comparison (empty for none); a leading "the"/"a"/"an" is dropped."""
    return _DETERMINER.sub("", trim(squash(name))) if name else ""


def same_quote(found: str, labelled: str) -> bool:
    """Equal, or one inside the other with the shorter at least 80% of the longer."""
    if not found or not labelled:
        return False
    if found == labelled:
        return True
    short, long_ = sorted((found, labelled), key=len)
    return short in long_ and len(short) >= MIN_OVERLAP * len(long_)


def as_written_agrees(found: str | None, labelled: str | None) -> bool:
    """The speaker as the article writes it: equal, or a whole-word part of the labelled words."""
    f, lab = norm_name(found), norm_name(labelled)
    if not f or not lab:
        return f == lab
    return f == lab or re.search(rf"(?<!\w){re.escape(f)}(?!\w)", lab) is not None


# ---------------------------------------------------------------------------- matching


def match_quotes(found: Sequence[str], labelled: Sequence[str]) -> dict[int, int]:
    """One-to-one pairs ``{found index: labelled index}``; exact matches are taken first."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for exact in (True, False):
        for i, f in enumerate(found):
            if i in pairs:
                continue
            for j, lab in enumerate(labelled):
                if j not in taken and f and (f == lab if exact else same_quote(f, lab)):
                    pairs[i] = j
                    taken.add(j)
                    break
    return pairs


def confidence_bin(confidence: float) -> int:
    """Index into :data:`BINS`; 1.0 falls in the last bin."""
    for n, (low, high) in enumerate(BINS):
        if low <= confidence < high:
            return n
    return len(BINS) - 1


# ------------------------------------------------------------------------ cleaning checks


def body_lines(raw: str, labels: dict[str, Any], name: str = "article.txt") -> list[str]:
    """The labelled body's lines (between the limits, blank and boilerplate lines left out)."""
    start = raw.find(labels["body_start"])
    end = raw.find(labels["body_end"], max(start, 0))
    if start < 0 or end < 0:
        raise SystemExit(f"{name}: body_start or body_end is not in article.txt (fix labels.json)")
    boiler = {b.strip() for b in labels["boilerplate"]}
    span = raw[start : end + len(labels["body_end"])]
    return [ln.strip() for ln in span.splitlines() if ln.strip() and ln.strip() not in boiler]


def line_present(line: str, text: str, text_lines: set[str]) -> bool:
    """Whether a raw line survives in the cleaned text.

    Lines of four words or more count when they occur anywhere; a shorter line ("Report",
    "Related Articles") only as a whole line, or at the start or end of one, since such words
    also occur inside sentences.
    """
    needle = squash(line)
    if not needle:
        return False
    if len(needle.split()) >= 4:
        return needle in text
    return any(
        t == needle or t.startswith(needle + " ") or t.endswith(" " + needle) for t in text_lines
    )


# ------------------------------------------------------------------------- one article


def score_article(folder: Path) -> dict[str, Any]:
    """The counts for one labelled folder (a load failure scores as nothing found)."""
    labels = json.loads((folder / "labels.json").read_text("utf-8"))
    raw = (folder / "article.txt").read_text("utf-8")
    row: dict[str, Any] = {"folder": folder.name, "kind": labels["kind"], "error": None}
    try:
        article = claimtrack.load_article(folder / "article.txt")
        found = claimtrack.extract_quotations(article)  # as `claimtrack quotes`: title included
        text, title, published = article.text, article.title, article.published
        authors = article.authors
    except ClaimtrackError as error:
        row["error"] = str(error)
        found, text, title, published, authors = (), "", None, None, ()
    row.update(score_quotes(found, {**labels, "quotations": body_quotations(raw, labels)}))
    row["title_right"] = squash(title or "") == squash(labels["title"] or "")
    row["authors_right"] = {norm_name(a) for a in authors} == {
        norm_name(a) for a in labels["authors"]
    }
    if labels["published"]:
        row["date_labelled"], row["date_right"] = 1, str(published or "") == labels["published"]
    else:
        row["date_labelled"], row["date_right"] = 0, False
    cleaned = squash(text)
    cleaned_lines = {squash(ln) for ln in text.splitlines() if ln.strip()}
    body = body_lines(raw, labels, folder.name)
    lost = [ln for ln in body if not line_present(ln, cleaned, cleaned_lines)]
    row["body_lines"], row["body_kept"] = len(body), len(body) - len(lost)
    boiler = [b for b in dict.fromkeys(labels["boilerplate"]) if b.strip()]
    kept = [b for b in boiler if row["error"] or line_present(b, cleaned, cleaned_lines)]
    row["boiler_lines"], row["boiler_dropped"] = len(boiler), len(boiler) - len(kept)
    row["problems"] += cleaning_problems(row, (title, labels["title"]), published, labels)
    row["problems"] += [f"body line lost ({_why_lost(raw, ln)}): {_clip(ln)}" for ln in lost]
    row["problems"] += [f"boilerplate kept: {_clip(b)}" for b in kept]
    return row


def body_quotations(raw: str, labels: dict[str, Any]) -> list[dict[str, Any]]:
    """The labelled quotations but those written only in the headline: a headline is not
    speech (its words, where someone spoke them, are quoted again in the body)."""
    title = labels["title"]
    if not title:
        return list(labels["quotations"])
    at = raw.find(title)
    spans = []
    while at >= 0:
        spans.append((at, at + len(title)))
        at = raw.find(title, at + 1)

    def in_body(text: str) -> bool:
        at = raw.find(text)
        while at >= 0:
            if not any(s <= at < e for s, e in spans):
                return True
            at = raw.find(text, at + 1)
        return False

    return [q for q in labels["quotations"] if in_body(q["text"])]


def _why_lost(raw: str, line: str) -> str:
    """The cleaner's reason for leaving a labelled body line out ("kept" when it is in the
    body but the loader lost it later, e.g. a reader plugin's choice of another text)."""
    at = raw.find(line)
    for item in clean(raw).dropped if at >= 0 else ():
        if item.start <= at < item.end:
            return str(item.reason)
    return "kept" if at >= 0 else "?"


def cleaning_problems(
    row: dict[str, Any], titles: tuple[str | None, str | None], published: Any, labels: Any
) -> list[str]:
    """The title, authors and date problems of one article, for ``--details``."""
    problems = []
    if not row["title_right"]:
        problems.append(f"title {titles[0]!r} (want {titles[1]!r})")
    if not row["authors_right"]:
        problems.append(f"authors wrong (want {labels['authors']!r})")
    if row["date_labelled"] and not row["date_right"]:
        problems.append(f"date {published} (want {labels['published']})")
    return problems


def score_quotes(found: Iterable[Any], labels: dict[str, Any]) -> dict[str, Any]:
    """Precision/recall counts, speakers among matches, not-speech taken and the bins."""
    found = list(found)
    wanted = labels["quotations"]
    pairs = match_quotes(
        [norm_quote(q.text) for q in found], [norm_quote(q["text"]) for q in wanted]
    )
    not_speech = {norm_quote(s) for s in labels["not_speech"]}
    bins = [[0, 0] for _ in BINS]
    by_path: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    speaker_right = written_right = 0
    problems: list[str] = []
    for i, q in enumerate(found):
        right = False
        if i in pairs:
            label = wanted[pairs[i]]
            right = norm_name(q.speaker_full or q.speaker) == norm_name(label["speaker"])
            speaker_right += right
            written_right += as_written_agrees(q.speaker_as_written, label["speaker_as_written"])
            if not right:
                problems.append(
                    f"speaker {q.speaker_full or q.speaker!r} (want {label['speaker']!r}): "
                    f"{_clip(q.text)}"
                )
        else:
            problems.append(f"not labelled ({q.confidence:.2f}): {_clip(q.text)}")
        cell = bins[confidence_bin(q.confidence)]
        cell[0] += 1
        cell[1] += right
        path = by_path[f"{q.resolution}/{q.kind}"]
        path[0] += 1
        path[1] += right
    return {
        "found": len(found),
        "labelled": len(wanted),
        "matched": len(pairs),
        "speaker_right": speaker_right,
        "as_written_right": written_right,
        "not_speech_taken": sum(norm_quote(q.text) in not_speech for q in found),
        "bins": bins,
        "by_path": dict(by_path),
        "problems": problems
        + [f"missed: {_clip(q['text'])}" for j, q in enumerate(wanted) if j not in pairs.values()],
    }


def _clip(text: str, width: int = 70) -> str:
    text = SPACE.sub(" ", text).strip()
    return text if len(text) <= width else text[: width - 1] + "…"


# ---------------------------------------------------------------------------- summary

_SUMMED = (
    "found",
    "labelled",
    "matched",
    "speaker_right",
    "as_written_right",
    "not_speech_taken",
    "body_lines",
    "body_kept",
    "boiler_lines",
    "boiler_dropped",
    "date_labelled",
    "date_right",
    "title_right",
    "authors_right",
)


def summarise(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Micro-averaged measures over ``rows`` (sums of counts, then ratios)."""
    total = {k: sum(int(r[k]) for r in rows) for k in _SUMMED}
    bins = [[sum(r["bins"][n][i] for r in rows) for i in (0, 1)] for n in range(len(BINS))]
    paths: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        for path, (count, right) in r["by_path"].items():
            paths[path][0] += count
            paths[path][1] += right
    with_matches = [r for r in rows if r["matched"]]

    def ratio(num: int, den: int) -> float | None:
        return round(num / den, 3) if den else None

    return {
        "articles": len(rows),
        "load_failures": sum(1 for r in rows if r["error"]),
        "quotes_found": total["found"],
        "quotes_labelled": total["labelled"],
        "precision": ratio(total["matched"], total["found"]),
        "recall": ratio(total["matched"], total["labelled"]),
        "speaker_right": ratio(total["speaker_right"], total["matched"]),
        "speaker_right_per_article": (
            round(
                sum(r["speaker_right"] / r["matched"] for r in with_matches) / len(with_matches), 3
            )
            if with_matches
            else None
        ),
        "as_written_right": ratio(total["as_written_right"], total["matched"]),
        "quote_and_speaker_right": ratio(total["speaker_right"], total["labelled"]),
        "not_speech_taken": total["not_speech_taken"],
        "title_right": ratio(total["title_right"], len(rows)),
        "authors_right": ratio(total["authors_right"], len(rows)),
        "date_right": ratio(total["date_right"], total["date_labelled"]),
        "dates_labelled": total["date_labelled"],
        "body_kept": ratio(total["body_kept"], total["body_lines"]),
        "boilerplate_dropped": ratio(total["boiler_dropped"], total["boiler_lines"]),
        "reliability": [
            {"bin": f"{low}-{high}", "count": c, "right": ratio(r, c)}
            for (low, high), (c, r) in zip(BINS, bins, strict=True)
        ],
        "by_path": {
            path: {"count": c, "right": ratio(r, c)} for path, (c, r) in sorted(paths.items())
        },
    }


def score_devset(*roots: Path) -> dict[str, Any]:
    """Every labelled folder under the ``roots`` (scored as one set): per-article rows, per-kind
    and overall summaries."""
    folders = []
    for root in roots:
        found = {
            p.parent for p in root.rglob("labels.json") if (p.parent / "article.txt").is_file()
        }
        if not found:
            raise SystemExit(f"{root}: no folder with both article.txt and labels.json")
        folders += sorted(found)
    rows = [score_article(f) for f in folders]
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_kind[r["kind"]].append(r)
    return {
        "overall": summarise(rows),
        "by_kind": {k: summarise(v) for k, v in sorted(by_kind.items())},
        "articles": [{k: v for k, v in r.items() if k not in ("bins", "by_path")} for r in rows],
    }


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:5.2f}"


def render(result: dict[str, Any], details: bool = False) -> str:
    """The plain-text report: one line per kind, the overall line, the reliability table.

    With ``details``, then every article's problems: quotations (missed, not labelled, speaker),
    title, date, body lines lost and boilerplate kept.
    """
    cols = ("precision", "recall", "speaker_right", "as_written_right", "title_right")
    cols += ("authors_right", "date_right", "body_kept", "boilerplate_dropped")
    heads = ("P", "R", "spk", "asWr", "title", "auth", "date", "body", "boil")
    lines = [f"{'kind':<14}{'n':>3}{'found':>6}{'lab':>5}  " + " ".join(f"{h:>5}" for h in heads)]
    rows = [*result["by_kind"].items(), ("OVERALL", result["overall"])]
    for name, s in rows:
        cells = " ".join(_fmt(s[c]) for c in cols)
        lines.append(
            f"{name:<14}{s['articles']:>3}{s['quotes_found']:>6}{s['quotes_labelled']:>5}  {cells}"
        )
    overall = result["overall"]
    lines.append(
        f"quote and speaker right (of labelled): {_fmt(overall['quote_and_speaker_right'])}; "
        f"speaker right per article (mean): {_fmt(overall['speaker_right_per_article'])}; "
        f"not-speech taken as speech: {overall['not_speech_taken']}; "
        f"load failures: {overall['load_failures']}"
    )
    lines.append("confidence  count  right")
    for b in overall["reliability"]:
        lines.append(f"{b['bin']:<10}{b['count']:>7}  {_fmt(b['right'])}")
    lines.append("resolution/kind               count  right (found quotations)")
    for path, cell in overall["by_path"].items():
        lines.append(f"{path:<28}{cell['count']:>7}  {_fmt(cell['right'])}")
    failed = [a for a in result["articles"] if a["error"]]
    lines += [f"load failure {a['folder']}: {a['error']}" for a in failed]
    for a in result["articles"] if details else ():
        lines += [f"{a['folder']}: {p}" for p in a["problems"]]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "devset", type=Path, nargs="+", help="folders of labelled article folders (one set)"
    )
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument(
        "--details",
        action="store_true",
        help="list every problem: quotes, title, date, body, boilerplate",
    )
    args = parser.parse_args(argv)
    result = score_devset(*args.devset)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(render(result, details=args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
