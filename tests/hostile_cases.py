"""Shared payloads and checks for the hostile-input suite (tests/test_hostile_*.py).

Every case ends in one of two outcomes: correct output, or a ClaimtrackError whose message names
the file (or JSON path) and says what to do. Never another exception, never a hang (the
:func:`no_hang` guard turns one into a failure), never a changed input (:func:`digest`).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import signal
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx

SENTENCE = "The minister said the alliance is “one whole”, and it will stay so for years."

# name -> bytes of an article file. Each is read as .txt, .md and .html.
ARTICLE_PAYLOADS: dict[str, bytes] = {
    "empty": b"",
    "whitespace": b" \n\t\r\n   \n",
    "nul-bytes": b"\x00" * 64,
    "nul-inside-text": SENTENCE.encode() + b"\x00\x00" + SENTENCE.encode(),
    "random-binary": bytes(range(256)) * 8,
    "pdf-magic": b"%PDF-1.7\n" + SENTENCE.encode(),
    "png-magic": b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
    "zip-magic": b"PK\x03\x04" + b"\x00" * 40,
    "old-office": b"\xd0\xcf\x11\xe0" + b"\x00" * 40,
    "bom-only": b"\xef\xbb\xbf",
    "utf16-bom-odd": b"\xff\xfe" + b"a\x00b",
    "utf16-le-no-bom": SENTENCE.encode("utf-16-le"),
    "utf16-be-bom": b"\xfe\xff" + SENTENCE.encode("utf-16-be"),
    "utf32-bom": b"\xff\xfe\x00\x00" + SENTENCE.encode("utf-32-le"),
    "invalid-utf8": b"Minister \xff\xfe\xfd said \xc3\x28 it.",
    "overlong-utf8": b"The minister \xc0\xaf\xe0\x80\xaf said so.",
    "surrogate-utf8": b"The minister \xed\xa0\x80 said so.",
    "cp1251": "Министр сказал, что союз будет «единым целым» ещё много лет.".encode("cp1251"),
    "koi8r": "Министр сказал, что союз будет единым целым ещё много лет.".encode("koi8-r"),
    "escape-sequences": (
        f'He said: "\x1b[2J\x1b]0;owned\x07we \x1b[31mwill\x1b[0m stay", she wrote. {SENTENCE}'
    ).encode(),
    "c1-controls": f"He said \u009b31m “we stay” \u0085 here. {SENTENCE}".encode(),
    "many-controls": b"\x01\x02\x03\x04\x05\x06\x07\x08" * 20 + SENTENCE.encode(),
    "bidi-override": f"He said “\u202egnikaerb\u202c” today. {SENTENCE}".encode(),
    "zwj-emoji-rtl": f"👨‍👩‍👧 قال الوزير «نحن باقون» {SENTENCE}".encode(),
    "one-huge-line": (SENTENCE + " ").encode() * 20000,
    "one-huge-word": b"a" * 300_000,
    "many-short-lines": b"x\n" * 100_000,
    "only-quotes": b'"' * 5000 + "“”‘’«»".encode() * 500,
    "unbalanced-quotes": (f"“{SENTENCE} " * 300).encode(),
    "only-punctuation": b".,;:!?-" * 2000,
    "crlf-and-cr": (SENTENCE + "\r\n\r" + SENTENCE + "\r" + SENTENCE).encode(),
    "form-feeds-vt": (SENTENCE + "\f\v" + SENTENCE).encode(),
    "nested-html": b"<div>" * 50_000 + SENTENCE.encode() + b"</div>" * 50_000,
    "script-only-html": b"<html><script>" + b"var a=1;" * 1000 + b"</script></html>",
    "html-entities": b"<p>&amp;&lt;&#0;&#xD800;&#x110000;&#99999999999; &bogus; said</p>",
    "billion-laughs": (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        b"<p>&lol3; " + SENTENCE.encode() + b"</p>"
    ),
    "xxe": (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b"<p>&xxe; " + SENTENCE.encode() + b"</p>"
    ),
    "html-comment-only": b"<!-- " + b"x" * 1000 + b" -->",
    "front-matter-broken": b"---\ntitle: [unclosed\n---\n" + SENTENCE.encode(),
    "front-matter-deep": b"---\ntitle: " + b"[" * 5000 + b"\n---\n" + SENTENCE.encode(),
    "front-matter-anchors": (
        b"---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
        b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n---\n"
        + SENTENCE.encode()
    ),
    "date-lines": b"June 31, 2017 25:61\n99999999999 reads\n" + SENTENCE.encode(),
    "numbers-huge": ("9" * 5000 + " " + SENTENCE).encode(),
    "plain-good": (SENTENCE + "\n\n" + SENTENCE).encode(),
}

ARTICLE_SUFFIXES = (".txt", ".md", ".html")


def digest(path: Path) -> str:
    """The sha256 of a file (inputs are hashed before and after each case)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Hang(Exception):
    """A case ran past its time bound: claimtrack hung on hostile input."""


@contextlib.contextmanager
def no_hang(seconds: int = 60) -> Iterator[None]:
    """Fail (not hang) if the body runs longer than ``seconds``; SIGALRM interrupts a blocking
    open() or read() too. Main thread only, which is where pytest runs tests."""

    def alarm(_signum: int, _frame: object) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def docx_bytes(*paragraphs: str) -> bytes:
    """A real .docx (python-docx) holding ``paragraphs``."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rezip(data: bytes, replace: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """``data`` (a zip) with the members in ``replace`` swapped or added."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as target:
        for info in source.infolist():
            if info.filename not in replace:
                target.writestr(info.filename, source.read(info.filename))
        for name, content in replace.items():
            target.writestr(name, content)
    return out.getvalue()


def bomb_document(megabytes: int) -> bytes:
    """A word/document.xml body of one paragraph per megabyte of 'a's (deflates ~1000:1)."""
    para = b"<w:p><w:r><w:t>" + b"a" * (1 << 20) + b"</w:t></w:r></w:p>"
    head = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body>"
    )
    return head + para * megabytes + b"</w:body></w:document>"


def lie_about_sizes(data: bytes, claimed: int = 100) -> bytes:
    """``data`` (a zip) with every member's declared uncompressed size rewritten to ``claimed``
    (local headers and central directory): a bomb that passes a check of declared sizes."""
    blob = bytearray(data)
    position = 0
    while (position := blob.find(b"PK\x03\x04", position)) != -1:
        blob[position + 22 : position + 26] = claimed.to_bytes(4, "little")
        position += 4
    position = 0
    while (position := blob.find(b"PK\x01\x02", position)) != -1:
        blob[position + 24 : position + 28] = claimed.to_bytes(4, "little")
        position += 4
    return bytes(blob)
