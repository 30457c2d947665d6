"""A one-off export format without packaging: evidence as CSV, registered at run time in one call.

    python examples/custom_exporter.py                       # a small casebook built from seeds/
    python examples/custom_exporter.py out/casebook.json     # any casebook JSON
    python examples/custom_exporter.py -o evidence.csv --option delimiter=';'

The exporter is an ordinary class with the exporter contract (name, extensions, media_type,
description, an attrs Options class, write()); ``claimtrack.register_plugin`` hands it to the
plugin host, after which ``claimtrack.export(book, "x.csv")`` picks it by the suffix, exactly like
an installed plugin. To share the format, package it as in examples/claimtrack-markdown/.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path
from typing import BinaryIO

import attrs

import claimtrack

HEADER = (
    "evidence", "claim", "statement", "stance", "quote", "speaker", "date", "date_source",
    "article", "title", "publisher", "grade", "start", "end",
)  # fmt: skip

# A cell starting with one of these is run as a formula by Excel, LibreOffice and Google Sheets.
# Article text is untrusted, so such cells get a leading apostrophe (OWASP's advice for CSV).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@attrs.frozen
class CsvOptions:
    """Options of the ``csv`` exporter."""

    #: Field separator; ';' suits spreadsheets in locales that use a decimal comma.
    delimiter: str = attrs.field(default=",", validator=attrs.validators.in_([",", ";", "\t"]))
    #: Prefix formula-like cells with an apostrophe so spreadsheets show them as text.
    excel_safe: bool = True


class EvidenceCsvExporter(claimtrack.Exporter):
    """Every piece of evidence as one CSV row, with its claim, speaker, date and grade."""

    name = "csv"
    extensions = (".csv",)
    media_type = "text/csv"
    description = "Evidence as CSV, one row per quote (formula-like cells made safe)."
    Options = CsvOptions
    deterministic = True

    def write(self, casebook: claimtrack.Casebook, stream: BinaryIO, options: CsvOptions) -> None:
        """Write the rows as UTF-8 with a BOM, so Excel detects the encoding."""
        # The host hands over a binary stream and closes it itself: wrap it for text, then
        # detach the wrapper so it does not close the stream when it is garbage-collected.
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
        try:
            writer = csv.writer(text, delimiter=options.delimiter)
            writer.writerow(HEADER)
            for evidence in casebook.evidence.values():
                row = self.row(casebook, evidence)
                writer.writerow([self.cell(v, options) for v in row])
        finally:
            text.flush()
            text.detach()

    @staticmethod
    def row(casebook: claimtrack.Casebook, evidence: claimtrack.Evidence) -> list[object]:
        """The values of one evidence row, in HEADER order."""
        claim = casebook.claims[evidence.claim]
        article = casebook.articles[evidence.article]
        date, date_source = casebook.date_of(evidence)
        return [
            evidence.id, claim.id, claim.statement, evidence.stance.value, evidence.quote,
            evidence.speaker, date, date_source, article.id, article.title, article.publisher,
            casebook.grade(evidence), evidence.start, evidence.end,
        ]  # fmt: skip

    @staticmethod
    def cell(value: object, options: CsvOptions) -> str:
        """One cell as text: None is empty, formula-like text made inert when asked."""
        text = "" if value is None else str(value)
        if options.excel_safe and text.startswith(FORMULA_START):
            return "'" + text
        return text


def sample_casebook(seeds: Path) -> claimtrack.Casebook:
    """A two-quote casebook from the first seed article."""
    corpus = claimtrack.load_corpus(seeds)
    book = claimtrack.Casebook(corpus, title="CSTO: evidence as CSV")
    claim = book.add_claim("Belarus wants a stronger CSTO.", id="stronger-csto")
    article = "000_d0c8f9d331184de7"
    book.add_evidence(
        claim.id,
        article=article,
        quote="the CSTO needs to become “serious”",
        stance="supports",
        speaker="Alexander Lukashenka",
    )
    book.add_evidence(
        claim.id,
        article=article,
        quote="the Belarusian government has done little to strengthen the CSTO",
        stance="refutes",
        speaker="Siarhei Bohdan",
    )
    return book


def main(argv: list[str] | None = None) -> int:
    """Register the exporter, build or load a casebook, export it as CSV."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("casebook", nargs="?", help="casebook JSON (default: built from seeds/)")
    parser.add_argument("-o", "--output", default="out/evidence.csv", help="CSV file to write")
    parser.add_argument("--option", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args(argv)

    claimtrack.register_plugin(EvidenceCsvExporter())  # the one call

    if args.casebook:
        book = claimtrack.load(args.casebook)
    else:
        book = sample_casebook(Path(__file__).resolve().parent.parent / "seeds")
    options = dict(item.split("=", 1) for item in args.option)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    written = claimtrack.export(book, args.output, **options)
    print(f"wrote {len(book.evidence)} evidence rows to {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
