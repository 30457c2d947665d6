"""The HTML metadata layer: JSON-LD first, names that read as people, dates not invented.

Every page here is composed for the test (invented outlets and people); each reproduces a
convention met on real news pages (see /work/devset/html/INDEX.md for the measured set).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import claimtrack
from claimtrack.reading.html_meta import page_metadata, plausible_person, strip_site_suffix

BODY = "".join(
    f"<p>The harbour council met on Tuesday and paragraph {k} of its report was read aloud "
    "to a full room of ferry passengers, who asked many questions.</p>"
    for k in range(6)
)


def _page(head: str, body: str = "") -> str:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}</body></html>"


def test_jsonld_in_a_cdata_wrapper_gives_headline_people_and_date() -> None:
    head = """<title>Ferries halted - Harbour Gazette</title>
    <meta property="og:title" content="Ferries halted as storm nears">
    <meta property="og:site_name" content="Harbour Gazette">
    <script type="application/ld+json">//<![CDATA[
    {"@context": "https://schema.org", "@type": "ReportageNewsArticle",
     "headline": "Ferries halted for two days as storm Edda nears the coast",
     "name": "Harbour Gazette", "datePublished": "2024-03-05T07:10:00+01:00",
     "author": [{"@type": "Person", "name": "Mira Okafor"},
                {"@type": "Organization", "name": "Harbour Gazette"}]}
    //]]></script>"""
    meta = page_metadata(_page(head))
    assert meta.title == "Ferries halted for two days as storm Edda nears the coast"
    assert meta.authors == ("Mira Okafor",)
    assert str(meta.published) == "2024-03-05"


def test_invalid_jsonld_is_not_taken_for_the_headline() -> None:
    head = """<meta property="og:title" content="Ferries halted as storm nears">
    <meta property="article:published_time" content="2024-03-05T07:10:00Z">
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Wrong one"
     "author": {"@type": "Person", "name": "Nobody Here"}}</script>"""
    meta = page_metadata(_page(head))
    assert meta.title == "Ferries halted as storm nears"  # og:title, not the broken script's
    assert str(meta.published) == "2024-03-05"


def test_desk_site_and_handle_bylines_are_refused() -> None:
    for author in ("Harbour Gazette Staff", "Harbour Gazette", "mokafor", "Our Foreign Desk"):
        head = f"""<meta property="og:title" content="Ferries halted">
        <meta property="og:site_name" content="Harbour Gazette">
        <meta name="author" content="{author}">"""
        assert page_metadata(_page(head)).authors == (), author


def test_a_chinese_name_in_meta_author_is_kept() -> None:
    head = """<meta charset="utf-8"><title>港口渡轮停航两天 _港湾日报</title>
    <meta name="author" content="林晓雯">"""
    assert page_metadata(_page(head)).authors == ("林晓雯",)


def test_a_copyright_year_is_no_publication_date() -> None:
    head = """<meta property="og:title" content="Ferries halted">
    <meta name="copyright" content="Copyright 2019 Harbour Gazette Ltd">"""
    assert page_metadata(_page(head, "<p>© 2019 Harbour Gazette</p>")).published is None


def test_the_site_name_is_cut_from_the_title() -> None:
    head = """<title>Ferries halted as storm nears | Harbour Gazette</title>
    <meta property="og:site_name" content="The Harbour Gazette">"""
    assert page_metadata(_page(head)).title == "Ferries halted as storm nears"
    # nor does the author's name, where the page appends it
    head = """<title>Ferries must stop | Mira Okafor | Opinion | Harbour Gazette</title>
    <meta property="og:title" content="Ferries must stop | Mira Okafor">
    <meta name="author" content="Mira Okafor">"""
    assert page_metadata(_page(head)).title == "Ferries must stop"
    # a segment that is not the site's name stays
    assert strip_site_suffix("Storm: ferries halted - day two", ("Harbour Gazette",)) == (
        "Storm: ferries halted - day two"
    )


def test_the_loader_takes_the_page_metadata(tmp_path: Path) -> None:
    head = """<meta property="og:title" content="Ferries halted as storm nears">
    <meta property="og:site_name" content="Harbour Gazette">
    <script type="application/ld+json">{"@type": "NewsArticle",
     "headline": "Ferries halted as storm Edda nears", "datePublished": "2024-03-05",
     "author": {"@type": "Person", "name": "Mira Okafor"}}</script>"""
    path = tmp_path / "ferries.html"
    path.write_text(_page(head, f"<article>{BODY}</article>"), "utf-8")
    article = claimtrack.load_article(path, id="ferries")
    assert article.title == "Ferries halted as storm Edda nears"
    assert tuple(article.authors) == ("Mira Okafor",)
    assert str(article.published) == "2024-03-05"


def test_people_names() -> None:
    assert plausible_person("By Mira Okafor") == "Mira Okafor"
    assert plausible_person("JEFFREY DEMBLOW") == "JEFFREY DEMBLOW"
    assert plausible_person("Ana de la Fuente") == "Ana de la Fuente"
    assert plausible_person("Mira") is None
    assert plausible_person("The Associated Press") is None
    assert plausible_person("Harbour Gazette Online") is None
    assert plausible_person("https://example.org/people/mira") is None
    assert plausible_person("Mira Okafor", ("mira okafor",)) is None


@given(st.text(max_size=90), st.lists(st.text(max_size=20), max_size=3))
def test_people_names_never_raise_and_come_from_the_text(name: str, sites: list[str]) -> None:
    kept = plausible_person(name, tuple(sites))
    assert kept is None or (kept and kept in " ".join(name.split()))


@given(st.text(min_size=1, max_size=80), st.lists(st.text(max_size=20), max_size=3))
def test_cutting_the_site_keeps_a_part_of_the_title(title: str, sites: list[str]) -> None:
    cut = strip_site_suffix(title, tuple(sites))
    assert cut == title or (cut and cut in title)
