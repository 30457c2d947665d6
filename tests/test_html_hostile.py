"""Hostile and odd HTML: a clean article or a clear ArticleLoadError, never a crash or a hang.

Pages are composed here (invented text). Quotation marks, nested quotes, block quotes and
paragraph breaks must reach the article text unchanged: the quotation extractor reads them.
"""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack.casebook.custody import custody_problem
from claimtrack.errors import ArticleLoadError

_COUNTER = itertools.count()
_DIR = Path(tempfile.mkdtemp(prefix="htmlset2-hostile-"))


def _para(k: int) -> str:
    return (
        f"<p>The harbour council met on day {k} and read report number {k * 7} aloud to "
        f"{k % 50} passengers, who asked about the ferry fares.</p>"
    )


def _load(page: str | bytes, encoding: str = "utf-8") -> claimtrack.Article:
    data = page if isinstance(page, bytes) else page.encode(encoding)
    path = _DIR / f"page-{next(_COUNTER)}.html"
    path.write_bytes(data)
    return claimtrack.load_article(path, id=path.stem)


QUOTES = """<html><head><title>Ferry fares</title></head><body><article>
<h1>Ferry fares rise</h1>
<p>The harbour council voted on Tuesday to raise ferry fares by twelve percent from April.</p>
<p>“We held prices for six years,” said Councillor Tomas Lindqvist. “The fuel bill has
‘simply doubled’, and we cannot wait.</p>
<p>“Nobody wants this,” he added.</p>
<blockquote><p>“The island depends on the boats,” the petition read.</p>
<p>“Raise the fares and you cut us off,” it went on.</p></blockquote>
<p>Passengers called the rise ‘a blow’. "It's 'unfair'," one said.</p>
</article></body></html>"""


def test_quotes_nested_quotes_and_block_quotes_reach_the_text_intact() -> None:
    text = _load(QUOTES).text
    assert "“We held prices for six years,” said Councillor Tomas Lindqvist." in text
    assert "‘simply doubled’, and we cannot wait." in text
    assert "“Nobody wants this,” he added." in text
    assert "\"It's 'unfair',\" one said." in text
    petition = "“The island depends on the boats,” the petition read."
    went_on = "“Raise the fares and you cut us off,” it went on."
    assert f"{petition}\n\n{went_on}" in text  # the two quoted paragraphs stay two


@pytest.mark.parametrize("depth", [300, 3000])
def test_deeply_nested_text_is_read(depth: int) -> None:
    """lxml drops everything past 255 nested elements; the reader does not."""
    body = "".join(_para(k) for k in range(4))
    text = _load(f"<html><body>{'<div>' * depth}{body}{'</div>' * depth}</body></html>").text
    assert "report number 0 aloud" in text and "report number 21 aloud" in text


def test_unclosed_inline_elements_thousands_deep_lose_nothing() -> None:
    body = "".join(_para(k) for k in range(4))
    text = _load(f"<html><body>{'<span><b>' * 5000}{body}</body></html>").text
    assert "report number 21 aloud" in text


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Only a title</title></head></html>",
        "<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>",
        "<html><frameset><frame src='a.html'></frameset></html>",
        "<html><body><style>p { color: red }</style><svg><text>Logo</text></svg></body></html>",
    ],
    ids=["no-body", "scripts-only", "frameset", "style-and-svg-only"],
)
def test_a_page_without_text_is_refused_clearly(page: str) -> None:
    with pytest.raises(ArticleLoadError, match="no article body"):
        _load(page)


@pytest.mark.parametrize(
    ("encoding", "declared"),
    [("utf-8", "iso-8859-1"), ("utf-8", "gb2312"), ("latin-1", "utf-8"), ("cp1251", "cp1251")],
)
def test_a_wrong_or_right_charset_declaration_never_garbles(encoding: str, declared: str) -> None:
    sentence = (
        "Городской совет проголосовал за новые тарифы на паром."
        if encoding == "cp1251"
        else "Le conseil a voté mardi une hausse des tarifs, a déclaré Zoé Marchand."
    )
    page = (
        f"<html><head><meta charset='{declared}'><title>t</title></head><body><article>"
        + "".join(f"<p>{sentence} Séance {k}.</p>" if encoding != "cp1251" else
                  f"<p>{sentence} Заседание {k}.</p>" for k in range(6))
        + "</article></body></html>"
    )  # fmt: skip
    assert sentence in _load(page, encoding).text


def test_a_big_page_is_read_to_its_end() -> None:
    page = "<html><body><article>" + "".join(_para(k) for k in range(3000)) + "</article>"
    text = _load(page + "</body></html>").text
    assert "report number 0 aloud" in text and f"report number {2999 * 7} aloud" in text


_FRAGMENTS = st.sampled_from(
    [
        "<p>", "</p>", "<div>", "</div>", "<svg/>", "<button>", "</span>", "<br>", "<!-- x -->",
        "<script>var s = '</div>';</script>", "<![CDATA[ x ]]>", "&amp;", "&#8217;", "&bogus;",
        "<blockquote>", "“", "”", "‘", "’", '"', "<table><tr><td>", "</html>", "<head>", "<body>",
        "<title>T</title>", "<meta charset='koi8-r'>", "\u200f", "\u00ad", "😀", "<",
    ]
)  # fmt: skip
_WORDS = st.text(alphabet="abcdefghij klmnop.,", min_size=1, max_size=40)


@pytest.mark.parametrize("stray", ["</html>", "</body>", "</body></html>", "</HTML >"])
def test_text_after_a_stray_page_end_is_kept(stray: str) -> None:
    # Browsers put what follows a stray </html> or </body> back in the body; libxml2 dropped it.
    page = f"<html><body><p>Ferry notice &amp; fares.</p>{stray}" + "".join(map(_para, range(3)))
    text = _load(page).text
    assert "report number 0 aloud" in text and "report number 14 aloud" in text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_FRAGMENTS, _WORDS), max_size=60))
@example(["&amp;", "</html>"])  # found by hypothesis: the page after </html> was lost
def test_tag_soup_gives_an_article_or_a_clear_error(pieces: list[str]) -> None:
    body = "".join(pieces) + "".join(_para(k) for k in range(3))
    try:
        article = _load(body)
    except ArticleLoadError as error:
        assert str(error)
        return
    assert article.text.strip()
    assert custody_problem(article) is None  # the text still maps to the page
