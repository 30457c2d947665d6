"""Score claimtrack's HTML reading against pages labelled by others (no network, ever).

Each labelled folder holds ``source.html`` (the page as served), ``expected.html`` (the main
content a careful extractor keeps) and ``expected-metadata.json`` (``title``, ``byline``,
``publishedTime``, ``siteName`` …), in the layout of Mozilla Readability's test pages. Every such
folder under DEVSET_DIR (at any depth) is scored; the first folder level under DEVSET_DIR names
its split (``tune``, ``heldout``). Each page is read by each reader:

- ``claimtrack``: the public loader, ``claimtrack.load_article(source.html)``;
- ``trafilatura``: the library claimtrack wraps, bare, with its defaults
  (``trafilatura.bare_extraction(html, with_metadata=True)``);
- ``trafilatura-recall``: the same with the options claimtrack passes (recall favoured, tables
  kept, no de-duplication), so what differs from ``claimtrack`` is claimtrack's own cleaning.

What is counted, the same way for every page and reader:

- **title right**: the two titles are equal after :func:`squash` (entities decoded, NFKC, quote
  marks and dashes unified, whitespace collapsed, case folded, punctuation at either end
  dropped), or equal once one site-name segment is cut from either end of either of them
  (:func:`title_variants`: the part after the last, or before the first, `` | ``, `` - ``,
  `` – ``, `` — ``, `` · ``, `` :: `` or `` : ``, when that part is the label's ``siteName`` or
  at most four words). A missing title is wrong.
- **authors right**, where the ``byline`` label is not empty: at least one author was found and
  every found name occurs, as whole words, in the squashed byline ("Dan Goodin" in "by Dan
  Goodin - Apr 16, 2015"). A page with no byline label is not counted. **aprec** is the same
  count over the labelled pages where the reader named someone (a refusal is not an error).
- **date right**, where ``publishedTime`` is labelled: the found date's ISO text is a prefix of
  the label's calendar date (``2015-04-16`` for ``2015-04-16T20:02:01+00:00``), at the precision
  the reader gives, so a month-only ``2015-04`` counts as right; no date is wrong.
- **body recall**: the share of the expected paragraphs found in the reader's text. Expected
  paragraphs are the innermost ``p``, ``li``, ``h2``-``h4`` and ``blockquote`` elements of
  ``expected.html`` of at least six words; one is found when its squashed text occurs in the
  squashed text (whitespace, line breaks included, collapsed).
- **extra paragraphs**: the share of the reader's own lines of at least four words that do not
  occur in the squashed text of ``expected.html`` (boilerplate kept; lower is better).
- **load failures**: any exception, with its message (the page then counts as nothing found).

A **metadata-only page** is a folder whose ``expected.html`` holds no text: its
``source.html`` keeps only the page's ``<head>`` metadata (``<title>``, ``<meta>``, JSON-LD),
so there is no article body to load. On such a page each reader gives its metadata alone:
``claimtrack`` through :func:`claimtrack.reading.html_meta.page_metadata` (the metadata layer
its HTML reader uses), ``trafilatura`` and ``trafilatura-recall`` through
``trafilatura.extract_metadata`` with its defaults; the body measures are not counted.

Usage:  .venv/bin/python benchmarks/score_html.py DEVSET_DIR [--split NAME]... [--json] [--details]
(``--split`` scores only those first-level folders: keep a held-out split out of tuning runs.)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for html_readers.py, comparing.py

import comparing
from comparing import SPACE, trim
from html_readers import (
    METADATA_READERS,
    READER_FUNCTIONS,
    READERS,
    Reading,
)

MIN_BODY_WORDS = 6
MIN_EXTRA_WORDS = 4
BLOCKS = ("p", "li", "h2", "h3", "h4", "blockquote")
_SEPARATORS = re.compile(r"\s(?:\||-|–|—|·|::|:)\s")


# ------------------------------------------------------------------------- normalisation


def squash(text: str) -> str:
    """Entities decoded, NFKC, quote marks and dashes unified, whitespace collapsed, casefolded."""
    return comparing.squash(text, "NFKC")


def norm_title(text: str) -> str:
    """A title for comparison: :func:`squash`, then punctuation at either end dropped."""
    return trim(squash(text))


def title_variants(title: str, site: str | None) -> set[str]:
    """The normalised title, and the title with one site-name segment cut from either end."""
    whole = squash(title)
    out = {norm_title(whole)}
    cuts = list(_SEPARATORS.finditer(whole))
    if not cuts:
        return out - {""}
    site_name = norm_title(site or "")
    for head, tail in (
        (whole[: cuts[-1].start()], whole[cuts[-1].end() :]),  # "Title | Site"
        (whole[cuts[0].end() :], whole[: cuts[0].start()]),  # "Site | Title"
    ):
        cut = norm_title(tail)
        if cut == site_name or len(cut.split()) <= 4:
            out.add(norm_title(head))
    return out - {""}


def title_right(found: str | None, label: str | None, site: str | None = None) -> bool:
    """Equal titles, allowing one site-name segment at either end of either (see the docstring)."""
    if not found or not label:
        return False
    return bool(title_variants(found, site) & title_variants(label, site))


def authors_right(found: Sequence[str], byline: str) -> bool:
    """At least one name found, and every found name is whole words of the byline."""
    names = [n for n in (trim(squash(a)) for a in found) if n]
    if not names:
        return False
    line = squash(byline)
    return all(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", line) for n in names)


def date_right(found: str | None, published_time: str) -> bool:
    """The found ISO date is a prefix of the label's calendar date (at the found precision)."""
    day = published_time.strip()[:10]
    return bool(found) and len(found or "") >= 4 and day.startswith(found or "-")


