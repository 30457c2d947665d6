"""The workbook and the memo print the analyst's rendering, the source segments, what was typed
when it differs, and mark orphaned evidence as not verified."""

from __future__ import annotations

import io
import warnings

from docx_cases import all_text, footnote_texts, read, render
from openpyxl import load_workbook
from xlsx_cases import export_workbook, rows_of

from claimtrack import Article, Casebook
from claimtrack.errors import QuoteDifferenceWarning

TEXT = (
    "The president spoke in Minsk on Tuesday. He thanked Russia for its support and for the "
    "loans it gave last year. Later he said the talks would go on."
)


def book() -> Casebook:
    cb = Casebook([Article(id="speech", text=TEXT, title="A speech")], title="Renderings")
    cb.add_claim("Minsk leans on Moscow.", id="leans")
    cb.add_claim("Talks go on.", id="talks")
    cb.add_evidence("leans", article="speech", stance="supports", id="elided",
                    quote="[Lukashenko] thanked Russia … for the loans")  # fmt: skip
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QuoteDifferenceWarning)
        cb.add_evidence("talks", article="speech", stance="supports", id="typed",
                        quote="later he said the talks would go on")  # fmt: skip
    cb.add_evidence("talks", article="speech", stance="neutral", id="gone",
                    quote="the president spoke in Minsk")  # fmt: skip
    cb.replace_article(Article(id="speech", text=TEXT.replace("spoke in Minsk", "was silent"),
                               title="A speech"))  # fmt: skip
    return cb


def test_the_workbook_prints_renderings_status_and_typed() -> None:
    cb = book()
    assert cb.evidence["gone"].orphaned and not cb.evidence["elided"].orphaned
    ws = load_workbook(io.BytesIO(export_workbook(cb)))["Evidence"]
    rows = {r["Evidence"]: r for r in rows_of(ws)}
    assert rows["elided"]["Quote"] == "[Lukashenko] thanked Russia … for the loans"
    assert rows["elided"]["Quote status"] == "verified"
    assert rows["gone"]["Quote status"] == "orphaned"
    assert rows["typed"]["Typed as"] == "later he said the talks would go on"
    assert rows["typed"]["Quote"] == "Later he said the talks would go on"
    assert rows["elided"]["Typed as"] is None


def test_the_memo_cites_segments_typed_and_marks_orphans() -> None:
    cb = book()
    data = render(cb)
    text = all_text(read(data))
    assert "[Lukashenko] thanked Russia … for the loans" in text
    assert "[orphaned: not verified]" in text
    notes = "\n".join(footnote_texts(data).values())
    assert "Source text: “thanked Russia” … “for the loans”." in notes
    assert "Typed as “later he said the talks would go on”." in notes
    assert "Orphaned: the article changed" in notes


def test_check_reports_orphaned_evidence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from claimtrack import export, load
    from claimtrack.cli.main import build_cli

    path = tmp_path / "book.json"
    export(book(), path)
    again = load(path)  # an orphan does not stop a casebook loading
    assert again.evidence["gone"].orphaned
    result = CliRunner().invoke(build_cli(), ["check", str(path)])
    assert result.exit_code == 1
    assert "'gone' is orphaned" in result.output
    assert "every quote verified" not in result.output
