"""The review layer without a spreadsheet: the review reader hook, fingerprints, the values a
cell may hold, the change report; and the xlsx cells' text surviving openpyxl (properties)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from claimtrack_xlsx.review_cells import cell_text, digest, written_text
from claimtrack_xlsx.safety import Sanitizer
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from xlsx_cases import sample_book

import claimtrack
from claimtrack.errors import FormatError, ReviewError
from claimtrack.host import PluginHost, PluginWarning
from claimtrack.model import Confidence, ContradictionStatus, Credibility, Likelihood, Stance
from claimtrack.review import (
    CellRef,
    FieldEdit,
    NewEvidence,
    RecordKind,
    RowReview,
    WorkbookOrigin,
    WorkbookReview,
    apply_review,
    casebook_checksum,
    fingerprint,
    merge_workbook,
    parse_value,
)


def review_of(book: claimtrack.Casebook, **parts: Any) -> WorkbookReview:
    """What a review reader would return for a review of ``book`` as it stands."""
    shown = tuple((RecordKind.EVIDENCE, e.id, fingerprint(e)) for e in book.evidence.values())
    origin = WorkbookOrigin(casebook_checksum(book), book.title, records=shown)
    return WorkbookReview("case.review", origin, **parts)


class StanceReader(claimtrack.host.contracts.ReviewReader):
    """A third party's review format: one line, ``evidence-id=stance``."""

    name = "stances"
    suffixes = (".stances",)
    description = "stance changes, one per line"

    def __init__(self, book: claimtrack.Casebook) -> None:
        self.book = book

    def read(self, path: Path) -> WorkbookReview:
        rows = []
        for number, line in enumerate(path.read_text().splitlines(), 1):
            ident, _, stance = line.partition("=")
            cell = CellRef(path.name, number, "stance")
            ev = self.book.evidence[ident]
            rows.append(
                RowReview(
                    RecordKind.EVIDENCE,
                    ident,
                    fingerprint(ev),
                    (FieldEdit("stance", stance, cell),),
                    cell,
                )
            )
        return review_of(self.book, rows=tuple(rows))


def plugin_of(*readers: object) -> object:
    class Plugin:
        @claimtrack.hookimpl
        def register_review_readers(self) -> list[object]:
            return list(readers)

    return Plugin()


def empty_host() -> PluginHost:
    return PluginHost(entry_points=[], strict=False, builtin_plugins=False)


def test_hook_register_review_readers(tmp_path: Path) -> None:
    book = sample_book()
    host = empty_host()
    host.register(plugin_of(StanceReader(book)), name="stances")
    assert list(host.review_readers()) == [".stances"]
    (info,) = host.plugins()
    assert info.review_readers == ("stances",) and info.to_dict()["review_readers"] == ["stances"]
    path = tmp_path / "my.stances"
    path.write_text("one-whole-e1=refutes\n")
    merged, report = merge_workbook(book, path, host=host)
    assert merged.evidence["one-whole-e1"].stance is Stance.REFUTES
    assert [(x.cell, x.old, x.new) for x in report.changes] == [
        ("my.stances row 1 (stance)", "supports", "refutes")
    ]
    with pytest.warns(PluginWarning, match=r"suffix '\.stances' of review reader 'stances'"):
        host.register(plugin_of(StanceReader(book)), name="second")
    with pytest.raises(FormatError, match=r"no review reader for '\.csv'.*\.stances"):
        merge_workbook(book, tmp_path / "x.csv", host=host)


def test_the_xlsx_plugin_registers_its_review_reader() -> None:
    host = PluginHost(entry_points=[])
    assert host.review_readers()[".xlsx"].name == "xlsx"
    assert "register_review_readers" in next(i for i in host.plugins() if i.name == "xlsx").hooks


def test_broken_review_readers_are_reported_by_name(tmp_path: Path) -> None:
    host = empty_host()
    with pytest.warns(PluginWarning, match=r"plugin 'cls' \(register_review_readers\).*instance"):
        host.register(plugin_of(StanceReader), name="cls")
    assert host.review_readers() == {}

    class Crashing(StanceReader):
        def read(self, path: Path) -> WorkbookReview:
            raise KeyError("oops")

    class Wrong(StanceReader):
        suffixes = (".wrong",)

        def read(self, path: Path) -> Any:
            return {"not": "a review"}

    host.register(plugin_of(Crashing(sample_book())), name="crashing")
    host.register(plugin_of(Wrong(sample_book())), name="wrong")
    with pytest.raises(
        ReviewError, match=r"reader 'stances' of plugin 'crashing' failed: KeyError"
    ):
        merge_workbook(sample_book(), tmp_path / "a.stances", host=host)
    with pytest.raises(ReviewError, match=r"plugin 'wrong' returned dict, not a .*WorkbookReview"):
        merge_workbook(sample_book(), tmp_path / "a.wrong", host=host)


# ------------------------------------------------------------------- applying