# ------------------------------------------------------------------------------ the body


def expected_paragraphs(expected_html: str) -> list[str]:
    """The innermost block texts of the expected content, squashed, of six words or more."""
    import lxml.html

    root = lxml.html.fromstring(expected_html or "<div></div>")
    out: list[str] = []
    for element in root.iter(*BLOCKS):
        if any(True for _ in element.iterdescendants(*BLOCKS)):
            continue  # its inner blocks are counted instead
        text = squash(element.text_content())
        if len(text.split()) >= MIN_BODY_WORDS:
            out.append(text)
    return out


def expected_text(expected_html: str) -> str:
    """All the text of the expected content, squashed (for the extra-paragraph check)."""
    import lxml.html

    root = lxml.html.fromstring(expected_html or "<div></div>")
    return squash("".join(root.itertext()))


def body_counts(text: str, paragraphs: Sequence[str], expected: str) -> dict[str, Any]:
    """Expected paragraphs found, and the reader's lines that are not in the expected text."""
    flat = squash(text)
    missed = [p for p in paragraphs if p not in flat]
    lines = [squash(ln) for ln in text.splitlines()]
    lines = [ln for ln in lines if len(ln.split()) >= MIN_EXTRA_WORDS]
    extra = [ln for ln in lines if ln not in expected]
    return {
        "paragraphs": len(paragraphs),
        "found": len(paragraphs) - len(missed),
        "lines": len(lines),
        "extra": len(extra),
        "missed_examples": [_clip(p) for p in missed[:5]],
        "extra_examples": [_clip(e) for e in extra[:5]],
    }


# ------------------------------------------------------------------------------ one page


def load_labels(folder: Path) -> tuple[dict[str, Any], list[str], str]:
    """The metadata labels, the expected paragraphs and the expected text of one folder."""
    meta = json.loads((folder / "expected-metadata.json").read_text("utf-8"))
    expected_html = (folder / "expected.html").read_text("utf-8")
    return meta, expected_paragraphs(expected_html), expected_text(expected_html)


