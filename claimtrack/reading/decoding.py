"""Turn an article file's bytes into text, or refuse clearly.

Order: a byte-order mark (UTF-8, UTF-16, UTF-32); a UTF-16 file without BOM recognised by its NUL
pattern; strict UTF-8; then the code page an HTML page declares in its ``<meta charset>``
(:mod:`claimtrack.reading.charsets`) when the bytes decode cleanly in it; then the Latin code
pages told apart by language (:mod:`claimtrack.reading.codepages`: cp1252 vs cp1250, refused
when unsure); then
charset-normalizer for other legacy code pages (cp1251, koi8-r …), accepted only when it is
confident. Empty and binary files are refused with an
:class:`~claimtrack.errors.ArticleLoadError` that says what to do.
"""

from __future__ import annotations

import codecs
import unicodedata

from attrs import frozen

from claimtrack.errors import ArticleLoadError
from claimtrack.reading.charsets import declared_charset
from claimtrack.reading.codepages import guess_latin

__all__ = ["Decoded", "decode_bytes"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"%PDF", "a PDF document", "convert it to text first, e.g. `pdftotext file.pdf`"),
    (b"PK\x03\x04", "a ZIP archive (or an Office file)", "save it as .docx or as plain text"),
    (b"\x89PNG", "a PNG image", "articles must be text, HTML or .docx"),
    (b"GIF8", "a GIF image", "articles must be text, HTML or .docx"),
    (b"\xff\xd8\xff", "a JPEG image", "articles must be text, HTML or .docx"),
    (b"\xd0\xcf\x11\xe0", "an old Office (.doc) file", "save it as .docx or as plain text"),
)
# Control characters allowed in text: tab, LF, VT, FF, CR; ESC appears in some terminal dumps.
_ALLOWED_CONTROLS = {9, 10, 11, 12, 13, 27}
_SAMPLE = 65536
_MAX_CHAOS = 0.15


@frozen
class Decoded:
    """Decoded text and the encoding it was read with (``"utf-8"``, ``"cp1251"`` …)."""

    text: str
    encoding: str


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 LE/BE text has a NUL in every other byte for Latin text (and many for others)."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    # Spaces alone give ~15% NULs in Cyrillic text; Latin text gives ~100%.
    if odd > 0.1 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.1 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _binary_problem(path: str, data: bytes) -> ArticleLoadError | None:
    for magic, what, hint in _MAGIC:
        if data.startswith(magic):
            return ArticleLoadError(path, f"this is {what}, not an article text", hint)
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return ArticleLoadError(
            path, "binary file (contains NUL bytes)", "articles must be text, HTML or .docx files"
        )
    controls = sum(1 for b in sample if b < 32 and b not in _ALLOWED_CONTROLS)
    if controls > max(2, len(sample) // 100):
        return ArticleLoadError(
            path,
            f"binary file ({controls} control bytes in the first {len(sample)})",
            "articles must be text, HTML or .docx files",
        )
    return None


def _check_text(path: str, text: str, encoding: str) -> Decoded:
    if not text.strip():
        raise ArticleLoadError(
            path,
            "the file is empty (no text after decoding)",
            "remove it or put the article text in it",
        )
    sample = text[:_SAMPLE]
    bad = sum(1 for c in sample if _is_control(c))
    if bad > max(2, len(sample) // 100):
        raise ArticleLoadError(
            path,
            f"decoded as {encoding} but full of control characters",
            "is it really a text file? save it as UTF-8 text",
        )
    return Decoded(text, encoding)


def _is_control(char: str) -> bool:
    """A control character (C0 or C1) other than the whitespace and ESC that text may hold.

    Only category Cc counts: format characters (ZWNJ, ZWJ in emoji sequences, RTL marks),
    private-use and not-yet-assigned code points are ordinary text in some script.
    """
    if char.isprintable() or char.isspace():
        return False
    return unicodedata.category(char) == "Cc" and char != "\x1b"


def decode_bytes(data: bytes, path: str = "<bytes>") -> Decoded:
    """Decode an article file's bytes; raise :class:`ArticleLoadError` naming ``path`` if unsure."""
    if not data.strip():
        raise ArticleLoadError(path, "the file is empty", "remove it or put the article text in it")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(path, data[len(bom) :].decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise ArticleLoadError(
                    path,
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"(byte {exc.start + len(bom)})",
                    "re-save the file as UTF-8",
                ) from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return _check_text(path, data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass  # not UTF-16 after all; the binary check below will say so
    problem = _binary_problem(path, data)
    if problem is not None:
        raise problem
    try:
        return _check_text(path, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    declared = declared_charset(data)
    if declared is not None:
        try:
            return _check_text(path, data.decode(declared), declared)
        except UnicodeDecodeError:
            pass  # the page's declaration is wrong: guess as for an undeclared page
    return _check_text(path, *_legacy(path, data, utf8_error))


def _legacy(path: str, data: bytes, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    hint = "re-save the file as UTF-8 (e.g. `iconv -f cp1252 -t utf-8`)"
    latin = guess_latin(data)
    if latin.encoding is not None and latin.text is not None:
        return latin.text, latin.encoding
    if latin.unsure:
        first, second = latin.unsure
        raise ArticleLoadError(
            path,
            f"not UTF-8, and it reads as well in {first} as in {second} (they give different "
            f"letters, e.g. à or ŕ); refusing to guess",
            f"re-save the file as UTF-8 (e.g. `iconv -f {first} -t utf-8` if it is {first})",
        )
    from charset_normalizer import from_bytes  # imported lazily: only legacy files need it

    best = from_bytes(data).best()
    if best is None:
        raise ArticleLoadError(
            path, f"not UTF-8 (invalid byte at {utf8_error.start}) and no other encoding fits", hint
        )
    if best.percent_chaos > _MAX_CHAOS * 100:
        raise ArticleLoadError(
            path,
            f"not UTF-8, and the best guess ({best.encoding}) is too unsure "
            f"({best.percent_chaos:.0f}% garbled)",
            hint,
        )
    text = str(best)
    if _mostly_latin(text):
        # Latin letters, yet no Latin code page explains the accented ones: a guess would garble.
        raise ArticleLoadError(
            path,
            f"not UTF-8, and no Western or Central European code page reads its accented "
            f"letters as one language (the best statistical guess, {best.encoding}, may garble "
            f"them)",
            hint,
        )
    return text, best.encoding


def _mostly_latin(text: str) -> bool:
    letters = [c for c in text[:_SAMPLE] if c.isalpha()]
    latin = sum(1 for c in letters if c.isascii())
    return bool(letters) and latin >= 0.5 * len(letters)
