"""Reviewable workbooks and an analyst's edits, shared by the review tests (a helper module).

:func:`export_review` writes the sample casebook's workbook with ``review=True``;
:class:`Reviewer` opens it with openpyxl as an analyst's spreadsheet application would, edits
cells by record id and column header, types new rows, and saves it; :func:`libreoffice_resave`
opens a workbook in LibreOffice and saves it again as xlsx.
"""

from __future__ import annotations

import subprocess
import warnings
from pathlib import Path
from typing import Any

from claimtrack_xlsx import XlsxExportWarning
from openpyxl import load_workbook

import claimtrack
from claimtrack import Casebook

__all__ = ["Reviewer", "export_review", "libreoffice_resave"]


def export_review(book: Casebook, path: Path, **options: Any) -> Path:
    """The casebook's workbook with review data (export warnings about hostile text muted)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XlsxExportWarning)
        return claimtrack.export(book, path, review=True, **options)


class Reviewer:
    """An analyst editing a workbook: cells found by sheet, record id (first column) and header."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.wb = load_workbook(path)

    def header(self, sheet: str) -> list[str]:
        return [c.value for c in self.wb[sheet][1]]

    def column(self, sheet: str, header: str) -> int:
        return self.header(sheet).index(header) + 1

    def row_of(self, sheet: str, ident: str) -> int:
        ws = self.wb[sheet]
        for row in range(2, ws.max_row + 1):
            if ws.cell(row, 1).value == ident:
                return row
        raise KeyError(f"{ident} not on {sheet}")

    def set(self, sheet: str, ident: str, header: str, value: Any) -> str:
        """Type ``value`` in the record's cell; returns the cell's address (``"D2"``)."""
        cell = self.wb[sheet].cell(self.row_of(sheet, ident), self.column(sheet, header))
        cell.value = value
        return str(cell.coordinate)

    def add_row(self, sheet: str, **values: Any) -> int:
        """Type a new row below the last one (keys are headers, ``_`` for a space)."""
        ws = self.wb[sheet]
        row = ws.max_row + 1
        for key, value in values.items():
            ws.cell(row, self.column(sheet, key.replace("_", " "))).value = value
        return row

    def delete_row(self, sheet: str, ident: str) -> None:
        """Delete the record's row, as an analyst would in a spreadsheet."""
        self.wb[sheet].delete_rows(self.row_of(sheet, ident))

    def save(self, path: Path | None = None) -> Path:
        target = path or self.path
        self.wb.save(target)
        return target


def libreoffice_resave(path: Path, workdir: Path) -> Path:
    """Open ``path`` in LibreOffice (headless) and save it as xlsx in a new folder."""
    out = workdir / "libreoffice"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{workdir}/lo-profile",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    converted = out / path.name
    assert converted.exists(), f"LibreOffice wrote nothing for {path}"
    return converted
