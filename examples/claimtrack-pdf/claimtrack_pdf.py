"""claimtrack-pdf: an example reader plugin that reads the text layer of PDF articles.

claimtrack finds this module through the entry point in ``pyproject.toml``::

    [project.entry-points.claimtrack]
    pdf = "claimtrack_pdf"

and calls :func:`register_readers` to get the reader; from then on ``.pdf`` files load like any
other article. The extracted text is the article's ``raw`` text: offsets map into it, and it goes
through claimtrack's cleaning rules like a plain-text copy.
"""

from __future__ import annotations

import io

import claimtrack
from claimtrack.errors import ArticleLoadError

__all__ = ["PdfReader", "register_readers"]


class PdfReader(claimtrack.Reader):
    """PDF documents: the text of every page (pypdf), cleaned; title and author from its info."""

    name = "pdf"
    suffixes = (".pdf",)
    description = "PDF documents: the text layer (pypdf), cleaned; title and author from its info"

    def read(self, data: bytes, name: str) -> claimtrack.ReadResult:
        """Extract each page's text (pages joined by a blank line) and clean it."""
        import pypdf  # imported here, so listing readers never loads it

        try:
            document = pypdf.PdfReader(io.BytesIO(data))
            if document.is_encrypted:
                raise ArticleLoadError(name, "the PDF is encrypted", "save an unlocked copy")
            pages = [page.extract_text() or "" for page in document.pages]
            info = document.metadata
        except pypdf.errors.PyPdfError as exc:
            raise ArticleLoadError(
                name, f"not a readable PDF ({exc})", "open and re-save it, or export it as text"
            ) from None
        text = "\n\n".join(page.strip() for page in pages if page.strip())
        if not text:
            raise ArticleLoadError(
                name, "the PDF has no text layer (a scan?)", "run OCR on it first, e.g. ocrmypdf"
            )
        author = (info.author or "").strip() if info is not None else ""
        return claimtrack.ReadResult.cleaned(
            text,
            encoding="pdf",
            title=(info.title or None) if info is not None else None,
            authors=(author,) if author else (),
        )


@claimtrack.hookimpl
def register_readers() -> list[claimtrack.Reader]:
    """Give claimtrack the ``.pdf`` reader."""
    return [PdfReader()]
