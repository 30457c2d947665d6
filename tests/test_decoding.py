"""Legacy code pages told apart or refused, never garbled; every script is ordinary text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import load_article, locate_quote
from claimtrack.errors import ArticleLoadError
from claimtrack.reading.codepages import guess_latin
from claimtrack.reading.decoding import decode_bytes

FRENCH = (
    "Le conseil a voté à l'unanimité.\n\n"
    "Le maire a déclaré qu'il irait à Genève où la réunion aura lieu, et que la ville "
    "était prête à payer sa part des travaux.\n"
)
POLISH = "Minister powiedział, że łódź płynie już od świtu. Zażółć gęślą jaźń.\n"
CZECH = "Příliš žluťoučký kůň úpěl ďábelské ódy, řekl starosta.\n"
GERMAN = "Müller sagte, die Straße am Fluß sei bis Mittwoch gesperrt.\n"


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
@pytest.mark.parametrize("text", [FRENCH, GERMAN, "Il est allé à Paris.\n", "à bientôt\n"])
def test_western_text_in_a_western_code_page_is_read_as_written(text: str, encoding: str) -> None:
    decoded = decode_bytes(text.encode(encoding), "fr.txt")
    assert decoded.text == text
    assert "ŕ" not in decoded.text


@pytest.mark.parametrize("encoding", ["cp1250", "iso-8859-2"])
@pytest.mark.parametrize("text", [POLISH, CZECH])
def test_central_european_text_is_read_as_written(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "pl.txt").text == text


def test_curly_quotes_of_cp1252_are_read() -> None:
    text = "“C’est fini”, a-t-il dit – à la radio…\n"
    assert decode_bytes(text.encode("cp1252"), "q.txt").text == text


def test_when_two_code_pages_read_equally_well_the_file_is_refused() -> None:
    # 0xE8 is "è" in cp1252 and "č" in cp1250: one such letter alone cannot be told apart.
    data = "Le caf\xe8 est ouvert.\n".encode("latin-1")
    guess = guess_latin(data)
    if guess.encoding is None:
        assert guess.unsure
        with pytest.raises(ArticleLoadError, match="refusing to guess"):
            decode_bytes(data, "cafe.txt")
    else:  # a decision was made: it must be the language-consistent reading
        assert guess.text == "Le caf\xe8 est ouvert.\n"


def test_the_refusal_names_the_file_and_the_way_out() -> None:
    data = "Le caf\xe8 est ouvert.\n".encode("latin-1")
    try:
        decode_bytes(data, "cafe.txt")
    except ArticleLoadError as error:
        assert error.path == "cafe.txt" and "iconv" in error.hint


_FR_WORDS = st.sampled_from(
    "le la les à où été déjà très près élève garçon château forêt mère père noël "  # noqa: SIM905
    "ville maire conseil réunion français".split()
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_FR_WORDS, min_size=1, max_size=40), st.sampled_from(["latin-1", "cp1252"]))
def test_french_in_a_western_code_page_is_read_exactly_or_refused(
    words: list[str], encoding: str
) -> None:
    text = " ".join(words) + ".\n"
    try:
        decoded = decode_bytes(text.encode(encoding), "fr.txt")
    except ArticleLoadError as error:
        assert "UTF-8" in error.hint
        return
    assert decoded.text == text  # never silently garbled


_PL_WORDS = st.sampled_from(
    "łódź żółw źdźbło gęś jaźń ślimak ćma miasto rada powiedział że już świt".split()  # noqa: SIM905
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PL_WORDS, min_size=1, max_size=40))
def test_polish_in_cp1250_is_read_exactly_or_refused(words: list[str]) -> None:
    text = " ".join(words) + ".\n"
    try:
        decoded = decode_bytes(text.encode("cp1250"), "pl.txt")
    except ArticleLoadError:
        return
    assert decoded.text == text


# ---------------------------------------------------------------- scripts and format characters

PERSIAN = (
    "وزیر امور خارجه گفت: «ما آماده\u200cایم که گفت\u200cوگو را ادامه دهیم.»\n\n"
    "او افزود که نشست بعدی در هفته\u200cی آینده برگزار می\u200cشود "
    "و همه\u200cی طرف\u200cها دعوت شده\u200cاند.\n"
)
ARABIC = (
    '\u200fقال الوزير إن "المفاوضات ستستمر حتى نهاية الشهر" '
    "وأضاف أن الوفد سيعود الأسبوع المقبل إلى العاصمة.\n\n"
    "وأكد المتحدث باسم الوزارة أن الاجتماع المقبل سيعقد في القاهرة "
    "بحضور جميع الأطراف المعنية بالملف.\n"
)
GERMAN_SHY = (
    "Die Straßen\u00adbahn\u00adhaltestelle am Rathaus wird im Sommer umgebaut, "
    "teilte die Stadt mit. 🚋\n\n"
    "„Wir bitten um Geduld“, sagte die Bürger\u00admeisterin. 👩\u200d💼 "
    "Die Arbeiten dauern drei Monate.\n"
)


@pytest.mark.parametrize(("name", "text"), [("fa", PERSIAN), ("ar", ARABIC), ("de", GERMAN_SHY)])
def test_scripts_with_format_characters_and_emoji_load(
    tmp_path: Path, name: str, text: str
) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(text.encode("utf-8"))
    article = load_article(path)
    assert article.raw == text
    assert "\u200c" in article.text or "\u00ad" in article.text or "\u200f" in article.raw


def test_right_to_left_quotes_anchor(tmp_path: Path) -> None:
    path = tmp_path / "fa.txt"
    path.write_bytes(PERSIAN.encode("utf-8"))
    article = load_article(path)
    typed = "ما آماده\u200cایم که گفت\u200cوگو را ادامه دهیم."
    selector = locate_quote(article.text, typed)
    assert article.text[selector.start : selector.end] == selector.exact
    # Typed without the zero-width non-joiners (as many keyboards do): still the same words.
    loose = locate_quote(article.text, typed.replace("\u200c", ""))
    assert (loose.start, loose.end) == (selector.start, selector.end)


def test_arabic_quote_anchors_through_the_article(tmp_path: Path) -> None:
    path = tmp_path / "ar.txt"
    path.write_bytes(ARABIC.encode("utf-8"))
    article = load_article(path)
    selector = locate_quote(article.text, "المفاوضات ستستمر حتى نهاية الشهر")
    assert selector.exact == "المفاوضات ستستمر حتى نهاية الشهر"
    raw_start = article.raw_offset(selector.start)
    assert article.raw[raw_start : raw_start + len(selector.exact)] == selector.exact


def test_soft_hyphens_are_forgiven_when_anchoring(tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_bytes(GERMAN_SHY.encode("utf-8"))
    article = load_article(path)
    selector = locate_quote(
        article.text, "Die Straßenbahnhaltestelle am Rathaus wird im Sommer umgebaut"
    )
    assert selector.exact.startswith("Die Straßen\u00adbahn")