def test_bad_values_from_a_sloppy_reader_are_refused_not_stored() -> None:
    book = sample_book()
    ev = book.evidence["one-whole-e1"]
    cell = CellRef("Sheet", 2, "stance")
    rows = (
        RowReview(
            RecordKind.EVIDENCE,
            ev.id,
            fingerprint(ev),
            (FieldEdit("stance", "sideways", cell),),
            cell,
        ),
    )
    merged, report = apply_review(book, review_of(book, rows=rows))
    (refused,) = report.refusals
    assert "'sideways' is not a valid stance" in refused.reason
    assert merged == book


def test_a_new_quote_with_an_unknown_claim_or_typography_differences() -> None:
    book = sample_book()
    cell = CellRef("Evidence", 20)
    typed = NewEvidence(
        cell,
        "strengthen",
        "a1",
        "Officials said the CSTO should  strengthen its status",
        "supports",
    )
    unknown = NewEvidence(
        CellRef("Evidence", 21), "no-such-claim", "a1", "Officials said", "supports"
    )
    merged, report = apply_review(book, review_of(book, new_evidence=(typed, unknown)))
    (added,) = report.added
    assert (
        merged.evidence[added.record].quote
        == "Officials said the CSTO should strengthen its status"
    )
    (refused,) = report.refusals
    assert "no-such-claim" in refused.reason and refused.row == 21
    assert len(book.evidence) + 1 == len(merged.evidence)


def test_wrong_review_format_and_wrong_type() -> None:
    book = sample_book()
    review = review_of(book)
    old = WorkbookReview(review.source, WorkbookOrigin(review.origin.checksum, "", format=99))
    with pytest.raises(ReviewError, match="format 99"):
        apply_review(book, old)
    with pytest.raises(TypeError, match="WorkbookReview"):
        apply_review(book, "review.xlsx")  # type: ignore[arg-type]


def test_a_casebook_loaded_without_raw_copies_merges(tmp_path: Path) -> None:
    book = sample_book()
    path = claimtrack.export(book, tmp_path / "lean.json", include_raw=False)
    lean = claimtrack.load(path)
    ev = lean.evidence["one-whole-e2"]
    cell = CellRef("Evidence", 3, "notes")
    rows = (
        RowReview(
            RecordKind.EVIDENCE, ev.id, fingerprint(ev), (FieldEdit("notes", "fine", cell),), cell
        ),
    )
    merged, report = apply_review(lean, review_of(lean, rows=rows))
    assert report.ok and merged.evidence["one-whole-e2"].notes == "fine"
    assert merged.source_path == lean.source_path  # an export to it is refused as to an input


# ------------------------------------------------------------------- fingerprints, values


def test_a_fingerprint_changes_with_any_field_and_only_then() -> None:
    book = sample_book()
    ev = book.evidence["one-whole-e1"]
    assert fingerprint(ev) == fingerprint(sample_book().evidence["one-whole-e1"])
    changed = sample_book()
    changed.assess("one-whole", confidence="high")
    assert fingerprint(changed.claims["one-whole"]) != fingerprint(book.claims["one-whole"])
    assert fingerprint(changed.claims["strengthen"]) == fingerprint(book.claims["strengthen"])
    with pytest.raises(TypeError, match="Article"):
        fingerprint(book.articles["a1"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("vocabulary", "field"),
    [
        (Stance, "stance"),
        (Likelihood, "likelihood"),
        (Confidence, "confidence"),
        (ContradictionStatus, "status"),
    ],
)
@given(data=st.data())
def test_vocabulary_words_parse_in_any_case(vocabulary: Any, field: str, data: Any) -> None:
    member = data.draw(st.sampled_from(list(vocabulary)))
    spaces = data.draw(st.sampled_from(["", " ", "  "]))
    typed = data.draw(st.sampled_from([str.upper, str.lower, str.title]))(member.value)
    assert parse_value(field, f"{spaces}{typed}{spaces}") is member


@given(st.text(max_size=20))
def test_credibility_is_a_grade_from_1_to_6_or_refused(text: str) -> None:
    stripped = text.strip()
    if stripped.isascii() and stripped.isdigit() and 1 <= int(stripped) <= 6:
        assert parse_value("credibility", text) is Credibility(int(stripped))
    else:
        with pytest.raises(ValueError, match="credibility"):
            parse_value("credibility", text)


# Cell values as the sheets hold them: text (any characters: the sanitizer cleans), whole
# numbers, dates.
_VALUES = st.one_of(
    st.none(),
    st.text(max_size=300),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2200, 1, 1)),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_VALUES, min_size=1, max_size=8))
def test_a_cell_reads_back_with_the_digest_it_was_written_with(values: list[Any]) -> None:
    sanitizer = Sanitizer()
    wb = Workbook()
    ws = wb.active
    for i, value in enumerate(values, 1):
        text = written_text(value, sanitizer)
        cell = ws.cell(i, 1)
        cell.value = sanitizer.clean(value) or None if isinstance(value, str) else value
        cell.data_type = "s" if isinstance(value, str) and cell.value else cell.data_type
        ws.cell(i, 2).value = digest(text)
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    back = load_workbook(buffer, read_only=True)
    for row in back.active.iter_rows():
        assert digest(cell_text(row[0].value)) == row[1].value, row[0].value
    back.close()
