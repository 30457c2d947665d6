"""``claimtrack init``: a commented starter casebook file for a folder of articles.

The starter lists every article file a reader knows (with the title and date read off it, as
comments), one example claim and one example evidence whose texts say ``FILL IN``: a file
built before they are replaced fails at those lines. It is written beside nothing: an existing
file is never overwritten.
"""

from __future__ import annotations

import errno
import glob
import os
import tempfile
from collections.abc import Mapping, Sequence
from io import StringIO
from pathlib import Path

from ruamel.yaml import YAML

from claimtrack.casefile.values import PLACEHOLDER
from claimtrack.errors import ArticleLoadError
from claimtrack.host.articles import article_files, read_article_file
from claimtrack.model import Article
from claimtrack.reading.readers import Reader

__all__ = ["read_folder", "starter_text", "write_starter"]


def _scalar(text: str) -> str:
    """``text`` as a YAML scalar: plain when it reads back as the same text, else quoted."""
    if text and text == text.strip() and "\n" not in text:
        try:
            if YAML(typ="safe", pure=True).load(StringIO(f"x: {text}")) == {"x": text}:
                return text
        except Exception:  # why: any parse failure just means "quote it"
            pass
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _comment(text: str, width: int = 90) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= width else one_line[: width - 1] + "…"


_HEAD = """\
# A claimtrack casebook file. Fill it in, then build the outputs:
#
#   claimtrack build {name} -o out/
#
# Every quote is checked against its article's text when the file is built, and every problem is
# listed with its line. Texts that still say FILL IN must be replaced. The format, every key and
# an example: docs/casefile.md (editors: the JSON Schema claimtrack/casefile/casefile.schema.json).

casefile: 1
title: {title}
author: ""
bottom_line: ""   # the memo's bottom line up front, once you have one

# The articles, relative to this file (a glob such as articles/*.txt works too). Optional on an
# entry: id (default: the file stem), title, publisher, url, published (YYYY, YYYY-MM,
# YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD) and reliability (A-F: rates the publisher).
articles:
"""

_TAIL = """
# Publishers' Admiralty reliability: A (completely reliable) to E (unreliable); F: cannot be judged.
sources:
#  - name: The Outlet
#    reliability: B
#    notes: why this grade

# Speakers and claimants, with the roles they held (start/end dates optional).
actors:
#  - name: Jane Doe
#    aliases: [Doe]
#    roles:
#      - title: foreign minister
#        start: 2016-01
#    affiliation: Government of X

claims:
  - id: first-claim
    statement: {statement}
    # likelihood: likely   # almost no chance, very unlikely, unlikely, roughly even chance,
    #                      # likely, very likely, almost certain (ICD 203)
    # confidence: moderate # low, moderate, high

# One entry per quote, typed as you would type it: typography is forgiven, words never are.
evidence:
  - claim: first-claim
    article: {article}
    stance: supports   # supports, refutes or neutral
    quote: {quote}
    # speaker: who said it (the author for the author's own words)
    # said_on: 2016-07-08
    # credibility: 2   # Admiralty 1 (confirmed) to 6 (cannot be judged)
    # notes: why it matters

# Two claim ids, or two evidence ids (evidence named by the id: written on it).
contradictions:
#  - left: first-claim
#    right: another-claim
#    kind: contrary   # contradictory, contrary, temporal change, numeric, other
#    rationale: why they disagree

# true: run the contradiction detectors; their candidates are reviewed under reviews:
detect: false
"""


def starter_text(articles: Sequence[Article], folder: Path, name: str = "case.yaml") -> str:
    """The starter file for ``articles`` (read from files), paths relative to ``folder``."""
    lines = [_HEAD.format(name=name, title=_scalar(f"{PLACEHOLDER} the case's title"))]
    taken: set[str] = set()
    for article in articles:
        rel = os.path.relpath(article.path or article.id, folder)
        lines.append(f"  - path: {_scalar(glob.escape(Path(rel).as_posix()))}\n")
        ident, n = article.id, 1
        while ident in taken:  # the same file name in two subfolders: ids must differ
            n += 1
            ident = f"{article.id}-{n}"
        taken.add(ident)
        if ident != article.id:
            lines.append(f"    id: {_scalar(ident)}\n")
        title = _comment(article.title) if article.title else "no title found"
        date = f"published {article.published}" if article.published else "no date found"
        lines.append(f"    # {ident}: {title} ({date})\n")
        if article.published is None:
            lines.append("    # published: YYYY   # add the date if you know it\n")
    lines.append(
        _TAIL.format(
            statement=_scalar(f"{PLACEHOLDER} the claim, as one sentence"),
            article=_scalar(articles[0].id),
            quote=_scalar(f"{PLACEHOLDER} the exact words from the article"),
        )
    )
    return "".join(lines)


def read_folder(
    folder: Path, readers: Mapping[str, Reader]
) -> tuple[list[Article], list[ArticleLoadError]]:
    """The articles of ``folder`` (its subfolders too), and the files that could not be read."""
    articles, failed = [], []
    for path in article_files(folder, recursive=True, readers=readers):
        try:
            articles.append(read_article_file(path, readers=readers).article)
        except ArticleLoadError as exc:
            failed.append(exc)
    return articles, failed


def write_starter(text: str, target: Path) -> Path:
    """Write ``text`` to the new file ``target``; an existing file is never replaced."""
    if os.path.lexists(target):
        raise FileExistsError(
            errno.EEXIST, "already exists; choose another name with -o", os.fspath(target)
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        # A hard link fails if the name was taken meanwhile: never a replace.
        os.link(tmp, target)
    except FileExistsError:
        raise FileExistsError(
            errno.EEXIST, "already exists; choose another name with -o", os.fspath(target)
        ) from None
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target
