"""What changed between two casebooks: the comparison, ``claimtrack diff``, the memo's section."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from changes_cases import ADDED_QUOTE, next_week
from click.testing import CliRunner
from docx_cases import NEVER_MATTERED, read, render, seed_book
from hypothesis import given, settings
from hypothesis import strategies as st
from test_docx import needs_libreoffice, to_pdf

import claimtrack
from claimtrack.casebook.changes import compare, evidence_facts
from claimtrack.cli.main import build_cli
from claimtrack.errors import FormatError
from claimtrack.host import PluginHost

# --------------------------------------------------------------------------- the comparison


def test_same_casebook_has_no_changes() -> None:
    changes = compare(seed_book(), seed_book())
    assert not changes
    assert set(changes.counts().values()) == {0}


def test_a_week_of_changes_is_found_field_by_field() -> None:
    changes = compare(seed_book(), next_week(seed_book()))
    assert [e.id for e in changes.added_evidence] == ["works-e3"]
    assert [e.id for e in changes.removed_evidence] == ["works-e2"]
    (regraded,) = changes.changed_evidence
    assert regraded.id == "stronger-e2"
    assert (regraded.field("grade").old, regraded.field("grade").new) == ("B3", "B2")
    assert regraded.field("speaker").new == "Alexander Lukashenka"
    assert regraded.field("stance") is None  # unchanged fields are not listed
    (claim,) = changes.changed_claims
    assert claim.field("likelihood").old == "likely"
    assert claim.field("likelihood").new == "very likely"
    assert (claim.field("confidence").old, claim.field("confidence").new) == ("moderate", "high")
    (resolved,) = changes.resolved_contradictions
    assert resolved.id == "x-stronger-works"
    assert [x.id for x in changes.removed_contradictions] == ["x-stronger-e1-stronger-e2"]
    assert not changes.added_articles and not changes.removed_articles


def test_reversed_comparison_swaps_added_and_removed() -> None:
    old, new = seed_book(), next_week(seed_book())
    forward, backward = compare(old, new), compare(new, old)
    assert forward.added_evidence == backward.removed_evidence
    assert forward.removed_evidence == backward.added_evidence
    (back,) = backward.changed_claims
    assert back.field("likelihood").new == "likely"
    assert not backward.resolved_contradictions  # dismissed → candidate reopens, not resolves


def test_articles_added_and_removed() -> None:
    old = seed_book()
    new = seed_book()
    extra = claimtrack.Article(id="new-article", text="A new article.", title="Fresh news")
    new.add_article(extra)
    changes = compare(old, new)
    assert changes.added_articles == (extra,)
    assert compare(new, old).removed_articles == (extra,)


def test_evidence_facts_name_the_fields_a_report_shows() -> None:
    book = seed_book()
    facts = evidence_facts(book, book.evidence["stronger-e2"])
    assert facts["quote"] == NEVER_MATTERED
    assert facts["stance"] == "refutes" and facts["grade"] == "B3" and facts["speaker"] == ""


@settings(max_examples=25, deadline=None)
@given(st.sets(st.sampled_from(["stronger-e1", "one-whole-e1", "works-e1", "works-e2"])))
def test_removing_any_evidence_is_reported_exactly(removed: set[str]) -> None:
    old, new = seed_book(), seed_book()
    for contradiction in ("x-stronger-e1-stronger-e2",):
        if "stronger-e1" in removed:
            new.remove_contradiction(contradiction)
    for ev in sorted(removed):
        new.remove_evidence(ev)
    changes = compare(old, new)
    assert {e.id for e in changes.removed_evidence} == removed
    assert not changes.added_evidence and not changes.changed_evidence
    assert {e.id for e in compare(new, old).added_evidence} == removed


# --------------------------------------------------------------------------- the command


@pytest.fixture
def two_files(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    claimtrack.export(seed_book(), old)
    claimtrack.export(next_week(seed_book()), new)
    return old, new


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(build_cli(PluginHost(entry_points=[])), list(args))


def test_diff_prints_tables_with_counts_in_words(two_files: tuple[Path, Path]) -> None:
    old, new = two_files
    result = run("diff", str(old), str(new))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "1 claim changed" in lines[0]
    assert "3 pieces of evidence (1 added, 1 removed, 1 changed)" in lines[0]
    assert "Claims changed" in lines and "Evidence added" in lines
    row = next(line for line in lines if "likelihood" in line)
    assert row.split() == ["stronger", "likelihood", "likely", "very", "likely"]
    assert any(ADDED_QUOTE in line for line in lines)


def test_diff_json(two_files: tuple[Path, Path]) -> None:
    old, new = two_files
    result = run("diff", str(old), str(new), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["added_evidence"] == ["works-e3"]
    assert data["changed_claims"][0]["fields"]["confidence"] == {"old": "moderate", "new": "high"}
    assert data["changed_contradictions"][0]["fields"]["status"]["new"] == "dismissed"
    assert data["resolved_contradictions"] == ["x-stronger-works"]


def test_diff_same_file_says_no_changes(two_files: tuple[Path, Path]) -> None:
    old, _ = two_files
    result = run("diff", str(old), str(old))
    assert result.exit_code == 0 and "no changes" in result.output


def test_diff_help_and_missing_file(tmp_path: Path) -> None:
    assert "Show what changed" in run("diff", "--help").output
    result = run("diff", str(tmp_path / "nope.json"), str(tmp_path / "nope.json"))
    assert result.exit_code == 1 and "nope.json" in result.output


# --------------------------------------------------------------------------- the memo


def memo_text(data: bytes) -> list[str]:
    return [p.text for p in read(data).paragraphs]


def test_memo_without_previous_has_no_section() -> None:
    assert not any(t.startswith("What changed") for t in memo_text(render(seed_book())))


def test_memo_with_previous_path_says_what_changed(two_files: tuple[Path, Path]) -> None:
    old, _ = two_files
    texts = memo_text(
        render(next_week(seed_book()), previous=str(old), previous_date="23 November 2026")
    )
    heading = texts.index("What changed since 23 November 2026")
    section = texts[heading : texts.index("Evidence", heading + 5)]
    flat = "\n".join(section)
    assert "likelihood likely → very likely; confidence moderate → high" in flat
    assert f"New: “{ADDED_QUOTE}”" in flat
    assert "Removed: “The CSTO remains a fragmented quasi-alliance”" in flat
    assert "grade B3 → B2; speaker none → Alexander Lukashenka" in flat
    assert "Resolved: KJ 1" in flat and "status candidate → dismissed" in flat
    assert "1 piece of evidence added" in section[1]
    # The section comes right after the key judgments.
    assert (
        texts.index("Key judgments") < heading < texts.index("Contradictions and alternative views")
    )


def test_memo_previous_as_casebook_and_unchanged() -> None:
    texts = memo_text(render(seed_book(), previous=seed_book()))
    heading = next(t for t in texts if t.startswith("What changed since"))
    assert heading == "What changed since the previous casebook"
    assert texts[texts.index(heading) + 1].startswith("Nothing:")


def test_memo_previous_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match=r"'previous'.*not a file"):
        render(seed_book(), previous=str(tmp_path / "last-week.json"))
    with pytest.raises(FormatError, match="previous"):
        claimtrack.export_bytes(seed_book(), "docx", previous=3)


def test_memo_option_from_the_command_line(two_files: tuple[Path, Path], tmp_path: Path) -> None:
    old, new = two_files
    out = tmp_path / "memo.docx"
    result = run("export", str(new), "-o", str(out), "-O", f"previous={old}")
    assert result.exit_code == 0, result.output
    assert any(t.startswith("What changed since") for t in memo_text(out.read_bytes()))


@pytest.mark.slow
@needs_libreoffice
def test_libreoffice_renders_the_section(two_files: tuple[Path, Path], tmp_path: Path) -> None:
    old, _ = two_files
    source = tmp_path / "memo.docx"
    source.write_bytes(render(next_week(seed_book()), previous=str(old)))
    to_pdf([source], tmp_path)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "memo.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = " ".join(text.split())
    assert "What changed since" in flat and "Judgments reassessed" in flat
    assert "likely → very likely" in flat and "status candidate → dismissed" in flat


def test_memo_section_follows_the_claims_option(two_files: tuple[Path, Path]) -> None:
    old, _ = two_files
    texts = memo_text(render(next_week(seed_book()), previous=str(old), claims=["works"]))
    heading = next(i for i, t in enumerate(texts) if t.startswith("What changed since"))
    section = "\n".join(texts[heading : heading + 12])
    assert "very likely" not in section  # the 'stronger' claim is not in this memo
    assert f"New: “{ADDED_QUOTE}”" in section


def test_memo_section_lists_ten_and_counts_the_rest() -> None:
    sentences = [f"Sentence number {i} is here." for i in range(14)]
    old = claimtrack.Casebook([claimtrack.Article(id="a", text=" ".join(sentences))])
    old.add_claim("Something holds.", id="c")
    new = claimtrack.loads(claimtrack.export_bytes(old, "json").decode("utf-8"))
    for sentence in sentences:
        new.add_evidence("c", article="a", quote=sentence, stance="supports")
    texts = memo_text(render(new, previous=old))
    news = [t for t in texts if t.startswith("New: “Sentence number")]
    assert len(news) == 10
    assert "… and 4 more (claimtrack diff lists every change)." in texts
