"""CLI commands for the reading aids: ``quotes``, ``suggest`` and ``ingest``.

:func:`register_commands` (the plugin hook) attaches them to the ``claimtrack`` command group.
Articles are read with the corpus loader; a file that cannot be read is reported on stderr by
name and the rest are still processed. A progress bar (on stderr, only on a terminal) shows on
runs of many files.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from claimtrack.cli.lazy import command_host
from claimtrack.cli.terminal import echo, json_text, plural, printable
from claimtrack.errors import ArticleLoadError
from claimtrack.host.hookspecs import hookimpl

if TYPE_CHECKING:
    from claimtrack.reading.corpus import Corpus, LoadedArticle
    from claimtrack.reading.readers import Reader

__all__ = ["ingest_command", "quotes_command", "register_commands", "suggest_command"]

#: From this many files on, loading shows a progress bar.
PROGRESS_FROM = 20


def _readers() -> dict[str, Reader]:
    """The article readers of the command's host (``build_cli(host)``), else the default host's."""
    return command_host().readers()


def _expand(paths: Iterable[str], readers: dict[str, Reader]) -> list[Path]:
    """Files named, plus the article files (by suffix, not hidden) of directories named."""
    from claimtrack.host.articles import article_files  # why here: the reading layer

    out: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            out.extend(article_files(path, readers=readers))
        elif path.exists():
            out.append(path)
        else:
            raise click.BadParameter(f"{name}: no such file or directory", param_hint="path")
    if not out:
        raise click.BadParameter(
            f"no article files ({', '.join(readers)}) in {', '.join(paths)}", param_hint="path"
        )
    return out


def _load(paths: list[Path], readers: dict[str, Reader]) -> Iterator[LoadedArticle]:
    """Read each file; unreadable files are reported on stderr and skipped."""
    from claimtrack.host.articles import read_article_file

    bar = click.progressbar(
        paths,
        label="reading articles",
        file=sys.stderr,
        show_pos=True,
        item_show_func=lambda p: p.name if p is not None else None,
    )
    with bar if len(paths) >= PROGRESS_FROM else _NoBar(paths) as items:
        for path in items:
            try:
                yield read_article_file(path, readers=readers)
            except ArticleLoadError as exc:
                echo(f"warning: skipped {exc}", err=True)


class _NoBar:
    def __init__(self, items: list[Path]) -> None:
        self.items = items

    def __enter__(self) -> list[Path]:
        return self.items

    def __exit__(self, *exc: object) -> None:
        return None


def _corpus(paths: Iterable[str]) -> Corpus:
    from claimtrack.reading.corpus import Corpus

    corpus = Corpus()
    readers = _readers()
    for loaded in _load(_expand(paths, readers), readers):
        try:
            corpus.add(loaded)
        except ArticleLoadError as exc:
            echo(f"warning: skipped {exc}", err=True)
    if not len(corpus):
        raise click.ClickException("no article could be read (see the warnings above)")
    return corpus


def _width() -> int:
    return max(60, min(shutil.get_terminal_size((100, 24)).columns, 160))


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _dump(data: Any) -> None:
    echo(json_text(data), styled=True)


# --------------------------------------------------------------------------- quotes


@click.command("quotes", epilog="\b\nclaimtrack quotes seeds/ --min-confidence 0.5")
@click.argument("paths", nargs=-1, required=True, metavar="FILE_OR_DIR...")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print JSON (text, offsets, speaker, speaker_full, speaker_as_written, resolution, cue, "
    "kind, confidence) instead of a table.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Leave out quotations the rules are less sure of (0 to 1; on news from outlets the "
    "rules were not written on, about two in three at 0.8 or more had the right speaker: check "
    "speakers before filing evidence).",
)
@click.option(
    "--rules-only",
    is_flag=True,
    help="Leave out the speaker model's second opinion: only the speakers the rules read.",
)
def quotes_command(
    paths: tuple[str, ...], as_json: bool, min_confidence: float, rules_only: bool
) -> None:
    """List the direct quotations in articles, with speaker, how it was found, and confidence.

    FILE_OR_DIR... are article files or directories of them. The speaker is the fullest name the
    article gives; HOW says how the words at the cue led to it: named, surname (expanded from
    another mention), role ("the head of state"), organisation ("the ministry"), pronoun,
    continuation (a paragraph that only quotes), interview-label ("NAME: …"), description (a role
    nobody was named for: no speaker, its words at the cue in brackets), interviewee (an
    interview's guest), model (the speaker model's choice, below 0.8). These are candidates for
    an analyst to check: scare quotes, titles and headlines are skipped.
    """
    from claimtrack.aids.quotations import extract_quotations

    corpus = _corpus(paths)
    rows: list[dict[str, Any]] = []
    for article_id, article in corpus.items():
        for q in extract_quotations(article, learned=not rules_only):
            if q.confidence < min_confidence:
                continue
            rows.append(
                {
                    "article": article_id,
                    "start": q.start,
                    "end": q.end,
                    "text": q.text,
                    "speaker": q.speaker,
                    "speaker_full": q.speaker_full,
                    "speaker_as_written": q.speaker_as_written,
                    "resolution": q.resolution,
                    "cue": q.cue,
                    "confidence": q.confidence,
                    "kind": q.kind,
                }
            )
    if as_json:
        _dump(rows)
        return
    if not rows:
        echo(f"no quotations found in {plural(len(corpus), 'article')}")
        return
    width = _width()
    id_width = min(max(len(r["article"]) for r in rows), 24)
    quote_width = max(20, width - id_width - 24 - 15 - 5 - 5)
    echo(f"{'ARTICLE':{id_width}} {'SPEAKER':24} {'HOW':15} {'CONF':>5}  QUOTE")
    for row in rows:
        # A role nobody named has no speaker: its words at the cue, in brackets.
        written = row["speaker_as_written"]
        speaker = row["speaker_full"] or row["speaker"] or (f"({written})" if written else "?")
        echo(
            f"{_clip(row['article'], id_width):{id_width}} {_clip(speaker, 24):24} "
            f"{_clip(row['resolution'], 15):15} {row['confidence']:5.2f}  "
            f"{_clip(row['text'], quote_width)}"
        )
    echo(f"\n{plural(len(rows), 'quotation')} in {plural(len(corpus), 'article')}")


# -------------------------------------------------------------------------- suggest


@click.command(
    "suggest",
    epilog='\b\nclaimtrack suggest "Belarus is one whole with Russia" --corpus seeds -k 5',
)
@click.argument("claim")
@click.option(
    "--corpus",
    "corpus_dir",
    required=True,
    type=click.Path(exists=True),
    help="Directory (or file) of articles to search.",
)
@click.option(
    "-k",
    "k",
    default=10,
    show_default=True,
    type=click.IntRange(1, 1000),
    help="How many suggestions.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a list.")
def suggest_command(claim: str, corpus_dir: str, k: int, as_json: bool) -> None:
    """Rank the corpus sentences that may bear on CLAIM (BM25), best first.

    CLAIM is the claim's text. Each suggestion shows the article, offsets, score and, when the
    sentence is inside an attributed quotation, its speaker.
    """
    from claimtrack.aids.suggest import suggest

    corpus = _corpus([corpus_dir])
    found = suggest(corpus, claim, k)
    if as_json:
        _dump(
            [
                {
                    "article": s.article,
                    "start": s.start,
                    "end": s.end,
                    "sentence": s.sentence,
                    "score": s.score,
                    "speaker": s.speaker,
                }
                for s in found
            ]
        )
        return
    if not found:
        echo("no sentence shares a word with the claim")
        return
    width = _width()
    for rank, s in enumerate(found, 1):
        who = f" — {s.speaker}" if s.speaker else ""
        echo(f"{rank:2}. {s.score:6.2f}  {s.article} [{s.start}:{s.end}]{who}")
        echo(f"    {_clip(s.sentence, width - 4)}")


# --------------------------------------------------------------------------- ingest


@click.command(
    "ingest",
    epilog="\b\nclaimtrack ingest seeds/\nclaimtrack ingest seeds/003_40f254e5605143fe.txt --json",
)
@click.argument("paths", nargs=-1, required=True, metavar="DIR_OR_FILE...")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a report.")
def ingest_command(paths: tuple[str, ...], as_json: bool) -> None:
    """Read articles and report what cleaning kept and dropped, and why.

    DIR_OR_FILE... are article files (.txt, .md, .html, .docx) or directories, read whole. For
    each article: the title, authors, date and address read off it (or stated in its front
    matter or JSON sidecar), the body size, and every boilerplate item cleaning dropped with the
    reason (end marker, byline, date, UI word, related link, URL, SEO spam, image caption, pull
    quote, teaser, repeated line, header, and furniture: the learned line model's call). A file
    that cannot be read is reported with the reason and the others are still read. A progress
    bar goes to stderr on long runs.
    """
    report: list[dict[str, Any]] = []
    readers = _readers()
    files = _expand(paths, readers)
    for loaded in _load(files, readers):
        article, cleaning = loaded.article, loaded.cleaning
        report.append(
            {
                "id": article.id,
                "path": article.path,
                "encoding": loaded.encoding,
                "title": article.title,
                "authors": list(article.authors),
                "published": str(article.published) if article.published else None,
                "url": article.url,
                "publisher": article.publisher,
                "language": article.language,
                "body_chars": len(article.text),
                "raw_chars": len(article.raw),
                "paragraphs": len(cleaning.paragraphs),
                "headings": len(cleaning.headings),
                "dropped": [
                    {
                        "reason": d.reason.value,
                        "start": d.start,
                        "end": d.end,
                        "text": d.excerpt(article.raw),
                    }
                    for d in cleaning.dropped
                ],
            }
        )
    unread = len(files) - len(report)
    if as_json:
        _dump(report)
    else:
        _print_ingest_report(report)
    if unread:
        # The report above still stands; the exit status tells a script that files were skipped.
        raise click.ClickException(f"{unread} of {plural(len(files), 'file')} could not be read")


def _print_ingest_report(report: list[dict[str, Any]]) -> None:
    width = _width()
    for item in report:
        echo(click.style(printable(item["id"]), bold=True), styled=True)
        echo(f"  title:     {item['title'] or '(none found)'}")
        echo(f"  authors:   {', '.join(item['authors']) or '(none found)'}")
        echo(f"  published: {item['published'] or '(not stated)'}")
        echo(
            f"  body:      {item['body_chars']:,} of {item['raw_chars']:,} characters, "
            f"{item['paragraphs']} paragraphs ({item['headings']} subheadings)"
        )
        if item["dropped"]:
            echo(f"  dropped:   {plural(len(item['dropped']), 'item')}")
            for d in item["dropped"]:
                echo(f"    - {d['reason']:15} {_clip(d['text'], width - 22)!r}")
        else:
            echo("  dropped:   nothing")
    echo(f"\n{plural(len(report), 'article')} read")


@hookimpl
def register_commands(cli: click.Group) -> None:
    """Add the reading-aid commands to the ``claimtrack`` command group (a built-in plugin)."""
    for command in (quotes_command, suggest_command, ingest_command):
        cli.add_command(command)


if __name__ == "__main__":  # pragma: no cover - manual use: python -m claimtrack.cli.reading
    group = click.Group("claimtrack-reading", help="Reading aids.")
    register_commands(group)
    group.main(prog_name=os.path.basename(sys.argv[0]))