def score_reading(
    reading: Reading, meta: dict[str, Any], paragraphs: list[str], expected: str
) -> dict[str, Any]:
    """The counts for one reader's reading of one page against its labels."""
    byline = (meta.get("byline") or "").strip()
    published = (meta.get("publishedTime") or "").strip()
    row: dict[str, Any] = {
        "error": reading.error,
        "title": reading.title,
        "title_right": title_right(reading.title, meta.get("title"), meta.get("siteName")),
        "authors": list(reading.authors),
        "authors_labelled": int(bool(byline)),
        "authors_right": bool(byline) and authors_right(reading.authors, byline),
        "authors_found": int(bool(byline) and bool(reading.authors)),
        "published": reading.published,
        "date_labelled": int(bool(published)),
        "date_right": bool(published) and date_right(reading.published, published),
    }
    row.update(body_counts(reading.text, paragraphs, expected))
    return row


def score_page(folder: Path, split: str, readers: Sequence[str] = READERS) -> list[dict[str, Any]]:
    """One row per reader for the labelled folder."""
    meta, paragraphs, expected = load_labels(folder)
    functions = METADATA_READERS if not expected else READER_FUNCTIONS
    rows = []
    for name in readers:
        try:
            reading = functions[name](folder / "source.html")
        except Exception as error:  # any failure is a result here, with its message
            reading = Reading(None, (), None, "", f"{type(error).__name__}: {error}")
        row = {"page": folder.name, "split": split, "reader": name}
        row.update(score_reading(reading, meta, paragraphs, expected))
        row["label_title"], row["label_byline"] = meta.get("title"), meta.get("byline")
        row["label_published"] = meta.get("publishedTime")
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------- summaries

_COUNTS = ("title_right", "authors_labelled", "authors_right", "authors_found")
_COUNTS += ("date_labelled", "date_right")
_SUMMED = (*_COUNTS, "paragraphs", "found", "lines", "extra")


