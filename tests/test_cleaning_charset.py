"""An HTML page's declared charset is the first hint for bytes that are not UTF-8."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import load_article
from claimtrack.reading.charsets import declared_charset
from claimtrack.reading.decoding import decode_bytes

RUSSIAN = "Министр заявил, что паром выйдет в море в среду."
JAPANESE = "大臣は水曜日にフェリーが出航すると述べた。"


def _page(meta: str, body: str) -> str:
    return f"<html><head>{meta}<title>Ферри</title></head><body><p>{body}</p></body></html>\n"


def test_a_cp1251_page_declaring_its_charset_is_read_in_it() -> None:
    page = _page('<meta charset="windows-1251">', RUSSIAN)
    decoded = decode_bytes(page.encode("cp1251"), "ru.html")
    assert decoded.encoding == "cp1251"
    assert RUSSIAN in decoded.text


def test_a_shift_jis_page_declaring_its_charset_in_http_equiv_is_read_in_it() -> None:
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'
    page = f"<html><head>{meta}</head><body><p>{JAPANESE}</p></body></html>\n"
    decoded = decode_bytes(page.encode("shift_jis"), "ja.html")
    assert decoded.encoding == "cp932"  # what browsers read Shift_JIS as
    assert JAPANESE in decoded.text


def test_the_declared_page_loads_as_an_article(tmp_path: Path) -> None:
    path = tmp_path / "ru.html"
    path.write_bytes(_page("<meta charset='windows-1251'>", RUSSIAN).encode("cp1251"))
    assert RUSSIAN in load_article(path).text


def test_valid_utf8_is_read_as_utf8_whatever_the_page_declares() -> None:
    page = _page('<meta charset="windows-1251">', RUSSIAN)
    decoded = decode_bytes(page.encode("utf-8"), "ru.html")
    assert decoded.encoding == "utf-8"
    assert RUSSIAN in decoded.text


def test_a_wrong_declaration_is_ignored_when_the_bytes_do_not_decode_in_it() -> None:
    # Declares Shift_JIS but holds cp1251 bytes that are no valid Shift_JIS: guessed as before.
    page = _page('<meta charset="shift_jis">', RUSSIAN * 3)
    data = page.encode("cp1251")
    with pytest.raises(UnicodeDecodeError):
        data.decode("cp932")
    undeclared = decode_bytes(_page("", RUSSIAN * 3).encode("cp1251"), "ru.html")
    assert decode_bytes(data, "ru.html").encoding == undeclared.encoding


@pytest.mark.parametrize(
    ("meta", "codec"),
    [
        ('<meta charset="iso-8859-1">', "cp1252"),  # browsers read Latin-1 as windows-1252
        ('<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=koi8-r">', "koi8-r"),
        ('<meta charset="utf-8">', None),  # bytes that are not UTF-8 belie it
        ('<meta charset="no-such-codepage">', None),
        ("<p>charset=cp1251</p>", None),  # not a declaration
        ('<meta charset="hex">', None),  # a Python codec, but no character encoding
        ("", None),
    ],
)
def test_the_declared_charset_is_read_from_the_meta_tag(meta: str, codec: str | None) -> None:
    assert declared_charset(f"<html><head>{meta}</head>".encode("ascii")) == codec


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_a_codec_python_knows_or_none(junk: bytes) -> None:
    found = declared_charset(b"<meta charset=" + junk)
    if found is not None:
        assert b"x".decode(found) == "x"
