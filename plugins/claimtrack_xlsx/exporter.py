"""The Excel exporter object the plugin host registers."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from claimtrack.host.contracts import Exporter

from .options import XlsxOptions

if TYPE_CHECKING:
    from claimtrack.casebook import Casebook

__all__ = ["XlsxExporter"]


class XlsxExporter(Exporter):
    """The analyst's evidence workbook (openpyxl, write-only mode: memory stays flat).

    Sheets: Summary (counts by stance per claim, contested flag, a bar chart), Claims, Evidence
    (one row per quote), Matrix (claims × articles, the ACH view), Contradictions, Sources and
    About (legends, version, time, casebook checksum). Untrusted text never becomes a formula.
    Problems that change the output (cut cells, links over Excel's limit, replaced characters)
    are reported as :class:`~claimtrack_xlsx.XlsxExportWarning` and counted on the About sheet.
    """

    name = "xlsx"
    extensions = (".xlsx",)
    media_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    description = "Excel evidence workbook: summary and chart, claims, evidence, ACH matrix."
    Options = XlsxOptions

    def write(self, casebook: Casebook, stream: BinaryIO, options: XlsxOptions) -> None:
        """Write the workbook to ``stream``; warns about anything cut or degraded."""
        if options is None:
            options = XlsxOptions()
        if not isinstance(options, XlsxOptions):
            raise TypeError(
                f"xlsx exporter options must be XlsxOptions, not {type(options).__name__}"
            )
        # openpyxl is imported here, not when claimtrack loads its plugins.
        from .writer import write_workbook

        try:
            from claimtrack import __version__ as version
        except ImportError:  # pragma: no cover - a partial source tree
            version = ""
        sanitizer = write_workbook(casebook, stream, options, version=version)
        sanitizer.warn(stacklevel=3)