def summarise(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Micro-averaged measures over ``rows`` (sums of counts, then ratios), and the page mean."""
    total = {k: sum(int(r[k]) for r in rows) for k in _SUMMED}

    def ratio(num: float, den: float) -> float | None:
        return round(num / den, 3) if den else None

    recalls = [r["found"] / r["paragraphs"] for r in rows if r["paragraphs"]]
    return {
        "pages": len(rows),
        "load_failures": sum(1 for r in rows if r["error"]),
        "title_right": ratio(total["title_right"], len(rows)),
        "authors_right": ratio(total["authors_right"], total["authors_labelled"]),
        "authors_precision": ratio(total["authors_right"], total["authors_found"]),
        "authors_labelled": total["authors_labelled"],
        "date_right": ratio(total["date_right"], total["date_labelled"]),
        "dates_labelled": total["date_labelled"],
        "body_recall": ratio(total["found"], total["paragraphs"]),
        "body_recall_page_mean": ratio(sum(recalls), len(recalls)),
        "pages_body_complete": sum(1 for r in rows if r["found"] == r["paragraphs"]),
        "extra_rate": ratio(total["extra"], total["lines"]),
    }


def page_folders(root: Path) -> list[tuple[Path, str]]:
    """Every labelled folder under ``root`` with its split (the first folder level below it)."""
    wanted = ("source.html", "expected.html", "expected-metadata.json")
    folders = sorted(
        {
            p.parent
            for p in root.rglob("source.html")
            if all((p.parent / w).is_file() for w in wanted)
        }
    )
    if not folders:
        raise SystemExit(
            f"{root}: no folder with source.html, expected.html and expected-metadata.json"
        )
    out = []
    for folder in folders:
        parts = folder.relative_to(root).parts
        out.append((folder, parts[0] if len(parts) > 1 else "all"))
    return out


def score_devset(
    root: Path, readers: Sequence[str] = READERS, splits: Sequence[str] = ()
) -> dict[str, Any]:
    """Every labelled folder under ``root`` (of ``splits`` only, if given): rows and summaries."""
    folders = [(f, s) for f, s in page_folders(root) if not splits or s in splits]
    if not folders:
        raise SystemExit(f"{root}: no labelled folder in the splits {', '.join(splits)}")
    rows = [row for folder, split in folders for row in score_page(folder, split, readers)]
    splits = sorted({r["split"] for r in rows})
    summary = {
        split: {
            reader: summarise([r for r in rows if r["split"] == split and r["reader"] == reader])
            for reader in readers
        }
        for split in splits
    }
    return {"summary": summary, "pages": rows}


# ------------------------------------------------------------------------------ printing


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:5.2f}"


def render(result: dict[str, Any], details: bool = False) -> str:
    """The summary per split and reader; with ``details``, a line per page and what went wrong.

    ``byl``/``dat`` are how many pages of the split have a byline/date label; ``body`` is the
    share of expected paragraphs found, ``extra`` the share of the reader's lines not expected.
    """
    heads = ("title", "auth", "aprec", "date", "body", "pgmean", "extra")
    cols = ("title_right", "authors_right", "authors_precision", "date_right", "body_recall")
    cols += ("body_recall_page_mean", "extra_rate")
    head = " ".join(f"{h:>6}" for h in heads)
    lines = [f"{'split':<9}{'reader':<20}{'n':>3}{'byl':>4}{'dat':>4}  {head}  fail"]
    for split, by_reader in result["summary"].items():
        for reader, s in by_reader.items():
            cells = " ".join(f"{_fmt(s[c]):>6}" for c in cols)
            counts = f"{s['pages']:>3}{s['authors_labelled']:>4}{s['dates_labelled']:>4}"
            lines.append(f"{split:<9}{reader:<20}{counts}  {cells}  {s['load_failures']:>4}")
    if details:
        lines += ["", "page / reader: title author date (y right, N wrong, . unlabelled)"]
        lines += [_detail(r) for r in result["pages"]]
    return "\n".join(lines)


def _detail(r: dict[str, Any]) -> str:
    def mark(key: str, labelled: str | None = None) -> str:
        return "." if labelled and not r[labelled] else "y" if r[key] else "N"

    marks = f"{mark('title_right')} {mark('authors_right', 'authors_labelled')} "
    marks += mark("date_right", "date_labelled")
    body, extra = f"{r['found']}/{r['paragraphs']}", f"{r['extra']}/{r['lines']}"
    out = [
        f"{r['split']}/{r['page']:<22} {r['reader']:<19} {marks}  body {body:>7}  extra {extra:>7}"
    ]
    if r["error"]:
        out.append(f"    LOAD FAILURE: {r['error']}")
    if not r["title_right"]:
        out.append(f"    title {r['title']!r} (label {r['label_title']!r})")
    if r["authors_labelled"] and not r["authors_right"]:
        out.append(f"    authors {r['authors']!r} (byline {r['label_byline']!r})")
    if r["date_labelled"] and not r["date_right"]:
        out.append(f"    date {r['published']!r} (label {r['label_published']!r})")
    out += [f"    missed: {m}" for m in r["missed_examples"]]
    out += [f"    extra:  {e}" for e in r["extra_examples"]]
    return "\n".join(out)


def _clip(text: str, width: int = 90) -> str:
    text = SPACE.sub(" ", text).strip()
    return text if len(text) <= width else text[: width - 1] + "…"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", type=Path, help="folder of labelled page folders")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument("--details", action="store_true", help="a line per page and reader")
    parser.add_argument(
        "--reader", action="append", choices=READERS, help="score only these readers (repeatable)"
    )
    parser.add_argument(
        "--split", action="append", default=[], help="score only this split (repeatable)"
    )
    args = parser.parse_args(argv)
    result = score_devset(args.devset, tuple(args.reader or READERS), tuple(args.split))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(render(result, details=args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
