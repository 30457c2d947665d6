"""The evidence workbook as a review surface: real workbooks edited with openpyxl (and saved
again by LibreOffice), merged back, and the change report and merged casebook checked."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from claimtrack_xlsx.review_cells import REVIEW_SHEET
from openpyxl import load_workbook
from review_cases import Reviewer, export_review, libreoffice_resave
from xlsx_cases import sample_book

from claimtrack import Casebook, Credibility, Likelihood, Stance
from claimtrack.errors import ReviewError, WrongCasebookError
from claimtrack.model import Confidence, ContradictionStatus
from claimtrack.review import Outcome, merge_workbook


@pytest.fixture
def book() -> Casebook:
    return sample_book()


@pytest.fixture
def exported(book: Casebook, tmp_path: Path) -> Path:
    return export_review(book, tmp_path / "review.xlsx")


def _line(report, outcome: Outcome, record: str, field: str):  # type: ignore[no-untyped-def]
    found = [x for x in report.lines if (x.outcome, x.record, x.field) == (outcome, record, field)]
    assert len(found) == 1, report.table()
    return found[0]


# ------------------------------------------------------------------- the workbook


def test_review_sheet_is_hidden_last_and_only_when_asked(exported: Path, tmp_path: Path) -> None:
    wb = load_workbook(exported)
    assert wb.sheetnames[-1] == REVIEW_SHEET and wb[REVIEW_SHEET].sheet_state == "hidden"
    assert all(wb[n].sheet_state == "visible" for n in wb.sheetnames[:-1])
    plain = tmp_path / "plain.xlsx"
    import claimtrack

    with pytest.warns(UserWarning):
        claimtrack.export(sample_book(), plain)
    assert REVIEW_SHEET not in load_workbook(plain).sheetnames
    with pytest.raises(ReviewError, match=r"plain\.xlsx: has no review data.*review=true"):
        merge_workbook(sample_book(), plain)


def test_review_sheets_write_no_formula_and_keep_the_exporter_contract(
    book: Casebook, tmp_path: Path
) -> None:
    from claimtrack_xlsx import XlsxExporter, XlsxOptions

    from claimtrack.host.testing import check_exporter

    path = export_review(book, tmp_path / "s.xlsx", suggestions=3)
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == 9  # seven sheets, Suggestions, the review data
        for name in sheets:
            xml = z.read(name).decode()
            assert "<f>" not in xml and "<f " not in xml, name
    check_exporter(XlsxExporter(), option_variants=[XlsxOptions(review=True, suggestions=2)])


def test_rows_below_the_evidence_table_get_the_drop_downs(exported: Path, book: Casebook) -> None:
    ws = load_workbook(exported)["Evidence"]
    below = len(book.evidence) + 2
    stance = [dv for dv in ws.data_validations.dataValidation if f"D{below}" in dv.sqref]
    assert stance and "supports,refutes,neutral" in stance[0].formula1
    credibility = [dv for dv in ws.data_validations.dataValidation if f"M{below}" in dv.sqref]
    assert credibility and "1,2,3,4,5,6" in credibility[0].formula1


def test_an_unedited_workbook_changes_nothing(exported: Path, book: Casebook) -> None:
    merged, report = merge_workbook(book, exported)
    assert report.ok and report.lines == ()
    assert merged == book and merged is not book


def test_a_deleted_row_is_reported_and_the_record_kept(exported: Path, book: Casebook) -> None:
    r = Reviewer(exported)
    r.delete_row("Evidence", "one-whole-e2")
    r.delete_row("Contradictions", "x-one-whole-e1-one-whole-e2")
    r.set("Evidence", "strengthen-e1", "Notes", "still merged")
    merged, report = merge_workbook(book, r.save())

    assert not report.ok and len(report.changes) == 1, report.table()
    deleted = {line.record: line for line in report.refusals}
    assert deleted.keys() == {"one-whole-e2", "x-one-whole-e1-one-whole-e2"}
    evidence = deleted["one-whole-e2"]
    assert (evidence.sheet, evidence.row) == ("Evidence", 0)
    assert "deleted rows are not merged" in evidence.reason
    assert "Casebook.remove_evidence" in evidence.reason
    assert "Casebook.remove_contradiction" in deleted["x-one-whole-e1-one-whole-e2"].reason
    assert merged.evidence["one-whole-e2"] == book.evidence["one-whole-e2"]
    assert "x-one-whole-e1-one-whole-e2" in merged.contradictions
    assert merged.evidence["strengthen-e1"].notes == "still merged"
    assert "Evidence (row deleted)" in report.table() and "row 0" not in report.table()


# ------------------------------------------------------------------- edits


def test_edits_are_merged_and_reported(exported: Path, book: Casebook) -> None:
    before = sample_book()
    r = Reviewer(exported)
    stance_cell = r.set("Evidence", "one-whole-e2", "Stance", "Neutral")
    r.set("Evidence", "one-whole-e2", "Credibility", 3)
    r.set("Evidence", "one-whole-e2", "Speaker", "Minister Makei")
    r.set("Evidence", "strengthen-e1", "Notes", "line one\nline two")
    r.set("Claims", "strengthen", "Likelihood", "very likely")
    r.set("Claims", "one-whole", "Confidence", None)  # cleared
    r.set("Claims", "one-whole", "Notes", "reviewed 2024")
    r.set("Contradictions", "x-one-whole-e1-one-whole-e2", "Status", "explained")
    r.set("Contradictions", "x-one-whole-e1-one-whole-e2", "Resolution", "other time window")
    merged, report = merge_workbook(book, r.save())

    assert report.ok and len(report.changes) == 9 and not report.added, report.table()
    stance = _line(report, Outcome.CHANGED, "one-whole-e2", "stance")
    assert (stance.sheet, stance.row, stance.old, stance.new) == (
        "Evidence",
        3,
        "refutes",
        "neutral",
    )
    assert stance.cell == f"Evidence!{stance_cell} (Stance)"
    assert _line(report, Outcome.CHANGED, "one-whole", "confidence").new == ""
    ev = merged.evidence["one-whole-e2"]
    assert (ev.stance, ev.credibility, ev.speaker) == (
        Stance.NEUTRAL,
        Credibility.POSSIBLY_TRUE,
        "Minister Makei",
    )
    assert merged.evidence["strengthen-e1"].notes == "line one\nline two"
    assert merged.claims["strengthen"].likelihood is Likelihood.VERY_LIKELY
    assert merged.claims["one-whole"].confidence is None
    assert merged.claims["one-whole"].likelihood is Likelihood.LIKELY  # untouched
    x = merged.contradictions["x-one-whole-e1-one-whole-e2"]
    assert (x.status, x.resolution) == (ContradictionStatus.EXPLAINED, "other time window")
    assert merged.evidence["one-whole-e1"] == book.evidence["one-whole-e1"]
    assert book == before  # the input casebook is never changed
    assert "Evidence!" in report.table() and "refutes → neutral" in report.table()


def test_fields_that_are_not_edited_in_the_workbook_are_refused(
    exported: Path, book: Casebook
) -> None:
    r = Reviewer(exported)
    r.set("Evidence", "one-whole-e1", "Quote", "Belarus should be one whole")
    r.set("Claims", "hostile", "Statement", "Another statement")
    r.add_row("Claims", Claim="new-claim", Statement="A claim typed in the workbook")
    merged, report = merge_workbook(book, r.save())
    assert not report.ok and len(report.refusals) == 3, report.table()
    quote = _line(report, Outcome.REFUSED, "one-whole-e1", "quote")
    assert "new row at the bottom of the Evidence sheet" in quote.reason
    assert "in the casebook" in _line(report, Outcome.REFUSED, "hostile", "statement").reason
    assert any("new-claim" in x.reason for x in report.refusals)
    assert merged == book


def test_an_assessment_edited_on_the_summary_counts_unless_claims_disagree(
    exported: Path, book: Casebook
) -> None:
    r = Reviewer(exported)
    r.set("Summary", "strengthen", "Likelihood", "unlikely")
    r.set("Summary", "one-whole", "Confidence", "high")
    r.set("Claims", "one-whole", "Confidence", "low")  # the two sheets disagree
    merged, report = merge_workbook(book, r.save())
    assert merged.claims["strengthen"].likelihood is Likelihood.UNLIKELY
    assert _line(report, Outcome.CHANGED, "strengthen", "likelihood").sheet == "Summary"
    first = _line(report, Outcome.CHANGED, "one-whole", "confidence")
    second = _line(report, Outcome.REFUSED, "one-whole", "confidence")
    assert (first.sheet, first.new) == ("Claims", "low")
    assert (
        second.sheet == "Summary"
        and "another row of the workbook sets it to 'low'" in second.reason
    )
    assert merged.claims["one-whole"].confidence is Confidence.LOW


# ------------------------------------------------------------------- new quotes


def test_new_rows_are_verified_and_refused_quotes_never_stored(
    exported: Path, book: Casebook
) -> None:
    r = Reviewer(exported)
    good = r.add_row(
        "Evidence",
        Claim="strengthen",
        Article="a1",
        Quote="Officials said the CSTO should strengthen its status",
        Stance="supports",
        Speaker="Officials",
        Said_on="2017-06",
        Credibility=3,
    )
    r.add_row(
        "Evidence",
        Claim="strengthen",
        Article="a2",
        Quote="Minsk does want the CSTO to grow.",  # the article says "does not want"
        Stance="refutes",
    )
    merged, report = merge_workbook(book, r.save())
    (added,) = report.added
    assert (added.sheet, added.row, added.field) == ("Evidence", good, "quote")
    ev = merged.evidence[added.record]
    assert ev.quote == "Officials said the CSTO should strengthen its status"
    assert (ev.claim, ev.article, ev.stance, ev.credibility) == (
        "strengthen",
        "a1",
        Stance.SUPPORTS,
        3,
    )
    assert str(ev.said_on) == "2017-06" and ev.speaker == "Officials"
    (refused,) = report.refusals
    assert refused.closest == "Minsk does not want the CSTO to grow."
    assert "quote not found" in refused.reason
    assert len(merged.evidence) == len(book.evidence) + 1
    assert not any("does want" in e.quote for e in merged.evidence.values())


def test_accepted_suggestions_become_evidence_where_suggested(
    book: Casebook, tmp_path: Path
) -> None:
    path = export_review(book, tmp_path / "s.xlsx", suggestions=3)
    r = Reviewer(path)
    ws = r.wb["Suggestions"]
    assert r.header("Suggestions")[-4:] == ["Accept", "Notes", "Start", "End"]
    rows = {ws.cell(i, 4).value: i for i in range(2, ws.max_row + 1)}
    sentence = "It refused to host the summit."
    assert not any(row == sentence for row in rows if row)  # already evidence: not suggested
    target = next(i for text, i in rows.items() if text and text.startswith("Minsk renewed"))
    claim = ws.cell(target, 1).value
    ws.cell(target, r.column("Suggestions", "Accept")).value = "yes"
    ws.cell(target, r.column("Suggestions", "Stance")).value = "supports"
    merged, report = merge_workbook(book, r.save())
    (added,) = report.added
    assert added.sheet == "Suggestions" and added.row == target
    ev = merged.evidence[added.record]
    start = ws.cell(target, r.column("Suggestions", "Start")).value
    end = ws.cell(target, r.column("Suggestions", "End")).value
    assert ev.claim == claim and ev.quote == merged.articles[ev.article].text[start:end]


def test_an_accepted_suggestion_needs_a_stance(book: Casebook, tmp_path: Path) -> None:
    r = Reviewer(export_review(book, tmp_path / "s.xlsx", suggestions=2))
    accept = r.wb["Suggestions"].cell(2, r.column("Suggestions", "Accept"))
    accept.value = "yes"
    with pytest.raises(ReviewError, match=r"Suggestions!G2 \(Stance\): the stance is blank"):
        merge_workbook(book, r.save())
    accept.value = "maybe"
    with pytest.raises(ReviewError, match=r"Suggestions!H2 \(Accept\): 'maybe': type yes or no"):
        merge_workbook(book, r.save())


# ------------------------------------------------------------------- bad cells


def test_bad_cells_are_named_all_at_once(exported: Path, book: Casebook) -> None:
    r = Reviewer(exported)
    r.set("Evidence", "one-whole-e1", "Stance", "suports")
    r.set("Evidence", "one-whole-e2", "Credibility", "B2")
    r.set("Claims", "one-whole", "Likelihood", "probable")
    r.add_row("Evidence", Claim="one-whole", Article="a1", Quote="Belarus should", Stance="yes")
    with pytest.raises(ReviewError) as caught:
        merge_workbook(book, r.save())
    message = str(caught.value)
    assert message.startswith("review.xlsx: 4 cell(s) cannot be merged")
    assert "Evidence!D2 (Stance): 'suports' is not a valid stance" in message
    assert "Evidence!M3 (Credibility): 'B2' is not a valid credibility" in message
    assert "Claims!E2 (Likelihood): 'probable' is not a valid likelihood" in message
    assert f"Evidence!D{len(book.evidence) + 2} (Stance): 'yes'" in message


def test_a_formula_typed_by_a_reviewer_is_refused(exported: Path, book: Casebook) -> None:
    r = Reviewer(exported)
    cell = r.set("Evidence", "one-whole-e1", "Notes", '=HYPERLINK("http://evil.example","x")')
    with pytest.raises(ReviewError, match=rf"Evidence!{cell} \(Notes\): holds a formula"):
        merge_workbook(book, r.save())


def test_formula_like_text_in_the_casebook_stays_text(exported: Path, book: Casebook) -> None:
    # The hostile quotes and notes (=HYPERLINK, -2+3, @SUM) were written as text; a reviewer
    # editing another field of the same row does not turn them into formulas or edits.
    r = Reviewer(exported)
    r.set("Evidence", "hostile-0", "Stance", "refutes")
    merged, report = merge_workbook(book, r.save())
    assert [(x.record, x.field) for x in report.lines] == [("hostile-0", "stance")]
    assert merged.evidence["hostile-0"].notes == book.evidence["hostile-0"].notes


def test_a_file_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip")
    with pytest.raises(ReviewError, match=r"broken\.xlsx: cannot open it as an xlsx workbook"):
        merge_workbook(sample_book(), path)


# ------------------------------------------------------------------- conflicts, identity


def test_records_changed_since_the_export_are_conflicts(exported: Path) -> None:
    changed = sample_book()  # the casebook moved on after the workbook was written
    changed.assess("one-whole", likelihood="unlikely")
    changed.remove_contradiction("x-one-whole-e1-one-whole-e2")
    changed.remove_evidence("one-whole-e2")
    r = Reviewer(exported)
    r.set("Claims", "one-whole", "Likelihood", "very likely")
    r.set("Claims", "strengthen", "Confidence", "high")  # unchanged record: applied
    r.set("Evidence", "one-whole-e2", "Stance", "neutral")
    merged, report = merge_workbook(changed, r.save())
    assert not report.ok and len(report.conflicts) == 2, report.table()
    conflict = _line(report, Outcome.CONFLICT, "one-whole", "likelihood")
    assert (conflict.old, conflict.new) == ("unlikely", "very likely")
    assert "changed claim 'one-whole' since the workbook was written" in conflict.reason
    gone = _line(report, Outcome.CONFLICT, "one-whole-e2", "stance")
    assert "no longer in the casebook" in gone.reason
    assert merged.claims["one-whole"].likelihood is Likelihood.UNLIKELY  # never silently
    assert merged.claims["strengthen"].confidence is Confidence.HIGH
    assert "one-whole-e2" not in merged.evidence


def test_a_workbook_of_another_casebook_is_refused(exported: Path) -> None:
    other = sample_book()
    other.title = "Another case"
    with pytest.raises(WrongCasebookError, match=r"review\.xlsx was written from another casebook"):
        merge_workbook(other, exported)
    same_title = Casebook(title="Test case")  # same title, none of its records
    with pytest.raises(WrongCasebookError, match=r"none of the \d+ records it shows"):
        merge_workbook(same_title, exported)


# ------------------------------------------------------------------- LibreOffice


@pytest.mark.slow
def test_a_workbook_saved_by_libreoffice_merges_the_same(book: Casebook, tmp_path: Path) -> None:
    assert shutil.which("soffice"), "LibreOffice (soffice) is needed: CI installs it"
    path = export_review(book, tmp_path / "review.xlsx", suggestions=2)
    untouched = libreoffice_resave(path, tmp_path / "plain")
    merged, report = merge_workbook(book, untouched)
    assert report.lines == () and merged == book  # LibreOffice's rewrite is not an edit
    r = Reviewer(path)
    r.set("Evidence", "one-whole-e2", "Stance", "neutral")
    r.set("Evidence", "hostile-1", "Notes", "checked\nby hand")
    r.set("Claims", "strengthen", "Likelihood", "likely")
    r.set("Contradictions", "x-one-whole-strengthen", "Status", "dismissed")
    r.add_row("Evidence", Claim="one-whole", Article="a2", Quote="Minsk does not want the CSTO",
              Stance="refutes", Said_on="2017-06-19")  # fmt: skip
    ws = r.wb["Suggestions"]
    ws.cell(2, r.column("Suggestions", "Accept")).value = "yes"
    ws.cell(2, r.column("Suggestions", "Stance")).value = "neutral"
    direct = merge_workbook(book, r.save())
    resaved = merge_workbook(book, libreoffice_resave(path, tmp_path / "edited"))
    assert resaved[1].lines == direct[1].lines
    assert resaved[0] == direct[0]
    assert direct[1].ok and len(direct[1].changes) == 4 and len(direct[1].added) == 2


def test_review_options_are_validated() -> None:
    from claimtrack_xlsx import XlsxOptions

    assert XlsxOptions(review="true").reviewable and XlsxOptions(suggestions="3").reviewable
    assert not XlsxOptions().reviewable
    with pytest.raises(ValueError, match="suggestions: expected a whole number"):
        XlsxOptions(suggestions="many")
    with pytest.raises(ValueError, match="0 to 50"):
        XlsxOptions(suggestions=-1)
