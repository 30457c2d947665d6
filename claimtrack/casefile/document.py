"""The casebook file as records: YAML parsed with positions, every key checked against the spec.

ruamel.yaml is used for its round-trip loader, which keeps the line and column of every key and
value (``.lc``), so each problem can say ``case.yaml:12:5``. YAML 1.2 is read (``no`` stays
text). Nothing here knows the casebook: this turns the file into :class:`Record` objects with
their values read (:mod:`claimtrack.casefile.values`) and their places, and reports every bad key
or value it meets without stopping.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from attrs import field, frozen
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from claimtrack.casefile.problems import Place, Problems
from claimtrack.casefile.spec import SECTIONS
from claimtrack.casefile.values import kind_of

__all__ = ["EXTENSION", "Record", "read_casefile_records"]

EXTENSION = "x-"
"""Keys starting with this are the analyst's own and ignored (``x-defaults: &ev …``)."""


@frozen(eq=False)
class Record:
    """One mapping of the file: its values as read, where each stands, and nested records."""

    section: str
    where: str  # for messages: "evidence #3"
    place: Place
    values: dict[str, Any] = field(factory=dict)
    places: dict[str, Place] = field(factory=dict)
    children: dict[str, tuple[Record, ...]] = field(factory=dict)

    @property
    def usable(self) -> bool:
        """Every required key was read: the record can be built (its bad optional keys are
        left out, so the rest of it is still checked; the problems stop any output)."""
        spec = SECTIONS[self.section]
        return all(
            key in self.values or key in self.children for key, f in spec.items() if f.required
        )

    def get(self, key: str, default: Any = None) -> Any:
        """The value read for ``key``, or ``default`` when absent."""
        return self.values.get(key, default)

    def at(self, key: str) -> Place:
        """Where ``key``'s value stands (the record's start when the key is absent)."""
        return self.places.get(key, self.place)

    def name(self, key: str) -> str:
        """``"evidence #3, quote"``: the field named for a message."""
        return f"{self.where}, {key}" if self.where else key


def _place(pair: Sequence[int] | None) -> Place:
    return Place(pair[0] + 1, pair[1] + 1) if pair else Place(1, 1)


def _key_place(node: Any, key: Any, merged: Place) -> Place:
    try:
        return _place(node.lc.key(key))
    except KeyError:  # a key merged in from an anchor (`<<: *defaults`): no place of its own
        return merged


def _value_place(node: Any, key: Any, merged: Place) -> Place:
    # An empty value's position is the start of the next token (often the next line).
    if node[key] is None:
        return _key_place(node, key, merged)
    try:
        return _place(node.lc.value(key))
    except KeyError:
        return merged


def _parse(path: Path, problems: Problems) -> Any:
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.add(Place(), "", f"cannot read the file: {exc.strerror or exc}", "check the path")
        return None
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.add(Place(line, 1), "", "the file is not UTF-8 text", "save it as UTF-8")
        return None
    try:
        return YAML(typ="rt", pure=True).load(source)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Place(mark.line + 1, mark.column + 1) if mark else Place()
        said = " ".join(p for p in (exc.context, exc.problem) if p)
        problems.add(
            where,
            "",
            f"not valid YAML: {said}",
            "check the indentation and put text holding ': ' or ' #' in quotes",
        )
    except ReaderError as exc:
        before = source[: exc.position]
        where = Place(before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1)
        problems.add(
            where,
            "",
            f"not valid YAML: the character U+{_code(exc.character):04X} is not allowed here",
            'write it as an escape inside double quotes ("\\x7F") or leave it out',
        )
    except YAMLError as exc:
        problems.add(Place(), "", f"not valid YAML: {exc}", "check the file's syntax")
    return None


def _code(character: object) -> int:
    return ord(character) if isinstance(character, str) else int(character)  # type: ignore[call-overload]


def read_casefile_records(path: Path, problems: Problems) -> Record | None:
    """The file's top-level record, with every problem found added to ``problems``.

    None when the file cannot be parsed at all (the YAML error is in ``problems``).
    """
    doc = _parse(path, problems)
    if doc is None:
        if not len(problems):
            problems.add(
                Place(), "", "the file is empty", "start from `claimtrack init ARTICLES_DIR`"
            )
        return None
    return read_record(doc, "casefile", "", Place(1, 1), problems)


def _unknown_key(key: Any, allowed: Mapping[str, Any], section: str) -> tuple[str, str]:
    if not isinstance(key, str):
        return f"a key must be text, found {kind_of(key)}", f"use one of: {', '.join(allowed)}"
    close = get_close_matches(key, list(allowed), n=1, cutoff=0.6)
    what = "at the top level" if section == "casefile" else f"in {section} entries"
    hint = (
        f"did you mean {close[0]!r}?"
        if close
        else f"use one of: {', '.join(allowed)} (or start your own key with {EXTENSION!r})"
    )
    return f"unknown key {key!r} {what}", hint


def read_record(node: Any, section: str, where: str, place: Place, problems: Problems) -> Record:
    """Read one mapping against ``SECTIONS[section]``; bad keys and values become problems."""
    spec = SECTIONS[section]
    if not isinstance(node, Mapping):
        label = where or "the file"
        problems.add(
            place,
            label,
            f"expected a mapping (key: value lines), found {kind_of(node)}",
            f"write {section} entries as `key: value` lines ({', '.join(spec)})",
        )
        return Record(section, where, place)
    record = Record(section, where, place)
    for key in node:
        if isinstance(key, str) and key.startswith(EXTENSION):
            continue  # the analyst's own: anchors to merge, notes for the team
        if not isinstance(key, str) or key not in spec:
            message, hint = _unknown_key(key, spec, section)
            problems.add(_key_place(node, key, place), record.name(str(key)), message, hint)
            continue
        rule, value_at = spec[key], _value_place(node, key, place)
        record.places[key] = value_at
        if rule.section is not None:
            record.children[key] = _read_list(
                node[key], rule.section, record.name(key), value_at, problems
            )
            continue
        assert rule.read is not None
        try:
            record.values[key] = rule.read(node[key])
        except (TypeError, ValueError) as exc:
            problems.add(value_at, record.name(key), str(exc))
    for key, rule in spec.items():
        if rule.required and key not in node:
            problems.add(place, where or "the file", f"{key!r} is missing", f"add `{key}: …`")
    return record


def _read_list(
    node: Any, section: str, where: str, place: Place, problems: Problems
) -> tuple[Record, ...]:
    if node is None:
        return ()
    if isinstance(node, str | Mapping) or not isinstance(node, Sequence):
        problems.add(
            place,
            where,
            f"expected a list (lines starting with '- '), found {kind_of(node)}",
            f"write one '- ' item per {section}",
        )
        return ()
    records = []
    for i, item in enumerate(node):
        item_at = _place(node.lc.item(i))  # type: ignore[attr-defined]
        if section == "role" and isinstance(item, str):
            # A role may be written as its bare title.
            records.append(Record(section, f"{where} #{i + 1}", item_at, {"title": str(item)}))
            continue
        label = f"{where} #{i + 1}" if section in ("role",) else f"{section} #{i + 1}"
        records.append(read_record(item, section, label, item_at, problems))
    return tuple(records)
