"""claimtrack's ``.docx`` article reader (python-docx, imported only when a file is read).

It lives in the ``claimtrack_docx`` plugin, beside the Word exporter, so the core never imports
python-docx; it is registered through the ``register_readers`` hook like a third party's reader.
"""

from __future__ import annotations

import io

from claimtrack.errors import ArticleLoadError
from claimtrack.reading.limits import check_zip
from claimtrack.reading.readers import Reader, ReadResult

__all__ = ["DocxReader"]


class DocxReader(Reader):
    """Word documents: the paragraphs' text (joined by blank lines), cleaned; core properties.

    The package is checked against the zip limits in force
    (:func:`claimtrack.reading.limits.check_zip`) before python-docx opens it.
    """

    name = "docx"
    suffixes = (".docx",)
    description = "Word documents: paragraph text, cleaned; title and author from properties"

    def read(self, data: bytes, name: str) -> ReadResult:
        """The document's paragraph text as ``raw``, cleaned; title and author from properties."""
        try:
            import docx
        except ImportError as exc:  # pragma: no cover - python-docx is a dependency
            raise ArticleLoadError(
                name, "python-docx is not installed", "pip install python-docx"
            ) from exc
        # python-docx inflates every part into memory: a 1 MB bomb would cost gigabytes.
        check_zip(data, name, kind=".docx file")
        try:
            document = docx.Document(io.BytesIO(data))
        except Exception as exc:  # why: python-docx raises several kinds on a broken package
            raise ArticleLoadError(
                name,
                f"not a readable .docx file ({type(exc).__name__})",
                "open and re-save it in Word or LibreOffice",
            ) from None
        text = "\n\n".join(p.text.strip() for p in document.paragraphs if p.text.strip())
        if not text:
            raise ArticleLoadError(name, "the document has no text", "check it holds the article")
        props = document.core_properties
        author = (props.author or "").strip()
        return ReadResult.cleaned(
            text,
            encoding="docx",
            title=props.title or None,
            # python-docx's default template names itself as the author.
            authors=(author,) if author and author != "python-docx" else (),
        )
