"""Render the pictures of the Excel workbook and the Word memo used in docs/formats/.

    python examples/render_doc_images.py            # writes missing docs/images/{xlsx,docx}-*.png
    python examples/render_doc_images.py --force    # re-renders them all

Builds the Belarus/CSTO casebook with examples/belarus_csto.py, converts its workbook and memo to
PDF with LibreOffice headless, rasterises pages with poppler's pdftoppm and crops the margins
(Pillow, which matplotlib brings). For the workbook picture every sheet is set to one page wide
(in a copy; the exporter's own file is not changed), so a whole sheet fits one image.
Needs ``soffice`` and ``pdftoppm`` on PATH.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"

# image name -> (document, text on the wanted PDF page (its first such page), dpi,
#                fraction of the cropped page kept as (width, height))
PICTURES = {
    "xlsx-summary.png": ("evidence-fit", "Evidence by stance", 130, (1.0, 1.0)),
    "xlsx-evidence.png": ("evidence-fit", "Said on", 220, (0.5, 0.6)),
    "docx-first-page.png": ("brief", "Bottom line up front", 80, (1.0, 1.0)),
    "docx-evidence.png": ("brief", "Refuting", 80, (1.0, 1.0)),
}


def _run(args: list[str], cwd: Path) -> None:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args[:2])} failed:\n{result.stdout}{result.stderr}")


def _fit_sheets_to_page_width(src: Path, dst: Path) -> None:
    import openpyxl

    book = openpyxl.load_workbook(src)
    for sheet in book.worksheets:
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.page_setup.orientation = "landscape"
    book.save(dst)


def _find_page(pdf: Path, text: str) -> int:
    """The first page of ``pdf`` whose text contains ``text``."""
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    count = int(next(ln for ln in pages.stdout.splitlines() if ln.startswith("Pages:")).split()[1])
    for page in range(1, count + 1):
        out = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        if text in out.stdout:
            return page
    sys.exit(f"no page of {pdf.name} contains {text!r}; update PICTURES")


def _render(pdf: Path, page: int, dpi: int, keep: tuple[float, float], target: Path) -> None:
    from PIL import Image, ImageOps

    stem = pdf.with_suffix("")
    _run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page), "-l", str(page),
          str(pdf), str(stem)], pdf.parent)  # fmt: skip
    image = Image.open(f"{stem}.png").convert("RGB")
    box = ImageOps.invert(image).getbbox() or (0, 0, *image.size)
    pad = 12
    left, top = max(0, box[0] - pad), max(0, box[1] - pad)
    right, bottom = min(image.width, box[2] + pad), min(image.height, box[3] + pad)
    width, height = int((right - left) * keep[0]), int((bottom - top) * keep[1])
    image.crop((left, top, left + width, top + height)).save(target, optimize=True)


def main(argv: list[str] | None = None) -> int:
    """Render every missing picture (all of them with --force)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="re-render existing pictures")
    args = parser.parse_args(argv)
    wanted = {n: spec for n, spec in PICTURES.items() if args.force or not (IMAGES / n).exists()}
    if not wanted:
        print("all pictures exist; --force re-renders them")
        return 0
    for tool in ("soffice", "pdftoppm", "pdftotext", "pdfinfo"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not on PATH (install LibreOffice and poppler-utils)")
    with tempfile.TemporaryDirectory(prefix="claimtrack-images-") as tmp:
        work = Path(tmp)
        _run([sys.executable, str(ROOT / "examples" / "belarus_csto.py"), "--out", str(work)], ROOT)
        _fit_sheets_to_page_width(work / "evidence.xlsx", work / "evidence-fit.xlsx")
        # A private LibreOffice profile: another soffice running at the same time cannot clash.
        profile = (work / "lo-profile").as_uri()
        _run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
              "--outdir", str(work), "brief.docx", "evidence-fit.xlsx"], work)  # fmt: skip
        IMAGES.mkdir(parents=True, exist_ok=True)
        for name, (document, text, dpi, keep) in wanted.items():
            pdf = work / f"{document}.pdf"
            _render(pdf, _find_page(pdf, text), dpi, keep, IMAGES / name)
            print(f"wrote docs/images/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
