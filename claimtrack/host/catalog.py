"""What the registered plugins offer: exporters by format, readers by suffix, detectors, export.

:class:`Catalog` is the part of :class:`~claimtrack.host.registry.PluginHost` that answers
questions about what is registered; the registry part registers and reports. A format name or a
suffix belongs to the plugin that claimed it first; listings follow pluggy's hook order.
"""

from __future__ import annotations

import os
from difflib import get_close_matches
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimtrack.errors import FormatError
from claimtrack.host.calling import as_list, call_alone
from claimtrack.host.contracts import Exporter, ReviewReader
from claimtrack.host.export import build_options, write_atomic, write_bytes
from claimtrack.host.progress import Progress, reporting
from claimtrack.model import Contradiction, ContradictionStatus

if TYPE_CHECKING:
    import pluggy

    from claimtrack.casebook.book import Casebook
    from claimtrack.host.listing import PluginRecord
    from claimtrack.reading.readers import Reader

__all__ = ["Catalog"]


class Catalog:
    """Exporters, readers and detection over the registered plugins (a base of PluginHost)."""

    if TYPE_CHECKING:  # provided by PluginHost
        pm: pluggy.PluginManager

        def load(self) -> None: ...
        def _healthy(self) -> list[PluginRecord]: ...
        def _in_hook_order(self, hook_name: str) -> list[PluginRecord]: ...
        def _fail(self, record: PluginRecord, stage: str, message: str) -> None: ...

    # ------------------------------------------------------------------ exporters

    def _exporter_owners(self) -> dict[str, Exporter]:
        owners: dict[str, Exporter] = {}
        for record in self._healthy():
            for exporter in record.exporters:
                owners.setdefault(exporter.name, exporter)
        return owners

    def exporters(self) -> dict[str, Exporter]:
        """The available exporters by format name, in hook order (pluggy's)."""
        owners = self._exporter_owners()
        return {
            e.name: e
            for record in self._in_hook_order("register_exporters")
            for e in record.exporters
            if owners[e.name] is e
        }

    def _by_extension(self) -> dict[str, Exporter]:
        owners = self._exporter_owners()
        by_ext: dict[str, Exporter] = {}
        for exporter in owners.values():
            for ext in exporter.extensions:
                by_ext.setdefault(ext, exporter)
        return by_ext

    def readers(self) -> dict[str, Reader]:
        """The article readers by lower-case suffix (``".txt"``), in hook order (pluggy's)."""
        owners: dict[str, Reader] = {}
        for record in self._healthy():
            for reader in record.readers:
                for suffix in reader.suffixes:
                    owners.setdefault(suffix, reader)
        return {
            suffix: reader
            for record in self._in_hook_order("register_readers")
            for reader in record.readers
            for suffix in reader.suffixes
            if owners[suffix] is reader
        }

    def _report_conflicts(self, record: PluginRecord) -> None:
        """Report the names and suffixes ``record`` offers that an earlier plugin holds."""
        names: dict[str, tuple[str, Exporter]] = {}
        suffixes: dict[str, tuple[str, str]] = {}
        for other in self._healthy():
            if other is record:
                break
            for exporter in other.exporters:
                names.setdefault(exporter.name, (other.name, exporter))
            for reader in other.readers:
                for suffix in reader.suffixes:
                    suffixes.setdefault(suffix, (other.name, reader.name))
        by_ext = {ext: e for _p, e in names.values() for ext in e.extensions}
        for exporter in record.exporters:
            if exporter.name in names:
                owner = names[exporter.name][0]
                self._fail(record, "conflict", f"format {exporter.name!r} is already provided by "
                           f"plugin {owner!r}; this plugin's {exporter.name!r} exporter is ignored "
                           f"(unregister {owner!r} to use it)")  # fmt: skip
                continue
            for ext in exporter.extensions:
                if ext in by_ext:
                    held = by_ext[ext].name
                    self._fail(record, "conflict", f"extension {ext!r} of format "
                               f"{exporter.name!r} is already claimed by format {held!r}; {ext} "
                               f"files keep going to {held!r} (pass format={exporter.name!r} to "
                               f"use this one)")  # fmt: skip
        for reader in record.readers:
            for suffix in reader.suffixes:
                if suffix in suffixes:
                    owner, held = suffixes[suffix]
                    self._fail(record, "conflict", f"suffix {suffix!r} of reader {reader.name!r} "
                               f"is already read by reader {held!r} of plugin {owner!r}; "
                               f"{suffix} files keep going to {held!r}")  # fmt: skip
        self._review_reader_conflicts(record)

    # ------------------------------------------------------------------ review readers

    def _review_reader_owners(self) -> dict[str, tuple[str, ReviewReader]]:
        """Suffix -> (plugin name, review reader), the first plugin registered keeping it."""
        owners: dict[str, tuple[str, ReviewReader]] = {}
        for record in self._healthy():
            for reader in record.review_readers:
                for suffix in reader.suffixes:
                    owners.setdefault(suffix, (record.name, reader))
        return owners

    def review_readers(self) -> dict[str, ReviewReader]:
        """The readers of reviewed files (``claimtrack merge``) by lower-case suffix."""
        return {suffix: reader for suffix, (_, reader) in self._review_reader_owners().items()}

    def review_reader_for(self, path: str | os.PathLike[str]) -> tuple[str, ReviewReader]:
        """(plugin name, review reader) for the suffix of ``path``; FormatError if none reads it."""
        owners = self._review_reader_owners()
        suffix = Path(path).suffix.lower()
        if suffix in owners:
            return owners[suffix]
        known = ", ".join(sorted(owners)) or "none (no review reader plugin is loaded)"
        raise FormatError(
            f"cannot read {os.fspath(path)!r} as a reviewed file: no review reader for "
            f"{suffix or 'files without a suffix'!r}; review readers read: {known}"
        )

    def _review_reader_conflicts(self, record: PluginRecord) -> None:
        owners = self._review_reader_owners()
        for reader in record.review_readers:
            for suffix in reader.suffixes:
                owner, held = owners.get(suffix, (record.name, reader))
                if held is not reader:
                    message = (
                        f"suffix {suffix!r} of review reader {reader.name!r} is already read by "
                        f"{held.name!r} of plugin {owner!r}; {suffix} files keep going to "
                        f"{held.name!r}"
                    )
                    self._fail(record, "conflict", message)

    def exporter_for(
        self, format: str | None = None, path: str | os.PathLike[str] | None = None
    ) -> Exporter:
        """The exporter for ``format``, else for the suffix of ``path``; FormatError if none."""
        available = self.exporters()
        listing = (
            ", ".join(
                f"{n} ({', '.join(e.extensions)})" if e.extensions else n
                for n, e in available.items()
            )
            or "none (no exporter plugin is loaded)"
        )
        by_ext = self._by_extension()
        if format:
            wanted = format.lower().lstrip(".")
            exporter = available.get(wanted) or by_ext.get("." + wanted)
            if exporter is not None:
                return exporter
            hint = get_close_matches(format.lower(), list(available), n=1)
            raise FormatError(
                f"unknown format {format!r}"
                + (f" (did you mean {hint[0]!r}?)" if hint else "")
                + f"; available: {listing}"
            )
        if path is None:
            raise FormatError(f"no format given; available: {listing}")
        suffix = Path(path).suffix.lower()
        if suffix in by_ext:
            return by_ext[suffix]
        hint = get_close_matches(suffix, list(by_ext), n=1)
        said = f"its suffix {suffix!r}" if suffix else "it (it has no suffix)"
        raise FormatError(
            f"cannot tell the format of {os.fspath(path)!r} from {said}"
            + (f" (did you mean {hint[0]!r}?)" if hint else "")
            + f"; pass a format: {listing}"
        )

    # ------------------------------------------------------------------ detection

    def detect_contradictions(self, casebook: Casebook) -> list[Contradiction]:
        """Candidate contradictions from every detector plugin, in hook order (pluggy's).

        One ``pm.hook.detect_contradictions`` call; if it raises or returns anything but candidate
        :class:`~claimtrack.Contradiction` objects, each detector is called alone instead, the
        culprits are reported by name and the others' candidates returned. The casebook is not
        changed.
        """
        self.load()
        try:
            results = self.pm.hook.detect_contradictions(casebook=casebook)
            found = [x for result in results for x in as_list(result, Contradiction)]
        except Exception:  # why: found and reported by calling each detector alone below
            return self._detect_one_by_one(casebook)
        if any(_candidate_problem(x) for x in found):
            return self._detect_one_by_one(casebook)
        return found

    def _detect_one_by_one(self, casebook: Casebook) -> list[Contradiction]:
        found: list[Contradiction] = []
        hook = "detect_contradictions"
        for record in self._in_hook_order(hook):
            try:
                items = as_list(call_alone(self.pm, hook, record.plugin, casebook=casebook),
                                Contradiction)  # fmt: skip
            except Exception as exc:  # why: a plugin's bug must not stop the others
                self._fail(record, hook, f"raised {type(exc).__name__}: {exc}")
                continue
            for item in items:
                problem = _candidate_problem(item)
                if problem:
                    self._fail(record, hook, problem)
                else:
                    found.append(item)
        return found

    # ------------------------------------------------------------------ exporting

    def export(
        self,
        book: Casebook,
        dest: str | os.PathLike[str],
        format: str | None = None,
        *,
        progress: Progress | None = None,
        **options: Any,
    ) -> Path:
        """Write ``book`` to the file ``dest``; see :func:`claimtrack.export`."""
        exporter = self.exporter_for(format, dest)
        built = build_options(exporter, options)
        # One consistent state even while other threads write to the book.
        with book.lock, reporting(progress):
            return write_atomic(book, exporter, built, dest)

    def export_bytes(
        self, book: Casebook, format: str, *, progress: Progress | None = None, **options: Any
    ) -> bytes:
        """What :meth:`export` would write, returned as bytes (handy in tests and web apps)."""
        exporter = self.exporter_for(format)
        built = build_options(exporter, options)
        with book.lock, reporting(progress):
            return write_bytes(book, exporter, built)


def _candidate_problem(item: object) -> str:
    if not isinstance(item, Contradiction):
        return f"returned {type(item).__name__}, not a claimtrack.Contradiction"
    if item.status is not ContradictionStatus.CANDIDATE:
        return (
            f"returned {item.id!r} with status {item.status.value!r}; detectors "
            f"propose candidates only"
        )
    return ""
