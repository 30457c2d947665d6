"""The third-party reader example (examples/claimtrack-pdf): a PDF reader in one small package.

The PDFs are written by hand at test time (one page, a Helvetica text object): no binary
fixtures. The plugin is registered at run time, in one call, on a private host.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import claimtrack
from claimtrack.errors import ArticleLoadError
from claimtrack.host.default import use_host
from claimtrack.host.registry import PluginHost

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "claimtrack-pdf"
LINES = [
    "Minsk hands the CSTO chair to Astana",
    "November 30, 2017",
    "The chairmanship passed to Astana on Monday. Officials said little about",
    'it. Lukashenka called the bloc "a serious organisation (for now)" again.',
    "Related articles",
    "An unrelated story that the cleaner cuts off.",
]


def minimal_pdf(lines: list[str], *, title: str | None = None, author: str | None = None) -> bytes:
    """A valid one-page PDF whose text layer holds ``lines`` (Latin-1), with a correct xref."""

    def literal(text: str) -> str:
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    operators = ["BT", "/F1 11 Tf", "14 TL", "72 760 Td"]
    for line in lines:
        operators += [f"{literal(line)} Tj", "T*"]
    stream = "\n".join([*operators, "ET"]).encode("latin-1")
    info = [f"/Title {literal(title)}" if title else ""]
    info.append(f"/Author {literal(author)}" if author else "")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< " + " ".join(info) + " >>").encode("latin-1"),
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    pdf += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(pdf)


@pytest.fixture(scope="module")
def plugin() -> ModuleType:
    """The example's module, imported from the source tree (no install needed)."""
    sys.path.insert(0, str(EXAMPLE))
    try:
        import claimtrack_pdf
    finally:
        sys.path.remove(str(EXAMPLE))
    return claimtrack_pdf


@pytest.fixture
def host(plugin: ModuleType) -> Iterator[PluginHost]:
    with use_host(PluginHost(entry_points=[])) as host:
        assert claimtrack.register_plugin(plugin) == "claimtrack_pdf"  # the one call
        yield host


def test_the_handmade_pdf_is_valid_for_a_strict_parser() -> None:
    import io

    import pypdf

    document = pypdf.PdfReader(io.BytesIO(minimal_pdf(LINES, title="T")), strict=True)
    assert document.pages[0].extract_text().splitlines() == LINES
    assert document.metadata is not None and document.metadata.title == "T"


def test_pdf_article_loads_with_text_metadata_and_offsets(host: PluginHost, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(minimal_pdf(LINES, title="Untitled document", author="Jane Doe"))
    article = claimtrack.load_article(path, publisher="Example Weekly")
    assert article.id == "report" and article.publisher == "Example Weekly"
    # The hard-wrapped body is joined; the header gives title and date; the end marker cuts.
    assert article.text == (
        "The chairmanship passed to Astana on Monday. Officials said little about it. "
        'Lukashenka called the bloc "a serious organisation (for now)" again.'
    )
    assert article.title == "Minsk hands the CSTO chair to Astana"
    assert article.authors == ("Jane Doe",)  # from the PDF's document info
    assert str(article.published) == "2017-11-30"
    assert article.raw.splitlines() == LINES  # raw is the extracted text layer
    for text_start, raw_start, length in article.offset_map:
        assert (
            article.text[text_start : text_start + length]
            == article.raw[raw_start : raw_start + length]
        )
    quote = "a serious organisation (for now)"
    start = article.text.index(quote)
    raw_start, raw_end = article.raw_span(start, start + len(quote))
    assert article.raw[raw_start:raw_end] == quote
    book = claimtrack.Casebook([article])
    book.add_claim("Lukashenka values the CSTO", id="values")
    evidence = book.add_evidence("values", article="report", quote=quote, stance="supports")
    assert evidence.quote == quote  # anchored: the quote is verified against the text
    assert host.readers()[".pdf"].name == "pdf"


def test_corpus_mixes_pdf_and_text(host: PluginHost, tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(minimal_pdf(LINES))
    (tmp_path / "b.txt").write_text("\n".join(LINES[2:4]) + "\n", encoding="utf-8")
    corpus = claimtrack.load_corpus(tmp_path)
    assert list(corpus) == ["a", "b"]
    assert corpus.encoding("a") == "pdf" and corpus.encoding("b") == "utf-8"
    assert corpus["a"].text == corpus["b"].text


def test_unreadable_pdfs_are_refused_by_name(host: PluginHost, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not a PDF body")
    with pytest.raises(ArticleLoadError, match="not a readable PDF") as info:
        claimtrack.load_article(broken)
    assert info.value.path == str(broken)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(minimal_pdf([]))
    with pytest.raises(ArticleLoadError, match="no text layer"):
        claimtrack.load_article(scan)


def test_without_the_plugin_pdf_is_unsupported_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(minimal_pdf(LINES))
    unsupported = pytest.raises(ArticleLoadError, match=r"unsupported file type '\.pdf'")
    with use_host(PluginHost(entry_points=[])), unsupported as info:
        claimtrack.load_article(path)
    assert "install a reader plugin" in info.value.hint


def test_package_declares_its_entry_point_and_imports_pypdf_lazily(plugin: ModuleType) -> None:
    project = tomllib.loads((EXAMPLE / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["entry-points"]["claimtrack"] == {"pdf": "claimtrack_pdf"}
    assert "pypdf>=4" in project["project"]["dependencies"]
    (reader,) = plugin.register_readers()
    assert claimtrack.reading.readers.reader_problem(reader) is None
    probe = f"import sys; sys.path.insert(0, {str(EXAMPLE)!r}); import claimtrack_pdf; " + (
        "print('pypdf' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "False"


def test_reading_guide_shows_the_example_as_it_is() -> None:
    guide = (Path(__file__).resolve().parent.parent / "docs" / "reading.md").read_text("utf-8")
    section = guide.split("## Writing a reader plugin", 1)[1]
    source = (EXAMPLE / "claimtrack_pdf.py").read_text(encoding="utf-8")
    shown_class = section.split("\n\nclass PdfReader(", 1)[1].split("\n```", 1)[0]
    assert "class PdfReader(" + shown_class in source
    shown_hook = section.split("```py\n", 1)[1].split("```", 1)[0]
    assert shown_hook in source
    assert 'pdf = "claimtrack_pdf"' in section


@pytest.mark.slow
def test_installed_package_reads_pdfs_from_the_command_line(tmp_path: Path) -> None:
    """pip-installed into a private directory, found through its entry point, used by ``ingest``."""
    source, site = tmp_path / "src", tmp_path / "site"
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site)]
    if importlib.util.find_spec("wheel") is not None:
        pip.append("--no-build-isolation")  # else pip fetches setuptools from the index
    built = subprocess.run([*pip, str(source)], capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stdout + built.stderr
    (tmp_path / "report.pdf").write_bytes(minimal_pdf(LINES, author="Jane Doe"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMTRACK_")}
    env["PYTHONPATH"] = os.pathsep.join([str(site), *filter(None, [env.get("PYTHONPATH")])])
    env["CLAIMTRACK_STRICT_PLUGINS"] = "1"
    cli = [sys.executable, "-c", "from claimtrack.cli.main import main; main()"]
    result = subprocess.run(
        [*cli, "ingest", "report.pdf", "--json"],
        capture_output=True, text=True, env=env, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (report,) = json.loads(result.stdout)
    assert (report["id"], report["encoding"], report["authors"]) == ("report", "pdf", ["Jane Doe"])
    assert report["title"] == LINES[0] and report["published"] == "2017-11-30"
    assert [d["reason"] for d in report["dropped"]][-1] == "end marker"
